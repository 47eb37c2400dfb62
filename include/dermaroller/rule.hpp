#pragma once
// The names of the rules and of their severities. What each rule checks, and why, is in
// rules.hpp.

#include <cstdint>

#include "dermaroller/detail/fixed_array.hpp"
#include "dermaroller/enum_names.hpp"

namespace dermaroller {

// What the document states as a requirement or limit is an error; what it recommends is a
// warning; information is a note.
enum class severity : std::uint8_t { note, warning, error };

constexpr auto enum_names(severity) {
  using enum severity;
  return fixed_array<enum_name<severity>, 3>{
      {{note, "note"sv}, {warning, "warning"sv}, {error, "error"sv}}};
}

// One enumerator per rule; the rule's code is its name with '-' for '_' (see code()).
enum class rule : std::uint8_t {
  no_sessions,
  needle_length_invalid,
  home_needle_too_long,
  home_indication_not_supported,
  home_goal_not_maintenance,
  goal_indication_mismatch,
  needle_too_long_for_goal,
  needle_too_short_for_goal,
  too_many_sessions,
  more_sessions_than_usual,
  too_few_sessions,
  rest_missing,
  sessions_out_of_order,
  rest_too_short,
  rest_too_long,
  anesthetic_missing,
  passes_too_few,
  passes_too_many,
  not_mechanical,
  doctor_approval_missing,
  uneven_flushing,
  skin_care_products_missing,
  clean_environment_missing,
  anti_inflammatory_missing,
  mineral_peptide_missing,
  sunscreen_missing,
  sunscreen_not_zinc,
  // Off in `document`: only the guideline sets that switch them on check them.
  needle_needs_healthcare_professional,
  home_use_not_authorised,
  waiver_unused,
  patient_not_screened,
  patient_under_age,
  isotretinoin_too_recent,
  isotretinoin_not_compared,
  pregnancy,
  active_infection,
  active_acne,
  keloid_history,
  skin_disease_in_area,
  anticoagulants,
  recent_sun_damage,
  needle_too_long_for_area,
};

}  // namespace dermaroller

#pragma once
// The names of the rules, their codes, and their severities. What each rule checks, and why,
// is in rules.hpp.

#include <cstddef>
#include <cstdint>
#include <string_view>

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

// Each rule's code, as diagnostics, protocol files and the command line write it: its
// enumerator with '-' for '_'.
constexpr auto enum_names(rule) {
  using enum rule;
  // clang-format off
  return fixed_array<enum_name<rule>, 42>{{
      {no_sessions, "no-sessions"sv},
      {needle_length_invalid, "needle-length-invalid"sv},
      {home_needle_too_long, "home-needle-too-long"sv},
      {home_indication_not_supported, "home-indication-not-supported"sv},
      {home_goal_not_maintenance, "home-goal-not-maintenance"sv},
      {goal_indication_mismatch, "goal-indication-mismatch"sv},
      {needle_too_long_for_goal, "needle-too-long-for-goal"sv},
      {needle_too_short_for_goal, "needle-too-short-for-goal"sv},
      {too_many_sessions, "too-many-sessions"sv},
      {more_sessions_than_usual, "more-sessions-than-usual"sv},
      {too_few_sessions, "too-few-sessions"sv},
      {rest_missing, "rest-missing"sv},
      {sessions_out_of_order, "sessions-out-of-order"sv},
      {rest_too_short, "rest-too-short"sv},
      {rest_too_long, "rest-too-long"sv},
      {anesthetic_missing, "anesthetic-missing"sv},
      {passes_too_few, "passes-too-few"sv},
      {passes_too_many, "passes-too-many"sv},
      {not_mechanical, "not-mechanical"sv},
      {doctor_approval_missing, "doctor-approval-missing"sv},
      {uneven_flushing, "uneven-flushing"sv},
      {skin_care_products_missing, "skin-care-products-missing"sv},
      {clean_environment_missing, "clean-environment-missing"sv},
      {anti_inflammatory_missing, "anti-inflammatory-missing"sv},
      {mineral_peptide_missing, "mineral-peptide-missing"sv},
      {sunscreen_missing, "sunscreen-missing"sv},
      {sunscreen_not_zinc, "sunscreen-not-zinc"sv},
      {needle_needs_healthcare_professional, "needle-needs-healthcare-professional"sv},
      {home_use_not_authorised, "home-use-not-authorised"sv},
      {waiver_unused, "waiver-unused"sv},
      {patient_not_screened, "patient-not-screened"sv},
      {patient_under_age, "patient-under-age"sv},
      {isotretinoin_too_recent, "isotretinoin-too-recent"sv},
      {isotretinoin_not_compared, "isotretinoin-not-compared"sv},
      {pregnancy, "pregnancy"sv},
      {active_infection, "active-infection"sv},
      {active_acne, "active-acne"sv},
      {keloid_history, "keloid-history"sv},
      {skin_disease_in_area, "skin-disease-in-area"sv},
      {anticoagulants, "anticoagulants"sv},
      {recent_sun_damage, "recent-sun-damage"sv},
      {needle_too_long_for_area, "needle-too-long-for-area"sv},
  }};
  // clang-format on
}

static_assert(names_complete<rule>(), "every rule has its code, in enum order");

namespace detail {
// The table, made once: code() read it from a table made anew for each call, which cost the
// constant evaluator 42 names per code (checked.hpp asks for each rule's in every file that
// includes the core) and, unoptimised, 42 stores per call at run time.
inline constexpr auto codes_of_rules = enum_names(rule{});
}  // namespace detail

// The rule's code: "home-needle-too-long".
[[nodiscard]] constexpr std::string_view code(rule which) {
  return detail::codes_of_rules[static_cast<std::size_t>(which)].name;
}

}  // namespace dermaroller

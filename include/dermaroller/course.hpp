#pragma once
// A whole course of treatment: who does it where, for what, and its sessions and aftercare,
// stored inline so that a course can be built, copied and checked in a constant expression.

#include <cstddef>
#include <string_view>

#include "dermaroller/aftercare.hpp"
#include "dermaroller/detail/fixed_text.hpp"
#include "dermaroller/detail/inline_vector.hpp"
#include "dermaroller/detail/maybe.hpp"
#include "dermaroller/patient.hpp"
#include "dermaroller/session.hpp"
#include "dermaroller/vocabulary.hpp"
#include "dermaroller/waiver.hpp"

namespace dermaroller {

// Far more than any course needs (the document's longest is five visits), while keeping a
// course a few kilobytes.
inline constexpr std::size_t session_capacity = 64;
inline constexpr std::size_t aftercare_capacity = 16;
inline constexpr std::size_t course_name_capacity = 120;
inline constexpr std::size_t waiver_capacity = 16;

// Long enough for any course's title; a course keeps its own copy.
using course_name = fixed_text<course_name_capacity>;

// The three fields every protocol must state go in the constructor; the rest have the
// defaults of the protocol format (face, no approval, no sun, no sessions yet).
struct course {
  constexpr course() = default;
  constexpr course(dermaroller::setting where, dermaroller::indication what, treatment_goal aim)
      : setting{where}, indication{what}, goal{aim} {}

  course_name name;
  dermaroller::setting setting{dermaroller::setting::clinical};
  dermaroller::indication indication{dermaroller::indication::skin_health};
  treatment_goal goal{treatment_goal::maintenance};
  body_area area{body_area::face};
  bool doctor_approval{false};
  bool sun_exposure{false};  // sun expected in the days after treatment
  maybe<dermaroller::skin_type> skin_type;
  maybe<dermaroller::practitioner> practitioner;  // who holds the roller, when stated
  maybe<dermaroller::patient> patient;            // screened when present (patient.hpp)
  inline_vector<session, session_capacity> sessions;
  inline_vector<aftercare_step, aftercare_capacity> aftercare;
  // Findings the clinic accepts, each with its reason and who decided (waiver.hpp).
  inline_vector<waiver, waiver_capacity> waivers;

  friend constexpr bool operator==(const course&, const course&) = default;
};

}  // namespace dermaroller

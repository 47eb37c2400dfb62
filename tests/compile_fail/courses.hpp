#pragma once
// Courses that keep every guideline of severity error: each compile-fail snippet changes one
// thing. No rule code is written here or in the snippets, so that a code in the compiler's
// output can only have come from checked()'s diagnostic, not from an echoed source line.

#include <dermaroller/checked.hpp>
#include <dermaroller/dermaroller.hpp>

namespace compile_fail {

using namespace dermaroller;
using namespace dermaroller::literals;

constexpr course home_wrinkle_care() {
  course c{setting::home, indication::wrinkles, treatment_goal::maintenance};
  c.sessions = {session{0.25_mm, pass_count{15}}, session{0.25_mm, pass_count{15}}};
  c.aftercare = {aftercare_step{aftercare_kind::moisturizer}};
  return c;
}

constexpr course clinical_scar_course() {
  course c{setting::clinical, indication::scars, treatment_goal::scar_reduction};
  session visit{1.5_mm, pass_count{15}};
  visit.anesthetic = true;
  c.sessions = {visit, visit, visit};
  c.sessions[1].rest = 6_weeks;
  c.sessions[2].rest = 6_weeks;
  c.aftercare = {aftercare_step{aftercare_kind::clean_environment, 1_hours},
                 aftercare_step{aftercare_kind::anti_inflammatory_cream, 24_hours},
                 aftercare_step{aftercare_kind::mineral_preparation},
                 aftercare_step{aftercare_kind::peptide_preparation},
                 aftercare_step{aftercare_kind::moisturizer}};
  return c;
}

}  // namespace compile_fail

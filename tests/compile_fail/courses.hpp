#pragma once
// Courses that keep every guideline of severity error: each compile-fail snippet changes one
// thing. The clinical course is the core tests' own (example_courses.hpp). No rule code is
// written here, in example_courses.hpp or in the snippets, so that a code in the compiler's
// output can only have come from checked()'s diagnostic, not from an echoed source line.

#include <dermaroller/checked.hpp>
#include <dermaroller/dermaroller.hpp>

#include "../example_courses.hpp"

namespace compile_fail {

using namespace dermaroller;
using namespace dermaroller::literals;

// Acne scars on the face: three 1.5 mm sessions six weeks apart, with full aftercare.
using examples::clinical_scar_course;

// A home roller of 0.25 mm for wrinkles, twice, with a moisturizer: the course that the
// snippets' protocol texts spell out, which example_courses.hpp does not have.
constexpr course home_wrinkle_care() {
  course c{setting::home, indication::wrinkles, treatment_goal::maintenance};
  c.sessions = {session{0.25_mm, pass_count{15}}, session{0.25_mm, pass_count{15}}};
  c.aftercare = {aftercare_step{aftercare_kind::moisturizer}};
  return c;
}

}  // namespace compile_fail

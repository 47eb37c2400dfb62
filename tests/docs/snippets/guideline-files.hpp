#pragma once
// What the C++ snippet of docs/guideline-files.md takes as given: a course that keeps four
// weeks between clinic visits, which the clinic's file allows. scripts/docs-as-written.sh
// compiles it after this header, so its static_assert holds for this course.
#include <dermaroller/dermaroller.hpp>

constexpr dermaroller::course my_course() {
  using namespace dermaroller;
  using namespace dermaroller::literals;
  course c{setting::clinical, indication::scars, treatment_goal::scar_reduction};
  session visit{1.5_mm, pass_count{15}};
  visit.anesthetic = true;
  c.sessions = {visit, visit, visit};
  c.sessions[1].rest = 4_weeks;
  c.sessions[2].rest = 4_weeks;
  c.aftercare = {aftercare_step{aftercare_kind::clean_environment, 1_hours},
                 aftercare_step{aftercare_kind::anti_inflammatory_cream, 24_hours},
                 aftercare_step{aftercare_kind::mineral_preparation},
                 aftercare_step{aftercare_kind::peptide_preparation},
                 aftercare_step{aftercare_kind::moisturizer}};
  return c;
}

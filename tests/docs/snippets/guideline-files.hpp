#pragma once
// What the C++ snippet of docs/guideline-files.md takes as given: a course that keeps four
// weeks between clinic visits, which the clinic's file allows. scripts/docs-as-written.sh
// compiles it after this header, so its static_assert holds for this course.
#include <dermaroller/dermaroller.hpp>

#include "example_courses.hpp"

constexpr dermaroller::course my_course() {
  using namespace dermaroller::literals;
  dermaroller::course c = dermaroller::examples::clinical_scar_course();
  c.sessions[1].rest = 4_weeks;
  c.sessions[2].rest = 4_weeks;
  return c;
}

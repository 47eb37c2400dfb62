#pragma once
// What the C++ snippets of docs/compile-time.md take as given: the courses they check.
// scripts/docs-as-written.sh compiles each snippet after this header.
#include <dermaroller/dermaroller.hpp>

#include "example_courses.hpp"

using namespace dermaroller;
using namespace dermaroller::literals;

// A home roller of 0.25 mm for wrinkles, twice, with a moisturizer.
constexpr course home_wrinkle_care() {
  course c{setting::home, indication::wrinkles, treatment_goal::maintenance};
  c.sessions = {session{0.25_mm, pass_count{15}}, session{0.25_mm, pass_count{15}}};
  c.aftercare = {aftercare_step{aftercare_kind::moisturizer}};
  return c;
}

// The same, its second session with a 1.5 mm needle: home-needle-too-long.
constexpr course with_long_needle(course c) {
  c.sessions[1].needle = 1.5_mm;
  return c;
}
constexpr course long_needle_at_home() { return with_long_needle(home_wrinkle_care()); }

// Acne scars on the face: three 1.5 mm sessions six weeks apart, with full aftercare (the
// tests' course).
using dermaroller::examples::clinical_scar_course;

#pragma once
// What the C++ snippets of docs/compile-time.md take as given: the courses they check.
// scripts/docs-as-written.sh compiles each snippet after this header.
#include <dermaroller/dermaroller.hpp>

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

// Acne scars on the face: three 1.5 mm sessions six weeks apart, with full aftercare.
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

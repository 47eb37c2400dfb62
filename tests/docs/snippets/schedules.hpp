#pragma once
// What the C++ snippets of docs/schedules.md take as given: the courses they plan, as the
// page describes them. scripts/docs-as-written.sh compiles each snippet after this header, so
// their static_asserts hold for these courses.
#include <array>
#include <chrono>

#include <dermaroller/dermaroller.hpp>
#include <dermaroller/extra/schedule.hpp>

using namespace dermaroller;
using namespace dermaroller::literals;
using namespace std::chrono;

// Clinical acne-scar sessions with a 1.5 mm needle, no date, no rest: the plan places them.
constexpr course scar_course = [] {
  course c{setting::clinical, indication::scars, treatment_goal::scar_reduction};
  session visit{1.5_mm, pass_count{15}};
  visit.anesthetic = true;
  c.sessions = {visit, visit, visit};
  c.aftercare = {aftercare_step{aftercare_kind::clean_environment, 1_hours},
                 aftercare_step{aftercare_kind::anti_inflammatory_cream, 24_hours},
                 aftercare_step{aftercare_kind::moisturizer}};
  return c;
}();

// "Session 2 dated 2028-03-06, session 3 a 45-day rest after it, sessions 1 and 4 open."
constexpr course dated_course = [] {
  course c = scar_course;
  c.sessions = {scar_course.sessions[0], scar_course.sessions[0], scar_course.sessions[0],
                scar_course.sessions[0]};
  c.sessions[1].date = calendar_date{2028, 3, 6};
  c.sessions[2].rest = 45_days;
  return c;
}();

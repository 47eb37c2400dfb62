// A clinical session four weeks after the previous one, with a waiver of its rest-too-short:
// checked() accepts it, as it accepts the same course under practice-4-weeks.
#include "courses.hpp"

namespace compile_fail {

constexpr course rushed() {
  course c = clinical_scar_course();
  c.sessions[2].rest = 4_weeks;
  return c;
}

constexpr course waived() {
  course c = rushed();
  c.waivers = {waiver{rule::rest_too_short, std::size_t{2}, "patient abroad", "Dr. A", {}}};
  return c;
}

constexpr course accepted = checked(waived());
constexpr course four_weekly = checked(rushed(), find_guideline_set("practice-4-weeks")->values);
static_assert(accepted.waivers.size() == 1 && four_weekly.waivers.empty());

}  // namespace compile_fail

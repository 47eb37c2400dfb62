// Planning a course's calendar.
//
// The document describes a course as a calendar: scar reduction "goes up to five" sessions,
// "with six to eight weeks of rest in between"; after each, "a clinically clean environment
// for the first hour", and anti-inflammatory cream because flushing "can take up to 24 hours
// to subside". plan() turns a course and the day of its first visit into dates: for every
// later visit, the window the rest guideline allows and the day in it the plan recommends.
//
// Schedules are an optional part (they use <chrono>): include <dermaroller/extra/schedule.hpp>.
#include <chrono>
#include <iostream>
#include <string_view>

#include <dermaroller/dermaroller.hpp>
#include <dermaroller/extra/ostream.hpp>
#include <dermaroller/extra/schedule.hpp>

using namespace dermaroller;
using namespace dermaroller::literals;
using namespace std::chrono;

constexpr course acne_scars = [] {
  course c{setting::clinical, indication::scars, treatment_goal::scar_reduction};
  session visit{1.5_mm, pass_count{15}};
  visit.anesthetic = true;
  c.sessions = {visit, visit, visit, visit};
  c.aftercare = {aftercare_step{aftercare_kind::clean_environment, 1_hours},
                 aftercare_step{aftercare_kind::anti_inflammatory_cream, 24_hours},
                 aftercare_step{aftercare_kind::mineral_preparation},
                 aftercare_step{aftercare_kind::peptide_preparation},
                 aftercare_step{aftercare_kind::moisturizer}};
  return c;
}();

// The first visit is on Monday 11 January 2027.
constexpr treatment_plan calendar = plan(acne_scars, 2027y / January / 11);

// Six to eight weeks after the first visit: from 22 February to 8 March. The plan recommends
// the middle of the window, seven weeks, so that a visit that has to move can move either way
// and still keep the guideline; every visit then falls on a Monday, as the first did.
static_assert(calendar.visits[1].earliest == 2027y / February / 22);
static_assert(calendar.visits[1].recommended == 2027y / March / 1);
static_assert(calendar.visits[1].latest == 2027y / March / 8);

namespace {

std::string_view weekday_name(const year_month_day& day) {
  constexpr std::string_view names[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                        "Thursday", "Friday", "Saturday"};
  return names[weekday{sys_days{day}}.c_encoding()];
}

}  // namespace

int main() {
  int number = 0;
  for (const planned_visit& visit : calendar.visits) {
    std::cout << "Visit " << ++number << ": " << weekday_name(visit.recommended) << ' '
              << to_calendar_date(visit.recommended);
    if (visit.timing == visit_timing::rest_window) {
      std::cout << "  (the rest guideline allows " << to_calendar_date(visit.earliest) << " to "
                << to_calendar_date(visit.latest) << ')';
    }
    std::cout << '\n';
    for (const aftercare_window& after : visit.aftercare) {
      const auto hours = after.lasts.count();
      std::cout << "    " << after.kind << ": " << hours << (hours == 1 ? " hour" : " hours")
                << " after the visit, ending on " << to_calendar_date(after.closes_on) << '\n';
    }
  }
}

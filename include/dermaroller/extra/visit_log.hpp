#pragma once
// Checking a log of the visits that happened: whether any came too early or too late, by the
// same rules validate() applies, what a visit on a given day would be, and how many visits
// the goal still allows. Part of the optional schedules part (schedule.hpp); see
// docs/schedules.md.

#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <span>

#include "dermaroller/course.hpp"
#include "dermaroller/detail/maybe.hpp"
#include "dermaroller/extra/visit_plan.hpp"
#include "dermaroller/guidelines.hpp"
#include "dermaroller/report.hpp"
#include "dermaroller/rule.hpp"
#include "dermaroller/validate.hpp"

namespace dermaroller {

enum class next_visit_status : std::uint8_t {
  first_visit_due,  // nothing logged yet: the first visit can be any day
  too_early,        // a visit on the day asked about would break rest-too-short
  in_window,        // a visit that day keeps the rest window
  overdue,          // a visit that day would break rest-too-long
  no_window,        // a home course: the document gives no interval to keep
  course_complete,  // the visits the goal usually takes, or at most allows, have happened
};

// The rules that judge when visits happened and how many: what a log can show.
inline constexpr std::array timing_rules{rule::sessions_out_of_order, rule::rest_too_short,
                                         rule::rest_too_long, rule::too_many_sessions,
                                         rule::more_sessions_than_usual};

struct visits_remaining {
  std::size_t at_least{0};     // to reach the goal's fewest sessions
  maybe<std::size_t> at_most;  // to reach its usual or hard most; none when it has neither
};

enum class log_problem : std::uint8_t {
  none,
  visit_not_a_date,
  as_of_not_a_date,
  too_many_visits,
  // The next visit's window, or its aftercare, would fall outside the years 1-9999, as in
  // plan() (visit_plan.hpp): problem_visit names the visit that window is for.
  next_window_out_of_range,
};

struct log_check {
  log_problem problem{log_problem::none};
  std::size_t problem_visit{0};  // the index of the visit that is not a date, or out of range
  std::size_t visits_logged{0};
  report timing;  // findings of timing_rules on the logged visits, from validate()
  next_visit_status next{next_visit_status::first_visit_due};
  // For a clinical course with a logged visit and visits to come: the window after the last.
  planned_visit next_window;
  std::chrono::days until_window_opens{0};  // when too_early
  std::chrono::days past_window{0};         // when overdue
  visits_remaining remaining;

  [[nodiscard]] constexpr bool ok() const { return problem == log_problem::none; }
};

namespace detail {

constexpr bool is_timing_rule(rule which) {
  for (const rule timing : timing_rules) {
    if (timing == which) return true;
  }
  return false;
}

// The course as it went: its sessions, one per logged visit (the last one repeated when more
// visits happened than the protocol planned), each dated with its day.
constexpr course as_logged(const course& planned,
                           std::span<const std::chrono::year_month_day> visits) {
  course logged = planned;
  logged.sessions.clear();
  for (std::size_t index = 0; index < visits.size(); ++index) {
    session visit = index < planned.sessions.size() ? planned.sessions[index]
                    : planned.sessions.empty()      ? session{}
                                                    : planned.sessions.back();
    visit.date = to_calendar_date(visits[index]);
    (void)logged.sessions.push_back(visit);  // the caller checked the capacity
  }
  return logged;
}

constexpr bool breaks_at(const report& findings, rule which, std::size_t session_index) {
  for (const diagnostic& found : findings) {
    if (found.rule == which && found.session() && *found.session() == session_index) return true;
  }
  return false;
}

}  // namespace detail

// What a log of visits says as of a day: any visit that came too early or too late (by the
// same rules validate() applies, on the course with the logged days as its dates), whether a
// visit on `as_of` would keep the rest window, and how many visits the goal still allows.
[[nodiscard]] constexpr log_check check_log(const course& planned,
                                            std::span<const std::chrono::year_month_day> visits,
                                            const std::chrono::year_month_day& as_of,
                                            const guidelines& g = default_guidelines) {
  log_check result;
  result.visits_logged = visits.size();
  if (visits.size() >= session_capacity) {  // room for the hypothetical next visit too
    result.problem = log_problem::too_many_visits;
    return result;
  }
  for (std::size_t index = 0; index < visits.size(); ++index) {
    if (!in_writable_years(visits[index])) {  // not a day, or one no protocol can write
      result.problem = log_problem::visit_not_a_date;
      result.problem_visit = index;
      return result;
    }
  }
  if (!as_of.ok()) {
    result.problem = log_problem::as_of_not_a_date;
    return result;
  }

  const course logged = detail::as_logged(planned, visits);
  for (const diagnostic& found : validate(logged, g)) {
    if (detail::is_timing_rule(found.rule)) (void)result.timing.add(found);
  }

  const session_count_range& sessions = g.for_goal(planned.goal).sessions;
  const std::size_t done = visits.size();
  result.remaining.at_least = done < sessions.fewest ? sessions.fewest - done : 0;
  // A course is planned to the number of sessions its goal usually takes where the document
  // gives one ("about three visits"), else to its hard limit ("up to five").
  const std::size_t most = std::min(sessions.usual_most, sessions.most);
  if (most != SIZE_MAX) result.remaining.at_most = done < most ? most - done : 0;

  if (result.remaining.at_most && *result.remaining.at_most == 0) {
    result.next = next_visit_status::course_complete;
  } else if (done == 0) {
    result.next = next_visit_status::first_visit_due;
  } else if (planned.setting != setting::clinical) {
    result.next = next_visit_status::no_window;
  } else {
    const rest_window& rest = g.rest_between_sessions;
    const std::chrono::year_month_day last = visits.back();
    // The window plan() gives a visit after a dated one.
    result.next_window = detail::window_from(visit_timing::rest_window, last, rest, 1);
    result.next_window.aftercare = detail::aftercare_after(result.next_window.recommended, g);
    if (!detail::in_writable_years(result.next_window)) {
      result.problem = log_problem::next_window_out_of_range;
      result.problem_visit = done;
      result.next_window = {};
      return result;
    }

    // Whether a visit on `as_of` would be too early or too late is the rules' call.
    course with_next = logged;
    session next_visit = logged.sessions.back();
    next_visit.date = to_calendar_date(as_of);
    (void)with_next.sessions.push_back(next_visit);
    const report next_findings = validate(with_next, g);
    const std::chrono::sys_days day{as_of};
    if (detail::breaks_at(next_findings, rule::rest_too_short, done)) {
      result.next = next_visit_status::too_early;
      result.until_window_opens = std::chrono::sys_days{result.next_window.earliest} - day;
    } else if (detail::breaks_at(next_findings, rule::rest_too_long, done)) {
      result.next = next_visit_status::overdue;
      result.past_window = day - std::chrono::sys_days{result.next_window.latest};
    } else {
      result.next = next_visit_status::in_window;
    }
  }
  return result;
}

}  // namespace dermaroller

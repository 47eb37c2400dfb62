#pragma once
// Calendar planning: when each visit of a course can happen given the first, and the
// aftercare that follows it. Part of the optional schedules part (schedule.hpp): it uses
// <chrono>, which the core may not.
//
// Intervals are counted in days, never in months: January 31 plus six weeks is March 14,
// with no "February 31" to clamp. Why the recommended day is the middle of the rest window,
// and what a home course's plan says: docs/schedules.md.

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dermaroller/aftercare.hpp"
#include "dermaroller/calendar_date.hpp"
#include "dermaroller/course.hpp"
#include "dermaroller/detail/inline_vector.hpp"
#include "dermaroller/detail/maybe.hpp"
#include "dermaroller/guidelines.hpp"

namespace dermaroller {

// The core's calendar_date and std::chrono's year_month_day name the same days.
[[nodiscard]] constexpr std::chrono::year_month_day to_year_month_day(const calendar_date& date) {
  return {std::chrono::year{date.year}, std::chrono::month{static_cast<unsigned>(date.month)},
          std::chrono::day{static_cast<unsigned>(date.day)}};
}
[[nodiscard]] constexpr calendar_date to_calendar_date(const std::chrono::year_month_day& date) {
  return {static_cast<std::int32_t>(int{date.year()}),
          static_cast<std::int32_t>(unsigned{date.month()}),
          static_cast<std::int32_t>(unsigned{date.day()})};
}

[[nodiscard]] constexpr std::chrono::year_month_day later_by(
    const std::chrono::year_month_day& date, day_count days) {
  return std::chrono::year_month_day{std::chrono::sys_days{date} + std::chrono::days{days.count()}};
}

// The day the plan recommends within a rest window: its middle, rounded down (7 weeks for the
// document's 6-8). A visit that moves by up to half the window either way still keeps the
// guideline, and resting too little is an error where resting too long is only a warning, so
// the window's first day would leave no room on the side that matters most.
[[nodiscard]] constexpr day_count recommended_rest(const rest_window& window) {
  return day_count{window.shortest.count() +
                   (window.longest.count() - window.shortest.count()) / 2};
}

enum class visit_timing : std::uint8_t {
  first_visit,        // the day the plan starts from
  rest_window,        // a clinical visit: the guidelines' rest after the previous visit
  protocol_interval,  // a home visit: the rest its protocol states, the only interval there is
  not_planned,        // a home visit without a stated rest: the document gives no interval
};

// What the guidelines ask for after a visit, measured from the end of the visit.
struct aftercare_window {
  aftercare_kind kind{aftercare_kind::clean_environment};
  std::chrono::hours lasts{0};
  // The visit's day plus the whole days of `lasts`: a 24-hour cover after an afternoon
  // visit ends the next afternoon.
  std::chrono::year_month_day closes_on{};

  [[nodiscard]] constexpr std::chrono::sys_seconds closes_at(
      std::chrono::sys_seconds visit_end) const {
    return visit_end + lasts;
  }
  friend constexpr bool operator==(const aftercare_window&, const aftercare_window&) = default;
};

struct planned_visit {
  visit_timing timing{visit_timing::not_planned};
  // Meaningful unless not_planned; one and the same day except for a rest window.
  std::chrono::year_month_day earliest{};
  std::chrono::year_month_day recommended{};
  std::chrono::year_month_day latest{};
  // Clinical visits only: the rules on aftercare time (clean-environment-missing,
  // anti-inflammatory-missing) are about the clinical procedure.
  inline_vector<aftercare_window, 2> aftercare;

  [[nodiscard]] constexpr bool is_dated() const { return timing != visit_timing::not_planned; }
  friend constexpr bool operator==(const planned_visit&, const planned_visit&) = default;
};

enum class plan_problem : std::uint8_t { none, first_visit_not_a_date };

struct treatment_plan {
  plan_problem problem{plan_problem::none};
  dermaroller::setting setting{dermaroller::setting::clinical};
  treatment_goal goal{treatment_goal::maintenance};
  rest_window rest{};  // the guidelines' window the clinical visits keep
  inline_vector<planned_visit, session_capacity> visits;  // one per session of the course

  [[nodiscard]] constexpr bool ok() const { return problem == plan_problem::none; }
};

namespace detail {

constexpr inline_vector<aftercare_window, 2> aftercare_after(const std::chrono::year_month_day& day,
                                                             const guidelines& g) {
  const auto window = [&](aftercare_kind kind, hour_count lasts) {
    return aftercare_window{kind, std::chrono::hours{lasts.count()},
                            later_by(day, day_count{lasts.count() / 24})};
  };
  return {window(aftercare_kind::clean_environment, g.clean_environment_for),
          window(aftercare_kind::anti_inflammatory_cream, g.anti_inflammatory_cover)};
}

constexpr planned_visit on_one_day(visit_timing timing, const std::chrono::year_month_day& day) {
  planned_visit visit;
  visit.timing = timing;
  visit.earliest = visit.recommended = visit.latest = day;
  return visit;
}

}  // namespace detail

// One planned visit per session of the course. A clinical visit's window is the rest window
// after the previous visit's recommended day: the plan assumes each visit is kept as
// recommended, and check_log() re-plans from the days visits really happened.
[[nodiscard]] constexpr treatment_plan plan(const course& planned,
                                            const std::chrono::year_month_day& first_visit,
                                            const guidelines& g = default_guidelines) {
  treatment_plan result;
  result.setting = planned.setting;
  result.goal = planned.goal;
  result.rest = g.rest_between_sessions;
  if (!first_visit.ok()) {
    result.problem = plan_problem::first_visit_not_a_date;
    return result;
  }
  const bool clinical = planned.setting == setting::clinical;
  const rest_window& rest = g.rest_between_sessions;
  for (std::size_t index = 0; index < planned.sessions.size(); ++index) {
    planned_visit visit;
    if (index == 0) {
      visit = detail::on_one_day(visit_timing::first_visit, first_visit);
    } else if (const planned_visit& previous = result.visits.back(); clinical) {
      visit.timing = visit_timing::rest_window;
      visit.earliest = later_by(previous.recommended, rest.shortest);
      visit.recommended = later_by(previous.recommended, recommended_rest(rest));
      visit.latest = later_by(previous.recommended, rest.longest);
    } else if (previous.is_dated() && planned.sessions[index].rest) {
      visit = detail::on_one_day(visit_timing::protocol_interval,
                                 later_by(previous.recommended, *planned.sessions[index].rest));
    }
    if (clinical) visit.aftercare = detail::aftercare_after(visit.recommended, g);
    (void)result.visits.try_push_back(visit);  // as many visits as sessions: never full
  }
  return result;
}

// --- Dates as text: YYYY-MM-DD, as protocol files write them (read_date() in
// protocol_values.hpp reads them)

struct date_text {
  std::array<char, 10> chars{};
  [[nodiscard]] constexpr std::string_view view() const { return {chars.data(), chars.size()}; }
};

// Years 1..9999, as the protocol format writes them.
[[nodiscard]] constexpr date_text to_text(const std::chrono::year_month_day& date) {
  const calendar_date day = to_calendar_date(date);
  date_text text;
  const auto digits = [&](std::size_t at, std::size_t count, std::int32_t value) {
    for (std::size_t i = count; i-- > 0; value /= 10)
      text.chars[at + i] = static_cast<char>('0' + value % 10);
  };
  digits(0, 4, day.year);
  text.chars[4] = '-';
  digits(5, 2, day.month);
  text.chars[7] = '-';
  digits(8, 2, day.day);
  return text;
}

}  // namespace dermaroller

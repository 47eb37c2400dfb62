#pragma once
// Calendar planning: when each visit of a course can happen, on the course's own calendar of
// dates and rests, and the aftercare that follows it. Part of the optional schedules part
// (schedule.hpp): it uses <chrono>, which the core may not.
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
#include "dermaroller/course_calendar.hpp"
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
  first_visit,         // the day the plan was given: the course had no date of its own
  protocol_date,       // the session's own date in the protocol
  protocol_interval,   // placed by the course calendar: a date and the protocol's own rests
  rest_window,         // planned: the guidelines' rest window after the previous visit
  rest_window_before,  // planned backwards: the guidelines' rest window before the next visit
  not_planned,         // a home visit the calendar leaves open: the document gives no interval
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
  // The day comes from the protocol file (its dates, or its rests from one of them).
  [[nodiscard]] constexpr bool from_protocol() const {
    return timing == visit_timing::protocol_date || timing == visit_timing::protocol_interval;
  }
  [[nodiscard]] constexpr bool is_window() const {
    return timing == visit_timing::rest_window || timing == visit_timing::rest_window_before;
  }
  friend constexpr bool operator==(const planned_visit&, const planned_visit&) = default;
};

enum class plan_problem : std::uint8_t {
  none,
  first_visit_not_a_date,
  // A day of the visit (its window, or its aftercare) would fall outside the years 1-9999,
  // which a protocol file cannot write: problem_visit names it.
  date_out_of_range,
};

struct treatment_plan {
  plan_problem problem{plan_problem::none};
  std::size_t problem_visit{0};  // index of the visit, for date_out_of_range
  dermaroller::setting setting{dermaroller::setting::clinical};
  treatment_goal goal{treatment_goal::maintenance};
  rest_window rest{};  // the guidelines' window the clinical visits keep
  inline_vector<planned_visit, session_capacity> visits;  // one per session of the course

  [[nodiscard]] constexpr bool ok() const { return problem == plan_problem::none; }
  // The first visit with a date; every plan that is ok() and has visits has one.
  [[nodiscard]] constexpr const planned_visit* first_dated() const {
    for (const planned_visit& visit : visits) {
      if (visit.is_dated()) return &visit;
    }
    return nullptr;
  }
};

// The days a protocol file can write: 0001-01-01 to 9999-12-31.
[[nodiscard]] constexpr bool in_writable_years(const std::chrono::year_month_day& day) {
  return day.ok() && day.year() >= std::chrono::year{1} && day.year() <= std::chrono::year{9999};
}

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

// A window `rest` after (or, with a negative sign, before) the day `from`.
constexpr planned_visit window_from(visit_timing timing, const std::chrono::year_month_day& from,
                                    const rest_window& rest, std::int32_t sign) {
  planned_visit visit;
  visit.timing = timing;
  const auto by = [&](day_count days) { return later_by(from, day_count{sign * days.count()}); };
  visit.recommended = by(recommended_rest(rest));
  visit.earliest = sign > 0 ? by(rest.shortest) : by(rest.longest);
  visit.latest = sign > 0 ? by(rest.longest) : by(rest.shortest);
  return visit;
}

constexpr bool in_writable_years(const planned_visit& visit) {
  if (!visit.is_dated()) return true;
  for (const aftercare_window& care : visit.aftercare) {
    if (!dermaroller::in_writable_years(care.closes_on)) return false;
  }
  return dermaroller::in_writable_years(visit.earliest) &&
         dermaroller::in_writable_years(visit.latest);
}

}  // namespace detail

// One planned visit per session of the course, on the course calendar (course_calendar.hpp):
//
// - a session the calendar dates (its own date, or one its rests place from another date)
//   keeps that day;
// - when no session of the course has a date, the first visit is `first_visit`, and the
//   calendar places from it every session that states a rest;
// - a clinical session the calendar leaves open is planned in the guidelines' rest window:
//   after the previous visit's recommended day, or, for sessions before the first dated one,
//   backwards from the next visit's recommended day;
// - a home session the calendar leaves open has no date (the document gives no interval).
//
// The plan assumes each visit is kept as recommended; check_log() re-plans from the days
// visits really happened. A plan that would need a day outside the years 1-9999 is refused.
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
  const auto refuse = [&](std::size_t visit) {
    result.problem = plan_problem::date_out_of_range;
    result.problem_visit = visit;
    result.visits.clear();
    return result;
  };
  bool course_has_dates = false;
  {
    const course_calendar written{planned};
    for (std::size_t index = 0; index < written.size(); ++index) {
      course_has_dates = course_has_dates || written.date_of(index).has_value();
    }
  }
  course placed = planned;
  if (!course_has_dates && !placed.sessions.empty()) {
    if (!in_writable_years(first_visit)) return refuse(0);
    placed.sessions[0].date = to_calendar_date(first_visit);
  }
  const course_calendar calendar{placed};
  const maybe<std::size_t> placed_out_of_range = calendar.first_date_out_of_range();

  const bool clinical = planned.setting == setting::clinical;
  for (std::size_t index = 0; index < planned.sessions.size(); ++index) {
    planned_visit visit;
    if (const maybe<calendar_date> day = calendar.date_of(index)) {
      const visit_timing timing = !course_has_dates && index == 0 ? visit_timing::first_visit
                                  : calendar.date_is_given(index) ? visit_timing::protocol_date
                                                                  : visit_timing::protocol_interval;
      visit = detail::on_one_day(timing, to_year_month_day(*day));
    } else if (index > 0 && clinical && result.visits.back().is_dated()) {
      visit = detail::window_from(visit_timing::rest_window, result.visits.back().recommended,
                                  g.rest_between_sessions, 1);
    }
    (void)result.visits.push_back(visit);  // as many visits as sessions: never full
  }
  // Clinical sessions before the first dated one, from the next visit backwards.
  for (std::size_t index = result.visits.size(); clinical && index-- > 1;) {
    if (!result.visits[index - 1].is_dated() && result.visits[index].is_dated()) {
      result.visits[index - 1] =
          detail::window_from(visit_timing::rest_window_before, result.visits[index].recommended,
                              g.rest_between_sessions, -1);
    }
  }
  for (std::size_t index = 0; index < result.visits.size(); ++index) {
    planned_visit& visit = result.visits[index];
    if (clinical) visit.aftercare = detail::aftercare_after(visit.recommended, g);
    // The first visit in the course's order that cannot be written is the one named.
    if (!detail::in_writable_years(visit) || placed_out_of_range == index) return refuse(index);
  }
  return result;
}

// --- Dates as text: YYYY-MM-DD, as protocol files write them (read_date() in
// protocol_values.hpp reads them)

struct date_text {
  std::array<char, 10> chars{};
  [[nodiscard]] constexpr std::string_view view() const { return {chars.data(), chars.size()}; }
};

// Years 1..9999, as the protocol format writes them: a day outside them (see
// in_writable_years()) has no such text, and plan() and check_log() refuse to make one.
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

// One calendar for every session: dates given or worked out from the rests, forwards and
// backwards, and the gap before each session read from it.
#include <dermaroller/course_calendar.hpp>

#include "catch.hpp"

using namespace dermaroller;
using namespace dermaroller::literals;

namespace {

// Three clinical sessions; each test sets the dates and rests it is about.
constexpr course three_sessions(maybe<calendar_date> first_date, maybe<day_count> second_rest,
                                maybe<calendar_date> second_date, maybe<day_count> third_rest,
                                maybe<calendar_date> third_date) {
  course c{setting::clinical, indication::scars, treatment_goal::scar_reduction};
  session visit{1.5_mm, pass_count{15}};
  c.sessions = {visit, visit, visit};
  c.sessions[0].date = first_date;
  c.sessions[1].rest = second_rest;
  c.sessions[1].date = second_date;
  c.sessions[2].rest = third_rest;
  c.sessions[2].date = third_date;
  return c;
}

constexpr maybe<calendar_date> no_date{};
constexpr maybe<day_count> no_rest{};

constexpr maybe<std::int32_t> gap_days(const course& c, std::size_t session) {
  const maybe<day_count> gap = course_calendar{c}.gap_before(session);
  if (!gap) return {};
  return gap->count();
}

constexpr maybe<calendar_date> date_of(const course& c, std::size_t session) {
  return course_calendar{c}.date_of(session);
}

}  // namespace

TEST_CASE("the writable years are 0001-01-01 to 9999-12-31 in days since 1970") {
  STATIC_REQUIRE(days_since_epoch({1, 1, 1}) == -719162);
  STATIC_REQUIRE(days_since_epoch({9999, 12, 31}) == 2932896);
}

TEST_CASE("a course without dates keeps its rests as the gaps and has no dates") {
  constexpr course c = three_sessions(no_date, 6_weeks, no_date, 7_weeks, no_date);
  CHECK_AT_COMPILE_AND_RUN_TIME(!date_of(c, 0));
  CHECK_AT_COMPILE_AND_RUN_TIME(!date_of(c, 1));
  CHECK_AT_COMPILE_AND_RUN_TIME(!date_of(c, 2));
  CHECK_AT_COMPILE_AND_RUN_TIME(!gap_days(c, 0));
  CHECK_AT_COMPILE_AND_RUN_TIME(gap_days(c, 1) == maybe<std::int32_t>{42});
  CHECK_AT_COMPILE_AND_RUN_TIME(gap_days(c, 2) == maybe<std::int32_t>{49});
  CHECK_AT_COMPILE_AND_RUN_TIME(!course_calendar{c}.first_disagreeing_rest());
}

TEST_CASE("one dated session places the later ones forwards through their rests") {
  constexpr course c =
      three_sessions(calendar_date{2027, 1, 1}, 6_weeks, no_date, 6_weeks, no_date);
  CHECK_AT_COMPILE_AND_RUN_TIME(date_of(c, 1) == maybe<calendar_date>{calendar_date{2027, 2, 12}});
  CHECK_AT_COMPILE_AND_RUN_TIME(date_of(c, 2) == maybe<calendar_date>{calendar_date{2027, 3, 26}});
  CHECK_AT_COMPILE_AND_RUN_TIME(course_calendar{c}.date_is_given(0));
  CHECK_AT_COMPILE_AND_RUN_TIME(!course_calendar{c}.date_is_given(1));
}

TEST_CASE("a dated later session places the earlier ones backwards through the rests") {
  constexpr course c =
      three_sessions(no_date, 6_weeks, no_date, 6_weeks, calendar_date{2027, 3, 26});
  CHECK_AT_COMPILE_AND_RUN_TIME(date_of(c, 0) == maybe<calendar_date>{calendar_date{2027, 1, 1}});
  CHECK_AT_COMPILE_AND_RUN_TIME(date_of(c, 1) == maybe<calendar_date>{calendar_date{2027, 2, 12}});
  CHECK_AT_COMPILE_AND_RUN_TIME(gap_days(c, 1) == maybe<std::int32_t>{42});
}

TEST_CASE("a date after a rest makes the gap from the worked-out date: 1 day, not 6 weeks") {
  // Session 2 is 6 weeks after session 1 (2027-02-12); session 3 on 2027-02-13 is a day later.
  constexpr course c = three_sessions(calendar_date{2027, 1, 1}, 6_weeks, no_date, no_rest,
                                      calendar_date{2027, 2, 13});
  CHECK_AT_COMPILE_AND_RUN_TIME(gap_days(c, 1) == maybe<std::int32_t>{42});
  CHECK_AT_COMPILE_AND_RUN_TIME(gap_days(c, 2) == maybe<std::int32_t>{1});
  CHECK_AT_COMPILE_AND_RUN_TIME(!course_calendar{c}.first_disagreeing_rest());
}

TEST_CASE("an undated session before a dated one, with no rest, leaves the gap unknown") {
  constexpr course c =
      three_sessions(no_date, no_rest, calendar_date{2027, 2, 12}, 6_weeks, no_date);
  CHECK_AT_COMPILE_AND_RUN_TIME(!date_of(c, 0));
  CHECK_AT_COMPILE_AND_RUN_TIME(!gap_days(c, 1));
  CHECK_AT_COMPILE_AND_RUN_TIME(gap_days(c, 2) == maybe<std::int32_t>{42});
}

TEST_CASE("a session placed before the previous one has a negative gap") {
  // 2027-03-01, then 6 weeks later (2027-04-12), then 2026-01-01.
  constexpr course c = three_sessions(calendar_date{2027, 3, 1}, 6_weeks, no_date, no_rest,
                                      calendar_date{2026, 1, 1});
  CHECK_AT_COMPILE_AND_RUN_TIME(gap_days(c, 2) == maybe<std::int32_t>{-466});
}

TEST_CASE("a rest that disagrees with the dates around it is reported at its session") {
  constexpr course disagrees = three_sessions(calendar_date{2027, 1, 1}, 6_weeks, no_date, 6_weeks,
                                              calendar_date{2027, 2, 13});
  CHECK_AT_COMPILE_AND_RUN_TIME(course_calendar{disagrees}.first_disagreeing_rest() ==
                                maybe<std::size_t>{2});
  // The same rest with the date that agrees: nothing to report.
  constexpr course agrees = three_sessions(calendar_date{2027, 1, 1}, 6_weeks, no_date, 6_weeks,
                                           calendar_date{2027, 3, 26});
  CHECK_AT_COMPILE_AND_RUN_TIME(!course_calendar{agrees}.first_disagreeing_rest());
  // Two given dates and a rest between them.
  constexpr course both_dated = three_sessions(calendar_date{2027, 1, 1}, 41_days,
                                               calendar_date{2027, 2, 12}, no_rest, no_date);
  CHECK_AT_COMPILE_AND_RUN_TIME(course_calendar{both_dated}.first_disagreeing_rest() ==
                                maybe<std::size_t>{1});
}

TEST_CASE("a date worked out past 9999-12-31 or before 0001-01-01 is reported, not wrapped") {
  constexpr course late =
      three_sessions(calendar_date{9999, 12, 1}, 6_weeks, no_date, no_rest, no_date);
  CHECK_AT_COMPILE_AND_RUN_TIME(course_calendar{late}.first_date_out_of_range() ==
                                maybe<std::size_t>{1});
  CHECK_AT_COMPILE_AND_RUN_TIME(!date_of(late, 1));
  constexpr course in_range =
      three_sessions(calendar_date{9999, 11, 1}, 6_weeks, no_date, no_rest, no_date);
  CHECK_AT_COMPILE_AND_RUN_TIME(!course_calendar{in_range}.first_date_out_of_range());
  constexpr course early =
      three_sessions(no_date, 6_weeks, calendar_date{1, 1, 2}, no_rest, no_date);
  CHECK_AT_COMPILE_AND_RUN_TIME(course_calendar{early}.first_date_out_of_range() ==
                                maybe<std::size_t>{0});
}

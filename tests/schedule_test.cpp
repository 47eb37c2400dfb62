#include <dermaroller/dermaroller.hpp>
#include <dermaroller/extra/schedule.hpp>

#include <array>
#include <chrono>

#include "catch.hpp"

using namespace dermaroller;
using namespace dermaroller::literals;
using std::chrono::year_month_day;
using std::chrono::operator""y;
using std::chrono::April;
using std::chrono::December;
using std::chrono::February;
using std::chrono::January;
using std::chrono::July;
using std::chrono::June;
using std::chrono::March;
using std::chrono::May;

// Every expected date below was computed apart from this library (Python's datetime:
// date + timedelta(days=n)) and written out by hand.

namespace {

constexpr course clinical_course(indication what, treatment_goal aim, std::size_t visits) {
  course c{setting::clinical, what, aim};
  session visit{1.5_mm, pass_count{15}};
  visit.anesthetic = true;
  for (std::size_t i = 0; i < visits; ++i) (void)c.sessions.push_back(visit);
  return c;
}

constexpr course scar_course(std::size_t visits = 5) {
  return clinical_course(indication::scars, treatment_goal::scar_reduction, visits);
}

constexpr course collagen_course() {
  return clinical_course(indication::wrinkles, treatment_goal::collagen_induction, 3);
}

constexpr course home_course() {
  course c{setting::home, indication::skin_health, treatment_goal::maintenance};
  session visit{250_um, pass_count{15}};
  c.sessions = {visit, visit, visit};
  return c;
}

constexpr bool window_is(const planned_visit& visit, year_month_day earliest,
                         year_month_day recommended, year_month_day latest) {
  return visit.timing == visit_timing::rest_window && visit.earliest == earliest &&
         visit.recommended == recommended && visit.latest == latest;
}

constexpr treatment_plan scar_plan_over_new_year = plan(scar_course(), 2027y / December / 20);

}  // namespace

TEST_CASE("the recommended rest is the middle of the document's six to eight weeks: seven weeks") {
  CHECK_AT_COMPILE_AND_RUN_TIME(recommended_rest(default_guidelines.rest_between_sessions) ==
                                7_weeks);
  CHECK_AT_COMPILE_AND_RUN_TIME(recommended_rest(rest_window{28_days, 28_days}) == 28_days);
  CHECK_AT_COMPILE_AND_RUN_TIME(recommended_rest(rest_window{28_days, 31_days}) == 29_days);
}

TEST_CASE("a 5-visit scar course planned from 2027-12-20 has the right windows across the year") {
  constexpr const auto& visits = scar_plan_over_new_year.visits;
  CHECK_AT_COMPILE_AND_RUN_TIME(scar_plan_over_new_year.ok());
  CHECK_AT_COMPILE_AND_RUN_TIME(visits.size() == 5);
  CHECK_AT_COMPILE_AND_RUN_TIME(visits[0].timing == visit_timing::first_visit);
  CHECK_AT_COMPILE_AND_RUN_TIME(visits[0].earliest == 2027y / December / 20);
  CHECK_AT_COMPILE_AND_RUN_TIME(visits[0].recommended == 2027y / December / 20);
  CHECK_AT_COMPILE_AND_RUN_TIME(visits[0].latest == 2027y / December / 20);
  // 2027-12-20 + 42, 49, 56 days
  CHECK_AT_COMPILE_AND_RUN_TIME(
      window_is(visits[1], 2028y / January / 31, 2028y / February / 7, 2028y / February / 14));
  // 2028-02-07 + 42, 49, 56 days, across 2028-02-29
  CHECK_AT_COMPILE_AND_RUN_TIME(
      window_is(visits[2], 2028y / March / 20, 2028y / March / 27, 2028y / April / 3));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      window_is(visits[3], 2028y / May / 8, 2028y / May / 15, 2028y / May / 22));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      window_is(visits[4], 2028y / June / 26, 2028y / July / 3, 2028y / July / 10));
}

TEST_CASE("six weeks after January 31 is March 14: windows count days, not months") {
  constexpr treatment_plan from_month_end = plan(collagen_course(), 2027y / January / 31);
  CHECK_AT_COMPILE_AND_RUN_TIME(from_month_end.visits[1].earliest == 2027y / March / 14);
  CHECK_AT_COMPILE_AND_RUN_TIME(from_month_end.visits[1].latest == 2027y / March / 28);
}

TEST_CASE("a window can open on the leap day, and a plan can start on it") {
  // 2028-01-18 + 42 days
  constexpr treatment_plan onto_leap_day = plan(collagen_course(), 2028y / January / 18);
  CHECK_AT_COMPILE_AND_RUN_TIME(onto_leap_day.visits[1].earliest == 2028y / February / 29);

  // 2028-02-29 + 42, 49, 56 days
  constexpr treatment_plan from_leap_day = plan(collagen_course(), 2028y / February / 29);
  CHECK_AT_COMPILE_AND_RUN_TIME(window_is(from_leap_day.visits[1], 2028y / April / 11,
                                          2028y / April / 18, 2028y / April / 25));
}

TEST_CASE("a day the calendar does not have cannot start a plan") {
  constexpr treatment_plan from_nowhere = plan(collagen_course(), 2027y / February / 29);
  CHECK_AT_COMPILE_AND_RUN_TIME(!from_nowhere.ok());
  CHECK_AT_COMPILE_AND_RUN_TIME(from_nowhere.problem == plan_problem::first_visit_not_a_date);
  CHECK_AT_COMPILE_AND_RUN_TIME(from_nowhere.visits.empty());
}

TEST_CASE(
    "every clinical visit is followed by an hour of clean environment and 24 hours of cover") {
  constexpr const planned_visit& second = scar_plan_over_new_year.visits[1];
  CHECK_AT_COMPILE_AND_RUN_TIME(second.aftercare.size() == 2);
  CHECK_AT_COMPILE_AND_RUN_TIME(second.aftercare[0].kind == aftercare_kind::clean_environment);
  CHECK_AT_COMPILE_AND_RUN_TIME(second.aftercare[0].lasts == std::chrono::hours{1});
  CHECK_AT_COMPILE_AND_RUN_TIME(second.aftercare[0].closes_on == 2028y / February / 7);
  CHECK_AT_COMPILE_AND_RUN_TIME(second.aftercare[1].kind ==
                                aftercare_kind::anti_inflammatory_cream);
  CHECK_AT_COMPILE_AND_RUN_TIME(second.aftercare[1].lasts == std::chrono::hours{24});
  CHECK_AT_COMPILE_AND_RUN_TIME(second.aftercare[1].closes_on == 2028y / February / 8);

  // A visit ending at 16:30 on 2028-02-07 is covered until 16:30 the next day.
  constexpr auto visit_end = std::chrono::sys_days{2028y / February / 7} + std::chrono::hours{16} +
                             std::chrono::minutes{30};
  CHECK_AT_COMPILE_AND_RUN_TIME(second.aftercare[1].closes_at(visit_end) ==
                                std::chrono::sys_days{2028y / February / 8} +
                                    std::chrono::hours{16} + std::chrono::minutes{30});
}

TEST_CASE("aftercare windows follow the guidelines a clinic supplies") {
  constexpr guidelines longer_cover = [] {
    guidelines g;
    g.anti_inflammatory_cover = 48_hours;
    return g;
  }();
  constexpr treatment_plan covered = plan(scar_course(2), 2027y / December / 20, longer_cover);
  CHECK_AT_COMPILE_AND_RUN_TIME(covered.visits[0].aftercare[1].lasts == std::chrono::hours{48});
  CHECK_AT_COMPILE_AND_RUN_TIME(covered.visits[0].aftercare[1].closes_on == 2027y / December / 22);
}

TEST_CASE("a clinic's own rest window moves every planned visit") {
  constexpr guidelines four_weeks = [] {
    guidelines g;
    g.rest_between_sessions = {28_days, 28_days};
    return g;
  }();
  constexpr treatment_plan monthly = plan(scar_course(3), 2027y / December / 20, four_weeks);
  // 2027-12-20 + 28 days, then + 28 days again
  CHECK_AT_COMPILE_AND_RUN_TIME(window_is(monthly.visits[1], 2028y / January / 17,
                                          2028y / January / 17, 2028y / January / 17));
  CHECK_AT_COMPILE_AND_RUN_TIME(window_is(monthly.visits[2], 2028y / February / 14,
                                          2028y / February / 14, 2028y / February / 14));
}

TEST_CASE("a home course has no rest window: only the first visit is dated") {
  constexpr treatment_plan at_home = plan(home_course(), 2027y / December / 20);
  CHECK_AT_COMPILE_AND_RUN_TIME(at_home.ok());
  CHECK_AT_COMPILE_AND_RUN_TIME(at_home.visits.size() == 3);
  CHECK_AT_COMPILE_AND_RUN_TIME(at_home.visits[0].timing == visit_timing::first_visit);
  CHECK_AT_COMPILE_AND_RUN_TIME(at_home.visits[0].recommended == 2027y / December / 20);
  CHECK_AT_COMPILE_AND_RUN_TIME(at_home.visits[1].timing == visit_timing::not_planned);
  CHECK_AT_COMPILE_AND_RUN_TIME(!at_home.visits[1].is_dated());
  CHECK_AT_COMPILE_AND_RUN_TIME(at_home.visits[2].timing == visit_timing::not_planned);
}

TEST_CASE("a home course keeps the rest its own protocol states, and invents none") {
  constexpr course weekly = [] {
    course c = home_course();
    c.sessions[1].rest = 7_days;
    return c;  // the third session states no rest
  }();
  constexpr treatment_plan at_home = plan(weekly, 2027y / December / 28);
  CHECK_AT_COMPILE_AND_RUN_TIME(at_home.visits[1].timing == visit_timing::protocol_interval);
  CHECK_AT_COMPILE_AND_RUN_TIME(at_home.visits[1].earliest == 2028y / January / 4);
  CHECK_AT_COMPILE_AND_RUN_TIME(at_home.visits[1].latest == 2028y / January / 4);
  CHECK_AT_COMPILE_AND_RUN_TIME(at_home.visits[2].timing == visit_timing::not_planned);
}

TEST_CASE("a home visit has no aftercare windows: the aftercare rules are about the clinic") {
  constexpr treatment_plan at_home = plan(home_course(), 2027y / December / 20);
  CHECK_AT_COMPILE_AND_RUN_TIME(at_home.visits[0].aftercare.empty());
}

// --- Plans on the course calendar: the protocol's own dates and rests

namespace {

// Session 2 dated 2028-03-06, session 3 a 45-day rest after it, sessions 1 and 4 open.
constexpr course partly_dated() {
  course c = scar_course(4);
  c.sessions[1].date = calendar_date{2028, 3, 6};
  c.sessions[2].rest = 45_days;
  return c;
}

constexpr bool on_day(const planned_visit& visit, visit_timing timing, year_month_day day) {
  return visit.timing == timing && visit.earliest == day && visit.recommended == day &&
         visit.latest == day;
}

}  // namespace

TEST_CASE("a plan keeps the protocol's dates and rests, and plans only what they leave open") {
  constexpr treatment_plan p = plan(partly_dated(), 2027y / December / 20);
  CHECK_AT_COMPILE_AND_RUN_TIME(p.ok());
  // Before the first date: backwards, 2028-03-06 - 56, 49, 42 days.
  CHECK_AT_COMPILE_AND_RUN_TIME(p.visits[0].timing == visit_timing::rest_window_before);
  CHECK_AT_COMPILE_AND_RUN_TIME(p.visits[0].earliest == 2028y / January / 10);
  CHECK_AT_COMPILE_AND_RUN_TIME(p.visits[0].recommended == 2028y / January / 17);
  CHECK_AT_COMPILE_AND_RUN_TIME(p.visits[0].latest == 2028y / January / 24);
  CHECK_AT_COMPILE_AND_RUN_TIME(
      on_day(p.visits[1], visit_timing::protocol_date, 2028y / March / 6));
  // 2028-03-06 + 45 days
  CHECK_AT_COMPILE_AND_RUN_TIME(
      on_day(p.visits[2], visit_timing::protocol_interval, 2028y / April / 20));
  // After the last date: the rest window, 2028-04-20 + 42, 49, 56 days.
  CHECK_AT_COMPILE_AND_RUN_TIME(
      window_is(p.visits[3], 2028y / June / 1, 2028y / June / 8, 2028y / June / 15));
  CHECK_AT_COMPILE_AND_RUN_TIME(p.visits[1].from_protocol());
  CHECK_AT_COMPILE_AND_RUN_TIME(p.visits[2].from_protocol());
  CHECK_AT_COMPILE_AND_RUN_TIME(!p.visits[0].from_protocol());
  CHECK_AT_COMPILE_AND_RUN_TIME(!p.visits[3].from_protocol());
  // Every clinical visit has its aftercare, the dated ones too.
  CHECK_AT_COMPILE_AND_RUN_TIME(p.visits[1].aftercare[1].closes_on == 2028y / March / 7);
}

TEST_CASE("where the course has dates, the day given places nothing") {
  CHECK_AT_COMPILE_AND_RUN_TIME(plan(partly_dated(), 2027y / December / 20).visits ==
                                plan(partly_dated(), 2031y / May / 5).visits);
}

TEST_CASE("without dates, the day given is the first visit and the protocol's rests place others") {
  constexpr course with_rests = [] {
    course c = scar_course(3);
    c.sessions[1].rest = 6_weeks;
    return c;  // the third session states no rest
  }();
  constexpr treatment_plan p = plan(with_rests, 2027y / December / 20);
  CHECK_AT_COMPILE_AND_RUN_TIME(
      on_day(p.visits[0], visit_timing::first_visit, 2027y / December / 20));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      on_day(p.visits[1], visit_timing::protocol_interval, 2028y / January / 31));
  // 2028-01-31 + 42, 49, 56 days
  CHECK_AT_COMPILE_AND_RUN_TIME(
      window_is(p.visits[2], 2028y / March / 13, 2028y / March / 20, 2028y / March / 27));
}

TEST_CASE("a home course keeps its dates, and plans no visit the calendar leaves open") {
  constexpr course dated_at_home = [] {
    course c = home_course();
    c.sessions[1].date = calendar_date{2028, 1, 10};
    c.sessions[2].rest = 7_days;
    return c;
  }();
  constexpr treatment_plan p = plan(dated_at_home, 2027y / December / 20);
  CHECK_AT_COMPILE_AND_RUN_TIME(p.visits[0].timing == visit_timing::not_planned);
  CHECK_AT_COMPILE_AND_RUN_TIME(
      on_day(p.visits[1], visit_timing::protocol_date, 2028y / January / 10));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      on_day(p.visits[2], visit_timing::protocol_interval, 2028y / January / 17));
  CHECK_AT_COMPILE_AND_RUN_TIME(p.first_dated() == &p.visits[1]);
}

TEST_CASE("a plan that would need a day past 9999-12-31 or before 0001-01-01 names the visit") {
  using std::chrono::year;
  // The last day: its 24 hours of cover would end on 10000-01-01.
  constexpr treatment_plan last_day = plan(scar_course(2), year{9999} / December / 31);
  CHECK_AT_COMPILE_AND_RUN_TIME(last_day.problem == plan_problem::date_out_of_range);
  CHECK_AT_COMPILE_AND_RUN_TIME(last_day.problem_visit == 0);
  CHECK_AT_COMPILE_AND_RUN_TIME(last_day.visits.empty());
  // 9999-11-20 + 56 days is 10000-01-15: the second visit's window.
  constexpr treatment_plan late = plan(scar_course(3), year{9999} / 11 / 20);
  CHECK_AT_COMPILE_AND_RUN_TIME(late.problem == plan_problem::date_out_of_range);
  CHECK_AT_COMPILE_AND_RUN_TIME(late.problem_visit == 1);
  // A home course has no aftercare: its last day is a day it can plan.
  CHECK_AT_COMPILE_AND_RUN_TIME(plan(home_course(), year{9999} / December / 31).ok());
  // The file's own date and rest, past the last day.
  constexpr course past_the_end = [] {
    course c = scar_course(2);
    c.sessions[0].date = calendar_date{9999, 12, 1};
    c.sessions[1].rest = 8_weeks;
    return c;
  }();
  CHECK_AT_COMPILE_AND_RUN_TIME(plan(past_the_end, 2027y / January / 1).problem_visit == 1);
  // Planned backwards before the first day.
  constexpr course before_the_start = [] {
    course c = scar_course(2);
    c.sessions[1].date = calendar_date{1, 1, 10};
    return c;
  }();
  constexpr treatment_plan early = plan(before_the_start, 2027y / January / 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(early.problem == plan_problem::date_out_of_range);
  CHECK_AT_COMPILE_AND_RUN_TIME(early.problem_visit == 0);
  CHECK_AT_COMPILE_AND_RUN_TIME(!in_writable_years(year{10000} / January / 1));
  CHECK_AT_COMPILE_AND_RUN_TIME(in_writable_years(year{1} / January / 1));
}

TEST_CASE("calendar_date and year_month_day name the same day") {
  CHECK_AT_COMPILE_AND_RUN_TIME(to_year_month_day(calendar_date{2028, 2, 29}) ==
                                2028y / February / 29);
  CHECK_AT_COMPILE_AND_RUN_TIME(to_calendar_date(2027y / December / 31) ==
                                calendar_date{2027, 12, 31});
  CHECK_AT_COMPILE_AND_RUN_TIME(days_between(to_calendar_date(2027y / December / 20),
                                             to_calendar_date(2028y / January / 31)) == 42_days);
}

TEST_CASE("dates are written as YYYY-MM-DD, as protocol files write them") {
  CHECK_AT_COMPILE_AND_RUN_TIME(to_text(2028y / February / 29).view() == "2028-02-29");
  CHECK_AT_COMPILE_AND_RUN_TIME(to_text(std::chrono::year{7} / January / 5).view() == "0007-01-05");
  CHECK_AT_COMPILE_AND_RUN_TIME(
      to_year_month_day(*read_date(to_text(2027y / December / 31).view()).value) ==
      2027y / December / 31);
}

// --- Logs of the visits that happened

namespace {

// 2027-01-04, then 42 days later, then 41 days after that.
constexpr std::array<year_month_day, 3> third_visit_a_day_early{
    2027y / January / 4, 2027y / February / 15, 2027y / March / 28};

constexpr std::array<year_month_day, 2> two_visits_six_weeks_apart{2027y / January / 4,
                                                                   2027y / February / 15};

constexpr bool found_once(const report& findings, rule which, std::size_t session_index,
                          std::int32_t found) {
  std::size_t matches = 0;
  for (const diagnostic& d : findings) {
    if (d.rule == which) {
      if (d.session() != maybe<std::size_t>{session_index} || d.found != found) return false;
      ++matches;
    }
  }
  return matches == 1;
}

}  // namespace

TEST_CASE("a logged visit 41 days after the previous one breaks rest-too-short for that visit") {
  constexpr log_check checked =
      check_log(scar_course(), third_visit_a_day_early, 2027y / April / 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(checked.ok());
  CHECK_AT_COMPILE_AND_RUN_TIME(checked.timing.has(rule::rest_too_short));
  CHECK_AT_COMPILE_AND_RUN_TIME(found_once(checked.timing, rule::rest_too_short, 2, 41));
  CHECK_AT_COMPILE_AND_RUN_TIME(!checked.timing.ok());
}

TEST_CASE("a log's finding is validate()'s own: the same rule, severity, numbers and message") {
  constexpr log_check checked =
      check_log(scar_course(), third_visit_a_day_early, 2027y / April / 1);
  constexpr course dated = [] {
    course c = scar_course(3);
    c.sessions[0].date = calendar_date{2027, 1, 4};
    c.sessions[1].date = calendar_date{2027, 2, 15};
    c.sessions[2].date = calendar_date{2027, 3, 28};
    return c;
  }();
  constexpr diagnostic from_validate = [&] {
    for (const diagnostic& d : validate(dated)) {
      if (d.rule == rule::rest_too_short) return d;
    }
    return diagnostic{};
  }();
  CHECK_AT_COMPILE_AND_RUN_TIME(checked.timing.size() == 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(checked.timing[0] == from_validate);
  CHECK(message(checked.timing[0]).view() ==
        "41 days of rest since the previous session is less than the 42 days required");
}

TEST_CASE("a logged visit 57 days after the previous one breaks rest-too-long") {
  constexpr std::array<year_month_day, 2> late{2027y / January / 4, 2027y / March / 2};
  constexpr log_check checked = check_log(scar_course(), late, 2027y / March / 2);
  CHECK_AT_COMPILE_AND_RUN_TIME(found_once(checked.timing, rule::rest_too_long, 1, 57));
  CHECK_AT_COMPILE_AND_RUN_TIME(checked.timing.ok());  // a warning, not an error
}

TEST_CASE("visits six weeks apart leave the log without findings") {
  constexpr log_check checked =
      check_log(scar_course(), two_visits_six_weeks_apart, 2027y / March / 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(checked.timing.empty());
}

TEST_CASE(
    "the next visit is too early before the window, in it from its first to its last day, "
    "and overdue after") {
  // The last visit was 2027-02-15: the window is 2027-03-29 .. 2027-04-12.
  constexpr auto status_on = [](year_month_day day) {
    return check_log(scar_course(), two_visits_six_weeks_apart, day).next;
  };
  CHECK_AT_COMPILE_AND_RUN_TIME(status_on(2027y / March / 28) == next_visit_status::too_early);
  CHECK_AT_COMPILE_AND_RUN_TIME(status_on(2027y / March / 29) == next_visit_status::in_window);
  CHECK_AT_COMPILE_AND_RUN_TIME(status_on(2027y / April / 12) == next_visit_status::in_window);
  CHECK_AT_COMPILE_AND_RUN_TIME(status_on(2027y / April / 13) == next_visit_status::overdue);
}

TEST_CASE("the next visit's window is counted from the day the last visit really happened") {
  constexpr log_check checked =
      check_log(scar_course(), two_visits_six_weeks_apart, 2027y / March / 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(checked.next == next_visit_status::too_early);
  CHECK_AT_COMPILE_AND_RUN_TIME(
      window_is(checked.next_window, 2027y / March / 29, 2027y / April / 5, 2027y / April / 12));
  CHECK_AT_COMPILE_AND_RUN_TIME(checked.until_window_opens == std::chrono::days{28});
  CHECK_AT_COMPILE_AND_RUN_TIME(checked.next_window.aftercare.size() == 2);

  constexpr log_check late = check_log(scar_course(), two_visits_six_weeks_apart, 2027y / May / 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(late.next == next_visit_status::overdue);
  CHECK_AT_COMPILE_AND_RUN_TIME(late.past_window == std::chrono::days{19});
}

TEST_CASE("the plan's window is exactly where validate() stops reporting the rest rules") {
  // Planned from 2027-12-20, visit 2 may come 2028-01-31 .. 2028-02-14.
  constexpr const planned_visit& second = scar_plan_over_new_year.visits[1];
  constexpr auto rest_findings_with_second_visit_on = [](std::chrono::sys_days day) {
    course c = scar_course(2);
    c.sessions[0].date = calendar_date{2027, 12, 20};
    c.sessions[1].date = to_calendar_date(year_month_day{day});
    const report r = validate(c);
    return std::array{r.has(rule::rest_too_short), r.has(rule::rest_too_long)};
  };
  constexpr std::chrono::sys_days earliest{second.earliest};
  constexpr std::chrono::sys_days latest{second.latest};
  constexpr std::chrono::days one_day{1};
  CHECK_AT_COMPILE_AND_RUN_TIME(rest_findings_with_second_visit_on(earliest - one_day)[0]);
  CHECK_AT_COMPILE_AND_RUN_TIME(!rest_findings_with_second_visit_on(earliest)[0]);
  CHECK_AT_COMPILE_AND_RUN_TIME(!rest_findings_with_second_visit_on(latest)[1]);
  CHECK_AT_COMPILE_AND_RUN_TIME(rest_findings_with_second_visit_on(latest + one_day)[1]);
}

TEST_CASE("visits remaining come from the goal's session limits") {
  constexpr std::array<year_month_day, 1> one_visit{2027y / January / 4};
  constexpr log_check scars = check_log(scar_course(), one_visit, 2027y / January / 5);
  CHECK_AT_COMPILE_AND_RUN_TIME(scars.remaining.at_least == 0);  // "up to five"
  CHECK_AT_COMPILE_AND_RUN_TIME(scars.remaining.at_most == maybe<std::size_t>{4});

  constexpr log_check collagen = check_log(collagen_course(), one_visit, 2027y / January / 5);
  CHECK_AT_COMPILE_AND_RUN_TIME(collagen.remaining.at_least == 1);  // "two to three"
  CHECK_AT_COMPILE_AND_RUN_TIME(collagen.remaining.at_most == maybe<std::size_t>{2});
}

TEST_CASE("after the goal's most visits the course is complete") {
  constexpr std::array<year_month_day, 3> three{2027y / January / 4, 2027y / February / 15,
                                                2027y / March / 29};
  constexpr log_check checked = check_log(collagen_course(), three, 2027y / May / 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(checked.next == next_visit_status::course_complete);
  CHECK_AT_COMPILE_AND_RUN_TIME(checked.remaining.at_most == maybe<std::size_t>{0});
  CHECK_AT_COMPILE_AND_RUN_TIME(checked.timing.empty());
}

TEST_CASE("a log with more visits than the goal usually takes breaks more-sessions-than-usual") {
  constexpr std::array<year_month_day, 4> four{2027y / January / 4, 2027y / February / 15,
                                               2027y / March / 29, 2027y / May / 10};
  constexpr log_check checked = check_log(collagen_course(), four, 2027y / May / 11);
  CHECK_AT_COMPILE_AND_RUN_TIME(checked.timing.has(rule::more_sessions_than_usual));
  CHECK_AT_COMPILE_AND_RUN_TIME(checked.next == next_visit_status::course_complete);
}

TEST_CASE("an empty log says the first visit is due") {
  constexpr log_check checked = check_log(collagen_course(), {}, 2027y / May / 11);
  CHECK_AT_COMPILE_AND_RUN_TIME(checked.next == next_visit_status::first_visit_due);
  CHECK_AT_COMPILE_AND_RUN_TIME(checked.remaining.at_least == 2);
  CHECK_AT_COMPILE_AND_RUN_TIME(checked.timing.empty());
}

TEST_CASE("a home course's log has no window and no limit on visits") {
  constexpr std::array<year_month_day, 2> two_days_running{2027y / January / 4,
                                                           2027y / January / 5};
  constexpr log_check checked = check_log(home_course(), two_days_running, 2027y / January / 6);
  CHECK_AT_COMPILE_AND_RUN_TIME(checked.next == next_visit_status::no_window);
  CHECK_AT_COMPILE_AND_RUN_TIME(!checked.remaining.at_most);
  CHECK_AT_COMPILE_AND_RUN_TIME(checked.timing.empty());
}

TEST_CASE("a log with a day the calendar does not have names that visit") {
  constexpr std::array<year_month_day, 2> bad{2027y / January / 4, 2027y / February / 30};
  constexpr log_check checked = check_log(scar_course(), bad, 2027y / May / 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(checked.problem == log_problem::visit_not_a_date);
  CHECK_AT_COMPILE_AND_RUN_TIME(checked.problem_visit == 1);

  constexpr log_check bad_as_of =
      check_log(scar_course(), two_visits_six_weeks_apart, 2027y / April / 31);
  CHECK_AT_COMPILE_AND_RUN_TIME(bad_as_of.problem == log_problem::as_of_not_a_date);
}

TEST_CASE("a log's next window is the plan's window after the last dated visit") {
  constexpr std::array<year_month_day, 1> first{2027y / January / 4};
  constexpr course dated_first = [] {
    course c = scar_course(2);
    c.sessions[0].date = calendar_date{2027, 1, 4};
    return c;
  }();
  constexpr log_check checked = check_log(scar_course(2), first, 2027y / February / 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(checked.next_window ==
                                plan(dated_first, 2031y / May / 5).visits[1]);
}

TEST_CASE("a log whose next window would fall past 9999-12-31 is refused, naming that visit") {
  using std::chrono::year;
  constexpr std::array<year_month_day, 1> late{year{9999} / 11 / 20};
  constexpr log_check checked = check_log(scar_course(), late, year{9999} / December / 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(checked.problem == log_problem::next_window_out_of_range);
  CHECK_AT_COMPILE_AND_RUN_TIME(checked.problem_visit == 1);
  // A visit in a year no protocol can write is not a day a log can hold.
  constexpr std::array<year_month_day, 1> beyond{year{10000} / January / 3};
  CHECK_AT_COMPILE_AND_RUN_TIME(
      check_log(scar_course(), beyond, year{9999} / December / 1).problem ==
      log_problem::visit_not_a_date);
}

TEST_CASE("a log longer than a course can hold is refused, not overflowed") {
  std::array<year_month_day, session_capacity> too_many{};
  for (std::size_t i = 0; i < too_many.size(); ++i) {
    too_many[i] = year_month_day{std::chrono::sys_days{2027y / January / 4} +
                                 std::chrono::days{49 * static_cast<int>(i)}};
  }
  const log_check checked = check_log(scar_course(), too_many, 2040y / January / 1);
  CHECK(checked.problem == log_problem::too_many_visits);
}

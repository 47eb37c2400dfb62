#pragma once
// validate(course, guidelines) -> report: every rule of rules.hpp, applied to a course.

#include <cstddef>
#include <cstdint>
#include <utility>

#include "dermaroller/course.hpp"
#include "dermaroller/course_calendar.hpp"
#include "dermaroller/detail/fixed_array.hpp"
#include "dermaroller/guidelines.hpp"
#include "dermaroller/report.hpp"
#include "dermaroller/rules.hpp"

namespace dermaroller {

namespace detail {

// The rows whose check looks at the course, or at each session, by their index in the table.
template <check_scope Scope>
inline constexpr auto rows_looking_at = [] {
  fixed_array<std::size_t, rules_looking_at(Scope)> rows{};
  std::size_t next = 0;
  for (std::size_t i = 0; i < rule_definitions.size(); ++i) {
    if (rule_definitions[i].check.looks_at == Scope) rows[next++] = i;
  }
  return rows;
}();

// Whether the course, or one session, breaks the rule of the row at Row. The table is walked
// at compile time, so that each check is a direct call the optimiser can inline rather than a
// call through a function pointer.
template <std::size_t Row>
constexpr bool breaks_course_rule(const course_in_review& review, const guidelines& g) {
  // A constant, so that g++ too calls the check directly.
  constexpr auto check = rule_definitions[Row].check.of_course;
  return check(review, g).has_value();
}

template <std::size_t Row>
constexpr bool breaks_session_rule(const session_in_course& visit, const guidelines& g) {
  constexpr auto check = rule_definitions[Row].check.of_session;
  return check(visit, g).has_value();
}

// The finding of the row at Row, if its rule is broken; called, for every row, only for a
// course or a session that breaks one.
template <std::size_t Row>
constexpr void add_course_finding(const course_in_review& review, const guidelines& g,
                                  report& result) {
  constexpr const rule_definition& row = rule_definitions[Row];
  constexpr auto check = row.check.of_course;
  if (const auto broken = check(review, g)) {
    result.add({row.rule, row.severity, diagnostic::no_session, broken->second_message,
                broken->found, broken->limit});
  }
}

template <std::size_t Row>
constexpr void add_session_finding(const session_in_course& visit, const guidelines& g,
                                   report& result) {
  constexpr const rule_definition& row = rule_definitions[Row];
  constexpr auto check = row.check.of_session;
  if (const auto broken = check(visit, g)) {
    result.add({row.rule, row.severity, static_cast<std::uint8_t>(visit.index),
                broken->second_message, broken->found, broken->limit});
  }
}

// The second walks, out of line so that the first stays as small as a course that keeps every
// guideline needs.
template <std::size_t... Index>
[[gnu::noinline]] constexpr void add_course_findings(const course_in_review& review,
                                                     const guidelines& g, report& result,
                                                     std::index_sequence<Index...>) {
  constexpr auto& rows = rows_looking_at<check_scope::course>;
  (add_course_finding<rows[Index]>(review, g, result), ...);
}

template <std::size_t... Index>
[[gnu::noinline]] constexpr void add_session_findings(const session_in_course& visit,
                                                      const guidelines& g, report& result,
                                                      std::index_sequence<Index...>) {
  constexpr auto& rows = rows_looking_at<check_scope::each_session>;
  (add_session_finding<rows[Index]>(visit, g, result), ...);
}

// Most courses break few rules: every check is first computed into values only, which the
// compilers keep in registers; the report, which they must assume could overlap the course,
// is written only when something breaks, by a second walk of the same direct calls.
template <std::size_t... Course, std::size_t... Session>
constexpr void validate_all(const course& checked_course, const guidelines& g, report& result,
                            std::index_sequence<Course...> course_checks,
                            std::index_sequence<Session...> session_checks) {
  constexpr auto& course_rows = rows_looking_at<check_scope::course>;
  constexpr auto& session_rows = rows_looking_at<check_scope::each_session>;
  const auto review = course_in_review::of(checked_course);
  if ((breaks_course_rule<course_rows[Course]>(review, g) || ...)) {
    add_course_findings(review, g, result, course_checks);
  }
  const course_calendar calendar{checked_course};
  for (std::size_t index = 0; index < checked_course.sessions.size(); ++index) {
    const auto visit = session_in_course::at(checked_course, index, g, calendar);
    if ((breaks_session_rule<session_rows[Session]>(visit, g) || ...)) {
      add_session_findings(visit, g, result, session_checks);
    }
  }
}

}  // namespace detail

// Findings about the whole course come first, then each session's, in session order.
[[nodiscard]] constexpr report validate(const course& checked_course,
                                        const guidelines& g = default_guidelines) {
  report result;
  detail::validate_all(checked_course, g, result, std::make_index_sequence<course_rule_limit>{},
                       std::make_index_sequence<per_session_rule_limit>{});
  return result;
}

}  // namespace dermaroller

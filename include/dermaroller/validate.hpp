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
#include "dermaroller/rule_set.hpp"
#include "dermaroller/rules.hpp"
#include "dermaroller/waiver.hpp"

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
// A rule the guidelines switch off reports nothing. Its bit is tested only when its check
// finds the rule broken, so that a course that breaks nothing pays nothing for it, and a rule
// that is off and broken (needle-needs-healthcare-professional in `document`, at 1.5 mm) does
// not send the course to the second walk.
template <std::size_t Row>
constexpr bool breaks_course_rule(const course_in_review& review, const guidelines& g,
                                  rule_set disabled) {
  // A constant, so that g++ too calls the check directly.
  constexpr auto check = rule_definitions[Row].check.of_course;
  return check(review, g).has_value() && !disabled.contains(rule_definitions[Row].rule);
}

template <std::size_t Row>
constexpr bool breaks_session_rule(const session_in_course& visit, const guidelines& g,
                                   rule_set disabled) {
  constexpr auto check = rule_definitions[Row].check.of_session;
  return check(visit, g).has_value() && !disabled.contains(rule_definitions[Row].rule);
}

// The finding of the row at Row, if its rule is broken; called, for every row, only for a
// course or a session that breaks one.
template <std::size_t Row>
constexpr void add_course_finding(const course_in_review& review, const guidelines& g,
                                  report& result) {
  constexpr const rule_definition& row = rule_definitions[Row];
  constexpr auto check = row.check.of_course;
  if (g.disabled_rules.contains(row.rule)) return;
  if (const auto broken = check(review, g)) {
    result.add({row.rule, row.severity, diagnostic::no_session, broken->second_message,
                broken->found, broken->limit, diagnostic::no_waiver});
  }
}

template <std::size_t Row>
constexpr void add_session_finding(const session_in_course& visit, const guidelines& g,
                                   report& result) {
  constexpr const rule_definition& row = rule_definitions[Row];
  constexpr auto check = row.check.of_session;
  if (g.disabled_rules.contains(row.rule)) return;
  if (const auto broken = check(visit, g)) {
    result.add({row.rule, row.severity, static_cast<std::uint8_t>(visit.index),
                broken->second_message, broken->found, broken->limit, diagnostic::no_waiver});
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
  const rule_set disabled = g.disabled_rules;
  const auto review = course_in_review::of(checked_course);
  if ((breaks_course_rule<course_rows[Course]>(review, g, disabled) || ...)) {
    add_course_findings(review, g, result, course_checks);
  }
  const course_calendar calendar{checked_course};
  for (std::size_t index = 0; index < checked_course.sessions.size(); ++index) {
    const auto visit = session_in_course::at(checked_course, index, g, calendar);
    if ((breaks_session_rule<session_rows[Session]>(visit, g, disabled) || ...)) {
      add_session_findings(visit, g, result, session_checks);
    }
  }
}

// Whether the waiver accepts the finding: the same rule, and the same session when the waiver
// names one (one that names none accepts the course's finding and every session's).
constexpr bool accepts(const waiver& accepted, const diagnostic& finding) {
  return accepted.rule == finding.rule &&
         (!accepted.session || finding.session() == accepted.session);
}

// Marks each finding a waiver accepts (the first such waiver, in the course's order), then
// reports each waiver that accepts none. Out of line: most courses have no waiver.
[[gnu::noinline]] constexpr void apply_waivers(const course& checked_course, const guidelines& g,
                                               report& result) {
  const std::size_t findings = result.size();
  for (std::size_t index = 0; index < checked_course.waivers.size(); ++index) {
    const waiver& accepted = checked_course.waivers[index];
    bool matched = false;
    for (std::size_t i = 0; i < findings; ++i) {
      if (!accepts(accepted, result[i])) continue;
      matched = true;
      result.waive(i, static_cast<std::uint8_t>(index));
    }
    if (matched || g.disabled_rules.contains(rule::waiver_unused)) continue;
    const std::uint8_t session = accepted.session && *accepted.session < session_capacity
                                     ? static_cast<std::uint8_t>(*accepted.session)
                                     : diagnostic::no_session;
    result.add({rule::waiver_unused, definition(rule::waiver_unused).severity, session, false,
                static_cast<std::int32_t>(index + 1), static_cast<std::int32_t>(accepted.rule),
                diagnostic::no_waiver});
  }
}

}  // namespace detail

// Findings about the whole course come first, then each session's, in session order, then a
// waiver-unused finding for each waiver that accepts none. Rules in g.disabled_rules are not
// checked; a finding a waiver accepts is marked waived (diagnostic::waiver()).
[[nodiscard]] constexpr report validate(const course& checked_course,
                                        const guidelines& g = default_guidelines) {
  report result;
  detail::validate_all(checked_course, g, result, std::make_index_sequence<course_rule_limit>{},
                       std::make_index_sequence<per_session_rule_limit>{});
  if (!checked_course.waivers.empty()) detail::apply_waivers(checked_course, g, result);
  return result;
}

}  // namespace dermaroller

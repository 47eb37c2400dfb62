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

// A rule's check, with what its findings say of the rule.
template <class Checked>
struct rule_checker {
  dermaroller::rule rule;
  dermaroller::severity severity;
  finding (*check)(const Checked&, const guidelines&);
};

// The checks that look at the course, and those that look at each session, in the table's
// order. Tables of their own, so that validate() does not keep the rule table, with its texts,
// at run time.
inline constexpr auto course_checkers = [] {
  fixed_array<rule_checker<course_in_review>, course_rule_limit> checkers{};
  std::size_t next = 0;
  for (const rule_definition& row : rule_definitions) {
    if (row.check.looks_at == check_scope::course) {
      checkers[next++] = {row.rule, row.severity, row.check.of_course};
    }
  }
  return checkers;
}();

inline constexpr auto session_checkers = [] {
  fixed_array<rule_checker<session_in_course>, per_session_rule_limit> checkers{};
  std::size_t next = 0;
  for (const rule_definition& row : rule_definitions) {
    if (row.check.looks_at == check_scope::each_session) {
      checkers[next++] = {row.rule, row.severity, row.check.of_session};
    }
  }
  return checkers;
}();

constexpr const auto& checkers_for(const course_in_review&) { return course_checkers; }
constexpr const auto& checkers_for(const session_in_course&) { return session_checkers; }

// Whether the course, or one session, breaks the rule of checkers[Index]. The table is walked
// at compile time, so that each check is a direct call the optimiser can inline rather than a
// call through a function pointer.
// A rule the guidelines switch off reports nothing. Its bit is tested only when its check
// finds the rule broken, so that a course that breaks nothing pays nothing for it, and a rule
// that is off and broken (needle-needs-healthcare-professional in `document`, at 1.5 mm) does
// not send the course to the second walk.
// Always inline: clang++ kept the last four of the session's out of line, a call for each rule
// and session.
template <const auto& Checkers, std::size_t Index, class Checked>
[[gnu::always_inline]] constexpr bool breaks(const Checked& checked, const guidelines& g,
                                             rule_set disabled) {
  // A constant, so that g++ too calls the check directly.
  constexpr auto check = Checkers[Index].check;
  return check(checked, g).broken && !disabled.contains(Checkers[Index].rule);
}

// The findings of a course or a session that breaks a rule: the second walk, through the
// table's pointers, out of line. Few courses come here, and each check inlined a second time
// was as much code again for the compiler to optimise in every file that validates.
template <class Checked>
[[gnu::noinline]] constexpr void add_findings(const Checked& checked, const guidelines& g,
                                              std::uint8_t session, report& result) {
  for (const rule_checker<Checked>& checker : checkers_for(checked)) {
    if (g.disabled_rules.contains(checker.rule)) continue;
    if (const finding found = checker.check(checked, g); found.broken) {
      result.add({checker.rule, checker.severity, session, found.second_message, found.found,
                  found.limit, diagnostic::no_waiver});
    }
  }
}

// Most courses break few rules: every check is first computed into values only, which the
// compilers keep in registers; the report, which they must assume could overlap the course,
// is written only when something breaks, by the second walk.
template <std::size_t... Course, std::size_t... Session>
constexpr void validate_all(const course& checked_course, const guidelines& g, report& result,
                            std::index_sequence<Course...> /*course_checkers*/,
                            std::index_sequence<Session...> /*session_checkers*/) {
  const rule_set disabled = g.disabled_rules;
  const auto review = course_in_review::of(checked_course);
  if ((breaks<course_checkers, Course>(review, g, disabled) || ...)) {
    add_findings(review, g, diagnostic::no_session, result);
  }
  // Made here: returned by a function of course_facts, the same facts cost g++ 6% more
  // instructions per validate() of a 5-session course.
  const course_facts facts{.for_goal = g.for_goal(checked_course.goal),
                           .clinical = checked_course.setting == setting::clinical,
                           .rest_rules_apply = rest_rules_apply(checked_course)};
  const course_calendar calendar{checked_course};
  for (std::size_t index = 0; index < checked_course.sessions.size(); ++index) {
    const auto visit = session_in_course::at(checked_course, index, g, facts, calendar);
    if ((breaks<session_checkers, Session>(visit, g, disabled) || ...)) {
      // A view made anew: handing `visit` itself over made the compilers build it in memory
      // for every session, broken or not.
      add_findings(session_in_course::at(checked_course, index, g, facts, calendar), g,
                   static_cast<std::uint8_t>(index), result);
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
    constexpr severity unused_severity = definition(rule::waiver_unused).severity;
    result.add({rule::waiver_unused, unused_severity, session, false,
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

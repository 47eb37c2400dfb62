#pragma once
// validate(course, guidelines) -> report: every rule of rules.hpp, applied to a course.

#include <cstddef>
#include <cstdint>
#include <utility>

#include "dermaroller/course.hpp"
#include "dermaroller/guidelines.hpp"
#include "dermaroller/report.hpp"
#include "dermaroller/rules.hpp"

namespace dermaroller {

namespace detail {

// Whether the course, or one session, breaks the rule of the check at Index. The tables of
// checks are walked at compile time, so that each check is a direct call the optimiser can
// inline rather than a call through a function pointer.
template <class Deferred, std::size_t Index>
constexpr bool breaks_course_rule(const course_in_review<Deferred>& review, const guidelines& g) {
  // A constant, so that g++ too calls the check directly.
  constexpr auto check = rule_checks<Deferred>::for_course[Index].check;
  return check(review, g).has_value();
}

template <class Deferred, std::size_t Index>
constexpr bool breaks_session_rule(const session_in_course<Deferred>& visit, const guidelines& g) {
  constexpr auto check = rule_checks<Deferred>::for_each_session[Index].check;
  return check(visit, g).has_value();
}

// The finding of the check at Index, if its rule is broken; called, for every check, only for
// a course or a session that breaks one.
template <class Deferred, std::size_t Index>
constexpr void add_course_finding(const course_in_review<Deferred>& review, const guidelines& g,
                                  report& result) {
  constexpr auto entry = rule_checks<Deferred>::for_course[Index];
  if (const auto broken = entry.check(review, g)) {
    result.add({entry.rule, definition(entry.rule).severity, diagnostic::no_session, broken->found,
                broken->limit});
  }
}

template <class Deferred, std::size_t Index>
constexpr void add_session_finding(const session_in_course<Deferred>& visit, const guidelines& g,
                                   report& result) {
  constexpr auto entry = rule_checks<Deferred>::for_each_session[Index];
  if (const auto broken = entry.check(visit, g)) {
    result.add({entry.rule, definition(entry.rule).severity,
                static_cast<std::uint16_t>(visit.index), broken->found, broken->limit});
  }
}

// The second walks, out of line so that the first stays as small as a course that keeps every
// guideline needs.
template <class Deferred, std::size_t... Index>
[[gnu::noinline]] constexpr void add_course_findings(const course_in_review<Deferred>& review,
                                                     const guidelines& g, report& result,
                                                     std::index_sequence<Index...>) {
  (add_course_finding<Deferred, Index>(review, g, result), ...);
}

template <class Deferred, std::size_t... Index>
[[gnu::noinline]] constexpr void add_session_findings(const session_in_course<Deferred>& visit,
                                                      const guidelines& g, report& result,
                                                      std::index_sequence<Index...>) {
  (add_session_finding<Deferred, Index>(visit, g, result), ...);
}

// Most courses break few rules: every check is first computed into values only, which the
// compilers keep in registers; the report, which they must assume could overlap the course,
// is written only when something breaks, by a second walk of the same direct calls.
template <class Deferred, std::size_t... Course, std::size_t... Session>
constexpr void validate_all(const course& checked_course, const guidelines& g, report& result,
                            std::index_sequence<Course...> course_checks,
                            std::index_sequence<Session...> session_checks) {
  const auto review = course_in_review<Deferred>::of(checked_course);
  if ((breaks_course_rule<Deferred, Course>(review, g) || ...)) {
    add_course_findings<Deferred>(review, g, result, course_checks);
  }
  for (std::size_t index = 0; index < checked_course.sessions.size(); ++index) {
    const auto visit = session_in_course<Deferred>::at(checked_course, index, g);
    if ((breaks_session_rule<Deferred, Session>(visit, g) || ...)) {
      add_session_findings<Deferred>(visit, g, result, session_checks);
    }
  }
}

}  // namespace detail

// Findings about the whole course come first, then each session's, in session order.
// (A template only so that the rule walk is compiled in the files that call validate(), not in
// every file that includes the core: like checked(), call it as validate(course).)
template <class Deferred = void>
[[nodiscard]] constexpr report validate(const course& checked_course,
                                        const guidelines& g = default_guidelines) {
  report result;
  using checks = detail::rule_checks<Deferred>;
  detail::validate_all<Deferred>(checked_course, g, result,
                                 std::make_index_sequence<checks::for_course.size()>{},
                                 std::make_index_sequence<checks::for_each_session.size()>{});
  return result;
}

}  // namespace dermaroller

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

// The rule table is walked at compile time, so that each check is a direct call the
// optimiser can inline rather than a call through a function pointer: validating a
// five-session course is then a few dozen nanoseconds, not hundreds.
template <std::size_t Index>
constexpr void apply_course_rule(const course_in_review& review, const guidelines& g,
                                 report& result) {
  constexpr const rule_definition& entry = rule_definitions[Index];
  if constexpr (entry.scope == rule_scope::course) {
    constexpr auto check = entry.check_course;  // a constant, so gcc calls it directly too
    if (const auto broken = check(review, g)) {
      result.add(
          {entry.rule, entry.severity, diagnostic::no_session, broken->found, broken->limit});
    }
  }
}

template <std::size_t Index>
constexpr void apply_session_rule(const session_in_course& visit, const guidelines& g,
                                  report& result) {
  constexpr const rule_definition& entry = rule_definitions[Index];
  if constexpr (entry.scope == rule_scope::session) {
    constexpr auto check = entry.check_session;
    if (const auto broken = check(visit, g)) {
      result.add({entry.rule, entry.severity, static_cast<std::uint16_t>(visit.index),
                  broken->found, broken->limit});
    }
  }
}

template <std::size_t... Index>
constexpr void validate_all(const course& checked_course, const guidelines& g, report& result,
                            std::index_sequence<Index...>) {
  const auto review = course_in_review::of(checked_course);
  (apply_course_rule<Index>(review, g, result), ...);
  for (std::size_t index = 0; index < checked_course.sessions.size(); ++index) {
    const auto visit = session_in_course::at(checked_course, index, g);
    (apply_session_rule<Index>(visit, g, result), ...);
  }
}

}  // namespace detail

// Findings about the whole course come first, then each session's, in session order.
[[nodiscard]] constexpr report validate(const course& checked_course,
                                        const guidelines& g = default_guidelines) {
  report result;
  detail::validate_all(checked_course, g, result,
                       std::make_index_sequence<rule_definitions.size()>{});
  return result;
}

}  // namespace dermaroller

#pragma once
// validate(course, guidelines) -> report: every rule of rules.hpp, applied to a course.

#include <cstddef>
#include <cstdint>

#include "dermaroller/course.hpp"
#include "dermaroller/guidelines.hpp"
#include "dermaroller/report.hpp"
#include "dermaroller/rules.hpp"

namespace dermaroller {

// Findings about the whole course come first, then each session's, in session order.
[[nodiscard]] constexpr report validate(const course& checked_course,
                                        const guidelines& g = default_guidelines) {
  report result;
  for (const rule_definition& rule_entry : rule_definitions) {
    if (rule_entry.check_course == nullptr) continue;
    if (const auto broken = rule_entry.check_course(checked_course, g)) {
      result.add({rule_entry.rule, rule_entry.severity, diagnostic::no_session, broken->found,
                  broken->limit});
    }
  }
  for (std::size_t index = 0; index < checked_course.sessions.size(); ++index) {
    const session_in_course visit{checked_course, checked_course.sessions[index], index};
    for (const rule_definition& rule_entry : rule_definitions) {
      if (rule_entry.check_session == nullptr) continue;
      if (const auto broken = rule_entry.check_session(visit, g)) {
        result.add({rule_entry.rule, rule_entry.severity, static_cast<std::uint16_t>(index),
                    broken->found, broken->limit});
      }
    }
  }
  return result;
}

}  // namespace dermaroller

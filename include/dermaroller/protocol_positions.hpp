#pragma once
// Where the parts of a course were found in its protocol text, and where a finding of
// validate() points: the session's '{' for a finding about one session, else the field the
// rule is about, else the course's '{'.

#include <cstddef>

#include "dermaroller/course.hpp"
#include "dermaroller/detail/fixed_array.hpp"
#include "dermaroller/detail/json_reader.hpp"
#include "dermaroller/report.hpp"
#include "dermaroller/rule.hpp"

namespace dermaroller {

struct protocol_positions {
  source_position course;                                      // the top-level '{'
  fixed_array<source_position, session_capacity> sessions;     // each session object's '{'
  fixed_array<source_position, aftercare_capacity> aftercare;  // each aftercare object's '{'
  // the key of each top-level field (0:0 when absent)
  source_position setting, indication, goal, area, doctor_approval, sun_exposure, skin_type,
      sessions_field, aftercare_field;
};

namespace detail {

// For a finding about the whole course: the field it is about, and the next best field
// when that one was not written (an absent field has a default, and no position).
struct rule_subject {
  dermaroller::rule rule;
  source_position protocol_positions::*field;
  source_position protocol_positions::*otherwise;
};

inline constexpr fixed_array rule_subjects{
    rule_subject{rule::no_sessions, &protocol_positions::sessions_field, nullptr},
    rule_subject{rule::home_indication_not_supported, &protocol_positions::indication,
                 &protocol_positions::setting},
    rule_subject{rule::home_goal_not_maintenance, &protocol_positions::goal,
                 &protocol_positions::setting},
    rule_subject{rule::goal_indication_mismatch, &protocol_positions::goal,
                 &protocol_positions::indication},
    rule_subject{rule::too_many_sessions, &protocol_positions::sessions_field, nullptr},
    rule_subject{rule::too_few_sessions, &protocol_positions::sessions_field, nullptr},
    rule_subject{rule::doctor_approval_missing, &protocol_positions::area,
                 &protocol_positions::doctor_approval},
    rule_subject{rule::skin_care_products_missing, &protocol_positions::aftercare_field, nullptr},
    rule_subject{rule::clean_environment_missing, &protocol_positions::aftercare_field,
                 &protocol_positions::setting},
    rule_subject{rule::anti_inflammatory_missing, &protocol_positions::aftercare_field,
                 &protocol_positions::setting},
    rule_subject{rule::mineral_peptide_missing, &protocol_positions::aftercare_field,
                 &protocol_positions::setting},
    rule_subject{rule::sunscreen_missing, &protocol_positions::aftercare_field,
                 &protocol_positions::sun_exposure},
    rule_subject{rule::sunscreen_not_zinc, &protocol_positions::aftercare_field, nullptr},
};

}  // namespace detail

[[nodiscard]] constexpr source_position position_of(const diagnostic& finding,
                                                    const protocol_positions& where) {
  if (const auto index = finding.session()) {
    if (*index < where.sessions.size() && where.sessions[*index].known()) {
      return where.sessions[*index];
    }
    return where.sessions_field.known() ? where.sessions_field : where.course;
  }
  for (const auto& subject : detail::rule_subjects) {
    if (subject.rule != finding.rule) continue;
    if ((where.*subject.field).known()) return where.*subject.field;
    if (subject.otherwise != nullptr && (where.*subject.otherwise).known()) {
      return where.*subject.otherwise;
    }
  }
  return where.course;
}

}  // namespace dermaroller

#pragma once
// Where the parts of a course were found in its protocol text, and where a finding of
// validate() points: at the field the rule's row names (a session's "passes", the aftercare
// step concerned, a field of the patient, a top-level field), else at the session's or the
// course's '{'.

#include <cstddef>

#include "dermaroller/course.hpp"
#include "dermaroller/detail/fixed_array.hpp"
#include "dermaroller/detail/json_reader.hpp"
#include "dermaroller/report.hpp"
#include "dermaroller/rule.hpp"
#include "dermaroller/rules.hpp"

namespace dermaroller {

struct protocol_positions {
  using session_fields = fixed_array<source_position, enum_names(session_field{}).size()>;

  source_position course;                                   // the top-level '{'
  fixed_array<source_position, session_capacity> sessions;  // each session object's '{'
  // the key of each field of each session, in the order of session_field (0:0 when absent)
  fixed_array<session_fields, session_capacity> fields_of_session;
  fixed_array<source_position, aftercare_capacity> aftercare;  // each aftercare object's '{'
  // the '{' of the first aftercare step of each kind (0:0 when there is none)
  fixed_array<source_position, enum_names(aftercare_kind{}).size()> first_step_of_kind;
  // the key of each top-level field (0:0 when absent)
  source_position setting, indication, goal, area, doctor_approval, sun_exposure, skin_type,
      sessions_field, aftercare_field, practitioner, waivers_field, patient;
  fixed_array<source_position, waiver_capacity> waivers;  // each waiver object's '{'
  // the value of each waiver's "session" (0:0 when absent)
  fixed_array<source_position, waiver_capacity> waiver_sessions;
  // the key of each field of the patient, in the order of patient_field (0:0 when absent)
  fixed_array<source_position, enum_names(patient_field{}).size()> fields_of_patient;

  [[nodiscard]] constexpr source_position of(protocol_field field) const {
    switch (field) {
      case protocol_field::none: break;
      case protocol_field::setting: return setting;
      case protocol_field::indication: return indication;
      case protocol_field::goal: return goal;
      case protocol_field::area: return area;
      case protocol_field::doctor_approval: return doctor_approval;
      case protocol_field::sun_exposure: return sun_exposure;
      case protocol_field::skin_type: return skin_type;
      case protocol_field::sessions: return sessions_field;
      case protocol_field::aftercare: return aftercare_field;
      case protocol_field::practitioner: return practitioner;
      case protocol_field::waivers: return waivers_field;
      case protocol_field::patient: return patient;
    }
    return {};
  }
};

// The row of the finding's rule says what it points at (rules.hpp).
[[nodiscard]] constexpr source_position position_of(const diagnostic& finding,
                                                    const protocol_positions& where) {
  const finding_subject& subject = definition(finding.rule).points_at;
  // A waiver that accepts nothing: its '{'; `found` is its number.
  if (finding.rule == rule::waiver_unused && finding.found >= 1 &&
      static_cast<std::size_t>(finding.found) <= where.waivers.size() &&
      where.waivers[static_cast<std::size_t>(finding.found) - 1].known()) {
    return where.waivers[static_cast<std::size_t>(finding.found) - 1];
  }
  if (const auto index = finding.session(); index && *index < where.sessions.size()) {
    const protocol_positions::session_fields& fields = where.fields_of_session[*index];
    for (const maybe<session_field>& field : {subject.in_session, subject.in_session_otherwise}) {
      if (field && fields[static_cast<std::size_t>(*field)].known()) {
        return fields[static_cast<std::size_t>(*field)];
      }
    }
    if (where.sessions[*index].known()) return where.sessions[*index];
  }
  if (subject.step && where.first_step_of_kind[static_cast<std::size_t>(*subject.step)].known()) {
    return where.first_step_of_kind[static_cast<std::size_t>(*subject.step)];
  }
  if (subject.in_patient &&
      where.fields_of_patient[static_cast<std::size_t>(*subject.in_patient)].known()) {
    return where.fields_of_patient[static_cast<std::size_t>(*subject.in_patient)];
  }
  if (where.of(subject.field).known()) return where.of(subject.field);
  if (where.of(subject.otherwise).known()) return where.of(subject.otherwise);
  return where.course;
}

}  // namespace dermaroller

#pragma once
// --format fhir: per file, one FHIR R4 Bundle of type "collection" on a line of its own (the
// newline-delimited JSON of FHIR bulk data), holding
//   - the course as a PlanDefinition: one action per session, "session-1", "session-2", ...,
//     with its needle and passes, and the rest since the session before as a relatedAction
//     offset; then one action per aftercare step, with how long it is kept up;
//   - the findings as an OperationOutcome: one issue per finding, the rule's code as a coding,
//     the line and column in `location`, the session's action in `expression`.
// A file that could not be read or parsed has no course: its Bundle holds the OperationOutcome
// alone. See docs/checker.md, "FHIR output".

#include <cstddef>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include "check_output.hpp"
#include "dermaroller/course.hpp"
#include "dermaroller/extra/json_text.hpp"
#include "dermaroller/guidelines.hpp"

namespace dermaroller::check {

// The system of the codings that name a rule; the codes are those of --list-rules.
inline constexpr std::string_view fhir_rule_code_system = "urn:dermaroller:rule";

namespace detail {

// A duration in UCUM, as FHIR's Duration type wants it.
inline std::string fhir_duration(std::int32_t value, std::string_view unit,
                                 std::string_view ucum_code) {
  return "{\"value\": " + std::to_string(value) + ", \"unit\": \"" + std::string{unit} +
         "\", \"system\": \"http://unitsofmeasure.org\", \"code\": \"" + std::string{ucum_code} +
         "\"}";
}

inline std::string fhir_session_action(const session& visit, std::size_t index) {
  std::string description = std::string{to_text(visit.needle).view()} + " needle, " +
                            std::string{to_text(visit.passes).view()};
  if (visit.anesthetic) description += ", numbing cream first";
  std::string action = "{\"id\": \"session-" + std::to_string(index + 1) +
                       "\", \"title\": \"Session " + std::to_string(index + 1) +
                       "\", \"description\": " + json_string(description);
  if (visit.date) {
    message_text day;
    action += ", \"timingDateTime\": \"" +
              std::string{dermaroller::detail::append_date(day, *visit.date).view()} + "\"";
  }
  if (visit.rest && index > 0) {
    action += ", \"relatedAction\": [{\"actionId\": \"session-" + std::to_string(index) +
              "\", \"relationship\": \"after-start\", \"offsetDuration\": " +
              fhir_duration(visit.rest->count(), "days", "d") + "}]";
  }
  return action + "}";
}

inline std::string fhir_aftercare_action(const aftercare_step& step, std::size_t index) {
  std::string action = "{\"id\": \"aftercare-" + std::to_string(index + 1) +
                       "\", \"title\": " + json_string(to_string(step.kind)) +
                       ", \"description\": \"aftercare\"";
  if (step.duration)
    action += ", \"timingDuration\": " + fhir_duration(step.duration->count(), "hours", "h");
  return action + "}";
}

inline std::string fhir_plan(const course& planned, const std::string& file) {
  std::string plan =
      "{\"resourceType\": \"PlanDefinition\", \"status\": \"draft\", \"title\": " +
      json_string(planned.name.view().empty() ? file : std::string{planned.name.view()}) +
      ", \"description\": " +
      json_string(std::string{to_string(planned.setting)} + " course, indication " +
                  std::string{to_string(planned.indication)} + ", goal " +
                  std::string{to_string(planned.goal)}) +
      ", \"action\": [";
  std::size_t written = 0;
  for (std::size_t i = 0; i < planned.sessions.size(); ++i, ++written) {
    plan += (written == 0 ? "" : ", ") + fhir_session_action(planned.sessions[i], i);
  }
  for (std::size_t i = 0; i < planned.aftercare.size(); ++i, ++written) {
    plan += (written == 0 ? "" : ", ") + fhir_aftercare_action(planned.aftercare[i], i);
  }
  return plan + "]}";
}

inline std::string_view fhir_severity(const printed_diagnostic& d) {
  if (d.waived) return "information";  // it no longer counts against the course
  switch (d.severity) {
    case severity::error: return "error";
    case severity::warning: return "warning";
    case severity::note: return "information";
  }
  return "information";
}

inline std::string fhir_issue(const printed_diagnostic& d) {
  std::string issue = "{\"severity\": \"" + std::string{fhir_severity(d)} + "\", \"code\": \"" +
                      (d.code == input_error_code ? "structure" : "business-rule") +
                      "\", \"details\": {\"coding\": [{\"system\": \"" +
                      std::string{fhir_rule_code_system} + "\", \"code\": " + json_string(d.code) +
                      "}], \"text\": " + json_string(d.message) + "}";
  if (d.waived) {
    issue +=
        ", \"diagnostics\": " + json_string("waived by " + d.waived_by + ": " + d.waiver_reason);
  }
  if (d.line != 0) {
    issue += ", \"location\": [\"Line[" + std::to_string(d.line) + "] Col[" +
             std::to_string(d.column) + "]\"]";
  }
  // FHIRPath counts from 0; the sessions are the plan's first actions.
  if (d.session)
    issue += ", \"expression\": [\"PlanDefinition.action[" + std::to_string(*d.session) + "]\"]";
  return issue + "}";
}

inline std::string fhir_outcome(const file_result& result) {
  std::string outcome = "{\"resourceType\": \"OperationOutcome\", \"issue\": [";
  // An OperationOutcome holds at least one issue: a course with no finding says so.
  if (result.diagnostics.empty()) {
    outcome +=
        "{\"severity\": \"information\", \"code\": \"informational\", \"details\": "
        "{\"text\": \"no finding\"}}";
  }
  for (std::size_t i = 0; i < result.diagnostics.size(); ++i) {
    outcome += (i == 0 ? "" : ", ") + fhir_issue(result.diagnostics[i]);
  }
  return outcome + "]}";
}

}  // namespace detail

// One file's Bundle, on one line.
inline void write_fhir(std::ostream& out, const file_result& result,
                       const std::optional<course>& parsed) {
  out << "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [";
  if (parsed) out << "{\"resource\": " << detail::fhir_plan(*parsed, result.file) << "}, ";
  out << "{\"resource\": " << detail::fhir_outcome(result) << "}]}\n";
}

}  // namespace dermaroller::check

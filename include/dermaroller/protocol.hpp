#pragma once
// parse_protocol(text): a protocol file (docs/protocol-format.md) read into a course, or the
// first problem with a sentence, a line and a column. One reader for constant expressions and
// run time; no allocation, no exceptions, no recursion the input controls.
//
// The format is the three tables below: the fields of a course, of a session and of an
// aftercare step, each with whether it is required, an example, and what reads its value.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dermaroller/calendar_date.hpp"
#include "dermaroller/course.hpp"
#include "dermaroller/course_calendar.hpp"
#include "dermaroller/detail/fixed_array.hpp"
#include "dermaroller/detail/json_reader.hpp"
#include "dermaroller/detail/message_text.hpp"
#include "dermaroller/detail/protocol_reading.hpp"
#include "dermaroller/protocol_positions.hpp"

namespace dermaroller {

// The one format this version reads.
inline constexpr std::string_view protocol_format_name = "dermaroller/1";

// The code reported, where rule codes are, for a text that is not a protocol
// (docs/checker.md).
inline constexpr std::string_view input_error_code = "input-error";

class parse_result;

// The protocol text read into a course, or the first problem in it.
[[nodiscard]] constexpr parse_result parse_protocol(std::string_view json);

namespace detail {
// Not constexpr, on purpose: reaching one in a constant expression is a compile error that
// names the mistake; at run time they stop the program (see maybe.hpp).
[[noreturn]] inline void reading_the_course_of_a_failed_parse() { __builtin_trap(); }
[[noreturn]] inline void reading_the_error_of_a_successful_parse() { __builtin_trap(); }
}  // namespace detail

class parse_result {
 public:
  constexpr parse_result(const course& read, const protocol_positions& where)
      : course_{read}, positions_{where}, ok_{true} {}
  constexpr parse_result(const parse_error& problem, const protocol_positions& where)
      : error_{problem}, positions_{where} {}

  [[nodiscard]] constexpr bool ok() const { return ok_; }
  // The course read; only when ok().
  [[nodiscard]] constexpr const course& value() const {
    if (!ok_) detail::reading_the_course_of_a_failed_parse();
    return course_;
  }
  // The first problem met; only when !ok().
  [[nodiscard]] constexpr const parse_error& error() const {
    if (ok_) detail::reading_the_error_of_a_successful_parse();
    return error_;
  }
  // Where each part of the course was found; filled as far as reading got.
  [[nodiscard]] constexpr const protocol_positions& positions() const { return positions_; }

 private:
  friend constexpr parse_result parse_protocol(std::string_view json);
  constexpr parse_result() = default;  // parse_protocol() fills it in place

  course course_;  // not course_{}: that would clear all 64 sessions before constructing them
  parse_error error_{};
  protocol_positions positions_{};
  bool ok_{false};
};

namespace detail {

template <class Target, std::size_t N>
constexpr std::size_t field_index(const fixed_array<field_rule<Target>, N>& fields,
                                  std::string_view name) {
  for (std::size_t i = 0; i < N; ++i) {
    if (fields[i].name == name) return i;
  }
  return N;
}

// `[ {...}, {...} ]`: each object read against `fields`, appended to `items`, its '{'
// recorded in `opened_at`.
template <class Item, std::size_t Capacity, std::size_t N, class Check>
constexpr bool read_list(protocol_reader& reader, inline_vector<Item, Capacity>& items,
                         const fixed_array<field_rule<Item>, N>& fields, const name_index<N>& names,
                         fixed_array<source_position, Capacity>& opened_at,
                         std::string_view item_name, Check&& check) {
  if (reader.token().kind != json_token_kind::begin_array) {
    return reader.fail_type("a list in square brackets");
  }
  while (true) {
    if (!reader.next()) return false;
    if (reader.token().kind == json_token_kind::end_array) return true;
    const source_position opened = reader.token().position;
    const std::size_t index = items.size();
    const object_name what{item_name, index + 1};
    if (reader.token().kind != json_token_kind::begin_object) {
      message_text message;
      append_name(message, what).append(" must be an object, as in { ").append(fields[0].example);
      return reader.fail_value(message.append(" }; found ").append(describe(reader.token().kind)));
    }
    if (items.full()) {
      message_text message;
      message.append("more than ").append_number(static_cast<std::int64_t>(Capacity));
      message.append(" ").append(item_name).append("s; a course holds at most ");
      message.append_number(static_cast<std::int64_t>(Capacity));
      return reader.fail(opened, message);
    }
    opened_at[index] = opened;
    Item item{};
    fields_seen<N> seen;
    if (!read_object(reader, item, fields, names, opened, what, seen)) return false;
    if (!check(item, index, seen)) return false;
    (void)items.push_back(item);
  }
}

// The format: the fields of a course, of a session and of an aftercare step, each with whether
// it is required, an example, and what reads its value; and the readers of the two lists.
struct protocol_grammar {
  // clang-format off
  static constexpr fixed_array<field_rule<session>, 7> session_fields{{
    {"needle",     true,  R"("needle": "1.5mm")",     &read_member<&session::needle>,     nullptr},
    {"passes",     true,  R"("passes": 15)",          &read_member<&session::passes>,     nullptr},
    {"anesthetic", false, R"("anesthetic": true)",    &read_member<&session::anesthetic>, nullptr},
    {"rest",       false, R"("rest": "6w")",          &read_member<&session::rest>,       nullptr},
    {"date",       false, R"("date": "2027-03-01")",  &read_member<&session::date>,       nullptr},
    {"modality",   false, R"("modality": "mechanical")", &read_member<&session::modality>, nullptr},
    {"flushing",   false, R"("flushing": "even")",    &read_member<&session::flushing>,   nullptr},
  }};

  static constexpr fixed_array<field_rule<aftercare_step>, 2> aftercare_fields{{
    {"step", true,  R"("step": "moisturizer")", &read_member<&aftercare_step::kind>,     nullptr},
    {"for",  false, R"("for": "24h")",          &read_member<&aftercare_step::duration>, nullptr},
  }};
  // clang-format on

  static constexpr name_index<session_fields.size()> session_field_names{
      field_names(session_fields)};
  static constexpr name_index<aftercare_fields.size()> aftercare_field_names{
      field_names(aftercare_fields)};
  static_assert(session_field_names.distinct() && aftercare_field_names.distinct());
  // protocol_positions keeps a session's fields in the order of session_field.
  static_assert(
      [] {
        for (std::size_t i = 0; i < session_fields.size(); ++i) {
          if (session_fields[i].name != enum_names(session_field{})[i].name) return false;
        }
        return session_fields.size() == enum_names(session_field{}).size();
      }(),
      "the session fields must be listed in the order of session_field");

  // A session's rest is the time since the previous one, so the first has none.
  static constexpr bool check_first_rest(protocol_reader& reader, const session& visit,
                                         std::size_t index, const fields_seen<7>& seen) {
    if (index > 0 || !visit.rest) return true;
    constexpr std::size_t rest = field_index(session_fields, "rest");
    return reader.fail(seen.key[rest],
                       message_text{}.append("the first session has a \"rest\", but rest is the "
                                             "time since the previous session; remove it"));
  }

  // The sessions on one calendar (course_calendar.hpp): a rest must agree with the dates
  // given or worked out around it, and no date may fall outside what the format can write.
  // Sessions out of order are not an input error but a rule's finding.
  static constexpr bool check_calendar(protocol_reader& reader, const course& read) {
    const course_calendar calendar{read};
    constexpr auto rest = static_cast<std::size_t>(session_field::rest);
    if (const auto index = calendar.first_disagreeing_rest()) {
      const session& visit = read.sessions[*index];
      const bool both_given = visit.date && read.sessions[*index - 1].date;
      message_text message;
      message.append("session ").append_number(static_cast<std::int64_t>(*index + 1));
      const auto days = [&](std::int32_t count) -> message_text& {
        return message.append_number(count).append(count == 1 ? " day" : " days");
      };
      message.append(" has a rest of ");
      days(visit.rest->count()).append(", but ");
      message.append(both_given ? "its date is " : "the course's dates put it ");
      days(calendar.gap_before(*index)->count());
      message.append(" after session ").append_number(static_cast<std::int64_t>(*index));
      message.append(both_given ? "'s" : "").append("; make them agree, or leave out \"rest\"");
      return reader.fail(reader.positions.fields_of_session[*index][rest], message);
    }
    if (const auto index = calendar.first_date_out_of_range()) {
      message_text message;
      message.append("session ").append_number(static_cast<std::int64_t>(*index + 1));
      message.append(
          " falls outside the years 1 to 9999 once the rests are counted; check the "
          "dates and rests around it");
      return reader.fail(reader.positions.sessions[*index], message);
    }
    return true;
  }

  static constexpr bool read_sessions(protocol_reader& reader, course& target) {
    const bool read = read_list(
        reader, target.sessions, session_fields, session_field_names, reader.positions.sessions,
        "session", [&](const session& visit, std::size_t index, const fields_seen<7>& seen) {
          reader.positions.fields_of_session[index] = seen.key;
          return check_first_rest(reader, visit, index, seen);
        });
    return read && check_calendar(reader, target);
  }

  static constexpr bool read_aftercare(protocol_reader& reader, course& target) {
    return read_list(reader, target.aftercare, aftercare_fields, aftercare_field_names,
                     reader.positions.aftercare, "aftercare step",
                     [&](const aftercare_step& step, std::size_t index, const fields_seen<2>&) {
                       source_position& first =
                           reader.positions.first_step_of_kind[static_cast<std::size_t>(step.kind)];
                       if (!first.known()) first = reader.positions.aftercare[index];
                       return true;
                     });
  }

  // A waiver's texts: who decided, and why. Neither may be empty: a waiver is a decision that
  // someone took, for a reason (checked once the waiver is read).
  template <std::size_t Capacity>
  static constexpr bool read_text(protocol_reader& reader, fixed_text<Capacity>& value) {
    if (reader.token().kind != json_token_kind::string) return reader.fail_type("a string");
    const auto text = decode<Capacity>(reader.token());
    if (text.complete && value.assign(text.view())) return true;
    message_text message;
    message.append("\"").append(reader.field).append("\" is longer than ");
    message.append_number(static_cast<std::int64_t>(Capacity));
    return reader.fail_value(message.append(" bytes; shorten it"));
  }
  static constexpr bool read_reason(protocol_reader& reader, waiver& target) {
    return read_text(reader, target.reason);
  }
  static constexpr bool read_by(protocol_reader& reader, waiver& target) {
    return read_text(reader, target.by);
  }
  // Written from 1, as sessions are numbered in messages; kept from 0, as report numbers them.
  static constexpr bool read_waiver_session(protocol_reader& reader, waiver& target) {
    std::size_t number = 0;
    if (!read_count(reader, number, session_capacity, "a session's number")) return false;
    target.session = number - 1;
    return true;
  }

  // clang-format off
  static constexpr fixed_array<field_rule<waiver>, 5> waiver_fields{{
    {"rule",    true,  R"("rule": "rest-too-short")",         &read_member<&waiver::rule>, nullptr},
    {"session", false, R"("session": 2)",                     &read_waiver_session,        nullptr},
    {"reason",  true,  R"("reason": "patient abroad in week six")", &read_reason,          nullptr},
    {"by",      true,  R"("by": "Dr. A. Example")",           &read_by,                    nullptr},
    {"date",    false, R"("date": "2027-01-10")",             &read_member<&waiver::date>, nullptr},
  }};
  // clang-format on
  static constexpr name_index<waiver_fields.size()> waiver_field_names{field_names(waiver_fields)};
  static_assert(waiver_field_names.distinct());

  static constexpr bool read_waivers(protocol_reader& reader, course& target) {
    return read_list(
        reader, target.waivers, waiver_fields, waiver_field_names, reader.positions.waivers,
        "waiver", [&](const waiver& read, std::size_t index, const fields_seen<5>& seen) {
          constexpr std::size_t session = field_index(waiver_fields, "session");
          reader.positions.waiver_sessions[index] = seen.value[session];
          for (const std::size_t field :
               {field_index(waiver_fields, "reason"), field_index(waiver_fields, "by")}) {
            const bool empty = field == field_index(waiver_fields, "reason") ? read.reason.empty()
                                                                             : read.by.empty();
            if (!empty) continue;
            message_text message;
            message.append("waiver ").append_number(static_cast<std::int64_t>(index + 1));
            message.append(" has an empty \"").append(waiver_fields[field].name);
            message.append("\"; a waiver records who accepted the finding, and why");
            return reader.fail(seen.value[field], message);
          }
          return true;
        });
  }

  // A waiver's session must be one of the course's: checked once the whole course is read,
  // since the waivers may come before the sessions.
  static constexpr bool check_waiver_sessions(protocol_reader& reader, const course& read) {
    for (std::size_t index = 0; index < read.waivers.size(); ++index) {
      const maybe<std::size_t>& session = read.waivers[index].session;
      if (!session || *session < read.sessions.size()) continue;
      message_text message;
      message.append("waiver ").append_number(static_cast<std::int64_t>(index + 1));
      message.append(" is for session ").append_number(static_cast<std::int64_t>(*session + 1));
      message.append(", but the course has ");
      message.append_number(static_cast<std::int64_t>(read.sessions.size()));
      message.append(read.sessions.size() == 1 ? " session" : " sessions");
      return reader.fail(reader.positions.waiver_sessions[index], message);
    }
    return true;
  }

  // "$schema" lets editors find a JSON Schema for the file; the reader needs none.
  static constexpr bool read_schema(protocol_reader& reader, course& /*read*/) {
    if (reader.token().kind != json_token_kind::string) return reader.fail_type("a string");
    return true;
  }

  // clang-format off
  static constexpr fixed_array<field_rule<patient>, 9> patient_fields{{
    {"age",                      false, R"("age": 34)",                          &read_member<&patient::age>,                      nullptr},
    {"pregnant",                 false, R"("pregnant": false)",                  &read_member<&patient::pregnant>,                 nullptr},
    {"isotretinoin_last_dose",   false, R"("isotretinoin_last_dose": "2026-05-01")", &read_member<&patient::isotretinoin_last_dose>, nullptr},
    {"anticoagulants",           false, R"("anticoagulants": false)",            &read_member<&patient::anticoagulants>,           nullptr},
    {"keloid_history",           false, R"("keloid_history": false)",            &read_member<&patient::keloid_history>,           nullptr},
    {"active_infection_in_area", false, R"("active_infection_in_area": false)",  &read_member<&patient::active_infection_in_area>, nullptr},
    {"active_acne_in_area",      false, R"("active_acne_in_area": false)",       &read_member<&patient::active_acne_in_area>,      nullptr},
    {"skin_disease_in_area",     false, R"("skin_disease_in_area": false)",      &read_member<&patient::skin_disease_in_area>,     nullptr},
    {"recent_sun_damage",        false, R"("recent_sun_damage": false)",         &read_member<&patient::recent_sun_damage>,        nullptr},
  }};
  // clang-format on
  static constexpr name_index<patient_fields.size()> patient_field_names{
      field_names(patient_fields)};
  static_assert(patient_field_names.distinct());
  // protocol_positions keeps the patient's fields in the order of patient_field.
  static_assert(
      [] {
        for (std::size_t i = 0; i < patient_fields.size(); ++i) {
          if (patient_fields[i].name != enum_names(patient_field{})[i].name) return false;
        }
        return patient_fields.size() == enum_names(patient_field{}).size();
      }(),
      "the patient fields must be listed in the order of patient_field");

  // `"patient": { ... }`, every field optional (patient.hpp).
  static constexpr bool read_patient(protocol_reader& reader, course& target) {
    if (reader.token().kind != json_token_kind::begin_object) {
      return reader.fail_type("an object");
    }
    const source_position opened = reader.token().position;
    patient screened{};
    fields_seen<patient_fields.size()> seen;
    if (!read_object(reader, screened, patient_fields, patient_field_names, opened,
                     object_name{"patient"}, seen)) {
      return false;
    }
    reader.positions.fields_of_patient = seen.key;
    target.patient = screened;
    return true;
  }

  // The format's name is checked, not kept: a course read is always of the one format.
  static constexpr bool read_format(protocol_reader& reader, course& /*read*/) {
    decoded_string<48> name;
    if (!read_string(reader, name, "the name of the format")) return false;
    if (name.complete && same_text(name.view(), protocol_format_name)) return true;
    message_text message;
    message.append("unsupported format ");
    append_quoted(message, name.view()).append("; this version reads \"");
    return reader.fail_value(message.append(protocol_format_name).append("\""));
  }

  // clang-format off
  static constexpr fixed_array<field_rule<course>, 15> course_fields{{
    {"format",          true,  R"("format": "dermaroller/1")",   &read_format,                         nullptr},
    {"name",            false, R"("name": "Acne scar course")",  &read_member<&course::name>,          nullptr},
    {"setting",         true,  R"("setting": "clinical")",       &read_member<&course::setting>,       &protocol_positions::setting},
    {"indication",      true,  R"("indication": "scars")",       &read_member<&course::indication>,    &protocol_positions::indication},
    {"goal",            true,  R"("goal": "scar_reduction")",    &read_member<&course::goal>,          &protocol_positions::goal},
    {"area",            false, R"("area": "face")",              &read_member<&course::area>,          &protocol_positions::area},
    {"doctor_approval", false, R"("doctor_approval": true)",     &read_member<&course::doctor_approval>, &protocol_positions::doctor_approval},
    {"sun_exposure",    false, R"("sun_exposure": false)",       &read_member<&course::sun_exposure>,  &protocol_positions::sun_exposure},
    {"skin_type",       false, R"("skin_type": "IV")",           &read_member<&course::skin_type>,     &protocol_positions::skin_type},
    {"sessions",        true,  R"("sessions": [{ "needle": "1.5mm", "passes": 15 }])", &read_sessions, &protocol_positions::sessions_field},
    {"aftercare",       false, R"("aftercare": [{ "step": "moisturizer" }])",          &read_aftercare, &protocol_positions::aftercare_field},
    {"patient",         false, R"("patient": { "age": 34, "pregnant": false })",       &read_patient,   &protocol_positions::patient},
    {"practitioner",    false, R"("practitioner": "healthcare_professional")", &read_member<&course::practitioner>, &protocol_positions::practitioner},
    {"waivers",         false, R"("waivers": [{ "rule": "rest-too-short", "reason": "...", "by": "..." }])", &read_waivers, &protocol_positions::waivers_field},
    {"$schema",         false, R"("$schema": "protocol.schema.json")", &read_schema,                   nullptr},
  }};
  // clang-format on
  static constexpr name_index<course_fields.size()> course_field_names{field_names(course_fields)};
  static_assert(course_field_names.distinct());
};

}  // namespace detail

constexpr parse_result parse_protocol(std::string_view json) {
  using grammar = detail::protocol_grammar;
  parse_result result;
  detail::protocol_reader reader{json, result.error_, result.positions_};
  course& read = result.course_;
  if (reader.next()) {
    const source_position opened = reader.token().position;
    if (reader.token().kind != json_token_kind::begin_object) {
      message_text message;
      message.append("a protocol is one JSON object, beginning with '{'; found ");
      reader.fail(opened, message.append(describe(reader.token().kind)));
    } else {
      reader.positions.course = opened;
      detail::fields_seen<grammar::course_fields.size()> seen;
      const detail::object_name what{"course"};
      // The JSON reader reports anything after the object but whitespace.
      if (detail::read_object(reader, read, grammar::course_fields, grammar::course_field_names,
                              opened, what, seen) &&
          grammar::check_waiver_sessions(reader, read)) {
        (void)reader.next();
      }
    }
  }
  result.ok_ = !reader.failed;
  return result;
}

}  // namespace dermaroller

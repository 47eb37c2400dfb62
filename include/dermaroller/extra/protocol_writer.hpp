#pragma once
// to_json(course): the protocol file of a course, in the canonical layout of
// docs/protocol-format.md (one field per line, one session or aftercare step per line), which
// parse_protocol reads back to an equal course. Not part of the core: it builds a std::string.
//
// Canonical choices: needles in millimetres ("0.25mm"), rests in weeks when whole weeks
// ("6w") and else days ("45d"), aftercare durations in hours ("24h"); fields at their
// default are written for the course (so a reader sees every choice) but left out for
// sessions and steps (so each stays on one line), except `anesthetic`, which is always
// written because the rules look at it. A waiver's session is written from 1, as in files.
// written because the rules look at it. The patient, when there is one, is written on one
// line with only the answers given: an answer left out was not asked.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "dermaroller/course.hpp"
#include "dermaroller/enum_names.hpp"
#include "dermaroller/extra/json_text.hpp"
#include "dermaroller/protocol.hpp"
#include "dermaroller/rules.hpp"
#include "dermaroller/waiver.hpp"

namespace dermaroller {

namespace detail {

inline std::string needle_text(needle_length length) {
  message_text text;
  text.append_thousandths(length.micrometres()).append("mm");
  return std::string{text.view()};
}

inline std::string rest_text(day_count rest) {
  const std::int32_t days = rest.count();
  if (days != 0 && days % 7 == 0) return std::to_string(days / 7) + "w";
  return std::to_string(days) + "d";
}

inline std::string date_text(const calendar_date& date) {
  message_text text;
  return std::string{append_date(text, date).view()};
}

// Writes `"name": value` pairs separated by ", " (inline) or ",\n  " (one per line).
class field_list {
 public:
  field_list(std::string& out, std::string_view separator) : out_{out}, separator_{separator} {}

  void raw(std::string_view name, std::string_view value) {
    if (!first_) out_ += separator_;
    first_ = false;
    out_ += '"';
    out_ += name;
    out_ += "\": ";
    out_ += value;
  }
  void text(std::string_view name, std::string_view value) { raw(name, json_string(value)); }
  template <named_enum E>
  void word(std::string_view name, E value) {
    text(name, to_string(value));
  }
  void boolean(std::string_view name, bool value) { raw(name, value ? "true" : "false"); }

 private:
  std::string& out_;
  std::string_view separator_;
  bool first_{true};
};

inline void append_session(std::string& out, const session& visit) {
  out += "{ ";
  field_list fields{out, ", "};
  fields.text("needle", needle_text(visit.needle));
  fields.raw("passes", std::to_string(visit.passes.count()));
  fields.boolean("anesthetic", visit.anesthetic);
  if (visit.rest) fields.text("rest", rest_text(*visit.rest));
  if (visit.date) fields.text("date", date_text(*visit.date));
  if (visit.modality != modality::mechanical) fields.word("modality", visit.modality);
  if (visit.flushing) fields.word("flushing", *visit.flushing);
  out += " }";
}

inline void append_step(std::string& out, const aftercare_step& step) {
  out += "{ ";
  field_list fields{out, ", "};
  fields.word("step", step.kind);
  if (step.duration) fields.text("for", std::to_string(step.duration->count()) + "h");
  out += " }";
}

// The patient's answers on one line, only those given: an absent answer was not screened.
inline std::string patient_text(const patient& screened) {
  std::string out = "{ ";
  field_list fields{out, ", "};
  const auto answer = [&](std::string_view name, const maybe<bool>& given) {
    if (given) fields.boolean(name, *given);
  };
  if (screened.age) fields.raw("age", std::to_string(screened.age->count()));
  answer("pregnant", screened.pregnant);
  if (screened.isotretinoin_last_dose) {
    fields.text("isotretinoin_last_dose", date_text(*screened.isotretinoin_last_dose));
  }
  answer("anticoagulants", screened.anticoagulants);
  answer("keloid_history", screened.keloid_history);
  answer("active_infection_in_area", screened.active_infection_in_area);
  answer("active_acne_in_area", screened.active_acne_in_area);
  answer("skin_disease_in_area", screened.skin_disease_in_area);
  answer("recent_sun_damage", screened.recent_sun_damage);
  return out + (out.size() == 2 ? "}" : " }");
}

// "[\n    {...},\n    {...}\n  ]", or "[]" when empty.
template <class Items, class Append>
std::string list_text(const Items& items, Append append) {
  if (items.empty()) return "[]";
  std::string out = "[\n";
  for (std::size_t i = 0; i < items.size(); ++i) {
    out += "    ";
    append(out, items[i]);
    out += i + 1 < items.size() ? ",\n" : "\n";
  }
  return out + "  ]";
}

inline void append_waiver(std::string& out, const waiver& accepted) {
  out += "{ ";
  field_list fields{out, ", "};
  fields.text("rule", code(accepted.rule));
  if (accepted.session) fields.raw("session", std::to_string(*accepted.session + 1));
  fields.text("reason", accepted.reason.view());
  fields.text("by", accepted.by.view());
  if (accepted.date) fields.text("date", date_text(*accepted.date));
  out += " }";
}

}  // namespace detail

[[nodiscard]] inline std::string to_json(const course& written) {
  std::string out = "{\n  ";
  detail::field_list fields{out, ",\n  "};
  fields.text("format", protocol_format_name);
  if (!written.name.empty()) fields.text("name", written.name.view());
  fields.word("setting", written.setting);
  fields.word("indication", written.indication);
  fields.word("goal", written.goal);
  fields.word("area", written.area);
  fields.boolean("doctor_approval", written.doctor_approval);
  fields.boolean("sun_exposure", written.sun_exposure);
  if (written.skin_type) fields.word("skin_type", *written.skin_type);
  if (written.practitioner) fields.word("practitioner", *written.practitioner);
  fields.raw("sessions", detail::list_text(written.sessions, detail::append_session));
  if (!written.aftercare.empty()) {
    fields.raw("aftercare", detail::list_text(written.aftercare, detail::append_step));
  }
  if (written.patient) fields.raw("patient", detail::patient_text(*written.patient));
  if (!written.waivers.empty()) {
    fields.raw("waivers", detail::list_text(written.waivers, detail::append_waiver));
  }
  out += "\n}\n";
  return out;
}

}  // namespace dermaroller

#pragma once
// operator<< for dermaroller's values, so that a program prints them as it prints anything
// else: `std::cout << visit.needle` writes "1.5 mm". Optional, like magic_enum's
// magic_enum_iostream.hpp: the core does not include <ostream> (docs/performance.md), this
// header does. The texts are the ones message() uses, so that a printed value reads as the
// findings do (docs/runtime.md).
//
//   needle_length        1.5 mm
//   day_count ...        42 days, 1 hour, 15 passes, 6 months, 18 years
//   calendar_date        2027-03-01
//   an enum              its name in protocol files: clinical, stretch_marks, error; a rule
//                        its code, rest-too-short
//   source_position      LINE:COL
//   message_text         its text; so does a fixed_text (a course's name)
//   diagnostic           session 2: message (message_with_session())
//   located(...)         FILE:LINE:COL: severity: message [code], as dermaroller-check prints

#include <cstddef>
#include <ostream>
#include <string_view>
#include <type_traits>

#include "dermaroller/calendar_date.hpp"
#include "dermaroller/course.hpp"
#include "dermaroller/durations.hpp"
#include "dermaroller/enum_names.hpp"
#include "dermaroller/guidelines.hpp"
#include "dermaroller/needle_length.hpp"
#include "dermaroller/pass_count.hpp"
#include "dermaroller/protocol.hpp"
#include "dermaroller/protocol_positions.hpp"
#include "dermaroller/report.hpp"
#include "dermaroller/rule.hpp"
#include "dermaroller/rules.hpp"

namespace dermaroller {

inline std::ostream& operator<<(std::ostream& out, const message_text& text) {
  return out << text.view();
}

// A course's name, a waiver's reason: fixed_text of any capacity.
template <std::size_t Capacity>
std::ostream& operator<<(std::ostream& out, const fixed_text<Capacity>& text) {
  return out << text.view();
}

inline std::ostream& operator<<(std::ostream& out, needle_length length) {
  return out << to_text(length);
}

namespace detail {
template <class Unit>
constexpr measure measure_of() {
  if constexpr (std::is_same_v<Unit, day_unit>) {
    return measure::days;
  } else if constexpr (std::is_same_v<Unit, hour_unit>) {
    return measure::hours;
  } else if constexpr (std::is_same_v<Unit, pass_unit>) {
    return measure::passes;
  } else if constexpr (std::is_same_v<Unit, month_unit>) {
    return measure::months;
  } else {
    static_assert(std::is_same_v<Unit, year_unit>,
                  "a count of days, hours, passes, months or years");
    return measure::years;
  }
}
}  // namespace detail

// "42 days", "1 hour", "15 passes": the count and its unit, singular for one.
template <class Unit>
std::ostream& operator<<(std::ostream& out, whole_count<Unit> count) {
  message_text text;
  detail::append_measure(text, detail::measure_of<Unit>(), count.count());
  return out << text;
}

inline std::ostream& operator<<(std::ostream& out, const calendar_date& date) {
  message_text text;
  return out << detail::append_date(text, date);
}

template <named_enum E>
std::ostream& operator<<(std::ostream& out, E value) {
  return out << to_string(value);
}

inline std::ostream& operator<<(std::ostream& out, source_position where) {
  return out << where.line << ':' << where.column;
}

inline std::ostream& operator<<(std::ostream& out, const diagnostic& finding) {
  return out << message_with_session(finding);
}

// A finding or a reading error with the file and the place in it it concerns. Made by
// located() for one statement's printing: it keeps pointers to what it is given.
class located_finding {
 public:
  constexpr located_finding(std::string_view file, const diagnostic& finding,
                            const parse_result& parsed)
      : file_{file}, finding_{&finding}, parsed_{&parsed} {}
  constexpr located_finding(std::string_view file, const parse_error& problem)
      : file_{file}, problem_{&problem} {}

  friend std::ostream& operator<<(std::ostream& out, const located_finding& line) {
    out << line.file_;
    if (line.problem_ != nullptr) {
      if (line.problem_->line != 0)
        out << ':' << line.problem_->line << ':' << line.problem_->column;
      return out << ": " << severity::error << ": " << line.problem_->message << " ["
                 << input_error_code << ']';
    }
    const diagnostic& finding = *line.finding_;
    source_position where = position_of(finding, line.parsed_->positions());
    if (!where.known()) where = line.parsed_->positions().course;
    out << ':' << where << ": " << finding.severity << ": " << finding << " [" << finding.rule
        << ']';
    if (const auto index = finding.waiver(); index && line.parsed_->ok()) {
      const waiver& given = line.parsed_->value().waivers[*index];
      out << " (waived by ";
      write_on_one_line(out, given.by.view()) << ": ";
      write_on_one_line(out, given.reason.view()) << ')';
    }
    return out;
  }

 private:
  // A waiver's text is the protocol's: a newline in it would start a line of its own that
  // looks like a finding, so control characters are written as '?'.
  static std::ostream& write_on_one_line(std::ostream& out, std::string_view text) {
    for (const char c : text) out << (static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? '?' : c);
    return out;
  }

  std::string_view file_;
  const diagnostic* finding_{nullptr};
  const parse_result* parsed_{nullptr};
  const parse_error* problem_{nullptr};
};

// `std::cout << located("scars.json", d, parsed)`: "scars.json:8:26: warning: session 1: 12
// passes over the area, fewer than the recommended 15 passes [passes-too-few]", at the place
// position_of() gives; and `located("scars.json", parsed.error())` for a text that did not
// parse. `parsed` is what the findings came from (validate(parsed.value())).
[[nodiscard]] constexpr located_finding located(std::string_view file, const diagnostic& finding,
                                                const parse_result& parsed) {
  return {file, finding, parsed};
}
[[nodiscard]] constexpr located_finding located(std::string_view file, const parse_error& problem) {
  return {file, problem};
}
// A parse_result made in the same statement would be gone before the line is printed.
located_finding located(std::string_view, const diagnostic&, const parse_result&&) = delete;

}  // namespace dermaroller

#pragma once
// checked(): a protocol checked while the program compiles. A course, or a protocol text, that
// breaks a rule of severity error does not compile, and the compiler's message names the rule
// by its code (and the session, or the line and column of the text); a text that does not
// parse is an "input-error" at its line and column:
//
//   constexpr course scar_course = checked(my_course());
//   constexpr course from_text = checked(R"({ "format": "dermaroller/1", ... })");
//   constexpr course four_weeks = checked(my_course(),
//                                         find_guideline_set("practice-4-weeks")->values);
//
// Any guidelines work, a built-in set's or a guideline file's read at compile time
// (parse_guidelines(text).value().values); a finding a waiver of the course accepts does not
// stop it.
//
// How the code reaches the message, after {fmt}'s compile-time format strings: checked() is
// consteval, and on an error it calls a function that is not constexpr, which ends the
// constant evaluation with an error about that call. The two compilers show different things:
//   - g++ prints the template arguments of the function it refuses to call, so that function
//     is a template over the code as a string, protocol_rejected_for<"home-needle-too-long">;
//     and it prints each call on the way there as written, with the template arguments of the
//     calling function filled in, so a number (session, line, column) reaches it from a
//     function instantiated for that number: in_session(2, why).
//   - clang++ prints a string template argument as character codes, but prints the argument
//     values of every constexpr call on the way, and a string_view into a string literal as
//     that literal; so the first call on the way takes the code and the numbers as arguments.
// docs/compile-time.md shows both messages. is_valid() gives the verdict as a constexpr bool,
// for a static_assert that a course is invalid.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>

#include "dermaroller/course.hpp"
#include "dermaroller/detail/fixed_array.hpp"
#include "dermaroller/guidelines.hpp"
#include "dermaroller/protocol.hpp"
#include "dermaroller/report.hpp"
#include "dermaroller/rules.hpp"
#include "dermaroller/validate.hpp"

namespace dermaroller {

namespace detail {

// A string as a template argument: structural, so that it can be one, and held in a plain
// char array, which g++ prints as "home-needle-too-long".
template <std::size_t Length>
struct fixed_string {
  char text[Length + 1]{};  // NOLINT(*-avoid-c-arrays): g++ prints a char array as a string

  consteval explicit fixed_string(std::string_view from) {
    for (std::size_t i = 0; i < Length; ++i) text[i] = from[i];
  }
};

// What checked() can reject a protocol for: each rule of rule_definitions, in their order,
// then a text that does not parse.
inline constexpr std::size_t input_error_reason = rule_definitions.size();
inline constexpr std::size_t rejection_reasons = rule_definitions.size() + 1;

constexpr std::string_view reason_code(std::size_t reason) {
  return reason == input_error_reason ? input_error_code : rule_definitions[reason].code();
}

template <std::size_t Reason>
inline constexpr fixed_string<reason_code(Reason).size()> reason_code_text{reason_code(Reason)};

// Not constexpr, on purpose: calling it while checked() runs is the compile error, and its
// template argument is the code the compiler shows. Never called at run time.
template <fixed_string Code>
void protocol_rejected_for() {}

struct rejection {
  std::size_t reason;
  std::uint32_t line;     // in the protocol text, 1-based; 0 when there is no text
  std::uint32_t column;   // 1-based
  std::uint32_t session;  // 1-based; 0 when the whole course is concerned
};

using rejection_step = void (*)(const rejection&);

// g++ prints lines and columns up to these exactly, larger ones as past_line(500, ...): a protocol
// text checked in code is a few dozen lines, and each number costs an instantiation in every
// file that includes this header (about 0.06 s with g++ for these limits). clang++ prints every
// position exactly, from the arguments of rejected_at().
inline constexpr std::uint32_t printed_session_limit = session_capacity;
inline constexpr std::uint32_t printed_line_limit = 500;
inline constexpr std::uint32_t printed_column_limit = 500;

template <std::size_t... Reason>
constexpr auto rejection_calls(std::index_sequence<Reason...>) {
  return fixed_array<void (*)(), sizeof...(Reason)>{
      &protocol_rejected_for<reason_code_text<Reason>>...};
}
inline constexpr auto rejections = rejection_calls(std::make_index_sequence<rejection_reasons>{});

// A table of pointers to Step::call<0>, Step::call<1>, ... Step::call<Limit>. Pointers, not a
// fold expression over the numbers, because clang folds at most 256 terms.
template <class Step, std::uint32_t... Number>
constexpr auto numbered_calls(std::integer_sequence<std::uint32_t, Number...>) {
  return fixed_array<rejection_step, sizeof...(Number)>{&Step::template call<Number>...};
}
template <class Step, std::uint32_t Limit>
inline constexpr auto numbered_steps =
    numbered_calls<Step>(std::make_integer_sequence<std::uint32_t, Limit + 1>{});

// The way from checked() to the refused call. g++ prints each call on the way to the error as
// written, with the template arguments of the function making it filled in; so a number
// reaches the message from a function instantiated for it, Step::call<12>, whose call
// `at_line(Line, why)` g++ prints as `at_line(12, why)`. A table picks that function for a
// number. The lookups are functions, not the tables themselves, because g++ prints the call
// expression, and a lookup in an array table as several lines of casts.

constexpr void reject(const rejection& why) { rejections[why.reason](); }

constexpr void in_session(std::uint32_t /*session*/, const rejection& why) { reject(why); }
struct session_step {
  template <std::uint32_t Session>
  static constexpr void call(const rejection& why) {
    in_session(Session, why);
  }
};
constexpr rejection_step session_step_for(std::uint32_t session) {
  return numbered_steps<session_step, printed_session_limit>[session];
}

constexpr void at_column(std::uint32_t /*column*/, const rejection& why) { reject(why); }
constexpr void past_column(std::uint32_t /*last_printed*/, const rejection& why) { reject(why); }
struct column_step {
  template <std::uint32_t Column>
  static constexpr void call(const rejection& why) {
    at_column(Column, why);
  }
};
constexpr rejection_step column_step_for(std::uint32_t column) {
  return numbered_steps<column_step, printed_column_limit>[column];
}

constexpr void at_line(std::uint32_t /*line*/, const rejection& why) {
  if (why.column > printed_column_limit) {
    past_column(printed_column_limit, why);
  } else {
    column_step_for(why.column)(why);
  }
}
struct line_step {
  template <std::uint32_t Line>
  static constexpr void call(const rejection& why) {
    at_line(Line, why);
  }
};
constexpr rejection_step line_step_for(std::uint32_t line) {
  return numbered_steps<line_step, printed_line_limit>[line];
}
constexpr void past_line(std::uint32_t /*last_printed*/, const rejection& why) {
  at_line(why.line, why);
}

// The first calls on the way to the error take what clang++ shows as values.

// A rule broken by a course built in code, in one of its sessions (1-based) or, for 0, by
// the course as a whole.
constexpr void rejected_in_session(std::string_view code, std::uint32_t session) {
  const rejection why{static_cast<std::size_t>(from_string<rule>(code).value()), 0, 0, session};
  if (why.session == 0 || why.session > printed_session_limit) {
    reject(why);
  } else {
    session_step_for(why.session)(why);
  }
}

// A rule broken by a protocol text, or a text that does not parse ("input-error"), at a line
// and column of the text.
constexpr void rejected_at(std::string_view code, std::uint32_t line, std::uint32_t column) {
  const auto broken = from_string<rule>(code);
  const rejection why{broken ? static_cast<std::size_t>(*broken) : input_error_reason, line, column,
                      0};
  if (why.line > printed_line_limit) {
    past_line(printed_line_limit, why);
  } else {
    line_step_for(why.line)(why);
  }
}

// The finding the compiler is shown: the first of severity error that no waiver accepts.
constexpr const diagnostic* first_error(const report& findings) {
  for (const diagnostic& finding : findings) {
    if (finding.severity == severity::error && !finding.waived()) return &finding;
  }
  return nullptr;
}

}  // namespace detail

// True when the course breaks no rule of severity error: what checked() requires, as a value
// a static_assert can test either way.
[[nodiscard]] constexpr bool is_valid(const course& protocol,
                                      const guidelines& g = default_guidelines) {
  return validate(protocol, g).ok();
}

// True when the text parses and the course it describes breaks no rule of severity error.
[[nodiscard]] constexpr bool is_valid(std::string_view json,
                                      const guidelines& g = default_guidelines) {
  const parse_result read = parse_protocol(json);
  return read.ok() && is_valid(read.value(), g);
}

// The course, when it breaks no rule of severity error; otherwise a compile error that names
// the first such rule by its code, and the session concerned.
[[nodiscard]] consteval course checked(const course& protocol,
                                       const guidelines& g = default_guidelines) {
  const report findings = validate(protocol, g);
  if (const diagnostic* broken = detail::first_error(findings)) {
    const auto index = broken->session();
    const std::uint32_t session_number = index ? static_cast<std::uint32_t>(*index + 1) : 0;
    detail::rejected_in_session(code(broken->rule), session_number);
  }
  return protocol;
}

// The course a protocol text describes, when the text parses and the course breaks no rule of
// severity error; otherwise a compile error that names the first such rule by its code, or
// "input-error" for a text that does not parse, with the line and column in the text.
[[nodiscard]] consteval course checked(std::string_view json,
                                       const guidelines& g = default_guidelines) {
  const parse_result read = parse_protocol(json);
  if (!read.ok()) {
    const std::uint32_t line = read.error().line;
    const std::uint32_t column = read.error().column;
    detail::rejected_at(input_error_code, line, column);
  }
  const report findings = validate(read.value(), g);
  if (const diagnostic* broken = detail::first_error(findings)) {
    const source_position where = position_of(*broken, read.positions());
    const std::uint32_t line = where.line;
    const std::uint32_t column = where.column;
    detail::rejected_at(code(broken->rule), line, column);
  }
  return read.value();
}

}  // namespace dermaroller

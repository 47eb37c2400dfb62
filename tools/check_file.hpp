#pragma once
// Checking one protocol file: read it (protocol_file.hpp), parse it, validate it, and
// turn the findings into printed diagnostics with the line and column they concern.

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "check_output.hpp"
#include "dermaroller/guidelines.hpp"
#include "dermaroller/protocol.hpp"
#include "dermaroller/rules.hpp"
#include "dermaroller/validate.hpp"
#include "dermaroller/waiver.hpp"
#include "protocol_file.hpp"

namespace dermaroller::check {

// What checking one file gave, and its course when the text parsed: --schedule plans the
// course that was checked, without reading or parsing the file again.
struct checked_protocol {
  file_result result;
  std::optional<course> parsed;
};

namespace detail {
// A file that could not be read (no position) or did not parse: one input-error, not checked.
inline checked_protocol input_error(std::string name, std::string message, std::uint32_t line,
                                    std::uint32_t column) {
  checked_protocol unread;
  unread.result.file = std::move(name);
  unread.result.diagnostics.push_back({std::string{input_error_code}, severity::error,
                                       std::move(message), std::nullopt, line, column});
  return unread;
}
}  // namespace detail

// Parses and validates a protocol text. A text that does not parse gives one input-error at
// the reader's position; otherwise each finding points at the session or field it concerns,
// and the findings come in the order of the text, as a compiler's do. A finding one of the
// protocol's waivers covers carries that waiver's author and reason.
inline checked_protocol check_protocol_text(const std::string& name, std::string_view text,
                                            const guidelines& g = default_guidelines) {
  const parse_result parsed = parse_protocol(text);
  if (!parsed.ok()) {
    const parse_error& problem = parsed.error();
    return detail::input_error(name, std::string{problem.message.view()}, problem.line,
                               problem.column);
  }
  checked_protocol outcome;
  file_result& result = outcome.result;
  result.file = name;
  result.checked = true;
  for (const diagnostic& d : validate(parsed.value(), g)) {
    source_position where = position_of(d, parsed.positions());
    if (where.line == 0) where = parsed.positions().course;
    std::optional<std::size_t> session;
    if (const auto index = d.session()) session = *index;
    printed_diagnostic& printed = result.diagnostics.emplace_back(
        printed_diagnostic{std::string{code(d.rule)}, d.severity, std::string{message(d).view()},
                           session, where.line, where.column});
    if (const auto index = d.waiver()) {
      const waiver& given = parsed.value().waivers[*index];
      printed.waived = true;
      printed.waived_by = std::string{given.by.view()};
      printed.waiver_reason = std::string{given.reason.view()};
    }
  }
  std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                   [](const printed_diagnostic& a, const printed_diagnostic& b) {
                     return a.line != b.line ? a.line < b.line : a.column < b.column;
                   });
  outcome.parsed = parsed.value();
  return outcome;
}

// Reads the file (or standard input, for "-") once, then checks its text.
inline checked_protocol check_protocol_file(const std::string& path,
                                            const guidelines& g = default_guidelines) {
  const file_text read = read_protocol_file(path);
  if (!read.error.empty()) return detail::input_error(display_name(path), read.error, 0, 0);
  return check_protocol_text(display_name(path), read.text, g);
}

}  // namespace dermaroller::check

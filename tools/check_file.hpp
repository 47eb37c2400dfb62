#pragma once
// Checking one protocol file: read it (protocol_file.hpp), parse it, validate it, and
// turn the findings into printed diagnostics with the line and column they concern.

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "check_output.hpp"
#include "dermaroller/guidelines.hpp"
#include "dermaroller/protocol.hpp"
#include "dermaroller/rules.hpp"
#include "dermaroller/validate.hpp"
#include "protocol_file.hpp"

namespace dermaroller::check {

// Parses and validates a protocol text. A text that does not parse gives one input-error at
// the reader's position; otherwise each finding points at the session or field it concerns,
// and the findings come in the order of the text, as a compiler's do.
inline file_result check_protocol_text(const std::string& name, std::string_view text,
                                       const guidelines& g = default_guidelines) {
  file_result result;
  result.file = name;
  const parse_result parsed = parse_protocol(text);
  if (!parsed.ok()) {
    const parse_error& problem = parsed.error();
    result.diagnostics.push_back({std::string{input_error_code}, severity::error,
                                  std::string{problem.message.view()}, std::nullopt, problem.line,
                                  problem.column});
    return result;
  }
  result.checked = true;
  for (const diagnostic& d : validate(parsed.value(), g)) {
    source_position where = position_of(d, parsed.positions());
    if (where.line == 0) where = parsed.positions().course;
    std::optional<std::size_t> session;
    if (const auto index = d.session()) session = *index;
    result.diagnostics.push_back({std::string{code(d.rule)}, d.severity,
                                  std::string{message(d).view()}, session, where.line,
                                  where.column});
  }
  std::stable_sort(result.diagnostics.begin(), result.diagnostics.end(),
                   [](const printed_diagnostic& a, const printed_diagnostic& b) {
                     return a.line != b.line ? a.line < b.line : a.column < b.column;
                   });
  return result;
}

inline file_result check_protocol_file(const std::string& path,
                                       const guidelines& g = default_guidelines) {
  file_text read = read_protocol_file(path);
  if (!read.error.empty()) {
    file_result result;
    result.file = display_name(path);
    result.diagnostics.push_back(
        {std::string{input_error_code}, severity::error, read.error, std::nullopt, 0, 0});
    return result;
  }
  return check_protocol_text(display_name(path), read.text, g);
}

}  // namespace dermaroller::check

#pragma once
// What the checker prints: one line per diagnostic, FILE:LINE:COL: severity: message [code],
// then a summary line per file; or, with --format json, one JSON array. Kept apart from
// reading and parsing so that the formats can be tested on results made up in a test.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "dermaroller/extra/json_text.hpp"
#include "dermaroller/protocol.hpp"
#include "dermaroller/report.hpp"
#include "dermaroller/rule.hpp"

namespace dermaroller::check {

// A diagnostic about the text itself (it could not be read or did not parse) has the code
// dermaroller::input_error_code, from protocol.hpp.
using dermaroller::input_error_code;

// One diagnostic as printed, whatever found it (the reader or a rule).
struct printed_diagnostic {
  std::string code;
  dermaroller::severity severity{severity::error};
  std::string message;
  std::optional<std::size_t> session;  // index from 0; printed from 1, as people count
  std::uint32_t line{0};               // 1-based; 0 when there is no position (unreadable file)
  std::uint32_t column{0};
  // A finding the protocol waives (its "waivers"): still printed, with who waived it and why,
  // but it no longer counts against the file.
  bool waived{false};
  std::string waived_by{};
  std::string waiver_reason{};
};

// What checking one file gave.
struct file_result {
  std::string file;     // as named on the command line; standard input is "<stdin>"
  bool checked{false};  // false: the file could not be read or parsed (an input-error)
  std::vector<printed_diagnostic> diagnostics;

  // Findings of that severity that count: the waived ones do not.
  [[nodiscard]] std::size_t count(dermaroller::severity level) const {
    std::size_t n = 0;
    for (const auto& d : diagnostics) n += d.severity == level && !d.waived ? 1 : 0;
    return n;
  }
  [[nodiscard]] std::size_t waived() const {
    std::size_t n = 0;
    for (const auto& d : diagnostics) n += d.waived ? 1 : 0;
    return n;
  }
  // Valid: read, parsed, no rule of severity error broken; with --strict, no warning either.
  [[nodiscard]] bool valid(bool strict) const {
    return checked && count(severity::error) == 0 && (!strict || count(severity::warning) == 0);
  }
};

// 0 every file valid; 1 some file breaks a rule; 2 some file could not be read or parsed
// (which says more than 1, so it wins when both happen).
[[nodiscard]] inline int exit_status(const std::vector<file_result>& results, bool strict) {
  int status = 0;
  for (const auto& result : results) {
    if (!result.checked) return 2;
    if (!result.valid(strict)) status = 1;
  }
  return status;
}

namespace detail {

// A byte as \xHH, lower-case as json_string() writes its escapes.
inline std::string hex_escape(unsigned char byte) {
  constexpr std::string_view hex = "0123456789abcdef";
  return std::string{"\\x"} + hex[byte >> 4U] + hex[byte & 0xFU];
}

inline std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string{n == 1 ? one : many};
}

}  // namespace detail

// A file name as it goes into a line of text output: a control character would split the
// FILE:LINE:COL line or forge one of its own, so each is written as a C escape (\n, \r, \t, else
// \xHH, U+007F included), and so is each byte that is not UTF-8; everything else, backslashes
// included, is kept as it is. The JSON output writes the name exactly (json_string()).
[[nodiscard]] inline std::string printable(std::string_view file) {
  std::string out;
  for (std::size_t i = 0; i < file.size();) {
    const std::size_t length = dermaroller::detail::utf8_sequence_length(file, i);
    const auto byte = static_cast<unsigned char>(file[i]);
    if (length > 1) {
      out.append(file.substr(i, length));
      i += length;
      continue;
    }
    ++i;
    switch (byte) {
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (length == 0 || byte < 0x20 || byte == 0x7F) {
          out += detail::hex_escape(byte);
        } else {
          out += static_cast<char>(byte);
        }
    }
  }
  return out;
}

// "FILE:LINE:COL: error: session 2: a 1.5 mm needle is ... [home-needle-too-long]". Without
// a position (a file that cannot be read) the line is "FILE: error: ...", as compilers do. A
// waived finding ends "(waived by BY: REASON)", escaped as file names are, since a reason may
// hold a newline that would forge a line of its own.
[[nodiscard]] inline std::string text_line(const std::string& file, const printed_diagnostic& d) {
  std::string line = printable(file);
  if (d.line != 0) line += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
  line += ": " + std::string{to_string(d.severity)} + ": ";
  if (d.session) line += dermaroller::session_prefix(*d.session).view();
  line += d.message + " [" + d.code + "]";
  if (d.waived)
    line += " (waived by " + printable(d.waived_by) + ": " + printable(d.waiver_reason) + ")";
  return line;
}

// "FILE: valid (0 errors, 1 warning, 0 notes)", "FILE: invalid (...)", "FILE: valid (0 errors,
// 0 warnings, 0 notes; 1 waived)", or, for a file that could not be read or parsed,
// "FILE: not checked (input error)".
[[nodiscard]] inline std::string summary_line(const file_result& result, bool strict) {
  const std::string file = printable(result.file);
  if (!result.checked) return file + ": not checked (input error)";
  std::string line = file + (result.valid(strict) ? ": valid (" : ": invalid (");
  line += detail::plural(result.count(severity::error), "error", "errors") + ", ";
  line += detail::plural(result.count(severity::warning), "warning", "warnings") + ", ";
  line += detail::plural(result.count(severity::note), "note", "notes");
  if (result.waived() != 0) line += "; " + std::to_string(result.waived()) + " waived";
  line += ")";
  if (strict && result.checked && result.count(severity::error) == 0 &&
      result.count(severity::warning) != 0) {
    line += " under --strict";
  }
  return line;
}

inline void write_text(std::ostream& out, const file_result& result, bool strict) {
  for (const auto& d : result.diagnostics) out << text_line(result.file, d) << '\n';
  out << summary_line(result, strict) << '\n';
}

inline void write_text(std::ostream& out, const std::vector<file_result>& results, bool strict) {
  for (const auto& result : results) write_text(out, result, strict);
}

// [{"file": ..., "valid": ..., "diagnostics": [{"code", "severity", "message", "session",
// "line", "column", "waived"[, "waiver_reason", "waived_by"]}]}]; "session" counts from 1 as
// the text output does, or is null; the waiver's reason and author come with a waived finding.
inline void write_json(std::ostream& out, const std::vector<file_result>& results, bool strict) {
  out << "[";
  for (std::size_t f = 0; f < results.size(); ++f) {
    const file_result& result = results[f];
    out << (f == 0 ? "\n" : ",\n");
    out << "  {\"file\": " << json_string(result.file)
        << ", \"valid\": " << (result.valid(strict) ? "true" : "false") << ", \"diagnostics\": [";
    for (std::size_t i = 0; i < result.diagnostics.size(); ++i) {
      const printed_diagnostic& d = result.diagnostics[i];
      out << (i == 0 ? "\n" : ",\n");
      out << "    {\"code\": " << json_string(d.code)
          << ", \"severity\": " << json_string(to_string(d.severity))
          << ", \"message\": " << json_string(d.message)
          << ", \"session\": " << (d.session ? std::to_string(*d.session + 1) : std::string{"null"})
          << ", \"line\": " << d.line << ", \"column\": " << d.column
          << ", \"waived\": " << (d.waived ? "true" : "false");
      if (d.waived) {
        out << ", \"waiver_reason\": " << json_string(d.waiver_reason)
            << ", \"waived_by\": " << json_string(d.waived_by);
      }
      out << "}";
    }
    out << (result.diagnostics.empty() ? "]}" : "\n  ]}");
  }
  out << (results.empty() ? "]\n" : "\n]\n");
}

}  // namespace dermaroller::check

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

#include "dermaroller/protocol.hpp"
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
};

// What checking one file gave.
struct file_result {
  std::string file;     // as named on the command line; standard input is "<stdin>"
  bool checked{false};  // false: the file could not be read or parsed (an input-error)
  std::vector<printed_diagnostic> diagnostics;

  [[nodiscard]] std::size_t count(dermaroller::severity level) const {
    std::size_t n = 0;
    for (const auto& d : diagnostics) n += d.severity == level ? 1 : 0;
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

inline std::string plural(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + " " + std::string{n == 1 ? one : many};
}

// The length of the UTF-8 sequence starting at text[i], or 0 when the bytes there are not
// well-formed UTF-8 (overlong forms, surrogates and values past U+10FFFF included).
inline std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  if (byte(i + 1) < low || byte(i + 1) > high) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  }
  return length;
}

}  // namespace detail

// A JSON string literal of `text`, quotes included. Bytes that are not UTF-8 (a file name, or
// a message quoting a broken protocol) become U+FFFD, so that the output is always valid JSON.
[[nodiscard]] inline std::string json_string(std::string_view text) {
  std::string quoted = "\"";
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    const std::size_t length = detail::utf8_sequence_length(text, i);
    if (length == 0) {
      quoted += "\\ufffd";
      ++i;
      continue;
    }
    if (length > 1) {
      quoted.append(text.substr(i, length));
      i += length;
      continue;
    }
    switch (c) {
      case '"': quoted += "\\\""; break;
      case '\\': quoted += "\\\\"; break;
      case '\n': quoted += "\\n"; break;
      case '\r': quoted += "\\r"; break;
      case '\t': quoted += "\\t"; break;
      case '\b': quoted += "\\b"; break;
      case '\f': quoted += "\\f"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
          constexpr std::string_view hex = "0123456789abcdef";
          quoted += "\\u00";
          quoted += hex[static_cast<unsigned char>(c) >> 4U];
          quoted += hex[static_cast<unsigned char>(c) & 0xFU];
        } else {
          quoted += c;
        }
    }
    ++i;
  }
  quoted += "\"";
  return quoted;
}

// "FILE:LINE:COL: error: session 2: a 1.5 mm needle is ... [home-needle-too-long]". Without
// a position (a file that cannot be read) the line is "FILE: error: ...", as compilers do.
[[nodiscard]] inline std::string text_line(const std::string& file, const printed_diagnostic& d) {
  std::string line = file;
  if (d.line != 0) line += ":" + std::to_string(d.line) + ":" + std::to_string(d.column);
  line += ": " + std::string{to_string(d.severity)} + ": ";
  if (d.session) line += "session " + std::to_string(*d.session + 1) + ": ";
  line += d.message + " [" + d.code + "]";
  return line;
}

// "FILE: valid (0 errors, 1 warning, 0 notes)", "FILE: invalid (...)", or, for a file that
// could not be read or parsed, "FILE: not checked (input error)".
[[nodiscard]] inline std::string summary_line(const file_result& result, bool strict) {
  if (!result.checked) return result.file + ": not checked (input error)";
  std::string line = result.file + (result.valid(strict) ? ": valid (" : ": invalid (");
  line += detail::plural(result.count(severity::error), "error", "errors") + ", ";
  line += detail::plural(result.count(severity::warning), "warning", "warnings") + ", ";
  line += detail::plural(result.count(severity::note), "note", "notes") + ")";
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
// "line", "column"}]}]; "session" counts from 1 as the text output does, or is null.
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
          << ", \"line\": " << d.line << ", \"column\": " << d.column << "}";
    }
    out << (result.diagnostics.empty() ? "]}" : "\n  ]}");
  }
  out << (results.empty() ? "]\n" : "\n]\n");
}

}  // namespace dermaroller::check

#pragma once
// Checking one protocol file: read it (whole, up to a limit), parse it, validate it, and
// turn the findings into printed diagnostics with the line and column they concern.

#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "check_output.hpp"
#include "dermaroller/guidelines.hpp"
#include "dermaroller/protocol.hpp"
#include "dermaroller/rules.hpp"
#include "dermaroller/validate.hpp"

namespace dermaroller::check {

// A protocol is a few kilobytes; 5,000 sessions are half a megabyte. Past this the file is
// not a protocol, and reading on would only risk the memory of a build machine.
inline constexpr std::size_t largest_protocol_bytes = std::size_t{16} * 1024 * 1024;

struct file_text {
  std::string text;
  std::string error;  // why the file could not be read, when not empty
};

// Reads a whole file, or standard input for "-", in binary, so that the reader sees every
// byte. A directory, a missing file or one over the limit is an error sentence, not a crash.
inline file_text read_protocol_file(const std::string& path,
                                    std::size_t limit = largest_protocol_bytes) {
  file_text result;
  const bool from_stdin = path == "-";
  std::FILE* file = from_stdin ? stdin : std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    result.error = "cannot open the file: " + std::string{std::strerror(errno)};
    return result;
  }
  char buffer[65536];
  while (true) {
    const std::size_t got = std::fread(buffer, 1, sizeof buffer, file);
    if (result.text.size() + got > limit) {
      result.error = "the file is larger than " + std::to_string(limit / (1024 * 1024)) +
                     " MiB, which no protocol is; it was not read";
      result.text.clear();
      break;
    }
    result.text.append(buffer, got);
    if (got < sizeof buffer) {
      if (std::ferror(file) != 0) {
        result.error = "cannot read the file: " + std::string{std::strerror(errno)};
        result.text.clear();
      }
      break;
    }
  }
  if (!from_stdin) std::fclose(file);
  return result;
}

// How a file is named in diagnostics.
inline std::string display_name(const std::string& path) {
  return path == "-" ? std::string{"<stdin>"} : path;
}

// Parses and validates a protocol text. A text that does not parse gives one input-error at
// the reader's position; otherwise each finding points at the session or field it concerns.
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

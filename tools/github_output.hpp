#pragma once
// --format github: one GitHub Actions workflow command per finding, which the run shows as an
// annotation on the file and line of the pull request:
//
//   ::error file=protocols/home.json,line=9,col=7,title=home-needle-too-long::session 2: ...
//
// error gives ::error, warning ::warning, note ::notice. A waived finding no longer counts, so
// it is a ::notice that names its waiver. Values are escaped as GitHub's toolkit escapes them:
// in the message % \r \n; in a property also : and , which would end the property. The file
// is named relative to the working directory where it can be, as annotations want it.

#include <ostream>
#include <string>
#include <string_view>

#include "check_output.hpp"
#include "working_directory_path.hpp"

namespace dermaroller::check {

namespace detail {

inline std::string github_escaped(std::string_view text, bool property) {
  std::string out;
  for (const char c : text) {
    switch (c) {
      case '%': out += "%25"; break;
      case '\r': out += "%0D"; break;
      case '\n': out += "%0A"; break;
      case ':': out += property ? "%3A" : ":"; break;
      case ',': out += property ? "%2C" : ","; break;
      default: out += c;
    }
  }
  return out;
}

inline std::string_view github_command(const printed_diagnostic& d) {
  if (d.waived) return "notice";
  switch (d.severity) {
    case severity::error: return "error";
    case severity::warning: return "warning";
    case severity::note: return "notice";
  }
  return "notice";
}

}  // namespace detail

// "::error file=F,line=L,col=C,title=CODE::message"; without a position (a file that cannot
// be read), no line and col.
[[nodiscard]] inline std::string github_line(const std::string& file, const printed_diagnostic& d) {
  std::string line = "::" + std::string{detail::github_command(d)} +
                     " file=" + detail::github_escaped(from_working_directory(file).path, true);
  if (d.line != 0) line += ",line=" + std::to_string(d.line) + ",col=" + std::to_string(d.column);
  line += ",title=" + detail::github_escaped(d.code, true) + "::";
  std::string message;
  if (d.session) message += "session " + std::to_string(*d.session + 1) + ": ";
  message += d.message;
  if (d.waived) message += " (waived by " + d.waived_by + ": " + d.waiver_reason + ")";
  return line + detail::github_escaped(message, false);
}

inline void write_github(std::ostream& out, const file_result& result) {
  for (const printed_diagnostic& d : result.diagnostics) out << github_line(result.file, d) << '\n';
}

}  // namespace dermaroller::check

#pragma once
// --format sarif: SARIF 2.1.0 as GitHub code scanning reads it. One run; its tool's rules are
// the rule table (rules.hpp) and input-error, so that a result's ruleId always names a rule of
// the run; a waived finding is a result with a suppression, which code scanning shows as
// dismissed rather than dropping it. See docs/checker.md, "SARIF output".

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "check_output.hpp"
#include "dermaroller/extra/json_text.hpp"
#include "dermaroller/rules.hpp"
#include "dermaroller/version.hpp"
#include "working_directory_path.hpp"

namespace dermaroller::check {

namespace detail {

inline std::string_view sarif_level(severity level) {
  switch (level) {
    case severity::error: return "error";
    case severity::warning: return "warning";
    case severity::note: return "note";
  }
  return "none";
}

// A file name as a URI reference: relative to the working directory where the file lies below
// it, so that code scanning finds it in the repository; else an absolute file: URI. Every byte
// but the unreserved characters and '/' is percent-encoded, so that "<stdin>" or a name with a
// space or '#' is still one valid reference.
inline std::string artifact_uri(const std::string& file) {
  const located_path located = from_working_directory(file);
  constexpr std::string_view hex = "0123456789ABCDEF";
  std::string uri = located.absolute ? "file://" : "";
  for (const char c : located.path) {
    const auto byte = static_cast<unsigned char>(c);
    const bool unreserved = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z') ||
                            (byte >= '0' && byte <= '9') || c == '-' || c == '.' || c == '_' ||
                            c == '~' || c == '/';
    if (unreserved) {
      uri += c;
    } else {
      uri += '%';
      uri += hex[byte >> 4U];
      uri += hex[byte & 0xFU];
    }
  }
  return uri;
}

// FNV-1a, 64 bits, in hexadecimal: a fingerprint that stays when lines move, since it is made
// of what the finding is (its rule, session and message), not where it is.
inline std::string fingerprint(const printed_diagnostic& d) {
  std::uint64_t hash = 14695981039346656037ULL;
  const auto add = [&hash](std::string_view text) {
    for (const char c : text) {
      hash ^= static_cast<unsigned char>(c);
      hash *= 1099511628211ULL;
    }
    hash *= 1099511628211ULL;  // as if a 0 byte ended each part, so that parts cannot run together
  };
  add(d.code);
  add(d.session ? std::to_string(*d.session) : std::string{"course"});
  add(d.message);
  constexpr std::string_view hex = "0123456789abcdef";
  std::string text(16, '0');
  for (std::size_t i = 0; i < 16; ++i) text[15 - i] = hex[(hash >> (4 * i)) & 0xFU];
  return text;
}

inline void write_sarif_rule(std::ostream& out, std::string_view code, severity level,
                             std::string_view fires_when, std::string_view basis) {
  const std::string help = "Fires when " + std::string{fires_when} +
                           ". Basis: " + std::string{basis} + ". dermaroller-check --explain " +
                           std::string{code} + " gives its numbers and their sources.";
  out << "{\"id\": " << json_string(code)
      << ", \"shortDescription\": {\"text\": " << json_string(fires_when) << "}"
      << ", \"fullDescription\": {\"text\": "
      << json_string("Fires when " + std::string{fires_when} + "; basis: " + std::string{basis})
      << "}, \"defaultConfiguration\": {\"level\": \"" << sarif_level(level) << "\"}"
      << ", \"help\": {\"text\": " << json_string(help) << "}}";
}

}  // namespace detail

// The whole log for the files checked. The rules are the table's rows in its order, then
// input-error; a result's ruleIndex is its rule's place in that list.
inline void write_sarif(std::ostream& out, const std::vector<file_result>& results) {
  out << "{\"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\", \"version\": \"2.1.0\","
      << "\n \"runs\": [{\"tool\": {\"driver\": {\"name\": \"dermaroller-check\", \"version\": \""
      << version_major << '.' << version_minor << '.' << version_patch << "\", \"rules\": [";
  for (const rule_definition& row : rule_definitions) {
    out << "\n  ";
    detail::write_sarif_rule(out, row.code(), row.severity, row.fires_when, row.basis);
    out << ",";
  }
  out << "\n  ";
  detail::write_sarif_rule(out, input_error_code, severity::error,
                           "the file cannot be read, or its text is not a protocol",
                           "the protocol file format (docs/protocol-format.md)");
  out << "]}},\n  \"results\": [";
  bool first = true;
  for (const file_result& result : results) {
    for (const printed_diagnostic& d : result.diagnostics) {
      std::size_t rule_index = rule_definitions.size();  // input-error, after the table's rows
      for (std::size_t i = 0; i < rule_definitions.size(); ++i) {
        if (rule_definitions[i].code() == d.code) rule_index = i;
      }
      const std::string text =
          (d.session ? "session " + std::to_string(*d.session + 1) + ": " : std::string{}) +
          d.message;
      out << (first ? "\n   " : ",\n   ") << "{\"ruleId\": " << json_string(d.code)
          << ", \"ruleIndex\": " << rule_index << ", \"level\": \""
          << detail::sarif_level(d.severity) << "\", \"message\": {\"text\": " << json_string(text)
          << "}, \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": "
          << json_string(detail::artifact_uri(result.file)) << "}";
      if (d.line != 0) {
        out << ", \"region\": {\"startLine\": " << d.line << ", \"startColumn\": " << d.column
            << "}";
      }
      out << "}}], \"partialFingerprints\": {\"dermarollerFinding/v1\": \""
          << detail::fingerprint(d) << "\"}";
      if (d.waived) {
        out << ", \"suppressions\": [{\"kind\": \"external\", \"status\": \"accepted\", "
               "\"justification\": "
            << json_string(d.waiver_reason)
            << ", \"properties\": {\"waivedBy\": " << json_string(d.waived_by) << "}}]";
      }
      out << "}";
      first = false;
    }
  }
  out << (first ? "]}]}\n" : "\n  ]}]}\n");
}

}  // namespace dermaroller::check

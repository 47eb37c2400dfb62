#pragma once
// --list-rules, --list-guidelines and --explain: the rule table of rules.hpp, the built-in
// guideline sets of guideline_sets.hpp and the numbers of the chosen set, printed for people.
// Nothing here restates a rule, a number, a source or a unit: the rule's row says which members of
// `guidelines` it reads, and their records in guideline_numbers (guidelines.hpp) give each value,
// written as the library writes it, and its source.

#include <algorithm>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "dermaroller/guideline_sets.hpp"
#include "dermaroller/guidelines.hpp"
#include "dermaroller/rules.hpp"
#include "guideline_choice.hpp"

namespace dermaroller::check {

namespace detail {

// Days as --explain writes them, "42 days (6 weeks)": for the schedule's rest windows too.
inline std::string days(day_count count) { return std::string{to_text(count).view()}; }

// How the words of a rule's basis, the document's or a cited source's, decide its severity
// (docs/guidelines.md, "How severity is decided").
inline std::string_view severity_meaning(severity level) {
  switch (level) {
    case severity::error: return "its basis states a requirement or a limit";
    case severity::warning: return "its basis recommends it, or advises caution";
    case severity::note: return "information";
  }
  return {};
}

}  // namespace detail

// The numbers the rule reads from `guidelines`, with where each comes from: the records of
// guideline_numbers that the names of its row cover, in the order of the row.
inline std::vector<guideline_number> numbers_of(rule which) {
  std::vector<guideline_number> numbers;
  for (const std::string_view& name : definition(which).reads) {
    if (name.empty()) continue;
    for (const guideline_number& number : guideline_numbers) {
      if (is_part_of(number, name)) numbers.push_back(number);
    }
  }
  return numbers;
}

[[nodiscard]] inline const rule_definition* find_rule(std::string_view rule_code) {
  for (const rule_definition& entry : rule_definitions) {
    if (entry.code() == rule_code) return &entry;
  }
  return nullptr;
}

// One line per rule: code, severity, when it fires. A rule the chosen guidelines switch off
// says so at the end, unless its row already does (the rules `document` leaves off).
inline void write_rule_list(std::ostream& out, const chosen_guidelines& chosen = {}) {
  std::size_t widest = 0;
  for (const rule_definition& entry : rule_definitions) {
    widest = entry.code().size() > widest ? entry.code().size() : widest;
  }
  for (const rule_definition& entry : rule_definitions) {
    const std::string_view level = to_string(entry.severity);
    out << entry.code() << std::string(widest + 2 - entry.code().size(), ' ') << level
        << std::string(9 - level.size(), ' ') << entry.fires_when;
    const bool row_says_so = chosen.name == guideline_sets[0].name &&
                             guideline_sets[0].values.disabled_rules.contains(entry.rule);
    if (chosen.values.disabled_rules.contains(entry.rule) && !row_says_so) {
      out << " (off in " << chosen.name << ")";
    }
    out << '\n';
  }
}

namespace detail {
inline void write_source(std::ostream& out, const guideline_source& source) {
  out << "      source: " << source.citation;
  if (!source.note.empty()) out << "; " << source.note;
  out << '\n';
}
}  // namespace detail

// Each built-in set: its name and description, then each number it changes from `document`,
// with its value in the set and its source.
inline void write_guideline_list(std::ostream& out) {
  for (const guideline_set& set : guideline_sets) {
    out << set.name << '\n' << "  " << set.description << '\n';
    for (const guideline_change& change : set.changes) {
      if (change.member.empty()) continue;
      for (const guideline_number& number : guideline_numbers) {
        if (!is_part_of(number, change.member)) continue;
        out << "    " << number.member << " = " << number.value(set.values).view()
            << " (document: " << number.value(guideline_sets[0].values).view() << ")\n";
      }
      detail::write_source(out, change.source);
    }
  }
}

// input-error is not a rule, but it is printed where rule codes are, so it can be explained.
inline void write_input_error_explanation(std::ostream& out) {
  out << "input-error\n"
         "  severity:   error; the file is reported \"not checked\" and the exit status is 2\n"
         "  fires when: the file cannot be read, or its text is not a protocol: bad JSON, an "
         "unknown or duplicate field, a wrong type, an unknown word, a length or duration "
         "without its unit, a date that does not exist, a rest that disagrees with the dates, "
         "more entries than a course holds, text that is not UTF-8\n"
         "  basis:      the protocol file format (docs/protocol-format.md); no rule is checked "
         "on a text that was not read whole\n";
}

// Everything about one rule: when it fires, its severity, the document's basis, whether the
// chosen guidelines switch it off, and each number it reads with its value in those
// guidelines and where that value comes from.
inline void write_explanation(std::ostream& out, const rule_definition& entry,
                              const chosen_guidelines& chosen = {}) {
  out << entry.code() << '\n';
  out << "  severity:   " << to_string(entry.severity) << ", "
      << detail::severity_meaning(entry.severity) << '\n';
  out << "  fires when: " << entry.fires_when << '\n';
  out << "  basis:      " << entry.basis << '\n';
  if (chosen.values.disabled_rules.contains(entry.rule)) {
    out << "  in " << chosen.name << ": off, "
        << (std::find(chosen.disabled_on_command_line.begin(),
                      chosen.disabled_on_command_line.end(),
                      entry.rule) != chosen.disabled_on_command_line.end()
                ? "switched off by --disable"
                : "these guidelines do not check it")
        << '\n';
  }
  const std::vector<guideline_number> numbers = numbers_of(entry.rule);
  if (numbers.empty()) {
    out << "  numbers:    none; the rule compares with no number\n";
    return;
  }
  if (chosen.is_default()) {
    out << "  numbers (member of dermaroller::guidelines = default):\n";
  } else {
    out << "  numbers (member of dermaroller::guidelines = value in " << chosen.name << "):\n";
  }
  for (const guideline_number& number : numbers) {
    out << "    " << number.member << " = " << number.value(chosen.values).view() << '\n';
    detail::write_source(out, source_in(chosen, number));
  }
}

}  // namespace dermaroller::check

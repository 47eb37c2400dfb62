#pragma once
// --guidelines NAME|FILE and --disable CODE: the guidelines a run checks against. A name is
// one of the built-in sets (guideline_sets.hpp); anything else is a guideline file
// (guideline_file.hpp), read as strictly as a protocol file. --disable switches rules off on
// top of either. The choice remembers where each of its numbers comes from, so that --explain
// and --list-guidelines cite the set's own sources, not the defaults'.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "check_output.hpp"
#include "dermaroller/guideline_file.hpp"
#include "dermaroller/guideline_sets.hpp"
#include "dermaroller/guidelines.hpp"
#include "dermaroller/rules.hpp"
#include "did_you_mean.hpp"
#include "protocol_file.hpp"

namespace dermaroller::check {

struct chosen_guidelines {
  std::string name{"document"};  // the built-in set's name, or the guideline file as named
  guidelines values{default_guidelines};
  const guideline_set* built_in{&guideline_sets[0]};  // the set, or the one the file is based on
  bool from_file{false};
  std::vector<rule> disabled_on_command_line;

  // The defaults, unchanged: what --explain calls "default".
  [[nodiscard]] bool is_default() const {
    return !from_file && built_in == &guideline_sets[0] && disabled_on_command_line.empty();
  }
};

// Where the value of `number` in the chosen guidelines comes from: the guideline file, when
// the file changed it; else the built-in set's change, when the set changed it; else the
// number's own record.
[[nodiscard]] inline guideline_source source_in(const chosen_guidelines& chosen,
                                                const guideline_number& number) {
  if (chosen.from_file &&
      number.value(chosen.values).view() != number.value(chosen.built_in->values).view()) {
    return {chosen.name, "set by the guideline file"};
  }
  for (const guideline_change& change : chosen.built_in->changes) {
    if (!change.member.empty() && is_part_of(number, change.member)) return change.source;
  }
  return number.source;
}

// The guidelines asked for, or why there are none: a guideline file that cannot be read or is
// not a guideline set is an input-error (a file_result to print), a name that is neither a set
// nor a file a usage error.
struct guideline_choice {
  chosen_guidelines chosen;
  std::optional<file_result> unreadable;
  std::string usage_error;
};

namespace detail {
inline file_result unreadable_guidelines(const std::string& path, std::string message,
                                         std::uint32_t line, std::uint32_t column) {
  file_result result;
  result.file = display_name(path);
  result.diagnostics.push_back(
      {std::string{input_error_code}, severity::error, std::move(message), {}, line, column});
  return result;
}

// A word without a slash or a dot that names no file was meant as a set's name.
inline bool looks_like_a_set_name(std::string_view name) {
  return name.find_first_of("/.") == std::string_view::npos;
}
}  // namespace detail

[[nodiscard]] inline guideline_choice choose_guidelines(std::string_view name_or_file,
                                                        const std::vector<rule>& disabled) {
  guideline_choice choice;
  chosen_guidelines& chosen = choice.chosen;
  if (const guideline_set* set = find_guideline_set(name_or_file)) {
    chosen.name = std::string{set->name};
    chosen.values = set->values;
    chosen.built_in = set;
  } else {
    const std::string path{name_or_file};
    const file_text read = read_protocol_file(path);
    if (!read.error.empty()) {
      if (detail::looks_like_a_set_name(name_or_file)) {
        choice.usage_error = "--guidelines: no guideline set or file named '" + path + "'" +
                             did_you_mean(name_or_file, guideline_sets,
                                          [](const guideline_set& set) { return set.name; }) +
                             "; --list-guidelines lists the sets";
      } else {
        choice.unreadable = detail::unreadable_guidelines(path, read.error, 0, 0);
      }
      return choice;
    }
    const guidelines_result parsed = parse_guidelines(read.text);
    if (!parsed.ok()) {
      const parse_error& problem = parsed.error();
      choice.unreadable = detail::unreadable_guidelines(path, std::string{problem.message.view()},
                                                        problem.line, problem.column);
      return choice;
    }
    chosen.name = display_name(path);
    chosen.values = parsed.value().values;
    chosen.built_in = find_guideline_set(parsed.value().based_on.view());
    if (chosen.built_in == nullptr) chosen.built_in = &guideline_sets[0];
    chosen.from_file = true;
  }
  for (const rule off : disabled) chosen.values.disabled_rules.insert(off);
  chosen.disabled_on_command_line = disabled;
  return choice;
}

// The line printed after a guideline file's input-error: nothing was checked against it.
[[nodiscard]] inline std::string unreadable_guidelines_summary(const file_result& result) {
  return printable(result.file) + ": not read (input error): no protocol checked";
}

}  // namespace dermaroller::check

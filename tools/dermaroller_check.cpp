// dermaroller-check: checks protocol files against a set of guidelines (the default, a built-in
// set or a clinic's guideline file), for people (text) and for build pipelines (JSON, exit
// status). See docs/checker.md.
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "check_file.hpp"
#include "check_options.hpp"
#include "check_output.hpp"
#include "dermaroller/version.hpp"
#include "guideline_choice.hpp"
#include "rule_catalogue.hpp"
#include "schedule_output.hpp"

namespace {

using namespace dermaroller::check;

constexpr int usage_error = 2;
constexpr int input_error = 2;

int explain(const std::string& rule_code, const chosen_guidelines& guidelines) {
  if (rule_code == input_error_code) {
    write_input_error_explanation(std::cout);
    return 0;
  }
  const dermaroller::rule_definition* entry = find_rule(rule_code);
  if (entry == nullptr) {
    std::cerr << program_name << ": unknown rule code '" << rule_code << "'"
              << did_you_mean(rule_code, dermaroller::rule_definitions,
                              [](const dermaroller::rule_definition& row) { return row.code(); })
              << "; --list-rules lists them all\n";
    return usage_error;
  }
  write_explanation(std::cout, *entry, guidelines);
  return 0;
}

int check_files(const options& chosen, const dermaroller::guidelines& g) {
  std::vector<file_result> results;
  for (const std::string& path : chosen.files) {
    results.push_back(check_protocol_file(path, g).result);
    // Text goes out file by file, so that a long run shows its progress.
    if (chosen.format == output_format::text) write_text(std::cout, results.back(), chosen.strict);
  }
  if (chosen.format == output_format::json) write_json(std::cout, results, chosen.strict);
  return exit_status(results, chosen.strict);
}

// A guideline file that cannot be read or is not a guideline set: its input-error, in the
// format asked for, and no protocol is checked.
int report_unreadable_guidelines(const options& chosen, const file_result& guidelines_file) {
  if (chosen.format == output_format::json) {
    write_json(std::cout, {guidelines_file}, chosen.strict);
  } else {
    for (const printed_diagnostic& d : guidelines_file.diagnostics) {
      std::cout << text_line(guidelines_file.file, d) << '\n';
    }
    std::cout << unreadable_guidelines_summary(guidelines_file) << '\n';
  }
  return input_error;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string_view> arguments(argv + (argc > 0 ? 1 : 0), argv + argc);
  const command_line line = parse_command_line(arguments);
  const auto refuse = [](const std::string& error) {
    std::cerr << program_name << ": " << error << '\n'
              << synopsis() << "(--help lists the options)\n";
    return usage_error;
  };
  if (!line.error.empty()) return refuse(line.error);
  const options& chosen = line.chosen;
  switch (chosen.what) {
    case action::help: std::cout << usage(); return 0;
    case action::version:
      std::cout << program_name << " " << dermaroller::version_major << '.'
                << dermaroller::version_minor << '.' << dermaroller::version_patch << '\n';
      return 0;
    case action::list_guidelines: write_guideline_list(std::cout); return 0;
    case action::list_rules:
    case action::explain_rule:
    case action::check_files: break;
  }
  const guideline_choice guidelines = choose_guidelines(
      chosen.guidelines_named.empty() ? std::string_view{"document"} : chosen.guidelines_named,
      chosen.disabled);
  if (!guidelines.usage_error.empty()) return refuse(guidelines.usage_error);
  if (guidelines.unreadable) return report_unreadable_guidelines(chosen, *guidelines.unreadable);
  if (chosen.what == action::list_rules) {
    write_rule_list(std::cout, guidelines.chosen);
    return 0;
  }
  if (chosen.what == action::explain_rule)
    return explain(chosen.rule_to_explain, guidelines.chosen);
  if (!chosen.schedule_from.empty()) {
    return run_schedule(chosen, guidelines.chosen.values, std::cout, std::cerr);
  }
  return check_files(chosen, guidelines.chosen.values);
}

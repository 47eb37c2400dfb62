// dermaroller-check: checks protocol files against the default guidelines, for people (text)
// and for build pipelines (JSON, exit status). See docs/checker.md.
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "check_file.hpp"
#include "check_options.hpp"
#include "check_output.hpp"
#include "dermaroller/version.hpp"
#include "rule_catalogue.hpp"
#include "schedule_output.hpp"

namespace {

using namespace dermaroller::check;

constexpr int usage_error = 2;

int explain(const std::string& rule_code) {
  if (rule_code == input_error_code) {
    write_input_error_explanation(std::cout);
    return 0;
  }
  const dermaroller::rule_definition* entry = find_rule(rule_code);
  if (entry == nullptr) {
    std::cerr << program_name << ": unknown rule code '" << rule_code
              << "'; --list-rules lists them all\n";
    return usage_error;
  }
  write_explanation(std::cout, *entry);
  return 0;
}

int check_files(const options& chosen) {
  std::vector<file_result> results;
  for (const std::string& path : chosen.files) {
    results.push_back(check_protocol_file(path).result);
    // Text goes out file by file, so that a long run shows its progress.
    if (chosen.format == output_format::text) write_text(std::cout, results.back(), chosen.strict);
  }
  if (chosen.format == output_format::json) write_json(std::cout, results, chosen.strict);
  return exit_status(results, chosen.strict);
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string_view> arguments(argv + (argc > 0 ? 1 : 0), argv + argc);
  const command_line line = parse_command_line(arguments);
  if (!line.error.empty()) {
    std::cerr << program_name << ": " << line.error << '\n'
              << synopsis() << "(--help lists the options)\n";
    return usage_error;
  }
  const options& chosen = line.chosen;
  switch (chosen.what) {
    case action::help: std::cout << usage(); return 0;
    case action::version:
      std::cout << program_name << " " << dermaroller::version_major << '.'
                << dermaroller::version_minor << '.' << dermaroller::version_patch << '\n';
      return 0;
    case action::list_rules: write_rule_list(std::cout); return 0;
    case action::explain_rule: return explain(chosen.rule_to_explain);
    case action::check_files:
      if (!chosen.schedule_from.empty()) return run_schedule(chosen, std::cout, std::cerr);
      return check_files(chosen);
  }
  return usage_error;
}

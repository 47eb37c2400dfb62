#pragma once
// The checker's command line, read from a table: one row per option with its name, its value,
// its place in the synopsis, its help line and what it sets. To add an option, add a field to
// `options` and a row to `option_table`; the synopsis, the help and the parser follow from the
// table.

#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dermaroller/protocol_values.hpp"
#include "dermaroller/rules.hpp"
#include "did_you_mean.hpp"

namespace dermaroller::check {

enum class output_format { text, json };

// What one run of the program does. Checking files is the default; the others are asked for.
enum class action { check_files, list_rules, list_guidelines, explain_rule, help, version };

struct options {
  action what{action::check_files};
  output_format format{output_format::text};
  bool strict{false};
  std::string rule_to_explain;
  std::string guidelines_named;    // --guidelines: a built-in set's name or a guideline file
  std::vector<rule> disabled;      // --disable, in the order given
  std::vector<std::string> files;  // "-" is standard input
  std::string schedule_from;       // --schedule: the first visit's day, YYYY-MM-DD
  std::string timeline_file;       // --timeline: where to draw the plan (SVG)
};

// Where an option shows in the synopsis, the lines that open the help and follow a usage error:
// one line per way of calling the program.
enum class synopsis_place {
  checking,         // optional on the first line, which checks files: "[--strict]"
  call,             // a line of its own: "dermaroller-check --explain CODE"
  call_with_files,  // a line of its own that checks files too: "... --schedule DATE FILE..."
  with_call_above,  // optional on the line of the nearest call above it in the table
  alternative,      // on the last line, one of several: "--help | --version"
};

struct option_spec {
  std::string_view name;        // "--format"
  std::string_view short_name;  // "-h", or empty
  std::string_view value_name;  // "text|json"; empty for an option that takes no value
  synopsis_place place;
  std::string_view help;
  // Records the option; returns what is wrong with it, or an empty string.
  std::string (*apply)(options&, std::string_view value);
  bool repeatable{false};  // shown "[--disable CODE]..." in the synopsis
};

namespace detail {
// An action is asked for once: `--list-rules --explain x` is ambiguous, so it is an error.
inline std::string choose(options& chosen, action wanted, std::string_view option_name) {
  if (chosen.what != action::check_files && chosen.what != wanted) {
    return std::string{option_name} + " cannot be combined with another of --list-rules, " +
           "--list-guidelines, --explain, --help, --version";
  }
  chosen.what = wanted;
  return {};
}

inline std::string disable(options& chosen, std::string_view code) {
  for (const rule_definition& row : rule_definitions) {
    if (row.code() == code) {
      chosen.disabled.push_back(row.rule);
      return {};
    }
  }
  return "--disable: unknown rule code '" + std::string{code} + "'" +
         did_you_mean(code, rule_definitions,
                      [](const rule_definition& row) { return row.code(); }) +
         "; --list-rules lists them";
}
}  // namespace detail

// clang-format off
inline constexpr std::array option_table{
  option_spec{"--format", "", "text|json", synopsis_place::checking,
    "print diagnostics as text lines (default) or as a JSON array, one object per file",
    [](options& chosen, std::string_view value) -> std::string {
      if (value == "text") { chosen.format = output_format::text; return {}; }
      if (value == "json") { chosen.format = output_format::json; return {}; }
      return "--format takes text or json, not '" + std::string{value} + "'";
    }},
  option_spec{"--strict", "", "", synopsis_place::checking,
    "a file with warnings fails the check too (exit status 1)",
    [](options& chosen, std::string_view) -> std::string { chosen.strict = true; return {}; }},
  option_spec{"--guidelines", "", "NAME|FILE", synopsis_place::checking,
    "check against a built-in guideline set (--list-guidelines) or a guideline file; default: document",
    [](options& chosen, std::string_view value) -> std::string {
      if (value.empty()) return "--guidelines needs a set's name or a guideline file";
      if (!chosen.guidelines_named.empty()) return "--guidelines is given twice";
      chosen.guidelines_named = std::string{value};
      return {};
    }},
  option_spec{"--disable", "", "CODE", synopsis_place::checking,
    "switch a rule off on top of the guidelines (repeatable)",
    [](options& chosen, std::string_view value) { return detail::disable(chosen, value); }, true},
  option_spec{"--list-rules", "", "", synopsis_place::call,
    "list every rule: its code, severity and when it fires",
    [](options& chosen, std::string_view) { return detail::choose(chosen, action::list_rules, "--list-rules"); }},
  option_spec{"--list-guidelines", "", "", synopsis_place::call,
    "list the built-in guideline sets: name, description, each number they change and its source",
    [](options& chosen, std::string_view) { return detail::choose(chosen, action::list_guidelines, "--list-guidelines"); }},
  option_spec{"--explain", "", "CODE", synopsis_place::call,
    "explain one rule: when it fires, its severity, the document's basis, its numbers in the chosen guidelines",
    [](options& chosen, std::string_view value) {
      chosen.rule_to_explain = std::string{value};
      return detail::choose(chosen, action::explain_rule, "--explain");
    }},
  option_spec{"--schedule", "", "YYYY-MM-DD", synopsis_place::call_with_files,
    "after checking, print each course's plan: its own dates, else from a first visit that day (docs/schedules.md)",
    [](options& chosen, std::string_view value) -> std::string {
      const auto day = read_date(value, "--schedule");
      if (!day.value) return std::string{day.problem.view()};
      chosen.schedule_from = std::string{value};
      return {};
    }},
  option_spec{"--timeline", "", "FILE.svg", synopsis_place::with_call_above,
    "with --schedule and one protocol file: also draw its plan as an SVG timeline",
    [](options& chosen, std::string_view value) -> std::string {
      if (value.empty()) return "--timeline needs a file name";
      chosen.timeline_file = std::string{value};
      return {};
    }},
  option_spec{"--help", "-h", "", synopsis_place::alternative,
    "show this help",
    [](options& chosen, std::string_view) { return detail::choose(chosen, action::help, "--help"); }},
  option_spec{"--version", "", "", synopsis_place::alternative,
    "show the version of dermaroller",
    [](options& chosen, std::string_view) { return detail::choose(chosen, action::version, "--version"); }},
};
// clang-format on

inline constexpr std::string_view program_name = "dermaroller-check";

namespace detail {
// An option that goes with a call has the call above it in the table.
constexpr bool each_option_follows_its_call() {
  bool call_above = false;
  for (const option_spec& option : option_table) {
    if (option.place == synopsis_place::with_call_above && !call_above) return false;
    call_above = call_above || option.place == synopsis_place::call ||
                 option.place == synopsis_place::call_with_files;
  }
  return true;
}
static_assert(each_option_follows_its_call(), "an option that goes with a call follows it");

// "--format text|json", "--strict".
inline std::string spelled_with_value(const option_spec& option) {
  std::string spelled{option.name};
  if (!option.value_name.empty()) spelled.append(" ").append(option.value_name);
  return spelled;
}
}  // namespace detail

// The ways to call the program, one line each, from the table's synopsis places:
//
//   usage: dermaroller-check [--format text|json] [--strict] FILE...   ('-' reads standard input)
//          dermaroller-check --list-rules
//          ...
inline std::string synopsis() {
  struct call_line {
    std::string words;  // after the program's name
    bool with_files;
  };
  std::string checking;
  std::vector<call_line> calls;
  std::string alternatives;
  for (const option_spec& option : option_table) {
    const std::string spelled = detail::spelled_with_value(option);
    switch (option.place) {
      case synopsis_place::checking:
        checking.append(" [").append(spelled).append(option.repeatable ? "]..." : "]");
        break;
      case synopsis_place::call: calls.push_back({" " + spelled, false}); break;
      case synopsis_place::call_with_files: calls.push_back({" " + spelled, true}); break;
      case synopsis_place::with_call_above:
        calls.back().words.append(" [").append(spelled).append("]");
        break;
      case synopsis_place::alternative:
        alternatives.append(alternatives.empty() ? " " : " | ").append(spelled);
        break;
    }
  }
  std::vector<std::string> lines{checking + " FILE...   ('-' reads standard input)"};
  for (call_line& call : calls)
    lines.push_back(call.words.append(call.with_files ? " FILE..." : ""));
  if (!alternatives.empty()) lines.push_back(alternatives);
  std::string text;
  for (const std::string& words : lines) {
    text.append(text.empty() ? "usage: " : "       ")
        .append(program_name)
        .append(words)
        .append("\n");
  }
  return text;
}

// The help text: the synopsis, then every option of the table.
inline std::string usage() {
  std::string text = synopsis();
  text +=
      "\nChecks derma roller protocol files (JSON) against guidelines: the defaults (document),\n"
      "a built-in set or a clinic's guideline file (--guidelines).\n";
  text += "Exit status: 0 every file valid (with --strict: and without warnings),\n";
  text +=
      "             1 some file breaks a rule, 2 usage error or a file that cannot be read or "
      "parsed\n"
      "             (or, with --schedule, a plan that would fall past 9999-12-31).\n";
  text += "\noptions:\n";
  for (const option_spec& option : option_table) {
    std::string spelled = detail::spelled_with_value(option);
    if (!option.short_name.empty())
      spelled = std::string{option.short_name}.append(", ").append(spelled);
    text += "  " + spelled;
    text += std::string(spelled.size() < 24 ? 24 - spelled.size() : 1, ' ');
    text += std::string{option.help} + "\n";
  }
  return text;
}

struct command_line {
  options chosen;
  std::string error;  // a usage error, when not empty
};

namespace detail {
inline const option_spec* find_option(std::string_view spelled) {
  for (const option_spec& option : option_table) {
    if (spelled == option.name || (!option.short_name.empty() && spelled == option.short_name)) {
      return &option;
    }
  }
  return nullptr;
}
}  // namespace detail

// Reads the arguments after the program's name. `--name=value` and `--name value` are the
// same; `--` ends the options, so that a file may be named "--strict".
inline command_line parse_command_line(const std::vector<std::string_view>& arguments) {
  command_line result;
  const auto fail = [&](std::string message) {
    result.error = std::move(message);
    return result;
  };
  bool options_ended = false;
  for (std::size_t i = 0; i < arguments.size(); ++i) {
    const std::string_view argument = arguments[i];
    if (options_ended || argument == "-" || !argument.starts_with("-")) {
      result.chosen.files.emplace_back(argument);
      continue;
    }
    if (argument == "--") {
      options_ended = true;
      continue;
    }
    const std::size_t equals = argument.find('=');
    const std::string_view spelled = argument.substr(0, equals);
    const option_spec* option = detail::find_option(spelled);
    if (option == nullptr) return fail("unknown option '" + std::string{spelled} + "'");
    std::string_view value;
    if (option->value_name.empty()) {
      if (equals != std::string_view::npos) {
        return fail(std::string{spelled} + " takes no value");
      }
    } else if (equals != std::string_view::npos) {
      value = argument.substr(equals + 1);
    } else if (i + 1 < arguments.size()) {
      value = arguments[++i];
    } else {
      return fail(std::string{spelled} + " needs a value: " + std::string{option->value_name});
    }
    if (std::string problem = option->apply(result.chosen, value); !problem.empty()) {
      return fail(std::move(problem));
    }
  }
  const action what = result.chosen.what;
  if (what == action::check_files && result.chosen.files.empty()) {
    return fail("no protocol file given");
  }
  if (what != action::check_files && what != action::help && what != action::version &&
      !result.chosen.files.empty()) {
    return fail("unexpected file '" + result.chosen.files.front() + "' with " +
                (what == action::list_rules        ? "--list-rules"
                 : what == action::list_guidelines ? "--list-guidelines"
                                                   : "--explain"));
  }
  if (what == action::list_guidelines &&
      (!result.chosen.guidelines_named.empty() || !result.chosen.disabled.empty())) {
    return fail(
        "--list-guidelines lists every built-in set: it takes no --guidelines or --disable");
  }
  if (!result.chosen.timeline_file.empty() && result.chosen.schedule_from.empty()) {
    return fail("--timeline draws a plan: it needs --schedule YYYY-MM-DD");
  }
  if (!result.chosen.schedule_from.empty()) {
    if (what != action::check_files) return fail("--schedule plans the courses of protocol files");
    if (result.chosen.format == output_format::json) {
      return fail("--schedule prints text: it cannot be combined with --format json");
    }
    if (!result.chosen.timeline_file.empty() && result.chosen.files.size() != 1) {
      return fail("--timeline draws the plan of one protocol file, not " +
                  std::to_string(result.chosen.files.size()));
    }
  }
  return result;
}

}  // namespace dermaroller::check

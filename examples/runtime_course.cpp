// Building a course at run time from what a user types, checking it, and printing what the
// rules found: the program a clinic writes around dermaroller (docs/runtime.md).
//
// It reads standard input, one statement per line (a line that starts with '#' is a comment):
//
//   course clinical scars scar_reduction     setting, indication and goal, first
//   area face                                optional, as in a protocol file
//   session 1.5mm 15 anesthetic              needle, passes, then "rest 6w", "anesthetic"
//   session 1.5mm 15 rest 6w anesthetic
//   aftercare anti_inflammatory_cream 24h    a step, and how long it lasts if it does
//
// The words are those of protocol files (docs/protocol-format.md). A line it cannot read is
// reported as "<stdin>:LINE:COL: error: ..." and the program exits with 2; otherwise it prints
// the course, then each finding, and exits with 0 when no error was found, else 1.
//
//   runtime_course < courses/acne-scars-clinic.txt
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <iostream>
#include <string>
#include <string_view>
#include <system_error>

#include <dermaroller/dermaroller.hpp>
#include <dermaroller/extra/ostream.hpp>

using namespace dermaroller;

namespace {

// A line split into words, each with the column it starts at (from 1).
struct words {
  std::string_view line;
  std::size_t next{0};

  struct word {
    std::string_view text;
    std::size_t column{0};
  };

  word take() {
    while (next < line.size() && line[next] == ' ') ++next;
    const std::size_t start = next;
    while (next < line.size() && line[next] != ' ') ++next;
    return {line.substr(start, next - start), start + 1};
  }
};

// Where reading stopped, and why.
struct input_problem {
  std::size_t column{0};
  std::string message;
};

// The enum whose name is `word`: from_string<E>() is the run-time way from a name to a value.
template <class E>
bool read_word(const words::word& word, std::string_view what, E& value, input_problem& problem) {
  if (const maybe<E> named = from_string<E>(word.text)) {
    value = *named;
    return true;
  }
  problem = {word.column, std::string{what} + " \"" + std::string{word.text} + "\" is not one of:"};
  for (const auto& entry : enum_names(E{})) problem.message += " " + std::string{entry.name};
  return false;
}

// A reading<T> from protocol_values.hpp: the value, or the library's own sentence.
template <class T>
bool read_value(const words::word& word, const reading<T>& read, T& value, input_problem& problem) {
  if (!read) {
    problem = {word.column, std::string{read.problem.view()}};
    return false;
  }
  value = *read.value;
  return true;
}

// Passes are a plain whole number, as in protocol files.
bool read_passes(const words::word& word, pass_count& passes, input_problem& problem) {
  std::int32_t count = 0;
  const char* end = word.text.data() + word.text.size();
  const auto [stop, error] = std::from_chars(word.text.data(), end, count);
  if (error != std::errc{} || stop != end || count < 0) {
    problem = {word.column, "passes \"" + std::string{word.text} +
                                "\" is not a whole number of times rolled, such as 15"};
    return false;
  }
  passes = pass_count{count};
  return true;
}

bool read_session(words& line, course& plan, input_problem& problem) {
  session visit;
  const words::word needle = line.take();
  const words::word passes = line.take();
  if (!read_value(needle, read_needle_length(needle.text), visit.needle, problem) ||
      !read_passes(passes, visit.passes, problem)) {
    return false;
  }
  for (words::word option = line.take(); !option.text.empty(); option = line.take()) {
    if (option.text == "anesthetic") {
      visit.anesthetic = true;
    } else if (option.text == "rest") {
      const words::word rest = line.take();
      day_count days;
      if (!read_value(rest, read_rest(rest.text), days, problem)) return false;
      visit.rest = days;
    } else {
      problem = {option.column,
                 "\"" + std::string{option.text} + "\" is neither \"rest\" nor \"anesthetic\""};
      return false;
    }
  }
  // A course holds session_capacity sessions; push_back says when there is no more room.
  if (!plan.sessions.push_back(visit)) {
    problem = {1, "a course has room for " + std::to_string(session_capacity) + " sessions"};
    return false;
  }
  return true;
}

bool read_aftercare(words& line, course& plan, input_problem& problem) {
  aftercare_step step;
  if (!read_word(line.take(), "aftercare step", step.kind, problem)) return false;
  if (const words::word lasts = line.take(); !lasts.text.empty()) {
    hour_count hours;
    if (!read_value(lasts, read_aftercare_duration(lasts.text), hours, problem)) return false;
    step.duration = hours;
  }
  if (!plan.aftercare.push_back(step)) {
    problem = {1,
               "a course has room for " + std::to_string(aftercare_capacity) + " aftercare steps"};
    return false;
  }
  return true;
}

// One statement; false, with the problem, when the line cannot be read.
bool read_line(std::string_view text, course& plan, bool& started, input_problem& problem) {
  words line{text};
  const words::word keyword = line.take();
  if (keyword.text.empty() || keyword.text.starts_with("#")) return true;
  if (keyword.text == "course") {
    started = true;
    return read_word(line.take(), "setting", plan.setting, problem) &&
           read_word(line.take(), "indication", plan.indication, problem) &&
           read_word(line.take(), "goal", plan.goal, problem);
  }
  if (!started) {
    problem = {keyword.column, "the first line must be \"course SETTING INDICATION GOAL\""};
    return false;
  }
  if (keyword.text == "area") return read_word(line.take(), "area", plan.area, problem);
  if (keyword.text == "session") return read_session(line, plan, problem);
  if (keyword.text == "aftercare") return read_aftercare(line, plan, problem);
  problem = {keyword.column, "\"" + std::string{keyword.text} +
                                 "\" is not one of: course, area, session, aftercare"};
  return false;
}

}  // namespace

int main() {
  course plan;
  bool started = false;
  std::string text;
  for (std::size_t number = 1; std::getline(std::cin, text); ++number) {
    input_problem problem;
    if (!read_line(text, plan, started, problem)) {
      std::cout << "<stdin>:" << number << ':' << problem.column << ": error: " << problem.message
                << '\n';
      return 2;
    }
  }

  // Each value prints with its unit (extra/ostream.hpp).
  std::cout << "course: " << plan.setting << ' ' << plan.indication << ' ' << plan.goal
            << " on the " << plan.area << '\n';
  for (std::size_t i = 0; i < plan.sessions.size(); ++i) {
    const session& visit = plan.sessions[i];
    std::cout << "  session " << i + 1 << ": " << visit.needle << ", " << visit.passes;
    if (visit.rest) std::cout << ", " << *visit.rest << " after the previous one";
    std::cout << (visit.anesthetic ? ", anesthetic" : "") << '\n';
  }
  for (const aftercare_step& step : plan.aftercare) {
    std::cout << "  aftercare: " << step.kind;
    if (step.duration) std::cout << " for " << *step.duration;
    std::cout << '\n';
  }

  // A diagnostic prints as "session 2: message", sessions counted from 1.
  const report found = validate(plan);
  for (const diagnostic& d : found) std::cout << d.severity << ": " << d << " [" << d.rule << "]\n";
  const auto counted = [](std::size_t count, std::string_view one, std::string_view many) {
    return std::to_string(count) + ' ' + std::string{count == 1 ? one : many};
  };
  std::cout << (found.ok() ? "valid" : "invalid") << " ("
            << counted(found.errors(), "error", "errors") << ", "
            << counted(found.warnings(), "warning", "warnings") << ", "
            << counted(found.notes(), "note", "notes") << ")\n";
  return found.ok() ? 0 : 1;
}

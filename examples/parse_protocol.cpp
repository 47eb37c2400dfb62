// Loading a protocol file at run time.
//
// A clinic keeps its protocols as JSON files (docs/protocol-format.md). This program reads
// the files named on its command line, turns each into a `course` with parse_protocol(), and
// checks it with validate(). Both steps point back into the file: a text that cannot be read
// gives the line and column of the problem, and each finding gives the line and column of the
// session or field it is about, as FILE:LINE:COLUMN, which editors turn into links.
//
//   parse_protocol protocols/fine-lines-at-the-clinic.json
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include <dermaroller/dermaroller.hpp>
#include <dermaroller/extra/ostream.hpp>

using namespace dermaroller;

namespace {

// The whole file as text, or nothing when it cannot be read. The library itself never reads
// files: it takes a std::string_view, so the text may come from anywhere.
bool read_file(const char* path, std::string& text) {
  std::ifstream file{path, std::ios::binary};
  if (!file) return false;
  std::ostringstream contents;
  contents << file.rdbuf();
  text = contents.str();
  return true;
}

// True when the file reads as a course that breaks no rule of severity error.
bool check(const char* path) {
  std::string text;
  if (!read_file(path, text)) {
    std::cout << path << ": cannot be read\n";
    return false;
  }

  // Reading stops at the first problem: an unknown field, a needle without its unit ("1.5"
  // instead of "1.5mm"), a missing "sessions"... The error says what and where.
  const parse_result read = parse_protocol(text);
  if (!read.ok()) {
    std::cout << located(path, read.error()) << '\n';
    return false;
  }

  // The text is now a course like any other: the rules do not know it came from a file.
  const course& plan = read.value();
  const report found = validate(plan);
  for (const diagnostic& d : found) {
    // Each finding points at its session's '{', or at the field it is about (position_of()).
    std::cout << located(path, d, read) << '\n';
  }
  std::cout << path << ": \"" << plan.name << "\", " << plan.sessions.size()
            << " sessions: " << (found.ok() ? "valid" : "invalid") << '\n';
  return found.ok();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: parse_protocol FILE...\n";
    return 2;
  }
  bool all_valid = true;
  for (int i = 1; i < argc; ++i) all_valid = check(argv[i]) && all_valid;
  return all_valid ? 0 : 1;
}

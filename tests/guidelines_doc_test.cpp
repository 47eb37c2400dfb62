// docs/guidelines.md is written by hand, for readers; this test keeps it from drifting from
// the rule table and the tests. It fails when a rule is missing from the page's summary or
// has another severity there, when the page names a test that does not exist, and when a
// rule has no test named on the page that names the rule. It also holds the table of
// defaults in docs/limits.md to the source records of guidelines.hpp, and each citation to an
// entry of docs/sources.md.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <dermaroller/dermaroller.hpp>

#include "catch.hpp"

using namespace dermaroller;

namespace {

const std::filesystem::path source_dir{DERMAROLLER_SOURCE_DIR};

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in{path};
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in{text};
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// clang-format splits a long test name into adjacent literals, "a home " "course"; joined
// again, the name can be searched for.
std::string with_adjacent_literals_joined(const std::string& source) {
  std::string joined;
  for (std::size_t i = 0; i < source.size(); ++i) {
    if (source[i] == '"') {
      std::size_t next = i + 1;
      while (next < source.size() && (source[next] == ' ' || source[next] == '\n')) ++next;
      if (next > i + 1 && next < source.size() && source[next] == '"') {
        i = next;
        continue;
      }
    }
    joined += source[i];
  }
  return joined;
}

// Whether the source has TEST_CASE("name"), with or without a line break after the '('.
bool declares_test_case(const std::string& source, const std::string& name) {
  const std::string quoted = '"' + name + '"';
  for (std::size_t at = source.find(quoted); at != std::string::npos;
       at = source.find(quoted, at + 1)) {
    std::size_t before = at;
    while (before > 0 && (source[before - 1] == ' ' || source[before - 1] == '\n')) --before;
    const std::string_view opening = "TEST_CASE(";
    if (before >= opening.size() &&
        std::string_view{source}.substr(before - opening.size(), opening.size()) == opening) {
      return true;
    }
  }
  return false;
}

// A test the page names: "  - `rules_test.cpp`: "the test's name"".
struct named_test {
  std::string file;
  std::string name;
};

std::vector<named_test> tests_named_on_the_page() {
  std::vector<named_test> named;
  for (const std::string& line : lines_of(read_file(source_dir / "docs" / "guidelines.md"))) {
    const std::size_t start = line.find("- `");
    const std::size_t file_end = line.find("_test.cpp`: \"");
    if (start == std::string::npos || file_end == std::string::npos || line.back() != '"') {
      continue;
    }
    const std::size_t name_start = file_end + std::string_view{"_test.cpp`: \""}.size();
    named.push_back({line.substr(start + 3, file_end + 9 - (start + 3)),
                     line.substr(name_start, line.size() - 1 - name_start)});
  }
  return named;
}

}  // namespace

TEST_CASE("every rule is in the summary of docs/guidelines.md, with its severity") {
  const std::string page = read_file(source_dir / "docs" / "guidelines.md");
  REQUIRE_FALSE(page.empty());
  for (const rule_definition& entry : rule_definitions) {
    const std::string row = "\n| `" + std::string{entry.code()} + "` | " +
                            std::string{to_string(entry.severity)} + " |";
    CAPTURE(row);
    CHECK(page.find(row) != std::string::npos);
  }
  // and nothing in the summary that is not a rule
  for (const std::string& line : lines_of(page)) {
    if (line.rfind("| `", 0) != 0) continue;
    const std::string code = line.substr(3, line.find('`', 3) - 3);
    CAPTURE(code);
    CHECK(from_string<rule>(code).has_value());
  }
}

TEST_CASE("every test docs/guidelines.md names exists, under that name, in that file") {
  const std::vector<named_test> named = tests_named_on_the_page();
  CHECK(named.size() > rule_definitions.size());
  for (const named_test& test : named) {
    CAPTURE(test.file, test.name);
    const std::string source =
        with_adjacent_literals_joined(read_file(source_dir / "tests" / test.file));
    CHECK(declares_test_case(source, test.name));
  }
}

TEST_CASE("every rule has a test named in docs/guidelines.md whose name names the rule") {
  const std::vector<named_test> named = tests_named_on_the_page();
  for (const rule_definition& entry : rule_definitions) {
    bool found = false;
    for (const named_test& test : named) {
      const std::size_t at = test.name.find(entry.code());
      // the whole code, not the start of a longer one (sunscreen-missing, sunscreen-not-zinc)
      const std::size_t after = at + entry.code().size();
      if (at != std::string::npos && (after == test.name.size() || test.name[after] == ';' ||
                                      test.name[after] == ',' || test.name[after] == ' ')) {
        found = true;
      }
    }
    CAPTURE(entry.code());
    CHECK(found);
  }
}

TEST_CASE("docs/limits.md writes out every source record: member, default and citation") {
  const std::string page = read_file(source_dir / "docs" / "limits.md");
  REQUIRE_FALSE(page.empty());
  for (const guideline_number& number : guideline_numbers) {
    const std::string row = "\n| `" + std::string{number.member} + "` | " +
                            std::string{number.value(default_guidelines).view()} + " | " +
                            std::string{number.source.citation} + " |";
    CAPTURE(row);
    CHECK(page.find(row) != std::string::npos);
  }
  // and no row for a member that has no record
  std::size_t rows = 0;
  for (const std::string& line : lines_of(page)) {
    if (line.rfind("| `", 0) != 0) continue;
    const std::string member = line.substr(3, line.find('`', 3) - 3);
    if (member == "guidelines") continue;  // the heading row, "| `guidelines` member |"
    ++rows;
    bool recorded = false;
    for (const guideline_number& number : guideline_numbers) recorded |= number.member == member;
    CAPTURE(member);
    CHECK(recorded);
  }
  CHECK(rows == guideline_numbers.size());
}

TEST_CASE("every citation of a source record is a short name in docs/sources.md") {
  const std::string sources = read_file(source_dir / "docs" / "sources.md");
  if (sources.empty()) {
    WARN("docs/sources.md is not there yet: its short names are not checked");
    return;
  }
  // "practice default" is the section "Practice defaults"; the others are named as cited.
  for (const guideline_number& number : guideline_numbers) {
    const std::string_view cited = number.source.citation;
    CAPTURE(number.member, cited);
    if (cited == citation::practice_default) {
      CHECK(sources.find("Practice defaults") != std::string::npos);
    } else if (cited == citation::source_document) {
      CHECK(sources.find("source document") != std::string::npos);
    } else {
      CHECK(sources.find(std::string{cited}) != std::string::npos);
    }
  }
}

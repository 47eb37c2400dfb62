// --list-rules and --explain read the rule table, the guidelines and their source records,
// never a copy of them.
#include "rule_catalogue.hpp"

#include <sstream>
#include <string>
#include <vector>

#include "catch.hpp"

using namespace dermaroller;
using namespace dermaroller::check;
using namespace dermaroller::literals;

namespace {
std::string explanation(std::string_view rule_code, const guidelines& g = default_guidelines) {
  const rule_definition* entry = find_rule(rule_code);
  REQUIRE(entry != nullptr);
  std::ostringstream out;
  write_explanation(out, *entry, g);
  return out.str();
}
}  // namespace

TEST_CASE("the rule list has one line per rule, starting with its code and severity") {
  std::ostringstream out;
  write_rule_list(out);
  std::istringstream lines{out.str()};
  std::string line;
  std::size_t index = 0;
  while (std::getline(lines, line)) {
    REQUIRE(index < rule_definitions.size());
    const rule_definition& entry = rule_definitions[index++];
    CHECK(line.starts_with(std::string{entry.code} + " "));
    CHECK(line.find(" " + std::string{to_string(entry.severity)} + " ") != std::string::npos);
    CHECK(line.ends_with(entry.fires_when));
  }
  CHECK(index == rule_definitions.size());
}

TEST_CASE("every rule code is found, and a made-up one is not") {
  for (const rule_definition& entry : rule_definitions) CHECK(find_rule(entry.code) == &entry);
  CHECK(find_rule("needle-too-long") == nullptr);
  CHECK(find_rule("") == nullptr);
}

TEST_CASE("explaining rest-too-short gives its severity, basis, number and source") {
  CHECK(explanation("rest-too-short") ==
        "rest-too-short\n"
        "  severity:   error, the document states it as a requirement or a limit\n"
        "  fires when: less rest than the window's shortest (6 weeks) between sessions of a "
        "clinical collagen-induction or scar-reduction course\n"
        "  basis:      \"six to eight weeks of rest in between\", said of the two medical "
        "end-goals\n"
        "  numbers (member of dermaroller::guidelines = default):\n"
        "    rest_between_sessions.shortest = 42 days (6 weeks)\n"
        "      source: the source document\n");
}

TEST_CASE("explaining a rule shows the numbers of the guidelines given, not a copy") {
  guidelines stricter_clinic = default_guidelines;
  stricter_clinic.home_needle_maximum = 0.3_mm;
  CHECK(explanation("home-needle-too-long").find("home_needle_maximum = 0.5 mm") !=
        std::string::npos);
  CHECK(explanation("home-needle-too-long", stricter_clinic).find("home_needle_maximum = 0.3 mm") !=
        std::string::npos);
}

TEST_CASE("the needle numbers per goal name the studies they come from") {
  const std::string text = explanation("needle-too-long-for-goal");
  CHECK(text.find("collagen_induction.needle.longest = 1.5 mm") != std::string::npos);
  CHECK(text.find("scar_reduction.needle.longest = 2 mm") != std::string::npos);
  CHECK(text.find("Doddaballapur 2009") != std::string::npos);
  CHECK(text.find("NCT02646917") != std::string::npos);
}

TEST_CASE("a rule that compares with no number says so") {
  CHECK(explanation("not-mechanical")
            .ends_with("  numbers:    none; the rule compares with no number\n"));
}

TEST_CASE("maintenance has no session limit, and says so") {
  CHECK(explanation("too-many-sessions").find("maintenance.sessions.most = no limit") !=
        std::string::npos);
}

TEST_CASE("every rule can be explained") {
  for (const rule_definition& entry : rule_definitions) {
    const std::string text = explanation(entry.code);
    CHECK(text.starts_with(std::string{entry.code} + "\n"));
    CHECK(text.find(entry.basis) != std::string::npos);
  }
}

TEST_CASE(
    "each number explained is its source record: member, value as the library writes it, "
    "citation") {
  for (const rule_definition& entry : rule_definitions) {
    const std::string text = explanation(entry.code);
    for (const guideline_number& number : numbers_of(entry.rule)) {
      CAPTURE(entry.code, number.member);
      CHECK(text.find("    " + std::string{number.member} + " = " +
                      std::string{number.value(default_guidelines).view()} + "\n") !=
            std::string::npos);
      CHECK(text.find("      source: " + std::string{number.source.citation}) != std::string::npos);
    }
  }
}

TEST_CASE("the numbers explained are those the rule's row reads, whole members included") {
  CHECK(numbers_of(rule::rest_too_short).size() == 1);
  CHECK(numbers_of(rule::needle_too_long_for_goal).size() == 3);
  CHECK(numbers_of(rule::not_mechanical).empty());
  const std::vector<guideline_number> goals = numbers_of(rule::goal_indication_mismatch);
  REQUIRE(goals.size() == enum_names(indication{}).size());
  CHECK(goals[2].member == "goals_for_indication[scars]");
  CHECK(explanation("goal-indication-mismatch")
            .find("goals_for_indication[scars] = scar_reduction\n") != std::string::npos);
  CHECK(explanation("home-needle-too-long").find("source: practice default") != std::string::npos);
}

TEST_CASE("the schedule's days are written as --explain writes them") {
  CHECK(check::detail::days(42_days) == "42 days (6 weeks)");
  CHECK(check::detail::days(45_days) == "45 days");
}

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
std::string explanation(std::string_view rule_code, const chosen_guidelines& chosen = {}) {
  const rule_definition* entry = find_rule(rule_code);
  REQUIRE(entry != nullptr);
  std::ostringstream out;
  write_explanation(out, *entry, chosen);
  return out.str();
}

chosen_guidelines built_in(std::string_view name, const std::vector<rule>& disabled = {}) {
  const guideline_choice choice = choose_guidelines(name, disabled);
  REQUIRE(choice.usage_error.empty());
  REQUIRE_FALSE(choice.unreadable.has_value());
  return choice.chosen;
}
}  // namespace

TEST_CASE("the rule list has one line per rule, starting with its code and severity") {
  std::ostringstream out;
  write_rule_list(out, built_in("health-canada-2021"));
  std::istringstream lines{out.str()};
  std::string line;
  std::size_t index = 0;
  while (std::getline(lines, line)) {
    REQUIRE(index < rule_definitions.size());
    const rule_definition& entry = rule_definitions[index++];
    CHECK(line.starts_with(std::string{entry.code()} + " "));
    CHECK(line.find(" " + std::string{to_string(entry.severity)} + " ") != std::string::npos);
    const bool off = built_in("health-canada-2021").values.disabled_rules.contains(entry.rule);
    CHECK(line.ends_with(std::string{entry.fires_when} +
                         (off ? " (off in health-canada-2021)" : "")));
  }
  CHECK(index == rule_definitions.size());
}

TEST_CASE("every rule code is found, and a made-up one is not") {
  for (const rule_definition& entry : rule_definitions) CHECK(find_rule(entry.code()) == &entry);
  CHECK(find_rule("needle-too-long") == nullptr);
  CHECK(find_rule("") == nullptr);
}

TEST_CASE("explaining rest-too-short gives its severity, basis, number and source") {
  CHECK(explanation("rest-too-short") ==
        "rest-too-short\n"
        "  severity:   error, its basis states a requirement or a limit\n"
        "  fires when: less rest than the window's shortest (6 weeks) between sessions of a "
        "clinical collagen-induction or scar-reduction course\n"
        "  basis:      \"six to eight weeks of rest in between\", said of the two medical "
        "end-goals\n"
        "  numbers (member of dermaroller::guidelines = default):\n"
        "    rest_between_sessions.shortest = 42 days (6 weeks)\n"
        "      source: the source document\n");
}

TEST_CASE("explaining a rule shows the numbers of the guidelines given, not a copy") {
  chosen_guidelines stricter_clinic;
  stricter_clinic.name = "stricter.json";
  stricter_clinic.from_file = true;
  stricter_clinic.values.home_needle_maximum = 0.3_mm;
  CHECK(explanation("home-needle-too-long").find("home_needle_maximum = 0.5 mm") !=
        std::string::npos);
  const std::string stricter = explanation("home-needle-too-long", stricter_clinic);
  CHECK(stricter.find("  numbers (member of dermaroller::guidelines = value in stricter.json):\n"
                      "    home_needle_maximum = 0.3 mm\n"
                      "      source: stricter.json; set by the guideline file\n") !=
        std::string::npos);
}

TEST_CASE("explaining a rule under a built-in set cites the set's source for what it changes") {
  const chosen_guidelines practice = built_in("practice-4-weeks");
  const std::string text = explanation("rest-too-short", practice);
  CHECK(text.find("= value in practice-4-weeks):\n"
                  "    rest_between_sessions.shortest = 28 days (4 weeks)\n") != std::string::npos);
  const guideline_set& set = *find_guideline_set("practice-4-weeks");
  REQUIRE(set.change_count() == 1);
  CHECK(text.find("      source: " + std::string{set.changes[0].source.citation}) !=
        std::string::npos);
  // What the set leaves alone keeps the document's number and source.
  CHECK(explanation("passes-too-few", practice).find("source: the source document") !=
        std::string::npos);
}

TEST_CASE("explaining a rule the chosen guidelines switch off says so, and who switched it off") {
  CHECK(explanation("home-use-not-authorised")
            .find("\n  in document: off, these guidelines do "
                  "not check it\n") != std::string::npos);
  CHECK(explanation("home-use-not-authorised", built_in("health-canada-2021")).find(": off") ==
        std::string::npos);
  CHECK(explanation("rest-too-short", built_in("document", {rule::rest_too_short}))
            .find("\n  in document: off, switched off by --disable\n") != std::string::npos);
  CHECK(explanation("rest-too-short").find(": off") == std::string::npos);
}

TEST_CASE("the list of guideline sets gives every set's name, description and changed numbers") {
  std::ostringstream out;
  write_guideline_list(out);
  const std::string text = out.str();
  for (const guideline_set& set : guideline_sets) {
    CAPTURE(set.name);
    CHECK(text.find(std::string{set.name} + "\n  " + std::string{set.description} + "\n") !=
          std::string::npos);
    for (const guideline_change& change : set.changes) {
      if (change.member.empty()) continue;
      CHECK(text.find("    " + std::string{change.member}) != std::string::npos);
      CHECK(text.find("      source: " + std::string{change.source.citation}) != std::string::npos);
    }
  }
  CHECK(text.starts_with("document\n"));
  CHECK(text.find("    rest_between_sessions.shortest = 28 days (4 weeks) (document: 42 days (6 "
                  "weeks))\n") != std::string::npos);
}

TEST_CASE("a name that is neither a set nor a file is a usage error with the nearest set") {
  const guideline_choice choice = choose_guidelines("scotland-2025", {});
  CHECK(choice.usage_error ==
        "--guidelines: no guideline set or file named 'scotland-2025' (did you mean "
        "'scotland-2026'?); --list-guidelines lists the sets");
  const guideline_choice file = choose_guidelines("no/such/guidelines.json", {});
  CHECK(file.usage_error.empty());
  REQUIRE(file.unreadable.has_value());
  CHECK(file.unreadable->diagnostics.at(0).code == "input-error");
  CHECK(file.unreadable->diagnostics.at(0).line == 0);
}

TEST_CASE("rules switched off on the command line add to the set's switched-off rules") {
  const chosen_guidelines chosen = built_in("scotland-2026", {rule::sunscreen_not_zinc});
  CHECK(chosen.values.disabled_rules.contains(rule::sunscreen_not_zinc));
  CHECK(chosen.values.disabled_rules.contains(rule::home_use_not_authorised));
  CHECK_FALSE(chosen.values.disabled_rules.contains(rule::needle_needs_healthcare_professional));
  CHECK_FALSE(chosen.is_default());
  CHECK(chosen_guidelines{}.is_default());
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
    const std::string text = explanation(entry.code());
    CHECK(text.starts_with(std::string{entry.code()} + "\n"));
    CHECK(text.find(entry.basis) != std::string::npos);
  }
}

TEST_CASE(
    "each number explained is its source record: member, value as the library writes it, "
    "citation") {
  for (const rule_definition& entry : rule_definitions) {
    const std::string text = explanation(entry.code());
    for (const guideline_number& number : numbers_of(entry.rule)) {
      CAPTURE(entry.code(), number.member);
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

TEST_CASE("the rule list marks a rule off once: the row of a rule document leaves off says so") {
  std::ostringstream out;
  write_rule_list(out, built_in("document", {rule::rest_too_short}));
  const std::string text = out.str();
  CHECK(text.find("(off in document)") != std::string::npos);
  CHECK(text.find("\nrest-too-short ") < text.find("(off in document)"));
  CHECK(text.find("(off in document)", text.find("(off in document)") + 1) == std::string::npos);
}

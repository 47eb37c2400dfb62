// The checker's formats for other tools, on results made up here: GitHub's workflow commands,
// SARIF and FHIR. validate_formats.py validates what the built program writes with the
// validators of SARIF and FHIR; here are the details those validators cannot see.
#include <filesystem>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "catch.hpp"
#include "example_courses.hpp"
#include "fhir_output.hpp"
#include "github_output.hpp"
#include "sarif_output.hpp"

using namespace dermaroller;
using namespace dermaroller::check;
using dermaroller::examples::clinical_scar_course;
using dermaroller::examples::home_maintenance_course;

namespace {

printed_diagnostic long_needle() {
  return {"home-needle-too-long",
          severity::error,
          "a 1.5 mm needle is longer than the home-use maximum of 0.5 mm",
          1,
          9,
          7};
}

printed_diagnostic waived_rest() {
  printed_diagnostic rest{
      "rest-too-short", severity::error, "35 days of rest since the previous session", 1, 10, 60};
  rest.waived = true;
  rest.waived_by = "Dr. A. Example";
  rest.waiver_reason = "patient abroad in week six";
  return rest;
}

file_result unreadable() {
  file_result result;
  result.file = "missing.json";
  result.diagnostics = {
      {"input-error", severity::error, "cannot open the file: No such file", std::nullopt, 0, 0}};
  return result;
}

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1))
    ++count;
  return count;
}

}  // namespace

TEST_CASE(
    "github: one workflow command per finding, error, warning and note as GitHub names them") {
  CHECK(github_line("protocols/home.json", long_needle()) ==
        "::error file=protocols/home.json,line=9,col=7,title=home-needle-too-long::session 2: a "
        "1.5 mm needle is longer than the home-use maximum of 0.5 mm");
  printed_diagnostic warning{"passes-too-few", severity::warning, "10 passes", std::nullopt, 3, 4};
  CHECK(github_line("a.json", warning) ==
        "::warning file=a.json,line=3,col=4,title=passes-too-few::10 passes");
  printed_diagnostic note{"sunscreen-not-zinc", severity::note, "no zinc", std::nullopt, 5, 6};
  CHECK(github_line("a.json", note).starts_with("::notice file=a.json,line=5,col=6,"));
}

TEST_CASE("github: a waived finding is a notice naming its waiver; no position, no line") {
  CHECK(github_line("w.json", waived_rest()) ==
        "::notice file=w.json,line=10,col=60,title=rest-too-short::session 2: 35 days of rest "
        "since the previous session (waived by Dr. A. Example: patient abroad in week six)");
  CHECK(github_line("missing.json", unreadable().diagnostics[0]) ==
        "::error file=missing.json,title=input-error::cannot open the file: No such file");
}

TEST_CASE("github: % CR LF are escaped everywhere, : and , in properties only") {
  printed_diagnostic d{
      "input-error", severity::error, "100% sure:\r\nline, two", std::nullopt, 1, 2};
  CHECK(
      github_line("a,b:c%d\ne.json", d) ==
      "::error file=a%2Cb%3Ac%25d%0Ae.json,line=1,col=2,title=input-error::100%25 sure:%0D%0Aline, "
      "two");
}

TEST_CASE("sarif: URIs are relative to the working directory where they can be, and encoded") {
  CHECK(check::detail::artifact_uri("protocols/home.json") == "protocols/home.json");
  CHECK(check::detail::artifact_uri("<stdin>") == "%3Cstdin%3E");
  CHECK(check::detail::artifact_uri("my scars#1.json") == "my%20scars%231.json");
  const std::filesystem::path here = std::filesystem::current_path();
  CHECK(check::detail::artifact_uri((here / "sub" / "a.json").string()) == "sub/a.json");
  CHECK(check::detail::artifact_uri(
            (here.root_path() / "outside-the-working-directory.json").string()) ==
        "file:///outside-the-working-directory.json");
}

TEST_CASE("sarif: a fingerprint is the finding's, wherever its line is") {
  printed_diagnostic moved = long_needle();
  moved.line = 40;
  CHECK(check::detail::fingerprint(moved) == check::detail::fingerprint(long_needle()));
  CHECK(check::detail::fingerprint(moved).size() == 16);
  printed_diagnostic other_session = long_needle();
  other_session.session = 2;
  CHECK(check::detail::fingerprint(other_session) != check::detail::fingerprint(long_needle()));
  printed_diagnostic other_rule = long_needle();
  other_rule.code = "needle-too-long-for-goal";
  CHECK(check::detail::fingerprint(other_rule) != check::detail::fingerprint(long_needle()));
}

TEST_CASE("sarif: every rule of the table and input-error; results point at their rule") {
  file_result checked;
  checked.file = "w.json";
  checked.checked = true;
  checked.diagnostics = {long_needle(), waived_rest()};
  std::ostringstream out;
  write_sarif(out, {checked, unreadable()});
  const std::string log = out.str();
  CHECK(occurrences(log, "{\"id\": ") == rule_definitions.size() + 1);
  CHECK(occurrences(log, "\"ruleId\": ") == 3);
  CHECK(log.find("\"ruleId\": \"input-error\", \"ruleIndex\": " +
                 std::to_string(rule_definitions.size())) != std::string::npos);
  CHECK(log.find("\"ruleId\": \"home-needle-too-long\", \"ruleIndex\": 2, \"level\": \"error\", "
                 "\"message\": {\"text\": \"session 2: a 1.5 mm needle") != std::string::npos);
  CHECK(log.find("\"region\": {\"startLine\": 9, \"startColumn\": 7}") != std::string::npos);
  CHECK(occurrences(log, "\"suppressions\"") == 1);
  CHECK(log.find("\"suppressions\": [{\"kind\": \"external\", \"status\": \"accepted\", "
                 "\"justification\": \"patient abroad in week six\", \"properties\": "
                 "{\"waivedBy\": \"Dr. A. Example\"}}]") != std::string::npos);
  // A file that cannot be read has no region: SARIF's lines count from 1.
  CHECK(log.find("\"uri\": \"missing.json\"}}}]") != std::string::npos);
}

TEST_CASE("fhir: a course is a PlanDefinition, each session an action after the one before") {
  file_result checked;
  checked.file = "scars.json";
  checked.checked = true;
  std::ostringstream out;
  write_fhir(out, checked, clinical_scar_course());
  const std::string bundle = out.str();
  CHECK(occurrences(bundle, "\n") == 1);
  CHECK(bundle.starts_with(
      "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [{\"resource\": "
      "{\"resourceType\": \"PlanDefinition\", \"status\": \"draft\", \"title\": \"scars.json\""));
  CHECK(occurrences(bundle, "\"id\": \"session-") == 3);
  CHECK(occurrences(bundle, "\"id\": \"aftercare-") == clinical_scar_course().aftercare.size());
  CHECK(bundle.find("{\"id\": \"session-3\", \"title\": \"Session 3\", \"description\": \"1.5 mm "
                    "needle, 15 passes, numbing cream first\", \"relatedAction\": "
                    "[{\"actionId\": \"session-2\", \"relationship\": \"after-start\", "
                    "\"offsetDuration\": {\"value\": 42, \"unit\": \"days\", \"system\": "
                    "\"http://unitsofmeasure.org\", \"code\": \"d\"}}]}") != std::string::npos);
  // No finding still makes an OperationOutcome, which holds at least one issue.
  CHECK(bundle.find("\"issue\": [{\"severity\": \"information\", \"code\": \"informational\"") !=
        std::string::npos);
}

TEST_CASE("fhir: findings are issues with the rule's code, the position and the session's action") {
  file_result checked;
  checked.file = "w.json";
  checked.checked = true;
  checked.diagnostics = {long_needle(), waived_rest()};
  std::ostringstream out;
  write_fhir(out, checked, home_maintenance_course());
  const std::string bundle = out.str();
  CHECK(bundle.find("{\"severity\": \"error\", \"code\": \"business-rule\", \"details\": "
                    "{\"coding\": [{\"system\": \"urn:dermaroller:rule\", \"code\": "
                    "\"home-needle-too-long\"}], \"text\": \"a 1.5 mm needle is longer than the "
                    "home-use maximum of 0.5 mm\"}, \"location\": [\"Line[9] Col[7]\"], "
                    "\"expression\": [\"PlanDefinition.action[1]\"]}") != std::string::npos);
  CHECK(bundle.find("{\"severity\": \"information\", \"code\": \"business-rule\"") !=
        std::string::npos);
  CHECK(bundle.find("\"diagnostics\": \"waived by Dr. A. Example: patient abroad in week six\"") !=
        std::string::npos);
}

TEST_CASE("fhir: a file that was not read is an OperationOutcome alone, its issue structure") {
  std::ostringstream out;
  write_fhir(out, unreadable(), std::nullopt);
  CHECK(out.str() ==
        "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [{\"resource\": "
        "{\"resourceType\": \"OperationOutcome\", \"issue\": [{\"severity\": \"error\", \"code\": "
        "\"structure\", \"details\": {\"coding\": [{\"system\": \"urn:dermaroller:rule\", "
        "\"code\": \"input-error\"}], \"text\": \"cannot open the file: No such file\"}}]}}]}\n");
}

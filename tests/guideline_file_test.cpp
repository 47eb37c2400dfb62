// Guideline files (guideline_file.hpp): what they set, at compile time and at run time, and each
// wrong file as an input error with its exact message, line and column.
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include <dermaroller/dermaroller.hpp>

#include "catch.hpp"
#include "example_courses.hpp"

using namespace dermaroller;
using namespace dermaroller::examples;

namespace {

// The issue's example: a clinic's four-week intervals.
constexpr std::string_view clinic_four_weeks = R"({
  "format": "dermaroller-guidelines/1",
  "name": "Clinic A: four-week intervals",
  "based_on": "document",
  "rest_between_sessions": { "shortest": "4w", "longest": "8w" },
  "home_needle_maximum": "0.3mm",
  "disable": ["sunscreen-not-zinc"]
})";

constexpr guidelines clinic = parse_guidelines(clinic_four_weeks).value().values;

// A clinical collagen course resting `rest` before its second session.
constexpr course collagen_course_resting(day_count rest) {
  course c = clinical_collagen_course();
  c.sessions[1].rest = rest;
  return c;
}

// "line:column message" of the first problem, or "ok".
std::string problem(std::string_view text) {
  const guidelines_result read = parse_guidelines(text);
  if (read.ok()) return "ok";
  const parse_error& error = read.error();
  return std::to_string(error.line) + ":" + std::to_string(error.column) + " " +
         std::string{error.message.view()};
}

// A one-line file with the format and `fields` after it.
std::string file_with(std::string_view fields) {
  return R"({ "format": "dermaroller-guidelines/1", )" + std::string{fields} + " }";
}

}  // namespace

TEST_CASE("the issue's guideline file reads at compile time: name, based_on, rest, home, disable") {
  STATIC_REQUIRE(parse_guidelines(clinic_four_weeks).ok());
  STATIC_REQUIRE(parse_guidelines(clinic_four_weeks).value().name ==
                 fixed_text<120>{"Clinic A: four-week intervals"});
  STATIC_REQUIRE(parse_guidelines(clinic_four_weeks).value().based_on ==
                 fixed_text<40>{"document"});
  CHECK_AT_COMPILE_AND_RUN_TIME(clinic.rest_between_sessions.shortest == day_count{28});
  CHECK_AT_COMPILE_AND_RUN_TIME(clinic.rest_between_sessions.longest == day_count{56});
  CHECK_AT_COMPILE_AND_RUN_TIME(clinic.home_needle_maximum == 300_um);
  CHECK_AT_COMPILE_AND_RUN_TIME(clinic.disabled_rules.contains(rule::sunscreen_not_zinc));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      clinic.disabled_rules.contains(rule::needle_needs_healthcare_professional));
  // everything else is document's
  CHECK_AT_COMPILE_AND_RUN_TIME(clinic.passes.fewest == default_guidelines.passes.fewest);
  CHECK_AT_COMPILE_AND_RUN_TIME(clinic.collagen_induction.needle.longest ==
                                default_guidelines.collagen_induction.needle.longest);
}

TEST_CASE(
    "a 4-week clinical course passes with a guideline file of 4 to 8 weeks, at compile time") {
  CHECK_AT_COMPILE_AND_RUN_TIME(!validate(collagen_course_resting(28_days)).ok());
  CHECK_AT_COMPILE_AND_RUN_TIME(validate(collagen_course_resting(28_days), clinic).ok());
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks(collagen_course_resting(27_days), rule::rest_too_short, clinic));
  constexpr course checked_with_file =
      checked(collagen_course_resting(28_days), parse_guidelines(clinic_four_weeks).value().values);
  CHECK(checked_with_file.sessions.size() == 2);
  // run time: the same text, read while the program runs
  const std::string text{clinic_four_weeks};
  const guidelines_result read = parse_guidelines(text);
  REQUIRE(read.ok());
  CHECK(validate(collagen_course_resting(28_days), read.value().values).ok());
}

TEST_CASE("every member with a record can be set from a file, nested as in C++") {
  constexpr std::string_view every_kind = R"({
  "$schema": "guidelines.schema.json",
  "format": "dermaroller-guidelines/1",
  "based_on": "scotland-2026",
  "longest_needle_made": "2.5mm",
  "collagen_induction": { "needle": { "shortest": "250um", "longest": "1.25mm" },
                          "sessions": { "fewest": 1, "usual_most": 4, "most": 6 } },
  "maintenance": { "sessions": { "most": "none" } },
  "passes": { "fewest": 10, "most": 12 },
  "clean_environment_for": "2h",
  "anti_inflammatory_cover": "2d",
  "healthcare_professional_needle_from": "1mm",
  "goals_for_indication": { "scars": ["scar_reduction", "collagen_induction"] },
  "enable": ["home-use-not-authorised"],
  "disable": ["needle-needs-healthcare-professional", "waiver-unused"]
})";
  constexpr guidelines_result read = parse_guidelines(every_kind);
  STATIC_REQUIRE(read.ok());
  constexpr guidelines g = read.value().values;
  STATIC_REQUIRE(read.value().based_on == fixed_text<40>{"scotland-2026"});
  CHECK_AT_COMPILE_AND_RUN_TIME(g.longest_needle_made == 2500_um);
  CHECK_AT_COMPILE_AND_RUN_TIME(g.collagen_induction.needle.shortest == 250_um);
  CHECK_AT_COMPILE_AND_RUN_TIME(g.collagen_induction.needle.longest == 1250_um);
  CHECK_AT_COMPILE_AND_RUN_TIME(g.collagen_induction.sessions.fewest == 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(g.collagen_induction.sessions.usual_most == 4);
  CHECK_AT_COMPILE_AND_RUN_TIME(g.collagen_induction.sessions.most == 6);
  CHECK_AT_COMPILE_AND_RUN_TIME(g.maintenance.sessions.most == SIZE_MAX);
  CHECK_AT_COMPILE_AND_RUN_TIME(g.passes.fewest == pass_count{10});
  CHECK_AT_COMPILE_AND_RUN_TIME(g.passes.most == pass_count{12});
  CHECK_AT_COMPILE_AND_RUN_TIME(g.clean_environment_for == hour_count{2});
  CHECK_AT_COMPILE_AND_RUN_TIME(g.anti_inflammatory_cover == hour_count{48});
  CHECK_AT_COMPILE_AND_RUN_TIME(g.healthcare_professional_needle_from == 1000_um);
  CHECK_AT_COMPILE_AND_RUN_TIME(
      g.goal_serves(treatment_goal::collagen_induction, indication::scars));
  CHECK_AT_COMPILE_AND_RUN_TIME(!g.goal_serves(treatment_goal::maintenance, indication::scars));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      g.disabled_rules ==
      rule_set{rule::needle_needs_healthcare_professional, rule::waiver_unused});
  // "disabled_rules" itself replaces the set
  constexpr guidelines none_off =
      parse_guidelines(R"({"format": "dermaroller-guidelines/1", "disabled_rules": []})")
          .value()
          .values;
  CHECK_AT_COMPILE_AND_RUN_TIME(none_off.disabled_rules.empty());
}

TEST_CASE("every record with a slot is reachable from a file under its own name") {
  // Each record, set to the value it already has in document, reads back unchanged.
  for (const guideline_number& number : guideline_numbers) {
    CAPTURE(number.member);
    CHECK(number.file.kind != guideline_kind::none);
  }
  CHECK(problem(file_with(R"("goals_for_indication": { "skin_health": ["maintenance"] })")) ==
        "ok");
  CHECK(problem(file_with(R"("scar_reduction": { "sessions": { "usual_most": "none" } })")) ==
        "ok");
}

TEST_CASE("months and years, for the screening numbers, are read as protocol units are") {
  using detail::guideline_months_format;
  using detail::guideline_years_format;
  CHECK_AT_COMPILE_AND_RUN_TIME(read_duration("6mo", "x", guideline_months_format).value == 6);
  CHECK_AT_COMPILE_AND_RUN_TIME(read_duration("1y", "x", guideline_months_format).value == 12);
  CHECK_AT_COMPILE_AND_RUN_TIME(read_duration("18y", "x", guideline_years_format).value == 18);
  CHECK(read_duration("18", "minimum_age", guideline_years_format).problem.view() ==
        R"(minimum_age "18" has no unit; a number of years is written in years, such as "18y")");
  CHECK(
      read_duration("6w", "isotretinoin_wait", guideline_months_format).problem.view() ==
      R"(isotretinoin_wait "6w" is in weeks; a number of months is written in months or years, such as "6mo" or "1y")");
}

TEST_CASE("a bad guideline file is an input error with its exact message, line and column") {
  CHECK(problem(R"([])") ==
        "1:1 a guideline file is one JSON object, beginning with '{'; found an array");
  CHECK(
      problem(R"({ "name": "x" })") ==
      R"(1:1 the guideline file has no "format", which is required; add it, as in "format": "dermaroller-guidelines/1")");
  CHECK(
      problem(R"({ "format": "dermaroller/1" })") ==
      R"(1:13 unsupported format "dermaroller/1"; this version reads "dermaroller-guidelines/1")");
  // unknown fields, with the nearest name
  CHECK(problem(file_with(R"("rest_between_session": { "shortest": "4w" })")) ==
        R"(1:41 unknown field "rest_between_session"; did you mean "rest_between_sessions"?)");
  CHECK(problem(file_with(R"("rest_between_sessions": { "shortst": "4w" })")) ==
        R"(1:68 unknown field "shortst" in "rest_between_sessions"; did you mean "shortest"?)");
  CHECK(
      problem(file_with(R"("colour": "red")")) ==
      R"(1:41 unknown field "colour"; a guideline file has format, name, based_on, disable, enable and the members of the guidelines (docs/guideline-files.md))");
  CHECK(problem(file_with(R"("passes": { "many": 3 })")) ==
        R"(1:53 unknown field "many" in "passes"; the fields here are: fewest most)");
  CHECK(problem(file_with(R"("goals_for_indication": { "wrinkle": [] })")) ==
        R"(1:67 unknown field "wrinkle" in "goals_for_indication"; did you mean "wrinkles"?)");
  // wrong units and types
  CHECK(
      problem(file_with(R"("rest_between_sessions": { "shortest": 28 })")) ==
      R"(1:80 rest_between_sessions.shortest 28 has no unit; write "28d" for days or "28w" for weeks)");
  CHECK(
      problem(file_with(R"("clean_environment_for": "2w")")) ==
      R"(1:66 clean_environment_for "2w" is in weeks; a number of hours is written in hours or days, such as "24h" or "1d")");
  CHECK(problem(file_with(R"("home_needle_maximum": 0.3)")) ==
        R"(1:64 home_needle_maximum 0.3 has no unit; write "0.3mm" or "300um")");
  CHECK(
      problem(file_with(R"("rest_between_sessions": "4w")")) ==
      R"(1:66 "rest_between_sessions" must be an object of its members, as in "rest_between_sessions": { "shortest": ... }; found a string)");
  CHECK(
      problem(file_with(R"("collagen_induction": { "sessions": { "fewest": "none" } })")) ==
      R"(1:89 "collagen_induction.sessions.fewest" must be a whole number, as in 2; found a string)");
  CHECK(
      problem(file_with(R"("scar_reduction": { "sessions": { "most": "lots" } })")) ==
      R"(1:83 scar_reduction.sessions.most "lots" is not a number of sessions: write a whole number, or "none" for no limit)");
  CHECK(
      problem(file_with(R"("passes": { "most": 0 })")) ==
      R"(1:61 passes.most 0 is out of range; a session has a whole number of passes from 1 to 1000)");
  CHECK(
      problem(file_with(R"("goals_for_indication": { "scars": [] })")) ==
      R"(1:76 goals_for_indication[scars] lists no goal, so that every course of it would fail; list at least one)");
  CHECK(
      problem(file_with(R"("goals_for_indication": { "scars": ["scar"] })")) ==
      R"(1:77 unknown goals_for_indication[scars] "scar"; expected one of: collagen_induction, scar_reduction, maintenance)");
  // duplicates
  CHECK(problem(file_with(R"("passes": { "fewest": 15, "fewest": 3 })")) ==
        R"(1:67 duplicate field "passes.fewest": it was already given at line 1, column 53)");
  CHECK(problem(file_with(R"("name": "a", "name": "b")")) ==
        R"(1:54 duplicate field "name": it was already given at line 1, column 41)");
  // rule codes and set names
  CHECK(
      problem(file_with(R"("disable": ["sunscreen-not-zink"])")) ==
      R"(1:53 unknown rule "sunscreen-not-zink"; did you mean "sunscreen-not-zinc"? (dermaroller-check --list-rules lists the codes))");
  CHECK(
      problem(file_with(R"("based_on": "scotland")")) ==
      R"(1:53 unknown guideline set "scotland"; the sets are: document practice-4-weeks scotland-2026 health-canada-2021)");
  CHECK(
      problem(file_with(R"("based_on": "documents")")) ==
      R"(1:53 unknown guideline set "documents"; did you mean "document"? The sets are: document practice-4-weeks scotland-2026 health-canada-2021)");
  CHECK(problem(file_with(R"("passes": { "fewest": 10 }, "based_on": "document")")) ==
        R"(1:69 "based_on" comes after members it would reset; write it before them)");
}

TEST_CASE("a guideline file that contradicts itself is an input error at the member it set") {
  CHECK(problem(R"({
  "format": "dermaroller-guidelines/1",
  "rest_between_sessions": { "shortest": "9w" }
})") == "3:42 rest_between_sessions.shortest, 63 days (9 weeks), is more than "
        "rest_between_sessions.longest, 56 days (8 weeks); the guidelines contradict themselves");
  // the later of the two, when both are set
  CHECK(problem(R"({
  "format": "dermaroller-guidelines/1",
  "rest_between_sessions": { "longest": "3w", "shortest": "4w" }
})") == "3:59 rest_between_sessions.shortest, 28 days (4 weeks), is more than "
        "rest_between_sessions.longest, 21 days (3 weeks); the guidelines contradict themselves");
  CHECK(problem(file_with(R"("home_needle_maximum": "3.5mm")")) ==
        "1:64 home_needle_maximum, 3.5 mm, is more than longest_needle_made, 3 mm; the guidelines "
        "contradict themselves");
  CHECK(problem(file_with(R"("longest_needle_made": "1mm")")) ==
        "1:64 collagen_induction.needle.longest, 1.5 mm, is more than longest_needle_made, 1 mm; "
        "the guidelines contradict themselves");
  CHECK(problem(file_with(R"("scar_reduction": { "needle": { "shortest": "2.5mm" } })")) ==
        "1:85 scar_reduction.needle.shortest, 2.5 mm, is more than scar_reduction.needle.longest, "
        "2 mm; the guidelines contradict themselves");
  CHECK(problem(file_with(R"("passes": { "fewest": 21 })")) ==
        "1:63 passes.fewest, 21 passes, is more than passes.most, 20 passes; the guidelines "
        "contradict themselves");
  CHECK(problem(file_with(R"("collagen_induction": { "sessions": { "fewest": 4 } })")) ==
        "1:89 collagen_induction.sessions.fewest, 4 sessions, is more than "
        "collagen_induction.sessions.usual_most, 3 sessions; the guidelines contradict themselves");
  CHECK(problem(file_with(R"("scar_reduction": { "sessions": { "usual_most": 6 } })")) ==
        "1:89 scar_reduction.sessions.usual_most, 6 sessions, is more than "
        "scar_reduction.sessions.most, 5 sessions; the guidelines contradict themselves");
  // no usual limit under a hard one is no contradiction: document's scar reduction
  CHECK(problem(file_with(R"("scar_reduction": { "sessions": { "most": 4 } })")) == "ok");
}

TEST_CASE("every example guideline file reads, and the issue's passes a 4-week protocol") {
  const std::filesystem::path examples{DERMAROLLER_EXAMPLES_DIR};
  const auto contents_of = [](const std::filesystem::path& path) {
    std::ifstream in{path};
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
  };
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator{examples / "guidelines"}) {
    CAPTURE(entry.path().string());
    CHECK(problem(contents_of(entry.path())) == "ok");
    ++files;
  }
  CHECK(files >= 3);
  const guidelines_result clinic_file =
      parse_guidelines(contents_of(examples / "guidelines" / "clinic-four-weeks.json"));
  REQUIRE(clinic_file.ok());
  CHECK(clinic_file.value().values.disabled_rules == clinic.disabled_rules);
  CHECK(clinic_file.value().values.rest_between_sessions.shortest == 28_days);
  // the waived example protocol is valid with the Scottish clinic's file, and not without its
  // practitioner
  const guidelines_result scottish =
      parse_guidelines(contents_of(examples / "guidelines" / "scottish-clinic.json"));
  REQUIRE(scottish.ok());
  const parse_result waived =
      parse_protocol(contents_of(examples / "protocols" / "acne-scars-waived-late-session.json"));
  REQUIRE(waived.ok());
  CHECK(validate(waived.value(), scottish.value().values).ok());
  course without_practitioner = waived.value();
  without_practitioner.practitioner = {};
  CHECK_FALSE(validate(without_practitioner, scottish.value().values).ok());
}

// Waivers: a finding the clinic accepts is still reported, marked waived, and no longer counts
// against ok(); a waiver that accepts nothing is waiver-unused. In C++ and in protocol files,
// with each bad waiver an input error at its exact position; and "practitioner", "$schema".
#include <initializer_list>
#include <string>
#include <string_view>

#include <dermaroller/dermaroller.hpp>

#include "catch.hpp"
#include "example_courses.hpp"

using namespace dermaroller;
using namespace dermaroller::examples;

namespace {

// A scar course whose second session comes four weeks after the first: rest-too-short there.
constexpr course four_weeks_into_scars() {
  course c = clinical_scar_course();
  c.sessions[1].rest = 4_weeks;
  return c;
}

constexpr course with_waivers(course c, std::initializer_list<waiver> waivers) {
  for (const waiver& w : waivers) (void)c.waivers.push_back(w);
  return c;
}

constexpr waiver waive(rule which, maybe<std::size_t> session) {
  return {which, session, "patient abroad in week six", "Dr. A. Example",
          calendar_date{2027, 1, 10}};
}

constexpr course waived_course() {
  return with_waivers(four_weeks_into_scars(), {waive(rule::rest_too_short, std::size_t{1})});
}

// "line:column message" of the protocol's first problem, or "ok".
std::string problem(std::string_view text) {
  const parse_result read = parse_protocol(text);
  if (read.ok()) return "ok";
  return std::to_string(read.error().line) + ":" + std::to_string(read.error().column) + " " +
         std::string{read.error().message.view()};
}

// A protocol of two 1.5 mm scar sessions six weeks apart, with `more` fields after them.
std::string protocol_with(std::string_view more) {
  return R"({ "format": "dermaroller/1", "setting": "home", "indication": "skin_health", "goal": "maintenance", "sessions": [{ "needle": "0.5mm", "passes": 15 }, { "needle": "0.5mm", "passes": 15 }], "aftercare": [{ "step": "moisturizer" }], )" +
         std::string{more} + " }";
}

}  // namespace

TEST_CASE("a waived finding is still reported, marked waived, and does not count against ok()") {
  CHECK_AT_COMPILE_AND_RUN_TIME(!validate(four_weeks_into_scars()).ok());
  CHECK_AT_COMPILE_AND_RUN_TIME(validate(waived_course()).ok());
  constexpr report found = validate(waived_course());
  CHECK_AT_COMPILE_AND_RUN_TIME(found.size() == 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(found.errors() == 0);
  CHECK_AT_COMPILE_AND_RUN_TIME(found.count(severity::error) == 0);
  CHECK_AT_COMPILE_AND_RUN_TIME(found.waived() == 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(found.has(rule::rest_too_short));
  CHECK_AT_COMPILE_AND_RUN_TIME(found[0].waived());
  CHECK_AT_COMPILE_AND_RUN_TIME(found[0].waiver() == maybe<std::size_t>{0});
  CHECK_AT_COMPILE_AND_RUN_TIME(validate(four_weeks_into_scars())[0].waiver() ==
                                maybe<std::size_t>{});
  // the message does not mention the waiver: the caller adds it
  CHECK(message(found[0]).view() ==
        "28 days of rest since the previous session is less than the 42 days required");
  constexpr course accepted = checked(waived_course());
  CHECK(accepted.waivers.size() == 1);
}

TEST_CASE("a waiver with a session covers that session; without one, every finding of its rule") {
  course two_short = four_weeks_into_scars();
  two_short.sessions[2].rest = 4_weeks;
  CHECK(validate(two_short).errors() == 2);
  // session 2 (index 1) only: session 3's finding still counts
  const report one =
      validate(with_waivers(two_short, {waive(rule::rest_too_short, std::size_t{1})}));
  CHECK(one.errors() == 1);
  CHECK(one.waived() == 1);
  CHECK(one[0].waived());
  CHECK_FALSE(one[1].waived());
  // no session: both
  const report both = validate(with_waivers(two_short, {waive(rule::rest_too_short, {})}));
  CHECK(both.ok());
  CHECK(both.waived() == 2);
  // a course-level finding, by a waiver without a session
  const course no_moisturizer = without_step(clinical_scar_course(), aftercare_kind::moisturizer);
  const report course_level =
      validate(with_waivers(no_moisturizer, {waive(rule::skin_care_products_missing, {})}));
  CHECK(course_level.warnings() == 0);
  CHECK(course_level.waived() == 1);
  // a waiver for a session accepts no course-level finding
  CHECK(validate(
            with_waivers(no_moisturizer, {waive(rule::skin_care_products_missing, std::size_t{0})}))
            .has(rule::waiver_unused));
}

TEST_CASE("waiver-unused, for a waiver that matches no finding: its rule, session and number") {
  const course unused =
      with_waivers(clinical_scar_course(),
                   {waive(rule::rest_too_short, std::size_t{2}), waive(rule::passes_too_few, {})});
  const report found = validate(unused);
  REQUIRE(found.size() == 2);
  CHECK(found.ok());  // a warning
  CHECK(found.warnings() == 2);
  CHECK(found[0].rule == rule::waiver_unused);
  CHECK(found[0].session() == maybe<std::size_t>{2});
  CHECK(found[1].session() == maybe<std::size_t>{});
  CHECK(message(found[0]).view() ==
        "waiver 1, of rest-too-short, matches no finding; remove it, or correct its rule or "
        "session");
  CHECK(message(found[1]).view() ==
        "waiver 2, of passes-too-few, matches no finding; remove it, or correct its rule or "
        "session");
  // a waiver of a rule the guidelines switch off matches nothing either
  guidelines lenient = default_guidelines;
  lenient.disabled_rules.insert(rule::rest_too_short);
  const report disabled = validate(waived_course(), lenient);
  CHECK(disabled.size() == 1);
  CHECK(disabled[0].rule == rule::waiver_unused);
  // and switched off itself, it is silent
  lenient.disabled_rules.insert(rule::waiver_unused);
  CHECK(validate(waived_course(), lenient).empty());
  // two waivers of the same finding: both match it, the first is the one recorded
  const report twice = validate(
      with_waivers(four_weeks_into_scars(),
                   {waive(rule::rest_too_short, {}), waive(rule::rest_too_short, std::size_t{1})}));
  CHECK(twice.size() == 1);
  CHECK(twice[0].waiver() == maybe<std::size_t>{0});
}

TEST_CASE("protocol files read practitioner, $schema and waivers, sessions counted from 1") {
  const std::string text = protocol_with(
      R"("$schema": "https://example.org/protocol.schema.json", "practitioner": "beauty_practitioner", "waivers": [{ "rule": "rest-too-short", "session": 2, "reason": "patient abroad in week six", "by": "Dr. A. Example", "date": "2027-01-10" }, { "rule": "sunscreen-not-zinc", "reason": "zinc allergy", "by": "Nurse B" }])");
  const parse_result read = parse_protocol(text);
  REQUIRE(read.ok());
  const course& c = read.value();
  CHECK(c.practitioner == maybe<practitioner>{practitioner::beauty_practitioner});
  REQUIRE(c.waivers.size() == 2);
  CHECK(c.waivers[0] == waive(rule::rest_too_short, std::size_t{1}));
  CHECK(c.waivers[1].session == maybe<std::size_t>{});
  CHECK(c.waivers[1].date == maybe<calendar_date>{});
  CHECK(c.waivers[1].reason.view() == "zinc allergy");
  // both unused by this home course: each points at its waiver's '{'
  const report found = validate(c);
  REQUIRE(found.size() == 2);
  const std::size_t waivers_at = text.find("[{ \"rule\"") + 2;
  CHECK(position_of(found[0], read.positions()) ==
        source_position{1, static_cast<std::uint32_t>(waivers_at)});
  CHECK(position_of(found[1], read.positions()).column ==
        static_cast<std::uint32_t>(text.find("{ \"rule\": \"sunscreen") + 1));
}

TEST_CASE("needle-needs-healthcare-professional points at the needle, home-use at the setting") {
  const std::string text =
      R"({ "format": "dermaroller/1", "setting": "clinical", "indication": "scars", "goal": "scar_reduction", "practitioner": "self", "sessions": [{ "needle": "1.5mm", "passes": 15 }] })";
  const parse_result read = parse_protocol(text);
  REQUIRE(read.ok());
  const report found = validate(read.value(), find_guideline_set("scotland-2026")->values);
  CHECK(found.has(rule::needle_needs_healthcare_professional));
  for (const diagnostic& d : found) {
    if (d.rule != rule::needle_needs_healthcare_professional) continue;
    CHECK(position_of(d, read.positions()).column == text.find("\"needle\"") + 1);
  }
}

TEST_CASE("a bad waiver is an input error with its exact message, line and column") {
  CHECK(
      problem(protocol_with(
          R"("waivers": [{ "rule": "rest-too-short", "reason": "", "by": "Dr. A" }])")) ==
      R"(1:281 waiver 1 has an empty "reason"; a waiver records who accepted the finding, and why)");
  CHECK(problem(protocol_with(
            R"("waivers": [{ "rule": "rest-too-short", "reason": "r", "by": "" }])")) ==
        R"(1:292 waiver 1 has an empty "by"; a waiver records who accepted the finding, and why)");
  CHECK(
      problem(protocol_with(R"("waivers": [{ "rule": "rest-too-short", "by": "Dr. A" }])")) ==
      R"(1:243 waiver 1 has no "reason", which is required; add it, as in "reason": "patient abroad in week six")");
  CHECK(
      problem(
          protocol_with(R"("waivers": [{ "rule": "rest-to-short", "reason": "r", "by": "b" }])")) ==
      R"(1:253 unknown rule "rest-to-short"; did you mean "rest-too-short"? (dermaroller-check --list-rules lists the codes))");
  CHECK(
      problem(protocol_with(
          R"("waivers": [{ "rule": "rest-too-short", "session": 3, "reason": "r", "by": "b" }])")) ==
      R"(1:282 waiver 1 is for session 3, but the course has 2 sessions)");
  CHECK(
      problem(protocol_with(
          R"("waivers": [{ "rule": "rest-too-short", "session": 0, "reason": "r", "by": "b" }])")) ==
      R"(1:282 session 0 is not a session's number: a whole number from 1 to 64)");
  CHECK(
      problem(protocol_with(
          R"("waivers": [{ "rule": "rest-too-short", "reason": "r", "by": "b", "when": "now" }])")) ==
      R"(1:297 unknown field "when" in waiver 1; the fields are: rule, session, reason, by, date)");
  CHECK(
      problem(protocol_with(
          R"("waivers": [{ "rule": "rest-too-short", "reason": "r", "by": "b", "date": "2027-02-30" }])")) ==
      R"(1:305 date "2027-02-30" does not exist: month 2 of 2027 has 28 days)");
  CHECK(
      problem(protocol_with(R"("practitioner": "doctor")")) ==
      R"(1:247 unknown practitioner "doctor"; expected one of: self, beauty_practitioner, healthcare_professional)");
  CHECK(
      problem(protocol_with(R"("$schema": 1)")) ==
      R"(1:242 "$schema" must be a string, as in "$schema": "protocol.schema.json"; found a number)");
}

TEST_CASE("waivers come before or after the sessions alike: the session is checked at the end") {
  const std::string before =
      R"({ "format": "dermaroller/1", "waivers": [{ "rule": "rest-too-short", "session": 5, "reason": "r", "by": "b" }], "setting": "clinical", "indication": "scars", "goal": "scar_reduction", "sessions": [{ "needle": "1.5mm", "passes": 15 }] })";
  CHECK(problem(before) == R"(1:81 waiver 1 is for session 5, but the course has 1 session)");
}

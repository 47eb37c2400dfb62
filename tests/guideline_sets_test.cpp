// The built-in guideline sets (guideline_sets.hpp): each on both sides of every number it
// changes, and the rules that only some sets switch on: needle-needs-healthcare-professional,
// home-use-not-authorised, and disabled rules in general.
#include <string_view>

#include <dermaroller/dermaroller.hpp>

#include "catch.hpp"
#include "example_courses.hpp"

using namespace dermaroller;
using namespace dermaroller::examples;

namespace {

constexpr const guidelines& set_named(std::string_view name) {
  return find_guideline_set(name)->values;
}

// A clinical collagen course whose second session comes `rest` after the first.
constexpr course collagen_course_resting(day_count rest) {
  course c = clinical_collagen_course();
  c.sessions[1].rest = rest;
  return c;
}

constexpr course with_passes(course c, std::size_t index, pass_count passes) {
  c.sessions[index].passes = passes;
  return c;
}

// The 4-week clinical course of the studies, as a protocol text with dates.
constexpr std::string_view four_week_course = R"({
  "format": "dermaroller/1",
  "setting": "clinical", "indication": "scars", "goal": "scar_reduction",
  "sessions": [
    { "needle": "1.5mm", "passes": 15, "anesthetic": true, "date": "2027-01-04" },
    { "needle": "1.5mm", "passes": 15, "anesthetic": true, "date": "2027-02-01" },
    { "needle": "1.5mm", "passes": 15, "anesthetic": true, "date": "2027-03-01" }
  ],
  "aftercare": [
    { "step": "clean_environment", "for": "1h" }, { "step": "anti_inflammatory_cream", "for": "24h" },
    { "step": "mineral_preparation" }, { "step": "peptide_preparation" }, { "step": "moisturizer" }
  ]
})";

constexpr bool is_valid_with(std::string_view text, const guidelines& g) {
  const parse_result read = parse_protocol(text);
  return read.ok() && validate(read.value(), g).ok();
}

}  // namespace

TEST_CASE("the built-in sets are document, practice-4-weeks, scotland-2026, health-canada-2021") {
  CHECK_AT_COMPILE_AND_RUN_TIME(guideline_sets.size() == 4);
  CHECK_AT_COMPILE_AND_RUN_TIME(guideline_sets[0].name == "document");
  CHECK_AT_COMPILE_AND_RUN_TIME(guideline_sets[1].name == "practice-4-weeks");
  CHECK_AT_COMPILE_AND_RUN_TIME(guideline_sets[2].name == "scotland-2026");
  CHECK_AT_COMPILE_AND_RUN_TIME(guideline_sets[3].name == "health-canada-2021");
  CHECK_AT_COMPILE_AND_RUN_TIME(find_guideline_set("scotland") == nullptr);
  CHECK_AT_COMPILE_AND_RUN_TIME(find_guideline_set("document") == &guideline_sets[0]);
  CHECK_AT_COMPILE_AND_RUN_TIME(guideline_sets[0].change_count() == 0);
  for (const guideline_set& set : guideline_sets) {
    CAPTURE(set.name);
    CHECK_FALSE(set.description.empty());
  }
}

namespace {

constexpr const guideline_number* record_of(std::string_view member) {
  for (const guideline_number& number : guideline_numbers) {
    if (number.member == member) return &number;
  }
  return nullptr;
}

// Every member a set changes has a record, cites a source, and differs from `document`; and
// every number that differs from `document` is listed as a change.
constexpr bool changes_are_listed_and_real(const guideline_set& set) {
  for (std::size_t i = 0; i < set.change_count(); ++i) {
    const guideline_change& change = set.changes[i];
    const guideline_number* number = record_of(change.member);
    if (number == nullptr || change.source.citation.empty() || change.source.note.empty()) {
      return false;
    }
    if (number->value(set.values).view() == number->value(default_guidelines).view()) return false;
  }
  for (const guideline_number& number : guideline_numbers) {
    if (number.value(set.values).view() == number.value(default_guidelines).view()) continue;
    bool listed = false;
    for (std::size_t i = 0; i < set.change_count(); ++i)
      listed |= set.changes[i].member == number.member;
    if (!listed) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("each set lists, with a source, exactly the numbers it changes from document") {
  CHECK_AT_COMPILE_AND_RUN_TIME(changes_are_listed_and_real(guideline_sets[0]));
  CHECK_AT_COMPILE_AND_RUN_TIME(changes_are_listed_and_real(guideline_sets[1]));
  CHECK_AT_COMPILE_AND_RUN_TIME(changes_are_listed_and_real(guideline_sets[2]));
  CHECK_AT_COMPILE_AND_RUN_TIME(changes_are_listed_and_real(guideline_sets[3]));
  CHECK_AT_COMPILE_AND_RUN_TIME(guideline_sets[1].changes[0].source.citation ==
                                citation::harris_2015);
  CHECK_AT_COMPILE_AND_RUN_TIME(guideline_sets[2].changes[0].source.citation ==
                                citation::scotland_2026);
  CHECK_AT_COMPILE_AND_RUN_TIME(guideline_sets[3].changes[0].source.citation ==
                                citation::health_canada_2021);
}

TEST_CASE("a 4-week clinical course fails with document and passes with practice-4-weeks") {
  STATIC_REQUIRE(parse_protocol(four_week_course).ok());
  CHECK_AT_COMPILE_AND_RUN_TIME(!is_valid_with(four_week_course, set_named("document")));
  CHECK_AT_COMPILE_AND_RUN_TIME(is_valid_with(four_week_course, set_named("practice-4-weeks")));
  constexpr course passes = checked(four_week_course, set_named("practice-4-weeks"));
  CHECK(passes.sessions.size() == 3);
  const report with_document = validate(parse_protocol(four_week_course).value());
  CHECK(with_document.errors() == 2);
  CHECK(first_finding(parse_protocol(four_week_course).value(), rule::rest_too_short).found == 28);
}

TEST_CASE("practice-4-weeks: rest-too-short from 27 days, not at 28; rest-too-long past 56") {
  const guidelines& four_weeks = set_named("practice-4-weeks");
  CHECK_AT_COMPILE_AND_RUN_TIME(set_named("practice-4-weeks").rest_between_sessions.shortest ==
                                28_days);
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks(collagen_course_resting(27_days), rule::rest_too_short,
                                       set_named("practice-4-weeks")));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      has_no_diagnostic(collagen_course_resting(28_days), set_named("practice-4-weeks")));
  CHECK(breaks(collagen_course_resting(41_days), rule::rest_too_short));
  CHECK(has_no_diagnostic(collagen_course_resting(41_days), four_weeks));
  // the longest rest is document's
  CHECK(has_no_diagnostic(collagen_course_resting(56_days), four_weeks));
  CHECK(breaks(collagen_course_resting(57_days), rule::rest_too_long, four_weeks));
}

TEST_CASE(
    "needle-needs-healthcare-professional, in scotland-2026: 1.5 mm or more, unless one holds it") {
  constexpr course at_threshold = clinical_scar_course();  // 1.5 mm, no practitioner stated
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks(at_threshold, rule::needle_needs_healthcare_professional, set_named("scotland-2026")));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      !breaks(at_threshold, rule::needle_needs_healthcare_professional));  // off in document
  const course just_below = with_needle(at_threshold, 1499_um);
  CHECK_FALSE(
      breaks(just_below, rule::needle_needs_healthcare_professional, set_named("scotland-2026")));
  for (const practitioner who : {practitioner::self, practitioner::beauty_practitioner}) {
    course held = at_threshold;
    held.practitioner = who;
    CHECK(breaks(held, rule::needle_needs_healthcare_professional, set_named("scotland-2026")));
  }
  course by_a_professional = at_threshold;
  by_a_professional.practitioner = practitioner::healthcare_professional;
  CHECK(has_no_diagnostic(by_a_professional, set_named("scotland-2026")));
  // one finding per session, at the threshold, in the set's words
  const report found = validate(at_threshold, set_named("scotland-2026"));
  CHECK(found.errors() == 3);
  const diagnostic first = first_finding(at_threshold, rule::needle_needs_healthcare_professional,
                                         set_named("scotland-2026"));
  CHECK(first.session() == maybe<std::size_t>{0});
  CHECK(message(first).view() ==
        "a 1.5 mm needle reaches the 1.5 mm from which these guidelines reserve microneedling "
        "for a healthcare professional, and the course's practitioner is not one");
  // an invalid needle is needle-length-invalid's alone
  CHECK_FALSE(breaks(with_needle(at_threshold, 3.5_mm), rule::needle_needs_healthcare_professional,
                     set_named("scotland-2026")));
  // a clinic's own threshold
  guidelines stricter = set_named("scotland-2026");
  stricter.healthcare_professional_needle_from = 1.0_mm;
  CHECK(breaks(clinical_collagen_course(), rule::needle_needs_healthcare_professional, stricter));
  CHECK_FALSE(breaks(clinical_collagen_course(), rule::needle_needs_healthcare_professional,
                     set_named("scotland-2026")));
}

TEST_CASE(
    "home-use-not-authorised, in health-canada-2021: any home course; a clinical one passes") {
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(
      home_maintenance_course(), rule::home_use_not_authorised, set_named("health-canada-2021")));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(home_maintenance_course()));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      has_no_diagnostic(clinical_scar_course(), set_named("health-canada-2021")));
  const report found = validate(home_maintenance_course(), set_named("health-canada-2021"));
  REQUIRE(found.size() == 1);
  CHECK_FALSE(found.ok());
  CHECK(found[0].session() == maybe<std::size_t>{});
  CHECK(message(found[0]).view() ==
        "no microneedling device is authorised for home use under these guidelines; the course "
        "needs a clinical setting");
  // the Canadian set does not switch on Scotland's rule
  CHECK(has_no_diagnostic(clinical_scar_course(), set_named("health-canada-2021")));
}

TEST_CASE("a disabled rule is silent: no finding, no count, whatever the course") {
  guidelines lenient = default_guidelines;
  lenient.disabled_rules.insert(rule::rest_too_short).insert(rule::sunscreen_not_zinc);
  const course short_rest = collagen_course_resting(30_days);
  CHECK(breaks(short_rest, rule::rest_too_short));
  CHECK(has_no_diagnostic(short_rest, lenient));
  const course other_sunscreen =
      with_step(clinical_scar_course(), aftercare_step{aftercare_kind::other_sunscreen});
  CHECK(breaks(other_sunscreen, rule::sunscreen_not_zinc));
  CHECK(has_no_diagnostic(other_sunscreen, lenient));
  // the other rules still fire beside a disabled one
  CHECK(breaks_only(with_passes(short_rest, 1, pass_count{21}), rule::passes_too_many, lenient));
  // and a rule switched back on fires again
  guidelines scotland_without = set_named("scotland-2026");
  scotland_without.disabled_rules.insert(rule::needle_needs_healthcare_professional);
  CHECK(has_no_diagnostic(clinical_scar_course(), scotland_without));
  STATIC_REQUIRE(
      default_guidelines.disabled_rules ==
      rule_set{rule::needle_needs_healthcare_professional, rule::home_use_not_authorised});
}

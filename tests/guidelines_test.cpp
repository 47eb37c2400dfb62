// The default guidelines hold the numbers of the sources in docs/sources.md, each with its
// record in guideline_numbers; a clinic copies them, changes what its own practice says, and
// validates against its own set.
#include <cstddef>
#include <string_view>

#include <dermaroller/dermaroller.hpp>

#include "catch.hpp"
#include "example_courses.hpp"

using namespace dermaroller;
using namespace dermaroller::literals;
using namespace dermaroller::examples;

namespace {

// "Two to three sessions" is the document's; this clinic allows a fourth.
constexpr guidelines clinic_allowing_four_collagen_sessions() {
  guidelines g = default_guidelines;
  g.collagen_induction.sessions.usual_most = 4;
  g.collagen_induction.sessions.most = 5;
  return g;
}

// Some practitioners keep home rollers to 0.1-0.3 mm (docs/sources.md).
constexpr guidelines clinic_with_a_stricter_home_maximum() {
  guidelines g = default_guidelines;
  g.home_needle_maximum = 0.3_mm;
  g.maintenance.needle.longest = 0.3_mm;
  return g;
}

// Clinical studies often spaced sessions about 4 weeks apart (Harris et al. 2015,
// docs/sources.md).
constexpr guidelines clinic_resting_four_to_six_weeks() {
  guidelines g = default_guidelines;
  g.rest_between_sessions = {4_weeks, 6_weeks};
  return g;
}

constexpr course collagen_course_resting(day_count rest) {
  course c = clinical_collagen_course();
  c.sessions[1].rest = rest;
  return c;
}

}  // namespace

TEST_CASE("the default guidelines hold the numbers of the document and of docs/sources.md") {
  constexpr const guidelines& g = default_guidelines;
  // Practice defaults: rollers are made up to 3.0 mm; home rollers up to 0.5 mm.
  CHECK_AT_COMPILE_AND_RUN_TIME(g.longest_needle_made == 3.0_mm);
  CHECK_AT_COMPILE_AND_RUN_TIME(g.home_needle_maximum == 0.5_mm);
  // Needle ranges per goal: Doddaballapur 2009, NCT02646917 and practice defaults. The
  // document: sessions per goal.
  CHECK_AT_COMPILE_AND_RUN_TIME(g.collagen_induction.needle.shortest == 0.5_mm);
  CHECK_AT_COMPILE_AND_RUN_TIME(g.collagen_induction.needle.longest == 1.5_mm);
  CHECK_AT_COMPILE_AND_RUN_TIME(g.collagen_induction.sessions.fewest == 2);
  CHECK_AT_COMPILE_AND_RUN_TIME(g.collagen_induction.sessions.usual_most == 3);
  CHECK_AT_COMPILE_AND_RUN_TIME(g.collagen_induction.sessions.most == SIZE_MAX);
  CHECK_AT_COMPILE_AND_RUN_TIME(g.scar_reduction.needle.shortest == 1.0_mm);
  CHECK_AT_COMPILE_AND_RUN_TIME(g.scar_reduction.needle.longest == 2.0_mm);
  CHECK_AT_COMPILE_AND_RUN_TIME(g.scar_reduction.sessions.most == 5);
  CHECK_AT_COMPILE_AND_RUN_TIME(g.maintenance.needle.longest == 0.5_mm);
  // The document: six to eight weeks of rest, 15 to 20 passes, the first hour, 24 hours.
  CHECK_AT_COMPILE_AND_RUN_TIME(g.rest_between_sessions.shortest == 6_weeks);
  CHECK_AT_COMPILE_AND_RUN_TIME(g.rest_between_sessions.longest == 8_weeks);
  CHECK_AT_COMPILE_AND_RUN_TIME(g.passes.fewest == pass_count{15});
  CHECK_AT_COMPILE_AND_RUN_TIME(g.passes.most == pass_count{20});
  CHECK_AT_COMPILE_AND_RUN_TIME(g.clean_environment_for == 1_hours);
  CHECK_AT_COMPILE_AND_RUN_TIME(g.anti_inflammatory_cover == 24_hours);
}

TEST_CASE("validate uses the default guidelines when given none") {
  constexpr course four = with_session_count(clinical_collagen_course(), 4);
  constexpr auto same_findings = [](const report& a, const report& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (!(a[i] == b[i])) return false;
    }
    return true;
  };
  CHECK_AT_COMPILE_AND_RUN_TIME(same_findings(validate(four), validate(four, default_guidelines)));
  CHECK_AT_COMPILE_AND_RUN_TIME(validate(four).size() == 1);
}

TEST_CASE(
    "a clinic usually giving 4 collagen sessions, at most 5, accepts a fourth, warns of a "
    "fifth and refuses a sixth") {
  constexpr guidelines clinic = clinic_allowing_four_collagen_sessions();
  constexpr course four = with_session_count(clinical_collagen_course(), 4);
  constexpr course five = with_session_count(clinical_collagen_course(), 5);
  constexpr course six = with_session_count(clinical_collagen_course(), 6);
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks(four, rule::more_sessions_than_usual));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(four, clinic));
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(five, rule::more_sessions_than_usual, clinic));
  CHECK_AT_COMPILE_AND_RUN_TIME(first_finding(five, rule::more_sessions_than_usual, clinic).limit ==
                                4);
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks(six, rule::too_many_sessions, clinic));
  CHECK_AT_COMPILE_AND_RUN_TIME(first_finding(six, rule::too_many_sessions, clinic).limit == 5);
  // Scar reduction keeps its own limit.
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks(with_session_count(clinical_scar_course(), 6), rule::too_many_sessions, clinic));
}

TEST_CASE("a clinic with a stricter 0.3 mm home maximum refuses a 0.5 mm home roller") {
  constexpr guidelines clinic = clinic_with_a_stricter_home_maximum();
  constexpr course half_millimetre = home_maintenance_course();
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(half_millimetre));
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks(half_millimetre, rule::home_needle_too_long, clinic));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks(with_needle(half_millimetre, 0.301_mm), rule::home_needle_too_long, clinic));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(with_needle(half_millimetre, 0.3_mm), clinic));
  constexpr diagnostic finding = first_finding(half_millimetre, rule::home_needle_too_long, clinic);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.limit == 300);
  CHECK_AT_COMPILE_AND_RUN_TIME(message(finding).view() ==
                                "a 0.5 mm needle is longer than the home-use maximum of 0.3 mm");
}

TEST_CASE("a clinic with a 4-week rest window accepts sessions 28 days apart") {
  constexpr guidelines clinic = clinic_resting_four_to_six_weeks();
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks(collagen_course_resting(28_days), rule::rest_too_short));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(collagen_course_resting(28_days), clinic));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(collagen_course_resting(27_days), rule::rest_too_short, clinic));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(collagen_course_resting(42_days), clinic));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(collagen_course_resting(43_days), rule::rest_too_long, clinic));
  constexpr diagnostic finding =
      first_finding(collagen_course_resting(27_days), rule::rest_too_short, clinic);
  CHECK_AT_COMPILE_AND_RUN_TIME(message(finding).view() ==
                                "27 days of rest since the previous session is less than the 28 "
                                "days required");
}

TEST_CASE("a clinic can let an indication be served by another goal") {
  guidelines clinic = default_guidelines;
  clinic.goals_for_indication[static_cast<std::size_t>(indication::skin_health)] =
      goal_set{treatment_goal::maintenance, treatment_goal::collagen_induction};
  course c = clinical_collagen_course();
  c.indication = indication::skin_health;
  CHECK(breaks(c, rule::goal_indication_mismatch));
  CHECK_FALSE(breaks(c, rule::goal_indication_mismatch, clinic));
  CHECK(has_no_diagnostic(c, clinic));
}

TEST_CASE("guidelines are plain values a clinic can build at run time too") {
  guidelines clinic = default_guidelines;
  clinic.passes = {pass_count{10}, pass_count{12}};
  const course c = clinical_scar_course();
  CHECK(breaks(c, rule::passes_too_many, clinic));
  CHECK(first_finding(c, rule::passes_too_many, clinic).limit == 12);
}

namespace {

constexpr const guideline_number* record_of(std::string_view member) {
  for (const guideline_number& number : guideline_numbers) {
    if (number.member == member) return &number;
  }
  return nullptr;
}

constexpr bool cites_a_short_name_of_the_sources(const guideline_number& number) {
  const std::string_view cited = number.source.citation;
  return cited == citation::source_document || cited == citation::doddaballapur_2009 ||
         cited == citation::harris_2015 || cited == citation::skinpen_trial ||
         cited == citation::scotland_2026 || cited == citation::health_canada_2021 ||
         cited == citation::practice_default;
}

constexpr bool each_member_has_one_record() {
  for (std::size_t i = 0; i < guideline_numbers.size(); ++i) {
    if (!cites_a_short_name_of_the_sources(guideline_numbers[i])) return false;
    for (std::size_t j = 0; j < i; ++j) {
      if (guideline_numbers[i].member == guideline_numbers[j].member) return false;
    }
  }
  return true;
}

}  // namespace

TEST_CASE("each number of guidelines has one source record, citing docs/sources.md") {
  CHECK_AT_COMPILE_AND_RUN_TIME(each_member_has_one_record());
  CHECK_AT_COMPILE_AND_RUN_TIME(guideline_numbers.size() == 44);
  CHECK_AT_COMPILE_AND_RUN_TIME(record_of("healthcare_professional_needle_from")->source.citation ==
                                "Scotland asp 13");
  CHECK_AT_COMPILE_AND_RUN_TIME(record_of("disabled_rules")->source.citation == "practice default");
  CHECK_AT_COMPILE_AND_RUN_TIME(record_of("rest_between_sessions.shortest")->source.citation ==
                                "the source document");
  CHECK_AT_COMPILE_AND_RUN_TIME(record_of("collagen_induction.needle.longest")->source.citation ==
                                "Doddaballapur 2009");
  CHECK_AT_COMPILE_AND_RUN_TIME(record_of("scar_reduction.needle.shortest")->source.citation ==
                                "practice default");
  CHECK_AT_COMPILE_AND_RUN_TIME(record_of("scar_reduction.needle.longest")->source.citation ==
                                "NCT02646917");
  CHECK_AT_COMPILE_AND_RUN_TIME(record_of("longest_needle_made")->source.citation ==
                                "practice default");
  CHECK_AT_COMPILE_AND_RUN_TIME(record_of("home_needle_maximum")->source.citation ==
                                "practice default");
  CHECK_AT_COMPILE_AND_RUN_TIME(record_of("rest_between_sessions") == nullptr);
}

TEST_CASE("a record writes its number, unit and all, from whichever guidelines it is given") {
  const guideline_number& rest = *record_of("rest_between_sessions.shortest");
  CHECK(rest.value(default_guidelines).view() == "42 days (6 weeks)");
  CHECK(rest.value(clinic_resting_four_to_six_weeks()).view() == "28 days (4 weeks)");
  guidelines clinic = default_guidelines;
  clinic.rest_between_sessions = {30_days, 60_days};
  CHECK(rest.value(clinic).view() == "30 days");
  CHECK(record_of("home_needle_maximum")->value(default_guidelines).view() == "0.5 mm");
  CHECK(record_of("home_needle_maximum")->value(clinic_with_a_stricter_home_maximum()).view() ==
        "0.3 mm");
  CHECK(record_of("clean_environment_for")->value(default_guidelines).view() == "1 hour");
  CHECK(record_of("passes.most")->value(default_guidelines).view() == "20 passes");
  CHECK(record_of("maintenance.sessions.most")->value(default_guidelines).view() == "no limit");
  CHECK(record_of("collagen_induction.sessions.usual_most")
            ->value(clinic_allowing_four_collagen_sessions())
            .view() == "4 sessions");
  CHECK(record_of("collagen_induction.sessions.most")->value(default_guidelines).view() ==
        "no limit");
  CHECK(record_of("goals_for_indication[scars]")->value(default_guidelines).view() ==
        "scar_reduction");
  CHECK(record_of("goals_for_indication[wrinkles]")->value(default_guidelines).view() ==
        "collagen_induction maintenance");
  CHECK(record_of("healthcare_professional_needle_from")->value(default_guidelines).view() ==
        "1.5 mm");
  CHECK(record_of("disabled_rules")->value(default_guidelines).view() ==
        "needle-needs-healthcare-professional home-use-not-authorised");
  guidelines every_rule_on = default_guidelines;
  every_rule_on.disabled_rules = rule_set{};
  CHECK(record_of("disabled_rules")->value(every_rule_on).view() == "none");
}

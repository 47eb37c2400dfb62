// Every rule of rules.hpp: a course that breaks it and a near miss, at the boundary, that does
// not; each checked by the compiler and again at run time. Read top to bottom, the test names
// are the guidelines.
#include <cstddef>
#include <iterator>
#include <string_view>

#include <dermaroller/dermaroller.hpp>

#include "catch.hpp"
#include "example_courses.hpp"

using namespace dermaroller;
using namespace dermaroller::literals;
using namespace dermaroller::examples;

namespace {

constexpr course with_setting(course c, setting where) {
  c.setting = where;
  return c;
}

constexpr course with_indication(course c, indication what, treatment_goal aim) {
  c.indication = what;
  c.goal = aim;
  return c;
}

constexpr course with_area(course c, body_area where, bool approved) {
  c.area = where;
  c.doctor_approval = approved;
  return c;
}

constexpr course with_rest(course c, std::size_t index, maybe<day_count> rest) {
  c.sessions[index].rest = rest;
  return c;
}

constexpr course with_date(course c, std::size_t index, calendar_date date) {
  c.sessions[index].date = date;
  return c;
}

constexpr course with_passes(course c, std::size_t index, pass_count passes) {
  c.sessions[index].passes = passes;
  return c;
}

constexpr course without_anesthetic(course c, std::size_t index) {
  c.sessions[index].anesthetic = false;
  return c;
}

constexpr course with_modality(course c, std::size_t index, modality method) {
  c.sessions[index].modality = method;
  return c;
}

constexpr course with_flushing(course c, std::size_t index, flushing seen) {
  c.sessions[index].flushing = seen;
  return c;
}

constexpr course with_sun(course c) {
  c.sun_exposure = true;
  return c;
}

constexpr course with_skin_type(course c, skin_type type) {
  c.skin_type = type;
  return c;
}

// Both sessions of the collagen course dated, the second `rest` days after the first, and
// the recorded rest taken away so that only the dates speak.
constexpr course collagen_course_dated(calendar_date first, calendar_date second) {
  course c = with_rest(clinical_collagen_course(), 1, {});
  c = with_date(c, 0, first);
  return with_date(c, 1, second);
}

}  // namespace

TEST_CASE("the example courses keep every guideline") {
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(clinical_scar_course()));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(clinical_collagen_course()));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(home_maintenance_course()));
}

TEST_CASE("every rule has the code and severity the summary of docs/guidelines.md gives it") {
  struct expected_rule {
    rule which;
    std::string_view code;
    severity level;
  };
  // The summary of docs/guidelines.md, in its order.
  constexpr expected_rule product_table[] = {
      {rule::no_sessions, "no-sessions", severity::error},
      {rule::needle_length_invalid, "needle-length-invalid", severity::error},
      {rule::home_needle_too_long, "home-needle-too-long", severity::error},
      {rule::home_indication_not_supported, "home-indication-not-supported", severity::error},
      {rule::home_goal_not_maintenance, "home-goal-not-maintenance", severity::warning},
      {rule::goal_indication_mismatch, "goal-indication-mismatch", severity::error},
      {rule::needle_too_long_for_goal, "needle-too-long-for-goal", severity::warning},
      {rule::needle_too_short_for_goal, "needle-too-short-for-goal", severity::warning},
      {rule::too_many_sessions, "too-many-sessions", severity::error},
      {rule::more_sessions_than_usual, "more-sessions-than-usual", severity::warning},
      {rule::too_few_sessions, "too-few-sessions", severity::warning},
      {rule::rest_missing, "rest-missing", severity::error},
      {rule::sessions_out_of_order, "sessions-out-of-order", severity::error},
      {rule::rest_too_short, "rest-too-short", severity::error},
      {rule::rest_too_long, "rest-too-long", severity::warning},
      {rule::anesthetic_missing, "anesthetic-missing", severity::warning},
      {rule::passes_too_few, "passes-too-few", severity::warning},
      {rule::passes_too_many, "passes-too-many", severity::warning},
      {rule::not_mechanical, "not-mechanical", severity::error},
      {rule::doctor_approval_missing, "doctor-approval-missing", severity::error},
      {rule::uneven_flushing, "uneven-flushing", severity::warning},
      {rule::skin_care_products_missing, "skin-care-products-missing", severity::warning},
      {rule::clean_environment_missing, "clean-environment-missing", severity::warning},
      {rule::anti_inflammatory_missing, "anti-inflammatory-missing", severity::warning},
      {rule::mineral_peptide_missing, "mineral-peptide-missing", severity::warning},
      {rule::sunscreen_missing, "sunscreen-missing", severity::warning},
      {rule::sunscreen_not_zinc, "sunscreen-not-zinc", severity::note},
      {rule::needle_needs_healthcare_professional, "needle-needs-healthcare-professional",
       severity::error},
      {rule::home_use_not_authorised, "home-use-not-authorised", severity::error},
      {rule::waiver_unused, "waiver-unused", severity::warning},
      {rule::patient_not_screened, "patient-not-screened", severity::note},
      {rule::patient_under_age, "patient-under-age", severity::error},
      {rule::isotretinoin_too_recent, "isotretinoin-too-recent", severity::warning},
      {rule::isotretinoin_not_compared, "isotretinoin-not-compared", severity::note},
      {rule::pregnancy, "pregnancy", severity::error},
      {rule::active_infection, "active-infection", severity::error},
      {rule::active_acne, "active-acne", severity::warning},
      {rule::keloid_history, "keloid-history", severity::warning},
      {rule::skin_disease_in_area, "skin-disease-in-area", severity::warning},
      {rule::anticoagulants, "anticoagulants", severity::warning},
      {rule::recent_sun_damage, "recent-sun-damage", severity::warning},
      {rule::needle_too_long_for_area, "needle-too-long-for-area", severity::warning},
  };
  STATIC_REQUIRE(std::size(product_table) == rule_definitions.size());
  STATIC_REQUIRE(std::size(product_table) == 42);
  for (const expected_rule& expected : product_table) {
    CAPTURE(expected.code);
    CHECK(code(expected.which) == expected.code);
    CHECK(definition(expected.which).severity == expected.level);
    CHECK(from_string<rule>(expected.code) == maybe<rule>{expected.which});
  }
  static_assert(code(rule::home_needle_too_long) == "home-needle-too-long");
  static_assert(definition(rule::sunscreen_not_zinc).severity == severity::note);
}

// ---- no-sessions ---------------------------------------------------------------------------

TEST_CASE("a course with no session breaks no-sessions; one session does not") {
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(with_session_count(clinical_scar_course(), 0), rule::no_sessions));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(with_session_count(clinical_scar_course(), 1)));
  CHECK_AT_COMPILE_AND_RUN_TIME(first_finding(course{}, rule::no_sessions).session_index ==
                                diagnostic::no_session);
}

// ---- needle-length-invalid -----------------------------------------------------------------

TEST_CASE("a needle of 0 mm or over 3.0 mm breaks needle-length-invalid; 3.0 mm does not") {
  constexpr course scars = clinical_scar_course();
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks(with_needle(scars, 0_um), rule::needle_length_invalid));
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks(with_needle(scars, 3.001_mm), rule::needle_length_invalid));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks(with_needle(scars, needle_length::from_micrometres(-1)), rule::needle_length_invalid));
  CHECK_AT_COMPILE_AND_RUN_TIME(!breaks(with_needle(scars, 3.0_mm), rule::needle_length_invalid));
  CHECK_AT_COMPILE_AND_RUN_TIME(!breaks(with_needle(scars, 1_um), rule::needle_length_invalid));

  constexpr diagnostic too_long =
      first_finding(with_needle(scars, 3.5_mm), rule::needle_length_invalid);
  CHECK_AT_COMPILE_AND_RUN_TIME(too_long.severity == severity::error);
  CHECK_AT_COMPILE_AND_RUN_TIME(too_long.session_index == 0);
  CHECK_AT_COMPILE_AND_RUN_TIME(too_long.found == 3500);
  CHECK_AT_COMPILE_AND_RUN_TIME(too_long.limit == 3000);
  CHECK_AT_COMPILE_AND_RUN_TIME(message(too_long).view() ==
                                "a needle of 3.5 mm is not one a roller is made with: lengths run "
                                "from above 0 up to 3 mm");
}

TEST_CASE("an invalid needle length is reported once, by needle-length-invalid alone") {
  // Each session's impossible needle gives one finding, not one per needle rule.
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(with_needle(clinical_scar_course(), 3.5_mm), rule::needle_length_invalid));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(with_needle(clinical_scar_course(), 0_um), rule::needle_length_invalid));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(with_needle(home_maintenance_course(), 3.5_mm), rule::needle_length_invalid));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(with_needle(clinical_collagen_course(), 0_um), rule::needle_length_invalid));
  CHECK_AT_COMPILE_AND_RUN_TIME(validate(with_needle(clinical_scar_course(), 3.5_mm)).size() == 3);
}

// ---- home-needle-too-long ------------------------------------------------------------------

TEST_CASE("a home course with a 1.5 mm needle breaks home-needle-too-long") {
  constexpr course home = with_needle(home_maintenance_course(), 1.5_mm);
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks(home, rule::home_needle_too_long));
  constexpr diagnostic finding = first_finding(home, rule::home_needle_too_long);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::error);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.session_index == 0);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.found == 1500);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.limit == 500);
  CHECK_AT_COMPILE_AND_RUN_TIME(message(finding).view() ==
                                "a 1.5 mm needle is longer than the home-use maximum of 0.5 mm");
}

TEST_CASE("a home needle of 0.501 mm breaks home-needle-too-long; 0.5 mm does not") {
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks(with_needle(home_maintenance_course(), 0.501_mm), rule::home_needle_too_long));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(with_needle(home_maintenance_course(), 0.5_mm)));
  // The clinic is not held to the home maximum.
  CHECK_AT_COMPILE_AND_RUN_TIME(!breaks(clinical_scar_course(), rule::home_needle_too_long));
}

// ---- home-indication-not-supported ---------------------------------------------------------

TEST_CASE(
    "a home course for scars, or to remove stretch marks, breaks "
    "home-indication-not-supported") {
  constexpr course home = home_maintenance_course();
  constexpr course home_scars =
      with_indication(home, indication::scars, treatment_goal::scar_reduction);
  constexpr course home_stretch_mark_removal =
      with_indication(home, indication::stretch_marks, treatment_goal::collagen_induction);
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks(home_scars, rule::home_indication_not_supported));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks(home_stretch_mark_removal, rule::home_indication_not_supported));
  constexpr diagnostic finding =
      first_finding(home_stretch_mark_removal, rule::home_indication_not_supported);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::error);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.session_index == diagnostic::no_session);
  CHECK_AT_COMPILE_AND_RUN_TIME(message(finding).view() ==
                                "home rollers are not for treating stretch marks: that needs the "
                                "clinical procedure");
}

TEST_CASE("a home course maintaining the effects on stretch marks keeps every rule") {
  // Home rollers "can be used to maintain the effects of collagen induction treatments".
  constexpr course home_stretch_mark_care = with_indication(
      home_maintenance_course(), indication::stretch_marks, treatment_goal::maintenance);
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(home_stretch_mark_care));
  // Scars stay an error at home, even for maintenance.
  constexpr course home_scar_care =
      with_indication(home_maintenance_course(), indication::scars, treatment_goal::maintenance);
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks(home_scar_care, rule::home_indication_not_supported));
}

TEST_CASE("a home course maintaining wrinkles does not break home-indication-not-supported") {
  constexpr course home = home_maintenance_course();
  CHECK_AT_COMPILE_AND_RUN_TIME(
      has_no_diagnostic(with_indication(home, indication::wrinkles, treatment_goal::maintenance)));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(
      with_indication(home, indication::pigmentation, treatment_goal::maintenance)));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      !breaks(clinical_scar_course(), rule::home_indication_not_supported));
}

// ---- home-goal-not-maintenance -------------------------------------------------------------

TEST_CASE("a home course aiming at collagen induction breaks home-goal-not-maintenance") {
  constexpr course home = with_indication(home_maintenance_course(), indication::wrinkles,
                                          treatment_goal::collagen_induction);
  // The home roller's 0.5 mm is within collagen induction's range; only the goal is wrong.
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(home, rule::home_goal_not_maintenance));
  constexpr diagnostic finding = first_finding(home, rule::home_goal_not_maintenance);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::warning);
  CHECK_AT_COMPILE_AND_RUN_TIME(message(finding).view() ==
                                "a home course aims at collagen induction; home rollers are for "
                                "maintenance, and lasting effects need the clinical procedure");
  CHECK_AT_COMPILE_AND_RUN_TIME(
      !breaks(home_maintenance_course(), rule::home_goal_not_maintenance));
}

// ---- goal-indication-mismatch --------------------------------------------------------------

TEST_CASE("scars treated by collagen induction break goal-indication-mismatch") {
  constexpr course mismatched = with_indication(clinical_scar_course(), indication::scars,
                                                treatment_goal::collagen_induction);
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks(mismatched, rule::goal_indication_mismatch));
  constexpr diagnostic finding = first_finding(mismatched, rule::goal_indication_mismatch);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::error);
  CHECK_AT_COMPILE_AND_RUN_TIME(message(finding).view() ==
                                "the goal collagen induction does not treat scars");
}

TEST_CASE("each indication accepts only the goals that serve it, by goal-indication-mismatch") {
  using enum indication;
  using enum treatment_goal;
  struct pairing {
    indication what;
    treatment_goal aim;
    bool serves;
  };
  constexpr pairing table[] = {
      {wrinkles, collagen_induction, true},
      {wrinkles, maintenance, true},
      {wrinkles, scar_reduction, false},
      {stretch_marks, collagen_induction, true},
      {stretch_marks, maintenance, true},
      {stretch_marks, scar_reduction, true},  // either medical end-goal minimises them
      {scars, scar_reduction, true},
      {scars, collagen_induction, false},
      {scars, maintenance, false},
      {pigmentation, collagen_induction, true},
      {pigmentation, maintenance, true},
      {pigmentation, scar_reduction, false},
      {elasticity, collagen_induction, true},
      {elasticity, maintenance, true},
      {elasticity, scar_reduction, false},
      {skin_health, maintenance, true},
      {skin_health, collagen_induction, false},
      {skin_health, scar_reduction, false},
  };
  constexpr auto all_agree = [](const auto& pairings) {
    for (const pairing& p : pairings) {
      const course c = with_indication(clinical_collagen_course(), p.what, p.aim);
      if (breaks(c, rule::goal_indication_mismatch) == p.serves) return false;
    }
    return true;
  };
  STATIC_REQUIRE(std::size(table) == 18);  // every indication with every goal
  CHECK_AT_COMPILE_AND_RUN_TIME(all_agree(table));
}

// ---- needle-too-long-for-goal --------------------------------------------------------------

TEST_CASE("a needle past the goal's range breaks needle-too-long-for-goal; its longest does not") {
  constexpr course collagen = clinical_collagen_course();
  constexpr course scars = clinical_scar_course();
  constexpr course clinical_maintenance = with_indication(
      with_needle(collagen, 0.5_mm), indication::skin_health, treatment_goal::maintenance);

  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(with_needle(collagen, 1.501_mm), rule::needle_too_long_for_goal));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(with_needle(collagen, 1.5_mm)));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(with_needle(scars, 2.001_mm), rule::needle_too_long_for_goal));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(with_needle(scars, 2.0_mm)));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(clinical_maintenance));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(with_needle(clinical_maintenance, 0.501_mm), rule::needle_too_long_for_goal));

  constexpr diagnostic finding =
      first_finding(with_needle(collagen, 2.5_mm), rule::needle_too_long_for_goal);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::warning);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.found == 2500);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.limit == 1500);
  // In a clinic the reason is the goal's cited range; at home, the document's own reason.
  CHECK_AT_COMPILE_AND_RUN_TIME(message(finding).view() ==
                                "a 2.5 mm needle is longer than the 1.5 mm of the range cited for "
                                "this goal");
  constexpr diagnostic at_home = first_finding(with_needle(home_maintenance_course(), 0.75_mm),
                                               rule::needle_too_long_for_goal);
  CHECK_AT_COMPILE_AND_RUN_TIME(message(at_home).view() ==
                                "a 0.75 mm needle is longer than the 0.5 mm recommended for this "
                                "goal; needles that are too long discourage regular use");
}

TEST_CASE("a home needle over 0.5 mm breaks needle-too-long-for-goal as well as the home limit") {
  constexpr report found = validate(with_needle(home_maintenance_course(), 0.75_mm));
  CHECK_AT_COMPILE_AND_RUN_TIME(found.has(rule::needle_too_long_for_goal));
  CHECK_AT_COMPILE_AND_RUN_TIME(found.has(rule::home_needle_too_long));
}

// ---- needle-too-short-for-goal -------------------------------------------------------------

TEST_CASE("a clinical needle short of the goal's range breaks needle-too-short-for-goal") {
  constexpr course collagen = clinical_collagen_course();
  constexpr course scars = clinical_scar_course();
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(with_needle(collagen, 0.499_mm), rule::needle_too_short_for_goal));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(with_needle(collagen, 0.5_mm)));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(with_needle(scars, 0.999_mm), rule::needle_too_short_for_goal));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(with_needle(scars, 1.0_mm)));

  constexpr diagnostic finding =
      first_finding(with_needle(scars, 0.5_mm), rule::needle_too_short_for_goal);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::warning);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.found == 500);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.limit == 1000);
  CHECK_AT_COMPILE_AND_RUN_TIME(
      message(finding).view() ==
      "a 0.5 mm needle is shorter than the 1 mm recommended for this goal");
}

TEST_CASE("a home needle is never too short for its goal") {
  constexpr course home_collagen =
      with_needle(with_indication(home_maintenance_course(), indication::wrinkles,
                                  treatment_goal::collagen_induction),
                  0.25_mm);
  CHECK_AT_COMPILE_AND_RUN_TIME(!breaks(home_collagen, rule::needle_too_short_for_goal));
}

// ---- too-many-sessions ---------------------------------------------------------------------

TEST_CASE("a sixth scar-reduction session breaks too-many-sessions; five do not") {
  constexpr course six = with_session_count(clinical_scar_course(), 6);
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(six, rule::too_many_sessions));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(with_session_count(clinical_scar_course(), 5)));
  constexpr diagnostic finding = first_finding(six, rule::too_many_sessions);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::error);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.session_index == diagnostic::no_session);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.found == 6);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.limit == 5);
  CHECK_AT_COMPILE_AND_RUN_TIME(message(finding).view() ==
                                "6 sessions is more than the 5 sessions this goal goes up to");
}

TEST_CASE("collagen induction has no hard session limit: too-many-sessions never fires") {
  CHECK_AT_COMPILE_AND_RUN_TIME(
      !breaks(with_session_count(clinical_collagen_course(), 10), rule::too_many_sessions));
}

// ---- more-sessions-than-usual --------------------------------------------------------------

TEST_CASE("a fourth collagen-induction session breaks more-sessions-than-usual; three do not") {
  // "usually require two to three sessions", "about three visits": a warning, not an error.
  constexpr course four = with_session_count(clinical_collagen_course(), 4);
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(four, rule::more_sessions_than_usual));
  CHECK_AT_COMPILE_AND_RUN_TIME(validate(four).ok());
  CHECK_AT_COMPILE_AND_RUN_TIME(
      has_no_diagnostic(with_session_count(clinical_collagen_course(), 3)));
  constexpr diagnostic finding = first_finding(four, rule::more_sessions_than_usual);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::warning);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.session_index == diagnostic::no_session);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.found == 4);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.limit == 3);
  CHECK_AT_COMPILE_AND_RUN_TIME(message(finding).view() ==
                                "4 sessions is more than the 3 sessions this goal usually takes");
  // Scar reduction has only its hard limit.
  CHECK_AT_COMPILE_AND_RUN_TIME(
      !breaks(with_session_count(clinical_scar_course(), 5), rule::more_sessions_than_usual));
}

TEST_CASE("home maintenance has no session limit, as it is meant for long-term use") {
  CHECK_AT_COMPILE_AND_RUN_TIME(
      has_no_diagnostic(with_session_count(home_maintenance_course(), session_capacity)));
}

// ---- too-few-sessions ----------------------------------------------------------------------

TEST_CASE("a single collagen-induction session breaks too-few-sessions; two do not") {
  constexpr course one = with_session_count(clinical_collagen_course(), 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(one, rule::too_few_sessions));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(clinical_collagen_course()));
  constexpr diagnostic finding = first_finding(one, rule::too_few_sessions);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::warning);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.found == 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.limit == 2);
  // A single scar session is not too few: the document gives scar reduction only a maximum.
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(with_session_count(clinical_scar_course(), 1)));
  // An empty course is reported by no-sessions, not counted as too few.
  CHECK_AT_COMPILE_AND_RUN_TIME(
      !breaks(with_session_count(clinical_collagen_course(), 0), rule::too_few_sessions));
}

// ---- rest-missing --------------------------------------------------------------------------

TEST_CASE("a later clinical session with neither rest nor dates breaks rest-missing") {
  constexpr course unknown_rest = with_rest(clinical_scar_course(), 2, {});
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(unknown_rest, rule::rest_missing));
  constexpr diagnostic finding = first_finding(unknown_rest, rule::rest_missing);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::error);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.session_index == 2);
}

TEST_CASE("a rest, or a date, keeps rest-missing quiet; the first session needs neither") {
  // The first session has nothing to rest from.
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(with_rest(clinical_scar_course(), 0, {})));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(
      collagen_course_dated(calendar_date{2027, 1, 1}, calendar_date{2027, 2, 12})));
  // A date after a rest places the session: 2027-01-01, then 6 weeks, then a date.
  constexpr course dated_after_rest = with_date(
      with_date(with_session_count(clinical_scar_course(), 3), 0, calendar_date{2027, 1, 1}), 2,
      calendar_date{2027, 3, 26});
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(with_rest(dated_after_rest, 2, {})));
}

TEST_CASE("a dated session after an undated one, with no rest, breaks rest-missing") {
  // Nothing places the first session on the calendar, so the gap is unknown.
  constexpr course one_dated =
      with_date(with_rest(clinical_collagen_course(), 1, {}), 1, calendar_date{2027, 2, 12});
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(one_dated, rule::rest_missing));
  CHECK_AT_COMPILE_AND_RUN_TIME(first_finding(one_dated, rule::rest_missing).session_index == 1);
}

TEST_CASE("rest rules bind clinical collagen induction and scar reduction, not maintenance") {
  // "six to eight weeks of rest in between" is said of the two medical end-goals.
  constexpr course clinical_maintenance =
      with_indication(with_needle(clinical_collagen_course(), 0.5_mm), indication::skin_health,
                      treatment_goal::maintenance);
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(with_rest(clinical_maintenance, 1, 7_days)));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(with_rest(clinical_maintenance, 1, {})));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(with_rest(clinical_collagen_course(), 1, 7_days), rule::rest_too_short));
}

// ---- rest-too-short ------------------------------------------------------------------------

TEST_CASE("41 days between clinical sessions breaks rest-too-short; 42 days do not") {
  constexpr course short_rest = with_rest(clinical_scar_course(), 2, 41_days);
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(short_rest, rule::rest_too_short));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(with_rest(clinical_scar_course(), 2, 42_days)));
  constexpr diagnostic finding = first_finding(short_rest, rule::rest_too_short);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::error);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.session_index == 2);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.found == 41);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.limit == 42);
  CHECK_AT_COMPILE_AND_RUN_TIME(message(finding).view() ==
                                "41 days of rest since the previous session is less than the 42 "
                                "days required");
}

TEST_CASE("sessions dated 41 days apart break rest-too-short; 42 days apart do not") {
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(collagen_course_dated(calendar_date{2027, 1, 1}, calendar_date{2027, 2, 11}),
                  rule::rest_too_short));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(
      collagen_course_dated(calendar_date{2027, 1, 1}, calendar_date{2027, 2, 12})));
}

TEST_CASE("a date six weeks after the first, then a date one day later, breaks rest-too-short") {
  // Session 2 rests 6 weeks after 2027-01-01 (2027-02-12); session 3 is dated 2027-02-13.
  constexpr course c = with_date(with_rest(with_date(with_session_count(clinical_scar_course(), 3),
                                                     0, calendar_date{2027, 1, 1}),
                                           2, {}),
                                 2, calendar_date{2027, 2, 13});
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(c, rule::rest_too_short));
  CHECK_AT_COMPILE_AND_RUN_TIME(first_finding(c, rule::rest_too_short).found == 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(first_finding(c, rule::rest_too_short).session_index == 2);
}

// ---- sessions-out-of-order -----------------------------------------------------------------

TEST_CASE("a session dated before the previous one breaks sessions-out-of-order") {
  constexpr course backwards =
      collagen_course_dated(calendar_date{2027, 3, 1}, calendar_date{2027, 1, 1});
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(backwards, rule::sessions_out_of_order));
  constexpr diagnostic finding = first_finding(backwards, rule::sessions_out_of_order);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::error);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.session_index == 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.found == 59);
  CHECK_AT_COMPILE_AND_RUN_TIME(message(finding).view() ==
                                "this session falls 59 days before the previous one; sessions "
                                "follow one another");
}

TEST_CASE(
    "a session on the same day as the previous one breaks sessions-out-of-order; a day "
    "later does not") {
  constexpr course same_day =
      collagen_course_dated(calendar_date{2027, 1, 1}, calendar_date{2027, 1, 1});
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(same_day, rule::sessions_out_of_order));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      message(first_finding(same_day, rule::sessions_out_of_order)).view() ==
      "this session falls on the same day as the previous one; sessions follow one another");
  constexpr course next_day =
      collagen_course_dated(calendar_date{2027, 1, 1}, calendar_date{2027, 1, 2});
  CHECK_AT_COMPILE_AND_RUN_TIME(!breaks(next_day, rule::sessions_out_of_order));
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(next_day, rule::rest_too_short));
}

TEST_CASE("a date worked out through a rest puts a later dated session out of order") {
  // 2027-03-01, then 6 weeks of rest (2027-04-12), then a session dated 2026-01-01.
  constexpr course c = with_date(with_rest(with_date(with_session_count(clinical_scar_course(), 3),
                                                     0, calendar_date{2027, 3, 1}),
                                           2, {}),
                                 2, calendar_date{2026, 1, 1});
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(c, rule::sessions_out_of_order));
  // Home courses too: sessions follow one another wherever they happen.
  constexpr course home = with_date(
      with_date(with_session_count(home_maintenance_course(), 2), 0, calendar_date{2027, 3, 1}), 1,
      calendar_date{2027, 2, 1});
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks(home, rule::sessions_out_of_order));
}

TEST_CASE("rest computed from dates counts the leap day of 2028") {
  // 20 January to 2 March is 42 days in a leap year and 41 in any other.
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(
      collagen_course_dated(calendar_date{2028, 1, 20}, calendar_date{2028, 3, 2})));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(collagen_course_dated(calendar_date{2027, 1, 20}, calendar_date{2027, 3, 2}),
                  rule::rest_too_short));
}

TEST_CASE("rest computed from dates runs across the turn of the year") {
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(
      collagen_course_dated(calendar_date{2026, 11, 20}, calendar_date{2027, 1, 1})));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(collagen_course_dated(calendar_date{2026, 11, 21}, calendar_date{2027, 1, 1}),
                  rule::rest_too_short));
}

TEST_CASE("when both sessions are dated, the dates decide the rest, not the recorded rest") {
  // Recorded 6 weeks, dated 30 days apart: the dates win.
  constexpr course dates_too_close = with_rest(
      collagen_course_dated(calendar_date{2027, 1, 1}, calendar_date{2027, 1, 31}), 1, 6_weeks);
  CHECK_AT_COMPILE_AND_RUN_TIME(first_finding(dates_too_close, rule::rest_too_short).found == 30);
  // Recorded 30 days, dated 7 weeks apart: the dates win again.
  constexpr course dates_far_enough = with_rest(
      collagen_course_dated(calendar_date{2027, 1, 1}, calendar_date{2027, 2, 19}), 1, 30_days);
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(dates_far_enough));
  // With only one session dated, the recorded rest is what there is.
  constexpr course one_dated =
      with_date(with_rest(clinical_collagen_course(), 1, 30_days), 1, calendar_date{2027, 2, 19});
  CHECK_AT_COMPILE_AND_RUN_TIME(first_finding(one_dated, rule::rest_too_short).found == 30);
}

// ---- rest-too-long -------------------------------------------------------------------------

TEST_CASE("57 days between clinical sessions breaks rest-too-long; 56 days do not") {
  constexpr course long_rest = with_rest(clinical_scar_course(), 1, 57_days);
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(long_rest, rule::rest_too_long));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(with_rest(clinical_scar_course(), 1, 8_weeks)));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(with_rest(clinical_scar_course(), 1, 56_days)));
  constexpr diagnostic finding = first_finding(long_rest, rule::rest_too_long);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::warning);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.session_index == 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.found == 57);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.limit == 56);
}

TEST_CASE("sessions dated 57 days apart break rest-too-long; 56 days apart do not") {
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(collagen_course_dated(calendar_date{2027, 1, 1}, calendar_date{2027, 2, 27}),
                  rule::rest_too_long));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(
      collagen_course_dated(calendar_date{2027, 1, 1}, calendar_date{2027, 2, 26})));
}

TEST_CASE("home courses have no rest rules") {
  constexpr course home = home_maintenance_course();
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(with_rest(home, 1, 1_days)));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(with_rest(home, 1, 100_days)));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(with_rest(home, 1, {})));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(
      with_date(with_date(home, 0, calendar_date{2027, 1, 1}), 1, calendar_date{2027, 1, 2})));
}

// ---- anesthetic-missing --------------------------------------------------------------------

TEST_CASE("a clinical session without anesthetic cream breaks anesthetic-missing") {
  constexpr course unnumbed = without_anesthetic(clinical_scar_course(), 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(unnumbed, rule::anesthetic_missing));
  constexpr diagnostic finding = first_finding(unnumbed, rule::anesthetic_missing);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::warning);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.session_index == 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(validate(unnumbed).size() == 1);
}

TEST_CASE("a home session without anesthetic cream does not break anesthetic-missing") {
  CHECK_AT_COMPILE_AND_RUN_TIME(!home_maintenance_course().sessions[0].anesthetic);
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(home_maintenance_course()));
}

// ---- passes-too-few, passes-too-many -------------------------------------------------------

TEST_CASE("14 passes break passes-too-few; 15 do not") {
  constexpr course few = with_passes(clinical_scar_course(), 1, pass_count{14});
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(few, rule::passes_too_few));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      has_no_diagnostic(with_passes(clinical_scar_course(), 1, pass_count{15})));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(with_passes(home_maintenance_course(), 0, pass_count{14}), rule::passes_too_few));
  constexpr diagnostic finding = first_finding(few, rule::passes_too_few);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::warning);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.session_index == 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.found == 14);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.limit == 15);
  CHECK_AT_COMPILE_AND_RUN_TIME(message(finding).view() ==
                                "14 passes over the area, fewer than the recommended 15 passes");
}

TEST_CASE("21 passes break passes-too-many; 20 do not") {
  constexpr course many = with_passes(clinical_scar_course(), 2, pass_count{21});
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(many, rule::passes_too_many));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      has_no_diagnostic(with_passes(clinical_scar_course(), 2, pass_count{20})));
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(
      with_passes(home_maintenance_course(), 0, pass_count{21}), rule::passes_too_many));
  constexpr diagnostic finding = first_finding(many, rule::passes_too_many);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::warning);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.session_index == 2);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.found == 21);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.limit == 20);
}

// ---- not-mechanical ------------------------------------------------------------------------

TEST_CASE("a session using heat or chemicals breaks not-mechanical; a mechanical one does not") {
  constexpr course heated = with_modality(clinical_scar_course(), 0, modality::heat);
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(heated, rule::not_mechanical));
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(
      with_modality(home_maintenance_course(), 2, modality::chemical), rule::not_mechanical));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      has_no_diagnostic(with_modality(clinical_scar_course(), 0, modality::mechanical)));
  constexpr diagnostic finding = first_finding(heated, rule::not_mechanical);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::error);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.session_index == 0);
  CHECK_AT_COMPILE_AND_RUN_TIME(
      message(finding).view() ==
      "this session uses heat; the procedure is mechanical, without heat or chemicals");
}

// ---- doctor-approval-missing ---------------------------------------------------------------

TEST_CASE("treating the neck without the doctor's approval breaks doctor-approval-missing") {
  constexpr course neck = with_area(clinical_scar_course(), body_area::neck, false);
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(neck, rule::doctor_approval_missing));
  constexpr diagnostic finding = first_finding(neck, rule::doctor_approval_missing);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::error);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.session_index == diagnostic::no_session);
  CHECK_AT_COMPILE_AND_RUN_TIME(message(finding).view() ==
                                "treating the neck needs the approval of the attending doctor");
}

TEST_CASE(
    "the face needs no approval, and any area with approval keeps doctor-approval-missing "
    "quiet") {
  // (Around the eyes, the scar course's 1.5 mm needle breaks needle-too-long-for-area.)
  constexpr auto every_area_passes_with_approval = [] {
    for (const auto& area : enum_names(body_area{})) {
      const course c = with_area(clinical_scar_course(), area.value, true);
      if (area.value == body_area::around_eyes) {
        if (!breaks_only(c, rule::needle_too_long_for_area)) return false;
      } else if (!has_no_diagnostic(c)) {
        return false;
      }
    }
    return true;
  };
  CHECK_AT_COMPILE_AND_RUN_TIME(every_area_passes_with_approval());
  CHECK_AT_COMPILE_AND_RUN_TIME(
      has_no_diagnostic(with_area(clinical_scar_course(), body_area::face, false)));
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(
      with_area(home_maintenance_course(), body_area::legs, false), rule::doctor_approval_missing));
}

// ---- uneven-flushing -----------------------------------------------------------------------

TEST_CASE("a session with uneven flushing breaks uneven-flushing; even or unrecorded does not") {
  constexpr course uneven = with_flushing(clinical_scar_course(), 1, flushing::uneven);
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(uneven, rule::uneven_flushing));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      has_no_diagnostic(with_flushing(clinical_scar_course(), 1, flushing::even)));
  CHECK_AT_COMPILE_AND_RUN_TIME(!clinical_scar_course().sessions[1].flushing.has_value());
  constexpr diagnostic finding = first_finding(uneven, rule::uneven_flushing);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::warning);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.session_index == 1);
}

// ---- skin-care-products-missing ------------------------------------------------------------

TEST_CASE("aftercare without a moisturizer breaks skin-care-products-missing") {
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(without_step(clinical_scar_course(), aftercare_kind::moisturizer),
                  rule::skin_care_products_missing));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(without_step(home_maintenance_course(), aftercare_kind::moisturizer),
                  rule::skin_care_products_missing));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(home_maintenance_course()));
  constexpr diagnostic finding =
      first_finding(without_step(home_maintenance_course(), aftercare_kind::moisturizer),
                    rule::skin_care_products_missing);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::warning);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.session_index == diagnostic::no_session);
}

// ---- clean-environment-missing -------------------------------------------------------------

TEST_CASE(
    "a clean environment for 0 hours, or none, breaks clean-environment-missing; 1 hour "
    "does not") {
  constexpr course scars = clinical_scar_course();
  constexpr course zero_hours =
      with_step(scars, aftercare_step{aftercare_kind::clean_environment, 0_hours});
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(zero_hours, rule::clean_environment_missing));
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(without_step(scars, aftercare_kind::clean_environment),
                                            rule::clean_environment_missing));
  // A step that states no duration is kept for as long as it is needed.
  CHECK_AT_COMPILE_AND_RUN_TIME(
      has_no_diagnostic(with_step(scars, aftercare_step{aftercare_kind::clean_environment})));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(
      with_step(scars, aftercare_step{aftercare_kind::clean_environment, 1_hours})));
  constexpr diagnostic finding = first_finding(zero_hours, rule::clean_environment_missing);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::warning);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.found == 0);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.limit == 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(message(finding).view() ==
                                "the aftercare keeps a clean environment for 0 hours, less than "
                                "the first 1 hour the punctures need to seal");
  // Without a step, the message says so rather than "0 hours".
  constexpr diagnostic missing = first_finding(
      without_step(scars, aftercare_kind::clean_environment), rule::clean_environment_missing);
  CHECK_AT_COMPILE_AND_RUN_TIME(message(missing).view() ==
                                "the aftercare has no clean environment step; the punctures need "
                                "the first 1 hour to seal");
}

// ---- anti-inflammatory-missing -------------------------------------------------------------

TEST_CASE(
    "anti-inflammatory cream for 23 hours, or none, breaks anti-inflammatory-missing; 24 "
    "hours do not") {
  constexpr course scars = clinical_scar_course();
  constexpr course short_cover =
      with_step(scars, aftercare_step{aftercare_kind::anti_inflammatory_cream, 23_hours});
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(short_cover, rule::anti_inflammatory_missing));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(without_step(scars, aftercare_kind::anti_inflammatory_cream),
                  rule::anti_inflammatory_missing));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(
      with_step(scars, aftercare_step{aftercare_kind::anti_inflammatory_cream, 24_hours})));
  // Cream "handy" with no stated duration is at hand for the whole window.
  CHECK_AT_COMPILE_AND_RUN_TIME(
      has_no_diagnostic(with_step(scars, aftercare_step{aftercare_kind::anti_inflammatory_cream})));
  constexpr diagnostic finding = first_finding(short_cover, rule::anti_inflammatory_missing);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::warning);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.found == 23);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.limit == 24);
  CHECK_AT_COMPILE_AND_RUN_TIME(message(finding).view() ==
                                "anti-inflammatory cream covers 23 hours, less than the 24 hours "
                                "that flushing can last");
  constexpr diagnostic missing =
      first_finding(without_step(scars, aftercare_kind::anti_inflammatory_cream),
                    rule::anti_inflammatory_missing);
  CHECK_AT_COMPILE_AND_RUN_TIME(message(missing).view() ==
                                "the aftercare has no anti-inflammatory cream to have at hand for "
                                "the 24 hours that flushing can last");
}

// ---- mineral-peptide-missing ---------------------------------------------------------------

TEST_CASE(
    "clinical aftercare lacking the mineral or the peptide preparation breaks "
    "mineral-peptide-missing") {
  constexpr course scars = clinical_scar_course();
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(
      without_step(scars, aftercare_kind::mineral_preparation), rule::mineral_peptide_missing));
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(
      without_step(scars, aftercare_kind::peptide_preparation), rule::mineral_peptide_missing));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(scars));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      first_finding(without_step(scars, aftercare_kind::peptide_preparation),
                    rule::mineral_peptide_missing)
          .severity == severity::warning);
}

TEST_CASE("zinc sunscreen counts as the mineral preparation for mineral-peptide-missing") {
  // "mineral and peptide preparations ..., including zinc-based sunscreen"
  constexpr course zinc_instead =
      with_step(without_step(clinical_scar_course(), aftercare_kind::mineral_preparation),
                aftercare_step{aftercare_kind::zinc_sunscreen});
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(zinc_instead));
  constexpr course other_sunscreen =
      with_step(without_step(clinical_scar_course(), aftercare_kind::mineral_preparation),
                aftercare_step{aftercare_kind::other_sunscreen});
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks(other_sunscreen, rule::mineral_peptide_missing));
}

TEST_CASE("home courses are not held to the clinic's aftercare") {
  // The home example has a moisturizer only: no clean environment, cream or preparations.
  constexpr course home = home_maintenance_course();
  CHECK_AT_COMPILE_AND_RUN_TIME(home.aftercare.size() == 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(!breaks(home, rule::clean_environment_missing));
  CHECK_AT_COMPILE_AND_RUN_TIME(!breaks(home, rule::anti_inflammatory_missing));
  CHECK_AT_COMPILE_AND_RUN_TIME(!breaks(home, rule::mineral_peptide_missing));
  // The same aftercare in a clinic falls short of all three.
  constexpr course in_a_clinic = with_setting(home, setting::clinical);
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks(in_a_clinic, rule::clean_environment_missing));
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks(in_a_clinic, rule::anti_inflammatory_missing));
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks(in_a_clinic, rule::mineral_peptide_missing));
}

// ---- sunscreen-missing, sunscreen-not-zinc -------------------------------------------------

TEST_CASE("expected sun without a sunscreen breaks sunscreen-missing; with one it does not") {
  constexpr course sunny = with_sun(clinical_scar_course());
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(sunny, rule::sunscreen_missing));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      has_no_diagnostic(with_step(sunny, aftercare_step{aftercare_kind::zinc_sunscreen})));
  CHECK_AT_COMPILE_AND_RUN_TIME(!breaks(
      with_step(sunny, aftercare_step{aftercare_kind::other_sunscreen}), rule::sunscreen_missing));
  // No sun expected, no sunscreen needed.
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(clinical_scar_course()));
  constexpr diagnostic finding = first_finding(sunny, rule::sunscreen_missing);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::warning);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.session_index == diagnostic::no_session);
}

TEST_CASE("a sunscreen that is not zinc-based breaks sunscreen-not-zinc, as a note") {
  constexpr course other_only =
      with_step(with_sun(clinical_scar_course()), aftercare_step{aftercare_kind::other_sunscreen});
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(other_only, rule::sunscreen_not_zinc));
  CHECK_AT_COMPILE_AND_RUN_TIME(first_finding(other_only, rule::sunscreen_not_zinc).severity ==
                                severity::note);
  CHECK_AT_COMPILE_AND_RUN_TIME(validate(other_only).ok());
  // With a zinc sunscreen as well, there is nothing to note.
  CHECK_AT_COMPILE_AND_RUN_TIME(
      has_no_diagnostic(with_step(other_only, aftercare_step{aftercare_kind::zinc_sunscreen})));
}

// ---- deliberately no rule ------------------------------------------------------------------

TEST_CASE("Fitzpatrick skin types I to VI all pass: no rule restricts skin type") {
  constexpr auto every_type_passes = [](const course& c) {
    for (const auto& type : enum_names(skin_type{})) {
      if (!has_no_diagnostic(with_skin_type(c, type.value))) return false;
    }
    return enum_names(skin_type{}).size() == 6;
  };
  CHECK_AT_COMPILE_AND_RUN_TIME(every_type_passes(clinical_scar_course()));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_type_passes(clinical_collagen_course()));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_type_passes(home_maintenance_course()));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_type_passes(with_indication(
      clinical_collagen_course(), indication::pigmentation, treatment_goal::collagen_induction)));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      has_no_diagnostic(with_skin_type(clinical_scar_course(), skin_type::type_6)));
}

// ---- every rule at once --------------------------------------------------------------------

namespace {

// One course that breaks each rule, from the cases above. (A home needle past the home
// maximum is also past maintenance's range, so not every rule can fire alone.)
constexpr course breaking(rule which) {
  const course scars = clinical_scar_course();
  const course home = home_maintenance_course();
  switch (which) {
    case rule::no_sessions: return with_session_count(scars, 0);
    case rule::needle_length_invalid: return with_needle(scars, 3.5_mm);
    case rule::home_needle_too_long: return with_needle(home, 1.5_mm);
    case rule::home_indication_not_supported:
      return with_indication(home, indication::scars, treatment_goal::maintenance);
    case rule::home_goal_not_maintenance:
      return with_indication(home, indication::wrinkles, treatment_goal::collagen_induction);
    case rule::goal_indication_mismatch:
      return with_indication(scars, indication::scars, treatment_goal::collagen_induction);
    case rule::needle_too_long_for_goal: return with_needle(scars, 2.5_mm);
    case rule::needle_too_short_for_goal: return with_needle(scars, 0.5_mm);
    case rule::too_many_sessions: return with_session_count(scars, 6);
    case rule::more_sessions_than_usual: return with_session_count(clinical_collagen_course(), 4);
    case rule::too_few_sessions: return with_session_count(clinical_collagen_course(), 1);
    case rule::rest_missing: return with_rest(scars, 2, {});
    case rule::sessions_out_of_order:
      return with_date(with_date(scars, 0, calendar_date{2027, 3, 1}), 1,
                       calendar_date{2027, 1, 1});
    case rule::rest_too_short: return with_rest(scars, 2, 41_days);
    case rule::rest_too_long: return with_rest(scars, 2, 57_days);
    case rule::anesthetic_missing: return without_anesthetic(scars, 1);
    case rule::passes_too_few: return with_passes(scars, 1, pass_count{1});
    case rule::passes_too_many: return with_passes(scars, 1, pass_count{21});
    case rule::not_mechanical: return with_modality(scars, 0, modality::chemical);
    case rule::doctor_approval_missing: return with_area(scars, body_area::abdomen, false);
    case rule::uneven_flushing: return with_flushing(scars, 1, flushing::uneven);
    case rule::skin_care_products_missing: return without_step(scars, aftercare_kind::moisturizer);
    case rule::clean_environment_missing:
      return without_step(scars, aftercare_kind::clean_environment);
    case rule::anti_inflammatory_missing:
      return with_step(scars, aftercare_step{aftercare_kind::anti_inflammatory_cream, 1_hours});
    case rule::mineral_peptide_missing:
      return without_step(scars, aftercare_kind::mineral_preparation);
    case rule::sunscreen_missing: return with_sun(scars);
    case rule::sunscreen_not_zinc:
      return with_step(scars, aftercare_step{aftercare_kind::other_sunscreen});
    case rule::needle_needs_healthcare_professional: return with_needle(scars, 1.5_mm);
    case rule::home_use_not_authorised: return home;
    case rule::waiver_unused: {
      course waived = scars;
      (void)waived.waivers.push_back({rule::rest_too_short, {}, "r", "b", {}});
      return waived;
    }
    case rule::patient_not_screened: {
      course unscreened = scars;
      unscreened.patient = {};
      return unscreened;
    }
    case rule::patient_under_age: {
      course young = scars;
      young.patient = with_age(screened_patient(), 17_years);
      return young;
    }
    case rule::isotretinoin_too_recent:
      return with_isotretinoin(with_date(scars, 0, calendar_date{2027, 3, 1}),
                               calendar_date{2027, 1, 1});
    case rule::isotretinoin_not_compared:
      return with_isotretinoin(scars, calendar_date{2027, 1, 1});
    case rule::pregnancy: return with_answer<&patient::pregnant>(scars);
    case rule::active_infection: return with_answer<&patient::active_infection_in_area>(scars);
    case rule::active_acne: return with_answer<&patient::active_acne_in_area>(scars);
    case rule::keloid_history: return with_answer<&patient::keloid_history>(scars);
    case rule::skin_disease_in_area: return with_answer<&patient::skin_disease_in_area>(scars);
    case rule::anticoagulants: return with_answer<&patient::anticoagulants>(scars);
    case rule::recent_sun_damage: return with_answer<&patient::recent_sun_damage>(scars);
    case rule::needle_too_long_for_area: return with_area(scars, body_area::around_eyes, false);
  }
  return scars;
}

// Every rule switched on, so that the rules some sets switch on fire too.
constexpr guidelines every_rule_on() {
  guidelines g;
  g.disabled_rules = rule_set{};
  return g;
}

// A message with every placeholder filled in, that fits its buffer without being cut.
constexpr bool reads_as_a_sentence(const message_text& text) {
  const std::string_view words = text.view();
  return words.size() > 20 && words.size() < message_text::capacity &&
         words.find('{') == std::string_view::npos && words.find('}') == std::string_view::npos;
}

// The rows from `first` up to `last`: clang++ evaluates at most about a million steps in one
// constant expression, which validating a course twice for each of the 42 rules goes beyond.
constexpr bool every_rule_fires_on_its_case_with_a_readable_message(std::size_t first,
                                                                    std::size_t last) {
  for (std::size_t row = first; row < last && row < rule_definitions.size(); ++row) {
    const rule_definition& entry = rule_definitions[row];
    const course c = breaking(entry.rule);
    if (!breaks(c, entry.rule, every_rule_on())) return false;
    const diagnostic finding = first_finding(c, entry.rule, every_rule_on());
    if (finding.severity != entry.severity) return false;
    if (!reads_as_a_sentence(message(finding))) return false;
  }
  return true;
}

}  // namespace

TEST_CASE("every rule fires on a course made to break it, and says why in a sentence") {
  CHECK_AT_COMPILE_AND_RUN_TIME(every_rule_fires_on_its_case_with_a_readable_message(0, 15));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_rule_fires_on_its_case_with_a_readable_message(15, 30));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_rule_fires_on_its_case_with_a_readable_message(30, 45));
  STATIC_REQUIRE(rule_definitions.size() <= 45);
  for (const rule_definition& entry : rule_definitions) {
    const course c = breaking(entry.rule);
    CAPTURE(entry.code(), message(first_finding(c, entry.rule, every_rule_on())).view());
    CHECK(breaks(c, entry.rule, every_rule_on()));
    CHECK(reads_as_a_sentence(message(first_finding(c, entry.rule, every_rule_on()))));
  }
}

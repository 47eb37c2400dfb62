// Patient screening and the needle per treatment area: each rule fires on one side of its
// threshold and stays quiet on the other, checked by the compiler and again at run time; the
// patient in protocol files, read, positioned, refused when wrong, and written back.
#include <string>
#include <string_view>

#include <dermaroller/dermaroller.hpp>
#include <dermaroller/extra/protocol_writer.hpp>

#include "catch.hpp"
#include "example_courses.hpp"
#include "reading_problems.hpp"

using namespace dermaroller;
using namespace dermaroller::literals;
using namespace dermaroller::examples;
using namespace dermaroller::testing;

namespace {

constexpr course with_patient(course c, maybe<patient> screened) {
  c.patient = screened;
  return c;
}

// The scar course (sessions six weeks apart) with its first session on `first`.
constexpr course scars_from(calendar_date first) {
  course c = clinical_scar_course();
  c.sessions[0].date = first;
  return c;
}

// Every answer given, and nothing to report: the dose long before the dated sessions.
constexpr course fully_screened_course() {
  return with_isotretinoin(scars_from({2027, 3, 1}), calendar_date{2026, 5, 1});
}

}  // namespace

// ---- a screened patient ----------------------------------------------------------------------

TEST_CASE("a fully screened patient with nothing to report gives no finding at all") {
  CHECK_AT_COMPILE_AND_RUN_TIME(validate(fully_screened_course()).empty());
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(clinical_scar_course()));
}

TEST_CASE("a clinical course without a patient gets the note patient-not-screened") {
  constexpr course unscreened = with_patient(clinical_scar_course(), {});
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(unscreened, rule::patient_not_screened));
  constexpr diagnostic note = first_finding(unscreened, rule::patient_not_screened);
  CHECK_AT_COMPILE_AND_RUN_TIME(note.severity == severity::note);
  CHECK_AT_COMPILE_AND_RUN_TIME(validate(unscreened).ok());
  CHECK_AT_COMPILE_AND_RUN_TIME(
      message(note).view() ==
      "the course has no \"patient\", so the screening rules had nothing to check");
  // An empty patient was screened for nothing, but is there; a home course needs none.
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(with_patient(clinical_scar_course(), patient{})));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(home_maintenance_course()));
}

TEST_CASE("a patient of 17 breaks patient-under-age; 18 does not") {
  constexpr auto aged = [](std::int32_t years) {
    return with_patient(clinical_scar_course(), with_age(screened_patient(), year_count{years}));
  };
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(aged(17), rule::patient_under_age));
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(aged(0), rule::patient_under_age));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(aged(18)));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(aged(90)));
  constexpr diagnostic finding = first_finding(aged(17), rule::patient_under_age);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::error);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.session_index == diagnostic::no_session);
  CHECK_AT_COMPILE_AND_RUN_TIME(message(finding).view() ==
                                "the patient is 17 years old, younger than the minimum age of "
                                "18 years");
}

TEST_CASE("a clinic's own minimum age moves patient-under-age") {
  guidelines clinic = default_guidelines;
  clinic.minimum_age = 22_years;
  const course young = with_patient(clinical_scar_course(), with_age(screened_patient(), 21_years));
  CHECK(breaks(young, rule::patient_under_age, clinic));
  CHECK_FALSE(breaks(young, rule::patient_under_age));
  CHECK(first_finding(young, rule::patient_under_age, clinic).limit == 22);
}

TEST_CASE(
    "a session less than 6 months after the last isotretinoin dose breaks "
    "isotretinoin-too-recent; one on the day the wait ends does not") {
  // Sessions on 2027-03-01, 2027-04-12 and 2027-05-24.
  constexpr course day_before = with_isotretinoin(scars_from({2027, 3, 1}), {2026, 9, 2});
  constexpr course wait_ends = with_isotretinoin(scars_from({2027, 3, 1}), {2026, 9, 1});
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(day_before, rule::isotretinoin_too_recent));
  CHECK_AT_COMPILE_AND_RUN_TIME(validate(day_before).size() == 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(wait_ends));

  constexpr diagnostic finding = first_finding(day_before, rule::isotretinoin_too_recent);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::warning);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.session_index == 0);
  CHECK_AT_COMPILE_AND_RUN_TIME(message(finding).view() ==
                                "this session on 2027-03-01 is before 2027-03-02, the end of the "
                                "wait after the last isotretinoin dose");
}

TEST_CASE("isotretinoin-too-recent compares each session's worked-out date, and clamps the day") {
  // The dose on 2026-08-31: the wait ends on 2027-02-28, the month's last day.
  constexpr course clamped_before = with_isotretinoin(scars_from({2027, 2, 27}), {2026, 8, 31});
  constexpr course clamped_on = with_isotretinoin(scars_from({2027, 2, 28}), {2026, 8, 31});
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(clamped_before, rule::isotretinoin_too_recent));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(clamped_on));
  // The first two sessions fall in the wait: 2027-03-01 and 2027-04-12, worked out from the rest.
  constexpr course two_too_soon = with_isotretinoin(scars_from({2027, 3, 1}), {2026, 11, 1});
  constexpr report found = validate(two_too_soon);
  CHECK_AT_COMPILE_AND_RUN_TIME(found.size() == 2);
  CHECK_AT_COMPILE_AND_RUN_TIME(found[1].rule == rule::isotretinoin_too_recent);
  CHECK_AT_COMPILE_AND_RUN_TIME(found[1].session_index == 1);
  // A session before the last dose is during the treatment: too soon as well.
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks(with_isotretinoin(scars_from({2027, 3, 1}), {2027, 6, 1}),
                                       rule::isotretinoin_too_recent));
}

TEST_CASE(
    "without dates a dose cannot be compared: isotretinoin-not-compared says so once, as a "
    "note") {
  constexpr course undated = with_isotretinoin(clinical_scar_course(), {2000, 1, 1});
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(undated, rule::isotretinoin_not_compared));
  CHECK_AT_COMPILE_AND_RUN_TIME(validate(undated).size() == 1);
  constexpr diagnostic note = first_finding(undated, rule::isotretinoin_not_compared);
  CHECK_AT_COMPILE_AND_RUN_TIME(note.severity == severity::note);
  CHECK_AT_COMPILE_AND_RUN_TIME(note.session_index == 0);
  CHECK_AT_COMPILE_AND_RUN_TIME(validate(undated).ok());
  // Dated sessions are compared, and there is nothing to say.
  CHECK_AT_COMPILE_AND_RUN_TIME(!breaks(fully_screened_course(), rule::isotretinoin_not_compared));
  // A session the dates do not reach (it has no rest, which rest-missing reports): the note
  // at that session.
  course partly = with_isotretinoin(scars_from({2027, 3, 1}), {2000, 1, 1});
  partly.sessions[2].rest = {};
  const report found = validate(partly);
  REQUIRE(found.size() == 2);
  CHECK(found[0].rule == rule::rest_missing);
  CHECK(found[1].rule == rule::isotretinoin_not_compared);
  CHECK(found[1].session_index == 2);
}

TEST_CASE(
    "pregnancy and active-infection are errors; active-acne, keloid-history, "
    "skin-disease-in-area, anticoagulants and recent-sun-damage are warnings") {
  constexpr course scars = clinical_scar_course();
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(with_answer<&patient::pregnant>(scars), rule::pregnancy));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(with_answer<&patient::active_infection_in_area>(scars), rule::active_infection));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(with_answer<&patient::active_acne_in_area>(scars), rule::active_acne));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(with_answer<&patient::keloid_history>(scars), rule::keloid_history));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(with_answer<&patient::skin_disease_in_area>(scars), rule::skin_disease_in_area));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(with_answer<&patient::anticoagulants>(scars), rule::anticoagulants));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      breaks_only(with_answer<&patient::recent_sun_damage>(scars), rule::recent_sun_damage));

  CHECK_AT_COMPILE_AND_RUN_TIME(!validate(with_answer<&patient::pregnant>(scars)).ok());
  CHECK_AT_COMPILE_AND_RUN_TIME(
      !validate(with_answer<&patient::active_infection_in_area>(scars)).ok());
  CHECK_AT_COMPILE_AND_RUN_TIME(validate(with_answer<&patient::anticoagulants>(scars)).ok());
  CHECK_AT_COMPILE_AND_RUN_TIME(
      message(
          first_finding(with_answer<&patient::recent_sun_damage>(scars), rule::recent_sun_damage))
          .view() ==
      "the patient has a tan or sunburn from the last 14 days; clinics wait until it has gone");
}

TEST_CASE("an answer of no, or no answer, keeps each screening rule quiet") {
  constexpr course scars = clinical_scar_course();
  constexpr auto quiet_when_no = [](const course& c) {
    return has_no_diagnostic(with_answer<&patient::pregnant>(c, false)) &&
           has_no_diagnostic(with_answer<&patient::active_infection_in_area>(c, false)) &&
           has_no_diagnostic(with_answer<&patient::active_acne_in_area>(c, false)) &&
           has_no_diagnostic(with_answer<&patient::keloid_history>(c, false)) &&
           has_no_diagnostic(with_answer<&patient::skin_disease_in_area>(c, false)) &&
           has_no_diagnostic(with_answer<&patient::anticoagulants>(c, false)) &&
           has_no_diagnostic(with_answer<&patient::recent_sun_damage>(c, false));
  };
  CHECK_AT_COMPILE_AND_RUN_TIME(quiet_when_no(scars));
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(with_patient(scars, patient{})));
}

// ---- the needle per area ---------------------------------------------------------------------

TEST_CASE("around the eyes a 0.75 mm needle breaks needle-too-long-for-area; 0.5 mm does not") {
  constexpr auto around_eyes = [](needle_length needle) {
    course c = with_needle(home_maintenance_course(), needle);
    c.area = body_area::around_eyes;
    return c;
  };
  CHECK_AT_COMPILE_AND_RUN_TIME(has_no_diagnostic(around_eyes(0.5_mm)));
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks(around_eyes(0.501_mm), rule::needle_too_long_for_area));
  constexpr course clinic_eyes = [] {
    course c = with_needle(clinical_collagen_course(), 0.75_mm);
    c.area = body_area::around_eyes;
    return c;
  }();
  CHECK_AT_COMPILE_AND_RUN_TIME(breaks_only(clinic_eyes, rule::needle_too_long_for_area));
  constexpr diagnostic finding = first_finding(clinic_eyes, rule::needle_too_long_for_area);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.severity == severity::warning);
  CHECK_AT_COMPILE_AND_RUN_TIME(finding.session_index == 0);
  CHECK_AT_COMPILE_AND_RUN_TIME(message(finding).view() ==
                                "a 0.75 mm needle is longer than the 0.5 mm recommended for this "
                                "area");
  // On the face, which has no cited maximum, the same needle is the goal's business only.
  CHECK_AT_COMPILE_AND_RUN_TIME(
      has_no_diagnostic(with_needle(clinical_collagen_course(), 0.75_mm)));
}

TEST_CASE("a clinic's own maximum for an area moves needle-too-long-for-area") {
  guidelines clinic = default_guidelines;
  clinic.area_needle_maximum[static_cast<std::size_t>(body_area::face)] = 1.0_mm;
  const course scars = clinical_scar_course();  // 1.5 mm on the face
  CHECK(breaks(scars, rule::needle_too_long_for_area, clinic));
  CHECK_FALSE(breaks(scars, rule::needle_too_long_for_area));
  CHECK(first_finding(scars, rule::needle_too_long_for_area, clinic).limit == 1000);
}

// ---- the patient in protocol files -------------------------------------------------------------

namespace {

constexpr std::string_view screened_protocol = R"({
  "format": "dermaroller/1",
  "setting": "clinical",
  "indication": "wrinkles",
  "goal": "collagen_induction",
  "sessions": [
    { "needle": "1mm", "passes": 15, "anesthetic": true, "date": "2027-03-01" },
    { "needle": "1mm", "passes": 15, "anesthetic": true, "rest": "6w" }
  ],
  "aftercare": [{ "step": "clean_environment", "for": "1h" }, { "step": "anti_inflammatory_cream", "for": "24h" }, { "step": "mineral_preparation" }, { "step": "peptide_preparation" }, { "step": "moisturizer" }],
  "patient": { "age": 34, "pregnant": true, "isotretinoin_last_dose": "2026-11-01",
               "anticoagulants": false, "keloid_history": false,
               "active_infection_in_area": false, "active_acne_in_area": false,
               "skin_disease_in_area": false, "recent_sun_damage": false }
})";

// A protocol whose patient is written `patient`, on line 8.
std::string with_patient_text(std::string_view patient) {
  return std::string{R"({
  "format": "dermaroller/1",
  "setting": "clinical",
  "indication": "wrinkles",
  "goal": "collagen_induction",
  "sessions": [{ "needle": "1mm", "passes": 15, "anesthetic": true }],
  "aftercare": [],
  "patient": )"} +
         std::string{patient} + "\n}";
}

}  // namespace

TEST_CASE("a protocol's patient is read, and its findings point at the patient's fields") {
  constexpr parse_result result = parse_protocol(screened_protocol);
  STATIC_REQUIRE(result.ok());
  constexpr patient read = *result.value().patient;
  CHECK_AT_COMPILE_AND_RUN_TIME(read.age == maybe<year_count>{34_years});
  CHECK_AT_COMPILE_AND_RUN_TIME(read.pregnant == maybe<bool>{true});
  CHECK_AT_COMPILE_AND_RUN_TIME(read.isotretinoin_last_dose ==
                                maybe<calendar_date>{calendar_date{2026, 11, 1}});
  CHECK_AT_COMPILE_AND_RUN_TIME(read.recent_sun_damage == maybe<bool>{false});

  // pregnancy, at "pregnant"; isotretinoin-too-recent at the first session's "date", and at
  // the second session's '{' (its date is worked out, not written).
  constexpr report found = validate(result.value());
  CHECK_AT_COMPILE_AND_RUN_TIME(found.size() == 3);
  CHECK_AT_COMPILE_AND_RUN_TIME(found[0].rule == rule::pregnancy);
  CHECK_AT_COMPILE_AND_RUN_TIME(position_of(found[0], result.positions()).line == 11);
  CHECK_AT_COMPILE_AND_RUN_TIME(position_of(found[0], result.positions()).column == 27);
  CHECK_AT_COMPILE_AND_RUN_TIME(found[1].rule == rule::isotretinoin_too_recent);
  CHECK_AT_COMPILE_AND_RUN_TIME(position_of(found[1], result.positions()).line == 7);
  CHECK_AT_COMPILE_AND_RUN_TIME(position_of(found[1], result.positions()).column == 58);
  CHECK_AT_COMPILE_AND_RUN_TIME(found[2].rule == rule::isotretinoin_too_recent);
  CHECK_AT_COMPILE_AND_RUN_TIME(position_of(found[2], result.positions()).line == 8);
  CHECK_AT_COMPILE_AND_RUN_TIME(position_of(found[2], result.positions()).column == 5);

  // A finding points at the field it is about, wherever the field is.
  const parse_result unpositioned =
      parse_protocol(with_patient_text(R"({ "age": 30, "keloid_history": true })"));
  REQUIRE(unpositioned.ok());
  const report found_there = validate(unpositioned.value());
  REQUIRE(found_there.has(rule::keloid_history));
  for (const diagnostic& finding : found_there) {
    if (finding.rule != rule::keloid_history) continue;
    CHECK(position_of(finding, unpositioned.positions()).line == 8);
    CHECK(position_of(finding, unpositioned.positions()).column == 27);
  }
  // patient-not-screened points at "setting".
  const parse_result unscreened = parse_protocol(R"({
  "format": "dermaroller/1",
  "setting": "clinical", "indication": "wrinkles", "goal": "maintenance",
  "sessions": [{ "needle": "0.5mm", "passes": 15, "anesthetic": true }],
  "aftercare": [{ "step": "clean_environment", "for": "1h" }, { "step": "anti_inflammatory_cream", "for": "24h" }, { "step": "mineral_preparation" }, { "step": "peptide_preparation" }, { "step": "moisturizer" }]
})");
  REQUIRE(unscreened.ok());
  const report note = validate(unscreened.value());
  REQUIRE(note.size() == 1);
  CHECK(note[0].rule == rule::patient_not_screened);
  CHECK(position_of(note[0], unscreened.positions()).line == 3);
  CHECK(position_of(note[0], unscreened.positions()).column == 3);
}

TEST_CASE("an empty patient object is read: nothing was asked, and nothing is screened") {
  const parse_result result = parse_protocol(with_patient_text("{}"));
  REQUIRE(result.ok());
  CHECK(result.value().patient == maybe<patient>{patient{}});
  CHECK_FALSE(validate(result.value()).has(rule::patient_not_screened));
}

TEST_CASE("bad patient fields are input errors at their line and column") {
  const problem unknown = problem_in(with_patient_text(R"({ "age": 30, "smoker": true })"));
  CHECK(unknown.message ==
        "unknown field \"smoker\" in the patient; the fields are: age, pregnant, "
        "isotretinoin_last_dose, anticoagulants, keloid_history, active_infection_in_area, "
        "active_acne_in_area, skin_disease_in_area, recent_sun_damage");
  CHECK(unknown.line == 8);
  CHECK(unknown.column == 27);

  const problem negative = problem_in(with_patient_text(R"({ "age": -1 })"));
  CHECK(negative.message ==
        "age -1 is not an age; write the patient's age in whole years, from 0 to 150");
  CHECK(negative.line == 8);
  CHECK(negative.column == 23);

  const problem too_old = problem_in(with_patient_text(R"({ "age": 200 })"));
  CHECK(too_old.message ==
        "age 200 is not an age; write the patient's age in whole years, from 0 to 150");
  CHECK(too_old.column == 23);
  CHECK(problem_in(with_patient_text(R"({ "age": 34.5 })")).message ==
        "age 34.5 is not an age; write the patient's age in whole years, from 0 to 150");
  CHECK(problem_in(with_patient_text(R"({ "age": "34" })")).message ==
        "\"age\" must be a whole number of years, as in \"age\": 34; found a string");

  const problem no_such_day =
      problem_in(with_patient_text(R"({ "isotretinoin_last_dose": "2026-02-30" })"));
  CHECK(no_such_day.message ==
        "isotretinoin_last_dose \"2026-02-30\" does not exist: month 2 of 2026 has 28 days");
  CHECK(no_such_day.line == 8);
  CHECK(no_such_day.column == 42);

  const problem not_an_object = problem_in(with_patient_text("true"));
  CHECK(not_an_object.message ==
        "\"patient\" must be an object, as in \"patient\": { \"age\": 34, \"pregnant\": false }; "
        "found true");
  CHECK(not_an_object.column == 14);

  const problem duplicate =
      problem_in(with_patient_text(R"({ "pregnant": false, "pregnant": true })"));
  CHECK(duplicate.message ==
        "duplicate field \"pregnant\" in the patient: it was already given at line 8, column 16");
  CHECK(duplicate.column == 35);
}

TEST_CASE("a course with a patient round-trips through to_json") {
  const parse_result result = parse_protocol(screened_protocol);
  REQUIRE(result.ok());
  const std::string written = to_json(result.value());
  CHECK(written.find(R"("patient": { "age": 34, "pregnant": true, "isotretinoin_last_dose": )"
                     R"("2026-11-01", "anticoagulants": false, "keloid_history": false, )"
                     R"("active_infection_in_area": false, "active_acne_in_area": false, )"
                     R"("skin_disease_in_area": false, "recent_sun_damage": false })") !=
        std::string::npos);
  const parse_result again = parse_protocol(written);
  REQUIRE(again.ok());
  CHECK(again.value() == result.value());

  // Only the answers given are written; an empty patient stays a patient.
  course partial = clinical_scar_course();
  partial.patient = with_age(patient{}, 40_years);
  const parse_result partial_again = parse_protocol(to_json(partial));
  REQUIRE(partial_again.ok());
  CHECK(partial_again.value() == partial);
  CHECK(to_json(partial).find(R"("patient": { "age": 40 })") != std::string::npos);
  course empty = clinical_scar_course();
  empty.patient = patient{};
  const parse_result empty_again = parse_protocol(to_json(empty));
  REQUIRE(empty_again.ok());
  CHECK(empty_again.value() == empty);
  CHECK(to_json(with_patient(clinical_scar_course(), {})).find("\"patient\"") == std::string::npos);
}

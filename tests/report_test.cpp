// What a report says about a course: ok() when no finding is an error, has(rule), counts by
// severity, each finding's session, and each finding as a sentence.
#include <algorithm>
#include <cstddef>
#include <iterator>
#include <string_view>
#include <vector>

#include <dermaroller/dermaroller.hpp>

#include "catch.hpp"
#include "example_courses.hpp"

using namespace dermaroller;
using namespace dermaroller::literals;
using namespace dermaroller::examples;

namespace {

// A scar course with one warning (no anesthetic before the second session) and one note (a
// sunscreen that is not zinc-based), and no error.
constexpr course course_with_a_warning_and_a_note() {
  course c = clinical_scar_course();
  c.sessions[1].anesthetic = false;
  c.sun_exposure = true;
  (void)c.aftercare.push_back(aftercare_step{aftercare_kind::other_sunscreen});
  return c;
}

// The same course, treating the neck without the doctor's approval: one error more.
constexpr course course_with_an_error() {
  course c = course_with_a_warning_and_a_note();
  c.area = body_area::neck;
  return c;
}

// Every session of a full course breaks every per-session rule it can at once: an impossible
// needle, no rest, no anesthetic, too few passes, heat, and uneven flushing.
constexpr course course_breaking_everything_it_can() {
  course c{setting::clinical, indication::scars, treatment_goal::collagen_induction};
  c.area = body_area::back;
  c.sun_exposure = true;
  session visit{0_um, pass_count{1}};
  visit.modality = modality::heat;
  visit.flushing = flushing::uneven;
  while (c.sessions.push_back(visit)) {
  }
  patient screened{};
  screened.age = year_count{17};
  screened.isotretinoin_last_dose = calendar_date{2027, 1, 1};
  screened.pregnant = screened.anticoagulants = screened.keloid_history = true;
  screened.active_infection_in_area = screened.active_acne_in_area = true;
  screened.skin_disease_in_area = screened.recent_sun_damage = true;
  c.patient = screened;
  return c;
}

constexpr bool counts_add_up(const report& r) {
  return r.errors() + r.warnings() + r.notes() == r.size() &&
         r.count(severity::error) == r.errors() && r.count(severity::warning) == r.warnings() &&
         r.count(severity::note) == r.notes();
}

}  // namespace

// The example course of the documentation, proved valid by the compiler.
static_assert(validate(clinical_scar_course()).ok());
static_assert(validate(home_maintenance_course()).ok());

TEST_CASE("a course that keeps every guideline has an empty report that is ok") {
  constexpr report r = validate(clinical_scar_course());
  CHECK_AT_COMPILE_AND_RUN_TIME(r.ok());
  CHECK_AT_COMPILE_AND_RUN_TIME(r.empty());
  CHECK_AT_COMPILE_AND_RUN_TIME(r.size() == 0);
  CHECK_AT_COMPILE_AND_RUN_TIME(r.errors() == 0);
  CHECK_AT_COMPILE_AND_RUN_TIME(r.warnings() == 0);
  CHECK_AT_COMPILE_AND_RUN_TIME(r.notes() == 0);
  CHECK_AT_COMPILE_AND_RUN_TIME(r.begin() == r.end());
  CHECK_AT_COMPILE_AND_RUN_TIME(!r.has(rule::no_sessions));
}

TEST_CASE("warnings and notes leave a course ok") {
  constexpr report r = validate(course_with_a_warning_and_a_note());
  CHECK_AT_COMPILE_AND_RUN_TIME(r.ok());
  CHECK_AT_COMPILE_AND_RUN_TIME(!r.empty());
  CHECK_AT_COMPILE_AND_RUN_TIME(r.size() == 2);
  CHECK_AT_COMPILE_AND_RUN_TIME(r.errors() == 0);
  CHECK_AT_COMPILE_AND_RUN_TIME(r.warnings() == 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(r.notes() == 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(counts_add_up(r));
}

TEST_CASE("one error makes a course not ok") {
  constexpr report r = validate(course_with_an_error());
  CHECK_AT_COMPILE_AND_RUN_TIME(!r.ok());
  CHECK_AT_COMPILE_AND_RUN_TIME(r.size() == 3);
  CHECK_AT_COMPILE_AND_RUN_TIME(r.errors() == 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(r.warnings() == 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(r.notes() == 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(counts_add_up(r));
}

TEST_CASE("has() is true for exactly the rules that fired") {
  constexpr report r = validate(course_with_an_error());
  CHECK_AT_COMPILE_AND_RUN_TIME(r.has(rule::doctor_approval_missing));
  CHECK_AT_COMPILE_AND_RUN_TIME(r.has(rule::anesthetic_missing));
  CHECK_AT_COMPILE_AND_RUN_TIME(r.has(rule::sunscreen_not_zinc));
  constexpr auto only_those_three = [](const report& found) {
    std::size_t fired = 0;
    for (const auto& entry : rule_definitions) fired += found.has(entry.rule) ? 1 : 0;
    return fired == 3;
  };
  CHECK_AT_COMPILE_AND_RUN_TIME(only_those_three(r));
}

TEST_CASE("findings about the whole course come first, then each session's in order") {
  constexpr report r = validate(course_with_an_error());
  // doctor-approval-missing and sunscreen-not-zinc are about the course, in table order.
  CHECK_AT_COMPILE_AND_RUN_TIME(r[0].rule == rule::doctor_approval_missing);
  CHECK_AT_COMPILE_AND_RUN_TIME(r[1].rule == rule::sunscreen_not_zinc);
  CHECK_AT_COMPILE_AND_RUN_TIME(r[2].rule == rule::anesthetic_missing);
  CHECK_AT_COMPILE_AND_RUN_TIME(!r[0].session().has_value());
  CHECK_AT_COMPILE_AND_RUN_TIME(r[0].session_index == diagnostic::no_session);
  CHECK_AT_COMPILE_AND_RUN_TIME(r[2].session().value() == 1);

  constexpr report many = validate(with_needle(clinical_scar_course(), 0_um));
  constexpr auto in_session_order = [](const report& found) {
    for (std::size_t i = 0; i < found.size(); ++i) {
      if (found[i].session().value_or(99) != i) return false;
    }
    return found.size() == 3;
  };
  CHECK_AT_COMPILE_AND_RUN_TIME(in_session_order(many));
}

TEST_CASE("each finding carries its rule's severity from the rule table") {
  constexpr auto severities_match = [](const report& found) {
    for (const diagnostic& d : found) {
      if (d.severity != definition(d.rule).severity) return false;
    }
    return true;
  };
  CHECK_AT_COMPILE_AND_RUN_TIME(severities_match(validate(course_with_an_error())));
  CHECK_AT_COMPILE_AND_RUN_TIME(severities_match(validate(course_breaking_everything_it_can())));
}

TEST_CASE("a full course breaking every rule it can in every session loses no finding") {
  constexpr report r = validate(course_breaking_everything_it_can());
  // Per session: needle-length-invalid, anesthetic-missing, passes-too-few, not-mechanical,
  // uneven-flushing, and rest-missing for every session after the first.
  constexpr std::size_t per_session = 5;
  // goal-indication-mismatch, doctor-approval-missing, more-sessions-than-usual, the four
  // aftercare rules plus sunscreen-missing, and the eight screening rules of the patient's
  // answers.
  constexpr std::size_t about_the_course = 16;
  // isotretinoin-not-compared, once for the run of undated sessions
  constexpr std::size_t about_the_dose = 1;
  CHECK_AT_COMPILE_AND_RUN_TIME(r.size() == session_capacity * per_session +
                                                (session_capacity - 1) + about_the_course +
                                                about_the_dose);
  CHECK_AT_COMPILE_AND_RUN_TIME(r.size() <= report_capacity);
  // and patient-under-age, pregnancy and active-infection among the course's errors
  CHECK_AT_COMPILE_AND_RUN_TIME(r.errors() ==
                                session_capacity * 2 + (session_capacity - 1) + 2 + 3);
  CHECK_AT_COMPILE_AND_RUN_TIME(counts_add_up(r));
  CHECK_AT_COMPILE_AND_RUN_TIME(r[r.size() - 1].session().value() == session_capacity - 1);
}

TEST_CASE("a full report refuses another finding instead of overflowing") {
  report r;
  const diagnostic finding{rule::anesthetic_missing, severity::warning, 0, false, 0, 0,
                           diagnostic::no_waiver};
  std::size_t added = 0;
  // Bounded, so that a report that never says "full" fails the test instead of hanging it.
  while (added <= report_capacity && r.add(finding)) ++added;
  CHECK(added == report_capacity);
  CHECK(r.size() == report_capacity);
  CHECK(r.warnings() == report_capacity);
  CHECK_FALSE(r.add(finding));
  CHECK(r.size() == report_capacity);
}

TEST_CASE("message is a plain function: std::transform can take it by name") {
  const report found = validate(course_with_an_error());
  const std::vector<diagnostic> findings(found.begin(), found.end());
  std::vector<message_text> sentences;
  std::transform(findings.begin(), findings.end(), std::back_inserter(sentences),
                 dermaroller::message);
  REQUIRE(sentences.size() == 3);
  CHECK(sentences[0].view() == "treating the neck needs the approval of the attending doctor");
  CHECK(sentences[1].view() ==
        "the sunscreen is not zinc-based, which is the kind the document names");
  CHECK(sentences[2].view() ==
        "no anesthetic cream before this clinical session; it prevents undue discomfort");
  // and validate, with its default guidelines, is one too
  constexpr report (*validate_by_pointer)(const course&, const guidelines&) = &validate;
  CHECK(validate_by_pointer(course_with_an_error(), default_guidelines).size() == 3);
}

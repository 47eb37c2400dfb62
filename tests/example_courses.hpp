#pragma once
// Courses the core's tests start from. Each keeps every guideline, so that a test changes one
// thing and sees the rule about that thing, and nothing else, fire.

#include <cstddef>

#include <dermaroller/dermaroller.hpp>

namespace dermaroller::examples {

using namespace dermaroller::literals;

// The aftercare the document describes for the clinical procedure, all of it.
constexpr inline_vector<aftercare_step, aftercare_capacity> full_clinical_aftercare() {
  return {aftercare_step{aftercare_kind::clean_environment, 1_hours},
          aftercare_step{aftercare_kind::anti_inflammatory_cream, 24_hours},
          aftercare_step{aftercare_kind::mineral_preparation},
          aftercare_step{aftercare_kind::peptide_preparation},
          aftercare_step{aftercare_kind::moisturizer}};
}

constexpr session clinical_visit(needle_length needle) {
  session visit{needle, pass_count{15}};
  visit.anesthetic = true;
  return visit;
}

// A patient asked every screening question but the isotretinoin one, with nothing to report.
// (A dose date is only compared with dated sessions: see the screening tests.)
constexpr patient screened_patient() {
  patient screened;
  screened.age = year_count{34};
  screened.pregnant = false;
  screened.anticoagulants = false;
  screened.keloid_history = false;
  screened.active_infection_in_area = false;
  screened.active_acne_in_area = false;
  screened.skin_disease_in_area = false;
  screened.recent_sun_damage = false;
  return screened;
}

constexpr patient with_age(patient screened, year_count age) {
  screened.age = age;
  return screened;
}

// The course whose patient answers yes to `Question`, every other answer unchanged.
template <maybe<bool> patient::*Question>
constexpr course with_answer(course c, bool answer = true) {
  patient screened = c.patient.value_or(patient{});
  screened.*Question = answer;
  c.patient = screened;
  return c;
}

// The course whose patient took the last isotretinoin dose on `last_dose`.
constexpr course with_isotretinoin(course c, calendar_date last_dose) {
  patient screened = c.patient.value_or(patient{});
  screened.isotretinoin_last_dose = last_dose;
  c.patient = screened;
  return c;
}

// Acne scars on the face: three 1.5 mm sessions six weeks apart, with full aftercare.
constexpr course clinical_scar_course() {
  course c{setting::clinical, indication::scars, treatment_goal::scar_reduction};
  c.sessions = {clinical_visit(1.5_mm), clinical_visit(1.5_mm), clinical_visit(1.5_mm)};
  c.sessions[1].rest = 6_weeks;
  c.sessions[2].rest = 6_weeks;
  c.aftercare = full_clinical_aftercare();
  c.patient = screened_patient();
  return c;
}

// Wrinkles on the face: two 1.0 mm collagen-induction sessions six weeks apart.
constexpr course clinical_collagen_course() {
  course c{setting::clinical, indication::wrinkles, treatment_goal::collagen_induction};
  c.sessions = {clinical_visit(1.0_mm), clinical_visit(1.0_mm)};
  c.sessions[1].rest = 6_weeks;
  c.aftercare = full_clinical_aftercare();
  c.patient = screened_patient();
  return c;
}

// A home roller of 0.5 mm used for skin health, three times, with a moisturizer. Home use has
// no anesthetic, no rest window and none of the clinic's aftercare.
constexpr course home_maintenance_course() {
  course c{setting::home, indication::skin_health, treatment_goal::maintenance};
  const session visit{0.5_mm, pass_count{15}};
  c.sessions = {visit, visit, visit};
  c.aftercare = {aftercare_step{aftercare_kind::moisturizer}};
  return c;
}

// The course with `count` sessions: its own first ones, then the last repeated, six weeks
// after the one before in a clinic.
constexpr course with_session_count(course c, std::size_t count) {
  inline_vector<session, session_capacity> sessions;
  for (std::size_t i = 0; i < count; ++i) {
    if (i < c.sessions.size()) {
      (void)sessions.push_back(c.sessions[i]);
      continue;
    }
    session next = sessions.empty() ? clinical_visit(1.0_mm) : sessions.back();
    if (!sessions.empty() && c.setting == setting::clinical) next.rest = 6_weeks;
    (void)sessions.push_back(next);
  }
  c.sessions = sessions;
  return c;
}

// The course with every session's needle changed.
constexpr course with_needle(course c, needle_length needle) {
  for (session& visit : c.sessions) visit.needle = needle;
  return c;
}

// The course without any aftercare step of the kind.
constexpr course without_step(course c, aftercare_kind kind) {
  inline_vector<aftercare_step, aftercare_capacity> kept;
  for (const aftercare_step& step : c.aftercare) {
    if (step.kind != kind) (void)kept.push_back(step);
  }
  c.aftercare = kept;
  return c;
}

// The course with `step` in place of any step of the same kind.
constexpr course with_step(course c, aftercare_step step) {
  c = without_step(c, step.kind);
  (void)c.aftercare.push_back(step);
  return c;
}

// Whether validating the course, against the guidelines given, reports the rule.
constexpr bool breaks(const course& c, rule which, const guidelines& g = default_guidelines) {
  return validate(c, g).has(which);
}

constexpr bool has_no_diagnostic(const course& c, const guidelines& g = default_guidelines) {
  return validate(c, g).empty();
}

// Whether every diagnostic of the course is of the one rule (and there is at least one).
constexpr bool breaks_only(const course& c, rule which, const guidelines& g = default_guidelines) {
  const report found = validate(c, g);
  if (found.empty()) return false;
  for (const diagnostic& d : found) {
    if (d.rule != which) return false;
  }
  return true;
}

// The first diagnostic of the rule; a default diagnostic when there is none.
constexpr diagnostic first_finding(const course& c, rule which,
                                   const guidelines& g = default_guidelines) {
  for (const diagnostic& d : validate(c, g)) {
    if (d.rule == which) return d;
  }
  return {};
}

}  // namespace dermaroller::examples

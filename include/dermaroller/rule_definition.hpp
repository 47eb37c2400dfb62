#pragma once
// What a row of the rule table (rules.hpp) is made of: the finding a check returns, the course
// and a session as the checks see them, the check itself, and what a finding points at in a
// protocol file; and the small vocabulary the checks are written in (broken(), kept()).

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "dermaroller/calendar_date.hpp"
#include "dermaroller/course.hpp"
#include "dermaroller/course_calendar.hpp"
#include "dermaroller/detail/fixed_array.hpp"
#include "dermaroller/detail/maybe.hpp"
#include "dermaroller/enum_names.hpp"
#include "dermaroller/guidelines.hpp"
#include "dermaroller/rule.hpp"

namespace dermaroller {

// What a check found: whether the rule is broken and, when it is, the number found and the
// guideline's number (either 0 when the rule has none), measured as the rule's row says.
// kept() is a finding that is not broken. (A flag of its own rather than a maybe<finding>:
// validate()'s first walk reads only the flag, and clang++ unpacked maybe's with shifts and
// masks in every check.)
struct finding {
  std::int32_t found{0};
  std::int32_t limit{0};
  bool broken{false};
  bool second_message{false};  // the row's second_message fits this finding, not its message
};

namespace detail {

// The six-to-eight-week rest is said of the two medical end-goals: it binds clinical
// collagen-induction and scar-reduction courses, not maintenance or home use.
constexpr bool rest_rules_apply(const course& c) {
  return c.setting == setting::clinical && c.goal != treatment_goal::maintenance;
}

}  // namespace detail

// A course under review, with its aftercare summed up in one pass: which kinds of step it
// has, and for how long each is kept up at most. A step that states no duration is kept for
// as long as it is needed (cream "handy" for the 24 hours), so it counts as the whole window.
struct course_in_review {
  static constexpr hour_count whole_window{INT32_MAX};

  const dermaroller::course& course;
  fixed_array<bool, enum_names(aftercare_kind{}).size()> has_step{};
  fixed_array<hour_count, enum_names(aftercare_kind{}).size()> longest_step{};

  [[nodiscard]] static constexpr course_in_review of(const dermaroller::course& c) {
    course_in_review review{c};
    for (const aftercare_step& step : c.aftercare) {
      const auto kind = static_cast<std::size_t>(step.kind);
      review.has_step[kind] = true;
      const hour_count lasts = step.duration.value_or(whole_window);
      if (lasts > review.longest_step[kind]) review.longest_step[kind] = lasts;
    }
    return review;
  }

  [[nodiscard]] constexpr bool has(aftercare_kind kind) const {
    return has_step[static_cast<std::size_t>(kind)];
  }
  // The longest stated duration of the kind's steps (whole_window if one states none).
  [[nodiscard]] constexpr hour_count longest(aftercare_kind kind) const {
    return longest_step[static_cast<std::size_t>(kind)];
  }
  [[nodiscard]] constexpr bool is_clinical() const { return course.setting == setting::clinical; }
};

// What the checks of every session ask of the course, worked out once per course by
// validate(): clang++ worked them out anew for each session when session_in_course did.
struct course_facts {
  // The recommended needles and session counts for the course's goal.
  const goal_guidelines& for_goal;
  bool clinical{false};
  bool rest_rules_apply{false};  // detail::rest_rules_apply(course)
};

// A session seen in its course, with the facts several checks share worked out once.
struct session_in_course {
  const dermaroller::course& course;
  const dermaroller::session& session;
  std::size_t index{0};
  // The days since the previous session, from the course's calendar: the difference of the
  // two dates when both are given or worked out, else the session's rest. The first session
  // has none. (Checks read it in place: from a copy, clang++ reloaded it as one 8-byte word
  // just after writing it in two parts, a stall that took a third of validate()'s time.)
  maybe<day_count> gap;
  // True when the gap is the difference of two dates, so that it can be negative.
  bool gap_from_dates{false};
  // The recommended needles and session counts for the course's goal.
  const goal_guidelines& for_goal;
  // The course's dates, for the few checks that compare a session's date with another.
  const course_calendar& calendar;
  // The course's facts, and whether the session's needle is one rollers are made with: a
  // needle outside that is reported once, by needle-length-invalid, and the other needle
  // rules say nothing about it.
  bool clinical{false};
  bool rest_rules_apply{false};
  bool needle_is_real{false};

  [[nodiscard]] static constexpr session_in_course at(const dermaroller::course& c,
                                                      std::size_t index, const guidelines& g,
                                                      const course_facts& facts,
                                                      const course_calendar& calendar) {
    const dermaroller::session& visit = c.sessions[index];
    return {c,
            visit,
            index,
            calendar.gap_before(index),
            calendar.both_dated(index),
            facts.for_goal,
            calendar,
            facts.clinical,
            facts.rest_rules_apply,
            visit.needle > needle_length{} && visit.needle <= g.longest_needle_made};
  }

  [[nodiscard]] constexpr bool is_clinical() const { return clinical; }
  // Dated on or before the previous session: sessions-out-of-order, and no rest to judge.
  [[nodiscard]] constexpr bool out_of_order() const { return gap_from_dates && gap->count() <= 0; }
};

// A rule's check returns a finding when the rule is broken, and nothing otherwise, reading
// numbers from `guidelines` only. It looks at the course as a whole, or at each session in
// turn: `looks_at` says which, and only that function is set. (Made by of_course() or
// of_each_session(). The scope is its own member because g++ does not take the comparison
// of a function pointer with null as a constant under -fsanitize=undefined.)
enum class check_scope : std::uint8_t { course, each_session };

struct rule_check {
  check_scope looks_at;
  finding (*of_course)(const course_in_review&, const guidelines&);
  finding (*of_session)(const session_in_course&, const guidelines&);
};

constexpr rule_check of_course(finding (*check)(const course_in_review&, const guidelines&)) {
  return {check_scope::course, check, nullptr};
}
constexpr rule_check of_each_session(finding (*check)(const session_in_course&,
                                                      const guidelines&)) {
  return {check_scope::each_session, nullptr, check};
}

// A top-level field of a protocol file (docs/protocol-format.md).
enum class protocol_field : std::uint8_t {
  none,
  setting,
  indication,
  goal,
  area,
  doctor_approval,
  sun_exposure,
  skin_type,
  sessions,
  aftercare,
  practitioner,
  waivers,
  patient,
};

// A field of a session in a protocol file, in the order of the format's session fields.
enum class session_field : std::uint8_t {
  needle,
  passes,
  anesthetic,
  rest,
  date,
  modality,
  flushing,
};

// The fields' names in protocol files (protocol.hpp asserts that its table agrees).
constexpr auto enum_names(session_field) {
  using enum session_field;
  return fixed_array<enum_name<session_field>, 7>{{{needle, "needle"sv},
                                                   {passes, "passes"sv},
                                                   {anesthetic, "anesthetic"sv},
                                                   {rest, "rest"sv},
                                                   {date, "date"sv},
                                                   {modality, "modality"sv},
                                                   {flushing, "flushing"sv}}};
}

// A field of the patient in a protocol file, in the order of the format's patient fields.
enum class patient_field : std::uint8_t {
  age,
  pregnant,
  isotretinoin_last_dose,
  anticoagulants,
  keloid_history,
  active_infection_in_area,
  active_acne_in_area,
  skin_disease_in_area,
  recent_sun_damage,
};

constexpr auto enum_names(patient_field) {
  using enum patient_field;
  return fixed_array<enum_name<patient_field>, 9>{
      {{age, "age"sv},
       {pregnant, "pregnant"sv},
       {isotretinoin_last_dose, "isotretinoin_last_dose"sv},
       {anticoagulants, "anticoagulants"sv},
       {keloid_history, "keloid_history"sv},
       {active_infection_in_area, "active_infection_in_area"sv},
       {active_acne_in_area, "active_acne_in_area"sv},
       {skin_disease_in_area, "skin_disease_in_area"sv},
       {recent_sun_damage, "recent_sun_damage"sv}}};
}

// What a finding points at in a protocol file: the first of these that was written. A finding
// about one session points at its field `in_session`, else `in_session_otherwise`, else at the
// session's '{'. One about the whole course points at the first aftercare step of the kind
// `step`, else at the patient's field `in_patient`, else at `field`, else at `otherwise` (an
// absent field has a default, and no position), else at the course itself.
struct finding_subject {
  protocol_field field = protocol_field::none;
  protocol_field otherwise = protocol_field::none;
  maybe<session_field> in_session{};
  maybe<session_field> in_session_otherwise{};
  maybe<aftercare_kind> step{};
  maybe<patient_field> in_patient{};
};

// A screening finding points at the patient's field, else at "patient".
constexpr finding_subject at_the_patient(patient_field field) {
  return {.field = protocol_field::patient, .in_patient = field};
}

// A session's finding points at the session's field, else at the session.
constexpr finding_subject at_the_session(session_field field, maybe<session_field> otherwise = {}) {
  return {protocol_field::sessions, protocol_field::none, field, otherwise, {}};
}

struct rule_definition {
  dermaroller::rule rule;
  dermaroller::severity severity;
  std::string_view fires_when;  // one line, for --list-rules and the docs
  std::string_view basis;       // the document's words, or why the rule exists
  std::string_view message;     // with {found} and {limit}
  // A second wording, for the findings whose check says it fits better (finding::
  // second_message): a missing step rather than a short one, a clinic rather than home use.
  std::string_view second_message{};
  measure found_measures;
  measure limit_measures;
  // The members of `guidelines` the check reads, by name ("passes.fewest", or a whole
  // member, "goals_for_indication"): their records in guideline_numbers say where they come
  // from, for --explain.
  fixed_array<std::string_view, 3> reads;
  finding_subject points_at;
  rule_check check;

  // The rule's code, "home-needle-too-long" (rule.hpp).
  [[nodiscard]] constexpr std::string_view code() const { return dermaroller::code(rule); }
};

namespace detail {

constexpr std::int32_t number(needle_length length) { return length.micrometres(); }
constexpr std::int32_t number(day_count days) { return days.count(); }
constexpr std::int32_t number(hour_count hours) { return hours.count(); }
constexpr std::int32_t number(pass_count passes) { return passes.count(); }
constexpr std::int32_t number(month_count months) { return months.count(); }
constexpr std::int32_t number(year_count years) { return years.count(); }
constexpr std::int32_t number(const calendar_date& date) { return days_since_epoch(date); }
// A plain number (a literal 0 in a rule) is itself; without this overload it would go through
// the std::size_t one, a sign conversion that -Wsign-conversion reports in the user's build.
constexpr std::int32_t number(std::int32_t value) { return value; }
constexpr std::int32_t number(std::size_t count) { return static_cast<std::int32_t>(count); }
template <class E>
requires std::is_enum_v<E>
constexpr std::int32_t number(E value) { return static_cast<std::int32_t>(value); }

template <class Found, class Limit>
constexpr finding broken(Found found, Limit limit) {
  return finding{number(found), number(limit), true};
}
// Broken, in the words of the row's second_message.
template <class Found, class Limit>
constexpr finding broken_in_second_words(Found found, Limit limit) {
  return finding{number(found), number(limit), true, true};
}
constexpr finding broken() { return finding{.broken = true}; }
constexpr finding kept() { return {}; }

// The isotretinoin rules compare the last dose with each session's date. Most patients took
// none: that test is inlined into validate(), and the dates are worked out out of line.
constexpr bool has_isotretinoin_dose(const course& c) {
  return c.patient && c.patient.operator->()->isotretinoin_last_dose;
}

// Broken when the session's date, given or worked out, is before the wait after the dose
// ends. (This and first_undated_of_a_run() take the calendar and the session's index, not the
// session_in_course: a call that took its address made both compilers build the view in memory
// for every session.)
[[gnu::noinline]] constexpr finding session_before_wait_ends(const course_calendar& calendar,
                                                             std::size_t index,
                                                             calendar_date last_dose,
                                                             month_count wait) {
  const maybe<calendar_date> day = calendar.date_of(index);
  if (!day) return kept();  // isotretinoin-not-compared says so
  const calendar_date wait_ends = last_dose + wait;
  return *day < wait_ends ? broken(*day, wait_ends) : kept();
}

// Broken at a session without a date whose previous session has one (or that is the first):
// once for each run of undated sessions.
[[gnu::noinline]] constexpr finding first_undated_of_a_run(const course_calendar& calendar,
                                                           std::size_t index) {
  const bool undated = !calendar.date_of(index);
  const bool run_starts = index == 0 || calendar.date_of(index - 1).has_value();
  return undated && run_starts ? broken() : kept();
}

// The screening rules look at one answer of the patient's: broken when the course has a
// patient whose answer to `question` is yes. An absent patient or answer is not screened.
template <maybe<bool> patient::*Question>
constexpr finding patient_answers_yes(const course_in_review& review, const guidelines&) {
  const maybe<patient>& screened = review.course.patient;
  // Read in place: *screened would copy the whole patient for each question.
  return screened && (screened.operator->()->*Question).value_or(false) ? broken() : kept();
}

}  // namespace detail

}  // namespace dermaroller

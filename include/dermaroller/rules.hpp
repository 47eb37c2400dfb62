#pragma once
// The rule catalogue. One entry per rule says what it is: code, severity, when it fires, the
// document's words it rests on, and the message. validate(), the checker's --list-rules and
// --explain, and docs/guidelines.md all read this table. Below it, each rule's check.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>
#include <utility>

#include "dermaroller/course.hpp"
#include "dermaroller/detail/fixed_array.hpp"
#include "dermaroller/guidelines.hpp"
#include "dermaroller/detail/maybe.hpp"
#include "dermaroller/detail/message_text.hpp"
#include "dermaroller/report.hpp"
#include "dermaroller/rule.hpp"

namespace dermaroller {

// What the numbers of a finding measure, so that a message can say "1.5 mm" or "41 days".
enum class measure : std::uint8_t {
  nothing,
  needle,  // micrometres
  days,
  hours,
  passes,
  sessions,
  goal,        // a treatment_goal
  indication,  // an indication
  area,        // a body_area
  method,      // a modality
};

struct finding {
  std::int32_t found{0};
  std::int32_t limit{0};
};

// A course under review, with its aftercare summed up in one pass: which kinds of step it
// has, and for how long each is kept up at most (none stated counts as zero hours). (This and
// session_in_course are templates for the same reason as rule_checks below.)
template <class Deferred>
struct course_in_review {
  const dermaroller::course& course;
  fixed_array<bool, enum_names(aftercare_kind{}).size()> has_step{};
  fixed_array<hour_count, enum_names(aftercare_kind{}).size()> longest_step{};

  [[nodiscard]] static constexpr course_in_review of(const dermaroller::course& c) {
    course_in_review review{c};
    for (const aftercare_step& step : c.aftercare) {
      const auto kind = static_cast<std::size_t>(step.kind);
      review.has_step[kind] = true;
      const hour_count lasts = step.duration.value_or(hour_count{0});
      if (lasts > review.longest_step[kind]) review.longest_step[kind] = lasts;
    }
    return review;
  }

  [[nodiscard]] constexpr bool has(aftercare_kind kind) const {
    return has_step[static_cast<std::size_t>(kind)];
  }
  [[nodiscard]] constexpr hour_count longest(aftercare_kind kind) const {
    return longest_step[static_cast<std::size_t>(kind)];
  }
  [[nodiscard]] constexpr bool is_clinical() const { return course.setting == setting::clinical; }
};

// A session seen in its course, with the facts several checks share worked out once.
template <class Deferred>
struct session_in_course {
  const dermaroller::course& course;
  const dermaroller::session& session;
  std::size_t index{0};
  // The rest since the previous session: from the two dates when both sessions have one,
  // else as recorded. The first session has none. (Checks read it in place: from a copy,
  // clang++ reloaded it as one 8-byte word just after writing it in two parts, a stall that
  // took a third of validate()'s time.)
  maybe<day_count> rest;
  // The recommended needles and session counts for the course's goal.
  const goal_guidelines& for_goal;

  [[nodiscard]] static constexpr session_in_course at(const dermaroller::course& c,
                                                      std::size_t index, const guidelines& g) {
    const dermaroller::session& visit = c.sessions[index];
    maybe<day_count> rest;
    if (index > 0) {
      const auto& previous = c.sessions[index - 1];
      rest = visit.date && previous.date ? days_between(*previous.date, *visit.date) : visit.rest;
    }
    return {c, visit, index, rest, g.for_goal(c.goal)};
  }

  [[nodiscard]] constexpr bool is_clinical() const { return course.setting == setting::clinical; }
};

struct rule_definition {
  dermaroller::rule rule;
  std::string_view code;
  dermaroller::severity severity;
  std::string_view fires_when;  // one line, for --list-rules and the docs
  std::string_view basis;       // the document's words, or why the rule exists
  std::string_view message;     // with {found} and {limit}
  measure found_measures;
  measure limit_measures;
};

namespace detail {

constexpr std::int32_t number(needle_length length) { return length.micrometres(); }
constexpr std::int32_t number(day_count days) { return days.count(); }
constexpr std::int32_t number(hour_count hours) { return hours.count(); }
constexpr std::int32_t number(pass_count passes) { return passes.count(); }
constexpr std::int32_t number(std::size_t count) { return static_cast<std::int32_t>(count); }
template <class E>
requires std::is_enum_v<E>
constexpr std::int32_t number(E value) { return static_cast<std::int32_t>(value); }

template <class Found, class Limit>
constexpr maybe<finding> broken(Found found, Limit limit) {
  return finding{number(found), number(limit)};
}
constexpr maybe<finding> broken() { return finding{}; }
constexpr maybe<finding> kept() { return {}; }

// A needle outside what rollers are made with is reported once, by needle-length-invalid;
// the other needle rules say nothing about it.
constexpr bool needle_is_real(const session& visit, const guidelines& g) {
  return visit.needle > needle_length{} && visit.needle <= g.longest_needle_made;
}

}  // namespace detail

// clang-format off
inline constexpr fixed_array rule_definitions{
rule_definition{
  rule::no_sessions, "no-sessions"sv, severity::error,
  "the course has no session"sv,
  "a course is made of sessions"sv,
  "the course has no session"sv, measure::nothing, measure::nothing},

rule_definition{
  rule::needle_length_invalid, "needle-length-invalid"sv, severity::error,
  "a needle is 0 or longer than the longest roller made"sv,
  "rollers are made with needles from about 0.2 mm to 3.0 mm (SOURCES.md)"sv,
  "a needle of {found} is not one a roller is made with: lengths run from above 0 up to {limit}"sv,
  measure::needle, measure::needle},

rule_definition{
  rule::home_needle_too_long, "home-needle-too-long"sv, severity::error,
  "a home course uses a needle longer than the home maximum"sv,
  "\"home versions have shorter needles\""sv,
  "a {found} needle is longer than the home-use maximum of {limit}"sv,
  measure::needle, measure::needle},

rule_definition{
  rule::home_indication_not_supported, "home-indication-not-supported"sv, severity::error,
  "a home course treats scars or stretch marks"sv,
  "home rollers are \"not the kind of derma roller for removing stretch marks or scars\""sv,
  "home rollers are not for {found}: that needs the clinical procedure"sv,
  measure::indication, measure::nothing},

rule_definition{
  rule::home_goal_not_maintenance, "home-goal-not-maintenance"sv, severity::warning,
  "a home course aims at something other than maintenance"sv,
  "\"skin maintenance is the goal for the home-use derma roller\"; lasting effects need the "
  "medical procedure"sv,
  "a home course aims at {found}; home rollers are for maintenance, and lasting effects need "
  "the clinical procedure"sv,
  measure::goal, measure::nothing},

rule_definition{
  rule::goal_indication_mismatch, "goal-indication-mismatch"sv, severity::error,
  "the goal does not serve the indication (scars: scar reduction; skin health: maintenance; "
  "the others: collagen induction or maintenance)"sv,
  "the procedure has \"two end-goals\", collagen induction and scar reduction; home rollers "
  "\"maintain the effects of collagen induction\""sv,
  "the goal {found} does not treat {limit}"sv,
  measure::goal, measure::indication},

rule_definition{
  rule::needle_too_long_for_goal, "needle-too-long-for-goal"sv, severity::warning,
  "a needle is longer than the goal's recommended range"sv,
  "\"if you choose needles lengths that are too long, you may not want to use the roller as "
  "often as you should\""sv,
  "a {found} needle is longer than the {limit} recommended for this goal; needles that are too "
  "long discourage regular use"sv,
  measure::needle, measure::needle},

rule_definition{
  rule::needle_too_short_for_goal, "needle-too-short-for-goal"sv, severity::warning,
  "a clinical needle is shorter than the goal's recommended range"sv,
  "home rollers are not for scars \"since home versions have shorter needles\""sv,
  "a {found} needle is shorter than the {limit} recommended for this goal"sv,
  measure::needle, measure::needle},

rule_definition{
  rule::too_many_sessions, "too-many-sessions"sv, severity::error,
  "more sessions than the goal allows (collagen induction 3, scar reduction 5)"sv,
  "collagen induction: \"two to three sessions\"; scar reduction: \"goes up to five\""sv,
  "{found} is more than the {limit} this goal calls for"sv,
  measure::sessions, measure::sessions},

rule_definition{
  rule::too_few_sessions, "too-few-sessions"sv, severity::warning,
  "fewer sessions than the goal calls for (collagen induction 2)"sv,
  "collagen induction \"usually require[s] two to three sessions\""sv,
  "{found} is fewer than the {limit} this goal calls for"sv,
  measure::sessions, measure::sessions},

rule_definition{
  rule::rest_missing, "rest-missing"sv, severity::error,
  "a clinical session after the first has neither a rest interval nor a date"sv,
  "\"six to eight weeks of rest in between\" sessions"sv,
  "this session has neither a rest interval nor a date, so nothing says how long the skin "
  "rested before it"sv,
  measure::nothing, measure::nothing},

rule_definition{
  rule::rest_too_short, "rest-too-short"sv, severity::error,
  "less rest than the window's shortest (6 weeks) between clinical sessions"sv,
  "\"six to eight weeks of rest in between\""sv,
  "{found} of rest since the previous session is less than the {limit} required"sv,
  measure::days, measure::days},

rule_definition{
  rule::rest_too_long, "rest-too-long"sv, severity::warning,
  "more rest than the window's longest (8 weeks) between clinical sessions"sv,
  "\"six to eight weeks of rest in between\""sv,
  "{found} of rest since the previous session is more than the recommended {limit}"sv,
  measure::days, measure::days},

rule_definition{
  rule::anesthetic_missing, "anesthetic-missing"sv, severity::warning,
  "a clinical session without anesthetic cream"sv,
  "\"the procedure usually starts with the application of anesthetic cream\""sv,
  "no anesthetic cream before this clinical session; it prevents undue discomfort"sv,
  measure::nothing, measure::nothing},

rule_definition{
  rule::passes_too_few, "passes-too-few"sv, severity::warning,
  "fewer passes than recommended (15)"sv,
  "rolling \"over the area to be treated 15 to 20 times\""sv,
  "{found} over the area, fewer than the recommended {limit}"sv,
  measure::passes, measure::passes},

rule_definition{
  rule::passes_too_many, "passes-too-many"sv, severity::warning,
  "more passes than recommended (20)"sv,
  "rolling \"over the area to be treated 15 to 20 times\""sv,
  "{found} over the area, more than the recommended {limit}"sv,
  measure::passes, measure::passes},

rule_definition{
  rule::not_mechanical, "not-mechanical"sv, severity::error,
  "a session uses heat or chemicals"sv,
  "\"a mechanical tool that does not use chemicals or heat in the primary procedure\""sv,
  "this session uses {found}; the procedure is mechanical, without heat or chemicals"sv,
  measure::method, measure::nothing},

rule_definition{
  rule::doctor_approval_missing, "doctor-approval-missing"sv, severity::error,
  "an area other than the face is treated without the doctor's approval"sv,
  "\"all over the body, with approval from your attending doctor\""sv,
  "treating the {found} needs the approval of the attending doctor"sv,
  measure::area, measure::nothing},

rule_definition{
  rule::uneven_flushing, "uneven-flushing"sv, severity::warning,
  "a session recorded uneven flushing"sv,
  "\"a success if the flushing of the skin is even all throughout the skin area\""sv,
  "flushing was uneven, so the punctures were not even over the area: the session was not a "
  "success"sv,
  measure::nothing, measure::nothing},

rule_definition{
  rule::skin_care_products_missing, "skin-care-products-missing"sv, severity::warning,
  "the aftercare has no moisturizer"sv,
  "\"use a derma roller tool in conjunction with approved skin creams and moisturizers\""sv,
  "the aftercare has no moisturizer; the roller works best with approved creams and "
  "moisturizers"sv,
  measure::nothing, measure::nothing},

rule_definition{
  rule::clean_environment_missing, "clean-environment-missing"sv, severity::warning,
  "a clinical course without a clean environment for the first hour"sv,
  "\"a clinically clean environment for the first hour after treatment\""sv,
  "the aftercare keeps a clean environment for {found}, less than the first {limit} the "
  "punctures need to seal"sv,
  measure::hours, measure::hours},

rule_definition{
  rule::anti_inflammatory_missing, "anti-inflammatory-missing"sv, severity::warning,
  "a clinical course without anti-inflammatory cream covering 24 hours"sv,
  "flushing \"can take up to 24 hours to subside\""sv,
  "anti-inflammatory cream covers {found}, less than the {limit} that flushing can last"sv,
  measure::hours, measure::hours},

rule_definition{
  rule::mineral_peptide_missing, "mineral-peptide-missing"sv, severity::warning,
  "a clinical course without both a mineral and a peptide preparation"sv,
  "\"mineral and peptide preparations should be used after the treatment\""sv,
  "the aftercare should include both a mineral and a peptide preparation"sv,
  measure::nothing, measure::nothing},

rule_definition{
  rule::sunscreen_missing, "sunscreen-missing"sv, severity::warning,
  "sun exposure is expected and the aftercare has no sunscreen"sv,
  "\"zinc-based sunscreen, if necessary\""sv,
  "sun exposure is expected but the aftercare has no sunscreen"sv,
  measure::nothing, measure::nothing},

rule_definition{
  rule::sunscreen_not_zinc, "sunscreen-not-zinc"sv, severity::note,
  "the sunscreen is not zinc-based"sv,
  "\"including zinc-based sunscreen\""sv,
  "the sunscreen is not zinc-based, which is the kind the document names"sv,
  measure::nothing, measure::nothing},
};
// clang-format on

static_assert(rule_definitions.size() <= 32, "report keeps one bit per rule");

[[nodiscard]] constexpr const rule_definition& definition(rule which) {
  return rule_definitions[static_cast<std::size_t>(which)];
}

// The rule's code as written in diagnostics and protocol tools: "home-needle-too-long".
[[nodiscard]] constexpr std::string_view code(rule which) { return definition(which).code; }

constexpr auto enum_names(rule) {
  fixed_array<enum_name<rule>, rule_definitions.size()> names{};
  for (std::size_t i = 0; i < names.size(); ++i) {
    names[i] = {rule_definitions[i].rule, rule_definitions[i].code};
  }
  return names;
}

namespace detail {

// The checks: a check returns a finding (the number found and the guideline's number) when
// its rule is broken, and nothing otherwise, reading numbers from `guidelines` only. Those that
// look at the course as a whole, and those that look at each session in turn, each in rule
// order. (Apart from the definitions, and in a class template, so that they are compiled only
// in the files that call validate(), not in every file that includes the core.)
template <class Deferred>
struct rule_checks {
  struct course_check {
    dermaroller::rule rule;
    maybe<finding> (*check)(const course_in_review<Deferred>&, const guidelines&);
  };
  struct session_check {
    dermaroller::rule rule;
    maybe<finding> (*check)(const session_in_course<Deferred>&, const guidelines&);
  };

  // clang-format off
  static constexpr fixed_array for_course{
  course_check{rule::no_sessions, [](const course_in_review<Deferred>& review, const guidelines&) {
    const course& c = review.course;
    return c.sessions.empty() ? detail::broken() : detail::kept();
  }},
  course_check{rule::home_indication_not_supported, [](const course_in_review<Deferred>& review, const guidelines&) {
    const course& c = review.course;
    const bool unsupported = c.setting == setting::home &&
        (c.indication == indication::scars || c.indication == indication::stretch_marks);
    return unsupported ? detail::broken(c.indication, 0) : detail::kept();
  }},
  course_check{rule::home_goal_not_maintenance, [](const course_in_review<Deferred>& review, const guidelines&) {
    const course& c = review.course;
    const bool other_goal = c.setting == setting::home && c.goal != treatment_goal::maintenance;
    return other_goal ? detail::broken(c.goal, 0) : detail::kept();
  }},
  course_check{rule::goal_indication_mismatch, [](const course_in_review<Deferred>& review, const guidelines& g) {
    const course& c = review.course;
    return g.goal_serves(c.goal, c.indication) ? detail::kept()
                                               : detail::broken(c.goal, c.indication);
  }},
  course_check{rule::too_many_sessions, [](const course_in_review<Deferred>& review, const guidelines& g) {
    const course& c = review.course;
    const std::size_t most = g.for_goal(c.goal).sessions.most;
    return c.sessions.size() > most ? detail::broken(c.sessions.size(), most) : detail::kept();
  }},
  course_check{rule::too_few_sessions, [](const course_in_review<Deferred>& review, const guidelines& g) {
    const course& c = review.course;
    const std::size_t fewest = g.for_goal(c.goal).sessions.fewest;
    const bool too_few = !c.sessions.empty() && c.sessions.size() < fewest;
    return too_few ? detail::broken(c.sessions.size(), fewest) : detail::kept();
  }},
  course_check{rule::doctor_approval_missing, [](const course_in_review<Deferred>& review, const guidelines&) {
    const course& c = review.course;
    const bool needs_approval = c.area != body_area::face && !c.doctor_approval;
    return needs_approval ? detail::broken(c.area, 0) : detail::kept();
  }},
  course_check{rule::skin_care_products_missing, [](const course_in_review<Deferred>& review, const guidelines&) {
    return review.has(aftercare_kind::moisturizer) ? detail::kept() : detail::broken();
  }},
  course_check{rule::clean_environment_missing, [](const course_in_review<Deferred>& review, const guidelines& g) {
    const hour_count kept_for = review.longest(aftercare_kind::clean_environment);
    const bool short_of = review.is_clinical() && kept_for < g.clean_environment_for;
    return short_of ? detail::broken(kept_for, g.clean_environment_for) : detail::kept();
  }},
  course_check{rule::anti_inflammatory_missing, [](const course_in_review<Deferred>& review, const guidelines& g) {
    const hour_count covered = review.longest(aftercare_kind::anti_inflammatory_cream);
    const bool short_of = review.is_clinical() && covered < g.anti_inflammatory_cover;
    return short_of ? detail::broken(covered, g.anti_inflammatory_cover) : detail::kept();
  }},
  course_check{rule::mineral_peptide_missing, [](const course_in_review<Deferred>& review, const guidelines&) {
    const bool both = review.has(aftercare_kind::mineral_preparation) &&
                      review.has(aftercare_kind::peptide_preparation);
    return review.is_clinical() && !both ? detail::broken() : detail::kept();
  }},
  course_check{rule::sunscreen_missing, [](const course_in_review<Deferred>& review, const guidelines&) {
    const bool any = review.has(aftercare_kind::zinc_sunscreen) ||
                     review.has(aftercare_kind::other_sunscreen);
    return review.course.sun_exposure && !any ? detail::broken() : detail::kept();
  }},
  course_check{rule::sunscreen_not_zinc, [](const course_in_review<Deferred>& review, const guidelines&) {
    const bool other_only = review.has(aftercare_kind::other_sunscreen) &&
                            !review.has(aftercare_kind::zinc_sunscreen);
    return other_only ? detail::broken() : detail::kept();
  }},
  };

  static constexpr fixed_array for_each_session{
  session_check{rule::needle_length_invalid, [](const session_in_course<Deferred>& s, const guidelines& g) {
    return detail::needle_is_real(s.session, g) ? detail::kept()
                                                : detail::broken(s.session.needle, g.longest_needle_made);
  }},
  session_check{rule::home_needle_too_long, [](const session_in_course<Deferred>& s, const guidelines& g) {
    const bool too_long = !s.is_clinical() && detail::needle_is_real(s.session, g) &&
                          s.session.needle > g.home_needle_maximum;
    return too_long ? detail::broken(s.session.needle, g.home_needle_maximum) : detail::kept();
  }},
  session_check{rule::needle_too_long_for_goal, [](const session_in_course<Deferred>& s, const guidelines& g) {
    const needle_length longest = s.for_goal.needle.longest;
    const bool too_long = detail::needle_is_real(s.session, g) && s.session.needle > longest;
    return too_long ? detail::broken(s.session.needle, longest) : detail::kept();
  }},
  session_check{rule::needle_too_short_for_goal, [](const session_in_course<Deferred>& s, const guidelines& g) {
    const needle_length shortest = s.for_goal.needle.shortest;
    const bool too_short = s.is_clinical() && detail::needle_is_real(s.session, g) &&
                           s.session.needle < shortest;
    return too_short ? detail::broken(s.session.needle, shortest) : detail::kept();
  }},
  session_check{rule::rest_missing, [](const session_in_course<Deferred>& s, const guidelines&) {
    // A date alone counts (PRODUCT.md §3): when the previous session is undated, the rest
    // before this one is unknown and the rest rules have nothing to compare.
    const bool unknown = s.is_clinical() && s.index > 0 && !s.session.rest && !s.session.date;
    return unknown ? detail::broken() : detail::kept();
  }},
  session_check{rule::rest_too_short, [](const session_in_course<Deferred>& s, const guidelines& g) {
    const day_count shortest = g.rest_between_sessions.shortest;
    const bool too_short = s.is_clinical() && s.rest && *s.rest < shortest;
    return too_short ? detail::broken(*s.rest, shortest) : detail::kept();
  }},
  session_check{rule::rest_too_long, [](const session_in_course<Deferred>& s, const guidelines& g) {
    const day_count longest = g.rest_between_sessions.longest;
    const bool too_long = s.is_clinical() && s.rest && *s.rest > longest;
    return too_long ? detail::broken(*s.rest, longest) : detail::kept();
  }},
  session_check{rule::anesthetic_missing, [](const session_in_course<Deferred>& s, const guidelines&) {
    return s.is_clinical() && !s.session.anesthetic ? detail::broken() : detail::kept();
  }},
  session_check{rule::passes_too_few, [](const session_in_course<Deferred>& s, const guidelines& g) {
    const pass_count fewest = g.passes.fewest;
    return s.session.passes < fewest ? detail::broken(s.session.passes, fewest) : detail::kept();
  }},
  session_check{rule::passes_too_many, [](const session_in_course<Deferred>& s, const guidelines& g) {
    const pass_count most = g.passes.most;
    return s.session.passes > most ? detail::broken(s.session.passes, most) : detail::kept();
  }},
  session_check{rule::not_mechanical, [](const session_in_course<Deferred>& s, const guidelines&) {
    const bool other = s.session.modality != modality::mechanical;
    return other ? detail::broken(s.session.modality, 0) : detail::kept();
  }},
  session_check{rule::uneven_flushing, [](const session_in_course<Deferred>& s, const guidelines&) {
    const bool uneven = s.session.flushing && *s.session.flushing == flushing::uneven;
    return uneven ? detail::broken() : detail::kept();
  }},
  };
  // clang-format on

  // Every rule is defined once, in enum order (definition() counts on it), and has one check;
  // the report has room for all the checks can find. (Asserted here, where it costs only the
  // files that call validate(), rather than in every file that includes the core.)
  static constexpr bool sound() {
    std::size_t next_course = 0;
    std::size_t next_session = 0;
    for (std::size_t i = 0; i < rule_definitions.size(); ++i) {
      const rule_definition& definition = rule_definitions[i];
      if (static_cast<std::size_t>(definition.rule) != i || definition.code.empty()) return false;
      if (next_course < for_course.size() && for_course[next_course].rule == definition.rule) {
        ++next_course;
      } else if (next_session < for_each_session.size() &&
                 for_each_session[next_session].rule == definition.rule) {
        ++next_session;
      } else {
        return false;
      }
    }
    return next_course == for_course.size() && next_session == for_each_session.size() &&
           for_course.size() <= course_rule_limit &&
           for_each_session.size() <= per_session_rule_limit;
  }
  static_assert(sound(),
                "rule_definitions must list every rule once, in enum order, and each "
                "rule needs one check, of the course or of each session, in rule order");
};

}  // namespace detail

namespace detail {

// Enum words read as prose in messages: "stretch marks", not "stretch_marks".
constexpr void append_words(message_text& text, std::string_view name) {
  for (const char c : name) text.push_back(c == '_' ? ' ' : c);
}

template <class Deferred>
constexpr void append_measure(message_text& text, measure what, std::int32_t value) {
  const auto plural = [&](std::string_view one, std::string_view many) {
    text.append_number(value).append(" ").append(value == 1 ? one : many);
  };
  switch (what) {
    case measure::nothing: break;
    case measure::needle: text.append_thousandths(value).append(" mm"); break;
    case measure::days: plural("day", "days"); break;
    case measure::hours: plural("hour", "hours"); break;
    case measure::passes: plural("pass", "passes"); break;
    case measure::sessions: plural("session", "sessions"); break;
    case measure::goal: append_words(text, to_string(static_cast<treatment_goal>(value))); break;
    case measure::indication: append_words(text, to_string(static_cast<indication>(value))); break;
    case measure::area: append_words(text, to_string(static_cast<body_area>(value))); break;
    case measure::method: append_words(text, to_string(static_cast<modality>(value))); break;
  }
}

}  // namespace detail

// The diagnostic as a sentence: "a 1.5 mm needle is longer than the home-use maximum of
// 0.5 mm". It does not name the session; the caller knows how it numbers them. (A template,
// like validate(), only so that it is compiled in the files that call it: message(d).)
template <class Deferred = void>
[[nodiscard]] constexpr message_text message(const diagnostic& d) {
  const rule_definition& definition_of_rule = definition(d.rule);
  message_text text;
  std::string_view pattern = definition_of_rule.message;
  while (!pattern.empty()) {
    if (pattern.starts_with("{found}")) {
      detail::append_measure<Deferred>(text, definition_of_rule.found_measures, d.found);
      pattern.remove_prefix(7);
    } else if (pattern.starts_with("{limit}")) {
      detail::append_measure<Deferred>(text, definition_of_rule.limit_measures, d.limit);
      pattern.remove_prefix(7);
    } else {
      text.append(pattern.substr(0, 1));
      pattern.remove_prefix(1);
    }
  }
  return text;
}

}  // namespace dermaroller

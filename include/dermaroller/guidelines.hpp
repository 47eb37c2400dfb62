#pragma once
// Every number the rules compare against, and where each comes from. Rules read these values
// and nothing else, so a clinic can copy default_guidelines, change what its own practice
// says, and pass that to validate(). Each number has one source record, in guideline_numbers
// below: its member, its value in any guidelines set with its unit, and its citation, a short
// name of an entry of docs/sources.md. The checker's --explain and the docs read those
// records; the comments here do not repeat them.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dermaroller/calendar_date.hpp"
#include "dermaroller/detail/fixed_array.hpp"
#include "dermaroller/detail/maybe.hpp"
#include "dermaroller/detail/message_text.hpp"
#include "dermaroller/durations.hpp"
#include "dermaroller/needle_length.hpp"
#include "dermaroller/pass_count.hpp"
#include "dermaroller/rule.hpp"
#include "dermaroller/rule_set.hpp"
#include "dermaroller/vocabulary.hpp"

namespace dermaroller {

struct needle_range {
  needle_length shortest;
  needle_length longest;
};

// How many sessions a course of one goal has. Past `usual_most` is a warning (the document's
// "usually"), past `most` an error (its "goes up to"); SIZE_MAX means no limit.
struct session_count_range {
  std::size_t fewest{1};
  std::size_t usual_most{SIZE_MAX};
  std::size_t most{SIZE_MAX};
};

struct rest_window {
  day_count shortest;
  day_count longest;
};

struct pass_range {
  pass_count fewest;
  pass_count most;
};

// What a goal calls for: the recommended needle range and how many sessions a course has.
struct goal_guidelines {
  needle_range needle;
  session_count_range sessions;
};

// The goals that can serve an indication, one flag per treatment_goal.
class goal_set {
 public:
  template <class... Goals>
  constexpr explicit goal_set(Goals... goals) {
    (insert(goals), ...);
  }
  constexpr goal_set& insert(treatment_goal goal) {
    allowed_[static_cast<std::size_t>(goal)] = true;
    return *this;
  }
  [[nodiscard]] constexpr bool contains(treatment_goal goal) const {
    return allowed_[static_cast<std::size_t>(goal)];
  }

 private:
  fixed_array<bool, enum_names(treatment_goal{}).size()> allowed_{};
};

namespace detail {
constexpr needle_length um(std::int32_t micrometres) {
  return needle_length::from_micrometres(micrometres);
}
}  // namespace detail

// The numbers, with their defaults. Where each default comes from is its record in
// guideline_numbers, below.
struct guidelines {
  // Input sanity, not a treatment limit: a needle no roller is made with is a mistake.
  needle_length longest_needle_made = detail::um(3000);

  // Home versions "have shorter needles"; a stricter clinic sets 0.3 mm.
  needle_length home_needle_maximum = detail::um(500);

  goal_guidelines collagen_induction{{detail::um(500), detail::um(1500)},
                                     {.fewest = 2, .usual_most = 3}};
  goal_guidelines scar_reduction{{detail::um(1000), detail::um(2000)}, {.fewest = 1, .most = 5}};
  // Home maintenance: needles up to the home maximum, and no limit on sessions.
  goal_guidelines maintenance{{detail::um(0), detail::um(500)}, {}};

  // A clinic following the studies that spaced sessions about 4 weeks apart sets its own.
  rest_window rest_between_sessions{day_count{42}, day_count{56}};

  pass_range passes{pass_count{15}, pass_count{20}};

  hour_count clean_environment_for{1};
  hour_count anti_inflammatory_cover{24};

  // Rules that only some guideline sets switch on (guideline_sets.hpp) are off by default.
  rule_set disabled_rules{rule::needle_needs_healthcare_professional,
                          rule::home_use_not_authorised};
  // Where needle-needs-healthcare-professional is on: a needle this long or longer.
  needle_length healthcare_professional_needle_from = detail::um(1500);

  // The goals each indication may have, indexed by indication.
  fixed_array<goal_set, enum_names(indication{}).size()> goals_for_indication{
      goal_set{treatment_goal::collagen_induction, treatment_goal::maintenance},  // wrinkles
      goal_set{treatment_goal::collagen_induction, treatment_goal::scar_reduction,
               treatment_goal::maintenance},                                      // stretch_marks
      goal_set{treatment_goal::scar_reduction},                                   // scars
      goal_set{treatment_goal::collagen_induction, treatment_goal::maintenance},  // pigmentation
      goal_set{treatment_goal::collagen_induction, treatment_goal::maintenance},  // elasticity
      goal_set{treatment_goal::maintenance},                                      // skin_health
  };

  // Patient screening (docs/guidelines.md, "Beyond the document").
  year_count minimum_age{18};
  month_count isotretinoin_wait{6};
  day_count recent_sun_window{14};  // what "recent" sun damage means, for its message

  // The longest needle recommended for each area, indexed by body_area; none where no source
  // gives one.
  fixed_array<maybe<needle_length>, enum_names(body_area{}).size()> area_needle_maximum{
      maybe<needle_length>{},  // face
      detail::um(500),         // around_eyes
      maybe<needle_length>{},  // neck
      maybe<needle_length>{},  // chest
      maybe<needle_length>{},  // abdomen
      maybe<needle_length>{},  // back
      maybe<needle_length>{},  // arms
      maybe<needle_length>{},  // legs
      maybe<needle_length>{},  // hands
      maybe<needle_length>{},  // scalp
  };

  [[nodiscard]] constexpr const goal_guidelines& for_goal(treatment_goal goal) const {
    switch (goal) {
      case treatment_goal::collagen_induction: return collagen_induction;
      case treatment_goal::scar_reduction: return scar_reduction;
      case treatment_goal::maintenance: break;
    }
    return maintenance;
  }

  [[nodiscard]] constexpr bool goal_serves(treatment_goal goal,
                                           dermaroller::indication what) const {
    return goals_for_indication[static_cast<std::size_t>(what)].contains(goal);
  }

  [[nodiscard]] constexpr maybe<needle_length> needle_maximum_for(body_area area) const {
    return area_needle_maximum[static_cast<std::size_t>(area)];
  }
};

inline constexpr guidelines default_guidelines{};

// What a number measures, so that it is written "1.5 mm" or "41 days": the numbers of a
// finding (rules.hpp) and of `guidelines` alike.
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
  number,      // a plain number: "2"
  rule,        // a rule, by its code
  years,
  months,
  date,  // days since 1970-01-01, written as a date
};

namespace detail {

// Enum words read as prose in messages: "stretch marks", not "stretch_marks".
constexpr void append_words(message_text& text, std::string_view name) {
  for (const char c : name) text.push_back(c == '_' ? ' ' : c);
}

// The word for `value` of E, as prose; nothing for a number that names no value. The tables
// list the values in order (table_integrity_test.cpp), so the value is the index.
template <class E>
constexpr void append_enum_words(message_text& text, std::int32_t value) {
  if (value >= 0 && static_cast<std::size_t>(value) < names_of<E>.size()) {
    append_words(text, names_of<E>[static_cast<std::size_t>(value)].name);
  }
}

// The number as message() writes it: "1.5 mm", "41 days", "1 pass", "stretch marks".
constexpr void append_measure(message_text& text, measure what, std::int32_t value) {
  const auto counted = [&](std::string_view one, std::string_view many) {
    text.append_number(value).append(" ").append(value == 1 ? one : many);
  };
  switch (what) {
    case measure::nothing: break;
    case measure::needle: text.append_thousandths(value).append(" mm"); break;
    case measure::days: counted("day", "days"); break;
    case measure::hours: counted("hour", "hours"); break;
    case measure::passes: counted("pass", "passes"); break;
    case measure::sessions: counted("session", "sessions"); break;
    case measure::goal: append_enum_words<treatment_goal>(text, value); break;
    case measure::indication: append_enum_words<dermaroller::indication>(text, value); break;
    case measure::area: append_enum_words<body_area>(text, value); break;
    case measure::method: append_enum_words<modality>(text, value); break;
    case measure::number: text.append_number(value); break;
    case measure::rule: text.append(code(static_cast<rule>(value))); break;
    case measure::years: counted("year", "years"); break;
    case measure::months: counted("month", "months"); break;
    case measure::date: append_date(text, date_from_days_since_epoch(value)); break;
  }
}

}  // namespace detail

// A number of `guidelines` as a person reads it, unit and all: "0.5 mm", "42 days (6 weeks)",
// "24 hours", "15 passes"; a session limit, "3 sessions" or "no limit"; the goals a set
// allows, by their names in protocol files, "collagen_induction maintenance".
[[nodiscard]] constexpr message_text to_text(needle_length length) {
  message_text text;
  detail::append_measure(text, measure::needle, length.micrometres());
  return text;
}

[[nodiscard]] constexpr message_text to_text(day_count days) {
  message_text text;
  detail::append_measure(text, measure::days, days.count());
  if (days.count() % 7 == 0) text.append(" (").append_number(days.count() / 7).append(" weeks)");
  return text;
}

[[nodiscard]] constexpr message_text to_text(hour_count hours) {
  message_text text;
  detail::append_measure(text, measure::hours, hours.count());
  return text;
}

[[nodiscard]] constexpr message_text to_text(month_count months) {
  message_text text;
  detail::append_measure(text, measure::months, months.count());
  return text;
}

[[nodiscard]] constexpr message_text to_text(year_count years) {
  message_text text;
  detail::append_measure(text, measure::years, years.count());
  return text;
}

// An area's maximum needle, or "no maximum".
[[nodiscard]] constexpr message_text to_text(maybe<needle_length> maximum) {
  return maximum ? to_text(*maximum) : message_text{}.append("no maximum");
}

[[nodiscard]] constexpr message_text to_text(pass_count passes) {
  message_text text;
  detail::append_measure(text, measure::passes, passes.count());
  return text;
}

[[nodiscard]] constexpr message_text to_text(const goal_set& goals) {
  message_text text;
  for (const auto& [goal, name] : enum_names(treatment_goal{})) {
    if (!goals.contains(goal)) continue;
    if (text.size() != 0) text.push_back(' ');
    text.append(name);
  }
  return text;
}

namespace detail {

constexpr const goal_set& goals_for(const guidelines& g, indication what) {
  return g.goals_for_indication[static_cast<std::size_t>(what)];
}

constexpr message_text area_maximum_text(const guidelines& g, body_area area) {
  return to_text(g.needle_maximum_for(area));
}

constexpr message_text sessions_text(std::size_t sessions) {
  message_text text;
  if (sessions == SIZE_MAX) return text.append("no limit");
  detail::append_measure(text, measure::sessions, static_cast<std::int32_t>(sessions));
  return text;
}

}  // namespace detail

// Where a number comes from: `citation` names an entry of docs/sources.md by its short name;
// `note` says what that source says, where the rule's basis does not already quote it.
struct guideline_source {
  std::string_view citation;
  std::string_view note;
};

// The short names of docs/sources.md that the records cite.
namespace citation {
inline constexpr std::string_view source_document = "the source document";
inline constexpr std::string_view doddaballapur_2009 = "Doddaballapur 2009";
inline constexpr std::string_view harris_2015 = "Harris et al. 2015";
inline constexpr std::string_view skinpen_trial = "NCT02646917";
inline constexpr std::string_view scotland_2026 = "Scotland asp 13";
inline constexpr std::string_view health_canada_2021 = "Health Canada 2021";
// A number of practice that no reference gives (docs/sources.md, "Practice defaults").
inline constexpr std::string_view practice_default = "practice default";
}  // namespace citation

// How a guideline file (guideline_file.hpp) writes a number: what kind of value it is, and the
// member it goes to. One accessor is set, the one of the member's type; `kind` says which
// (a kind of its own, as in rule_check: g++ does not take the comparison of a function pointer
// with null as a constant under -fsanitize=undefined).
enum class guideline_kind : std::uint8_t {
  none,             // not read from files
  needle,           // "0.5mm"
  optional_needle,  // "0.5mm", or null for none
  days,             // "6w", "42d"
  hours,            // "24h", "1d"
  months,           // "6mo"
  years,            // "18y"
  passes,           // 15
  sessions,         // 3, or "none" for no limit
  goals,            // ["collagen_induction", "maintenance"]
  rules,            // ["sunscreen-not-zinc"]
};

struct guideline_slot {
  guideline_kind kind{guideline_kind::none};
  needle_length& (*needle)(guidelines&){nullptr};
  maybe<needle_length>& (*optional_needle)(guidelines&){nullptr};
  day_count& (*days)(guidelines&){nullptr};
  hour_count& (*hours)(guidelines&){nullptr};
  month_count& (*months)(guidelines&){nullptr};
  year_count& (*years)(guidelines&){nullptr};
  pass_count& (*passes)(guidelines&){nullptr};
  std::size_t& (*sessions)(guidelines&){nullptr};
  goal_set& (*goals)(guidelines&){nullptr};
  rule_set& (*rules)(guidelines&){nullptr};
};

// writes([](guidelines& g) -> auto& { return g.passes.fewest; }): the slot of that member, of
// the kind its type says. A std::size_t is a number of sessions.
constexpr guideline_slot writes(needle_length& (*to)(guidelines&)) {
  return {.kind = guideline_kind::needle, .needle = to};
}
constexpr guideline_slot writes(maybe<needle_length>& (*to)(guidelines&)) {
  return {.kind = guideline_kind::optional_needle, .optional_needle = to};
}
constexpr guideline_slot writes(day_count& (*to)(guidelines&)) {
  return {.kind = guideline_kind::days, .days = to};
}
constexpr guideline_slot writes(hour_count& (*to)(guidelines&)) {
  return {.kind = guideline_kind::hours, .hours = to};
}
constexpr guideline_slot writes(month_count& (*to)(guidelines&)) {
  return {.kind = guideline_kind::months, .months = to};
}
constexpr guideline_slot writes(year_count& (*to)(guidelines&)) {
  return {.kind = guideline_kind::years, .years = to};
}
constexpr guideline_slot writes(pass_count& (*to)(guidelines&)) {
  return {.kind = guideline_kind::passes, .passes = to};
}
constexpr guideline_slot writes(std::size_t& (*to)(guidelines&)) {
  return {.kind = guideline_kind::sessions, .sessions = to};
}
constexpr guideline_slot writes(goal_set& (*to)(guidelines&)) {
  return {.kind = guideline_kind::goals, .goals = to};
}
constexpr guideline_slot writes(rule_set& (*to)(guidelines&)) {
  return {.kind = guideline_kind::rules, .rules = to};
}

// One number of `guidelines`: its member as written in code (a nested member with '.', an
// entry of a table as [word]), its value in a given set, where the default comes from, and how
// a guideline file writes it (a member without a slot cannot be set from a file).
struct guideline_number {
  std::string_view member;
  message_text (*value)(const guidelines&);
  guideline_source source;
  guideline_slot file{};
};

namespace detail {
// The codes of the rules of a set, "home-use-not-authorised needle-needs-healthcare-
// professional", or "none".
constexpr message_text rule_codes(const rule_set& rules) {
  message_text text;
  for (const auto& [which, name] : enum_names(rule{})) {
    if (!rules.contains(which)) continue;
    if (text.size() != 0) text.push_back(' ');
    text.append(name);
  }
  if (text.size() == 0) text.append("none");
  return text;
}
}  // namespace detail

namespace detail {

inline constexpr guideline_source collagen_needles{
    citation::doddaballapur_2009,
    "the document gives no needle lengths; \"the medical dermaroller needles are 0.5-1.5 mm in "
    "length\""sv};
inline constexpr guideline_source scar_needles_shortest{
    citation::practice_default,
    "the document gives no needle lengths; below the median of 1.5 mm in acne-scar studies "
    "(Harris et al. 2015)"sv};
inline constexpr guideline_source scar_needles_longest{
    citation::skinpen_trial,
    "the document gives no needle lengths; the SkinPen acne-scar trial used depths from "
    "0.25 mm to 2.0 mm"sv};
inline constexpr guideline_source home_needles{
    citation::practice_default, "the home maximum: maintenance is what home rollers are for"sv};
inline constexpr guideline_source long_term_use{
    citation::source_document,
    "no number of sessions: home rollers are meant to be used \"long-term\""sv};
inline constexpr guideline_source no_area_depth{
    citation::practice_default,
    "no review or labelling we found gives a needle length for this area; the goal's range "
    "applies"sv};
inline constexpr guideline_source collagen_or_maintenance{
    citation::source_document, "collagen induction, or maintenance, which keeps up its effects"sv};

}  // namespace detail

// One record per number, in the order of the members.
// clang-format off
inline constexpr fixed_array guideline_numbers{
guideline_number{"longest_needle_made"sv,
  [](const guidelines& g) { return to_text(g.longest_needle_made); },
  {citation::practice_default,
   "above the longest needles of devices we could confirm (2.0-2.5 mm); an input sanity "
   "limit, not a treatment limit"sv},
  writes([](guidelines& g) -> auto& { return g.longest_needle_made; })},
guideline_number{"home_needle_maximum"sv,
  [](const guidelines& g) { return to_text(g.home_needle_maximum); },
  {citation::practice_default,
   "the document says only that home rollers have shorter needles; consumer guidance puts "
   "home rollers at 0.2-0.5 mm"sv},
  writes([](guidelines& g) -> auto& { return g.home_needle_maximum; })},
guideline_number{"collagen_induction.needle.shortest"sv,
  [](const guidelines& g) { return to_text(g.collagen_induction.needle.shortest); },
  detail::collagen_needles,
  writes([](guidelines& g) -> auto& { return g.collagen_induction.needle.shortest; })},
guideline_number{"collagen_induction.needle.longest"sv,
  [](const guidelines& g) { return to_text(g.collagen_induction.needle.longest); },
  detail::collagen_needles,
  writes([](guidelines& g) -> auto& { return g.collagen_induction.needle.longest; })},
guideline_number{"collagen_induction.sessions.fewest"sv,
  [](const guidelines& g) { return detail::sessions_text(g.collagen_induction.sessions.fewest); },
  {citation::source_document, {}},
  writes([](guidelines& g) -> auto& { return g.collagen_induction.sessions.fewest; })},
guideline_number{"collagen_induction.sessions.usual_most"sv,
  [](const guidelines& g) { return detail::sessions_text(g.collagen_induction.sessions.usual_most); },
  {citation::source_document, "\"usually require two to three sessions\"; \"about three visits\""sv},
  writes([](guidelines& g) -> auto& { return g.collagen_induction.sessions.usual_most; })},
guideline_number{"collagen_induction.sessions.most"sv,
  [](const guidelines& g) { return detail::sessions_text(g.collagen_induction.sessions.most); },
  {citation::source_document, "the document sets no hard limit: it says \"usually\""sv},
  writes([](guidelines& g) -> auto& { return g.collagen_induction.sessions.most; })},
guideline_number{"scar_reduction.needle.shortest"sv,
  [](const guidelines& g) { return to_text(g.scar_reduction.needle.shortest); },
  detail::scar_needles_shortest,
  writes([](guidelines& g) -> auto& { return g.scar_reduction.needle.shortest; })},
guideline_number{"scar_reduction.needle.longest"sv,
  [](const guidelines& g) { return to_text(g.scar_reduction.needle.longest); },
  detail::scar_needles_longest,
  writes([](guidelines& g) -> auto& { return g.scar_reduction.needle.longest; })},
guideline_number{"scar_reduction.sessions.fewest"sv,
  [](const guidelines& g) { return detail::sessions_text(g.scar_reduction.sessions.fewest); },
  {citation::source_document, "the document gives no fewest number of sessions"sv},
  writes([](guidelines& g) -> auto& { return g.scar_reduction.sessions.fewest; })},
guideline_number{"scar_reduction.sessions.usual_most"sv,
  [](const guidelines& g) { return detail::sessions_text(g.scar_reduction.sessions.usual_most); },
  {citation::source_document, "the hard limit is the only one: \"goes up to five\""sv},
  writes([](guidelines& g) -> auto& { return g.scar_reduction.sessions.usual_most; })},
guideline_number{"scar_reduction.sessions.most"sv,
  [](const guidelines& g) { return detail::sessions_text(g.scar_reduction.sessions.most); },
  {citation::source_document, "\"goes up to five\"; \"up to five visits\""sv},
  writes([](guidelines& g) -> auto& { return g.scar_reduction.sessions.most; })},
guideline_number{"maintenance.needle.shortest"sv,
  [](const guidelines& g) { return to_text(g.maintenance.needle.shortest); },
  detail::home_needles,
  writes([](guidelines& g) -> auto& { return g.maintenance.needle.shortest; })},
guideline_number{"maintenance.needle.longest"sv,
  [](const guidelines& g) { return to_text(g.maintenance.needle.longest); },
  detail::home_needles,
  writes([](guidelines& g) -> auto& { return g.maintenance.needle.longest; })},
guideline_number{"maintenance.sessions.fewest"sv,
  [](const guidelines& g) { return detail::sessions_text(g.maintenance.sessions.fewest); },
  detail::long_term_use,
  writes([](guidelines& g) -> auto& { return g.maintenance.sessions.fewest; })},
guideline_number{"maintenance.sessions.usual_most"sv,
  [](const guidelines& g) { return detail::sessions_text(g.maintenance.sessions.usual_most); },
  detail::long_term_use,
  writes([](guidelines& g) -> auto& { return g.maintenance.sessions.usual_most; })},
guideline_number{"maintenance.sessions.most"sv,
  [](const guidelines& g) { return detail::sessions_text(g.maintenance.sessions.most); },
  detail::long_term_use,
  writes([](guidelines& g) -> auto& { return g.maintenance.sessions.most; })},
guideline_number{"rest_between_sessions.shortest"sv,
  [](const guidelines& g) { return to_text(g.rest_between_sessions.shortest); },
  {citation::source_document, {}},
  writes([](guidelines& g) -> auto& { return g.rest_between_sessions.shortest; })},
guideline_number{"rest_between_sessions.longest"sv,
  [](const guidelines& g) { return to_text(g.rest_between_sessions.longest); },
  {citation::source_document, {}},
  writes([](guidelines& g) -> auto& { return g.rest_between_sessions.longest; })},
guideline_number{"passes.fewest"sv,
  [](const guidelines& g) { return to_text(g.passes.fewest); },
  {citation::source_document,
   "agrees with Doddaballapur 2009: a 192-needle roller rolled about 15 times gives about 250 "
   "punctures per cm2"sv},
  writes([](guidelines& g) -> auto& { return g.passes.fewest; })},
guideline_number{"passes.most"sv,
  [](const guidelines& g) { return to_text(g.passes.most); },
  {citation::source_document, {}},
  writes([](guidelines& g) -> auto& { return g.passes.most; })},
guideline_number{"clean_environment_for"sv,
  [](const guidelines& g) { return to_text(g.clean_environment_for); },
  {citation::source_document, {}},
  writes([](guidelines& g) -> auto& { return g.clean_environment_for; })},
guideline_number{"anti_inflammatory_cover"sv,
  [](const guidelines& g) { return to_text(g.anti_inflammatory_cover); },
  {citation::source_document, {}},
  writes([](guidelines& g) -> auto& { return g.anti_inflammatory_cover; })},
guideline_number{"disabled_rules"sv,
  [](const guidelines& g) { return detail::rule_codes(g.disabled_rules); },
  {citation::practice_default,
   "the rules that one jurisdiction's law or regulator states are off, and the guideline set "
   "of that jurisdiction switches them on"sv},
  writes([](guidelines& g) -> auto& { return g.disabled_rules; })},
guideline_number{"healthcare_professional_needle_from"sv,
  [](const guidelines& g) { return to_text(g.healthcare_professional_needle_from); },
  {citation::scotland_2026,
   "schedule 1, paragraph 8: microneedling \"to a depth of 1.5 millimetres or more\" is a "
   "specified procedure, provided only on permitted premises"sv},
  writes([](guidelines& g) -> auto& { return g.healthcare_professional_needle_from; })},
guideline_number{"goals_for_indication[wrinkles]"sv,
  [](const guidelines& g) { return to_text(detail::goals_for(g, indication::wrinkles)); },
  detail::collagen_or_maintenance,
  writes([](guidelines& g) -> auto& { return g.goals_for_indication[static_cast<std::size_t>(indication::wrinkles)]; })},
guideline_number{"goals_for_indication[stretch_marks]"sv,
  [](const guidelines& g) { return to_text(detail::goals_for(g, indication::stretch_marks)); },
  {citation::source_document,
   "either medical end-goal minimises stretch marks, and home rollers maintain the effects"sv},
  writes([](guidelines& g) -> auto& { return g.goals_for_indication[static_cast<std::size_t>(indication::stretch_marks)]; })},
guideline_number{"goals_for_indication[scars]"sv,
  [](const guidelines& g) { return to_text(detail::goals_for(g, indication::scars)); },
  {citation::source_document,
   "scar reduction: home rollers are not for scars"sv},
  writes([](guidelines& g) -> auto& { return g.goals_for_indication[static_cast<std::size_t>(indication::scars)]; })},
guideline_number{"goals_for_indication[pigmentation]"sv,
  [](const guidelines& g) { return to_text(detail::goals_for(g, indication::pigmentation)); },
  detail::collagen_or_maintenance,
  writes([](guidelines& g) -> auto& { return g.goals_for_indication[static_cast<std::size_t>(indication::pigmentation)]; })},
guideline_number{"goals_for_indication[elasticity]"sv,
  [](const guidelines& g) { return to_text(detail::goals_for(g, indication::elasticity)); },
  detail::collagen_or_maintenance,
  writes([](guidelines& g) -> auto& { return g.goals_for_indication[static_cast<std::size_t>(indication::elasticity)]; })},
guideline_number{"goals_for_indication[skin_health]"sv,
  [](const guidelines& g) { return to_text(detail::goals_for(g, indication::skin_health)); },
  {citation::source_document,
   "maintenance: home rollers \"promote healthy skin\" over the long term"sv},
  writes([](guidelines& g) -> auto& { return g.goals_for_indication[static_cast<std::size_t>(indication::skin_health)]; })},
guideline_number{"minimum_age"sv,
  [](const guidelines& g) { return to_text(g.minimum_age); },
  {citation::scotland_2026,
   "an offence to provide the procedure to a client \"under the age of 18\" (section 2; in "
   "Scotland, for microneedling of 1.5 mm or deeper); elsewhere a practice default. The FDA's "
   "authorised devices were studied in adults aged 22 or older"sv},
  writes([](guidelines& g) -> auto& { return g.minimum_age; })},
guideline_number{"isotretinoin_wait"sv,
  [](const guidelines& g) { return to_text(g.isotretinoin_wait); },
  {citation::practice_default,
   "an isotretinoin medication guide advises against skin-smoothing procedures for \"at least "
   "6 months\" after the last dose, without naming microneedling; dermatologic consensus "
   "disputes the wait"sv},
  writes([](guidelines& g) -> auto& { return g.isotretinoin_wait; })},
guideline_number{"recent_sun_window"sv,
  [](const guidelines& g) { return to_text(g.recent_sun_window); },
  {citation::practice_default,
   "clinic pages turn away \"excessive tanning or sunburn\" within the previous 2 weeks; no "
   "labelling we could read gives a window"sv},
  writes([](guidelines& g) -> auto& { return g.recent_sun_window; })},
guideline_number{"area_needle_maximum[face]"sv,
  [](const guidelines& g) { return detail::area_maximum_text(g, body_area::face); },
  detail::no_area_depth,
  writes([](guidelines& g) -> auto& { return g.area_needle_maximum[static_cast<std::size_t>(body_area::face)]; })},
guideline_number{"area_needle_maximum[around_eyes]"sv,
  [](const guidelines& g) { return detail::area_maximum_text(g, body_area::around_eyes); },
  {citation::practice_default,
   "practitioners' and sellers' charts give 0.25-0.5 mm around the eyes; no review or "
   "labelling gives a depth. SkinPen labelling keeps treatment outside the orbital rim"sv},
  writes([](guidelines& g) -> auto& { return g.area_needle_maximum[static_cast<std::size_t>(body_area::around_eyes)]; })},
guideline_number{"area_needle_maximum[neck]"sv,
  [](const guidelines& g) { return detail::area_maximum_text(g, body_area::neck); },
  detail::no_area_depth,
  writes([](guidelines& g) -> auto& { return g.area_needle_maximum[static_cast<std::size_t>(body_area::neck)]; })},
guideline_number{"area_needle_maximum[chest]"sv,
  [](const guidelines& g) { return detail::area_maximum_text(g, body_area::chest); },
  detail::no_area_depth,
  writes([](guidelines& g) -> auto& { return g.area_needle_maximum[static_cast<std::size_t>(body_area::chest)]; })},
guideline_number{"area_needle_maximum[abdomen]"sv,
  [](const guidelines& g) { return detail::area_maximum_text(g, body_area::abdomen); },
  detail::no_area_depth,
  writes([](guidelines& g) -> auto& { return g.area_needle_maximum[static_cast<std::size_t>(body_area::abdomen)]; })},
guideline_number{"area_needle_maximum[back]"sv,
  [](const guidelines& g) { return detail::area_maximum_text(g, body_area::back); },
  detail::no_area_depth,
  writes([](guidelines& g) -> auto& { return g.area_needle_maximum[static_cast<std::size_t>(body_area::back)]; })},
guideline_number{"area_needle_maximum[arms]"sv,
  [](const guidelines& g) { return detail::area_maximum_text(g, body_area::arms); },
  detail::no_area_depth,
  writes([](guidelines& g) -> auto& { return g.area_needle_maximum[static_cast<std::size_t>(body_area::arms)]; })},
guideline_number{"area_needle_maximum[legs]"sv,
  [](const guidelines& g) { return detail::area_maximum_text(g, body_area::legs); },
  detail::no_area_depth,
  writes([](guidelines& g) -> auto& { return g.area_needle_maximum[static_cast<std::size_t>(body_area::legs)]; })},
guideline_number{"area_needle_maximum[hands]"sv,
  [](const guidelines& g) { return detail::area_maximum_text(g, body_area::hands); },
  detail::no_area_depth,
  writes([](guidelines& g) -> auto& { return g.area_needle_maximum[static_cast<std::size_t>(body_area::hands)]; })},
guideline_number{"area_needle_maximum[scalp]"sv,
  [](const guidelines& g) { return detail::area_maximum_text(g, body_area::scalp); },
  detail::no_area_depth,
  writes([](guidelines& g) -> auto& { return g.area_needle_maximum[static_cast<std::size_t>(body_area::scalp)]; })},
};
// clang-format on

// The records of the member `name`: of that one number ("passes.fewest"), or of every number
// inside it ("passes", "goals_for_indication").
[[nodiscard]] constexpr bool is_part_of(const guideline_number& number, std::string_view name) {
  const std::string_view member = number.member;
  if (!member.starts_with(name)) return false;
  return member.size() == name.size() || member[name.size()] == '.' || member[name.size()] == '[';
}

}  // namespace dermaroller

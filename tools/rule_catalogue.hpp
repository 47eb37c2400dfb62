#pragma once
// --list-rules and --explain: the rule table of rules.hpp and the numbers of a guidelines
// set, printed for people. Nothing here restates a rule or a number; it says which member of
// `guidelines` each rule reads, and where that number comes from.

#include <cstddef>
#include <limits>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "dermaroller/guidelines.hpp"
#include "dermaroller/detail/message_text.hpp"
#include "dermaroller/rules.hpp"

namespace dermaroller::check {

// A number a rule compares with: its name as a member of `guidelines`, its value in a given
// guidelines set, written for people, and where the default comes from.
struct guideline_number {
  std::string_view member;
  std::string (*value)(const guidelines&);
  std::string_view source;
};

namespace detail {

inline std::string millimetres(needle_length length) {
  message_text text;
  text.append_thousandths(length.micrometres()).append(" mm");
  return std::string{text.view()};
}
inline std::string days(day_count count) {
  std::string text = std::to_string(count.count()) + " days";
  if (count.count() % 7 == 0) text += " (" + std::to_string(count.count() / 7) + " weeks)";
  return text;
}
inline std::string hours(hour_count count) {
  return std::to_string(count.count()) + (count.count() == 1 ? " hour" : " hours");
}
inline std::string passes(pass_count count) { return std::to_string(count.count()) + " passes"; }
inline std::string sessions(std::size_t count) {
  if (count == std::numeric_limits<std::size_t>::max()) return "no limit";
  return std::to_string(count) + (count == 1 ? " session" : " sessions");
}

// The goals allowed for each indication, as "scars: scar_reduction; ...".
inline std::string goals_for_indications(const guidelines& g) {
  std::string text;
  for (const auto& [what, what_name] : enum_names(indication{})) {
    if (!text.empty()) text += "; ";
    text += std::string{what_name} + ":";
    for (const auto& [goal, goal_name] : enum_names(treatment_goal{})) {
      if (g.goal_serves(goal, what)) text += " " + std::string{goal_name};
    }
  }
  return text;
}

inline constexpr std::string_view from_document = "the source document";
inline constexpr std::string_view from_document_home =
    "the document says only that home rollers have shorter needles; 0.2-0.5 mm is the "
    "consumer guidance for home rollers (SOURCES.md)";
inline constexpr std::string_view from_device_range =
    "rollers and pens are sold from about 0.2 mm to 3.0 mm (SOURCES.md)";
inline constexpr std::string_view from_collagen_studies =
    "the document gives no needle lengths; Singh & Yadav 2016 (SOURCES.md)";
inline constexpr std::string_view from_scar_studies =
    "the document gives no needle lengths; Juhasz & Cohen 2020 (SOURCES.md)";
inline constexpr std::string_view from_home_maximum =
    "the home maximum: maintenance is what home rollers are for (SOURCES.md)";

// PRODUCT.md's reading of the document's words, which decides each rule's severity.
inline std::string_view severity_meaning(severity level) {
  switch (level) {
    case severity::error: return "the document states it as a requirement or a limit";
    case severity::warning: return "the document recommends it";
    case severity::note: return "information";
  }
  return {};
}

}  // namespace detail

// The numbers each rule reads from `guidelines`. A switch without default, so that a new
// rule without an entry here is a compiler warning (an error under -Werror).
// clang-format off
inline std::vector<guideline_number> numbers_of(rule which) {
  using G = const guidelines&;
  switch (which) {
    case rule::needle_length_invalid:
      return {{"longest_needle_made", [](G g) { return detail::millimetres(g.longest_needle_made); }, detail::from_device_range}};
    case rule::home_needle_too_long:
      return {{"home_needle_maximum", [](G g) { return detail::millimetres(g.home_needle_maximum); }, detail::from_document_home}};
    case rule::goal_indication_mismatch:
      return {{"goals_for_indication", [](G g) { return detail::goals_for_indications(g); }, detail::from_document}};
    case rule::needle_too_long_for_goal:
      return {
        {"collagen_induction.needle.longest", [](G g) { return detail::millimetres(g.collagen_induction.needle.longest); }, detail::from_collagen_studies},
        {"scar_reduction.needle.longest", [](G g) { return detail::millimetres(g.scar_reduction.needle.longest); }, detail::from_scar_studies},
        {"maintenance.needle.longest", [](G g) { return detail::millimetres(g.maintenance.needle.longest); }, detail::from_home_maximum}};
    case rule::needle_too_short_for_goal:
      return {
        {"collagen_induction.needle.shortest", [](G g) { return detail::millimetres(g.collagen_induction.needle.shortest); }, detail::from_collagen_studies},
        {"scar_reduction.needle.shortest", [](G g) { return detail::millimetres(g.scar_reduction.needle.shortest); }, detail::from_scar_studies},
        {"maintenance.needle.shortest", [](G g) { return detail::millimetres(g.maintenance.needle.shortest); }, detail::from_home_maximum}};
    case rule::too_many_sessions:
      return {
        {"collagen_induction.sessions.most", [](G g) { return detail::sessions(g.collagen_induction.sessions.most); }, detail::from_document},
        {"scar_reduction.sessions.most", [](G g) { return detail::sessions(g.scar_reduction.sessions.most); }, detail::from_document},
        {"maintenance.sessions.most", [](G g) { return detail::sessions(g.maintenance.sessions.most); }, detail::from_document}};
    case rule::too_few_sessions:
      return {
        {"collagen_induction.sessions.fewest", [](G g) { return detail::sessions(g.collagen_induction.sessions.fewest); }, detail::from_document},
        {"scar_reduction.sessions.fewest", [](G g) { return detail::sessions(g.scar_reduction.sessions.fewest); }, detail::from_document},
        {"maintenance.sessions.fewest", [](G g) { return detail::sessions(g.maintenance.sessions.fewest); }, detail::from_document}};
    case rule::rest_too_short:
      return {{"rest_between_sessions.shortest", [](G g) { return detail::days(g.rest_between_sessions.shortest); }, detail::from_document}};
    case rule::rest_too_long:
      return {{"rest_between_sessions.longest", [](G g) { return detail::days(g.rest_between_sessions.longest); }, detail::from_document}};
    case rule::passes_too_few:
      return {{"passes.fewest", [](G g) { return detail::passes(g.passes.fewest); }, detail::from_document}};
    case rule::passes_too_many:
      return {{"passes.most", [](G g) { return detail::passes(g.passes.most); }, detail::from_document}};
    case rule::clean_environment_missing:
      return {{"clean_environment_for", [](G g) { return detail::hours(g.clean_environment_for); }, detail::from_document}};
    case rule::anti_inflammatory_missing:
      return {{"anti_inflammatory_cover", [](G g) { return detail::hours(g.anti_inflammatory_cover); }, detail::from_document}};
    // These rules compare with no number: the document's words decide them alone.
    case rule::no_sessions:
    case rule::home_indication_not_supported:
    case rule::home_goal_not_maintenance:
    case rule::rest_missing:
    case rule::anesthetic_missing:
    case rule::not_mechanical:
    case rule::doctor_approval_missing:
    case rule::uneven_flushing:
    case rule::skin_care_products_missing:
    case rule::mineral_peptide_missing:
    case rule::sunscreen_missing:
    case rule::sunscreen_not_zinc:
      return {};
  }
  return {};
}
// clang-format on

[[nodiscard]] inline const rule_definition* find_rule(std::string_view rule_code) {
  for (const rule_definition& entry : rule_definitions) {
    if (entry.code == rule_code) return &entry;
  }
  return nullptr;
}

// One line per rule: code, severity, when it fires.
inline void write_rule_list(std::ostream& out) {
  std::size_t widest = 0;
  for (const rule_definition& entry : rule_definitions) {
    widest = entry.code.size() > widest ? entry.code.size() : widest;
  }
  for (const rule_definition& entry : rule_definitions) {
    const std::string_view level = to_string(entry.severity);
    out << entry.code << std::string(widest + 2 - entry.code.size(), ' ') << level
        << std::string(9 - level.size(), ' ') << entry.fires_when << '\n';
  }
}

// input-error is not a rule, but it is printed where rule codes are, so it can be explained.
inline void write_input_error_explanation(std::ostream& out) {
  out << "input-error\n"
         "  severity:   error; the file is reported \"not checked\" and the exit status is 2\n"
         "  fires when: the file cannot be read, or its text is not a protocol: bad JSON, an "
         "unknown or duplicate field, a wrong type, an unknown word, a length or duration "
         "without its unit, a date that does not exist, a rest that disagrees with the dates, "
         "more entries than a course holds, text that is not UTF-8\n"
         "  basis:      the protocol file format (docs/protocol-format.md); no rule is checked "
         "on a text that was not read whole\n";
}

// Everything about one rule: when it fires, its severity, the document's basis, and each
// number it reads with its value in `g` and where the default comes from.
inline void write_explanation(std::ostream& out, const rule_definition& entry,
                              const guidelines& g = default_guidelines) {
  out << entry.code << '\n';
  out << "  severity:   " << to_string(entry.severity) << ", "
      << detail::severity_meaning(entry.severity) << '\n';
  out << "  fires when: " << entry.fires_when << '\n';
  out << "  basis:      " << entry.basis << '\n';
  const std::vector<guideline_number> numbers = numbers_of(entry.rule);
  if (numbers.empty()) {
    out << "  numbers:    none; the rule compares with no number\n";
    return;
  }
  out << "  numbers (member of dermaroller::guidelines = default):\n";
  for (const guideline_number& number : numbers) {
    out << "    " << number.member << " = " << number.value(g) << '\n';
    out << "      source: " << number.source << '\n';
  }
}

}  // namespace dermaroller::check

#pragma once
// The guideline sets built in: `guidelines` values with a name, a one-line description, and
// the source of every number that differs from `document` (docs/guidelines.md has a section
// per set). A clinic chooses one by name (find_guideline_set), or bases its own guideline
// file on one (guideline_file.hpp).

#include <cstddef>
#include <string_view>

#include "dermaroller/detail/fixed_array.hpp"
#include "dermaroller/guidelines.hpp"
#include "dermaroller/rule.hpp"

namespace dermaroller {

// A member of `guidelines` a set changes, by its name in guideline_numbers ("disabled_rules",
// "rest_between_sessions.shortest"), and the source of the new value.
struct guideline_change {
  std::string_view member;
  guideline_source source;
};

// Room for the changes of the set that changes most; unused entries have an empty member.
inline constexpr std::size_t guideline_change_capacity = 4;

struct guideline_set {
  std::string_view name;
  std::string_view description;
  guidelines values;
  fixed_array<guideline_change, guideline_change_capacity> changes;

  // The changes in use, for range-for: the leading entries with a member.
  [[nodiscard]] constexpr std::size_t change_count() const {
    std::size_t count = 0;
    while (count < changes.size() && !changes[count].member.empty()) ++count;
    return count;
  }
};

namespace detail {

constexpr guidelines with_rest(day_count shortest, day_count longest) {
  guidelines values;
  values.rest_between_sessions = {shortest, longest};
  return values;
}

constexpr guidelines with_rule_on(rule which) {
  guidelines values;
  values.disabled_rules.erase(which);
  return values;
}

}  // namespace detail

// In this order: `document` first, as the default.
inline constexpr fixed_array<guideline_set, 4> guideline_sets{{
    {"document"sv,
     "the source document and the numbers it cites: the defaults"sv,
     default_guidelines,
     {}},
    {"practice-4-weeks"sv,
     "the intervals of the clinical studies: 4 to 8 weeks between clinical sessions"sv,
     detail::with_rest(day_count{28}, day_count{56}),
     {{{"rest_between_sessions.shortest"sv,
        {citation::harris_2015,
         "\"the median duration between treatments was 4 weeks\"; the SkinPen trial "
         "(NCT02646917) spaced its three treatments one month apart"sv}}}}},
    {"scotland-2026"sv,
     "Scotland's Non-surgical Procedures Act 2026: needles of 1.5 mm or more need a healthcare "
     "professional"sv,
     detail::with_rule_on(rule::needle_needs_healthcare_professional),
     {{{"disabled_rules"sv,
        {citation::scotland_2026,
         "needle-needs-healthcare-professional on: schedule 1, paragraph 8 specifies "
         "microneedling \"to a depth of 1.5 millimetres or more\", which the Act allows only on "
         "permitted premises, clinics run by healthcare professionals; the rule asks for the "
         "professional, as a protocol names no premises"sv}}}}},
    {"health-canada-2021"sv,
     "Health Canada's 2021 advisory: no microneedling device is authorised for home use"sv,
     detail::with_rule_on(rule::home_use_not_authorised),
     {{{"disabled_rules"sv,
        {citation::health_canada_2021,
         "home-use-not-authorised on: \"to date, no microneedling devices have been authorized "
         "for at-home use\""sv}}}}},
}};

// The built-in set of that name, or nullptr.
[[nodiscard]] constexpr const guideline_set* find_guideline_set(std::string_view name) {
  for (const guideline_set& set : guideline_sets) {
    if (set.name == name) return &set;
  }
  return nullptr;
}

}  // namespace dermaroller

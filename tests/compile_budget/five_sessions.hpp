#pragma once
// A 5-session protocol, the longest course the source document describes. Once the protocol
// reader is there it is the JSON text, parsed at compile time; until then, the course itself.

#include <dermaroller/dermaroller.hpp>
#if __has_include(<dermaroller/protocol.hpp>)
#include <dermaroller/protocol.hpp>
#define DERMAROLLER_BUDGET_FROM_TEXT 1
#endif

namespace budget {

#ifdef DERMAROLLER_BUDGET_FROM_TEXT
inline constexpr std::string_view five_sessions_text = R"({
  "format": "dermaroller/1",
  "name": "Acne scar course, five visits",
  "setting": "clinical",
  "indication": "scars",
  "goal": "scar_reduction",
  "area": "face",
  "doctor_approval": true,
  "sun_exposure": true,
  "skin_type": "IV",
  "sessions": [
    { "needle": "1.5mm", "passes": 15, "anesthetic": true },
    { "needle": "1.5mm", "passes": 18, "anesthetic": true, "rest": "6w" },
    { "needle": "1.5mm", "passes": 18, "anesthetic": true, "rest": "7w" },
    { "needle": "1500um", "passes": 20, "anesthetic": true, "rest": "42d" },
    { "needle": "1.5mm", "passes": 16, "anesthetic": true, "rest": "8w", "flushing": "even" }
  ],
  "aftercare": [
    { "step": "clean_environment", "for": "1h" },
    { "step": "anti_inflammatory_cream", "for": "24h" },
    { "step": "mineral_preparation" },
    { "step": "peptide_preparation" },
    { "step": "moisturizer" },
    { "step": "zinc_sunscreen" }
  ]
})";
constexpr bool five_sessions_valid() {
  const auto parsed = dermaroller::parse_protocol(five_sessions_text);
  return parsed.ok() && dermaroller::validate(parsed.value()).ok();
}
#else
constexpr dermaroller::course five_sessions_course() {
  using namespace dermaroller;
  using namespace dermaroller::literals;
  course c{setting::clinical, indication::scars, treatment_goal::scar_reduction};
  c.doctor_approval = true;
  c.sun_exposure = true;
  session visit{1.5_mm, pass_count{18}};
  visit.anesthetic = true;
  c.sessions = {visit, visit, visit, visit, visit};
  c.sessions[1].rest = 6_weeks;
  c.sessions[2].rest = 7_weeks;
  c.sessions[3].rest = 42_days;
  c.sessions[4].rest = 8_weeks;
  c.aftercare = {aftercare_step{aftercare_kind::clean_environment, 1_hours},
                 aftercare_step{aftercare_kind::anti_inflammatory_cream, 24_hours},
                 aftercare_step{aftercare_kind::mineral_preparation},
                 aftercare_step{aftercare_kind::peptide_preparation},
                 aftercare_step{aftercare_kind::moisturizer},
                 aftercare_step{aftercare_kind::zinc_sunscreen}};
  return c;
}
constexpr bool five_sessions_valid() { return dermaroller::validate(five_sessions_course()).ok(); }
#endif

}  // namespace budget

#pragma once
// A 5-session protocol text, the longest course the guidelines describe, read and validated
// by the compiler in five_sessions_checked.cpp.

#include <dermaroller/dermaroller.hpp>

namespace compile_cost {

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

}  // namespace compile_cost

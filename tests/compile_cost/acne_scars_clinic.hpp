#pragma once
// The protocol both user files read: examples/protocols/acne-scars-clinic.json, embedded as a
// user's file would embed it, so that the compile cost measured includes no file reading.

inline constexpr const char* acne_scars_clinic = R"({
  "format": "dermaroller/1",
  "name": "Acne scar course",
  "setting": "clinical",
  "indication": "scars",
  "goal": "scar_reduction",
  "area": "face",
  "doctor_approval": true,
  "sun_exposure": false,
  "skin_type": "IV",
  "sessions": [
    { "needle": "1.5mm", "passes": 15, "anesthetic": true },
    { "needle": "1.5mm", "passes": 18, "anesthetic": true, "rest": "6w" },
    { "needle": "1.5mm", "passes": 18, "anesthetic": true, "rest": "6w", "date": "2027-03-01", "flushing": "even" }
  ],
  "aftercare": [
    { "step": "clean_environment", "for": "1h" },
    { "step": "anti_inflammatory_cream", "for": "24h" },
    { "step": "mineral_preparation" },
    { "step": "peptide_preparation" },
    { "step": "moisturizer" }
  ]
}
)";

#pragma once
// The words of the protocol: where it is done, what it treats, what it aims at, where on the
// body, how, and the skin it is done on. Each enum's name table is the spelling used in
// protocol files and messages.

#include <cstdint>

#include "dermaroller/detail/fixed_array.hpp"
#include "dermaroller/enum_names.hpp"

namespace dermaroller {

// Home rollers have shorter needles and serve maintenance; the clinical procedure is the
// medical one.
enum class setting : std::uint8_t { home, clinical };

enum class indication : std::uint8_t {
  wrinkles,
  stretch_marks,
  scars,
  pigmentation,
  elasticity,
  skin_health,
};

// The document's two medical end-goals, and home maintenance.
enum class treatment_goal : std::uint8_t { collagen_induction, scar_reduction, maintenance };

// around_eyes is the periorbital skin: part of the face (no doctor's approval needed), with
// its own needle guidance.
enum class body_area : std::uint8_t {
  face,
  around_eyes,
  neck,
  chest,
  abdomen,
  back,
  arms,
  legs,
  hands,
  scalp,
};

// Who holds the roller: the patient at home, a beauty practitioner, or a healthcare
// professional. Some jurisdictions reserve deeper needles for the last (guideline sets).
enum class practitioner : std::uint8_t { self, beauty_practitioner, healthcare_professional };

// "a mechanical tool that does not use chemicals or heat in the primary procedure"
enum class modality : std::uint8_t { mechanical, heat, chemical };

// Even flushing all over the area is the document's sign of a successful session.
enum class flushing : std::uint8_t { even, uneven };

// Fitzpatrick skin types I to VI. Recorded, never restricted: the document says the treatment
// suits any skin type.
enum class skin_type : std::uint8_t { type_1, type_2, type_3, type_4, type_5, type_6 };

constexpr auto enum_names(setting) {
  using enum setting;
  return fixed_array<enum_name<setting>, 2>{{{home, "home"sv}, {clinical, "clinical"sv}}};
}

constexpr auto enum_names(indication) {
  using enum indication;
  return fixed_array<enum_name<indication>, 6>{{
      {wrinkles, "wrinkles"sv},
      {stretch_marks, "stretch_marks"sv},
      {scars, "scars"sv},
      {pigmentation, "pigmentation"sv},
      {elasticity, "elasticity"sv},
      {skin_health, "skin_health"sv},
  }};
}

constexpr auto enum_names(treatment_goal) {
  using enum treatment_goal;
  return fixed_array<enum_name<treatment_goal>, 3>{{
      {collagen_induction, "collagen_induction"sv},
      {scar_reduction, "scar_reduction"sv},
      {maintenance, "maintenance"sv},
  }};
}

constexpr auto enum_names(body_area) {
  using enum body_area;
  return fixed_array<enum_name<body_area>, 10>{{
      {face, "face"sv},
      {around_eyes, "around_eyes"sv},
      {neck, "neck"sv},
      {chest, "chest"sv},
      {abdomen, "abdomen"sv},
      {back, "back"sv},
      {arms, "arms"sv},
      {legs, "legs"sv},
      {hands, "hands"sv},
      {scalp, "scalp"sv},
  }};
}

constexpr auto enum_names(practitioner) {
  using enum practitioner;
  return fixed_array<enum_name<practitioner>, 3>{
      {{self, "self"sv},
       {beauty_practitioner, "beauty_practitioner"sv},
       {healthcare_professional, "healthcare_professional"sv}}};
}

constexpr auto enum_names(modality) {
  using enum modality;
  return fixed_array<enum_name<modality>, 3>{
      {{mechanical, "mechanical"sv}, {heat, "heat"sv}, {chemical, "chemical"sv}}};
}

constexpr auto enum_names(flushing) {
  using enum flushing;
  return fixed_array<enum_name<flushing>, 2>{{{even, "even"sv}, {uneven, "uneven"sv}}};
}

constexpr auto enum_names(skin_type) {
  using enum skin_type;
  return fixed_array<enum_name<skin_type>, 6>{{
      {type_1, "I"sv},
      {type_2, "II"sv},
      {type_3, "III"sv},
      {type_4, "IV"sv},
      {type_5, "V"sv},
      {type_6, "VI"sv},
  }};
}

}  // namespace dermaroller

#pragma once
// What a clinic learns when it screens a patient before treatment. Every field may be absent:
// an absent field is not screened, and no rule guesses it (docs/guidelines.md, "Beyond the
// document").

#include "dermaroller/calendar_date.hpp"
#include "dermaroller/detail/maybe.hpp"
#include "dermaroller/durations.hpp"

namespace dermaroller {

struct patient {
  maybe<year_count> age;  // in whole years, at the first session
  maybe<bool> pregnant;
  maybe<calendar_date> isotretinoin_last_dose;
  maybe<bool> anticoagulants;
  maybe<bool> keloid_history;
  maybe<bool> active_infection_in_area;  // cold sores included
  maybe<bool> active_acne_in_area;       // active, inflamed acne
  maybe<bool> skin_disease_in_area;      // eczema, psoriasis, rosacea
  maybe<bool> recent_sun_damage;         // a tan or sunburn in guidelines::recent_sun_window

  friend constexpr bool operator==(const patient&, const patient&) = default;
};

}  // namespace dermaroller

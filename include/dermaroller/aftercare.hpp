#pragma once
// What follows a session: the environment, the creams and the sunscreen.

#include <cstdint>

#include "dermaroller/detail/fixed_array.hpp"
#include "dermaroller/detail/maybe.hpp"
#include "dermaroller/durations.hpp"
#include "dermaroller/enum_names.hpp"

namespace dermaroller {

enum class aftercare_kind : std::uint8_t {
  clean_environment,
  anti_inflammatory_cream,
  moisturizer,
  mineral_preparation,
  peptide_preparation,
  zinc_sunscreen,
  other_sunscreen,
};

constexpr auto enum_names(aftercare_kind) {
  using enum aftercare_kind;
  return fixed_array<enum_name<aftercare_kind>, 7>{{
      {clean_environment, "clean_environment"sv},
      {anti_inflammatory_cream, "anti_inflammatory_cream"sv},
      {moisturizer, "moisturizer"sv},
      {mineral_preparation, "mineral_preparation"sv},
      {peptide_preparation, "peptide_preparation"sv},
      {zinc_sunscreen, "zinc_sunscreen"sv},
      {other_sunscreen, "other_sunscreen"sv},
  }};
}

struct aftercare_step {
  constexpr aftercare_step() = default;
  constexpr explicit aftercare_step(aftercare_kind what, maybe<hour_count> how_long = {})
      : kind{what}, duration{how_long} {}

  aftercare_kind kind{aftercare_kind::moisturizer};
  maybe<hour_count> duration;  // how long it is kept up, when the protocol says

  friend constexpr bool operator==(const aftercare_step&, const aftercare_step&) = default;
};

}  // namespace dermaroller

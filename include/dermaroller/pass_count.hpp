#pragma once
// How many times the roller goes over the treated area in one session.

#include <compare>
#include <cstdint>

namespace dermaroller {

class pass_count {
 public:
  constexpr pass_count() = default;
  constexpr explicit pass_count(std::int32_t passes) : passes_{passes} {}
  [[nodiscard]] constexpr std::int32_t count() const { return passes_; }
  friend constexpr auto operator<=>(pass_count, pass_count) = default;
  // As for day_count (durations.hpp).
  friend constexpr bool operator<(pass_count a, pass_count b) { return a.passes_ < b.passes_; }
  friend constexpr bool operator>(pass_count a, pass_count b) { return a.passes_ > b.passes_; }
  friend constexpr bool operator<=(pass_count a, pass_count b) { return a.passes_ <= b.passes_; }
  friend constexpr bool operator>=(pass_count a, pass_count b) { return a.passes_ >= b.passes_; }

 private:
  std::int32_t passes_{0};
};

}  // namespace dermaroller

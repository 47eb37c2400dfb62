#pragma once
// Whole days (rest between sessions) and whole hours (how long an aftercare step lasts).
// Separate types, so that a rest of 42 can never be read as 42 hours. The core may not
// include <chrono>; extra/schedule.hpp converts to std::chrono where it is wanted.

#include <compare>
#include <cstdint>

namespace dermaroller {

class day_count {
 public:
  constexpr day_count() = default;
  constexpr explicit day_count(std::int32_t days) : days_{days} {}
  [[nodiscard]] constexpr std::int32_t count() const { return days_; }
  friend constexpr auto operator<=>(day_count, day_count) = default;
  // The relational operators too, though <=> implies them: for each comparison written, clang++
  // spends ten times as long rewriting `a < b` through <=> as calling these (docs/performance.md).
  friend constexpr bool operator<(day_count a, day_count b) { return a.days_ < b.days_; }
  friend constexpr bool operator>(day_count a, day_count b) { return a.days_ > b.days_; }
  friend constexpr bool operator<=(day_count a, day_count b) { return a.days_ <= b.days_; }
  friend constexpr bool operator>=(day_count a, day_count b) { return a.days_ >= b.days_; }

 private:
  std::int32_t days_{0};
};

class hour_count {
 public:
  constexpr hour_count() = default;
  constexpr explicit hour_count(std::int32_t hours) : hours_{hours} {}
  [[nodiscard]] constexpr std::int32_t count() const { return hours_; }
  friend constexpr auto operator<=>(hour_count, hour_count) = default;
  // As for day_count.
  friend constexpr bool operator<(hour_count a, hour_count b) { return a.hours_ < b.hours_; }
  friend constexpr bool operator>(hour_count a, hour_count b) { return a.hours_ > b.hours_; }
  friend constexpr bool operator<=(hour_count a, hour_count b) { return a.hours_ <= b.hours_; }
  friend constexpr bool operator>=(hour_count a, hour_count b) { return a.hours_ >= b.hours_; }

 private:
  std::int32_t hours_{0};
};

namespace detail {
void duration_literal_is_too_large();
}

namespace literals {

consteval day_count operator""_days(unsigned long long days) {
  if (days > 1'000'000) detail::duration_literal_is_too_large();
  return day_count{static_cast<std::int32_t>(days)};
}
consteval day_count operator""_weeks(unsigned long long weeks) {
  if (weeks > 100'000) detail::duration_literal_is_too_large();
  return day_count{static_cast<std::int32_t>(weeks * 7)};
}
consteval hour_count operator""_hours(unsigned long long hours) {
  if (hours > 1'000'000) detail::duration_literal_is_too_large();
  return hour_count{static_cast<std::int32_t>(hours)};
}

}  // namespace literals

}  // namespace dermaroller

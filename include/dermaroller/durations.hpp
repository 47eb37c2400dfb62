#pragma once
// Whole days (rest between sessions), whole hours (how long an aftercare step lasts), and
// whole months and years (waiting times and ages in patient screening).
// Separate types, so that a rest of 42 can never be read as 42 hours. The core may not
// include <chrono>; extra/schedule.hpp converts to std::chrono where it is wanted.

#include <cstdint>

#include "dermaroller/detail/whole_count.hpp"

namespace dermaroller {

// What each count counts. The tag is the type's identity: whole_count<day_unit> and
// whole_count<hour_unit> are unrelated types (detail/whole_count.hpp).
struct day_unit {};
struct hour_unit {};
struct month_unit {};
struct year_unit {};

using day_count = whole_count<day_unit>;
using hour_count = whole_count<hour_unit>;
using month_count = whole_count<month_unit>;
using year_count = whole_count<year_unit>;

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
consteval month_count operator""_months(unsigned long long months) {
  if (months > 100'000) detail::duration_literal_is_too_large();
  return month_count{static_cast<std::int32_t>(months)};
}
consteval year_count operator""_years(unsigned long long years) {
  if (years > 10'000) detail::duration_literal_is_too_large();
  return year_count{static_cast<std::int32_t>(years)};
}

}  // namespace literals

}  // namespace dermaroller

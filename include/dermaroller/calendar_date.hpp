#pragma once
// A day of the proleptic Gregorian calendar, enough to compute the rest between two dated
// sessions, or the end of a wait counted in months, in a constant expression.
// extra/schedule.hpp converts to std::chrono::year_month_day.

#include <compare>
#include <cstdint>

#include "dermaroller/detail/message_text.hpp"
#include "dermaroller/durations.hpp"

namespace dermaroller {

struct calendar_date {
  std::int32_t year{1970};
  std::int32_t month{1};  // 1..12
  std::int32_t day{1};    // 1..31

  friend constexpr auto operator<=>(const calendar_date&, const calendar_date&) = default;
};

[[nodiscard]] constexpr bool is_leap_year(std::int32_t year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

[[nodiscard]] constexpr std::int32_t days_in_month(std::int32_t year, std::int32_t month) {
  constexpr std::int32_t lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  return month == 2 && is_leap_year(year) ? 29 : lengths[month - 1];
}

// Years 1..9999, as the protocol format writes them (YYYY-MM-DD).
[[nodiscard]] constexpr bool is_valid(const calendar_date& date) {
  return date.year >= 1 && date.year <= 9999 && date.month >= 1 && date.month <= 12 &&
         date.day >= 1 && date.day <= days_in_month(date.year, date.month);
}

// Days since 1970-01-01, after Howard Hinnant's days_from_civil (the algorithm behind
// std::chrono's calendar).
[[nodiscard]] constexpr std::int32_t days_since_epoch(const calendar_date& date) {
  const std::int32_t year = date.month <= 2 ? date.year - 1 : date.year;
  const std::int32_t era = (year >= 0 ? year : year - 399) / 400;
  const std::int32_t year_of_era = year - era * 400;
  const std::int32_t month_from_march = date.month > 2 ? date.month - 3 : date.month + 9;
  const std::int32_t day_of_year = (153 * month_from_march + 2) / 5 + date.day - 1;
  const std::int32_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

[[nodiscard]] constexpr calendar_date date_from_days_since_epoch(std::int32_t days) {
  days += 719468;
  const std::int32_t era = (days >= 0 ? days : days - 146096) / 146097;
  const std::int32_t day_of_era = days - era * 146097;
  const std::int32_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const std::int32_t day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int32_t month_from_march = (5 * day_of_year + 2) / 153;
  const std::int32_t day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
  const std::int32_t month = month_from_march < 10 ? month_from_march + 3 : month_from_march - 9;
  return {year_of_era + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

// later - earlier, in days (negative when `later` is in fact earlier).
[[nodiscard]] constexpr day_count days_between(const calendar_date& earlier,
                                               const calendar_date& later) {
  return day_count{days_since_epoch(later) - days_since_epoch(earlier)};
}

[[nodiscard]] constexpr calendar_date operator+(const calendar_date& date, day_count days) {
  return date_from_days_since_epoch(days_since_epoch(date) + days.count());
}

// The same day of the month, `months` calendar months later: 2026-05-01 plus 6 months is
// 2026-11-01. A day the later month does not have becomes its last day (2026-08-31 plus 6
// months is 2027-02-28), so that "six months after" never spills into the month after.
[[nodiscard]] constexpr calendar_date operator+(const calendar_date& date, month_count months) {
  const std::int32_t months_since_year_0 = date.year * 12 + (date.month - 1) + months.count();
  const std::int32_t year = months_since_year_0 / 12;
  const std::int32_t month = months_since_year_0 % 12 + 1;
  const std::int32_t last_day = days_in_month(year, month);
  return {year, month, date.day < last_day ? date.day : last_day};
}

namespace detail {

// "2027-03-01", as protocol files write dates.
constexpr message_text& append_date(message_text& message, const calendar_date& date) {
  const auto two_digits = [&](std::int32_t value) {
    message.append(value < 10 ? "0" : "").append_number(value);
  };
  if (date.year < 1000) message.append(date.year < 100 ? (date.year < 10 ? "000" : "00") : "0");
  message.append_number(date.year).append("-");
  two_digits(date.month);
  message.append("-");
  two_digits(date.day);
  return message;
}

}  // namespace detail

}  // namespace dermaroller

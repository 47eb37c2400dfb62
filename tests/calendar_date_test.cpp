// Calendar dates: enough of the Gregorian calendar to count the days between two sessions, and
// the months of a wait.
#include <dermaroller/calendar_date.hpp>

#include "catch.hpp"

using namespace dermaroller;
using namespace dermaroller::literals;

TEST_CASE("29 February is a valid date in 2028 and not in 2027") {
  CHECK_AT_COMPILE_AND_RUN_TIME(is_valid(calendar_date{2028, 2, 29}));
  CHECK_AT_COMPILE_AND_RUN_TIME(!is_valid(calendar_date{2027, 2, 29}));
  // Centuries are leap years only when divisible by 400.
  CHECK_AT_COMPILE_AND_RUN_TIME(is_valid(calendar_date{2000, 2, 29}));
  CHECK_AT_COMPILE_AND_RUN_TIME(!is_valid(calendar_date{2100, 2, 29}));
  CHECK_AT_COMPILE_AND_RUN_TIME(is_leap_year(2028));
  CHECK_AT_COMPILE_AND_RUN_TIME(!is_leap_year(2027));
  CHECK_AT_COMPILE_AND_RUN_TIME(!is_leap_year(1900));
  CHECK_AT_COMPILE_AND_RUN_TIME(is_leap_year(2400));
}

TEST_CASE("a date outside the months, their days, or years 1 to 9999 is not valid") {
  CHECK_AT_COMPILE_AND_RUN_TIME(is_valid(calendar_date{2027, 12, 31}));
  CHECK_AT_COMPILE_AND_RUN_TIME(!is_valid(calendar_date{2027, 13, 1}));
  CHECK_AT_COMPILE_AND_RUN_TIME(!is_valid(calendar_date{2027, 0, 1}));
  CHECK_AT_COMPILE_AND_RUN_TIME(!is_valid(calendar_date{2027, 4, 31}));
  CHECK_AT_COMPILE_AND_RUN_TIME(is_valid(calendar_date{2027, 4, 30}));
  CHECK_AT_COMPILE_AND_RUN_TIME(!is_valid(calendar_date{2027, 1, 0}));
  CHECK_AT_COMPILE_AND_RUN_TIME(is_valid(calendar_date{1, 1, 1}));
  CHECK_AT_COMPILE_AND_RUN_TIME(is_valid(calendar_date{9999, 12, 31}));
  CHECK_AT_COMPILE_AND_RUN_TIME(!is_valid(calendar_date{0, 12, 31}));
  CHECK_AT_COMPILE_AND_RUN_TIME(!is_valid(calendar_date{10000, 1, 1}));
  CHECK_AT_COMPILE_AND_RUN_TIME(days_in_month(2027, 13) == 0);
}

TEST_CASE("days_between counts whole days, across a leap day and the turn of a year") {
  using namespace dermaroller::literals;
  CHECK_AT_COMPILE_AND_RUN_TIME(days_between({2027, 1, 1}, {2027, 1, 1}) == 0_days);
  CHECK_AT_COMPILE_AND_RUN_TIME(days_between({2027, 1, 1}, {2027, 2, 12}) == 42_days);
  CHECK_AT_COMPILE_AND_RUN_TIME(days_between({2028, 2, 28}, {2028, 3, 1}) == 2_days);
  CHECK_AT_COMPILE_AND_RUN_TIME(days_between({2027, 2, 28}, {2027, 3, 1}) == 1_days);
  CHECK_AT_COMPILE_AND_RUN_TIME(days_between({2026, 12, 31}, {2027, 1, 1}) == 1_days);
  CHECK_AT_COMPILE_AND_RUN_TIME(days_between({2027, 1, 1}, {2028, 1, 1}) == 365_days);
  CHECK_AT_COMPILE_AND_RUN_TIME(days_between({2028, 1, 1}, {2029, 1, 1}) == 366_days);
  // Earlier minus later is negative.
  CHECK_AT_COMPILE_AND_RUN_TIME(days_between({2027, 2, 12}, {2027, 1, 1}) == day_count{-42});
}

TEST_CASE("days since 1970-01-01 follow the civil calendar and convert back") {
  CHECK_AT_COMPILE_AND_RUN_TIME(days_since_epoch({1970, 1, 1}) == 0);
  CHECK_AT_COMPILE_AND_RUN_TIME(days_since_epoch({2000, 3, 1}) == 11017);
  CHECK_AT_COMPILE_AND_RUN_TIME(days_since_epoch({1969, 12, 31}) == -1);
  CHECK_AT_COMPILE_AND_RUN_TIME(date_from_days_since_epoch(0) == calendar_date{1970, 1, 1});
  CHECK_AT_COMPILE_AND_RUN_TIME(date_from_days_since_epoch(11017) == calendar_date{2000, 3, 1});
  constexpr auto every_day_of_2027_and_2028_round_trips = [] {
    for (calendar_date day{2027, 1, 1}; day.year < 2029; day = day + day_count{1}) {
      if (!is_valid(day) || date_from_days_since_epoch(days_since_epoch(day)) != day) return false;
    }
    return true;
  };
  CHECK_AT_COMPILE_AND_RUN_TIME(every_day_of_2027_and_2028_round_trips());
}

TEST_CASE("adding days to a date lands on the calendar day") {
  using namespace dermaroller::literals;
  CHECK_AT_COMPILE_AND_RUN_TIME(calendar_date{2027, 1, 1} + 6_weeks == calendar_date{2027, 2, 12});
  CHECK_AT_COMPILE_AND_RUN_TIME(calendar_date{2028, 2, 28} + 1_days == calendar_date{2028, 2, 29});
  CHECK_AT_COMPILE_AND_RUN_TIME(calendar_date{2027, 2, 28} + 1_days == calendar_date{2027, 3, 1});
  CHECK_AT_COMPILE_AND_RUN_TIME(calendar_date{2026, 12, 25} + 7_days == calendar_date{2027, 1, 1});
}

TEST_CASE("dates order by year, then month, then day") {
  CHECK_AT_COMPILE_AND_RUN_TIME(calendar_date{2027, 1, 31} < calendar_date{2027, 2, 1});
  CHECK_AT_COMPILE_AND_RUN_TIME(calendar_date{2026, 12, 31} < calendar_date{2027, 1, 1});
  CHECK_AT_COMPILE_AND_RUN_TIME(calendar_date{2027, 3, 2} > calendar_date{2027, 3, 1});
}

TEST_CASE("six months after a date is the same day six calendar months later, clamped") {
  CHECK_AT_COMPILE_AND_RUN_TIME(calendar_date{2026, 5, 1} + 6_months == calendar_date{2026, 11, 1});
  CHECK_AT_COMPILE_AND_RUN_TIME(calendar_date{2026, 8, 31} + 6_months ==
                                calendar_date{2027, 2, 28});
  CHECK_AT_COMPILE_AND_RUN_TIME(calendar_date{2027, 8, 31} + 6_months ==
                                calendar_date{2028, 2, 29});
  CHECK_AT_COMPILE_AND_RUN_TIME(calendar_date{2026, 12, 15} + 1_months ==
                                calendar_date{2027, 1, 15});
  CHECK_AT_COMPILE_AND_RUN_TIME(calendar_date{2026, 3, 31} + 1_months ==
                                calendar_date{2026, 4, 30});
  CHECK_AT_COMPILE_AND_RUN_TIME(calendar_date{2026, 1, 10} + 0_months ==
                                calendar_date{2026, 1, 10});
  CHECK_AT_COMPILE_AND_RUN_TIME(calendar_date{2026, 1, 10} + 24_months ==
                                calendar_date{2028, 1, 10});
}

// Rests are whole days and aftercare is whole hours: two types, so one cannot be read as the
// other.
#include <type_traits>

#include <dermaroller/durations.hpp>

#include "catch.hpp"

using namespace dermaroller;
using namespace dermaroller::literals;

TEST_CASE("six to eight weeks are 42 to 56 days") {
  CHECK_AT_COMPILE_AND_RUN_TIME(6_weeks == 42_days);
  CHECK_AT_COMPILE_AND_RUN_TIME(8_weeks == 56_days);
  CHECK_AT_COMPILE_AND_RUN_TIME((6_weeks).count() == 42);
  CHECK_AT_COMPILE_AND_RUN_TIME(41_days < 6_weeks);
  CHECK_AT_COMPILE_AND_RUN_TIME(57_days > 8_weeks);
}

TEST_CASE("hours count hours, and are not days") {
  CHECK_AT_COMPILE_AND_RUN_TIME((24_hours).count() == 24);
  CHECK_AT_COMPILE_AND_RUN_TIME(1_hours < 24_hours);
  CHECK_AT_COMPILE_AND_RUN_TIME(hour_count{} == 0_hours);
  STATIC_REQUIRE_FALSE(std::is_convertible_v<day_count, hour_count>);
  STATIC_REQUIRE_FALSE(std::is_convertible_v<hour_count, day_count>);
  STATIC_REQUIRE_FALSE(std::is_convertible_v<int, day_count>);
}

// Rests are whole days, aftercare is whole hours and a session rolls whole passes: three types,
// so that one cannot be read as another.
#include <compare>
#include <concepts>
#include <type_traits>

#include <dermaroller/durations.hpp>
#include <dermaroller/pass_count.hpp>

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

TEST_CASE("months and years count months and years, and are not days") {
  CHECK_AT_COMPILE_AND_RUN_TIME((6_months).count() == 6);
  CHECK_AT_COMPILE_AND_RUN_TIME((18_years).count() == 18);
  CHECK_AT_COMPILE_AND_RUN_TIME(17_years < 18_years);
  STATIC_REQUIRE_FALSE(std::is_convertible_v<month_count, day_count>);
  STATIC_REQUIRE_FALSE(std::is_convertible_v<year_count, month_count>);
  STATIC_REQUIRE_FALSE(std::is_constructible_v<month_count, day_count>);
  STATIC_REQUIRE_FALSE(std::is_convertible_v<int, year_count>);
}

TEST_CASE("passes count passes, and are neither days nor hours") {
  CHECK_AT_COMPILE_AND_RUN_TIME(pass_count{15}.count() == 15);
  CHECK_AT_COMPILE_AND_RUN_TIME(pass_count{} == pass_count{0});
  CHECK_AT_COMPILE_AND_RUN_TIME(pass_count{10} < pass_count{15});
  CHECK_AT_COMPILE_AND_RUN_TIME(pass_count{15} <= pass_count{15});
  CHECK_AT_COMPILE_AND_RUN_TIME(pass_count{20} > pass_count{15});
  CHECK_AT_COMPILE_AND_RUN_TIME(pass_count{15} >= pass_count{15});
  CHECK_AT_COMPILE_AND_RUN_TIME(pass_count{15} != pass_count{16});
  CHECK_AT_COMPILE_AND_RUN_TIME(std::is_lt(pass_count{10} <=> pass_count{15}));
  STATIC_REQUIRE_FALSE(std::is_convertible_v<pass_count, day_count>);
  STATIC_REQUIRE_FALSE(std::is_convertible_v<day_count, pass_count>);
  STATIC_REQUIRE_FALSE(std::is_convertible_v<pass_count, hour_count>);
  STATIC_REQUIRE_FALSE(std::is_convertible_v<hour_count, pass_count>);
  STATIC_REQUIRE_FALSE(std::is_convertible_v<int, pass_count>);
  STATIC_REQUIRE_FALSE(std::is_convertible_v<int, hour_count>);
}

TEST_CASE("one count does not even construct another explicitly, nor compare with it") {
  // One template (detail/whole_count.hpp) makes the three, and its unit tag keeps them apart.
  STATIC_REQUIRE_FALSE(std::is_constructible_v<day_count, hour_count>);
  STATIC_REQUIRE_FALSE(std::is_constructible_v<hour_count, day_count>);
  STATIC_REQUIRE_FALSE(std::is_constructible_v<pass_count, day_count>);
  STATIC_REQUIRE_FALSE(std::is_constructible_v<day_count, pass_count>);
  STATIC_REQUIRE_FALSE(std::is_assignable_v<day_count&, hour_count>);
  STATIC_REQUIRE_FALSE(std::is_assignable_v<day_count&, int>);
  STATIC_REQUIRE_FALSE(std::equality_comparable_with<day_count, hour_count>);
  STATIC_REQUIRE_FALSE(std::totally_ordered_with<day_count, pass_count>);
  STATIC_REQUIRE(std::totally_ordered<day_count>);
  STATIC_REQUIRE(std::totally_ordered<hour_count>);
  STATIC_REQUIRE(std::totally_ordered<pass_count>);
  STATIC_REQUIRE(std::is_trivially_copyable_v<day_count>);
}

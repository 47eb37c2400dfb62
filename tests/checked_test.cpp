#include <dermaroller/checked.hpp>
#include <dermaroller/dermaroller.hpp>

#include "catch.hpp"

// What checked() refuses is tested by the compile-fail tests (tests/compile_fail/), which read
// the compiler's message; here, what it accepts, and is_valid(), its verdict as a value.

using namespace dermaroller;
using namespace dermaroller::literals;

namespace {

constexpr course home_wrinkle_care() {
  course c{setting::home, indication::wrinkles, treatment_goal::maintenance};
  c.sessions = {session{0.25_mm, pass_count{15}}, session{0.25_mm, pass_count{15}}};
  c.aftercare = {aftercare_step{aftercare_kind::moisturizer}};
  return c;
}

constexpr course with_long_needle(course c) {
  c.sessions[1].needle = 1.5_mm;
  return c;
}

constexpr course without_moisturizer(course c) {
  c.aftercare.clear();
  return c;
}

constexpr std::string_view home_wrinkle_care_text = R"({
  "format": "dermaroller/1",
  "setting": "home",
  "indication": "wrinkles",
  "goal": "maintenance",
  "sessions": [
    { "needle": "0.25mm", "passes": 15 },
    { "needle": "0.25mm", "passes": 15, "rest": "1w" }
  ],
  "aftercare": [{ "step": "moisturizer" }]
})";

constexpr std::string_view long_needle_text = R"({
  "format": "dermaroller/1",
  "setting": "home",
  "indication": "wrinkles",
  "goal": "maintenance",
  "sessions": [{ "needle": "1.5mm", "passes": 15 }],
  "aftercare": [{ "step": "moisturizer" }]
})";

constexpr std::string_view missing_comma_text = R"({
  "format": "dermaroller/1",
  "setting": "home"
  "indication": "wrinkles"
})";

}  // namespace

TEST_CASE("checked() returns a course that keeps every guideline unchanged") {
  constexpr course accepted = checked(home_wrinkle_care());
  CHECK_AT_COMPILE_AND_RUN_TIME(accepted == home_wrinkle_care());
}

TEST_CASE("checked() accepts a course that only misses recommendations") {
  constexpr course accepted = checked(without_moisturizer(home_wrinkle_care()));
  STATIC_REQUIRE(validate(accepted).has(rule::skin_care_products_missing));
  CHECK_AT_COMPILE_AND_RUN_TIME(accepted.aftercare.empty());
}

TEST_CASE("is_valid() is false for a course that breaks a rule of severity error") {
  CHECK_AT_COMPILE_AND_RUN_TIME(!is_valid(with_long_needle(home_wrinkle_care())));
  CHECK_AT_COMPILE_AND_RUN_TIME(is_valid(home_wrinkle_care()));
  CHECK_AT_COMPILE_AND_RUN_TIME(is_valid(without_moisturizer(home_wrinkle_care())));
}

TEST_CASE("is_valid() and checked() use a clinic's own guidelines when given them") {
  constexpr guidelines longer_home_needles = [] {
    guidelines g;
    g.home_needle_maximum = 1.5_mm;
    g.maintenance.needle.longest = 1.5_mm;
    return g;
  }();
  constexpr course long_needle = with_long_needle(home_wrinkle_care());
  CHECK_AT_COMPILE_AND_RUN_TIME(is_valid(long_needle, longer_home_needles));
  constexpr course accepted = checked(long_needle, longer_home_needles);
  CHECK_AT_COMPILE_AND_RUN_TIME(accepted == long_needle);
}

TEST_CASE("checked() returns the course a protocol text describes, as parse_protocol() reads it") {
  constexpr course accepted = checked(home_wrinkle_care_text);
  CHECK_AT_COMPILE_AND_RUN_TIME(accepted == parse_protocol(home_wrinkle_care_text).value());
  CHECK_AT_COMPILE_AND_RUN_TIME(accepted.sessions.size() == 2);
}

TEST_CASE("is_valid() of a text is false when it does not parse or breaks a rule") {
  CHECK_AT_COMPILE_AND_RUN_TIME(is_valid(home_wrinkle_care_text));
  CHECK_AT_COMPILE_AND_RUN_TIME(!is_valid(missing_comma_text));
  CHECK_AT_COMPILE_AND_RUN_TIME(!is_valid(long_needle_text));
  CHECK_AT_COMPILE_AND_RUN_TIME(!is_valid(""));
}

TEST_CASE("a protocol text gives the same report at compile time as at run time") {
  constexpr report at_compile_time = validate(parse_protocol(long_needle_text).value());
  const std::string_view same_text = long_needle_text;
  const report at_run_time = validate(parse_protocol(same_text).value());
  REQUIRE(at_run_time.size() == at_compile_time.size());
  for (std::size_t i = 0; i < at_run_time.size(); ++i) CHECK(at_run_time[i] == at_compile_time[i]);
  STATIC_REQUIRE(at_compile_time.has(rule::home_needle_too_long));
}

TEST_CASE("the code checked() shows comes from the rule table, and input-error after it") {
  STATIC_REQUIRE(detail::reason_code(static_cast<std::size_t>(rule::home_needle_too_long)) ==
                 code(rule::home_needle_too_long));
  STATIC_REQUIRE(detail::reason_code(detail::input_error_reason) == "input-error");
  STATIC_REQUIRE(
      std::string_view{
          detail::reason_code_text<static_cast<std::size_t>(rule::rest_too_short)>.text} ==
      "rest-too-short");
}

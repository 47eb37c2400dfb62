// The name tables and the rule table prove here, at compile time, that they have not drifted
// from the enums they describe. These checks live in a test rather than in the headers so
// that users do not pay for them in every translation unit.
#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

#include <dermaroller/dermaroller.hpp>

#include "catch.hpp"

using namespace dermaroller;

static_assert(names_complete<setting>());
static_assert(names_complete<indication>());
static_assert(names_complete<treatment_goal>());
static_assert(names_complete<body_area>());
static_assert(names_complete<modality>());
static_assert(names_complete<flushing>());
static_assert(names_complete<skin_type>());
static_assert(names_complete<aftercare_kind>());
static_assert(names_complete<severity>());
static_assert(names_complete<rule>());

namespace {

// A rule's code with '-' written '_' is its enumerator's name, as the compiler spells it.
template <rule Which>
constexpr bool code_matches_enumerator() {
  const std::string_view spelled = detail::spelled_template_argument<Which>();
  const std::string_view code_text = code(Which);
  const std::size_t start = spelled.find("rule::") + 6;
  for (std::size_t i = 0; i < code_text.size(); ++i) {
    const char expected = code_text[i] == '-' ? '_' : code_text[i];
    if (start + i >= spelled.size() || spelled[start + i] != expected) return false;
  }
  const char after = spelled[start + code_text.size()];
  return after == ']' || after == ';';
}

template <std::size_t... Index>
constexpr bool codes_match_enumerators(std::index_sequence<Index...>) {
  return (code_matches_enumerator<static_cast<rule>(Index)>() && ...);
}

enum class incompletely_named : unsigned char { first, second };
constexpr auto enum_names(incompletely_named) {
  return std::array<enum_name<incompletely_named>, 1>{{{incompletely_named::first, "first"}}};
}

enum class out_of_order : unsigned char { first, second };
constexpr auto enum_names(out_of_order) {
  return std::array<enum_name<out_of_order>, 2>{
      {{out_of_order::second, "second"}, {out_of_order::first, "first"}}};
}

}  // namespace

static_assert(codes_match_enumerators(std::make_index_sequence<rule_definitions.size()>{}),
              "every rule code must be its enumerator's name with '-' for '_'");

TEST_CASE("the name-table check catches a missing enumerator and a table out of order") {
  CHECK_AT_COMPILE_AND_RUN_TIME(!names_complete<incompletely_named>());
  CHECK_AT_COMPILE_AND_RUN_TIME(!names_complete<out_of_order>());
}

TEST_CASE("the rule table lists the 25 rules of the catalogue, each with its own code") {
  CHECK_AT_COMPILE_AND_RUN_TIME(rule_definitions.size() == 25);
  CHECK_AT_COMPILE_AND_RUN_TIME(code(rule::home_needle_too_long) == "home-needle-too-long");
  CHECK_AT_COMPILE_AND_RUN_TIME(from_string<rule>("rest-too-short").value() ==
                                rule::rest_too_short);
  CHECK_AT_COMPILE_AND_RUN_TIME(!from_string<rule>("rest_too_short").has_value());
}

namespace {

template <class Checks>
constexpr int times_checked(const Checks& checks, rule which) {
  int times = 0;
  for (const auto& entry : checks) times += entry.rule == which ? 1 : 0;
  return times;
}

}  // namespace

TEST_CASE("every rule has one check: of the course as a whole, or of each session") {
  using checks = detail::rule_checks<void>;
  CHECK_AT_COMPILE_AND_RUN_TIME(checks::sound());
  CHECK_AT_COMPILE_AND_RUN_TIME(checks::for_course.size() + checks::for_each_session.size() ==
                                rule_definitions.size());
  for (const rule_definition& entry : rule_definitions) {
    INFO(entry.code);
    CHECK(times_checked(checks::for_course, entry.rule) +
              times_checked(checks::for_each_session, entry.rule) ==
          1);
  }
  // A rule about one session is reported against that session, so its check must be a
  // session check; one about the course, a course check.
  CHECK_AT_COMPILE_AND_RUN_TIME(times_checked(checks::for_each_session, rule::rest_too_short) == 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(times_checked(checks::for_each_session, rule::uneven_flushing) ==
                                1);
  CHECK_AT_COMPILE_AND_RUN_TIME(times_checked(checks::for_course, rule::no_sessions) == 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(times_checked(checks::for_course, rule::sunscreen_missing) == 1);
}

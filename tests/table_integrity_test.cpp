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

TEST_CASE("the rule table lists the 42 rules of the catalogue, each with its own code") {
  CHECK_AT_COMPILE_AND_RUN_TIME(rule_definitions.size() == 42);
  CHECK_AT_COMPILE_AND_RUN_TIME(code(rule::home_needle_too_long) == "home-needle-too-long");
  CHECK_AT_COMPILE_AND_RUN_TIME(from_string<rule>("rest-too-short").value() ==
                                rule::rest_too_short);
  CHECK_AT_COMPILE_AND_RUN_TIME(!from_string<rule>("rest_too_short").has_value());
}

namespace {

// The function the scope names is set, and the other is not. (Not in a constant expression:
// g++ does not compare function pointers with null there under -fsanitize=undefined.)
int checks_of(const rule_definition& row) {
  const bool of_course = row.check.of_course != nullptr;
  const bool of_session = row.check.of_session != nullptr;
  if (of_course == of_session) return of_course ? 2 : 0;
  return of_course == (row.check.looks_at == check_scope::course) ? 1 : 0;
}

constexpr bool looks_at_each_session(rule which) {
  return definition(which).check.looks_at == check_scope::each_session;
}

constexpr bool looks_at_the_course(rule which) {
  return definition(which).check.looks_at == check_scope::course;
}

}  // namespace

TEST_CASE("every rule has one check: of the course as a whole, or of each session") {
  CHECK_AT_COMPILE_AND_RUN_TIME(detail::rows_read_known_numbers());
  CHECK_AT_COMPILE_AND_RUN_TIME(per_session_rule_limit + course_rule_limit ==
                                rule_definitions.size());
  for (const rule_definition& entry : rule_definitions) {
    INFO(entry.code());
    CHECK(checks_of(entry) == 1);
  }
  // A rule about one session is reported against that session, so its check must be a
  // session check; one about the course, a course check.
  CHECK_AT_COMPILE_AND_RUN_TIME(looks_at_each_session(rule::rest_too_short));
  CHECK_AT_COMPILE_AND_RUN_TIME(looks_at_each_session(rule::uneven_flushing));
  CHECK_AT_COMPILE_AND_RUN_TIME(looks_at_the_course(rule::no_sessions));
  CHECK_AT_COMPILE_AND_RUN_TIME(looks_at_the_course(rule::sunscreen_missing));
}

TEST_CASE(
    "a session's finding points at a field of its session; a course's, at a field of the "
    "protocol") {
  for (const rule_definition& entry : rule_definitions) {
    INFO(entry.code());
    if (entry.check.looks_at == check_scope::each_session) {
      CHECK(entry.points_at.field == protocol_field::sessions);
      CHECK(entry.points_at.in_session.has_value());
    } else {
      CHECK(entry.points_at.field != protocol_field::none);
      CHECK_FALSE(entry.points_at.in_session.has_value());
    }
  }
}

TEST_CASE("every name a rule reads is a number of guidelines, and every number is read") {
  CHECK_AT_COMPILE_AND_RUN_TIME(!detail::reads_a_guideline_number("passes.few"));
  CHECK_AT_COMPILE_AND_RUN_TIME(!detail::reads_a_guideline_number("rest"));
  CHECK_AT_COMPILE_AND_RUN_TIME(detail::reads_a_guideline_number("passes"));
  CHECK_AT_COMPILE_AND_RUN_TIME(detail::reads_a_guideline_number("goals_for_indication"));
  for (const guideline_number& number : guideline_numbers) {
    INFO(number.member);
    // validate() reads it itself, to skip the rules it names.
    if (number.member == "disabled_rules") continue;
    int read_by = 0;
    for (const rule_definition& entry : rule_definitions) {
      for (const std::string_view& name : entry.reads) {
        read_by += !name.empty() && is_part_of(number, name) ? 1 : 0;
      }
    }
    CHECK(read_by >= 1);
  }
}

TEST_CASE("the report's limits are counted from the rule table") {
  CHECK_AT_COMPILE_AND_RUN_TIME(per_session_rule_limit == 17);
  CHECK_AT_COMPILE_AND_RUN_TIME(course_rule_limit == 25);
  CHECK_AT_COMPILE_AND_RUN_TIME(report_capacity == session_capacity * per_session_rule_limit +
                                                       course_rule_limit + waiver_capacity);
}

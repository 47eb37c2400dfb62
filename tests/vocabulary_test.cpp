// Every enum of the protocol reads and writes its words through one name table: to_string
// and from_string round trip for every value, and refuse what is not a word of the table.
#include <cstddef>
#include <string_view>

#include <dermaroller/dermaroller.hpp>

#include "catch.hpp"

using namespace dermaroller;

namespace {

// Every value's name reads back as that value, and every name is distinct and non-empty.
template <class E>
constexpr bool round_trips() {
  const auto table = enum_names(E{});
  for (std::size_t i = 0; i < table.size(); ++i) {
    const E value = static_cast<E>(i);
    const std::string_view name = to_string(value);
    if (name.empty() || name != table[i].name) return false;
    const maybe<E> read = from_string<E>(name);
    if (!read || *read != value) return false;
  }
  return true;
}

// A value past the table has no name, rather than some other value's.
template <class E>
constexpr bool unnamed_past_the_table() {
  return to_string(static_cast<E>(enum_names(E{}).size())).empty();
}

}  // namespace

TEST_CASE("every enum's words round trip through to_string and from_string") {
  CHECK_AT_COMPILE_AND_RUN_TIME(round_trips<setting>());
  CHECK_AT_COMPILE_AND_RUN_TIME(round_trips<indication>());
  CHECK_AT_COMPILE_AND_RUN_TIME(round_trips<treatment_goal>());
  CHECK_AT_COMPILE_AND_RUN_TIME(round_trips<body_area>());
  CHECK_AT_COMPILE_AND_RUN_TIME(round_trips<modality>());
  CHECK_AT_COMPILE_AND_RUN_TIME(round_trips<flushing>());
  CHECK_AT_COMPILE_AND_RUN_TIME(round_trips<skin_type>());
  CHECK_AT_COMPILE_AND_RUN_TIME(round_trips<aftercare_kind>());
  CHECK_AT_COMPILE_AND_RUN_TIME(round_trips<severity>());
  CHECK_AT_COMPILE_AND_RUN_TIME(round_trips<rule>());
}

TEST_CASE("a value outside an enum's table has no name") {
  CHECK_AT_COMPILE_AND_RUN_TIME(unnamed_past_the_table<setting>());
  CHECK_AT_COMPILE_AND_RUN_TIME(unnamed_past_the_table<indication>());
  CHECK_AT_COMPILE_AND_RUN_TIME(unnamed_past_the_table<body_area>());
  CHECK_AT_COMPILE_AND_RUN_TIME(unnamed_past_the_table<skin_type>());
  CHECK_AT_COMPILE_AND_RUN_TIME(unnamed_past_the_table<rule>());
}

TEST_CASE("the words are those of the protocol format") {
  CHECK_AT_COMPILE_AND_RUN_TIME(to_string(setting::home) == "home");
  CHECK_AT_COMPILE_AND_RUN_TIME(to_string(indication::stretch_marks) == "stretch_marks");
  CHECK_AT_COMPILE_AND_RUN_TIME(to_string(treatment_goal::scar_reduction) == "scar_reduction");
  CHECK_AT_COMPILE_AND_RUN_TIME(to_string(body_area::scalp) == "scalp");
  CHECK_AT_COMPILE_AND_RUN_TIME(to_string(modality::chemical) == "chemical");
  CHECK_AT_COMPILE_AND_RUN_TIME(to_string(flushing::uneven) == "uneven");
  CHECK_AT_COMPILE_AND_RUN_TIME(to_string(aftercare_kind::zinc_sunscreen) == "zinc_sunscreen");
  CHECK_AT_COMPILE_AND_RUN_TIME(to_string(severity::warning) == "warning");
  CHECK_AT_COMPILE_AND_RUN_TIME(to_string(rule::rest_too_short) == "rest-too-short");
}

TEST_CASE("Fitzpatrick skin types are written I to VI") {
  CHECK_AT_COMPILE_AND_RUN_TIME(to_string(skin_type::type_1) == "I");
  CHECK_AT_COMPILE_AND_RUN_TIME(to_string(skin_type::type_4) == "IV");
  CHECK_AT_COMPILE_AND_RUN_TIME(to_string(skin_type::type_6) == "VI");
  CHECK_AT_COMPILE_AND_RUN_TIME(from_string<skin_type>("V").value() == skin_type::type_5);
  CHECK_AT_COMPILE_AND_RUN_TIME(enum_names(skin_type{}).size() == 6);
}

TEST_CASE("from_string refuses words that are not in the table, exactly as written") {
  CHECK_AT_COMPILE_AND_RUN_TIME(!from_string<setting>("Home").has_value());
  CHECK_AT_COMPILE_AND_RUN_TIME(!from_string<setting>("home ").has_value());
  CHECK_AT_COMPILE_AND_RUN_TIME(!from_string<setting>("").has_value());
  CHECK_AT_COMPILE_AND_RUN_TIME(!from_string<indication>("stretch marks").has_value());
  CHECK_AT_COMPILE_AND_RUN_TIME(!from_string<skin_type>("type_1").has_value());
  CHECK_AT_COMPILE_AND_RUN_TIME(!from_string<skin_type>("VII").has_value());
  CHECK_AT_COMPILE_AND_RUN_TIME(!from_string<rule>("rest_too_short").has_value());
}

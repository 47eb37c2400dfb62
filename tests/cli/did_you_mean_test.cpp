// append_did_you_mean (include/dermaroller/detail/did_you_mean.hpp): the suggestion the readers
// add to a message about an unknown name, at compile time and at run time.
#include "dermaroller/detail/did_you_mean.hpp"

#include <string_view>

#include "catch.hpp"
#include "dermaroller/aftercare.hpp"
#include "dermaroller/enum_names.hpp"
#include "dermaroller/rules.hpp"

using namespace dermaroller;
using namespace std::string_view_literals;

namespace {

constexpr std::string_view session_fields[] = {"needle", "passes",   "anesthetic", "rest",
                                               "date",   "modality", "flushing"};

constexpr message_text unknown_field(std::string_view typed) {
  message_text message;
  message.append("unknown field \"").append(typed).append("\"");
  return detail::append_did_you_mean(message, typed, session_fields,
                                     [](std::string_view name) { return name; });
}

constexpr message_text unknown_step(std::string_view typed) {
  message_text message;
  message.append("unknown aftercare step");
  return detail::append_did_you_mean(message, typed, enum_names(aftercare_kind{}),
                                     [](const enum_name<aftercare_kind>& row) { return row.name; });
}

}  // namespace

static_assert(unknown_field("pases").view() ==
              R"(unknown field "pases"; did you mean "passes"?)"sv);
static_assert(unknown_field("colour").view() == R"(unknown field "colour")"sv);
static_assert(unknown_step("zinc_sunscren").view() ==
              R"(unknown aftercare step; did you mean "zinc_sunscreen"?)"sv);

TEST_CASE("a mistyped name is answered with the nearest known one, and only a near one") {
  CHECK(unknown_field("neddle").view() == R"(unknown field "neddle"; did you mean "needle"?)");
  CHECK(unknown_field("x").view() == R"(unknown field "x")");
  CHECK(unknown_field("").view() == R"(unknown field "")");
  message_text code;
  detail::append_did_you_mean(code, "pases-too-few", rule_definitions,
                              [](const rule_definition& row) { return row.code(); });
  CHECK(code.view() == R"(; did you mean "passes-too-few"?)");
}

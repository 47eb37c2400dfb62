// maybe<T> and parse_result: a value is read only where there is one. Reading an empty one is
// a compile error in a constant expression (tests/compile_fail/) and stops the program at run
// time (checked_access_stops.cpp).
#include <dermaroller/detail/maybe.hpp>
#include <dermaroller/protocol.hpp>
#include <string_view>

#include "catch.hpp"

using namespace dermaroller;

namespace {

struct point {
  int x{0};
  int y{0};
  friend constexpr bool operator==(const point&, const point&) = default;
};

constexpr std::string_view minimal_protocol = R"({
  "format": "dermaroller/1",
  "setting": "clinical",
  "indication": "scars",
  "goal": "scar_reduction",
  "sessions": [{ "needle": "1.5mm", "passes": 15 }]
})";

constexpr std::string_view protocol_without_sessions = R"({ "format": "dermaroller/1" })";

}  // namespace

TEST_CASE("a maybe with a value gives it by value(), * and ->") {
  constexpr maybe<int> seven{7};
  CHECK_AT_COMPILE_AND_RUN_TIME(seven.has_value());
  CHECK_AT_COMPILE_AND_RUN_TIME(seven.value() == 7);
  CHECK_AT_COMPILE_AND_RUN_TIME(*seven == 7);
  CHECK_AT_COMPILE_AND_RUN_TIME(seven.value_or(0) == 7);
  constexpr maybe<point> corner{point{3, 4}};
  CHECK_AT_COMPILE_AND_RUN_TIME(corner->y == 4);
  CHECK_AT_COMPILE_AND_RUN_TIME(corner.value() == point{3, 4});
}

TEST_CASE("an empty maybe is read only through value_or()") {
  constexpr maybe<int> nothing;
  CHECK_AT_COMPILE_AND_RUN_TIME(!nothing.has_value());
  CHECK_AT_COMPILE_AND_RUN_TIME(!nothing);
  CHECK_AT_COMPILE_AND_RUN_TIME(nothing.value_or(42) == 42);
  CHECK_AT_COMPILE_AND_RUN_TIME(nothing == maybe<int>{});
  CHECK_AT_COMPILE_AND_RUN_TIME(nothing != maybe<int>{0});
}

TEST_CASE("a parse_result gives its course when it is ok, and its error when it is not") {
  constexpr parse_result read = parse_protocol(minimal_protocol);
  CHECK_AT_COMPILE_AND_RUN_TIME(read.ok());
  CHECK_AT_COMPILE_AND_RUN_TIME(read.value().sessions.size() == 1);
  constexpr parse_result refused = parse_protocol(protocol_without_sessions);
  CHECK_AT_COMPILE_AND_RUN_TIME(!refused.ok());
  CHECK_AT_COMPILE_AND_RUN_TIME(refused.error().line == 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(refused.error().column == 1);
}

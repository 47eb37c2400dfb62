#include <dermaroller/detail/name_index.hpp>

#include <string_view>

#include "catch.hpp"

using dermaroller::fixed_array;
using dermaroller::detail::name_index;
using dermaroller::detail::same_text;

namespace {
using namespace std::string_view_literals;

constexpr fixed_array body_parts{"face"sv, "neck"sv, "back"sv, "arms"sv, "legs"sv, "scalp"sv};
constexpr name_index parts{body_parts};
}  // namespace

TEST_CASE("same_text compares texts of every length, a byte at a time and eight at a time") {
  constexpr std::string_view long_text = "anti_inflammatory_cream, and more";
  for (std::size_t size = 0; size <= long_text.size(); ++size) {
    CAPTURE(size);
    const std::string_view a = long_text.substr(0, size);
    std::string b{a};
    CHECK(same_text(a, b));
    for (std::size_t changed = 0; changed < size; ++changed) {
      std::string other{a};
      other[changed] = '#';
      CHECK_FALSE(same_text(a, other));
    }
    CHECK_FALSE(same_text(a, b + "x"));
  }
  CHECK_AT_COMPILE_AND_RUN_TIME(same_text("mineral_preparation", "mineral_preparation"));
  CHECK_AT_COMPILE_AND_RUN_TIME(!same_text("mineral_preparation", "mineral_preparatiom"));
}

TEST_CASE("a name index finds each of its names, and nothing else") {
  STATIC_REQUIRE(parts.distinct());
  for (std::size_t i = 0; i < body_parts.size(); ++i) CHECK(parts.find(body_parts[i]) == i);
  CHECK_AT_COMPILE_AND_RUN_TIME(parts.find("scalp") == 5);
  // Same length, first and last letters as a name, but not the name.
  CHECK(parts.find("fade") == parts.size());
  CHECK(parts.find("nick") == parts.size());
  CHECK(parts.find("") == parts.size());
  CHECK(parts.find("faces") == parts.size());
  CHECK(parts.find("Face") == parts.size());
}

TEST_CASE("a name index says when its names cannot be told apart") {
  STATIC_REQUIRE_FALSE(name_index{fixed_array{"even"sv, "uneven"sv, "even"sv}}.distinct());
  STATIC_REQUIRE_FALSE(name_index{fixed_array{"home"sv, ""sv}}.distinct());
  // The slot of a name comes from its length and its first and last letters: names alike in
  // all three cannot share an index, and a table of them is refused at compile time.
  STATIC_REQUIRE_FALSE(name_index{fixed_array{"type_1"sv, "tyre_1"sv}}.distinct());
  constexpr name_index types{fixed_array{"type_1"sv, "type_2"sv, "type_3"sv, "tyre_4"sv}};
  STATIC_REQUIRE(types.distinct());
  CHECK_AT_COMPILE_AND_RUN_TIME(types.find("type_3") == 2);
  CHECK_AT_COMPILE_AND_RUN_TIME(types.find("tyre_4") == 3);
  CHECK_AT_COMPILE_AND_RUN_TIME(types.find("type_4") == types.size());
}

#pragma once
// A protocol text that must not read: where the reader stopped and what it said, as plain
// values that Catch2 can compare and print.

#include <cstdint>
#include <string>
#include <string_view>

#include <dermaroller/dermaroller.hpp>

#include "catch.hpp"

namespace dermaroller::testing {

struct problem {
  std::uint32_t line;
  std::uint32_t column;
  std::string message;
};

inline problem problem_in(std::string_view text) {
  const parse_result result = parse_protocol(text);
  REQUIRE_FALSE(result.ok());
  return {result.error().line, result.error().column, std::string{result.error().message.view()}};
}

}  // namespace dermaroller::testing

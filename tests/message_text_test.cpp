// Messages are composed in a fixed buffer, at compile time as at run time: numbers and
// lengths read as people write them, and text past the capacity is cut, never overflowed.
#include <cstddef>
#include <string_view>

#include <dermaroller/detail/message_text.hpp>

#include "catch.hpp"

using dermaroller::message_text;

namespace {

constexpr std::string_view composed(const message_text& text) { return text.view(); }

constexpr bool cut_at_capacity() {
  message_text text;
  for (std::size_t i = 0; i < message_text::capacity + 10; ++i) text.push_back('x');
  text.append("more").append_number(12);
  return text.size() == message_text::capacity && text.view().back() == 'x';
}

}  // namespace

TEST_CASE("a message joins texts, single characters and numbers in order") {
  CHECK_AT_COMPILE_AND_RUN_TIME(
      composed(message_text{}.append("rest ").append_number(41).push_back(' ').append("days")) ==
      "rest 41 days");
}

TEST_CASE("negative numbers and zero are written with their sign") {
  CHECK_AT_COMPILE_AND_RUN_TIME(composed(message_text{}.append_number(-1205)) == "-1205");
  CHECK_AT_COMPILE_AND_RUN_TIME(composed(message_text{}.append_number(0)) == "0");
}

TEST_CASE("thousandths are written as a decimal without trailing zeros") {
  CHECK_AT_COMPILE_AND_RUN_TIME(composed(message_text{}.append_thousandths(1500)) == "1.5");
  CHECK_AT_COMPILE_AND_RUN_TIME(composed(message_text{}.append_thousandths(250)) == "0.25");
  CHECK_AT_COMPILE_AND_RUN_TIME(composed(message_text{}.append_thousandths(2000)) == "2");
  CHECK_AT_COMPILE_AND_RUN_TIME(composed(message_text{}.append_thousandths(-5)) == "-0.005");
}

TEST_CASE("text past the capacity is cut, never overflowed") {
  CHECK_AT_COMPILE_AND_RUN_TIME(cut_at_capacity());
}

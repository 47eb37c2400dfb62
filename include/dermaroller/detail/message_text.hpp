#pragma once
// A short text built in a fixed buffer, so that messages can be composed in constant
// expressions and without allocation. Text past the capacity is cut, never overflowed.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "dermaroller/detail/fixed_array.hpp"

namespace dermaroller {

class message_text {
 public:
  // The longest message is an unknown field of the course with its name cut at 40 bytes and
  // the course's 15 fields listed: 240 bytes (protocol_test.cpp holds it under the capacity).
  static constexpr std::size_t capacity = 320;

  // The characters past size() are never read: they are left uninitialised at run time, where
  // clearing 320 bytes for every value read correctly (most of which carry an empty message)
  // cost more than reading the value. Constant expressions need them initialised.
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-member-init,hicpp-member-init): see above
  constexpr message_text() {
    if (std::is_constant_evaluated()) chars_ = {};
  }

  constexpr message_text& append(std::string_view text) {
    for (const char c : text) push_back(c);
    return *this;
  }

  // One character. (Rather than append(std::string_view{&c, 1}): with an int for the length,
  // that picks string_view's iterator-pair constructor, whose concept checks cost g++ about
  // a tenth of what including <string_view> costs.)
  constexpr message_text& push_back(char c) {
    if (size_ != capacity) chars_[size_++] = c;
    return *this;
  }

  constexpr message_text& append_number(std::int64_t number) {
    if (number < 0) {
      push_back('-');
      number = -number;
    }
    fixed_array<char, 20> digits{};
    std::size_t count = 0;
    do {
      digits[count++] = static_cast<char>('0' + number % 10);
      number /= 10;
    } while (number != 0);
    while (count != 0) push_back(digits[--count]);
    return *this;
  }

  // A number of thousandths written as a decimal without trailing zeros: 1500 -> "1.5".
  constexpr message_text& append_thousandths(std::int64_t thousandths) {
    if (thousandths < 0) {
      push_back('-');
      thousandths = -thousandths;
    }
    append_number(thousandths / 1000);
    std::int64_t fraction = thousandths % 1000;
    if (fraction != 0) {
      push_back('.');
      std::int64_t scale = 100;
      while (fraction != 0) {
        append_number(fraction / scale);
        fraction %= scale;
        scale /= 10;
      }
    }
    return *this;
  }

  [[nodiscard]] constexpr std::string_view view() const { return {chars_.data(), size_}; }
  // NOLINTNEXTLINE(google-explicit-constructor)
  constexpr operator std::string_view() const { return view(); }
  [[nodiscard]] constexpr std::size_t size() const { return size_; }

 private:
  fixed_array<char, capacity> chars_;  // set in constant expressions only: see the constructor
  std::size_t size_{0};
};

}  // namespace dermaroller

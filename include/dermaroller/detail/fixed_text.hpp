#pragma once
// A short, owned text of fixed capacity: a course's name, a waiver's reason. A course
// outlives the protocol text it was read from, so it keeps its own copy of each text, inline.

#include <cstddef>
#include <string_view>

#include "dermaroller/detail/fixed_array.hpp"

namespace dermaroller {

template <std::size_t Capacity>
class fixed_text {
 public:
  static constexpr std::size_t capacity = Capacity;

  constexpr fixed_text() = default;
  template <std::size_t N>
  // NOLINTNEXTLINE(google-explicit-constructor): `.reason = "patient abroad"` reads best
  requires(N - 1 <= Capacity) constexpr fixed_text(const char (&text)[N]) {
    (void)assign(std::string_view{text, N - 1});
  }

  // Returns false, and keeps the text empty, when the text is longer than the capacity.
  [[nodiscard]] constexpr bool assign(std::string_view text) {
    size_ = 0;
    if (text.size() > Capacity) return false;
    for (char c : text) chars_[size_++] = c;
    return true;
  }
  [[nodiscard]] constexpr std::string_view view() const { return {chars_.data(), size_}; }
  [[nodiscard]] constexpr bool empty() const { return size_ == 0; }

  friend constexpr bool operator==(const fixed_text& a, const fixed_text& b) {
    return a.view() == b.view();
  }

 private:
  fixed_array<char, Capacity> chars_{};
  std::size_t size_{0};
};

}  // namespace dermaroller

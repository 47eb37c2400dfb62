#pragma once
// A whole number of one unit: days of rest, hours of aftercare, passes of the roller. One
// template for them all, one type per unit: the Unit tag is what makes 42 days and 42 hours
// two types, so that neither converts to the other, nor a plain number to either.

#include <compare>
#include <cstdint>

namespace dermaroller {

template <class Unit>
class whole_count {
 public:
  constexpr whole_count() = default;
  constexpr explicit whole_count(std::int32_t count) : count_{count} {}
  [[nodiscard]] constexpr std::int32_t count() const { return count_; }
  friend constexpr auto operator<=>(whole_count, whole_count) = default;
  // The relational operators too, though <=> implies them: for each comparison written, clang++
  // spends ten times as long rewriting `a < b` through <=> as calling these (docs/performance.md).
  friend constexpr bool operator<(whole_count a, whole_count b) { return a.count_ < b.count_; }
  friend constexpr bool operator>(whole_count a, whole_count b) { return a.count_ > b.count_; }
  friend constexpr bool operator<=(whole_count a, whole_count b) { return a.count_ <= b.count_; }
  friend constexpr bool operator>=(whole_count a, whole_count b) { return a.count_ >= b.count_; }

 private:
  std::int32_t count_{0};
};

}  // namespace dermaroller

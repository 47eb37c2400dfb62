#pragma once
// A set of rules, one bit each: the rules a guideline set switches off.

#include <cstdint>

#include "dermaroller/rule.hpp"

namespace dermaroller {

class rule_set {
 public:
  template <class... Rules>
  constexpr explicit rule_set(Rules... rules) {
    (insert(rules), ...);
  }

  [[nodiscard]] constexpr bool contains(rule which) const {
    return (bits_ >> bit(which) & 1U) != 0;
  }
  [[nodiscard]] constexpr bool empty() const { return bits_ == 0; }
  constexpr rule_set& insert(rule which) {
    bits_ |= std::uint64_t{1} << bit(which);
    return *this;
  }
  constexpr rule_set& erase(rule which) {
    bits_ &= ~(std::uint64_t{1} << bit(which));
    return *this;
  }

  friend constexpr bool operator==(const rule_set&, const rule_set&) = default;

 private:
  static constexpr unsigned bit(rule which) { return static_cast<unsigned>(which); }
  std::uint64_t bits_{0};
};

}  // namespace dermaroller

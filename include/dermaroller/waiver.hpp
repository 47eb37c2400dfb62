#pragma once
// A waiver: a finding the clinic has looked at and accepts, with its reason and who decided.
// A waived finding is still reported, marked waived, and no longer makes the course invalid.

#include <cstddef>

#include "dermaroller/calendar_date.hpp"
#include "dermaroller/detail/fixed_text.hpp"
#include "dermaroller/detail/maybe.hpp"
#include "dermaroller/rule.hpp"

namespace dermaroller {

inline constexpr std::size_t waiver_reason_capacity = 200;
inline constexpr std::size_t waiver_by_capacity = 80;

struct waiver {
  dermaroller::rule rule{};
  maybe<std::size_t> session;  // 0-based, as report's session(); absent: the whole course
  fixed_text<waiver_reason_capacity> reason;
  fixed_text<waiver_by_capacity> by;
  maybe<calendar_date> date;  // when it was decided

  friend constexpr bool operator==(const waiver&, const waiver&) = default;
};

}  // namespace dermaroller

// A home roller with a 1.5 mm needle in its second session.
#include "courses.hpp"

namespace compile_fail {

constexpr course long_needle_at_home() {
  course c = home_wrinkle_care();
  c.sessions[1].needle = 1.5_mm;
  return c;
}

void use() {
  constexpr course rejected = checked(long_needle_at_home());
  (void)rejected;
}

}  // namespace compile_fail

// A third clinical session four weeks after the second.
#include "courses.hpp"

namespace compile_fail {

constexpr course rushed() {
  course c = clinical_scar_course();
  c.sessions[2].rest = 4_weeks;
  return c;
}

constexpr course rejected = checked(rushed());

}  // namespace compile_fail

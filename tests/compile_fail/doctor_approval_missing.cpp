// The back treated without the attending doctor's approval: a finding about the whole course,
// not one session.
#include "courses.hpp"

namespace compile_fail {

constexpr course back_without_approval() {
  course c = clinical_scar_course();
  c.area = body_area::back;
  c.doctor_approval = false;
  return c;
}

int use() {
  constexpr course rejected = checked(back_without_approval());
  return static_cast<int>(rejected.sessions.size());
}

}  // namespace compile_fail

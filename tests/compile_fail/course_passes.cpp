// The control: courses and protocol texts that keep every guideline of severity error compile
// through checked(), in a constexpr variable and inside a function alike. If this does not compile,
// the compile-fail tests prove nothing.
#include "courses.hpp"

namespace compile_fail {

constexpr course scar_course = checked(clinical_scar_course());

// Warnings do not stop a course: a clinical session without anesthetic cream is only a
// recommendation missed.
constexpr course without_anesthetic() {
  course c = clinical_scar_course();
  c.sessions[0].anesthetic = false;
  return c;
}

// A protocol text is read, then checked, in the same constant evaluation.
constexpr course home_text = checked(R"({
  "format": "dermaroller/1",
  "setting": "home",
  "indication": "wrinkles",
  "goal": "maintenance",
  "sessions": [{ "needle": "0.25mm", "passes": 15 }],
  "aftercare": [{ "step": "moisturizer" }]
})");

int session_count() {
  constexpr course home_course = checked(home_wrinkle_care());
  constexpr course recommendation_missed = checked(without_anesthetic());
  return static_cast<int>(scar_course.sessions.size() + home_course.sessions.size() +
                          recommendation_missed.sessions.size() + home_text.sessions.size());
}

}  // namespace compile_fail

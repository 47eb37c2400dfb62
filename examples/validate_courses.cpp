// Three courses, checked against the default guidelines: one that keeps every guideline,
// one that takes a home roller where the clinic is needed, and one with too little rest.
#include <iomanip>
#include <iostream>

#include <dermaroller/dermaroller.hpp>
#include <dermaroller/extra/ostream.hpp>

using namespace dermaroller;
using namespace dermaroller::literals;

namespace {

course acne_scar_course() {
  course c{setting::clinical, indication::scars, treatment_goal::scar_reduction};
  (void)c.name.assign("Acne scars, clinic");
  session visit{1.5_mm, pass_count{15}};
  visit.anesthetic = true;  // "usually starts with the application of anesthetic cream"
  c.sessions = {visit, visit, visit};
  c.sessions[1].rest = 6_weeks;
  c.sessions[2].rest = 7_weeks;
  c.aftercare = {aftercare_step{aftercare_kind::clean_environment, 1_hours},
                 aftercare_step{aftercare_kind::anti_inflammatory_cream, 24_hours},
                 aftercare_step{aftercare_kind::mineral_preparation},
                 aftercare_step{aftercare_kind::peptide_preparation},
                 aftercare_step{aftercare_kind::moisturizer}};
  return c;
}

course stretch_marks_at_home() {
  course c{setting::home, indication::stretch_marks, treatment_goal::collagen_induction};
  (void)c.name.assign("Stretch marks, home roller");
  c.area = body_area::abdomen;
  c.sessions = {session{1.0_mm, pass_count{15}}};
  c.aftercare = {aftercare_step{aftercare_kind::moisturizer}};
  return c;
}

course wrinkles_rushed() {
  course c = acne_scar_course();
  (void)c.name.assign("Wrinkles, sessions too close");
  c.indication = indication::wrinkles;
  c.goal = treatment_goal::collagen_induction;
  c.sessions[1].rest = 4_weeks;
  c.sessions[2].rest = 41_days;
  return c;
}

void print(const course& c) {
  const report findings = validate(c);
  std::cout << c.name << ": " << (findings.ok() ? "valid" : "INVALID") << " (" << findings.errors()
            << " errors, " << findings.warnings() << " warnings, " << findings.notes()
            << " notes)\n";
  // A finding prints as "session 2: message", a severity and a rule by their names
  // (extra/ostream.hpp).
  for (const diagnostic& d : findings) {
    std::cout << "  " << std::left << std::setw(8) << d.severity << d << " [" << d.rule << "]\n";
  }
}

}  // namespace

int main() {
  print(acne_scar_course());
  print(stretch_marks_at_home());
  print(wrinkles_rushed());
}

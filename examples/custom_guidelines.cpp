// A clinic's own guidelines.
//
// The defaults follow the source document: "six to eight weeks of rest in between" sessions,
// and home rollers up to 0.5 mm (a number the document does not give; see docs/limits.md).
// Clinics differ. This one follows clinical studies that spaced acne-scar sessions about
// 4 weeks apart (Harris et al. 2015, in docs/sources.md), and it is stricter about home rollers:
// 0.3 mm at most. It copies the defaults, changes those numbers, and checks two courses
// against both sets.
#include <iostream>
#include <string_view>

#include <dermaroller/dermaroller.hpp>
#include <dermaroller/extra/ostream.hpp>

using namespace dermaroller;
using namespace dermaroller::literals;

// Every number a rule compares with lives in `guidelines`. Start from the defaults, so that
// every number the clinic does not mention stays what the document says.
constexpr guidelines our_clinic = [] {
  guidelines g = default_guidelines;
  g.rest_between_sessions = {4_weeks, 8_weeks};  // studies: about 4 weeks apart
  g.home_needle_maximum = 0.3_mm;                // stricter than the usual 0.5 mm
  g.maintenance.needle.longest = 0.3_mm;         // maintenance is what home rollers do
  return g;
}();

// Three acne-scar sessions with a 1.5 mm needle, 4 weeks apart.
constexpr course four_weekly_scar_course = [] {
  course c{setting::clinical, indication::scars, treatment_goal::scar_reduction};
  session visit{1.5_mm, pass_count{15}};  // "rolling ... 15 to 20 times"
  visit.anesthetic = true;                // "usually starts with ... anesthetic cream"
  c.sessions = {visit, visit, visit};
  c.sessions[1].rest = 4_weeks;
  c.sessions[2].rest = 4_weeks;
  c.aftercare = {aftercare_step{aftercare_kind::clean_environment, 1_hours},
                 aftercare_step{aftercare_kind::anti_inflammatory_cream, 24_hours},
                 aftercare_step{aftercare_kind::mineral_preparation},
                 aftercare_step{aftercare_kind::peptide_preparation},
                 aftercare_step{aftercare_kind::moisturizer}};
  return c;
}();

// A home roller of 0.5 mm, for maintenance: "skin maintenance is the goal for the home-use
// derma roller".
constexpr course home_maintenance = [] {
  course c{setting::home, indication::skin_health, treatment_goal::maintenance};
  c.sessions = {session{0.5_mm, pass_count{15}}};
  c.aftercare = {aftercare_step{aftercare_kind::moisturizer}};
  return c;
}();

// Both facts are checked by the compiler: the same course, two verdicts.
static_assert(!validate(four_weekly_scar_course).ok());  // 4 weeks < the document's 6
static_assert(validate(four_weekly_scar_course, our_clinic).ok());
static_assert(validate(home_maintenance).ok());
static_assert(validate(home_maintenance, our_clinic).has(rule::home_needle_too_long));

namespace {

void show(std::string_view course_name, std::string_view guidelines_name, const report& found) {
  std::cout << course_name << ", against " << guidelines_name << ": "
            << (found.ok() ? "valid" : "INVALID") << '\n';
  for (const diagnostic& d : found) {
    // A finding prints as "session 2: message" (extra/ostream.hpp).
    std::cout << "    " << d.severity << ": " << d << " [" << d.rule << "]\n";
  }
}

}  // namespace

int main() {
  show("scar course, sessions 4 weeks apart", "the default guidelines",
       validate(four_weekly_scar_course));
  show("scar course, sessions 4 weeks apart", "our clinic's guidelines",
       validate(four_weekly_scar_course, our_clinic));
  show("home maintenance, 0.5 mm roller", "the default guidelines", validate(home_maintenance));
  show("home maintenance, 0.5 mm roller", "our clinic's guidelines",
       validate(home_maintenance, our_clinic));
}

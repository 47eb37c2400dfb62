// Checking a protocol while the program compiles.
//
// A course written in the program can be checked by the compiler: checked() runs the same
// validate() as at run time, inside the compiler, and a course that breaks a rule of
// severity error does not compile. The compiler's message names the rule by its code
// (docs/compile-time.md shows the messages of g++ and clang++). A program that builds is a
// program whose built-in protocols keep the guidelines.
#include <cstddef>
#include <iostream>

#include <dermaroller/checked.hpp>
#include <dermaroller/dermaroller.hpp>
#include <dermaroller/extra/ostream.hpp>

using namespace dermaroller;
using namespace dermaroller::literals;

// Acne scars at the clinic: scar reduction "goes up to five" sessions, "with six to eight
// weeks of rest in between"; each "usually starts with the application of anesthetic cream",
// then the roller goes over the area "15 to 20 times".
constexpr course acne_scars() {
  course c{setting::clinical, indication::scars, treatment_goal::scar_reduction};
  (void)c.name.assign("Acne scars, four clinic visits");
  session visit{1.5_mm, pass_count{15}};
  visit.anesthetic = true;
  c.sessions = {visit, visit, visit, visit};
  for (std::size_t i = 1; i < c.sessions.size(); ++i) c.sessions[i].rest = 7_weeks;
  // "a clinically clean environment for the first hour", anti-inflammatory cream for flushing
  // that "can take up to 24 hours to subside", then mineral and peptide preparations.
  c.aftercare = {aftercare_step{aftercare_kind::clean_environment, 1_hours},
                 aftercare_step{aftercare_kind::anti_inflammatory_cream, 24_hours},
                 aftercare_step{aftercare_kind::mineral_preparation},
                 aftercare_step{aftercare_kind::peptide_preparation},
                 aftercare_step{aftercare_kind::moisturizer}};
  return c;
}

// The compiler checks it here. Were it to break a rule, this line would not compile.
constexpr course scar_course = checked(acne_scars());

// A protocol written as text (docs/protocol-format.md) is checked the same way: the compiler
// reads it with parse_protocol() and validates it. Home rollers are for maintenance: "skin
// maintenance is the goal for the home-use derma roller". A text that does not read stops the
// build too, with the line and column of the problem.
constexpr course home_maintenance = checked(R"({
  "format": "dermaroller/1",
  "name": "Home maintenance",
  "setting": "home",
  "indication": "skin_health",
  "goal": "maintenance",
  "sessions": [{ "needle": "0.25mm", "passes": 15 }],
  "aftercare": [{ "step": "moisturizer" }]
})");

// The scar course on a home roller breaks "home versions have shorter needles" and "not the
// kind of derma roller for removing stretch marks or scars". checked() would stop the build;
// is_valid() gives the verdict as a value, so the program can state that it is invalid.
constexpr course at_home = [] {
  course c = acne_scars();
  c.setting = setting::home;
  return c;
}();
static_assert(!is_valid(at_home));

// To see the compiler's message, build with -DSHOW_THE_COMPILE_ERROR: it names the first
// rule of severity error the course breaks, here home-indication-not-supported.
#if defined(SHOW_THE_COMPILE_ERROR)
constexpr course refused = checked(at_home);
#endif

namespace {

void describe(const course& known_good) {
  const std::size_t sessions = known_good.sessions.size();
  std::cout << known_good.name << ": " << sessions << (sessions == 1 ? " session" : " sessions")
            << ", checked by the compiler\n";
}

}  // namespace

int main() {
  // Nothing is left to check at run time: both courses are known to keep the guidelines.
  describe(scar_course);
  describe(home_maintenance);
}

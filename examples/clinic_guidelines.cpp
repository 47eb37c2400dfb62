// A clinic's own guidelines: built in C++ from a built-in set, and the same set read from a
// guideline file's text while the program compiles; two courses, each with two verdicts.
//
// The defaults (`document`) follow the source document: "six to eight weeks of rest in
// between" sessions, and home rollers up to 0.5 mm (a number the document does not give; see
// docs/limits.md). Clinic A follows the clinical studies that spaced acne-scar sessions about
// 4 weeks apart (Harris et al. 2015, in docs/sources.md), allows home rollers up to 0.3 mm
// only, and does not want the note about non-zinc sunscreen: it recommends its own. It starts
// from `document`, changes those numbers, switches that rule off, and checks the courses with
// both sets. dermaroller gives no medical advice: these are one clinic's choices, not ours.
#include <iostream>
#include <string_view>

#include <dermaroller/dermaroller.hpp>
#include <dermaroller/extra/ostream.hpp>
#include <dermaroller/guideline_file.hpp>
#include <dermaroller/guideline_sets.hpp>

using namespace dermaroller;
using namespace dermaroller::literals;

// Start from a built-in set, so that every number the clinic does not mention stays what that
// set says; docs/guidelines.md gives each number's source.
constexpr guidelines clinic_a = [] {
  guidelines g = find_guideline_set("document")->values;
  g.rest_between_sessions = {4_weeks, 8_weeks};       // the studies: about 4 weeks apart
  g.home_needle_maximum = 0.3_mm;                     // stricter than the usual 0.5 mm
  g.maintenance.needle.longest = 0.3_mm;              // maintenance is what home rollers do
  g.disabled_rules.insert(rule::sunscreen_not_zinc);  // the clinic recommends its own
  return g;
}();

// The same set as a guideline file (docs/guideline-files.md), read by the compiler: a text that
// does not parse, or a set that contradicts itself, stops the build at the value() below.
constexpr std::string_view clinic_a_file = R"({
  "format": "dermaroller-guidelines/1",
  "name": "Clinic A: four-week intervals",
  "based_on": "document",
  "rest_between_sessions": { "shortest": "4w", "longest": "8w" },
  "home_needle_maximum": "0.3mm",
  "maintenance": { "needle": { "longest": "0.3mm" } },
  "disable": ["sunscreen-not-zinc"]
})";
constexpr guidelines clinic_a_from_its_file = parse_guidelines(clinic_a_file).value().values;

// Three acne-scar sessions with a 1.5 mm needle, 4 weeks apart, and a sunscreen that is not
// zinc-based.
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
                 aftercare_step{aftercare_kind::moisturizer},
                 aftercare_step{aftercare_kind::other_sunscreen}};
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

// Checked by the compiler: the same course, two verdicts, and the file gives what the code
// gives.
static_assert(validate(four_weekly_scar_course).has(rule::rest_too_short));
static_assert(validate(four_weekly_scar_course).has(rule::sunscreen_not_zinc));
static_assert(validate(four_weekly_scar_course, clinic_a).count(severity::error) == 0);
static_assert(validate(four_weekly_scar_course, clinic_a).ok());
static_assert(!validate(four_weekly_scar_course, clinic_a).has(rule::sunscreen_not_zinc));
static_assert(validate(four_weekly_scar_course, clinic_a_from_its_file).ok());
static_assert(validate(four_weekly_scar_course, clinic_a_from_its_file).size() ==
              validate(four_weekly_scar_course, clinic_a).size());
static_assert(validate(home_maintenance).ok());
static_assert(validate(home_maintenance, clinic_a).has(rule::home_needle_too_long));
// checked() with the clinic's set: under the defaults this line would not compile.
constexpr course accepted = checked(four_weekly_scar_course, clinic_a_from_its_file);

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
  constexpr std::string_view scars = "scar course, sessions 4 weeks apart";
  constexpr std::string_view home = "home maintenance, 0.5 mm roller";
  show(scars, "document", validate(accepted));
  show(scars, "clinic A's guidelines", validate(accepted, clinic_a));
  const guidelines_result read = parse_guidelines(clinic_a_file);
  show(scars, read.value().name.view(), validate(accepted, read.value().values));
  show(home, "document", validate(home_maintenance));
  show(home, "clinic A's guidelines", validate(home_maintenance, clinic_a));
  // The same verdicts at run time as at compile time, or the example's test fails.
  const bool as_the_clinic_expects = validate(accepted, clinic_a).ok() &&
                                     !validate(accepted).ok() &&
                                     !validate(home_maintenance, clinic_a).ok();
  return as_the_clinic_expects ? 0 : 1;
}

// The program every consumer project builds: a course checked by the compiler, then again at
// run time, as a user's first program would. It exits with 0 only when both agree with the
// guidelines: a clinical acne-scar course keeps them, the same course at home does not.
#include <chrono>
#include <cstdio>

#include <dermaroller/dermaroller.hpp>
#include <dermaroller/extra/schedule.hpp>  // an optional part, installed with the core

// Where the consumer knows which version it asked for (find_package, pkg-config), the header
// it compiled against must be that version.
#if defined(EXPECTED_VERSION_MAJOR)
static_assert(DERMAROLLER_VERSION_MAJOR == EXPECTED_VERSION_MAJOR &&
                  DERMAROLLER_VERSION_MINOR == EXPECTED_VERSION_MINOR &&
                  DERMAROLLER_VERSION_PATCH == EXPECTED_VERSION_PATCH,
              "the installed header and the package describe different versions");
#endif

using namespace dermaroller;
using namespace dermaroller::literals;

namespace {

constexpr course acne_scars() {
  course c{setting::clinical, indication::scars, treatment_goal::scar_reduction};
  session visit{1.5_mm, pass_count{15}};
  visit.anesthetic = true;
  c.sessions = {visit, visit, visit};
  c.sessions[1].rest = 6_weeks;
  c.sessions[2].rest = 6_weeks;
  c.aftercare = {aftercare_step{aftercare_kind::clean_environment, 1_hours},
                 aftercare_step{aftercare_kind::anti_inflammatory_cream, 24_hours},
                 aftercare_step{aftercare_kind::mineral_preparation},
                 aftercare_step{aftercare_kind::peptide_preparation},
                 aftercare_step{aftercare_kind::moisturizer}};
  return c;
}

}  // namespace

static_assert(validate(acne_scars()).ok());
static_assert(plan(acne_scars(), std::chrono::year{2027} / 1 / 11).visits.size() == 3);

int main() {
  course at_home = acne_scars();
  at_home.setting = setting::home;
  const report clinic_findings = validate(acne_scars());
  const report home_findings = validate(at_home);
  std::printf("dermaroller %d.%d.%d: clinic course %s, home course %s\n", version_major,
              version_minor, version_patch, clinic_findings.ok() ? "valid" : "INVALID",
              home_findings.ok() ? "valid" : "INVALID");
  const bool as_expected = clinic_findings.ok() && home_findings.has(rule::home_needle_too_long);
  return as_expected ? 0 : 1;
}

#include <dermaroller/dermaroller.hpp>

#include "catch.hpp"

using namespace dermaroller;
using namespace dermaroller::literals;

namespace {

// A scar course that keeps every guideline: the starting point that each case changes.
constexpr course clinical_scar_course() {
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

TEST_CASE("a clinical scar course that keeps every guideline has no diagnostic") {
  CHECK_AT_COMPILE_AND_RUN_TIME(validate(clinical_scar_course()).ok());
  CHECK_AT_COMPILE_AND_RUN_TIME(validate(clinical_scar_course()).empty());
}

// The tests' clinical scar course, 1.5 mm needles and no practitioner, checked against a
// guideline file based on scotland-2026 and read at compile time.
#include "courses.hpp"

namespace compile_fail {

constexpr guidelines scottish_clinic = parse_guidelines(R"({
  "format": "dermaroller-guidelines/1",
  "based_on": "scotland-2026"
})")
                                           .value()
                                           .values;

constexpr course rejected = checked(clinical_scar_course(), scottish_clinic);

}  // namespace compile_fail

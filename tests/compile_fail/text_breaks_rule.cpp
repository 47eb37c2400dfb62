// A home protocol text whose second session, on line 8, uses a 1.5 mm needle ("needle" at
// column 7).
#include "courses.hpp"

namespace compile_fail {

constexpr course rejected = checked(R"({
  "format": "dermaroller/1",
  "setting": "home",
  "indication": "wrinkles",
  "goal": "maintenance",
  "sessions": [
    { "needle": "0.25mm", "passes": 15 },
    { "needle": "1.5mm", "passes": 15, "rest": "1w" }
  ],
  "aftercare": [{ "step": "moisturizer" }]
})");

}  // namespace compile_fail

// A protocol text with a comma missing after "wrinkles": the reader reports it at the end of
// line 4, where the comma belongs.
#include "courses.hpp"

namespace compile_fail {

int use() {
  constexpr course rejected = checked(R"({
  "format": "dermaroller/1",
  "setting": "home",
  "indication": "wrinkles"
  "goal": "maintenance",
  "sessions": [{ "needle": "0.25mm", "passes": 15 }]
})");
  return static_cast<int>(rejected.sessions.size());
}

}  // namespace compile_fail

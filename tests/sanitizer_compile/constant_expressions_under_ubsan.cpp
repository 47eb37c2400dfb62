// Compiled with -fsanitize=undefined by tests/CMakeLists.txt: a user's sanitizer build must be
// able to include the library and check protocols at compile time. (g++'s UBSan once made a
// test of the rule table's function pointers non-constant, and the umbrella did not compile.)
#include <dermaroller/dermaroller.hpp>

using namespace dermaroller;
using namespace dermaroller::literals;

constexpr course home_maintenance = [] {
  course c{setting::home, indication::skin_health, treatment_goal::maintenance};
  c.sessions = {session{0.25_mm, pass_count{15}}};
  c.aftercare = {aftercare_step{aftercare_kind::moisturizer}};
  return c;
}();

static_assert(validate(home_maintenance).ok());
static_assert(validate(home_maintenance).empty());
static_assert(parse_protocol(R"({"format": "dermaroller/1", "setting": "home",
  "indication": "skin_health", "goal": "maintenance",
  "sessions": [{"needle": "0.25mm", "passes": 15}]})")
                  .ok());

constexpr course checked_course = checked(home_maintenance);
static_assert(checked_course == home_maintenance);

// Reading a value that is not there stops the program: run with "maybe", "maybe-arrow",
// "course" or "error", it reads an empty maybe, or the course of a text that does not parse,
// or the error of one that does. It exits (with 0) only when the read did not stop it, which
// checked_access_stops.cmake then reports.
#include <dermaroller/detail/maybe.hpp>
#include <dermaroller/protocol.hpp>
#include <string_view>

using namespace dermaroller;

namespace {

struct point {
  int x{0};
};

}  // namespace

int main(int argc, char** argv) {
  if (argc != 2) return 0;
  const std::string_view what = argv[1];
  const maybe<int> number;
  const maybe<point> place;
  const parse_result broken = parse_protocol(what);  // not a protocol
  const parse_result read = parse_protocol(R"({
    "format": "dermaroller/1", "setting": "clinical", "indication": "scars",
    "goal": "scar_reduction", "sessions": [{ "needle": "1.5mm", "passes": 15 }]
  })");
  int result = 0;
  if (what == "maybe") result = number.value();
  if (what == "maybe-star") result = *number;
  if (what == "maybe-arrow") result = place->x;
  if (what == "course") result = static_cast<int>(broken.value().sessions.size());
  if (what == "error") result = static_cast<int>(read.error().line);
  return result * 0;
}

// Half a micrometre cannot be held in whole micrometres.
#include <dermaroller/needle_length.hpp>

using namespace dermaroller::literals;

int use() {
  constexpr auto needle = 0.0005_mm;
  return needle.micrometres();
}

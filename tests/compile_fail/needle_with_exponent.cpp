// A needle written with an exponent: lengths are plain decimals, 1.5_mm or 1500_um.
#include <dermaroller/needle_length.hpp>

using namespace dermaroller::literals;

int use() {
  constexpr auto needle = 1e3_mm;
  return needle.micrometres();
}

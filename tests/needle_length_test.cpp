#include <dermaroller/needle_length.hpp>

#include "catch.hpp"

using namespace dermaroller;
using namespace dermaroller::literals;

TEST_CASE("needle lengths are whole micrometres, written in mm or um") {
  CHECK_AT_COMPILE_AND_RUN_TIME((1.5_mm).micrometres() == 1500);
  CHECK_AT_COMPILE_AND_RUN_TIME((0.25_mm).micrometres() == 250);
  CHECK_AT_COMPILE_AND_RUN_TIME((2_mm).micrometres() == 2000);
  CHECK_AT_COMPILE_AND_RUN_TIME((250_um).micrometres() == 250);
  CHECK_AT_COMPILE_AND_RUN_TIME(1.5_mm == 1500_um);
  CHECK_AT_COMPILE_AND_RUN_TIME(0.001_mm == 1_um);
  CHECK_AT_COMPILE_AND_RUN_TIME(0.5_mm < 1.5_mm);
}

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

TEST_CASE("a millimetre literal is exact to the micrometre, however it is written") {
  CHECK_AT_COMPILE_AND_RUN_TIME((0.001_mm).micrometres() == 1);
  CHECK_AT_COMPILE_AND_RUN_TIME((0.501_mm).micrometres() == 501);
  CHECK_AT_COMPILE_AND_RUN_TIME((3.001_mm).micrometres() == 3001);
  CHECK_AT_COMPILE_AND_RUN_TIME(1.50_mm == 1.5_mm);
  CHECK_AT_COMPILE_AND_RUN_TIME(1.500000_mm == 1.5_mm);
  CHECK_AT_COMPILE_AND_RUN_TIME(1._mm == 1_mm);
  CHECK_AT_COMPILE_AND_RUN_TIME(.5_mm == 0.5_mm);
  CHECK_AT_COMPILE_AND_RUN_TIME((0_mm).micrometres() == 0);
  CHECK_AT_COMPILE_AND_RUN_TIME((0_um).micrometres() == 0);
}

TEST_CASE("needle lengths compare exactly") {
  CHECK_AT_COMPILE_AND_RUN_TIME(0.5_mm == 500_um);
  CHECK_AT_COMPILE_AND_RUN_TIME(0.501_mm > 0.5_mm);
  CHECK_AT_COMPILE_AND_RUN_TIME(0.499_mm < 500_um);
  CHECK_AT_COMPILE_AND_RUN_TIME(needle_length{} == 0_um);
  CHECK_AT_COMPILE_AND_RUN_TIME(needle_length::from_micrometres(1200) == 1.2_mm);
  CHECK_AT_COMPILE_AND_RUN_TIME(needle_length::from_micrometres(-1) < needle_length{});
}

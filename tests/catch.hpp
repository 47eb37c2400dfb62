#pragma once
// The tests are written once for Catch2 v3 and Debian's v2.

#if __has_include(<catch2/catch_test_macros.hpp>)
#include <catch2/catch_test_macros.hpp>
#else
#include <catch2/catch.hpp>
#endif

// A claim about a constant expression, checked by the compiler and again when the test runs.
#define CHECK_AT_COMPILE_AND_RUN_TIME(...) \
  static_assert(__VA_ARGS__);              \
  CHECK(__VA_ARGS__)

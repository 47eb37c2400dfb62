#pragma once
// What the C++ snippet of docs/limits.md takes as given: the units, and a course to check.
// scripts/docs-as-written.sh compiles it after this header.
#include <dermaroller/dermaroller.hpp>

using namespace dermaroller::literals;

inline const dermaroller::course plan{dermaroller::setting::clinical,
                                      dermaroller::indication::scars,
                                      dermaroller::treatment_goal::scar_reduction};

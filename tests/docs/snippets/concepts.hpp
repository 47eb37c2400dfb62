#pragma once
// What the C++ snippets of docs/concepts.md take as given: the library, its names, and (as
// its first snippet says) its literals. scripts/docs-as-written.sh compiles each snippet after
// this header.
#include <dermaroller/dermaroller.hpp>

using namespace dermaroller;
using namespace dermaroller::literals;

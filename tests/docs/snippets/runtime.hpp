#pragma once
// What the C++ snippets of docs/runtime.md take as given: the page's program so far.
// scripts/docs-as-written.sh compiles each snippet after this header.
#include <iostream>
#include <string_view>

#include <dermaroller/dermaroller.hpp>
#include <dermaroller/extra/ostream.hpp>

using namespace dermaroller;
using namespace dermaroller::literals;

inline std::string_view user_text = "1.5cm";  // what the user typed into the form
inline needle_length needle = 1.5_mm;         // once read
inline session visit{needle, pass_count{15}};
inline course plan{setting::clinical, indication::scars, treatment_goal::scar_reduction};
inline guidelines my_guidelines = default_guidelines;  // a clinic's own
inline std::string_view text = "{}";                   // a protocol file's text

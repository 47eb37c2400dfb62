// examples/compile_time_check.cpp says that checked() refuses the home version of its course
// and that the compiler names the rule: built with the line that tries, it must fail so.
#define SHOW_THE_COMPILE_ERROR
#include "../../examples/compile_time_check.cpp"  // NOLINT(bugprone-suspicious-include)

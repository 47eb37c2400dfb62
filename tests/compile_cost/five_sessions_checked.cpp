// The same protocol, validated by the compiler.
#include "five_sessions.hpp"
static_assert(compile_cost::five_sessions_valid());

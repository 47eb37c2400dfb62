// The same protocol, validated by the compiler.
#include "five_sessions.hpp"
static_assert(budget::five_sessions_valid());

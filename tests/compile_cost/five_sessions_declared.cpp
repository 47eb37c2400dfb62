// The protocol and its check are declared but never evaluated: the baseline for the cost of
// the static_assert in five_sessions_checked.cpp.
#include "five_sessions.hpp"

// The protocol and its check are declared but never evaluated: the baseline for the cost of
// the static_assert below.
#include "five_sessions.hpp"

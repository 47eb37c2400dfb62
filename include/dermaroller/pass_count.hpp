#pragma once
// How many times the roller goes over the treated area in one session.

#include "dermaroller/detail/whole_count.hpp"

namespace dermaroller {

// What the count counts: the tag is the type's identity, so that passes are neither days nor
// hours (detail/whole_count.hpp).
struct pass_unit {};

using pass_count = whole_count<pass_unit>;

}  // namespace dermaroller

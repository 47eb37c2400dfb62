// The core without protocol reading: types, guidelines, the rules and validate().
#include <dermaroller/validate.hpp>

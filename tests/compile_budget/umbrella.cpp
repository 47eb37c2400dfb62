// What a user pays to include dermaroller.
#include <dermaroller/dermaroller.hpp>

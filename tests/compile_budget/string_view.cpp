// The yardstick: one light standard header.
#include <string_view>

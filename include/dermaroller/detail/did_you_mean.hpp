#pragma once
// `; did you mean "passes"?` after a message about a name that is not known (a field, an enum
// word, a rule code), in the same words wherever the library reads names, and only when a known
// name is near enough to be what was meant (closest_name.hpp).

#include <string_view>

#include "dermaroller/detail/closest_name.hpp"
#include "dermaroller/detail/message_text.hpp"

namespace dermaroller::detail {

template <class Names, class NameOf>
constexpr message_text& append_did_you_mean(message_text& message, std::string_view typed,
                                            const Names& names, NameOf name_of) {
  const std::string_view nearest = closest_name(typed, names, name_of);
  if (!nearest.empty()) message.append("; did you mean \"").append(nearest).append("\"?");
  return message;
}

}  // namespace dermaroller::detail

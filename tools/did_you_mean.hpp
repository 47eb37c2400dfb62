#pragma once
// " (did you mean 'rest-too-short'?)" for a usage error about a mistyped rule code or set
// name, from the library's nearest-name search, so that the checker and the file readers
// suggest alike.

#include <string>
#include <string_view>

#include "dermaroller/detail/closest_name.hpp"

namespace dermaroller::check {

template <class Names, class NameOf>
[[nodiscard]] std::string did_you_mean(std::string_view typed, const Names& names, NameOf name_of) {
  const std::string_view nearest = dermaroller::detail::closest_name(typed, names, name_of);
  if (nearest.empty()) return {};
  return " (did you mean '" + std::string{nearest} + "'?)";
}

}  // namespace dermaroller::check

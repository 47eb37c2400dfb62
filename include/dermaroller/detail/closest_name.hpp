#pragma once
// "did you mean": the name of a list nearest to a misspelt one, by edit distance, for the
// messages of unknown rule codes and unknown fields.

#include <cstddef>
#include <string_view>

#include "dermaroller/detail/fixed_array.hpp"

namespace dermaroller::detail {

// Names longer than this are never suggested for, nor suggested: no code or field is.
inline constexpr std::size_t longest_suggested_name = 48;

// The Levenshtein distance of two short texts, in one row of longest_suggested_name + 1.
constexpr std::size_t edit_distance(std::string_view a, std::string_view b) {
  fixed_array<std::size_t, longest_suggested_name + 1> row{};
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      const std::size_t replaced = diagonal + (a[i - 1] == b[j - 1] ? 0 : 1);
      std::size_t best = replaced < above + 1 ? replaced : above + 1;
      if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
      row[j] = best;
      diagonal = above;
    }
  }
  return row[b.size()];
}

// The name of `names` nearest to `text`, when it is near enough to be what was meant: at most
// a third of its letters differ. Empty when none is.
template <class Names, class NameOf>
constexpr std::string_view closest_name(std::string_view text, const Names& names, NameOf name_of) {
  if (text.empty() || text.size() > longest_suggested_name) return {};
  std::string_view best;
  std::size_t best_distance = text.size() / 3 + 1;
  for (const auto& entry : names) {
    const std::string_view name = name_of(entry);
    if (name.size() > longest_suggested_name) continue;
    const std::size_t distance = edit_distance(text, name);
    if (distance < best_distance) {
      best = name;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace dermaroller::detail

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

// The name nearest to a typed one of those offered so far, when it is near enough to be what
// was meant: at most a third of its letters differ.
class nearest_name {
 public:
  constexpr explicit nearest_name(std::string_view typed)
      : typed_{typed}, best_distance_{typed.size() / 3 + 1} {}

  // Out of line: only messages about a name not known offer names, and each list of names
  // (every enum's, every object's fields) would otherwise have its own copy of the distance's
  // loops for the compiler to optimise.
  [[gnu::noinline]] constexpr void offer(std::string_view name) {
    if (name.size() > longest_suggested_name) return;
    const std::size_t distance = edit_distance(typed_, name);
    if (distance < best_distance_) {
      best_ = name;
      best_distance_ = distance;
    }
  }

  // Empty when no name offered is near enough.
  [[nodiscard]] constexpr std::string_view best() const { return best_; }

 private:
  std::string_view typed_;
  std::string_view best_{};
  std::size_t best_distance_;
};

// The name of `names` nearest to `text`, when it is near enough to be what was meant (see
// nearest_name). Empty when none is.
template <class Names, class NameOf>
constexpr std::string_view closest_name(std::string_view text, const Names& names, NameOf name_of) {
  if (text.empty() || text.size() > longest_suggested_name) return {};
  nearest_name nearest{text};
  for (const auto& entry : names) nearest.offer(name_of(entry));
  return nearest.best();
}

}  // namespace dermaroller::detail

#pragma once
// Which of a few known names a text is, with one comparison instead of one per name: the
// protocol reader's lookup of field names. Each name has a slot, computed from its length and
// its first and last bytes; the weights of that sum are searched for when the index is built
// (at compile time), so that no two names of one index share a slot.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dermaroller/detail/fixed_array.hpp"
#include "dermaroller/detail/word_at_a_time.hpp"

namespace dermaroller::detail {

template <std::size_t N>
class name_index {
  static_assert(N > 0 && N < 64, "a name_index holds 1 to 63 names");

 public:
  constexpr explicit name_index(const fixed_array<std::string_view, N>& names) : names_{names} {
    for (std::size_t first = 1; first < slot_count; ++first) {
      for (std::size_t last = 1; last < slot_count; ++last) {
        first_weight_ = first;
        last_weight_ = last;
        if (fill_slots()) return;
      }
    }
    distinct_ = false;  // reported by the static_assert where the index is declared
  }

  // False when two names are the same, or empty, or no weights separate them.
  [[nodiscard]] constexpr bool distinct() const { return distinct_; }
  [[nodiscard]] static constexpr std::size_t size() { return N; }

  [[nodiscard]] constexpr const fixed_array<std::string_view, N>& names() const { return names_; }

  // The position of `text` among the names, or size().
  [[nodiscard]] constexpr std::size_t find(std::string_view text) const {
    if (text.empty()) return N;
    const std::size_t slot = slots_[slot_of(text)];  // 1 + the index of a name, or 0
    return slot != 0 && same_text(text, names_[slot - 1]) ? slot - 1 : N;
  }

 private:
  static constexpr std::size_t slot_count = 64;

  [[nodiscard]] constexpr std::size_t slot_of(std::string_view text) const {
    const std::size_t first = static_cast<unsigned char>(text.front());
    const std::size_t last = static_cast<unsigned char>(text.back());
    return (text.size() + first * first_weight_ + last * last_weight_) % slot_count;
  }

  constexpr bool fill_slots() {
    slots_ = {};
    for (std::size_t i = 0; i < N; ++i) {
      if (names_[i].empty()) return false;
      std::uint8_t& slot = slots_[slot_of(names_[i])];
      if (slot != 0) return false;
      slot = static_cast<std::uint8_t>(i + 1);
    }
    return true;
  }

  fixed_array<std::string_view, N> names_;
  fixed_array<std::uint8_t, slot_count> slots_{};
  std::size_t first_weight_{1};
  std::size_t last_weight_{1};
  bool distinct_{true};
};

}  // namespace dermaroller::detail

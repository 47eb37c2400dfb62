#pragma once
// A fixed-size array with the part of std::array's interface the core uses: an aggregate,
// usable in constant expressions.
//
// Why not std::array: every std::array<T, N> the compiler meets costs it about four times what
// this one does (std::array declares swap, fill, reverse iterators and their traits), and the
// core names about forty of them. Together with <array> itself that was a quarter of what
// including dermaroller cost (docs/performance.md).
// Anything more than this belongs in std::array.

#include <cstddef>

namespace dermaroller {

template <class T, std::size_t N>
struct fixed_array {
  static_assert(N > 0, "a fixed_array holds at least one element");

  // Public, as in std::array, so that the type stays an aggregate: `fixed_array<int, 2>{{1, 2}}`.
  T elements[N];

  [[nodiscard]] static constexpr std::size_t size() { return N; }

  constexpr T& operator[](std::size_t index) { return elements[index]; }
  constexpr const T& operator[](std::size_t index) const { return elements[index]; }

  constexpr T* data() { return elements; }
  constexpr const T* data() const { return elements; }
  constexpr T* begin() { return elements; }
  constexpr T* end() { return elements + N; }
  constexpr const T* begin() const { return elements; }
  constexpr const T* end() const { return elements + N; }

  friend constexpr bool operator==(const fixed_array& a, const fixed_array& b) {
    for (std::size_t i = 0; i < N; ++i) {
      if (!(a.elements[i] == b.elements[i])) return false;
    }
    return true;
  }
};

// `fixed_array{a, b, c}`: the size from the initializers, as with std::array.
template <class T, class... More>
fixed_array(T, More...) -> fixed_array<T, 1 + sizeof...(More)>;

}  // namespace dermaroller

#pragma once
// A value that may be absent, usable in constant expressions.
//
// Why not std::optional: the core promises to include nothing heavier than <array>,
// <cstdint>, <string_view>, <limits>, <type_traits> and <utility>. The types stored here are
// small and trivially copyable, so the whole of what we need fits in a few lines.

namespace dermaroller {

namespace detail {
// Not constexpr, on purpose: reading an empty maybe in a constant expression reaches this
// call, and the compile error names it. At run time it stops the program (the core includes
// no <cstdlib> for std::abort; both compilers have __builtin_trap).
[[noreturn]] inline void reading_an_empty_maybe() { __builtin_trap(); }
}  // namespace detail

template <class T>
class maybe {
  // The compilers' own test, which std::is_trivially_copyable_v wraps: with libstdc++ the
  // wrapper cost g++ more than all of the rest of maybe<T> for every T (docs/performance.md).
  // GCC, Clang and MSVC all have it.
  static_assert(__is_trivially_copyable(T), "maybe<T> holds small value types only");

 public:
  constexpr maybe() = default;
  // NOLINTNEXTLINE(google-explicit-constructor): `.rest = 42_days` reads best
  constexpr maybe(T value) : value_{value}, present_{true} {}

  [[nodiscard]] constexpr bool has_value() const { return present_; }
  constexpr explicit operator bool() const { return present_; }

  // Only when has_value(): reading an empty maybe does not compile in a constant expression,
  // and stops the program at run time. value_or() is for a value that may be absent.
  [[nodiscard]] constexpr T value() const {
    if (!present_) detail::reading_an_empty_maybe();
    return value_;
  }
  [[nodiscard]] constexpr T value_or(T fallback) const { return present_ ? value_ : fallback; }
  constexpr T operator*() const { return value(); }
  constexpr const T* operator->() const {
    if (!present_) detail::reading_an_empty_maybe();
    return &value_;
  }

  constexpr void reset() { *this = maybe{}; }

  friend constexpr bool operator==(const maybe& a, const maybe& b) {
    return a.present_ == b.present_ && (!a.present_ || a.value_ == b.value_);
  }

 private:
  T value_{};
  bool present_{false};
};

}  // namespace dermaroller

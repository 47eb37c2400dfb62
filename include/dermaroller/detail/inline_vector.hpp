#pragma once
// A sequence with its storage inline and a fixed capacity: no allocation, usable in constant
// expressions. Adding past capacity is refused and reported (push_back returns false), never
// an overflow.

#include <cstddef>
#include <type_traits>

#include "dermaroller/detail/fixed_array.hpp"

namespace dermaroller {

template <class T, std::size_t Capacity>
class inline_vector {
 public:
  using value_type = T;
  using iterator = T*;
  using const_iterator = const T*;

  // The slots past size() are never read: at run time they are left as T's default
  // constructor leaves them, without zeroing them first (a parsed course has room for 64
  // sessions and mostly holds a few). Constant expressions need every slot initialised.
  constexpr inline_vector() {
    if (std::is_constant_evaluated()) items_ = {};
  }

  // `.sessions = {first_visit, second_visit}`: too many items is a compile error, not a
  // truncation. Never a copy: without the is_same test, the compilers would work out, for
  // every copy of a course, whether an inline_vector converts to one of its own items.
  template <class... Items>
  requires(
      sizeof...(Items) <= Capacity && (!std::is_same_v<Items, inline_vector> && ...) &&
      (std::is_convertible_v<Items, T> &&
       ...)) constexpr inline_vector(const Items&... items)  // NOLINT(google-explicit-constructor)
      : items_{T(items)...}, size_{sizeof...(Items)} {}

  static constexpr std::size_t capacity() { return Capacity; }
  [[nodiscard]] constexpr std::size_t size() const { return size_; }
  [[nodiscard]] constexpr bool empty() const { return size_ == 0; }
  [[nodiscard]] constexpr bool full() const { return size_ == Capacity; }

  // Returns false, and changes nothing, when the vector is full: a course has room for
  // session_capacity sessions, and a program that adds what it reads must say what happens
  // past that, which [[nodiscard]] makes it do (docs/runtime.md). Without exceptions, the
  // result is the only way to report it.
  [[nodiscard]] constexpr bool push_back(const T& item) {
    if (size_ == Capacity) return false;
    items_[size_++] = item;
    return true;
  }
  constexpr void clear() { size_ = 0; }

  constexpr T& operator[](std::size_t index) { return items_[index]; }
  constexpr const T& operator[](std::size_t index) const { return items_[index]; }
  constexpr T& back() { return items_[size_ - 1]; }
  constexpr const T& back() const { return items_[size_ - 1]; }

  constexpr iterator begin() { return items_.data(); }
  constexpr iterator end() { return items_.data() + size_; }
  constexpr const_iterator begin() const { return items_.data(); }
  constexpr const_iterator end() const { return items_.data() + size_; }

  friend constexpr bool operator==(const inline_vector& a, const inline_vector& b) {
    if (a.size_ != b.size_) return false;
    for (std::size_t i = 0; i < a.size_; ++i) {
      if (!(a.items_[i] == b.items_[i])) return false;
    }
    return true;
  }

 private:
  fixed_array<T, Capacity> items_;  // cleared in constant expressions only: see the constructor
  std::size_t size_{0};
};

}  // namespace dermaroller

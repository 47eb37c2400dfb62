#pragma once
// One table per enum pairs each value with its name, the word protocol files use; to_string
// and from_string are derived from it, and a program lists the choices with enum_names(E{})
// (docs/runtime.md). `names_complete<E>()` proves, at compile time, that a table lists every
// enumerator in order, so that a new enumerator without a name cannot compile.

#include <cstddef>
#include <string_view>
#include <type_traits>

#include "dermaroller/detail/maybe.hpp"

namespace dermaroller {

// The tables of names, and the rule table, write their texts as "home"sv. A std::string_view
// made from a plain "home" counts its characters while the compiler evaluates the table, one
// call per character, in every file that includes the core: for the rule table alone that was
// a fifth of what including dermaroller cost. With the suffix the compiler knows the length.
using std::string_view_literals::operator""sv;

template <class E>
struct enum_name {
  E value;
  std::string_view name;
};

// An enum is named when `enum_names(E{})`, found by argument-dependent lookup, returns its
// table: an array of enum_name<E> with size() and [] (the core's are fixed_arrays).
template <class E>
concept named_enum = std::is_enum_v<E> && requires {
  enum_names(E{});
};

namespace detail {
// An enum's names, made once: enum_names() makes the table anew at each call, which costs an
// unoptimised build every call and the optimiser a search to fold for each enum.
template <named_enum E>
inline constexpr auto names_of = enum_names(E{});
}  // namespace detail

template <named_enum E>
[[nodiscard]] constexpr std::string_view to_string(E value) {
  for (const auto& entry : enum_names(E{})) {
    if (entry.value == value) return entry.name;
  }
  return {};
}

template <named_enum E>
[[nodiscard]] constexpr maybe<E> from_string(std::string_view name) {
  for (const auto& entry : enum_names(E{})) {
    if (entry.name == name) return entry.value;
  }
  return {};
}

namespace detail {

// The compilers spell a template argument that is not an enumerator as a cast,
// "(ns::color)2", and a real one by its name, "ns::color::red": that is how we can tell
// them apart. (A name may itself contain parentheses, "(anonymous namespace)::color::red",
// or end in a digit, "type_1", so we look for a ')' right before the final digits.)
template <auto Value>
constexpr std::string_view spelled_template_argument() {
  return __PRETTY_FUNCTION__;  // NOLINT(bugprone-lambda-function-name)
}

template <auto Value>
constexpr bool is_enumerator() {
  const std::string_view spelled = spelled_template_argument<Value>();
  const std::size_t start = spelled.find("Value = ") + 8;
  std::size_t end = spelled.find_first_of(";]", start);
  while (end > start && spelled[end - 1] >= '0' && spelled[end - 1] <= '9') --end;
  if (end > start && spelled[end - 1] == '-') --end;
  return !(end > start && spelled[end - 1] == ')');
}

}  // namespace detail

// True when the table lists the enumerators 0, 1, 2, ... in order, with distinct non-empty
// names, and there is no enumerator after the last one listed.
template <named_enum E>
constexpr bool names_complete() {
  constexpr auto table = enum_names(E{});
  for (std::size_t i = 0; i < table.size(); ++i) {
    if (static_cast<std::size_t>(table[i].value) != i || table[i].name.empty()) return false;
    for (std::size_t j = 0; j < i; ++j) {
      if (table[j].name == table[i].name) return false;
    }
  }
  return !detail::is_enumerator<static_cast<E>(table.size())>();
}

}  // namespace dermaroller

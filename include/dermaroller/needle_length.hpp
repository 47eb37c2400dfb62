#pragma once
// The length of a roller's needles, held as a whole number of micrometres. Never floating
// point: 1.5 mm is exactly 1500 um, and two lengths compare exactly.

#include <compare>
#include <cstdint>

// INT32_MAX rather than std::numeric_limits: <limits> alone costs the compiler a tenth of
// what <string_view> does, in every file that includes the core (docs/performance.md).

namespace dermaroller {

class needle_length {
 public:
  constexpr needle_length() = default;

  // Any value: whether a length is one a roller has is needle-length-invalid's question, not
  // the constructor's. From a user's text ("1.5mm"): read_needle_length() (protocol_values.hpp).
  [[nodiscard]] static constexpr needle_length from_micrometres(std::int32_t micrometres) {
    return needle_length{micrometres};
  }
  [[nodiscard]] constexpr std::int32_t micrometres() const { return micrometres_; }

  friend constexpr auto operator<=>(needle_length, needle_length) = default;
  // As for day_count (durations.hpp).
  friend constexpr bool operator<(needle_length a, needle_length b) {
    return a.micrometres_ < b.micrometres_;
  }
  friend constexpr bool operator>(needle_length a, needle_length b) {
    return a.micrometres_ > b.micrometres_;
  }
  friend constexpr bool operator<=(needle_length a, needle_length b) {
    return a.micrometres_ <= b.micrometres_;
  }
  friend constexpr bool operator>=(needle_length a, needle_length b) {
    return a.micrometres_ >= b.micrometres_;
  }

 private:
  constexpr explicit needle_length(std::int32_t micrometres) : micrometres_{micrometres} {}
  std::int32_t micrometres_{0};
};

namespace detail {

// Called only when a literal cannot be represented; being non-constexpr, it turns the
// consteval literal into a compile error whose text names the problem.
void needle_length_literal_is_finer_than_a_micrometre();
void needle_length_literal_is_too_large();
void needle_length_literal_must_be_plain_decimal_digits();

// Reads the characters of a literal such as 1.5 as micrometres, given how many micrometres
// one unit of the literal is worth.
template <char... Chars>
consteval needle_length parse_length_literal(std::int64_t micrometres_per_unit) {
  constexpr char text[] = {Chars...};
  std::int64_t whole = 0;
  std::int64_t fraction = 0;
  std::int64_t fraction_scale = 1;
  bool after_point = false;
  for (char c : text) {
    if (c == '.' && !after_point) {
      after_point = true;
    } else if (c >= '0' && c <= '9') {
      if (after_point) {
        fraction = fraction * 10 + (c - '0');
        fraction_scale *= 10;
        if (fraction_scale > 1'000'000) needle_length_literal_is_finer_than_a_micrometre();
      } else {
        whole = whole * 10 + (c - '0');
        if (whole > INT32_MAX) needle_length_literal_is_too_large();
      }
    } else {
      // exponents, hexadecimal, binary and digit separators
      needle_length_literal_must_be_plain_decimal_digits();
    }
  }
  const std::int64_t scaled_fraction = fraction * micrometres_per_unit;
  if (scaled_fraction % fraction_scale != 0) needle_length_literal_is_finer_than_a_micrometre();
  const std::int64_t total = whole * micrometres_per_unit + scaled_fraction / fraction_scale;
  if (total > INT32_MAX) needle_length_literal_is_too_large();
  return needle_length::from_micrometres(static_cast<std::int32_t>(total));
}

}  // namespace detail

namespace literals {

// 1.5_mm, 0.25_mm, 2_mm. A length finer than a micrometre (0.0005_mm) does not compile.
template <char... Chars>
consteval needle_length operator""_mm() {
  return detail::parse_length_literal<Chars...>(1000);
}

// 250_um. A fraction of a micrometre (0.5_um) does not compile.
template <char... Chars>
consteval needle_length operator""_um() {
  return detail::parse_length_literal<Chars...>(1);
}

}  // namespace literals

}  // namespace dermaroller

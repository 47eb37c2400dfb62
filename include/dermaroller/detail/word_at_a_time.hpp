#pragma once
// Reading text eight bytes at a time: the usual bit tricks that test every byte of a
// std::uint64_t at once, used by the JSON reader to skip indentation and string contents, and
// to compare short names. Plain arithmetic on unsigned words, so that the same code runs in
// constant expressions; at run time the eight bytes are one load.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

namespace dermaroller::detail {

constexpr std::uint64_t every_byte(unsigned char byte) { return 0x0101010101010101ULL * byte; }

// The eight bytes of `text` from `offset` (which has eight after it), the first in the lowest
// bits: one load at run time.
constexpr std::uint64_t eight_bytes_at(std::string_view text, std::size_t offset) {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (!std::is_constant_evaluated()) {  // g++ 12 does not merge the loop's loads into one
    std::uint64_t word = 0;
    __builtin_memcpy(&word, text.data() + offset, sizeof word);
    return word;
  }
#endif
  std::uint64_t word = 0;
  for (std::size_t i = 0; i < 8; ++i) {
    word |= std::uint64_t{static_cast<unsigned char>(text[offset + i])} << (8 * i);
  }
  return word;
}

// The high bit of each byte below `limit` (at most 0x80). Wrong only in bytes above one that
// is right, which is all a search for the first one needs.
constexpr std::uint64_t bytes_below(std::uint64_t word, unsigned char limit) {
  return (word - every_byte(limit)) & ~word & every_byte(0x80);
}
constexpr std::uint64_t bytes_equal(std::uint64_t word, unsigned char byte) {
  return bytes_below(word ^ every_byte(byte), 1);
}

// The index of the first byte of `word` that is not zero (there is one).
constexpr std::size_t first_nonzero_byte(std::uint64_t word) {
#if defined(__GNUC__)
  return static_cast<std::size_t>(__builtin_ctzll(word)) / 8;
#else
  std::size_t index = 0;
  while ((word & 0xFFU) == 0) {
    word >>= 8;
    ++index;
  }
  return index;
#endif
}

// `a == b`, written out for the short names of fields and words, which mostly differ in
// length or in their first or last letter, and are otherwise compared eight bytes at a time:
// cheaper than a call to memcmp. Inline always: it matches every field name the protocol reader
// meets, and g++ 12 kept it out of line, a call per key (1.3% of parse_protocol).
[[gnu::always_inline]] constexpr bool same_text(std::string_view a, std::string_view b) {
  const std::size_t size = a.size();
  if (size != b.size()) return false;
  if (size == 0) return true;
  if (a[0] != b[0] || a[size - 1] != b[size - 1]) return false;
  if (size < 8) {
    for (std::size_t i = 1; i + 1 < size; ++i) {
      if (a[i] != b[i]) return false;
    }
    return true;
  }
  for (std::size_t i = 0; i + 8 < size; i += 8) {
    if (eight_bytes_at(a, i) != eight_bytes_at(b, i)) return false;
  }
  return eight_bytes_at(a, size - 8) == eight_bytes_at(b, size - 8);
}

}  // namespace dermaroller::detail

#pragma once
// Well-formed UTF-8 (RFC 3629), one sequence at a time: the protocol reader checks its text
// with it, and the optional writers (JSON strings, SVG text) use it to replace what is not.

#include <cstddef>
#include <string_view>

namespace dermaroller::detail {

// The length of the UTF-8 sequence starting at text[i] (1 for an ASCII byte), or 0 when the
// bytes there are not well-formed UTF-8: a stray continuation byte, a sequence cut short, an
// overlong form, a surrogate, or a value past U+10FFFF.
[[nodiscard]] constexpr std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  std::size_t length = 0;
  unsigned char lowest = 0x80;
  unsigned char highest = 0xBF;  // the allowed range of the second byte
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) lowest = 0xA0;
    if (lead == 0xED) highest = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) lowest = 0x90;
    if (lead == 0xF4) highest = 0x8F;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  if (byte(i + 1) < lowest || byte(i + 1) > highest) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if ((byte(i + k) & 0xC0U) != 0x80U) return 0;
  }
  return length;
}

}  // namespace dermaroller::detail

#pragma once
// json_string(text): a JSON string literal, quotes included, that any JSON reader accepts,
// whatever bytes the text holds. to_json() (protocol_writer.hpp) writes a course's name with
// it, and dermaroller-check its file names and messages.
//
//   - `"` and `\` are escaped; so are the control characters U+0000-U+001F and U+007F: as
//     \b \f \n \r \t where JSON has a short escape, else as \u00XX (lower-case hexadecimal).
//   - Well-formed UTF-8 is copied as it is.
//   - Each byte that is not part of well-formed UTF-8 (a stray continuation byte, a sequence
//     cut short, an overlong form, a surrogate, a value past U+10FFFF) becomes \ufffd, the
//     replacement character: a file name or a broken protocol quoted in a message may hold
//     any bytes, and the output must still be valid JSON.

#include <cstddef>
#include <string>
#include <string_view>

namespace dermaroller {

namespace detail {

// The length of the UTF-8 sequence starting at text[i], or 0 when the bytes there are not
// well-formed UTF-8 (overlong forms, surrogates and values past U+10FFFF included).
inline std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  std::size_t length = 0;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  if (byte(i + 1) < low || byte(i + 1) > high) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  }
  return length;
}

}  // namespace detail

[[nodiscard]] inline std::string json_string(std::string_view text) {
  std::string quoted = "\"";
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = detail::utf8_sequence_length(text, i);
    if (length == 0) {
      quoted += "\\ufffd";
      ++i;
      continue;
    }
    if (length > 1) {
      quoted.append(text.substr(i, length));
      i += length;
      continue;
    }
    const char c = text[i++];
    switch (c) {
      case '"': quoted += "\\\""; break;
      case '\\': quoted += "\\\\"; break;
      case '\b': quoted += "\\b"; break;
      case '\f': quoted += "\\f"; break;
      case '\n': quoted += "\\n"; break;
      case '\r': quoted += "\\r"; break;
      case '\t': quoted += "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) {
          constexpr std::string_view hex = "0123456789abcdef";
          quoted += "\\u00";
          quoted += hex[static_cast<unsigned char>(c) >> 4U];
          quoted += hex[static_cast<unsigned char>(c) & 0xFU];
        } else {
          quoted += c;
        }
    }
  }
  quoted += '"';
  return quoted;
}

}  // namespace dermaroller

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

#include "dermaroller/detail/utf8.hpp"

namespace dermaroller {

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

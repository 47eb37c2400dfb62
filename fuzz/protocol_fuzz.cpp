// libFuzzer target for the protocol reader: any bytes must give either a course or a
// positioned input error, never a crash, a hang or undefined behaviour. When a course is
// read, it is validated, every finding gets a position, and it must be written and read back
// equal (to_json and parse_protocol agree on every course the reader can produce). A text
// reads alike however it is spelled: a course read with an escape such as \u0041 in it reads
// the same with the character written plainly. A message is never cut at message_text's
// capacity: its reason, at the end, is always there.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <dermaroller/dermaroller.hpp>
#include <dermaroller/extra/protocol_writer.hpp>

namespace {
void require(bool holds) {
  if (!holds) __builtin_trap();
}

// `text` with its first escape of a printable ASCII character (\u0041) replaced by the
// character itself; empty when it has none. Expects a text that reads, so that every
// backslash is in a string.
std::string with_first_escape_written_plainly(std::string_view text) {
  const auto hex = [](char c) -> int {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
  };
  for (std::size_t i = 0; i + 6 <= text.size(); ++i) {
    if (text[i] != '\\') continue;
    if (text.substr(i + 1, 3) == "u00" && hex(text[i + 4]) >= 2 && hex(text[i + 4]) <= 7 &&
        hex(text[i + 5]) >= 0) {
      const char c = static_cast<char>(hex(text[i + 4]) * 16 + hex(text[i + 5]));
      if (c != '"' && c != '\\' && c != 0x7F) {
        return std::string{text.substr(0, i)} + c + std::string{text.substr(i + 6)};
      }
    }
    ++i;  // past the escaped character, so that "\\u0041" is not taken for an escape
  }
  return {};
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace dermaroller;
  const std::string_view text{reinterpret_cast<const char*>(data), size};
  const parse_result result = parse_protocol(text);
  if (!result.ok()) {
    require(result.error().line >= 1 && result.error().column >= 1);
    require(result.error().message.size() > 0);
    require(result.error().message.size() < message_text::capacity);
    return 0;
  }
  const report findings = validate(result.value());
  for (const diagnostic& finding : findings) {
    require(position_of(finding, result.positions()).line >= 1);
    require(message(finding).size() > 0);
  }
  const std::string plain = with_first_escape_written_plainly(text);
  if (!plain.empty()) {
    const parse_result spelled_plainly = parse_protocol(plain);
    require(spelled_plainly.ok() && spelled_plainly.value() == result.value());
  }
  const std::string written = to_json(result.value());
  const parse_result again = parse_protocol(written);
  require(again.ok() && again.value() == result.value());
  return 0;
}

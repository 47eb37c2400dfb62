// libFuzzer target for the protocol reader: any bytes must give either a course or a
// positioned input error, never a crash, a hang or undefined behaviour. When a course is
// read, it is validated, every finding gets a position, and it must be written and read back
// equal (to_json and parse_protocol agree on every course the reader can produce).
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
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace dermaroller;
  const std::string_view text{reinterpret_cast<const char*>(data), size};
  const parse_result result = parse_protocol(text);
  if (!result.ok()) {
    require(result.error().line >= 1 && result.error().column >= 1);
    require(result.error().message.size() > 0);
    return 0;
  }
  const report findings = validate(result.value());
  for (const diagnostic& finding : findings) {
    require(position_of(finding, result.positions()).line >= 1);
    require(message(finding).size() > 0);
  }
  const std::string written = to_json(result.value());
  const parse_result again = parse_protocol(written);
  require(again.ok() && again.value() == result.value());
  return 0;
}

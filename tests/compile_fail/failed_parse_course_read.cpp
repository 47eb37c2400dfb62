// The course of a text that does not parse, read in a constant expression.
#include <dermaroller/protocol.hpp>

int use() {
  constexpr auto read = dermaroller::parse_protocol(R"({ "format": "dermaroller/1" )");
  constexpr auto sessions = read.value().sessions.size();
  return static_cast<int>(sessions);
}

// A user's file: reads a protocol text, checks it against the guidelines and prints what it
// finds. compile_cost.cpp measures what the compiler spends on it, against
// with_nlohmann_json.cpp, which does the same work with nlohmann::json.
#include <cstdio>
#include <dermaroller/dermaroller.hpp>

#include "acne_scars_clinic.hpp"

namespace {

void print(std::string_view text, std::string_view code) {
  std::printf("%.*s [%.*s]\n", static_cast<int>(text.size()), text.data(),
              static_cast<int>(code.size()), code.data());
}

}  // namespace

int main() {
  const dermaroller::parse_result read = dermaroller::parse_protocol(acne_scars_clinic);
  if (!read.ok()) {
    print(read.error().message.view(), dermaroller::input_error_code);
    return 1;
  }
  const dermaroller::report found = dermaroller::validate(read.value());
  for (const dermaroller::diagnostic& d : found) print(message(d).view(), code(d.rule));
  return found.ok() ? 0 : 1;
}

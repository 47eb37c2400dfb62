// Checking one protocol: read once, parsed once, and the course kept for --schedule to plan.
#include "check_file.hpp"

#include <string>

#include "catch.hpp"

using namespace dermaroller;
using namespace dermaroller::check;

namespace {

const std::string home_long_needle = R"({
  "format": "dermaroller/1",
  "name": "Home maintenance with a clinic-length needle",
  "setting": "home",
  "indication": "skin_health",
  "goal": "maintenance",
  "sessions": [
    { "needle": "0.5mm", "passes": 15 },
    { "needle": "1.5mm", "passes": 15 }
  ],
  "aftercare": [
    { "step": "moisturizer" }
  ]
})";

}  // namespace

TEST_CASE("a text that parses is checked, and its course kept for planning") {
  const checked_protocol protocol = check_protocol_text("home.json", home_long_needle);
  CHECK(protocol.result.file == "home.json");
  CHECK(protocol.result.checked);
  REQUIRE(protocol.result.diagnostics.size() == 2);
  CHECK(protocol.result.diagnostics[0].code == "home-needle-too-long");
  CHECK(protocol.result.diagnostics[0].line == 9);
  CHECK(protocol.result.diagnostics[0].column == 7);  // its "needle"
  CHECK(protocol.result.diagnostics[0].session == 1);
  REQUIRE(protocol.parsed.has_value());
  CHECK(protocol.parsed->name.view() == "Home maintenance with a clinic-length needle");
  CHECK(protocol.parsed->sessions.size() == 2);
}

TEST_CASE("a text that does not parse is one input-error at the reader's position, no course") {
  const checked_protocol protocol = check_protocol_text("broken.json", R"({"format" "x"})");
  CHECK(protocol.result.file == "broken.json");
  CHECK_FALSE(protocol.result.checked);
  REQUIRE(protocol.result.diagnostics.size() == 1);
  CHECK(protocol.result.diagnostics[0].code == "input-error");
  CHECK(protocol.result.diagnostics[0].severity == severity::error);
  CHECK(protocol.result.diagnostics[0].line == 1);
  CHECK(protocol.result.diagnostics[0].column == 11);
  CHECK_FALSE(protocol.result.diagnostics[0].session.has_value());
  CHECK_FALSE(protocol.parsed.has_value());
}

TEST_CASE("a file that cannot be read is one input-error without a position, no course") {
  const checked_protocol protocol = check_protocol_file("no/such/protocol.json");
  CHECK(protocol.result.file == "no/such/protocol.json");
  CHECK_FALSE(protocol.result.checked);
  REQUIRE(protocol.result.diagnostics.size() == 1);
  CHECK(protocol.result.diagnostics[0].code == "input-error");
  CHECK(protocol.result.diagnostics[0].message ==
        "cannot open the file: No such file or directory");
  CHECK(protocol.result.diagnostics[0].line == 0);
  CHECK(protocol.result.diagnostics[0].column == 0);
  CHECK_FALSE(protocol.parsed.has_value());
}

// json_string(): the one JSON string escaper, which to_json() and dermaroller-check share.
#include <dermaroller/extra/json_text.hpp>

#include <dermaroller/protocol.hpp>

#include <string>
#include <string_view>

#include "catch.hpp"

using namespace dermaroller;
using namespace std::string_literals;

namespace {

// The name of a protocol whose "name" is the literal given, as parse_protocol() reads it back;
// "(does not parse)" when it is not valid JSON.
std::string name_read_back(const std::string& literal) {
  const std::string text = R"({"format": "dermaroller/1", "name": )" + literal +
                           R"(, "setting": "home", "indication": "skin_health",
                              "goal": "maintenance",
                              "sessions": [{ "needle": "0.25mm", "passes": 15 }]})";
  const parse_result read = parse_protocol(text);
  if (!read.ok()) return "(does not parse)";
  return std::string{read.value().name.view()};
}

}  // namespace

TEST_CASE("json_string quotes plain text as it is") {
  CHECK(json_string("") == R"("")");
  CHECK(json_string("acne scars, 1.5 mm") == R"("acne scars, 1.5 mm")");
  CHECK(json_string("a/b") == R"("a/b")");  // JSON allows \/ but does not need it
}

TEST_CASE("json_string escapes the quote and the backslash") {
  CHECK(json_string(R"(say "1.5mm")") == R"("say \"1.5mm\"")");
  CHECK(json_string(R"(C:\protocols)") == R"("C:\\protocols")");
}

TEST_CASE("json_string writes control characters as JSON's short escapes where it has one") {
  CHECK(json_string("\b\f\n\r\t") == R"("\b\f\n\r\t")");
}

TEST_CASE("json_string writes every other control character as \\u00XX") {
  CHECK(json_string("\0"s) == R"("\u0000")");
  CHECK(json_string("\x01") == R"("\u0001")");
  CHECK(json_string("\x0b") == R"("\u000b")");
  CHECK(json_string("\x1f") == R"("\u001f")");
  CHECK(json_string("\x7f") == R"("\u007f")");
  CHECK(json_string(" ~") == R"(" ~")");  // the printable ASCII around them stays
}

TEST_CASE("json_string copies well-formed UTF-8 as it is") {
  CHECK(json_string("caf\xC3\xA9") == "\"caf\xC3\xA9\"");            // two bytes
  CHECK(json_string("\xE2\x82\xAC") == "\"\xE2\x82\xAC\"");          // three: the euro sign
  CHECK(json_string("\xF0\x9F\x92\x89") == "\"\xF0\x9F\x92\x89\"");  // four: an emoji
  CHECK(json_string("\xEF\xBF\xBD") == "\"\xEF\xBF\xBD\"");          // U+FFFD itself
  CHECK(json_string("\xF4\x8F\xBF\xBF") == "\"\xF4\x8F\xBF\xBF\"");  // U+10FFFF, the last
  CHECK(json_string("\xED\x9F\xBF") == "\"\xED\x9F\xBF\"");          // U+D7FF, before surrogates
}

TEST_CASE("json_string replaces each byte that is not well-formed UTF-8 with \\ufffd") {
  CHECK(json_string("bad\xFFname") == R"("bad\ufffdname")");        // never in UTF-8
  CHECK(json_string("\x80") == R"("\ufffd")");                      // a stray continuation
  CHECK(json_string("\xC3") == R"("\ufffd")");                      // cut short at the end
  CHECK(json_string("\xC3x") == R"("\ufffdx")");                    // cut short before ASCII
  CHECK(json_string("\xE2\x82") == R"("\ufffd\ufffd")");            // three bytes cut to two
  CHECK(json_string("\xC0\xAF") == R"("\ufffd\ufffd")");            // an overlong '/'
  CHECK(json_string("\xE0\x80\xAF") == R"("\ufffd\ufffd\ufffd")");  // overlong, three bytes
  CHECK(json_string("\xED\xA0\x80") == R"("\ufffd\ufffd\ufffd")");  // a surrogate
  CHECK(json_string("\xF4\x90\x80\x80") == R"("\ufffd\ufffd\ufffd\ufffd")");  // past U+10FFFF
  CHECK(json_string("\xF5\x80") == R"("\ufffd\ufffd")");  // a lead past U+10FFFF
}

TEST_CASE("what json_string writes, the protocol reader reads back") {
  for (const std::string& text : {"plain"s, R"(quotes " and \ backslashes)"s, "\b\f\n\r\t"s,
                                  "\x01\x1f\x7f"s, "caf\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x92\x89"s}) {
    INFO(text);
    CHECK(name_read_back(json_string(text)) == text);
  }
  // Bytes that are not UTF-8 come back as U+FFFD, one for each.
  CHECK(name_read_back(json_string("bad\xFF\xC0name")) == "bad\xEF\xBF\xBD\xEF\xBF\xBDname");
}

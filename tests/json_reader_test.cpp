#include <dermaroller/detail/json_reader.hpp>

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "catch.hpp"

using namespace dermaroller;
using kind = json_token_kind;

namespace {

// Every token of `text`, up to the end of the input or the first error.
std::vector<json_token> tokens_of(std::string_view text, std::size_t max_depth = 64) {
  json_reader reader{text, max_depth};
  std::vector<json_token> tokens;
  while (true) {
    tokens.push_back(reader.next());
    const kind last = tokens.back().kind;
    if (last == kind::end_of_input || last == kind::error) return tokens;
  }
}

struct problem {
  std::uint32_t line;
  std::uint32_t column;
  std::string message;
};

problem problem_in(std::string_view text, std::size_t max_depth = 64) {
  json_reader reader{text, max_depth};
  for (json_token token = reader.next(); token.kind != kind::end_of_input; token = reader.next()) {
    if (token.kind == kind::error) {
      return {reader.error().line, reader.error().column,
              std::string{reader.error().message.view()}};
    }
  }
  FAIL("the text was read without error");
  return {};
}

#define CHECK_PROBLEM(text, expected_line, expected_column, expected_message) \
  do {                                                                        \
    const problem found = problem_in(text);                                   \
    CHECK(found.message == (expected_message));                               \
    CHECK(found.line == (expected_line));                                     \
    CHECK(found.column == (expected_column));                                 \
  } while (false)

std::string decoded(std::string_view json_string) {
  const auto tokens = tokens_of(json_string);
  REQUIRE(tokens.front().kind == kind::string);
  std::string out;
  for_each_decoded_byte(tokens.front().text, [&](char c) {
    out += c;
    return true;
  });
  return out;
}

constexpr std::size_t count_tokens(std::string_view text) {
  json_reader reader{text};
  std::size_t count = 0;
  for (json_token token = reader.next(); token.kind != kind::end_of_input; token = reader.next()) {
    if (token.kind == kind::error) return 0;
    ++count;
  }
  return count;
}

}  // namespace

TEST_CASE("a document is read as tokens with their lines and columns") {
  const auto tokens = tokens_of("{\n  \"a\": [1, true],\n  \"b\": null\n}");
  const std::vector<kind> kinds{
      kind::begin_object, kind::key, kind::begin_array, kind::number,     kind::true_value,
      kind::end_array,    kind::key, kind::null_value,  kind::end_object, kind::end_of_input};
  REQUIRE(tokens.size() == kinds.size());
  for (std::size_t i = 0; i < kinds.size(); ++i) CHECK(tokens[i].kind == kinds[i]);
  CHECK(tokens[1].position == source_position{2, 3});
  CHECK(std::string{tokens[1].text} == "a");
  CHECK(tokens[3].position == source_position{2, 9});
  CHECK(std::string{tokens[3].text} == "1");
  CHECK(tokens[7].position == source_position{3, 8});
  CHECK(tokens[8].position == source_position{4, 1});
}

TEST_CASE("the reader works in constant expressions") {
  static_assert(count_tokens(R"({"a": [1, 2.5e3, "x\u00e9"], "b": {}})") == 11);
  static_assert(count_tokens("[1,]") == 0);
  STATIC_REQUIRE(integer_value("-42").value_or(0) == -42);
}

TEST_CASE("columns count code points, so that a column matches what an editor shows") {
  // "é" is two bytes, "€" three, "😀" four: each one column.
  CHECK_PROBLEM("[\"\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\", x]", 1, 9,
                "expected a value, found 'x'");
}

TEST_CASE("string escapes are decoded, surrogate pairs included") {
  CHECK(decoded(R"("a\"b\\c\/d\b\f\n\r\t")") == "a\"b\\c/d\b\f\n\r\t");
  CHECK(decoded(R"("caf\u00e9 \u20AC")") == "caf\xC3\xA9 \xE2\x82\xAC");
  CHECK(decoded(R"("\ud83d\ude00")") == "\xF0\x9F\x98\x80");
  CHECK(decoded(R"("\u0000")") == std::string(1, '\0'));
}

TEST_CASE("a bad escape is an error at its backslash") {
  CHECK_PROBLEM(
      R"(["ab\x"])", 1, 5,
      "unknown escape in a string; JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX");
  CHECK_PROBLEM(R"(["\u12G4"])", 1, 3, "\\u must be followed by four hexadecimal digits");
  CHECK_PROBLEM(R"(["x\udc00"])", 1, 4, "a lone low surrogate \\uDC00-\\uDFFF is not a character");
  CHECK_PROBLEM(R"(["\ud83d x"])", 1, 3,
                "a high surrogate \\uD800-\\uDBFF must be followed by a low surrogate "
                "\\uDC00-\\uDFFF");
  CHECK_PROBLEM("[\"\\", 1, 3, "the text ends inside an escape");
}

TEST_CASE("invalid UTF-8 in a string is an error at its first byte") {
  const std::string expected = "invalid UTF-8 in a string: the text must be UTF-8";
  CHECK_PROBLEM("[\"ab\xC0\x80\"]", 1, 5, expected);          // overlong '\0'
  CHECK_PROBLEM("[\"ab\xE0\x80\x80\"]", 1, 5, expected);      // overlong, three bytes
  CHECK_PROBLEM("[\"ab\xED\xA0\x80\"]", 1, 5, expected);      // a surrogate
  CHECK_PROBLEM("[\"ab\xF4\x90\x80\x80\"]", 1, 5, expected);  // past U+10FFFF
  CHECK_PROBLEM("[\"ab\xF5\x80\x80\x80\"]", 1, 5, expected);  // no such lead byte
  CHECK_PROBLEM("[\"ab\x80\"]", 1, 5, expected);              // a lone continuation byte
  CHECK_PROBLEM("[\"ab\xE2\x82\"]", 1, 5, expected);          // cut short
  CHECK_PROBLEM("[\"ab\xE2\x82", 1, 5, expected);             // cut short by the end
}

TEST_CASE("bytes outside strings that are not JSON are errors that show the byte") {
  CHECK_PROBLEM("[\xC3\xA9]", 1, 2, "expected a value, found byte 0xC3");
  CHECK_PROBLEM("[\x01]", 1, 2, "expected a value, found byte 0x01");
}

TEST_CASE("a byte-order mark is an error that says how to save the file") {
  CHECK_PROBLEM("\xEF\xBB\xBF{}", 1, 1,
                "the text starts with a byte-order mark (bytes EF BB BF), which JSON does not "
                "allow; save the file as UTF-8 without one");
}

TEST_CASE("control characters inside a string are errors") {
  CHECK_PROBLEM(
      "[\"a\tb\"]", 1, 4,
      "a control character inside a string; write it as an escape such as \\t or \\u0001");
  CHECK_PROBLEM("[\"a\nb\"]", 1, 4, "a string cannot span lines; write \\n for a line break");
  CHECK_PROBLEM("[\n  \"abc", 2, 3, "this string has no closing '\"' before the end of the text");
}

TEST_CASE("numbers follow JSON's grammar") {
  for (const char* good : {"0", "-0", "12", "1.5", "-1.25e10", "1E-3", "2e+2"}) {
    INFO(good);
    const auto tokens = tokens_of(good);
    CHECK(tokens.front().kind == kind::number);
    CHECK(tokens.back().kind == kind::end_of_input);
  }
  CHECK_PROBLEM("[01]", 1, 2, "a number cannot start with 0 followed by more digits");
  CHECK_PROBLEM("[1.]", 1, 2, "a number needs a digit after its decimal point");
  CHECK_PROBLEM("[-]", 1, 2, "a number needs a digit after '-'");
  CHECK_PROBLEM("[1e]", 1, 2, "a number needs a digit in its exponent");
  CHECK_PROBLEM("[.5]", 1, 2, "expected a value, found '.'");
  CHECK_PROBLEM("[+1]", 1, 2, "expected a value, found '+'");
  CHECK_PROBLEM("[12abc]", 1, 4, "expected the number to end, found 'a'");
}

TEST_CASE("a number is a whole number only when written as one and within range") {
  CHECK(integer_value("15") == maybe<std::int64_t>{15});
  CHECK(integer_value("-3") == maybe<std::int64_t>{-3});
  CHECK(integer_value("1000000000000000") == maybe<std::int64_t>{1'000'000'000'000'000});
  CHECK_FALSE(integer_value("1000000000000001").has_value());
  CHECK_FALSE(integer_value("99999999999999999999999999").has_value());
  CHECK_FALSE(integer_value("1.0").has_value());
  CHECK_FALSE(integer_value("1e3").has_value());
  CHECK_FALSE(integer_value("9223372036854775808").has_value());
  CHECK(integer_value("-0") == maybe<std::int64_t>{0});
}

TEST_CASE("a number is whole or not however it is written, and too large when past the range") {
  STATIC_REQUIRE(read_whole_number("1e3").whole);
  STATIC_REQUIRE(read_whole_number("1e3").value == 1000);
  STATIC_REQUIRE(read_whole_number("1.0").value == 1);
  STATIC_REQUIRE(!read_whole_number("1.0").digits_only);
  STATIC_REQUIRE(read_whole_number("2147483647").value == 2'147'483'647);
  STATIC_REQUIRE(read_whole_number("9223372036854775807").whole);
  STATIC_REQUIRE(!read_whole_number("9223372036854775807").within_range);
  STATIC_REQUIRE(read_whole_number("9223372036854775808").whole);
  STATIC_REQUIRE(!read_whole_number("9223372036854775808").within_range);
  STATIC_REQUIRE(read_whole_number("-0").within_range);
  STATIC_REQUIRE(read_whole_number("-0").value == 0);
  STATIC_REQUIRE(!read_whole_number("15.5").whole);
  CHECK(read_whole_number("-1000000000000000").value == -1'000'000'000'000'000);
  CHECK_FALSE(read_whole_number("-1000000000000001").within_range);
  CHECK(read_whole_number("-1000000000000001").whole);
  CHECK_FALSE(read_whole_number("0.5").whole);
  CHECK(read_whole_number("0e-99999999999999999999").whole);
}

TEST_CASE("true, false and null are the only bare words") {
  CHECK(tokens_of("[true, false, null]").size() == 6);
  const std::string expected =
      "expected a value (a string in double quotes, a number, true, false, null, an object or "
      "an array), found a bare word";
  CHECK_PROBLEM("[tru]", 1, 2, expected);
  CHECK_PROBLEM("[nullx]", 1, 2, expected);
  CHECK_PROBLEM("[True]", 1, 2, "expected a value, found 'T'");
}

TEST_CASE("structure errors say what was expected") {
  CHECK_PROBLEM("", 1, 1, "the text is empty: expected a JSON value");
  CHECK_PROBLEM("[1,]", 1, 4, "expected a value after ','; JSON allows no comma before ']'");
  CHECK_PROBLEM("{\"a\":1,}", 1, 8,
                "expected a field name after ','; JSON allows no comma before '}'");
  CHECK_PROBLEM("{a:1}", 1, 2, "expected a field name in double quotes, found 'a'");
  CHECK_PROBLEM("{\"a\" 1}", 1, 6, "expected ':' after the field name");
  CHECK_PROBLEM("[1 2]", 1, 4, "expected ',' or ']' after an array element, found '2'");
  CHECK_PROBLEM("[1}", 1, 3, "expected ',' or ']' after an array element, found '}'");
  CHECK_PROBLEM("[1", 1, 3,
                "expected ',' or ']' after an array element, found the end of the text");
  CHECK_PROBLEM("{\"a\": ", 1, 7, "the text ends where a value was expected");
  CHECK_PROBLEM("{} {}", 1, 4, "expected the end of the text after the JSON value, found '{'");
  CHECK_PROBLEM("{\"a\": 1\n \"b\": 2}", 1, 8,
                "expected ',' or '}' after a field's value, found '\"' on line 2; is a ',' "
                "missing here?");
}

TEST_CASE("after an error the reader keeps returning it") {
  json_reader reader{"[1,,2]"};
  while (reader.next().kind != kind::error) {
  }
  CHECK(reader.next().kind == kind::error);
  CHECK(reader.next().position == source_position{1, 4});
}

TEST_CASE("nesting 100,000 deep is an error at the first level too deep, not a crash") {
  const std::string deep = std::string(100'000, '[') + std::string(100'000, ']');
  CHECK_PROBLEM(deep, 1, 65,
                "nesting deeper than 64 levels of objects and arrays; this document needs far "
                "fewer");
  const problem shallow_limit = problem_in("[[[[1]]]]", 3);
  CHECK(shallow_limit.column == 4);
  CHECK(tokens_of("[[[1]]]", 3).back().kind == kind::end_of_input);
}

TEST_CASE("a 1 MB string is read in linear time") {
  const std::string text = "[\"" + std::string(1 << 20, 'x') + "\", 1]";
  const auto start = std::chrono::steady_clock::now();
  const auto tokens = tokens_of(text);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  REQUIRE(tokens.size() == 5);
  CHECK(tokens[1].text.size() == std::size_t{1} << 20);
  CHECK(tokens[2].position == source_position{1, (1U << 20) + 6});
  CHECK(seconds < 1.0);
}

// Strings and indentation are scanned eight bytes at a time: each case below puts the byte
// that matters at every position of a word, and near the end of the text, where the reader
// goes on one byte at a time.
TEST_CASE("a string's special bytes are found wherever they fall in an eight-byte word") {
  for (std::size_t before = 0; before < 24; ++before) {
    CAPTURE(before);
    const std::string plain(before, 'a');
    const auto column_after = static_cast<std::uint32_t>(before + 3);  // '[', '"' and `plain`

    const std::string closed_text = "[\"" + plain + "\", 1]";  // the tokens point into it
    const auto closed = tokens_of(closed_text);
    REQUIRE(closed.size() == 5);
    CHECK(closed[1].text == plain);
    CHECK(closed[2].position == source_position{1, column_after + 3});

    const std::string escaped_text = "[\"" + plain + "\\nb\"]";
    const auto escaped = tokens_of(escaped_text);
    REQUIRE(escaped.size() == 4);
    CHECK(escaped[1].has_escapes);
    CHECK(decoded("\"" + plain + "\\nb\"") == plain + "\nb");
    CHECK_PROBLEM("[\"" + plain + "\\x\"]", 1, column_after,
                  "unknown escape in a string; JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t and "
                  "\\uXXXX");

    CHECK_PROBLEM("[\"" + plain + "\xC3\xA9\", x]", 1, column_after + 4,
                  "expected a value, found 'x'");

    CHECK_PROBLEM("[\"" + plain + "\x01\"]", 1, column_after,
                  "a control character inside a string; write it as an escape such as \\t or "
                  "\\u0001");
    CHECK_PROBLEM("[\"" + plain + "\xFF\"]", 1, column_after,
                  "invalid UTF-8 in a string: the text must be UTF-8");
    CHECK_PROBLEM("[\"" + plain, 1, 2,
                  "this string has no closing '\"' before the end of the text");
  }
}

TEST_CASE("runs of whitespace of any length are skipped, and their lines counted") {
  for (std::size_t spaces = 0; spaces < 20; ++spaces) {
    CAPTURE(spaces);
    const std::string run(spaces, ' ');
    std::string text = "[";
    for (const std::string_view part : {"1,", "\n", "\t\r\n\n", "2]", ""})
      text.append(run).append(part);
    const auto tokens = tokens_of(text);
    REQUIRE(tokens.size() == 5);
    CHECK(tokens[1].position == source_position{1, static_cast<std::uint32_t>(spaces + 2)});
    CHECK(tokens[2].position == source_position{4, static_cast<std::uint32_t>(spaces + 1)});
    CHECK(tokens[4].kind == kind::end_of_input);
    // A byte that is not whitespace ends the run, wherever it falls.
    CHECK_PROBLEM("[" + run + "\x01]", 1, static_cast<std::uint32_t>(spaces + 2),
                  "expected a value, found byte 0x01");
    CHECK_PROBLEM("[" + run + "!]", 1, static_cast<std::uint32_t>(spaces + 2),
                  "expected a value, found '!'");
  }
}

TEST_CASE("the eight-byte scanning gives the same tokens in constant expressions") {
  static_assert(count_tokens("[\"0123456789abcdef\",         \"x\\u00e9y\",\n\t \"\xC3\xA9\"]") ==
                5);
  static_assert(count_tokens("[\"0123456789\x01\"]") == 0);
}

// The reader's verdicts and messages at the edges of what it reads: a text reads alike however
// it is spelled (with JSON escapes or without), a message quotes at most 40 bytes of the file
// and keeps its reason, whole numbers too large are called so, and every spelling a message
// suggests reads. Each claim is checked by the compiler and again when the test runs.
#include <dermaroller/dermaroller.hpp>

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "catch.hpp"

using namespace dermaroller;

namespace {

// A protocol text composed in a constant expression.
struct protocol_text {
  std::array<char, 2048> chars{};
  std::size_t size{0};

  constexpr protocol_text& operator<<(std::string_view text) {
    for (const char c : text) {
      if (size != chars.size()) chars[size++] = c;
    }
    return *this;
  }
  [[nodiscard]] constexpr std::string_view view() const { return {chars.data(), size}; }
};

// A home protocol whose second session has the fields `session` and whose one aftercare step
// has the fields `aftercare`; `course_field`, when given, is the course's first field.
constexpr protocol_text protocol_with(std::string_view session,
                                      std::string_view aftercare = R"("step": "moisturizer")",
                                      std::string_view course_field = "") {
  protocol_text text;
  text << "{\n";
  if (!course_field.empty()) text << "  " << course_field << ",\n";
  if (!course_field.starts_with("\"format\""))
    text << R"(  "format": "dermaroller/1",
)";
  text << R"(  "setting": "home",
  "indication": "skin_health",
  "goal": "maintenance",
  "sessions": [
    { "needle": "0.25mm", "passes": 15 },
    { )"
       << session << R"( }
  ],
  "aftercare": [ { )"
       << aftercare << R"( } ]
})";
  return text;
}

constexpr bool reads(const protocol_text& text) { return parse_protocol(text.view()).ok(); }

constexpr bool refused_with(const protocol_text& text, std::string_view message) {
  const parse_result result = parse_protocol(text.view());
  return !result.ok() && result.error().message.view() == message;
}

constexpr bool refused_at(const protocol_text& text, std::uint32_t line, std::uint32_t column,
                          std::string_view message) {
  const parse_result result = parse_protocol(text.view());
  return !result.ok() && result.error().message.view() == message && result.error().line == line &&
         result.error().column == column;
}

// `"needle": "<value>", "passes": 15` and the like.
constexpr protocol_text session_with(std::string_view field, std::string_view value,
                                     bool quoted = true) {
  protocol_text fields;
  fields << "\"" << field << "\": " << (quoted ? "\"" : "") << value << (quoted ? "\"" : "");
  if (field != "needle") fields << R"(, "needle": "0.25mm")";
  if (field != "passes") fields << R"(, "passes": 15)";
  return protocol_with(fields.view());
}

constexpr protocol_text aftercare_for(std::string_view value, bool quoted = true) {
  protocol_text fields;
  fields << R"("step": "moisturizer", "for": )" << (quoted ? "\"" : "") << value
         << (quoted ? "\"" : "");
  return protocol_with(R"("needle": "0.25mm", "passes": 15)", fields.view());
}

#define ZEROS_10 "0000000000"
#define ZEROS_58 ZEROS_10 ZEROS_10 ZEROS_10 ZEROS_10 ZEROS_10 "00000000"
#define DIGITS_100                                                                                 \
  "1234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234" \
  "567890"
#define DIGITS_300 DIGITS_100 DIGITS_100 DIGITS_100

// --- 1. a text reads alike however it is spelled ---------------------------------------------

TEST_CASE("a value with escapes past the 64th decoded byte is not cut short and accepted") {
  // 64 bytes, then '!': refused, written plainly or as \u0021.
  CHECK_AT_COMPILE_AND_RUN_TIME(!reads(session_with("needle", ZEROS_58 "0.25mm!")));
  CHECK_AT_COMPILE_AND_RUN_TIME(!reads(session_with("needle", ZEROS_58 "0.25mm\\u0021")));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      refused_at(session_with("needle", ZEROS_58 "0.25mm\\u0021"), 8, 17,
                 "needle \"" ZEROS_10 ZEROS_10 ZEROS_10 ZEROS_10
                 "...\" is longer than 64 bytes, more than a protocol needs; write it as in "
                 "\"needle\": \"1.5mm\""));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      refused_with(session_with("needle", ZEROS_58 "0.25mm!"),
                   "needle \"" ZEROS_10 ZEROS_10 ZEROS_10 ZEROS_10
                   "...\" is longer than 64 bytes, more than a protocol needs; write it as in "
                   "\"needle\": \"1.5mm\""));
  // Exactly 64 bytes read, with escapes or without.
  CHECK_AT_COMPILE_AND_RUN_TIME(reads(session_with("needle", ZEROS_58 "0.25mm")));
  CHECK_AT_COMPILE_AND_RUN_TIME(reads(session_with("needle", "\\u0030" ZEROS_58 ".25mm")));
  CHECK_AT_COMPILE_AND_RUN_TIME(!reads(session_with("needle", "\\u0030" ZEROS_58 "0.25mm")));
  CHECK_AT_COMPILE_AND_RUN_TIME(!reads(session_with("needle", "0" ZEROS_58 "0.25mm")));
}

TEST_CASE("durations and dates read alike with escapes and without, past 64 bytes too") {
  CHECK_AT_COMPILE_AND_RUN_TIME(reads(session_with("rest", ZEROS_58 "00042d")));
  CHECK_AT_COMPILE_AND_RUN_TIME(reads(session_with("rest", ZEROS_58 "0004\\u0032d")));
  CHECK_AT_COMPILE_AND_RUN_TIME(!reads(session_with("rest", ZEROS_58 "00042d!")));
  CHECK_AT_COMPILE_AND_RUN_TIME(!reads(session_with("rest", ZEROS_58 "00042d\\u0021")));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      refused_with(session_with("rest", ZEROS_58 "00042d\\u0021"),
                   "rest \"" ZEROS_10 ZEROS_10 ZEROS_10 ZEROS_10
                   "...\" is longer than 64 bytes, more than a protocol needs; write it as in "
                   "\"rest\": \"6w\""));
  CHECK_AT_COMPILE_AND_RUN_TIME(reads(aftercare_for("\\u0032" ZEROS_58 "0000h")) ==
                                reads(aftercare_for("2" ZEROS_58 "0000h")));
  CHECK_AT_COMPILE_AND_RUN_TIME(!reads(aftercare_for(ZEROS_58 "00024h\\u0021")));
  CHECK_AT_COMPILE_AND_RUN_TIME(reads(aftercare_for(ZEROS_58 "00024\\u0068")));
  CHECK_AT_COMPILE_AND_RUN_TIME(reads(session_with("date", "2027-03-0\\u0031")));
  CHECK_AT_COMPILE_AND_RUN_TIME(!reads(session_with("date", "2027-03-01" ZEROS_58 "\\u0021")));
  CHECK_AT_COMPILE_AND_RUN_TIME(!reads(session_with("date", "2027-03-01" ZEROS_58 "!")));
}

TEST_CASE("words, field names, the format and the name read alike with escapes and without") {
  CHECK_AT_COMPILE_AND_RUN_TIME(reads(session_with("flushing", "\\u0065ven")));
  CHECK_AT_COMPILE_AND_RUN_TIME(refused_with(session_with("flushing", "even" ZEROS_58 "\\u0021"),
                                             "unknown flushing \"even" ZEROS_10 ZEROS_10 ZEROS_10
                                             "000000...\"; expected one of: even, uneven"));
  CHECK_AT_COMPILE_AND_RUN_TIME(refused_with(session_with("flushing", "even" ZEROS_58 "!"),
                                             "unknown flushing \"even" ZEROS_10 ZEROS_10 ZEROS_10
                                             "000000...\"; expected one of: even, uneven"));
  CHECK_AT_COMPILE_AND_RUN_TIME(reads(protocol_with(R"("ne\u0065dle": "0.25mm", "passes": 15)")));
  CHECK_AT_COMPILE_AND_RUN_TIME(refused_with(
      protocol_with(R"("needle": "0.25mm", "passes": 15, "needle)" ZEROS_58 R"(\u0021": 1)"),
      "unknown field \"needle" ZEROS_10 ZEROS_10 ZEROS_10
      "0000...\" in session 2; the fields are: needle, passes, anesthetic, rest, "
      "date, modality, flushing"));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      reads(protocol_with(R"("needle": "0.25mm", "passes": 15)", R"("step": "moisturizer")",
                          R"("format": "dermaroller\u002F1")")));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      !reads(protocol_with(R"("needle": "0.25mm", "passes": 15)", R"("step": "moisturizer")",
                           R"("format": "dermaroller/1)" ZEROS_58 R"(\u0021")")));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      reads(protocol_with(R"("needle": "0.25mm", "passes": 15)", R"("step": "moisturizer")",
                          R"("name": ")" ZEROS_58 ZEROS_58 R"(\u0021")")));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      !reads(protocol_with(R"("needle": "0.25mm", "passes": 15)", R"("step": "moisturizer")",
                           R"("name": ")" ZEROS_58 ZEROS_58 R"(0000\u0021")")));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      !reads(protocol_with(R"("needle": "0.25mm", "passes": 15)", R"("step": "moisturizer")",
                           R"("name": ")" ZEROS_58 ZEROS_58 R"(00000")")));
}

// --- 2. a message quotes at most 40 bytes of the file ----------------------------------------

TEST_CASE("a long number or text is quoted to 40 bytes and the message keeps its reason") {
  CHECK_AT_COMPILE_AND_RUN_TIME(refused_with(
      session_with("passes", DIGITS_300, false),
      "passes 1234567890123456789012345678901234567890... is too large; a session has a whole "
      "number of passes from 1 to 1000"));
  CHECK_AT_COMPILE_AND_RUN_TIME(refused_with(
      session_with("needle", DIGITS_300, false),
      "needle 1234567890123456789012345678901234567890... has no unit; write a length as a "
      "string with its unit, such as \"1.5mm\" or \"250um\""));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      refused_with(session_with("rest", DIGITS_300, false),
                   "rest 1234567890123456789012345678901234567890... has no unit; a rest is "
                   "measured in days or weeks, such as \"42d\" or \"6w\""));
  CHECK_AT_COMPILE_AND_RUN_TIME(
      refused_with(aftercare_for(DIGITS_300, false),
                   "for 1234567890123456789012345678901234567890... has no unit; an aftercare "
                   "step lasts hours or days, such as \"24h\" or \"2d\""));
  CHECK_AT_COMPILE_AND_RUN_TIME(refused_with(
      session_with("needle", DIGITS_300 "mm"),
      "needle \"1234567890123456789012345678901234567890...\" is longer than 64 bytes, more "
      "than a protocol needs; write it as in \"needle\": \"1.5mm\""));
  CHECK_AT_COMPILE_AND_RUN_TIME(refused_with(
      session_with("modality", DIGITS_300),
      "unknown modality \"1234567890123456789012345678901234567890...\"; expected one of: "
      "mechanical, heat, chemical"));
}

TEST_CASE("quoted text is cut at a character boundary, with its control characters replaced") {
  // 39 ASCII bytes and a two-byte character: the character is left out whole.
  constexpr auto quoted = [](std::string_view text) {
    message_text message;
    detail::append_quoted(message, text);
    return message;
  };
  CHECK_AT_COMPILE_AND_RUN_TIME(quoted("123456789012345678901234567890123456789\xC3\xA9x").view() ==
                                "\"123456789012345678901234567890123456789...\"");
  CHECK_AT_COMPILE_AND_RUN_TIME(quoted("12345678901234567890123456789012345678\xC3\xA9x").view() ==
                                "\"12345678901234567890123456789012345678\xC3\xA9...\"");
  CHECK_AT_COMPILE_AND_RUN_TIME(quoted("a\tb").view() == "\"a?b\"");
  CHECK_AT_COMPILE_AND_RUN_TIME(quoted("1234567890123456789012345678901234567890").view() ==
                                "\"1234567890123456789012345678901234567890\"");
}

// --- 3. whole numbers too large -------------------------------------------------------------

TEST_CASE("passes: a whole number too large is called so, at every boundary") {
  static constexpr std::string_view range =
      "; a session has a whole number of passes from 1 to 1000";
  struct expectation {
    std::string_view number;
    std::string_view verdict;  // "" when it reads
  };
  static constexpr std::array<expectation, 19> cases{{
      {"1", ""},
      {"1000", ""},
      {"1001", " is too large"},
      {"2147483647", " is too large"},
      {"2147483648", " is too large"},
      {"9223372036854775807", " is too large"},
      {"9223372036854775808", " is too large"},
      {"18446744073709551616", " is too large"},
      {"1e400", " is too large"},
      {"2e3", " is too large"},
      {"0", " is out of range"},
      {"-0", " is out of range"},
      {"-3", " is out of range"},
      {"-9223372036854775809", " is out of range"},
      {"15.5", " is not a whole number"},
      {"1e-3", " is not a whole number"},
      {"1e-400", " is not a whole number"},
      {"1e3",
       " is a whole number written with a fraction or an exponent; write it in digits only, as "
       "1000"},
      {"1.0",
       " is a whole number written with a fraction or an exponent; write it in digits only, as "
       "1"},
  }};
  constexpr auto all_as_expected = [] {
    for (const auto& each : cases) {
      const parse_result result = parse_protocol(session_with("passes", each.number, false).view());
      if (each.verdict.empty()) {
        if (!result.ok()) return false;
        continue;
      }
      protocol_text expected;
      expected << "passes " << each.number << each.verdict;
      if (!each.verdict.starts_with(" is a whole")) expected << range;
      if (result.ok() || result.error().message.view() != expected.view()) return false;
    }
    return true;
  };
  CHECK_AT_COMPILE_AND_RUN_TIME(all_as_expected());
  for (const auto& each : cases) {
    INFO(each.number);
    const parse_result result = parse_protocol(session_with("passes", each.number, false).view());
    CHECK(result.ok() == each.verdict.empty());
  }
}

TEST_CASE("a JSON number is whole however it is written") {
  CHECK_AT_COMPILE_AND_RUN_TIME(read_whole_number("1.50e1").value == 15);
  CHECK_AT_COMPILE_AND_RUN_TIME(read_whole_number("1.50e1").whole);
  CHECK_AT_COMPILE_AND_RUN_TIME(!read_whole_number("1.50e1").digits_only);
  CHECK_AT_COMPILE_AND_RUN_TIME(read_whole_number("0.0e-7").whole);
  CHECK_AT_COMPILE_AND_RUN_TIME(read_whole_number("-120e-1").value == -12);
  CHECK_AT_COMPILE_AND_RUN_TIME(!read_whole_number("-125e-1").whole);
  CHECK_AT_COMPILE_AND_RUN_TIME(read_whole_number("1e15").within_range);
  CHECK_AT_COMPILE_AND_RUN_TIME(!read_whole_number("1e16").within_range);
  CHECK_AT_COMPILE_AND_RUN_TIME(read_whole_number("1e1000000000000").whole);
  CHECK_AT_COMPILE_AND_RUN_TIME(!read_whole_number("1e-1000000000000").whole);
}

// --- 4. every suggested spelling reads ------------------------------------------------------

// The quoted spellings a message suggests: each "..." after "write", "such as" or "as in",
// except a field's name ("needle": ...) and a unit named alone.
struct suggestions {
  std::array<std::string_view, 4> texts{};
  std::size_t count{0};
};
constexpr suggestions suggested_in(std::string_view message) {
  suggestions found;
  std::size_t from = std::string_view::npos;
  for (const std::string_view marker : {"write ", "such as ", "as in "}) {
    const std::size_t at = message.find(marker);
    if (at < from) from = at;
  }
  while (from < message.size()) {
    const std::size_t open = message.find('"', from);
    if (open == std::string_view::npos) break;
    const std::size_t close = message.find('"', open + 1);
    if (close == std::string_view::npos) break;
    const bool field_name = close + 1 < message.size() && message[close + 1] == ':';
    if (!field_name && found.count != found.texts.size())
      found.texts[found.count++] = message.substr(open + 1, close - open - 1);
    from = close + 1;
  }
  return found;
}

// The message for `value` in `field`, and whether every spelling it suggests reads (and there
// is one).
constexpr bool every_suggestion_reads(std::string_view field, std::string_view value, bool quoted) {
  const bool aftercare = field == "for";
  const parse_result refused = parse_protocol(
      (aftercare ? aftercare_for(value, quoted) : session_with(field, value, quoted)).view());
  if (refused.ok()) return false;
  const suggestions found = suggested_in(refused.error().message.view());
  if (found.count == 0) return false;
  for (std::size_t i = 0; i < found.count; ++i) {
    if (!reads(aftercare ? aftercare_for(found.texts[i]) : session_with(field, found.texts[i])))
      return false;
  }
  return true;
}

// The whole number a passes message suggests ("... as 1000") reads.
constexpr bool suggested_passes_read(std::string_view value) {
  const parse_result refused = parse_protocol(session_with("passes", value, false).view());
  if (refused.ok()) return false;
  const std::string_view message = refused.error().message.view();
  const std::size_t at = message.rfind(" as ");
  return at != std::string_view::npos &&
         reads(session_with("passes", message.substr(at + 4), false));
}

TEST_CASE("every spelling a message suggests for a bare number reads") {
  CHECK_AT_COMPILE_AND_RUN_TIME(every_suggestion_reads("needle", "1.5", false));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_suggestion_reads("needle", "-0.0", false));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_suggestion_reads("needle", "-0", false));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_suggestion_reads("needle", "-1.5", false));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_suggestion_reads("needle", "0", false));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_suggestion_reads("needle", "1.0", false));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_suggestion_reads("needle", "1e3", false));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_suggestion_reads("needle", "1E-1", false));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_suggestion_reads("needle", "0.0005", false));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_suggestion_reads("needle", "100", false));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_suggestion_reads("needle", "101", false));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_suggestion_reads("needle", DIGITS_300, false));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_suggestion_reads("rest", "42", false));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_suggestion_reads("rest", "600", false));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_suggestion_reads("rest", "1.0", false));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_suggestion_reads("rest", "-0", false));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_suggestion_reads("rest", "4000", false));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_suggestion_reads("for", "1", false));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_suggestion_reads("for", "1.0", false));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_suggestion_reads("for", "400", false));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_suggestion_reads("for", "1e2", false));
  CHECK_AT_COMPILE_AND_RUN_TIME(suggested_passes_read("1e3"));
  CHECK_AT_COMPILE_AND_RUN_TIME(suggested_passes_read("15.0"));
  CHECK_AT_COMPILE_AND_RUN_TIME(suggested_passes_read("1.5e1"));
}

TEST_CASE("every spelling a message suggests for a wrong text reads") {
  for (const std::string_view needle : {"1.5", "1.5cm", "1.5 mm", "mm", "-1mm", "0.0005mm", "1.mm",
                                        ".5mm", "1,5mm", DIGITS_300 "mm"}) {
    INFO(needle);
    CHECK(every_suggestion_reads("needle", needle, true));
  }
  for (const std::string_view rest : {"24h", "-1d", "1.5w", "d", "42", "6 w", "6y"}) {
    INFO(rest);
    CHECK(every_suggestion_reads("rest", rest, true));
  }
  for (const std::string_view hours : {"1w", "-1h", "1.5h", "h", "24", "1y"}) {
    INFO(hours);
    CHECK(every_suggestion_reads("for", hours, true));
  }
  for (const std::string_view date : {"1 March 2027", "2027-3-1", "27-03-01"}) {
    INFO(date);
    CHECK(every_suggestion_reads("date", date, true));
  }
  CHECK_AT_COMPILE_AND_RUN_TIME(every_suggestion_reads("needle", "1.5cm", true));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_suggestion_reads("rest", "24h", true));
  CHECK_AT_COMPILE_AND_RUN_TIME(every_suggestion_reads("date", "1 March 2027", true));
}

}  // namespace

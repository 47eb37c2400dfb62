// The run-time API of docs/runtime.md: values from user text, a course filled with push_back,
// enum names both ways, the session prefix, and printing with extra/ostream.hpp.
#include <cstdint>
#include <dermaroller/dermaroller.hpp>
#include <dermaroller/extra/ostream.hpp>
#include <sstream>
#include <string>
#include <string_view>

#include "catch.hpp"

using namespace dermaroller;
using namespace dermaroller::literals;
using std::string_view_literals::operator""sv;

namespace {

template <class T>
std::string printed(const T& value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

// A scar course whose second session comes 20 days after the first: rest-too-short.
constexpr course rushed_course() {
  course c{setting::clinical, indication::scars, treatment_goal::scar_reduction};
  session visit{1.5_mm, pass_count{15}};
  visit.anesthetic = true;
  c.sessions = {visit, visit};
  c.sessions[1].rest = 20_days;
  return c;
}

}  // namespace

TEST_CASE("a needle length read from a user's text is the literal's value") {
  CHECK_AT_COMPILE_AND_RUN_TIME(read_needle_length("1.5mm").value == 1.5_mm);
  CHECK_AT_COMPILE_AND_RUN_TIME(read_needle_length("250um").value == 250_um);
  CHECK_AT_COMPILE_AND_RUN_TIME(read_needle_length("1.5mm").ok());
  CHECK_AT_COMPILE_AND_RUN_TIME(read_needle_length("1.5mm").problem.size() == 0);
}

TEST_CASE("a needle length that cannot be read gives no value and says why") {
  CHECK_AT_COMPILE_AND_RUN_TIME(!read_needle_length("1.5cm"));
  CHECK_AT_COMPILE_AND_RUN_TIME(!read_needle_length("-1mm").value);
  CHECK(read_needle_length("1.5").problem.view() ==
        "needle \"1.5\" has no unit; write mm or um after the number, as in \"1.5mm\"");
  CHECK(read_needle_length("0.0001mm").problem.view() ==
        "needle \"0.0001mm\" is finer than a micrometre; lengths are whole micrometres, such as "
        "\"0.25mm\" or \"250um\"");
  // Past the format's limit, and past what an int32 holds: refused, never wrapped around.
  CHECK(read_needle_length("100.001mm").problem.view() ==
        "needle \"100.001mm\" is past the longest length a protocol can state (100mm)");
  CHECK(read_needle_length("99999999999999999999mm").problem.view() ==
        "needle \"99999999999999999999mm\" is past the longest length a protocol can state "
        "(100mm)");
  CHECK(read_needle_length("2mm", "the roller").problem.view().empty());
  CHECK(read_needle_length("2", "the roller").problem.view() ==
        "the roller \"2\" has no unit; write mm or um after the number, as in \"1.5mm\"");
}

TEST_CASE("a rest and an aftercare duration read from text are typed counts") {
  CHECK_AT_COMPILE_AND_RUN_TIME(read_rest("6w").value == 42_days);
  CHECK_AT_COMPILE_AND_RUN_TIME(read_rest("42d").value == 6_weeks);
  CHECK_AT_COMPILE_AND_RUN_TIME(read_aftercare_duration("24h").value == 24_hours);
  CHECK_AT_COMPILE_AND_RUN_TIME(read_aftercare_duration("2d").value == 48_hours);
  CHECK(read_rest("24h").problem.view() ==
        "rest \"24h\" is in hours; a rest is measured in days or weeks, such as \"42d\" or "
        "\"6w\"");
  CHECK(read_rest("1.5w").problem.view() ==
        "rest \"1.5w\" is not a whole number; a rest is measured in days or weeks, such as "
        "\"42d\" or \"6w\"");
  CHECK(read_rest("99999999999d").problem.view() ==
        "rest \"99999999999d\" is longer than a protocol can state (3650 days)");
  CHECK(read_aftercare_duration("6w").problem.view() ==
        "for \"6w\" is in weeks; an aftercare step lasts hours or days, such as \"24h\" or "
        "\"2d\"");
  CHECK(!read_aftercare_duration("").value);
}

TEST_CASE("push_back adds a session until the course is full, then says so") {
  course c;
  std::size_t added = 0;
  while (c.sessions.push_back(session{1_mm, pass_count{15}})) ++added;
  CHECK(added == session_capacity);
  CHECK(c.sessions.full());
  CHECK_FALSE(c.sessions.push_back(session{2_mm, pass_count{15}}));
  CHECK(c.sessions.size() == session_capacity);
  CHECK(c.sessions.back().needle == 1_mm);  // the refused session changed nothing
  static_assert([] {
    inline_vector<int, 1> one;
    return one.push_back(1) && !one.push_back(2) && one.size() == 1 && one[0] == 1;
  }());
}

TEST_CASE("enum names go to text and back") {
  CHECK_AT_COMPILE_AND_RUN_TIME(to_string(indication::stretch_marks) == "stretch_marks"sv);
  CHECK_AT_COMPILE_AND_RUN_TIME(from_string<setting>("home") == setting::home);
  CHECK_AT_COMPILE_AND_RUN_TIME(!from_string<setting>("Home"));
  CHECK_AT_COMPILE_AND_RUN_TIME(!from_string<severity>(""));
  CHECK_AT_COMPILE_AND_RUN_TIME(enum_names(body_area{})[0].name == "face"sv);
}

TEST_CASE("a finding about one session is prefixed with its number, counted from 1") {
  constexpr report found = validate(rushed_course());
  static_assert(found.has(rule::rest_too_short));
  const diagnostic* rest = nullptr;
  for (const diagnostic& d : found) {
    if (d.rule == rule::rest_too_short) rest = &d;
  }
  REQUIRE(rest != nullptr);
  CHECK(rest->session() == std::size_t{1});
  CHECK(rest->session_number() == std::size_t{2});
  CHECK(message_with_session(*rest).view() ==
        "session 2: 20 days of rest since the previous session is less than the 42 days "
        "required");
  CHECK_AT_COMPILE_AND_RUN_TIME(session_prefix(63).view() == "session 64: "sv);
}

TEST_CASE("a finding about the whole course has no prefix") {
  constexpr diagnostic whole_course{
      rule::no_sessions,    severity::error, diagnostic::no_session, false, 0, 0,
      diagnostic::no_waiver};
  CHECK_AT_COMPILE_AND_RUN_TIME(!whole_course.session_number());
  CHECK_AT_COMPILE_AND_RUN_TIME(message_with_session(whole_course).view() ==
                                message(whole_course).view());
}

TEST_CASE("the longest message still fits with the longest session prefix") {
  // message_text cuts what does not fit: every rule's message, with a prefix for session 64
  // and each number as long as it gets, must fit whole. An enum's number stays a real one.
  const auto longest = [](measure what) {
    switch (what) {
      case measure::goal:
      case measure::indication:
      case measure::area:
      case measure::method:
      case measure::rule: return std::int32_t{0};
      default: return std::int32_t{-999'999'999};
    }
  };
  for (const rule_definition& row : rule_definitions) {
    for (const bool second : {false, true}) {
      const diagnostic d{row.rule,
                         row.severity,
                         static_cast<std::uint8_t>(session_capacity - 1),
                         second,
                         longest(row.found_measures),
                         longest(row.limit_measures),
                         diagnostic::no_waiver};
      INFO(row.code());
      CHECK(message_with_session(d).size() < message_text::capacity);
    }
  }
}

TEST_CASE("values print with their units") {
  CHECK(printed(1.5_mm) == "1.5 mm");
  CHECK(printed(250_um) == "0.25 mm");
  CHECK(printed(42_days) == "42 days");
  CHECK(printed(1_days) == "1 day");
  CHECK(printed(24_hours) == "24 hours");
  CHECK(printed(pass_count{1}) == "1 pass");
  CHECK(printed(pass_count{15}) == "15 passes");
  CHECK(printed(6_months) == "6 months");
  CHECK(printed(18_years) == "18 years");
  CHECK(printed(calendar_date{2027, 3, 1}) == "2027-03-01");
  CHECK(printed(calendar_date{987, 12, 31}) == "0987-12-31");
}

TEST_CASE("enums, rules, positions and findings print as the checker writes them") {
  CHECK(printed(indication::stretch_marks) == "stretch_marks");
  CHECK(printed(severity::warning) == "warning");
  CHECK(printed(rule::rest_too_short) == "rest-too-short");
  CHECK(printed(source_position{8, 26}) == "8:26");
  const report found = validate(rushed_course());
  for (const diagnostic& d : found) {
    CHECK(printed(d) == std::string{message_with_session(d).view()});
  }
}

TEST_CASE("located() prints FILE:LINE:COL: severity: message [code]") {
  constexpr std::string_view text = R"({
  "format": "dermaroller/1",
  "setting": "clinical", "indication": "scars", "goal": "scar_reduction",
  "sessions": [
    { "needle": "1.5mm", "passes": 15, "anesthetic": true },
    { "needle": "1.5mm", "passes": 15, "anesthetic": true, "rest": "20d" }
  ],
  "waivers": [ { "rule": "rest-too-short", "session": 2, "reason": "patient\nleaves", "by": "Dr. A" } ]
})";
  const parse_result parsed = parse_protocol(text);
  REQUIRE(parsed.ok());
  std::string lines;
  for (const diagnostic& d : validate(parsed.value())) {
    if (d.rule == rule::rest_too_short) lines += printed(located("scars.json", d, parsed));
  }
  CHECK(lines ==
        "scars.json:6:60: error: session 2: 20 days of rest since the previous session is less "
        "than the 42 days required [rest-too-short] (waived by Dr. A: patient?leaves)");
}

TEST_CASE("located() prints a text that does not parse as an input error") {
  const parse_result parsed = parse_protocol("{\n  \"setting\": \"clinical\",\n  \"needle\": 1\n}");
  REQUIRE_FALSE(parsed.ok());
  CHECK(printed(located("bad.json", parsed.error())) ==
        "bad.json:" + std::to_string(parsed.error().line) + ":" +
            std::to_string(parsed.error().column) +
            ": error: " + std::string{parsed.error().message.view()} + " [input-error]");
  CHECK(parsed.error().line == 3);
}

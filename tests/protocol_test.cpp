#include <dermaroller/dermaroller.hpp>

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

#include "catch.hpp"
#include "compile_cost/acne_scars_clinic.hpp"
#include "reading_problems.hpp"

using namespace dermaroller;
using namespace dermaroller::literals;
using namespace dermaroller::testing;

namespace {

// The example of docs/protocol-format.md (examples/protocols/acne-scars-clinic.json), exactly as
// it is written there, as the compile-cost test embeds it.
constexpr std::string_view acne_scar_protocol = acne_scars_clinic;

// The smallest protocol: the required fields only. Tests add one line to it at `<>`.
constexpr std::string_view minimal_home_protocol = R"({
  "format": "dermaroller/1",
  "setting": "home",
  "indication": "skin_health",
  "goal": "maintenance",
  "sessions": [
    { "needle": "0.25mm", "passes": 15 }
  ]
})";

// A home protocol with one session whose fields are `session`.
std::string with_session(std::string_view session) {
  return std::string{R"({
  "format": "dermaroller/1",
  "setting": "home",
  "indication": "skin_health",
  "goal": "maintenance",
  "sessions": [
    { )"} +
         std::string{session} + R"( }
  ]
})";
}

// A home protocol with `field` as its first line after '{'.
std::string with_field(std::string_view field) {
  std::string text{minimal_home_protocol};
  text.insert(2, std::string{"  "} + std::string{field} + ",\n");
  return text;
}

#define CHECK_PROBLEM(text, expected_line, expected_column, expected_message) \
  do {                                                                        \
    const problem found = problem_in(text);                                   \
    CHECK(found.message == (expected_message));                               \
    CHECK(found.line == (expected_line));                                     \
    CHECK(found.column == (expected_column));                                 \
  } while (false)

}  // namespace

TEST_CASE("the acne scar protocol of the product specification reads into its course") {
  const parse_result result = parse_protocol(acne_scar_protocol);
  REQUIRE(result.ok());
  const course& c = result.value();
  CHECK(std::string{c.name.view()} == "Acne scar course");
  CHECK(c.setting == setting::clinical);
  CHECK(c.indication == indication::scars);
  CHECK(c.goal == treatment_goal::scar_reduction);
  CHECK(c.area == body_area::face);
  CHECK(c.doctor_approval);
  CHECK_FALSE(c.sun_exposure);
  CHECK(c.skin_type == maybe<skin_type>{skin_type::type_4});
  REQUIRE(c.sessions.size() == 3);
  CHECK(c.sessions[0].needle == 1.5_mm);
  CHECK(c.sessions[0].passes == pass_count{15});
  CHECK(c.sessions[0].anesthetic);
  CHECK_FALSE(c.sessions[0].rest.has_value());
  CHECK(c.sessions[1].rest == maybe<day_count>{6_weeks});
  CHECK(c.sessions[2].date == maybe<calendar_date>{calendar_date{2027, 3, 1}});
  CHECK(c.sessions[2].rest == maybe<day_count>{6_weeks});
  CHECK(c.sessions[2].flushing == maybe<flushing>{flushing::even});
  CHECK(c.sessions[2].modality == modality::mechanical);
  REQUIRE(c.aftercare.size() == 5);
  CHECK(c.aftercare[0] == aftercare_step{aftercare_kind::clean_environment, 1_hours});
  CHECK(c.aftercare[1] == aftercare_step{aftercare_kind::anti_inflammatory_cream, 24_hours});
  CHECK(c.aftercare[4] == aftercare_step{aftercare_kind::moisturizer});
  CHECK_FALSE(c.patient.has_value());
  // Its one finding is the note that it screens no patient.
  REQUIRE(validate(c).size() == 1);
  CHECK(validate(c)[0].rule == rule::patient_not_screened);
}

TEST_CASE("a protocol is read the same way in a constant expression and at run time") {
  static_assert(parse_protocol(acne_scar_protocol).ok());
  static_assert(parse_protocol(acne_scar_protocol).value().sessions.size() == 3);
  constexpr course at_compile_time = parse_protocol(acne_scar_protocol).value();
  const std::string copy{acne_scar_protocol};
  const course at_run_time = parse_protocol(copy).value();
  CHECK(at_compile_time == at_run_time);
}

TEST_CASE("a protocol's report is the same in a static_assert and at run time") {
  constexpr std::string_view home_too_long = R"({
    "format": "dermaroller/1", "setting": "home", "indication": "wrinkles",
    "goal": "collagen_induction",
    "sessions": [ { "needle": "1.5mm", "passes": 12 }, { "needle": "1mm", "passes": 25 } ]
  })";
  constexpr report at_compile_time = validate(parse_protocol(home_too_long).value());
  static_assert(!at_compile_time.ok());
  static_assert(at_compile_time.has(rule::home_needle_too_long));
  const std::string copy{home_too_long};
  const report at_run_time = validate(parse_protocol(copy).value());
  REQUIRE(at_run_time.size() == at_compile_time.size());
  for (std::size_t i = 0; i < at_run_time.size(); ++i) CHECK(at_run_time[i] == at_compile_time[i]);
}

TEST_CASE("fields left out take the defaults of the format") {
  const parse_result result = parse_protocol(minimal_home_protocol);
  REQUIRE(result.ok());
  const course& c = result.value();
  CHECK(c.name.empty());
  CHECK(c.area == body_area::face);
  CHECK_FALSE(c.doctor_approval);
  CHECK_FALSE(c.sun_exposure);
  CHECK_FALSE(c.skin_type.has_value());
  CHECK_FALSE(c.sessions[0].anesthetic);
  CHECK(c.sessions[0].modality == modality::mechanical);
  CHECK_FALSE(c.sessions[0].flushing.has_value());
  CHECK(c.aftercare.empty());
}

TEST_CASE("needle lengths are read in millimetres or micrometres") {
  const auto needle_of = [](std::string_view written) {
    const parse_result result = parse_protocol(
        with_session(std::string{R"("passes": 15, "needle": ")"} + std::string{written} + "\""));
    REQUIRE(result.ok());
    return result.value().sessions[0].needle;
  };
  CHECK(needle_of("1.5mm") == 1.5_mm);
  CHECK(needle_of("250um") == 250_um);
  CHECK(needle_of("0.25mm") == 250_um);
  CHECK(needle_of("2mm") == 2_mm);
  CHECK(needle_of("0.001mm") == 1_um);
  CHECK(needle_of("1.5000000mm") == 1.5_mm);
}

TEST_CASE("durations are read in weeks or days for rest, hours or days for aftercare") {
  const auto protocol = [](std::string_view rest, std::string_view lasts) {
    return std::string{R"({"format": "dermaroller/1", "setting": "clinical", "indication": "scars",
      "goal": "scar_reduction",
      "sessions": [{ "needle": "1.5mm", "passes": 15 }, { "needle": "1.5mm", "passes": 15, "rest": ")"} +
           std::string{rest} + R"(" }],
      "aftercare": [{ "step": "anti_inflammatory_cream", "for": ")" +
           std::string{lasts} + R"(" }]})";
  };
  const parse_result weeks = parse_protocol(protocol("6w", "24h"));
  REQUIRE(weeks.ok());
  CHECK(weeks.value().sessions[1].rest == maybe<day_count>{42_days});
  CHECK(weeks.value().aftercare[0].duration == maybe<hour_count>{24_hours});
  const parse_result days = parse_protocol(protocol("45d", "2d"));
  REQUIRE(days.ok());
  CHECK(days.value().sessions[1].rest == maybe<day_count>{45_days});
  CHECK(days.value().aftercare[0].duration == maybe<hour_count>{48_hours});
}

TEST_CASE("the positions of the course, its sessions and its fields are recorded") {
  const parse_result result = parse_protocol(acne_scar_protocol);
  REQUIRE(result.ok());
  const protocol_positions& where = result.positions();
  CHECK(where.course == source_position{1, 1});
  CHECK(where.setting == source_position{4, 3});
  CHECK(where.skin_type == source_position{10, 3});
  CHECK(where.sessions_field == source_position{11, 3});
  CHECK(where.sessions[0] == source_position{12, 5});
  CHECK(where.sessions[2] == source_position{14, 5});
  CHECK(where.sessions[3] == source_position{});
  CHECK(where.aftercare_field == source_position{16, 3});
  CHECK(where.aftercare[4] == source_position{21, 5});
}

TEST_CASE("findings point at the field or the step concerned, in the text as in checked()") {
  constexpr std::string_view text = R"({
  "format": "dermaroller/1",
  "setting": "clinical",
  "indication": "wrinkles",
  "goal": "collagen_induction",
  "sessions": [
    { "needle": "1mm", "passes": 15, "anesthetic": true },
    { "needle": "1mm", "passes": 12, "anesthetic": false, "rest": "5w", "modality": "heat" }
  ],
  "aftercare": [
    { "step": "moisturizer" },
    { "step": "clean_environment", "for": "1h" },
    { "step": "anti_inflammatory_cream", "for": "12h" }
  ]
})";
  constexpr parse_result read = parse_protocol(text);
  static_assert(read.ok());
  const auto where = [&](rule which) {
    for (const diagnostic& d : validate(read.value())) {
      if (d.rule == which) return position_of(d, read.positions());
    }
    return source_position{};
  };
  CHECK(where(rule::passes_too_few) == source_position{8, 24});             // "passes"
  CHECK(where(rule::anesthetic_missing) == source_position{8, 38});         // "anesthetic"
  CHECK(where(rule::rest_too_short) == source_position{8, 59});             // "rest"
  CHECK(where(rule::not_mechanical) == source_position{8, 73});             // "modality"
  CHECK(where(rule::anti_inflammatory_missing) == source_position{13, 5});  // its step
  CHECK(where(rule::mineral_peptide_missing) == source_position{10, 3});    // "aftercare"
}

TEST_CASE("a finding about a session points at its field, others at their field") {
  constexpr std::string_view text = R"({
  "format": "dermaroller/1",
  "setting": "home",
  "indication": "scars",
  "goal": "maintenance",
  "sessions": [
    { "needle": "0.25mm", "passes": 15 },
    { "needle": "1.5mm", "passes": 15 }
  ]
})";
  constexpr parse_result result = parse_protocol(text);
  static_assert(result.ok());
  const report found = validate(result.value());
  bool saw_needle = false;
  bool saw_indication = false;
  for (const diagnostic& d : found) {
    if (d.rule == rule::home_needle_too_long) {
      saw_needle = true;
      CHECK(position_of(d, result.positions()) == source_position{8, 7});  // its "needle"
    }
    if (d.rule == rule::home_indication_not_supported) {
      saw_indication = true;
      CHECK(position_of(d, result.positions()) == source_position{4, 3});
    }
    if (d.rule == rule::skin_care_products_missing) {
      // no aftercare field: the course itself
      CHECK(position_of(d, result.positions()) == source_position{1, 1});
    }
  }
  CHECK(saw_needle);
  CHECK(saw_indication);
}

// --- input errors: each with its sentence, line and column ----------------------------------

TEST_CASE("empty input is an input error at line 1, column 1") {
  CHECK_PROBLEM("", 1, 1, "the text is empty: expected a JSON value");
  CHECK_PROBLEM("  \n  ", 2, 3, "the text is empty: expected a JSON value");
}

TEST_CASE("a protocol that is not an object is an input error") {
  CHECK_PROBLEM("\n  [1, 2]", 2, 3,
                "a protocol is one JSON object, beginning with '{'; found an array");
}

TEST_CASE("a syntax error is reported where it is") {
  CHECK_PROBLEM("{\n  \"format\" \"dermaroller/1\"\n}", 2, 12, "expected ':' after the field name");
  CHECK_PROBLEM("{\n  \"format\": \"dermaroller/1\",\n}", 3, 1,
                "expected a field name after ','; JSON allows no comma before '}'");
  CHECK_PROBLEM("{\n  \"format\": \"dermaroller/1\"", 2, 28,
                "expected ',' or '}' after a field's value, found the end of the text");
  CHECK_PROBLEM("{\n  \"format\": 'dermaroller/1'\n}", 2, 13, "expected a value, found '''");
}

TEST_CASE("content after the protocol's object is an input error") {
  CHECK_PROBLEM(std::string{minimal_home_protocol} + "\n{}", 10, 1,
                "expected the end of the text after the JSON value, found '{'");
}

TEST_CASE("an unknown field is an input error that names the field meant, or lists them all") {
  CHECK_PROBLEM(with_field(R"("colour": "red")"), 2, 3,
                "unknown field \"colour\" in the course; the fields are: format, name, setting, "
                "indication, goal, area, doctor_approval, sun_exposure, skin_type, sessions, "
                "aftercare, patient, practitioner, waivers, $schema");
  CHECK_PROBLEM(with_session(R"("needle": "0.25mm", "passes": 15, "pases": 15)"), 7, 41,
                "unknown field \"pases\" in session 1; did you mean \"passes\"?");
  CHECK_PROBLEM(
      with_field(R"("doctor_aproval": true)"), 2, 3,
      "unknown field \"doctor_aproval\" in the course; did you mean \"doctor_approval\"?");
}

TEST_CASE("a duplicate field is an input error that says where the first one was") {
  CHECK_PROBLEM(with_field(R"("setting": "clinical")"), 4, 3,
                "duplicate field \"setting\" in the course: it was already given at line 2, "
                "column 3");
}

TEST_CASE("a value of the wrong type is an input error") {
  CHECK_PROBLEM(with_field(R"("doctor_approval": "yes")"), 2, 22,
                "\"doctor_approval\" must be true or false, as in \"doctor_approval\": true; "
                "found a string");
  CHECK_PROBLEM(with_session(R"("needle": "0.25mm", "passes": "15")"), 7, 37,
                "\"passes\" must be a whole number, as in \"passes\": 15; found a string");
  CHECK_PROBLEM(with_field(R"("sessions": {})"), 2, 15,
                "\"sessions\" must be a list in square brackets, as in \"sessions\": [{ "
                "\"needle\": \"1.5mm\", \"passes\": 15 }]; found an object");
}

TEST_CASE("an unknown word is an input error that lists the accepted words") {
  CHECK_PROBLEM(with_field(R"("area": "foot")"), 2, 11,
                "unknown area \"foot\"; expected one of: face, around_eyes, neck, chest, abdomen, "
                "back, arms, legs, hands, scalp");
  CHECK_PROBLEM(with_session(R"("needle": "0.25mm", "passes": 15, "modality": "laser")"), 7, 53,
                "unknown modality \"laser\"; expected one of: mechanical, heat, chemical");
}

TEST_CASE("a bare number where a unit is required is an input error that suggests units") {
  CHECK_PROBLEM(with_session(R"("needle": 1.5, "passes": 15)"), 7, 17,
                "needle 1.5 has no unit; write \"1.5mm\" or \"1500um\"");
  CHECK_PROBLEM(with_session(R"("needle": "1.5", "passes": 15)"), 7, 17,
                "needle \"1.5\" has no unit; write mm or um after the number, as in \"1.5mm\"");
}

TEST_CASE("a needle length that is not a whole number of micrometres is an input error") {
  CHECK_PROBLEM(with_session(R"("needle": "0.0005mm", "passes": 15)"), 7, 17,
                "needle \"0.0005mm\" is finer than a micrometre; lengths are whole micrometres, "
                "such as \"0.25mm\" or \"250um\"");
  CHECK_PROBLEM(with_session(R"("needle": "-1mm", "passes": 15)"), 7, 17,
                "needle \"-1mm\" is negative; a needle length is a size, such as \"1.5mm\"");
  CHECK_PROBLEM(with_session(R"("needle": "mm", "passes": 15)"), 7, 17,
                "needle \"mm\" has no number; write a length such as \"1.5mm\" or \"250um\"");
  CHECK_PROBLEM(with_session(R"("needle": "1.5cm", "passes": 15)"), 7, 17,
                "needle \"1.5cm\" has the unit \"cm\", which is not one of: mm, um (write "
                "\"1.5mm\" or \"250um\")");
}

TEST_CASE("a rest in hours is an input error that names the units rest is measured in") {
  const std::string text = R"({
  "format": "dermaroller/1", "setting": "clinical", "indication": "scars", "goal": "scar_reduction",
  "sessions": [
    { "needle": "1.5mm", "passes": 15 },
    { "needle": "1.5mm", "passes": 15, "rest": "24h" }
  ]
})";
  CHECK_PROBLEM(text, 5, 48,
                "rest \"24h\" is in hours; a rest is measured in days or weeks, such as \"42d\" or "
                "\"6w\"");
}

TEST_CASE("numbers out of range are input errors") {
  CHECK_PROBLEM(with_session(R"("needle": "0.25mm", "passes": -3)"), 7, 37,
                "passes -3 is out of range; a session has a whole number of passes from 1 to 1000");
  CHECK_PROBLEM(with_session(R"("needle": "0.25mm", "passes": 99999999999999999999)"), 7, 37,
                "passes 99999999999999999999 is too large; a session has a whole number of passes "
                "from 1 to 1000");
  CHECK_PROBLEM(with_session(R"("needle": "0.25mm", "passes": 15.5)"), 7, 37,
                "passes 15.5 is not a whole number; a session has a whole number of passes from 1 "
                "to 1000");
}

TEST_CASE("a date that does not exist is an input error") {
  CHECK_PROBLEM(with_session(R"("needle": "0.25mm", "passes": 15, "date": "2027-02-30")"), 7, 49,
                "date \"2027-02-30\" does not exist: month 2 of 2027 has 28 days");
  CHECK_PROBLEM(
      with_session(R"("needle": "0.25mm", "passes": 15, "date": "2027-13-01")"), 7, 49,
      "date \"2027-13-01\" does not exist: there is no month 13; months run from 01 to 12");
  CHECK_PROBLEM(
      with_session(R"("needle": "0.25mm", "passes": 15, "date": "1 March 2027")"), 7, 49,
      "date \"1 March 2027\" is not a date; write it as YYYY-MM-DD, such as \"2027-03-01\"");
}

TEST_CASE("a rest that disagrees with the dates of two sessions is an input error") {
  const std::string text = R"({
  "format": "dermaroller/1", "setting": "clinical", "indication": "scars", "goal": "scar_reduction",
  "sessions": [
    { "needle": "1.5mm", "passes": 15, "date": "2027-01-04" },
    { "needle": "1.5mm", "passes": 15, "date": "2027-02-15", "rest": "5w" }
  ]
})";
  CHECK_PROBLEM(text, 5, 62,
                "session 2 has a rest of 35 days, but its date is 42 days after session 1's; make "
                "them agree, or leave out \"rest\"");
}

TEST_CASE("a rest that disagrees with a date worked out through other rests is an input error") {
  // Session 2 is 6 weeks after 2027-01-01 (2027-02-12); session 3's date is 1 day later, so
  // its rest of 6 weeks cannot hold.
  const std::string text = R"({
  "format": "dermaroller/1", "setting": "clinical", "indication": "scars", "goal": "scar_reduction",
  "sessions": [
    { "needle": "1.5mm", "passes": 15, "date": "2027-01-01" },
    { "needle": "1.5mm", "passes": 15, "rest": "6w" },
    { "needle": "1.5mm", "passes": 15, "rest": "6w", "date": "2027-02-13" }
  ]
})";
  CHECK_PROBLEM(text, 6, 40,
                "session 3 has a rest of 42 days, but the course's dates put it 1 day after "
                "session 2; make them agree, or leave out \"rest\"");
  // Without the rest, it reads, and the gap of 1 day is a finding of rest-too-short.
  std::string without_rest = text;
  without_rest.erase(without_rest.find(R"("rest": "6w", "date")"), 14);
  const parse_result read = parse_protocol(without_rest);
  REQUIRE(read.ok());
  CHECK(validate(read.value()).has(rule::rest_too_short));
}

TEST_CASE("a date worked out past 9999-12-31 is an input error at its session") {
  const std::string text = R"({
  "format": "dermaroller/1", "setting": "clinical", "indication": "scars", "goal": "scar_reduction",
  "sessions": [
    { "needle": "1.5mm", "passes": 15, "date": "9999-12-01" },
    { "needle": "1.5mm", "passes": 15, "rest": "6w" }
  ]
})";
  CHECK_PROBLEM(text, 5, 5,
                "session 2 falls outside the years 1 to 9999 once the rests are counted; check the "
                "dates and rests around it");
}

TEST_CASE("sessions dated out of order read, and break sessions-out-of-order at the date") {
  constexpr std::string_view text = R"({
  "format": "dermaroller/1", "setting": "clinical", "indication": "scars", "goal": "scar_reduction",
  "sessions": [
    { "needle": "1.5mm", "passes": 15, "date": "2027-03-01" },
    { "needle": "1.5mm", "passes": 15, "date": "2027-01-18" }
  ]
})";
  constexpr parse_result read = parse_protocol(text);
  static_assert(read.ok());
  static_assert(validate(read.value()).has(rule::sessions_out_of_order));
  for (const diagnostic& d : validate(read.value())) {
    if (d.rule == rule::sessions_out_of_order) {
      CHECK(position_of(d, read.positions()) == source_position{5, 40});  // its "date"
    }
  }
}

TEST_CASE("a rest on the first session is an input error: there is no previous session") {
  CHECK_PROBLEM(with_session(R"("needle": "0.25mm", "passes": 15, "rest": "6w")"), 7, 41,
                "the first session has a \"rest\", but rest is the time since the previous "
                "session; remove it");
}

TEST_CASE("a missing required field is an input error at its object's '{'") {
  CHECK_PROBLEM("{\n  \"format\": \"dermaroller/1\"\n}", 1, 1,
                "the course has no \"setting\", which is required; add it, as in \"setting\": "
                "\"clinical\"");
  CHECK_PROBLEM(with_session(R"("passes": 15)"), 7, 5,
                "session 1 has no \"needle\", which is required; add it, as in \"needle\": "
                "\"1.5mm\"");
}

TEST_CASE("each required field of the course, when left out, is named at the course's '{'") {
  for (const char* field : {"format", "setting", "indication", "goal", "sessions"}) {
    INFO(field);
    // minimal_home_protocol with the field's line taken out
    std::string text{minimal_home_protocol};
    const std::size_t start = text.find(std::string{"\""} + field + "\"");
    const std::size_t end =
        field == std::string{"sessions"} ? text.rfind(']') + 1 : text.find('\n', start);
    text.erase(start, end - start);
    if (field == std::string{"sessions"}) text.replace(text.rfind(','), 1, "");
    const problem found = problem_in(text);
    CHECK(found.message.starts_with(std::string{"the course has no \""} + field +
                                    "\", which is required"));
    CHECK(found.line == 1);
    CHECK(found.column == 1);
  }
  CHECK_PROBLEM(with_session(R"("needle": "0.25mm")"), 7, 5,
                "session 1 has no \"passes\", which is required; add it, as in \"passes\": 15");
  CHECK_PROBLEM(with_field(R"("aftercare": [{ "for": "1h" }])"), 2, 17,
                "aftercare step 1 has no \"step\", which is required; add it, as in \"step\": "
                "\"moisturizer\"");
}

TEST_CASE("a format other than dermaroller/1 is an input error") {
  std::string text{minimal_home_protocol};
  text.replace(text.find("dermaroller/1"), 13, "dermaroller/2");
  CHECK_PROBLEM(text, 2, 13,
                "unsupported format \"dermaroller/2\"; this version reads \"dermaroller/1\"");
}

TEST_CASE("a name longer than a course holds is an input error") {
  CHECK_PROBLEM(with_field("\"name\": \"" + std::string(121, 'x') + "\""), 2, 11,
                "the name is longer than 120 bytes; shorten it");
  CHECK(parse_protocol(with_field("\"name\": \"" + std::string(120, 'x') + "\"")).ok());
}

TEST_CASE("invalid UTF-8 is an input error at its byte") {
  CHECK_PROBLEM(with_field("\"name\": \"caf\xC3\""), 2, 15,
                "invalid UTF-8 in a string: the text must be UTF-8");
}

TEST_CASE("columns count characters, not bytes") {
  CHECK_PROBLEM(with_field("\"name\": \"caf\xC3\xA9\xE2\x82\xAC\", \"x\": 1"), 2, 20,
                "unknown field \"x\" in the course; the fields are: format, name, setting, "
                "indication, goal, area, doctor_approval, sun_exposure, skin_type, sessions, "
                "aftercare, patient, practitioner, waivers, $schema");
}

TEST_CASE("a bare number for a duration is an input error that suggests its units") {
  const std::string text = R"({
  "format": "dermaroller/1", "setting": "home", "indication": "skin_health", "goal": "maintenance",
  "sessions": [{ "needle": "0.25mm", "passes": 15 }, { "needle": "0.25mm", "passes": 15, "rest": 7 }]
})";
  CHECK_PROBLEM(text, 3, 98, "rest 7 has no unit; write \"7d\" for days or \"7w\" for weeks");
}

TEST_CASE("an aftercare duration in weeks is an input error that names hours and days") {
  CHECK_PROBLEM(with_field(R"("aftercare": [{ "step": "moisturizer", "for": "1w" }])"), 2, 49,
                "for \"1w\" is in weeks; an aftercare step lasts hours or days, such as \"24h\" or "
                "\"2d\"");
}

TEST_CASE("a rest that is not a whole number of days or weeks is an input error") {
  const std::string text = R"({
  "format": "dermaroller/1", "setting": "home", "indication": "skin_health", "goal": "maintenance",
  "sessions": [{ "needle": "0.25mm", "passes": 15 }, { "needle": "0.25mm", "passes": 15, "rest": "1.5w" }]
})";
  CHECK_PROBLEM(text, 3, 98,
                "rest \"1.5w\" is not a whole number; a rest is measured in days or weeks, such as "
                "\"42d\" or \"6w\"");
}

TEST_CASE("lengths and durations past what a protocol can state are input errors") {
  CHECK_PROBLEM(with_session(R"("needle": "150mm", "passes": 15)"), 7, 17,
                "needle \"150mm\" is past the longest length a protocol can state (100mm)");
  CHECK_PROBLEM(with_session(R"("needle": "99999999999999999999999mm", "passes": 15)"), 7, 17,
                "needle \"99999999999999999999999mm\" is past the longest length a protocol can "
                "state (100mm)");
  CHECK_PROBLEM(with_field(R"("aftercare": [{ "step": "moisturizer", "for": "9000h" }])"), 2, 49,
                "for \"9000h\" is longer than a protocol can state (8760 hours)");
}

TEST_CASE("a space between a length and its unit is an input error that shows how to write it") {
  CHECK_PROBLEM(with_session(R"("needle": "1.5 mm", "passes": 15)"), 7, 17,
                "needle \"1.5 mm\" has a space before its unit; write the unit right after the "
                "number, as in \"1.5mm\"");
  CHECK_PROBLEM(with_session(R"("needle": ".5mm", "passes": 15)"), 7, 17,
                "needle \".5mm\" is not a length; write digits, an optional decimal point, and the "
                "unit, as in \"1.5mm\"");
}

TEST_CASE("null is not a value of any field: an optional field is left out instead") {
  CHECK_PROBLEM(with_field(R"("skin_type": null)"), 2, 16,
                "\"skin_type\" must be one of: I, II, III, IV, V, VI, as in \"skin_type\": \"IV\"; "
                "found null (to leave it unset, leave the field out)");
}

TEST_CASE("more aftercare steps than a course holds is an input error at the first one too many") {
  std::string steps;
  for (int i = 0; i < 17; ++i)
    steps += std::string{i == 0 ? "" : ",\n"} + R"({ "step": "moisturizer" })";
  CHECK_PROBLEM(with_field("\"aftercare\": [\n" + steps + "]"), 19, 1,
                "more than 16 aftercare steps; a course holds at most 16");
}

TEST_CASE("an aftercare step is an object, and each session too") {
  CHECK_PROBLEM(with_field(R"("aftercare": ["moisturizer"])"), 2, 17,
                "aftercare step 1 must be an object, as in { \"step\": \"moisturizer\" }; found a "
                "string");
}

TEST_CASE("the year 0 does not exist") {
  CHECK_PROBLEM(with_session(R"("needle": "0.25mm", "passes": 15, "date": "0000-01-01")"), 7, 49,
                "date \"0000-01-01\" has no year 0");
}

TEST_CASE("the longest message, an unknown course field listing every field, is not cut") {
  const std::string text = with_field("\"" + std::string(50, 'y') + "\": 1");
  const parse_result result = parse_protocol(text);
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().message.view().ends_with("waivers, $schema"));
  CHECK(result.error().message.size() < message_text::capacity);
}

TEST_CASE("quoted text in a message is cut short and kept printable") {
  CHECK_PROBLEM(with_field("\"" + std::string(50, 'y') + "\": 1"), 2, 3,
                "unknown field \"" + std::string(40, 'y') +
                    "...\" in the course; the fields are: format, name, setting, indication, goal, "
                    "area, doctor_approval, sun_exposure, skin_type, sessions, aftercare, patient, "
                    "practitioner, waivers, $schema");
  CHECK_PROBLEM(with_field(R"("area": "fa\nce")"), 2, 11,
                "unknown area \"fa?ce\"; did you mean \"face\"?");
}

TEST_CASE("escapes are decoded before a word is looked up") {
  const parse_result result = parse_protocol(with_field(R"("area": "n\u0065ck")"));
  REQUIRE(result.ok());
  CHECK(result.value().area == body_area::neck);
}

TEST_CASE("the format reference documents every field of the format") {
  std::ifstream in{std::filesystem::path{DERMAROLLER_DOCS_DIR} / "protocol-format.md"};
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  const std::string reference = text.str();
  const auto documented = [&](std::string_view name) {
    return reference.find("| `" + std::string{name} + "` |") != std::string::npos;
  };
  for (const auto& field : detail::protocol_grammar::course_fields) CHECK(documented(field.name));
  for (const auto& field : detail::protocol_grammar::session_fields) CHECK(documented(field.name));
  for (const auto& field : detail::protocol_grammar::patient_fields) CHECK(documented(field.name));
  for (const auto& field : detail::protocol_grammar::aftercare_fields)
    CHECK(documented(field.name));
  for (const auto& field : detail::protocol_grammar::waiver_fields) CHECK(documented(field.name));
}

// --- pathological inputs: each a positioned error, quickly ----------------------------------

namespace {
template <class Read>
double seconds_to(Read&& read) {
  const auto start = std::chrono::steady_clock::now();
  read();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}
}  // namespace

TEST_CASE("nesting 100,000 deep is a positioned input error, not a crash") {
  const std::string deep =
      "{\"sessions\": " + std::string(100'000, '[') + std::string(100'000, ']') + "}";
  CHECK_PROBLEM(deep, 1, 15,
                "session 1 must be an object, as in { \"needle\": \"1.5mm\" }; found an array");
  const std::string deep_objects = std::string(100'000, '[');
  CHECK_PROBLEM(deep_objects, 1, 1,
                "a protocol is one JSON object, beginning with '{'; found an array");
}

TEST_CASE("a file of 5,000 sessions is an input error at the first session past capacity") {
  std::string text = R"({"format": "dermaroller/1", "setting": "home", "indication": "skin_health",
"goal": "maintenance", "sessions": [
)";
  for (int i = 0; i < 5'000; ++i) text += "{ \"needle\": \"0.25mm\", \"passes\": 15 },\n";
  text += "{ \"needle\": \"0.25mm\", \"passes\": 15 }]}";
  problem found{};
  const double seconds = seconds_to([&] { found = problem_in(text); });
  CHECK(found.line == 3 + 64);
  CHECK(found.column == 1);
  CHECK(found.message == "more than 64 sessions; a course holds at most 64");
  CHECK(seconds < 1.0);
}

TEST_CASE("a 1 MB string is read in linear time") {
  const std::string text = with_field("\"name\": \"" + std::string(1 << 20, 'x') + "\"");
  problem found{};
  const double seconds = seconds_to([&] { found = problem_in(text); });
  CHECK(found.message == "the name is longer than 120 bytes; shorten it");
  CHECK(found.line == 2);
  CHECK(found.column == 11);
  CHECK(seconds < 1.0);
}

TEST_CASE("random bytes are a positioned input error") {
  std::uint32_t state = 12345;
  for (int round = 0; round < 200; ++round) {
    std::string bytes(1 + round * 37 % 500, '\0');
    for (char& byte : bytes) {
      state = state * 1664525U + 1013904223U;
      byte = static_cast<char>(state >> 24);
    }
    const parse_result result = parse_protocol(bytes);
    CHECK_FALSE(result.ok());
    CHECK(result.error().line >= 1);
    CHECK(result.error().column >= 1);
    CHECK(result.error().message.size() > 0);
  }
}

// --- the example protocols: what each is for ------------------------------------------------

namespace {

std::string example_protocol(std::string_view name) {
  std::ifstream in{std::filesystem::path{DERMAROLLER_PROTOCOLS_DIR} / name, std::ios::binary};
  REQUIRE(in);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::set<std::string> codes_of_errors(std::string_view name) {
  const parse_result result = parse_protocol(example_protocol(name));
  REQUIRE(result.ok());
  std::set<std::string> codes;
  for (const diagnostic& d : validate(result.value())) {
    if (d.severity == severity::error) codes.insert(std::string{code(d.rule)});
  }
  return codes;
}

}  // namespace

TEST_CASE("the embedded acne scar protocol is examples/protocols/acne-scars-clinic.json") {
  CHECK(example_protocol("acne-scars-clinic.json") == acne_scar_protocol);
}

TEST_CASE("the guide's own protocol, as written, has no finding but the screening note") {
  // Three sessions six weeks apart, anesthetic cream, 15-20 passes, a clean environment for
  // the first hour, anti-inflammatory cream at hand, a peptide preparation, zinc sunscreen and
  // a moisturizer: what the document describes must pass even under --strict. The document
  // screens no patient, and the note says so.
  const parse_result result = parse_protocol(example_protocol("the-guide-as-written.json"));
  REQUIRE(result.ok());
  const report found = validate(result.value());
  REQUIRE(found.size() == 1);
  CHECK(found[0].rule == rule::patient_not_screened);
  CHECK(found[0].severity == severity::note);
}

TEST_CASE("the valid example protocols break no rule") {
  for (const char* name : {"acne-scars-clinic.json", "collagen-wrinkles-clinic.json",
                           "stretch-marks-clinic.json", "scar-reduction-back-clinic.json",
                           "elasticity-neck-clinic-maintenance.json", "home-maintenance.json",
                           "home-pigmentation-maintenance.json", "home-wrinkles-collagen.json"}) {
    INFO(name);
    CHECK(codes_of_errors(name).empty());
  }
  const parse_result warned = parse_protocol(example_protocol("home-wrinkles-collagen.json"));
  CHECK(validate(warned.value()).has(rule::home_goal_not_maintenance));
}

TEST_CASE("the invalid example protocols break the rules their names say") {
  using codes = std::set<std::string>;
  CHECK(codes_of_errors("invalid/home-scars-1.5mm.json") ==
        codes{"home-needle-too-long", "home-indication-not-supported"});
  CHECK(codes_of_errors("invalid/rest-too-short.json") == codes{"rest-too-short"});
  CHECK(codes_of_errors("invalid/back-without-approval.json") == codes{"doctor-approval-missing"});
  CHECK(codes_of_errors("invalid/heated-roller.json") == codes{"not-mechanical"});
  CHECK(codes_of_errors("invalid/too-many-sessions.json") == codes{"too-many-sessions"});
}

TEST_CASE("the example protocols that do not read say where and why") {
  CHECK_PROBLEM(example_protocol("invalid/syntax-error.json"), 5, 27,
                "expected ',' or '}' after a field's value, found '\"' on line 6; is a ',' "
                "missing here?");
  CHECK_PROBLEM(example_protocol("invalid/needle-without-unit.json"), 7, 17,
                "needle 1.5 has no unit; write \"1.5mm\" or \"1500um\"");
  CHECK_PROBLEM(example_protocol("invalid/impossible-date.json"), 8, 66,
                "date \"2027-02-30\" does not exist: month 2 of 2027 has 28 days");
  CHECK_PROBLEM(example_protocol("invalid/unknown-field.json"), 7, 58,
                "unknown field \"numbing\" in session 1; the fields are: needle, passes, "
                "anesthetic, rest, date, modality, flushing");
  CHECK_PROBLEM(example_protocol("invalid/rest-disagrees-with-dates.json"), 8, 80,
                "session 2 has a rest of 56 days, but its date is 42 days after session 1's; make "
                "them agree, or leave out \"rest\"");
  CHECK_PROBLEM(example_protocol("invalid/unknown-word.json"), 3, 14,
                "unknown setting \"clinic\"; did you mean \"clinical\"?");
}

TEST_CASE(
    "docs/protocol-format.md's example protocol, as written, is read and keeps every guideline") {
  CHECK_AT_COMPILE_AND_RUN_TIME(parse_protocol(acne_scar_protocol).ok());
  // Its one finding is the note that it screens no patient.
  CHECK_AT_COMPILE_AND_RUN_TIME(validate(parse_protocol(acne_scar_protocol).value()).size() == 1);
  CHECK_AT_COMPILE_AND_RUN_TIME(validate(parse_protocol(acne_scar_protocol).value())[0].rule ==
                                rule::patient_not_screened);
  CHECK_AT_COMPILE_AND_RUN_TIME(parse_protocol(acne_scar_protocol).value().sessions.size() == 3);
  CHECK_AT_COMPILE_AND_RUN_TIME(parse_protocol(acne_scar_protocol).value().sessions[2].rest ==
                                maybe<day_count>{6_weeks});
}

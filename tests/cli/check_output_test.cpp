// The checker's printing, on results made up here: the text lines, the JSON, exit statuses.
#include "check_output.hpp"

#include <sstream>
#include <string>
#include <vector>

#include "catch.hpp"

using namespace dermaroller;
using namespace dermaroller::check;

namespace {

file_result home_course_with_long_needle() {
  file_result result;
  result.file = "protocols/home.json";
  result.checked = true;
  result.diagnostics = {{"home-needle-too-long", severity::error,
                         "a 1.5 mm needle is longer than the home-use maximum of 0.5 mm", 1, 12, 5},
                        {"skin-care-products-missing", severity::warning,
                         "the aftercare has no moisturizer", std::nullopt, 1, 1}};
  return result;
}

file_result course_with_only_a_warning() {
  file_result result;
  result.file = "w.json";
  result.checked = true;
  result.diagnostics = {{"passes-too-few", severity::warning,
                         "10 passes over the area, fewer than the recommended 15 passes", 0, 9, 5}};
  return result;
}

// A rest cut short, waived by the clinic, and a warning nobody waived.
file_result course_with_a_waived_error() {
  file_result result;
  result.file = "waived.json";
  result.checked = true;
  printed_diagnostic rest{"rest-too-short",
                          severity::error,
                          "35 days of rest, less than the 42 days the window asks for",
                          1,
                          10,
                          62};
  rest.waived = true;
  rest.waived_by = "Dr. A. Example";
  rest.waiver_reason = "patient abroad in week six";
  result.diagnostics = {
      rest,
      {"passes-too-few", severity::warning,
       "10 passes over the area, fewer than the recommended 15 passes", 2, 11, 26}};
  return result;
}

file_result text_that_does_not_parse() {
  file_result result;
  result.file = "<stdin>";
  result.diagnostics = {
      {"input-error", severity::error, "expected ':' after \"goal\"", std::nullopt, 3, 10}};
  return result;
}

std::string json_of(const std::vector<file_result>& results, bool strict = false) {
  std::ostringstream out;
  write_json(out, results, strict);
  return out.str();
}

}  // namespace

TEST_CASE("a diagnostic prints as FILE:LINE:COL: severity: session N: message [code]") {
  const file_result result = home_course_with_long_needle();
  CHECK(text_line(result.file, result.diagnostics[0]) ==
        "protocols/home.json:12:5: error: session 2: a 1.5 mm needle is longer than the "
        "home-use maximum of 0.5 mm [home-needle-too-long]");
  CHECK(text_line(result.file, result.diagnostics[1]) ==
        "protocols/home.json:1:1: warning: the aftercare has no moisturizer "
        "[skin-care-products-missing]");
}

TEST_CASE("a diagnostic without a position prints as FILE: error: message, as compilers do") {
  const printed_diagnostic unreadable{"input-error",
                                      severity::error,
                                      "cannot open the file: No such file or directory",
                                      std::nullopt,
                                      0,
                                      0};
  CHECK(text_line("missing.json", unreadable) ==
        "missing.json: error: cannot open the file: No such file or directory [input-error]");
}

TEST_CASE("a file name with control characters stays on its FILE:LINE:COL line, escaped") {
  const printed_diagnostic finding{"passes-too-few", severity::warning, "too few passes", 0, 9, 5};
  CHECK(text_line("a\nb.json", finding) ==
        "a\\nb.json:9:5: warning: session 1: too few passes [passes-too-few]");
  CHECK(printable(std::string{"tab\there\rcr\x01\x7f\x1b[31m.json"}) ==
        "tab\\there\\rcr\\x01\\x7f\\x1b[31m.json");
  CHECK(printable(std::string_view{"nul\0.json", 9}) == "nul\\x00.json");
  // UTF-8 is kept; a byte that is not UTF-8 is escaped; a backslash is kept as it is.
  CHECK(printable("caf\xc3\xa9 \xff\xc3.json") == "caf\xc3\xa9 \\xff\\xc3.json");
  CHECK(printable("C:\\plans\\a.json") == "C:\\plans\\a.json");

  file_result result;
  result.file = "evil\nx.json:1:1: error: forged [input-error]";
  result.checked = true;
  result.diagnostics = {finding};
  std::ostringstream out;
  write_text(out, result, false);
  CHECK(out.str() ==
        "evil\\nx.json:1:1: error: forged [input-error]:9:5: warning: session 1: too few passes "
        "[passes-too-few]\n"
        "evil\\nx.json:1:1: error: forged [input-error]: valid (0 errors, 1 warning, 0 notes)\n");
  // The JSON output keeps the name exactly.
  CHECK(json_of({result}).find("\"file\": \"evil\\nx.json:1:1") != std::string::npos);
}

TEST_CASE("the text output ends each file with a summary line counting by severity") {
  std::ostringstream out;
  write_text(out, {home_course_with_long_needle(), text_that_does_not_parse()}, false);
  CHECK(out.str() ==
        "protocols/home.json:12:5: error: session 2: a 1.5 mm needle is longer than the home-use "
        "maximum of 0.5 mm [home-needle-too-long]\n"
        "protocols/home.json:1:1: warning: the aftercare has no moisturizer "
        "[skin-care-products-missing]\n"
        "protocols/home.json: invalid (1 error, 1 warning, 0 notes)\n"
        "<stdin>:3:10: error: expected ':' after \"goal\" [input-error]\n"
        "<stdin>: not checked (input error)\n");
}

TEST_CASE("a file with only warnings is valid, and invalid under --strict") {
  const file_result result = course_with_only_a_warning();
  CHECK(result.valid(false));
  CHECK_FALSE(result.valid(true));
  CHECK(summary_line(result, false) == "w.json: valid (0 errors, 1 warning, 0 notes)");
  CHECK(summary_line(result, true) ==
        "w.json: invalid (0 errors, 1 warning, 0 notes) under --strict");
}

TEST_CASE(
    "the exit status is 0 when every file is valid, 1 when one breaks a rule, 2 when one "
    "cannot be read or parsed") {
  file_result clean;
  clean.file = "clean.json";
  clean.checked = true;
  CHECK(exit_status({clean}, false) == 0);
  CHECK(exit_status({clean, course_with_only_a_warning()}, false) == 0);
  CHECK(exit_status({clean, course_with_only_a_warning()}, true) == 1);
  CHECK(exit_status({clean, home_course_with_long_needle()}, false) == 1);
  CHECK(exit_status({home_course_with_long_needle(), text_that_does_not_parse()}, false) == 2);
  CHECK(exit_status({text_that_does_not_parse(), home_course_with_long_needle()}, false) == 2);
}

TEST_CASE("the JSON output is an array with one object per file, sessions counted from 1") {
  CHECK(json_of({home_course_with_long_needle(), text_that_does_not_parse()}) ==
        "[\n"
        "  {\"file\": \"protocols/home.json\", \"valid\": false, \"diagnostics\": [\n"
        "    {\"code\": \"home-needle-too-long\", \"severity\": \"error\", \"message\": \"a 1.5 "
        "mm needle is longer than the home-use maximum of 0.5 mm\", \"session\": 2, \"line\": "
        "12, \"column\": 5, \"waived\": false},\n"
        "    {\"code\": \"skin-care-products-missing\", \"severity\": \"warning\", \"message\": "
        "\"the aftercare has no moisturizer\", \"session\": null, \"line\": 1, \"column\": 1, "
        "\"waived\": false}\n"
        "  ]},\n"
        "  {\"file\": \"<stdin>\", \"valid\": false, \"diagnostics\": [\n"
        "    {\"code\": \"input-error\", \"severity\": \"error\", \"message\": \"expected ':' "
        "after \\\"goal\\\"\", \"session\": null, \"line\": 3, \"column\": 10, \"waived\": "
        "false}\n"
        "  ]}\n"
        "]\n");
}

TEST_CASE("the JSON output of a valid file has an empty diagnostics array") {
  file_result clean;
  clean.file = "clean.json";
  clean.checked = true;
  CHECK(json_of({clean}) ==
        "[\n  {\"file\": \"clean.json\", \"valid\": true, \"diagnostics\": []}\n]\n");
  CHECK(json_of({course_with_only_a_warning()}, true).find("\"valid\": false") !=
        std::string::npos);
}

TEST_CASE("JSON strings escape quotes, backslashes and control characters") {
  CHECK(json_string("plain") == "\"plain\"");
  CHECK(json_string("say \"1.5mm\"") == "\"say \\\"1.5mm\\\"\"");
  CHECK(json_string("C:\\protocols") == "\"C:\\\\protocols\"");
  CHECK(json_string("a\nb\tc\rd") == "\"a\\nb\\tc\\rd\"");
  CHECK(json_string(std::string_view{"\x01\x1f\x7f", 3}) == "\"\\u0001\\u001f\\u007f\"");
  CHECK(json_string(std::string_view{"nul\0here", 8}) == "\"nul\\u0000here\"");
}

TEST_CASE("JSON strings keep UTF-8 and replace bytes that are not UTF-8 with U+FFFD") {
  CHECK(json_string("Gesichtsbehandlung für Narben · 1,5 mm") ==
        "\"Gesichtsbehandlung für Narben · 1,5 mm\"");
  CHECK(json_string("\xF0\x9F\x92\x89") == "\"\xF0\x9F\x92\x89\"");  // a four-byte emoji
  CHECK(json_string("bad\xFFname") == "\"bad\\ufffdname\"");
  CHECK(json_string("\xC3") == "\"\\ufffd\"");                                   // cut short
  CHECK(json_string("\xC0\xAF") == "\"\\ufffd\\ufffd\"");                        // overlong '/'
  CHECK(json_string("\xED\xA0\x80") == "\"\\ufffd\\ufffd\\ufffd\"");             // a surrogate
  CHECK(json_string("\xF4\x90\x80\x80") == "\"\\ufffd\\ufffd\\ufffd\\ufffd\"");  // past U+10FFFF
}

TEST_CASE("a waived finding is printed with who waived it and why, and does not count") {
  const file_result result = course_with_a_waived_error();
  CHECK(text_line(result.file, result.diagnostics[0]) ==
        "waived.json:10:62: error: session 2: 35 days of rest, less than the 42 days the window "
        "asks for [rest-too-short] (waived by Dr. A. Example: patient abroad in week six)");
  CHECK(result.count(severity::error) == 0);
  CHECK(result.count(severity::warning) == 1);
  CHECK(result.waived() == 1);
  CHECK(result.valid(false));
  CHECK_FALSE(result.valid(true));
  CHECK(summary_line(result, false) ==
        "waived.json: valid (0 errors, 1 warning, 0 notes; 1 waived)");
  CHECK(exit_status({result}, false) == 0);
  CHECK(exit_status({result}, true) == 1);
}

TEST_CASE("a waiver's reason cannot forge a line of the text output") {
  file_result result = course_with_a_waived_error();
  result.diagnostics[0].waiver_reason = "abroad\nwaived.json: valid";
  CHECK(text_line(result.file, result.diagnostics[0])
            .ends_with("(waived by Dr. A. Example: abroad\\nwaived.json: valid)"));
}

TEST_CASE("the JSON output marks a waived finding with its reason and author") {
  const std::string json = json_of({course_with_a_waived_error()});
  CHECK(json.find("\"valid\": true") != std::string::npos);
  CHECK(json.find("\"column\": 62, \"waived\": true, \"waiver_reason\": \"patient abroad in week "
                  "six\", \"waived_by\": \"Dr. A. Example\"}") != std::string::npos);
  CHECK(json.find("\"column\": 26, \"waived\": false}") != std::string::npos);
}

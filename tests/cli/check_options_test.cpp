// The checker's command line: what each option sets, and every usage error.
#include "check_options.hpp"

#include <string>
#include <string_view>
#include <vector>

#include "catch.hpp"

using namespace dermaroller;
using namespace dermaroller::check;

namespace {
command_line parse(const std::vector<std::string_view>& arguments) {
  return parse_command_line(arguments);
}
}  // namespace

TEST_CASE("files alone are checked as text, not strictly") {
  const command_line line = parse({"a.json", "b.json"});
  REQUIRE(line.error.empty());
  CHECK(line.chosen.what == action::check_files);
  CHECK(line.chosen.format == output_format::text);
  CHECK_FALSE(line.chosen.strict);
  CHECK(line.chosen.files == std::vector<std::string>{"a.json", "b.json"});
}

TEST_CASE(
    "the options --format json and --format=json both choose JSON, before or after the files") {
  CHECK(parse({"--format", "json", "a.json"}).chosen.format == output_format::json);
  CHECK(parse({"a.json", "--format=json"}).chosen.format == output_format::json);
  CHECK(parse({"--format=text", "a.json"}).chosen.format == output_format::text);
}

TEST_CASE("the option --strict makes warnings count") {
  CHECK(parse({"--strict", "-"}).chosen.strict);
}

TEST_CASE("a lone dash is standard input, and after -- every argument is a file") {
  CHECK(parse({"-"}).chosen.files == std::vector<std::string>{"-"});
  const command_line line = parse({"--", "--strict", "-x.json"});
  REQUIRE(line.error.empty());
  CHECK_FALSE(line.chosen.strict);
  CHECK(line.chosen.files == std::vector<std::string>{"--strict", "-x.json"});
}

TEST_CASE(
    "the options --list-rules, --explain CODE, --help and --version choose what the program does") {
  CHECK(parse({"--list-rules"}).chosen.what == action::list_rules);
  const command_line explain = parse({"--explain", "rest-too-short"});
  CHECK(explain.chosen.what == action::explain_rule);
  CHECK(explain.chosen.rule_to_explain == "rest-too-short");
  CHECK(parse({"--explain=passes-too-few"}).chosen.rule_to_explain == "passes-too-few");
  CHECK(parse({"--help"}).chosen.what == action::help);
  CHECK(parse({"-h"}).chosen.what == action::help);
  CHECK(parse({"--version"}).chosen.what == action::version);
}

TEST_CASE("usage errors say what is wrong") {
  CHECK(parse({}).error == "no protocol file given");
  CHECK(parse({"--strict"}).error == "no protocol file given");
  CHECK(parse({"--frmat", "json", "a.json"}).error ==
        "unknown option '--frmat' (did you mean '--format'?)");
  CHECK(parse({"-x", "a.json"}).error == "unknown option '-x'");
  CHECK(parse({"--format", "xml", "a.json"}).error ==
        "--format takes text, json, sarif, github or fhir, not 'xml'");
  CHECK(parse({"a.json", "--format"}).error ==
        "--format needs a value: text|json|sarif|github|fhir");
  CHECK(parse({"--explain"}).error == "--explain needs a value: CODE");
  CHECK(parse({"--strict=yes", "a.json"}).error == "--strict takes no value");
  CHECK(parse({"--list-rules", "a.json"}).error == "unexpected file 'a.json' with --list-rules");
  CHECK(parse({"--list-rules", "--explain", "x"}).error ==
        "--explain cannot be combined with another of --list-rules, --list-guidelines, "
        "--explain, --help, --version");
}

TEST_CASE("the help lists every option of the table") {
  const std::string text = usage();
  for (const option_spec& option : option_table) {
    CHECK(text.find(option.name) != std::string::npos);
    CHECK(text.find(option.help) != std::string::npos);
  }
}

TEST_CASE("the synopsis gives one line per way of calling the program, from the table") {
  CHECK(synopsis() ==
        "usage: dermaroller-check [--format text|json|sarif|github|fhir] [--strict] [--quiet] "
        "[--stdin-filename NAME] [--guidelines NAME|FILE] [--disable CODE]... FILE...   ('-' "
        "reads standard input)\n"
        "       dermaroller-check --list-rules\n"
        "       dermaroller-check --list-guidelines\n"
        "       dermaroller-check --explain CODE\n"
        "       dermaroller-check --schedule YYYY-MM-DD [--timeline FILE.svg] FILE...\n"
        "       dermaroller-check --help | --version\n");
  CHECK(usage().starts_with(synopsis()));
  for (const option_spec& option : option_table)
    CHECK(synopsis().find(option.name) != std::string::npos);
}

TEST_CASE("the option --guidelines takes a set's name or a file, once") {
  CHECK(parse({"a.json"}).chosen.guidelines_named.empty());
  CHECK(parse({"--guidelines", "practice-4-weeks", "a.json"}).chosen.guidelines_named ==
        "practice-4-weeks");
  CHECK(parse({"--guidelines=clinic/rules.json", "a.json"}).chosen.guidelines_named ==
        "clinic/rules.json");
  CHECK(parse({"--guidelines=", "a.json"}).error ==
        "--guidelines needs a set's name or a guideline file");
  CHECK(parse({"--guidelines", "document", "--guidelines", "scotland-2026", "a.json"}).error ==
        "--guidelines is given twice");
}

TEST_CASE("the option --disable takes rule codes, in the order given") {
  const command_line line =
      parse({"--disable", "rest-too-short", "--disable=sunscreen-not-zinc", "a.json"});
  REQUIRE(line.error.empty());
  CHECK(line.chosen.disabled == std::vector<rule>{rule::rest_too_short, rule::sunscreen_not_zinc});
}

TEST_CASE("an unknown code for --disable suggests the nearest code, and only a near one") {
  CHECK(parse({"--disable", "rest-to-short", "a.json"}).error ==
        "--disable: unknown rule code 'rest-to-short' (did you mean 'rest-too-short'?); "
        "--list-rules lists them");
  CHECK(parse({"--disable", "input-error", "a.json"}).error ==
        "--disable: unknown rule code 'input-error'; --list-rules lists them");
  CHECK(parse({"--disable", "x", "a.json"}).error ==
        "--disable: unknown rule code 'x'; --list-rules lists them");
}

TEST_CASE("listing the guideline sets is an action of its own, without files or a chosen set") {
  CHECK(parse({"--list-guidelines"}).chosen.what == action::list_guidelines);
  CHECK(parse({"--list-guidelines", "a.json"}).error ==
        "unexpected file 'a.json' with --list-guidelines");
  CHECK(parse({"--list-guidelines", "--guidelines", "document"}).error ==
        "--list-guidelines lists every built-in set: it takes no --guidelines or --disable");
  CHECK(parse({"--list-guidelines", "--list-rules"}).error ==
        "--list-rules cannot be combined with another of --list-rules, --list-guidelines, "
        "--explain, --help, --version");
}

TEST_CASE("the option --format chooses sarif, github or fhir, and suggests the word meant") {
  CHECK(parse({"--format", "sarif", "a.json"}).chosen.format == output_format::sarif);
  CHECK(parse({"--format=github", "a.json"}).chosen.format == output_format::github);
  CHECK(parse({"--format", "fhir", "a.json"}).chosen.format == output_format::fhir);
  CHECK(parse({"--format", "sarf", "a.json"}).error ==
        "--format takes text, json, sarif, github or fhir, not 'sarf' (did you mean 'sarif'?)");
  CHECK(format_word(output_format::github) == "github");
}

TEST_CASE("a mistyped option suggests the nearest option, and only a near one") {
  CHECK(parse({"--strcit", "a.json"}).error ==
        "unknown option '--strcit' (did you mean '--strict'?)");
  CHECK(parse({"--list-rule"}).error ==
        "unknown option '--list-rule' (did you mean '--list-rules'?)");
  CHECK(parse({"--colour", "a.json"}).error == "unknown option '--colour'");
}

TEST_CASE("the rule list prints text or json, --explain and --list-guidelines print text") {
  CHECK(parse({"--list-rules", "--format", "json"}).error.empty());
  CHECK(parse({"--list-rules", "--format", "json"}).chosen.format == output_format::json);
  CHECK(parse({"--list-rules", "--format", "sarif"}).error == "--list-rules prints text or json");
  CHECK(parse({"--explain", "rest-too-short", "--format", "json"}).error ==
        "--explain prints text: it takes no --format");
  CHECK(parse({"--list-guidelines", "--format=fhir"}).error ==
        "--list-guidelines prints text: it takes no --format");
  CHECK(parse({"--schedule", "2027-12-20", "--format", "github", "a.json"}).error ==
        "--schedule prints text: it cannot be combined with --format github");
}

TEST_CASE(
    "the options --quiet and -q keep valid files quiet, --stdin-filename names standard input") {
  CHECK_FALSE(parse({"a.json"}).chosen.quiet);
  CHECK(parse({"--quiet", "a.json"}).chosen.quiet);
  CHECK(parse({"-q", "a.json"}).chosen.quiet);
  const command_line named = parse({"--stdin-filename", "protocols/home.json", "-"});
  CHECK(named.error.empty());
  CHECK(named.chosen.stdin_name == "protocols/home.json");
  CHECK(named.chosen.files == std::vector<std::string>{"-"});
  CHECK(parse({"--stdin-filename=", "-"}).error == "--stdin-filename needs a name");
  CHECK(parse({"--stdin-filename", "a.json", "a.json"}).error ==
        "--stdin-filename names standard input: give '-' among the files");
  CHECK(parse({"--quiet", "--format", "github", "a.json"}).error.empty());
  CHECK(parse({"--quiet", "--format", "sarif", "a.json"}).error ==
        "--quiet leaves out the summary lines of valid files: it goes with checking files in text "
        "or github format");
  CHECK_FALSE(parse({"--quiet", "--list-rules"}).error.empty());
}

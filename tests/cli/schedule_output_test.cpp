// dermaroller-check --schedule and --timeline: the plan table and the command line.
#include "schedule_output.hpp"

#include <chrono>
#include <string>
#include <string_view>
#include <vector>

#include "catch.hpp"
#include "dermaroller/dermaroller.hpp"

using namespace dermaroller;
using namespace dermaroller::literals;
using std::chrono::operator""y;
using std::chrono::December;

namespace {

course scar_course(std::size_t visits) {
  course c{setting::clinical, indication::scars, treatment_goal::scar_reduction};
  const session visit{1.5_mm, pass_count{15}};
  for (std::size_t i = 0; i < visits; ++i) (void)c.sessions.push_back(visit);
  return c;
}

}  // namespace

TEST_CASE("the plan table gives each visit's window and aftercare, one line per visit") {
  const std::string table =
      check::plan_table("acne.json", plan(scar_course(3), 2027y / December / 20));
  CHECK(table ==
        "acne.json: clinical scar reduction course, 3 visits from 2027-12-20\n"
        "visit  earliest    recommended  latest      from        aftercare\n"
        "1      2027-12-20  2027-12-20   2027-12-20  --schedule  clean environment 1 h; "
        "anti-inflammatory cover 24 h (to 2027-12-21)\n"
        "2      2028-01-31  2028-02-07   2028-02-14  planned     clean environment 1 h; "
        "anti-inflammatory cover 24 h (to 2028-02-08)\n"
        "3      2028-03-20  2028-03-27   2028-04-03  planned     clean environment 1 h; "
        "anti-inflammatory cover 24 h (to 2028-03-28)\n"
        "from: --schedule: the day given; file: the protocol's own date, or one its rests "
        "place; planned: the guidelines' window\n"
        "windows: 42 days (6 weeks) to 56 days (8 weeks) after the previous visit's recommended "
        "day; recommended: 49 days (7 weeks), "
        "the window's middle\n");
}

TEST_CASE("the plan table of a home course dates only what the protocol dates") {
  course at_home{setting::home, indication::skin_health, treatment_goal::maintenance};
  const session visit{250_um, pass_count{15}};
  at_home.sessions = {visit, visit, visit};
  at_home.sessions[1].rest = 7_days;
  const std::string table = check::plan_table("home.json", plan(at_home, 2027y / December / 20));
  CHECK(table ==
        "home.json: home maintenance course, 3 visits from 2027-12-20\n"
        "visit  earliest    recommended  latest      from        aftercare\n"
        "1      2027-12-20  2027-12-20   2027-12-20  --schedule\n"
        "2      2027-12-27  2027-12-27   2027-12-27  file: rest  (the protocol's own rest of 7 "
        "days)\n"
        "3      -           -            -           -           (no date: the document gives no "
        "interval)\n"
        "from: --schedule: the day given; file: the protocol's own date, or one its rests "
        "place; planned: the guidelines' window\n"
        "home use: the document gives no interval between sessions; a session's own \"rest\" "
        "dates it\n");
}

TEST_CASE("the plan table keeps the file's dates and rests, and plans only what they leave open") {
  course dated = scar_course(4);
  dated.sessions[1].date = calendar_date{2028, 3, 6};
  dated.sessions[2].rest = 45_days;  // 2028-03-06 + 45 days
  // Session 1 lies before the first date: planned backwards, 7 (6 to 8) weeks before it;
  // session 4 after the last: planned forwards. The --schedule day places nothing.
  const std::string table = check::plan_table("dated.json", plan(dated, 2027y / December / 20));
  CHECK(table ==
        "dated.json: clinical scar reduction course, 4 visits from 2028-01-17\n"
        "visit  earliest    recommended  latest      from        aftercare\n"
        "1      2028-01-10  2028-01-17   2028-01-24  planned     clean environment 1 h; "
        "anti-inflammatory cover 24 h (to 2028-01-18)\n"
        "2      2028-03-06  2028-03-06   2028-03-06  file: date  clean environment 1 h; "
        "anti-inflammatory cover 24 h (to 2028-03-07)\n"
        "3      2028-04-20  2028-04-20   2028-04-20  file: rest  clean environment 1 h; "
        "anti-inflammatory cover 24 h (to 2028-04-21)\n"
        "4      2028-06-01  2028-06-08   2028-06-15  planned     clean environment 1 h; "
        "anti-inflammatory cover 24 h (to 2028-06-09)\n"
        "from: --schedule: the day given; file: the protocol's own date, or one its rests "
        "place; planned: the guidelines' window\n"
        "windows: 42 days (6 weeks) to 56 days (8 weeks) after the previous visit's recommended "
        "day (before the next visit's, for visits before the first dated one); recommended: 49 "
        "days (7 weeks), the window's middle\n");
}

TEST_CASE("a plan past 9999-12-31 is refused in the table, naming the visit") {
  const std::string table =
      check::plan_table("late.json", plan(scar_course(3), std::chrono::year{9999} / 11 / 20));
  CHECK(table ==
        "late.json: no plan: visit 2 would fall outside the days a protocol can write, "
        "0001-01-01 to 9999-12-31 (its day, its window or its aftercare)\n");
  // The last day itself: its 24 hours of cover would end on a day no protocol can write.
  CHECK(check::plan_table("last.json", plan(scar_course(1), std::chrono::year{9999} / 12 / 31))
            .starts_with("last.json: no plan: visit 1 "));
}

TEST_CASE("the plan table names a file whatever characters its name holds, on one line") {
  const std::string table =
      check::plan_table(check::printable("a\nb.json"), plan(scar_course(1), 2027y / December / 20));
  CHECK(table.starts_with("a\\nb.json: clinical scar reduction course, 1 visit from 2027-12-20\n"));
}

namespace {
check::command_line parse(const std::vector<std::string_view>& arguments) {
  return check::parse_command_line(arguments);
}
}  // namespace

TEST_CASE("the option --schedule takes the first visit's day and --timeline the picture's file") {
  const check::command_line line =
      parse({"--schedule", "2027-12-20", "--timeline=plan.svg", "acne.json"});
  REQUIRE(line.error.empty());
  CHECK(line.chosen.what == check::action::check_files);
  CHECK(line.chosen.schedule_from == "2027-12-20");
  CHECK(line.chosen.timeline_file == "plan.svg");
  CHECK(line.chosen.files == std::vector<std::string>{"acne.json"});
}

TEST_CASE(
    "the option --schedule with a day the calendar does not have says why, as a protocol's date "
    "does") {
  CHECK(parse({"--schedule", "2027-02-29", "a.json"}).error ==
        "--schedule \"2027-02-29\" does not exist: month 2 of 2027 has 28 days");
  CHECK(parse({"--schedule", "20.12.2027", "a.json"}).error ==
        "--schedule \"20.12.2027\" is not a date; write it as YYYY-MM-DD, such as \"2027-03-01\"");
}

TEST_CASE("the option --timeline needs --schedule and exactly one protocol file") {
  CHECK(parse({"--timeline", "plan.svg", "a.json"}).error ==
        "--timeline draws a plan: it needs --schedule YYYY-MM-DD");
  CHECK(parse({"--schedule", "2027-12-20", "--timeline", "plan.svg", "a.json", "b.json"}).error ==
        "--timeline draws the plan of one protocol file, not 2");
  CHECK(parse({"--schedule", "2027-12-20", "--timeline=", "a.json"}).error ==
        "--timeline needs a file name");
}

TEST_CASE("the option --schedule prints text, and plans files only") {
  CHECK(parse({"--schedule", "2027-12-20", "--format", "json", "a.json"}).error ==
        "--schedule prints text: it cannot be combined with --format json");
  CHECK(parse({"--schedule", "2027-12-20", "--list-rules"}).error ==
        "--schedule plans the courses of protocol files");
  CHECK(parse({"--schedule", "2027-12-20"}).error == "no protocol file given");
}

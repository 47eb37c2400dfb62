#include <dermaroller/dermaroller.hpp>
#include <dermaroller/extra/schedule.hpp>
#include <dermaroller/extra/timeline_svg.hpp>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "catch.hpp"

using namespace dermaroller;
using namespace dermaroller::literals;
using std::chrono::year_month_day;
using std::chrono::operator""y;
using std::chrono::December;
using std::chrono::February;
using std::chrono::March;

namespace {

course clinical_course(std::size_t visits) {
  course c{setting::clinical, indication::scars, treatment_goal::scar_reduction};
  session visit{1.5_mm, pass_count{15}};
  visit.anesthetic = true;
  for (std::size_t i = 0; i < visits; ++i) (void)c.sessions.push_back(visit);
  return c;
}

course home_course() {
  course c{setting::home, indication::skin_health, treatment_goal::maintenance};
  const session visit{250_um, pass_count{15}};
  c.sessions = {visit, visit};
  return c;
}

std::size_t occurrences(std::string_view text, std::string_view part) {
  std::size_t count = 0;
  for (std::size_t at = text.find(part); at != std::string_view::npos;
       at = text.find(part, at + part.size())) {
    ++count;
  }
  return count;
}

// Every element opened is closed, in order: what a browser needs to draw the picture at all.
bool elements_balance(std::string_view svg) {
  std::vector<std::string_view> open;
  for (std::size_t at = svg.find('<'); at != std::string_view::npos; at = svg.find('<', at + 1)) {
    const std::size_t end = svg.find('>', at);
    if (end == std::string_view::npos) return false;
    const std::string_view tag = svg.substr(at + 1, end - at - 1);
    if (tag.ends_with('/')) continue;
    const std::string_view name =
        tag.substr(tag.starts_with('/') ? 1 : 0)
            .substr(0, tag.find_first_of(" \n") - (tag.starts_with('/') ? 1 : 0));
    if (tag.starts_with('/')) {
      if (open.empty() || open.back() != name) return false;
      open.pop_back();
    } else {
      open.push_back(name);
    }
  }
  return open.empty();
}

// The x of every month label on the calendar axis (drawn at y = rows_top - 14).
std::vector<int> month_label_positions(std::string_view svg) {
  std::vector<int> positions;
  const std::string marker =
      "\" y=\"" + std::to_string(detail::svg::rows_top - 14) + "\" font-size=\"13\"";
  for (std::size_t at = svg.find(marker); at != std::string_view::npos;
       at = svg.find(marker, at + 1)) {
    const std::size_t x_at = svg.rfind("x=\"", at) + 3;
    positions.push_back(std::stoi(std::string{svg.substr(x_at, at - x_at)}));
  }
  return positions;
}

const std::string scar_timeline = [] {
  timeline_options options;
  options.title = "Acne scar course";
  return timeline_svg(plan(clinical_course(5), 2027y / December / 20), options);
}();

}  // namespace

TEST_CASE("a timeline is one well-formed SVG document") {
  CHECK(scar_timeline.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  CHECK(scar_timeline.ends_with("</svg>\n"));
  CHECK(elements_balance(scar_timeline));
}

TEST_CASE("a timeline names every visit with its recommended day and its window") {
  CHECK(occurrences(scar_timeline, "Visit 1 \u00b7 2027-12-20") == 1);
  CHECK(occurrences(scar_timeline, "first visit") == 1);
  CHECK(occurrences(scar_timeline, "Visit 2 \u00b7 2028-02-07") == 1);
  CHECK(occurrences(scar_timeline, "window 2028-01-31 to 2028-02-14") == 1);
  CHECK(occurrences(scar_timeline, "Visit 5 \u00b7 2028-07-03") == 1);
  CHECK(occurrences(scar_timeline, "window 2028-06-26 to 2028-07-10") == 1);
}

TEST_CASE("a timeline draws a window bar for each visit after the first, and a dot for each") {
  const std::string window_edge = "stroke=\"" + std::string{detail::svg::window_edge} + "\"";
  const std::string recommended = "fill=\"" + std::string{detail::svg::recommended_fill} + "\"";
  CHECK(occurrences(scar_timeline, window_edge) == 4 + 1);  // and one in the legend
  CHECK(occurrences(scar_timeline, recommended) == 5 + 1);
}

TEST_CASE("a timeline shows each visit's aftercare in hours, from the guidelines") {
  CHECK(occurrences(scar_timeline, "Aftercare (hours)") == 1);
  CHECK(occurrences(scar_timeline, "clean environment 1 h") == 5);
  CHECK(occurrences(scar_timeline, "anti-inflammatory 24 h") == 5);
  CHECK(occurrences(scar_timeline, ">24 h</text>") == 1);  // the column's scale

  guidelines longer_cover;
  longer_cover.anti_inflammatory_cover = 48_hours;
  const std::string longer =
      timeline_svg(plan(clinical_course(2), 2027y / December / 20, longer_cover));
  CHECK(occurrences(longer, "anti-inflammatory 48 h") == 2);
  CHECK(occurrences(longer, ">48 h</text>") == 1);
}

TEST_CASE("a timeline across a year boundary names both years, the new one in bold") {
  CHECK(occurrences(scar_timeline, ">Dec 2027</text>") == 1);
  CHECK(occurrences(scar_timeline, "font-weight=\"bold\" fill=\"#222\">Jan 2028</text>") == 1);
  CHECK(occurrences(scar_timeline, ">Feb</text>") == 1);
}

TEST_CASE("a timeline's legend says what the window and the dot mean, in the guidelines' numbers") {
  CHECK(occurrences(scar_timeline, "rest window: 6 weeks to 8 weeks after the previous visit") ==
        1);
  CHECK(occurrences(scar_timeline, "recommended day: 7 weeks after the previous one") == 1);
}

TEST_CASE("month labels of a long course are spaced so that they never overlap") {
  const std::string long_course =
      timeline_svg(plan(clinical_course(session_capacity), 2027y / December / 20));
  const std::vector<int> positions = month_label_positions(long_course);
  REQUIRE(positions.size() > 5);  // some eight years of visits
  for (std::size_t i = 1; i < positions.size(); ++i) {
    CHECK(positions[i] - positions[i - 1] >= 64);
  }
  CHECK(elements_balance(long_course));
}

TEST_CASE("a home course's timeline has no windows, no aftercare column and undated visits") {
  const std::string at_home = timeline_svg(plan(home_course(), 2027y / December / 20));
  CHECK(occurrences(at_home, "Visit 2") == 1);
  CHECK(occurrences(at_home, "no date: no interval for home use") == 1);
  CHECK(occurrences(at_home, "rest window") == 0);
  CHECK(occurrences(at_home, "Aftercare") == 0);
  CHECK(occurrences(at_home, "planned day") == 1);
  CHECK(elements_balance(at_home));
}

TEST_CASE("a timeline marks the visits that happened and the day it is drawn for") {
  const std::array<year_month_day, 2> logged{2027y / December / 20, 2028y / February / 3};
  timeline_options options;
  options.logged = logged;
  options.as_of = 2028y / March / 1;
  const std::string with_log =
      timeline_svg(plan(clinical_course(3), 2027y / December / 20), options);
  const std::string logged_fill = "fill=\"" + std::string{detail::svg::logged_fill} + "\"";
  CHECK(occurrences(with_log, logged_fill) == 2 + 1);  // and one in the legend
  CHECK(occurrences(with_log, "visit as it happened") == 1);
  CHECK(occurrences(with_log, ">as of 2028-03-01</text>") == 2);  // beside the line, in the legend
  CHECK(elements_balance(with_log));
}

TEST_CASE("a title is written as text, never as markup") {
  timeline_options options;
  options.title = "Scars <face> & \"neck\"";
  const std::string titled = timeline_svg(plan(clinical_course(2), 2027y / December / 20), options);
  // Once drawn, once in the <title> a screen reader reads.
  CHECK(occurrences(titled, "Scars &lt;face&gt; &amp; &quot;neck&quot;") == 2);
  CHECK(occurrences(titled, "<title id=\"timeline-title\">Scars &lt;face&gt;") == 1);
  CHECK(elements_balance(titled));
}

// True when every character is one XML 1.0 allows (its Char production) in well-formed UTF-8.
bool only_xml_characters(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = dermaroller::detail::utf8_sequence_length(text, i);
    if (length == 0) return false;
    const auto byte = static_cast<unsigned char>(text[i]);
    if (length == 1 && byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') return false;
    const std::string_view sequence = text.substr(i, length);
    if (sequence == "\xEF\xBF\xBE" || sequence == "\xEF\xBF\xBF") return false;
    i += length;
  }
  return true;
}

TEST_CASE("a title with characters XML forbids, or bytes that are not UTF-8, stays well-formed") {
  timeline_options options;
  const std::string title{"a\0b\x01\x1f\xEF\xBF\xBE\xEF\xBF\xBF\xff\xc3 \xc3\xa9\t<", 18};
  options.title = title;
  const std::string svg = timeline_svg(plan(clinical_course(2), 2027y / December / 20), options);
  CHECK(only_xml_characters(svg));
  CHECK(elements_balance(svg));
  // Each forbidden character or stray byte is one U+FFFD; UTF-8 and tab are kept.
  CHECK(occurrences(svg,
                    "<title id=\"timeline-title\">a\xEF\xBF\xBD"
                    "b\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD"
                    " \xc3\xa9\t&lt;</title>") == 1);
}

TEST_CASE("a timeline has a title and a description for screen readers") {
  timeline_options options;
  options.title = "Acne scar course";
  const std::string svg = timeline_svg(plan(clinical_course(5), 2027y / December / 20), options);
  CHECK(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\""));
  CHECK(occurrences(svg, "role=\"img\" aria-labelledby=\"timeline-title timeline-desc\"") == 1);
  CHECK(occurrences(svg, "<title id=\"timeline-title\">Acne scar course</title>") == 1);
  CHECK(occurrences(svg,
                    "<desc id=\"timeline-desc\">clinical scar reduction course, 5 visits "
                    "from 2027-12-20</desc>") == 1);
  // Words, not the enum names of protocol files.
  CHECK(occurrences(svg, "scar_reduction") == 0);
}

TEST_CASE("a timeline says which days come from the protocol and which are planned") {
  course dated = clinical_course(3);
  dated.sessions[1].date = calendar_date{2028, 3, 6};
  dated.sessions[2].rest = 45_days;
  const std::string svg = timeline_svg(plan(dated, 2027y / December / 20));
  CHECK(occurrences(svg, ">planned: window 2028-01-10 to 2028-01-24</text>") == 1);
  CHECK(occurrences(svg, ">Visit 2 \u00b7 2028-03-06</text>") == 1);
  CHECK(occurrences(svg, ">the protocol's own date</text>") == 1);
  CHECK(occurrences(svg, ">Visit 3 \u00b7 2028-04-20</text>") == 1);
  CHECK(occurrences(svg, ">from the protocol's own rests</text>") == 1);
  CHECK(elements_balance(svg));
}

TEST_CASE("a course its protocol dates has no window in its legend: its dots are its days") {
  course dated = clinical_course(2);
  dated.sessions[0].date = calendar_date{2028, 1, 3};
  dated.sessions[1].rest = 6_weeks;
  const std::string svg = timeline_svg(plan(dated, 2027y / December / 20));
  CHECK(occurrences(svg, "rest window") == 0);
  CHECK(occurrences(svg, "recommended day") == 0);
  CHECK(occurrences(svg, ">the visit's day</text>") == 1);
}

TEST_CASE("a timeline past 9999-12-31 draws the refusal, naming the visit, and no year 0000") {
  const std::string svg = timeline_svg(plan(clinical_course(3), std::chrono::year{9999} / 11 / 20));
  CHECK(occurrences(svg, "visit 2 would fall outside the days a protocol can write") == 2);
  CHECK(occurrences(svg, "0000-") == 0);
  CHECK(elements_balance(svg));
}

TEST_CASE("a plan that could not be made draws its reason instead of a calendar") {
  const std::string undated = timeline_svg(plan(clinical_course(2), 2027y / February / 30));
  // Drawn, and said in the <desc>.
  CHECK(occurrences(undated, "the first visit is not a date") == 2);
  CHECK(elements_balance(undated));
  const std::string empty = timeline_svg(plan(clinical_course(0), 2027y / March / 1));
  CHECK(occurrences(empty, "no visits to plan") == 1);
}

TEST_CASE("a clinic's own window is described in its own numbers") {
  guidelines clinic;
  clinic.rest_between_sessions = {28_days, 30_days};
  const std::string own = timeline_svg(plan(clinical_course(3), 2027y / December / 20, clinic));
  CHECK(occurrences(own, "rest window: 4 weeks to 30 days after the previous visit") == 1);
  CHECK(occurrences(own, "recommended day: 29 days after the previous one") == 1);
  clinic.rest_between_sessions = {7_days, 7_days};
  const std::string weekly = timeline_svg(plan(clinical_course(3), 2027y / December / 20, clinic));
  CHECK(occurrences(weekly, "rest window: 1 week to 1 week after the previous visit") == 1);
}

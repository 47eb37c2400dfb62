#pragma once
// A plan drawn as an SVG timeline: one row per visit, its rest window as a bar on a calendar
// axis, the recommended day as a dot, and the aftercare after it as a small strip in hours.
// An optional part (it builds a std::string); what it looks like: docs/schedules.md.

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "dermaroller/detail/maybe.hpp"
#include "dermaroller/detail/utf8.hpp"
#include "dermaroller/extra/visit_plan.hpp"
#include "dermaroller/vocabulary.hpp"

namespace dermaroller {

struct timeline_options {
  std::string_view title{"Treatment plan"};  // e.g. the course's name
  // Visits that happened, marked on their rows, and the day the picture is drawn for.
  std::span<const std::chrono::year_month_day> logged{};
  maybe<std::chrono::year_month_day> as_of{};
};

// "clinical scar reduction course": the plan's setting and goal in words, as a clinician
// reads them (the enum names, with their underscores, are for protocol files).
[[nodiscard]] inline std::string course_in_words(const treatment_plan& plan) {
  std::string words =
      std::string{to_string(plan.setting)} + ' ' + std::string{to_string(plan.goal)} + " course";
  std::replace(words.begin(), words.end(), '_', ' ');
  return words;
}

// Why a plan could not be made, in a sentence; empty for a plan that is ok().
[[nodiscard]] inline std::string plan_problem_words(const treatment_plan& plan) {
  switch (plan.problem) {
    case plan_problem::none: break;
    case plan_problem::first_visit_not_a_date: return "the first visit is not a date";
    case plan_problem::date_out_of_range:
      return "visit " + std::to_string(plan.problem_visit + 1) +
             " would fall outside the days a protocol can write, 0001-01-01 to 9999-12-31 (its "
             "day, its window or its aftercare)";
  }
  return {};
}

namespace detail::svg {

using std::chrono::sys_days;

// Three columns: the visits' labels, the calendar, and the aftercare in hours (on a scale
// of its own: an hour is too short to see on a calendar of months).
inline constexpr int width = 1200;
inline constexpr int label_column = 270;
inline constexpr int calendar_end_with_aftercare = 960;
inline constexpr int aftercare_left = 990;
inline constexpr int aftercare_right = 1180;
inline constexpr int rows_top = 100;
inline constexpr int row_height = 56;

inline constexpr std::string_view window_fill = "#cfe3f7";
inline constexpr std::string_view window_edge = "#3d7cc9";
inline constexpr std::string_view recommended_fill = "#17467f";
inline constexpr std::string_view clean_fill = "#e8771e";
inline constexpr std::string_view cover_fill = "#f2a7b8";
inline constexpr std::string_view logged_fill = "#1b8a4a";
inline constexpr std::string_view as_of_stroke = "#c0392b";

// Text as XML 1.0 character data, whatever bytes it holds: the markup characters escaped,
// and every character the XML Char production forbids (the controls other than tab, line
// feed and carriage return, U+FFFE, U+FFFF) or byte that is not UTF-8 replaced with U+FFFD.
inline std::string escaped(std::string_view text) {
  constexpr std::string_view replacement = "\xEF\xBF\xBD";
  std::string out;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = dermaroller::detail::utf8_sequence_length(text, i);
    if (length != 1) {
      const std::string_view sequence = text.substr(i, length);
      const bool forbidden =
          length == 0 || sequence == "\xEF\xBF\xBE" || sequence == "\xEF\xBF\xBF";
      out += forbidden ? replacement : sequence;
      i += length == 0 ? 1 : length;
      continue;
    }
    const char c = text[i++];
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\t':
      case '\n':
      case '\r': out += c; break;
      default: out += static_cast<unsigned char>(c) < 0x20 ? replacement : std::string_view{&c, 1};
    }
  }
  return out;
}

inline std::string number(double value) { return std::to_string(std::lround(value)); }

inline std::string date(const std::chrono::year_month_day& day) {
  return std::string{to_text(day).view()};
}

inline std::string weeks_or_days(day_count days) {
  const auto counted = [](std::int32_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + ' ' + std::string{n == 1 ? one : many};
  };
  if (days.count() % 7 == 0) return counted(days.count() / 7, "week", "weeks");
  return counted(days.count(), "day", "days");
}

// Maps days onto the horizontal axis.
struct day_axis {
  sys_days first;
  sys_days last;  // exclusive
  double left{0};
  double right{0};

  [[nodiscard]] double x(sys_days day) const {
    const double span = static_cast<double>((last - first).count());
    return left + (right - left) * static_cast<double>((day - first).count()) / span;
  }
  [[nodiscard]] double pixels_per_day() const {
    return (right - left) / static_cast<double>((last - first).count());
  }
};

inline bool has_aftercare(const treatment_plan& plan) {
  return std::any_of(plan.visits.begin(), plan.visits.end(),
                     [](const planned_visit& visit) { return !visit.aftercare.empty(); });
}

inline std::chrono::hours longest_aftercare(const treatment_plan& plan) {
  std::chrono::hours longest{1};
  for (const planned_visit& visit : plan.visits) {
    for (const aftercare_window& care : visit.aftercare) longest = std::max(longest, care.lasts);
  }
  return longest;
}

inline double aftercare_x(std::chrono::hours after, std::chrono::hours longest) {
  return aftercare_left + (aftercare_right - aftercare_left) * static_cast<double>(after.count()) /
                              static_cast<double>(longest.count());
}

inline day_axis axis_for(const treatment_plan& plan, const timeline_options& options) {
  // Dates from a protocol may be out of order: the axis spans them all.
  sys_days first{plan.first_dated()->earliest};
  sys_days last = first;
  for (const planned_visit& visit : plan.visits) {
    if (!visit.is_dated()) continue;
    first = std::min(first, sys_days{visit.earliest});
    last = std::max(last, sys_days{visit.latest});
  }
  for (const auto& day : options.logged) {
    first = std::min(first, sys_days{day});
    last = std::max(last, sys_days{day});
  }
  if (options.as_of) {
    first = std::min(first, sys_days{*options.as_of});
    last = std::max(last, sys_days{*options.as_of});
  }
  // From the start of a month at least a week before, so that the first visit has its month
  // named, to a week after; at least two months, so that a short plan is not stretched thin.
  const std::chrono::year_month_day week_before{first - std::chrono::days{7}};
  first = sys_days{week_before.year() / week_before.month() / 1};
  last += std::chrono::days{8};
  if (last - first < std::chrono::days{61}) last = first + std::chrono::days{61};
  return {first, last, label_column,
          has_aftercare(plan) ? double{calendar_end_with_aftercare} : double{width - 30}};
}

inline void text(std::string& out, double x, double y, std::string_view content,
                 std::string_view style = "") {
  out += "<text x=\"" + number(x) + "\" y=\"" + number(y) + "\"";
  if (!style.empty()) out += ' ' + std::string{style};
  out += '>' + escaped(content) + "</text>\n";
}

inline void rect(std::string& out, double x, double y, double w, double h, std::string_view fill,
                 std::string_view extra = "") {
  out += "<rect x=\"" + number(x) + "\" y=\"" + number(y) + "\" width=\"" +
         number(std::max(w, 1.0)) + "\" height=\"" + number(h) + "\" fill=\"" + std::string{fill} +
         "\"";
  if (!extra.empty()) out += ' ' + std::string{extra};
  out += "/>\n";
}

inline void line(std::string& out, double x1, double y1, double x2, double y2,
                 std::string_view style) {
  out += "<line x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\"" + number(x2) +
         "\" y2=\"" + number(y2) + "\" " + std::string{style} + "/>\n";
}

// Month lines across all rows, labelled with the month (and the year, in January and at
// the start), spaced so that labels never overlap.
inline void month_grid(std::string& out, const day_axis& axis, double bottom) {
  using namespace std::chrono;
  constexpr std::array<std::string_view, 12> names{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const double pixels_per_month = axis.pixels_per_day() * 30.44;
  const int step = std::max(1, static_cast<int>(std::ceil(64.0 / pixels_per_month)));
  const year_month_day start{axis.first};
  year_month month = start.year() / start.month();
  year labelled_year{0};
  for (; sys_days{month / 1} < axis.last; month += months{step}) {
    const double x = axis.x(sys_days{month / 1});
    const bool new_year = month.month() == January;
    line(out, x, rows_top - 10, x, bottom,
         new_year ? "stroke=\"#555\" stroke-width=\"1.5\"" : "stroke=\"#d5d5d5\"");
    std::string label{names[unsigned{month.month()} - 1]};
    if (month.year() != labelled_year) label += ' ' + std::to_string(int{month.year()});
    // A label that would run into the aftercare column is left out; its line stays.
    if (x + 8.5 * static_cast<double>(label.size()) > axis.right + 20) continue;
    labelled_year = month.year();
    text(out, x + 4, rows_top - 14, label,
         new_year ? "font-size=\"13\" font-weight=\"bold\" fill=\"#222\""
                  : "font-size=\"13\" fill=\"#555\"");
  }
}

inline void logged_mark(std::string& out, double x, double y) {
  out += "<path d=\"M" + number(x) + ' ' + number(y - 9) + " l7 9 l-7 9 l-7 -9 z\" fill=\"" +
         std::string{logged_fill} + "\" stroke=\"white\"/>\n";
}

// The aftercare column's title and its hour lines: 0, half the longest window, the longest.
inline void aftercare_header(std::string& out, const treatment_plan& plan, double bottom) {
  const std::chrono::hours longest = longest_aftercare(plan);
  text(out, aftercare_left, rows_top - 34, "Aftercare (hours)",
       "font-size=\"12\" font-weight=\"bold\" fill=\"#222\"");
  for (const std::chrono::hours at : {std::chrono::hours{0}, longest / 2, longest}) {
    const double x = aftercare_x(at, longest);
    line(out, x, rows_top - 10, x, bottom, "stroke=\"#d5d5d5\"");
    text(out, x, rows_top - 14, std::to_string(at.count()) + " h",
         "font-size=\"11\" fill=\"#555\" text-anchor=\"middle\"");
  }
}

inline std::string visit_summary(const planned_visit& visit, const treatment_plan& plan) {
  switch (visit.timing) {
    case visit_timing::first_visit: return "first visit, the day given";
    case visit_timing::protocol_date: return "the protocol's own date";
    case visit_timing::protocol_interval: return "from the protocol's own rests";
    case visit_timing::rest_window:
    case visit_timing::rest_window_before:
      return "planned: window " + date(visit.earliest) + " to " + date(visit.latest);
    case visit_timing::not_planned: break;
  }
  return plan.setting == setting::home ? "no date: no interval for home use" : "no date";
}

inline void visit_row(std::string& out, const treatment_plan& plan, std::size_t index,
                      const day_axis& axis, const timeline_options& options) {
  const planned_visit& visit = plan.visits[index];
  const double top = rows_top + static_cast<double>(index * row_height);
  const double middle = top + 22;

  std::string heading = "Visit " + std::to_string(index + 1);
  if (visit.is_dated()) heading += " \u00b7 " + date(visit.recommended);
  text(out, 16, top + 22, heading, "font-size=\"15\" font-weight=\"bold\" fill=\"#17202a\"");
  text(out, 16, top + 41, visit_summary(visit, plan), "font-size=\"12\" fill=\"#566573\"");
  if (!visit.is_dated()) return;

  const sys_days recommended{visit.recommended};
  if (visit.is_window()) {
    const double left = axis.x(sys_days{visit.earliest});
    const double right = axis.x(sys_days{visit.latest} + std::chrono::days{1});
    rect(out, left, middle - 10, right - left, 20, window_fill,
         "stroke=\"" + std::string{window_edge} + "\" rx=\"4\"");
  }
  const double day_centre = axis.x(recommended) + axis.pixels_per_day() / 2;

  // The aftercare in its own column, in hours after the visit.
  const std::chrono::hours longest = longest_aftercare(plan);
  for (const aftercare_window& care : visit.aftercare) {
    const bool clean = care.kind == aftercare_kind::clean_environment;
    const double bar_top = top + (clean ? 12 : 30);
    const double bar_end = aftercare_x(care.lasts, longest);
    rect(out, aftercare_left, bar_top, bar_end - aftercare_left, 12,
         clean ? clean_fill : cover_fill);
    const std::string label = (clean ? "clean environment " : "anti-inflammatory ") +
                              std::to_string(care.lasts.count()) + " h";
    // A label that fits inside its bar goes there; a short bar has it beside.
    const bool inside = bar_end - aftercare_left > 7.0 * static_cast<double>(label.size());
    text(out, inside ? aftercare_left + 5 : bar_end + 5, bar_top + 10, label,
         clean ? "font-size=\"11\" fill=\"#8a3f06\"" : "font-size=\"11\" fill=\"#5c1427\"");
  }
  out += "<circle cx=\"" + number(day_centre) + "\" cy=\"" + number(middle) + "\" r=\"6\" fill=\"" +
         std::string{recommended_fill} + "\" stroke=\"white\" stroke-width=\"1.5\"/>\n";

  if (index < options.logged.size()) {
    const double x = axis.x(sys_days{options.logged[index]}) + axis.pixels_per_day() / 2;
    logged_mark(out, x, middle);
  }
}

inline void legend(std::string& out, const treatment_plan& plan, const timeline_options& options,
                   double top) {
  double x = 16;
  const auto item = [&](std::string_view swatch, std::string_view label) {
    out += swatch;
    text(out, x + 22, top + 4, label, "font-size=\"12\" fill=\"#333\"");
    x += 40 + 6.6 * static_cast<double>(label.size());
  };
  const std::string rest_words =
      weeks_or_days(plan.rest.shortest) + " to " + weeks_or_days(plan.rest.longest);
  // The window and its middle explain only visits the plan placed; a course its protocol
  // dates has days, not windows.
  const bool planned_in_window = std::any_of(plan.visits.begin(), plan.visits.end(),
                                             [](const planned_visit& v) { return v.is_window(); });
  std::string swatch;
  rect(swatch, x, top - 6, 16, 12, window_fill,
       "stroke=\"" + std::string{window_edge} + "\" rx=\"3\"");
  if (planned_in_window) item(swatch, "rest window: " + rest_words + " after the previous visit");
  swatch.clear();
  swatch += "<circle cx=\"" + number(x + 8) + "\" cy=\"" + number(top) + "\" r=\"6\" fill=\"" +
            std::string{recommended_fill} + "\"/>\n";
  item(swatch, planned_in_window
                   ? "recommended day: " + weeks_or_days(recommended_rest(plan.rest)) +
                         " after the previous one"
               : plan.setting == setting::clinical ? std::string{"the visit's day"}
                                                   : std::string{"planned day"});
  if (!options.logged.empty()) {
    swatch.clear();
    logged_mark(swatch, x + 8, top);
    item(swatch, "visit as it happened");
  }
  if (options.as_of) {
    swatch.clear();
    line(
        swatch, x + 8, top - 8, x + 8, top + 8,
        "stroke=\"" + std::string{as_of_stroke} + "\" stroke-width=\"2\" stroke-dasharray=\"4 3\"");
    item(swatch, "as of " + date(*options.as_of));
  }
}

}  // namespace detail::svg

// The plan as a standalone SVG document, about 1200 pixels wide.
[[nodiscard]] inline std::string timeline_svg(const treatment_plan& plan,
                                              const timeline_options& options = {}) {
  namespace svg = detail::svg;
  const double rows_bottom =
      svg::rows_top + static_cast<double>(plan.visits.size() * svg::row_height);
  const double height = rows_bottom + 62;
  const bool drawn = plan.ok() && !plan.visits.empty();
  // What a screen reader says for the picture: the title, then the course in a sentence.
  const std::string description =
      !plan.ok()            ? "No plan: " + plan_problem_words(plan)
      : plan.visits.empty() ? std::string{"No visits to plan"}
                            : course_in_words(plan) + ", " + std::to_string(plan.visits.size()) +
                                  (plan.visits.size() == 1 ? " visit" : " visits") + " from " +
                                  svg::date(plan.first_dated()->recommended);
  std::string out;
  out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(svg::width) +
         "\" height=\"" + svg::number(height) + "\" viewBox=\"0 0 " + std::to_string(svg::width) +
         ' ' + svg::number(height) +
         "\" font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\" role=\"img\" "
         "aria-labelledby=\"timeline-title timeline-desc\">\n";
  out += "<title id=\"timeline-title\">" + svg::escaped(options.title) + "</title>\n";
  out += "<desc id=\"timeline-desc\">" + svg::escaped(description) + "</desc>\n";
  svg::rect(out, 0, 0, svg::width, height, "white");
  svg::text(out, 16, 30, options.title, "font-size=\"20\" font-weight=\"bold\" fill=\"#17202a\"");
  if (!drawn) {
    svg::text(out, 16, 56, plan.ok() ? "no visits to plan" : plan_problem_words(plan),
              "font-size=\"13\" fill=\"#566573\"");
    return out + "</svg>\n";
  }
  svg::text(out, 16, 52, description, "font-size=\"13\" fill=\"#566573\"");

  for (std::size_t index = 1; index < plan.visits.size(); index += 2) {
    svg::rect(out, 0, svg::rows_top + static_cast<double>(index * svg::row_height), svg::width,
              svg::row_height, "#f4f6f8");
  }
  const svg::day_axis axis = svg::axis_for(plan, options);
  svg::month_grid(out, axis, rows_bottom);
  if (svg::has_aftercare(plan)) svg::aftercare_header(out, plan, rows_bottom);
  for (std::size_t index = 0; index < plan.visits.size(); ++index) {
    svg::visit_row(out, plan, index, axis, options);
  }
  if (options.as_of) {
    const double x = axis.x(std::chrono::sys_days{*options.as_of});
    svg::line(out, x, svg::rows_top - 6, x, rows_bottom,
              "stroke=\"" + std::string{svg::as_of_stroke} +
                  "\" stroke-width=\"2\" stroke-dasharray=\"5 4\"");
    // Beside the line, on whichever side has room.
    const bool room_right = x + 110 < svg::width;
    svg::text(out, room_right ? x + 4 : x - 4, rows_bottom - 4,
              "as of " + svg::date(*options.as_of),
              "font-size=\"11\" fill=\"" + std::string{svg::as_of_stroke} + "\"" +
                  (room_right ? "" : " text-anchor=\"end\""));
  }
  svg::legend(out, plan, options, rows_bottom + 26);
  return out + "</svg>\n";
}

}  // namespace dermaroller

#pragma once
// What `dermaroller-check --schedule DATE FILE` does: checks each file as usual, then prints
// the plan of its course as a table, one line per visit, and, with --timeline, draws the
// same plan as an SVG picture. Both check and plan with the guidelines chosen (--guidelines),
// so a clinical course is planned in that set's rest window. How plans are made: docs/schedules.md.

#include <chrono>
#include <cstddef>
#include <fstream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "check_file.hpp"
#include "check_options.hpp"
#include "check_output.hpp"
#include "dermaroller/extra/schedule.hpp"
#include "dermaroller/extra/timeline_svg.hpp"
#include "dermaroller/protocol_values.hpp"
#include "dermaroller/vocabulary.hpp"
#include "rule_catalogue.hpp"  // detail::days(), as --explain writes days

namespace dermaroller::check {

namespace detail {

inline std::string padded(std::string_view text, std::size_t width) {
  std::string out{text};
  if (out.size() < width) out.append(width - out.size(), ' ');
  return out;
}

inline std::string aftercare_words(const planned_visit& visit) {
  std::string words;
  for (const aftercare_window& care : visit.aftercare) {
    if (!words.empty()) words += "; ";
    words += care.kind == aftercare_kind::clean_environment ? "clean environment "
                                                            : "anti-inflammatory cover ";
    words += std::to_string(care.lasts.count()) + " h";
    if (care.closes_on != visit.recommended) {
      words += " (to " + std::string{to_text(care.closes_on).view()} + ")";
    }
  }
  return words;
}

inline std::string_view date_source(const planned_visit& visit) {
  switch (visit.timing) {
    case visit_timing::first_visit: return "--schedule";
    case visit_timing::protocol_date: return "file: date";
    case visit_timing::protocol_interval: return "file: rest";
    case visit_timing::rest_window:
    case visit_timing::rest_window_before: return "planned";
    case visit_timing::not_planned: break;
  }
  return "-";
}

}  // namespace detail

// The plan as a table under a heading line naming the file:
//
//   acne-scars.json: clinical scar reduction course, 5 visits from 2027-12-20
//   visit  earliest    recommended  latest      from        aftercare
//   1      2027-12-20  2027-12-20   2027-12-20  --schedule  clean environment 1 h; anti-...
//
// then lines saying where the dates come from. `file` is printed as given: the caller escapes
// it (printable()).
[[nodiscard]] inline std::string plan_table(std::string_view file, const treatment_plan& plan) {
  std::string out{file};
  if (!plan.ok()) return out + ": no plan: " + plan_problem_words(plan) + '\n';
  out += ": " + course_in_words(plan) + ", " + std::to_string(plan.visits.size()) +
         (plan.visits.size() == 1 ? " visit" : " visits");
  if (plan.visits.empty()) return out + "\n";
  out += " from " + std::string{to_text(plan.first_dated()->recommended).view()} + '\n';

  constexpr std::size_t date_width = 12;
  constexpr std::size_t source_width = 12;
  out += "visit  " + detail::padded("earliest", date_width) +
         detail::padded("recommended", date_width + 1) + detail::padded("latest", date_width) +
         detail::padded("from", source_width) + "aftercare\n";
  bool planned_backwards = false;
  for (std::size_t index = 0; index < plan.visits.size(); ++index) {
    const planned_visit& visit = plan.visits[index];
    planned_backwards = planned_backwards || visit.timing == visit_timing::rest_window_before;
    std::string row = detail::padded(std::to_string(index + 1), 7);
    if (visit.is_dated()) {
      row += detail::padded(to_text(visit.earliest).view(), date_width);
      row += detail::padded(to_text(visit.recommended).view(), date_width + 1);
      row += detail::padded(to_text(visit.latest).view(), date_width);
    } else {
      row += detail::padded("-", date_width) + detail::padded("-", date_width + 1) +
             detail::padded("-", date_width);
    }
    row += detail::padded(detail::date_source(visit), source_width);
    const planned_visit* previous = index > 0 ? &plan.visits[index - 1] : nullptr;
    if (!visit.aftercare.empty()) {
      row += detail::aftercare_words(visit);
    } else if (visit.timing == visit_timing::protocol_interval && previous != nullptr &&
               previous->is_dated()) {
      const auto rest =
          std::chrono::sys_days{visit.recommended} - std::chrono::sys_days{previous->recommended};
      row += "(the protocol's own rest of " + std::to_string(rest.count()) + " days)";
    } else if (visit.timing == visit_timing::not_planned) {
      row += "(no date: the document gives no interval)";
    }
    while (!row.empty() && row.back() == ' ') row.pop_back();
    out += row + '\n';
  }

  out +=
      "from: --schedule: the day given; file: the protocol's own date, or one its rests place; "
      "planned: the guidelines' window\n";
  if (plan.setting == setting::clinical) {
    out += "windows: " + detail::days(plan.rest.shortest) + " to " +
           detail::days(plan.rest.longest) + " after the previous visit's recommended day" +
           (planned_backwards ? " (before the next visit's, for visits before the first dated one)"
                              : "") +
           "; recommended: " + detail::days(recommended_rest(plan.rest)) +
           ", the window's middle\n";
  } else {
    out +=
        "home use: the document gives no interval between sessions; a session's own \"rest\" "
        "dates it\n";
  }
  return out;
}

// --schedule: each file's findings and summary, as without it, then its plan; --timeline
// draws the one file's plan. The exit status is the check's, or 2 when a plan cannot be made
// (a visit would fall past the days a protocol can write: an input error, said on the error
// stream and in the table) or the picture cannot be written.
inline int run_schedule(const options& chosen, const guidelines& g, std::ostream& out,
                        std::ostream& err) {
  // The date was read when the command line was (check_options.hpp).
  const std::chrono::year_month_day first_visit =
      to_year_month_day(*read_date(chosen.schedule_from).value);
  std::vector<file_result> results;
  bool every_plan_made = true;
  for (const std::string& path : chosen.files) {
    const checked_protocol protocol = check_protocol_file(path, g);
    results.push_back(protocol.result);
    write_text(out, protocol.result, chosen.strict);
    if (!protocol.parsed) continue;
    const treatment_plan planned = plan(*protocol.parsed, first_visit, g);
    out << plan_table(printable(protocol.result.file), planned);
    if (!planned.ok()) {
      err << program_name << ": " << printable(protocol.result.file)
          << ": no plan: " << plan_problem_words(planned) << '\n';
      every_plan_made = false;
      continue;
    }
    if (chosen.timeline_file.empty()) continue;
    // The course's name, else the file's.
    const std::string title = protocol.parsed->name.empty()
                                  ? protocol.result.file
                                  : std::string{protocol.parsed->name.view()};
    timeline_options picture;
    picture.title = title;
    std::ofstream svg{chosen.timeline_file, std::ios::binary};
    svg << timeline_svg(planned, picture);
    if (!svg.flush()) {
      err << program_name << ": cannot write the timeline to '" << printable(chosen.timeline_file)
          << "'\n";
      return 2;
    }
  }
  return every_plan_made ? exit_status(results, chosen.strict) : 2;
}

}  // namespace dermaroller::check

#pragma once
// What `dermaroller-check --schedule DATE FILE` does: checks each file as usual, then prints
// the plan of its course as a table, one line per visit, and, with --timeline, draws the
// same plan as an SVG picture. How plans are made: docs/schedules.md.

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

}  // namespace detail

// The plan as a table under a heading line naming the file:
//
//   acne-scars.json: clinical scar_reduction course, 5 visits from 2027-12-20
//   visit  earliest    recommended  latest      aftercare
//   1      2027-12-20  2027-12-20   2027-12-20  clean environment 1 h; anti-inflammatory ...
//
// then a line saying where the windows come from.
[[nodiscard]] inline std::string plan_table(std::string_view file, const treatment_plan& plan) {
  std::string out{file};
  if (!plan.ok()) return out + ": no plan: the first visit is not a date\n";
  out += ": " + std::string{to_string(plan.setting)} + ' ' + std::string{to_string(plan.goal)} +
         " course, " + std::to_string(plan.visits.size()) +
         (plan.visits.size() == 1 ? " visit" : " visits");
  if (plan.visits.empty()) return out + "\n";
  out += " from " + std::string{to_text(plan.visits[0].recommended).view()} + '\n';

  constexpr std::size_t date_width = 12;
  out += "visit  " + detail::padded("earliest", date_width) +
         detail::padded("recommended", date_width + 1) + detail::padded("latest", date_width) +
         "aftercare\n";
  for (std::size_t index = 0; index < plan.visits.size(); ++index) {
    const planned_visit& visit = plan.visits[index];
    std::string row = detail::padded(std::to_string(index + 1), 7);
    if (visit.is_dated()) {
      row += detail::padded(to_text(visit.earliest).view(), date_width);
      row += detail::padded(to_text(visit.recommended).view(), date_width + 1);
      row += detail::padded(to_text(visit.latest).view(), date_width);
    } else {
      row += detail::padded("-", date_width) + detail::padded("-", date_width + 1) +
             detail::padded("-", date_width);
    }
    switch (visit.timing) {
      case visit_timing::first_visit:
      case visit_timing::rest_window: row += detail::aftercare_words(visit); break;
      case visit_timing::protocol_interval: {
        const auto rest = std::chrono::sys_days{visit.recommended} -
                          std::chrono::sys_days{plan.visits[index - 1].recommended};
        row += "(the protocol's own rest of " + std::to_string(rest.count()) + " days)";
        break;
      }
      case visit_timing::not_planned: row += "(no date: the document gives no interval)"; break;
    }
    while (!row.empty() && row.back() == ' ') row.pop_back();
    out += row + '\n';
  }

  if (plan.setting == setting::clinical) {
    out += "windows: " + detail::days(plan.rest.shortest) + " to " +
           detail::days(plan.rest.longest) +
           " after the previous visit's recommended day; recommended: " +
           detail::days(recommended_rest(plan.rest)) + ", the window's middle\n";
  } else {
    out +=
        "home use: the document gives no interval between sessions; a session's own \"rest\" "
        "dates it\n";
  }
  return out;
}

// --schedule: each file's findings and summary, as without it, then its plan; --timeline
// draws the one file's plan. The exit status is the check's, or 2 when the picture cannot be
// written.
inline int run_schedule(const options& chosen, std::ostream& out, std::ostream& err) {
  // The date was read when the command line was (check_options.hpp).
  const std::chrono::year_month_day first_visit =
      to_year_month_day(*read_date(chosen.schedule_from).value);
  std::vector<file_result> results;
  for (const std::string& path : chosen.files) {
    const checked_protocol protocol = check_protocol_file(path);
    results.push_back(protocol.result);
    write_text(out, protocol.result, chosen.strict);
    if (!protocol.parsed) continue;
    const treatment_plan planned = plan(*protocol.parsed, first_visit);
    out << plan_table(protocol.result.file, planned);
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
      err << program_name << ": cannot write the timeline to '" << chosen.timeline_file << "'\n";
      return 2;
    }
  }
  return exit_status(results, chosen.strict);
}

}  // namespace dermaroller::check

// A user's program, compiled with -Wconversion -Wsign-conversion -Wshadow -Werror
// (tests/user_warnings/CMakeLists.txt): each function template of the public headers that a
// program calls at run time is instantiated here, so that a warning inside one fails the build.
#include <dermaroller/dermaroller.hpp>
#include <dermaroller/extra/json_text.hpp>
#include <dermaroller/extra/ostream.hpp>
#include <dermaroller/extra/protocol_writer.hpp>
#include <dermaroller/extra/schedule.hpp>
#include <dermaroller/extra/timeline_svg.hpp>
#include <dermaroller/extra/visit_log.hpp>
#include <dermaroller/extra/visit_plan.hpp>
#include <iostream>
#include <string>

namespace dr = dermaroller;

int main(int argc, char** argv) {
  // Run-time text, so that nothing below is folded away as a constant.
  const std::string input = argc > 1 ? argv[1] : "1.5mm";
  dr::course plan{*dr::from_string<dr::setting>("clinical"),
                  *dr::from_string<dr::indication>("scars"),
                  *dr::from_string<dr::treatment_goal>("scar_reduction")};
  dr::session visit{dr::read_needle_length(input).value.value_or({}), dr::pass_count{argc}};
  visit.rest = dr::read_rest("6w").value;
  if (!plan.sessions.push_back(visit)) return 1;
  if (!plan.aftercare.push_back(dr::aftercare_step{dr::aftercare_kind::moisturizer,
                                                   dr::read_aftercare_duration("24h").value})) {
    return 1;
  }
  for (const dr::diagnostic& d : dr::validate(plan)) {
    std::cout << d << dr::message(d) << dr::message_with_session(d) << d.rule << d.severity;
  }
  const dr::parse_result parsed = dr::parse_protocol(dr::to_json(plan));
  if (parsed.ok()) {
    for (const dr::diagnostic& d : dr::validate(parsed.value())) {
      std::cout << dr::located("user.json", d, parsed) << dr::position_of(d, parsed.positions());
    }
  } else {
    std::cout << dr::located("user.json", parsed.error());
  }
  const dr::guidelines_result clinic = dr::parse_guidelines(input);
  std::cout << clinic.ok() << dr::read_date(input).ok() << visit.needle << visit.passes
            << *visit.rest << dr::calendar_date{} << dr::to_string(plan.area)
            << dr::json_string(input)
            << dr::timeline_svg(
                   dr::plan(plan, std::chrono::year_month_day{std::chrono::year{2027} / 3 / 1}))
            << '\n';
  return 0;
}

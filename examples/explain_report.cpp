// Explaining a report to a person.
//
// validate() gives a list of diagnostics: a rule, a severity, the session concerned and the
// numbers behind it. A person needs more: what was found, how much it matters, and which
// guideline says so. Every rule carries that story in its entry of the rule table
// (definition(rule)): when it fires, and the document's words it rests on. This program
// turns a report into that explanation, the most serious findings first.
//
// What it explains is what the guidelines say about a plan, not what anyone should do:
// dermaroller gives no medical advice.
#include <array>
#include <cstddef>
#include <iostream>
#include <string>
#include <string_view>

#include <dermaroller/dermaroller.hpp>
#include <dermaroller/extra/ostream.hpp>

using namespace dermaroller;
using namespace dermaroller::literals;

// Someone plans to treat stretch marks on the abdomen with a 1 mm roller at home.
constexpr course stretch_marks_at_home = [] {
  course c{setting::home, indication::stretch_marks, treatment_goal::collagen_induction};
  (void)c.name.assign("Stretch marks on the abdomen, at home");
  c.area = body_area::abdomen;
  c.sun_exposure = true;
  c.sessions = {session{1.0_mm, pass_count{12}}};
  c.aftercare = {aftercare_step{aftercare_kind::other_sunscreen}};
  return c;
}();

namespace {

// The document's own words decide the severity (see docs/guidelines.md): what it states as a
// requirement or a limit is an error, what it recommends is a warning.
constexpr std::string_view what_it_means(severity level) {
  switch (level) {
    case severity::error: return "the guidelines set this as a requirement or a limit";
    case severity::warning: return "the guidelines recommend otherwise";
    case severity::note: return "for information";
  }
  return "";
}

std::string counted(std::size_t count, std::string_view one, std::string_view many) {
  return std::to_string(count) + ' ' + std::string{count == 1 ? one : many};
}

}  // namespace

int main() {
  const report found = validate(stretch_marks_at_home);

  std::cout << "What the check found in \"" << stretch_marks_at_home.name << "\"\n\n";
  if (found.empty()) {
    std::cout << "It keeps every guideline.\n";
    return 0;
  }
  std::cout << (found.ok() ? "It keeps every requirement of the guidelines"
                           : "It does not keep the guidelines")
            << ": " << counted(found.errors(), "requirement broken", "requirements broken") << ", "
            << counted(found.warnings(), "recommendation", "recommendations") << " not followed, "
            << counted(found.notes(), "note", "notes") << ".\n";

  int number = 0;
  for (const severity level : std::array{severity::error, severity::warning, severity::note}) {
    for (const diagnostic& d : found) {
      if (d.severity != level) continue;
      const rule_definition& rule_entry = definition(d.rule);
      std::cout << '\n' << ++number << ". " << message(d) << '\n';
      if (const auto session = d.session_number())
        std::cout << "   In session " << *session << ".\n";
      std::cout << "   How much it matters: " << what_it_means(level) << ".\n"
                << "   The guideline: " << rule_entry.basis << '\n'
                << "   The rule: " << rule_entry.code() << " (" << rule_entry.fires_when << ")\n";
    }
  }
}

// validate() on courses of 1, 5 and 64 sessions (the capacity). The 5-session course is the
// longest the source document describes; the target is under 50 ns for it
// (docs/performance.md).
#include <benchmark/benchmark.h>

#include <cstddef>

#include <dermaroller/dermaroller.hpp>

using namespace dermaroller;
using namespace dermaroller::literals;

namespace {

// A clinical scar course that keeps every guideline up to five sessions; past five it breaks
// too-many-sessions, which is still the whole of validate()'s work for each session.
course scar_course(std::size_t sessions) {
  course c{setting::clinical, indication::scars, treatment_goal::scar_reduction};
  session visit{1.5_mm, pass_count{15}};
  visit.anesthetic = true;
  for (std::size_t i = 0; i < sessions; ++i) {
    (void)c.sessions.try_push_back(visit);
    if (i > 0) c.sessions.back().rest = 6_weeks;
  }
  c.aftercare = {aftercare_step{aftercare_kind::clean_environment, 1_hours},
                 aftercare_step{aftercare_kind::anti_inflammatory_cream, 24_hours},
                 aftercare_step{aftercare_kind::mineral_preparation},
                 aftercare_step{aftercare_kind::peptide_preparation},
                 aftercare_step{aftercare_kind::moisturizer}};
  return c;
}

void validate_course(benchmark::State& state) {
  course checked_course = scar_course(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    benchmark::DoNotOptimize(checked_course);  // read anew on every iteration
    const report result = validate(checked_course);
    benchmark::DoNotOptimize(result.size());
  }
  state.counters["diagnostics"] = static_cast<double>(validate(checked_course).size());
  state.SetItemsProcessed(state.iterations());
}

}  // namespace

BENCHMARK(validate_course)->ArgName("sessions")->Arg(1)->Arg(5)->Arg(64);

// validate() on courses of 1, 5 and 64 sessions (the capacity). The 5-session course is the
// longest the source document describes; the target is under 50 ns for it
// (docs/performance.md).
#include <benchmark/benchmark.h>

#include <cstddef>

#include <dermaroller/dermaroller.hpp>

#include "example_courses.hpp"

using namespace dermaroller;

namespace {

void validate_course(benchmark::State& state) {
  // The tests' clinical scar course, which keeps every guideline up to five sessions; past
  // five it breaks too-many-sessions, which is still the whole of validate()'s work for each
  // session.
  course checked_course = examples::with_session_count(examples::clinical_scar_course(),
                                                       static_cast<std::size_t>(state.range(0)));
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

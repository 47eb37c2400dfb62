// Measures what a user's file pays the compiler for dermaroller: a file that reads a protocol
// text, validates it and prints the findings (with_dermaroller.cpp), against one that does the
// same work with nlohmann::json (with_nlohmann_json.cpp), at -O0 and at -O2; and what a
// static_assert validation of a 5-session protocol text adds (five_sessions_*.cpp).
//
//   compile_cost COMPILER LABEL INCLUDE_DIR NLOHMANN_INCLUDE_DIR SOURCE_DIR REPETITIONS JOBS
//                STATIC_ASSERT_BUDGET_SECONDS RATIO_LIMIT GATED_LEVELS
//
// The ratios of the levels in GATED_LEVELS ("-O0", "-O0,-O2", "none") are gates: over
// RATIO_LIMIT, those files are compiled again, and the test fails if the ratio is over it again.
// The other ratios are reported only. The test also fails when a compile fails or the
// static_assert costs more than its budget. NLOHMANN_INCLUDE_DIR empty (nlohmann/json.hpp was
// not found when CMake configured) measures the static_assert alone and reports the test as
// skipped (exit status 77).
//
// Every file is compiled REPETITIONS times, in rounds, so that a change in the machine's load
// falls on all of them alike, and the medians are compared. The time is the CPU time of each
// compiler process (user + system, from wait4), not the wall clock, so that other work on a
// shared machine counts less. JOBS compiles run at once, so that the whole measurement takes
// about a minute on two cores: alone, one round of g++ takes some 20 s.
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace {

struct translation_unit {
  std::string file;
  std::string optimization;  // "-O0", "-O2"
  std::vector<double> seconds{};

  [[nodiscard]] double median() const {
    std::vector<double> sorted = seconds;
    std::sort(sorted.begin(), sorted.end());
    return sorted[sorted.size() / 2];
  }
};

struct settings {
  std::string compiler;
  std::string include_dir;
  std::string nlohmann_include_dir;
  std::string source_dir;
};

double cpu_seconds(const rusage& usage) {
  const auto seconds = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
  };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

std::vector<std::string> command_line(const translation_unit& unit, const settings& how) {
  std::vector<std::string> words{how.compiler,
                                 "-std=c++20",
                                 unit.optimization,
                                 "-I" + how.include_dir,
                                 "-c",
                                 how.source_dir + "/" + unit.file,
                                 "-o",
                                 "/dev/null"};
  if (!how.nlohmann_include_dir.empty()) words.push_back("-I" + how.nlohmann_include_dir);
  return words;
}

std::string printed(const std::vector<std::string>& words) {
  std::string text;
  for (const std::string& word : words) text += (text.empty() ? "" : " ") + word;
  return text;
}

pid_t start(std::vector<std::string> words) {
  std::vector<char*> argv;
  argv.reserve(words.size() + 1);
  for (std::string& word : words) argv.push_back(word.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  if (posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0) return -1;
  return pid;
}

// REPETITIONS rounds of every unit, JOBS compiles at a time; false when a compile failed (after
// the compiles still running have ended).
bool measure(std::vector<translation_unit>& units, const settings& how, int repetitions, int jobs) {
  struct running {
    pid_t pid;
    translation_unit* unit;
  };
  bool all_compiled = true;
  for (int round = 0; round < repetitions && all_compiled; ++round) {
    std::vector<running> now;
    std::size_t next = 0;
    while ((all_compiled && next < units.size()) || !now.empty()) {
      while (all_compiled && next < units.size() && now.size() < static_cast<std::size_t>(jobs)) {
        translation_unit& unit = units[next++];
        const pid_t pid = start(command_line(unit, how));
        if (pid < 0) {
          std::fprintf(stderr, "compile_cost: cannot run %s\n", how.compiler.c_str());
          all_compiled = false;
        } else {
          now.push_back({pid, &unit});
        }
      }
      if (now.empty()) break;
      int status = 0;
      rusage usage{};
      const pid_t done = wait4(-1, &status, 0, &usage);
      const auto finished =
          std::find_if(now.begin(), now.end(), [&](const running& r) { return r.pid == done; });
      if (finished == now.end()) return false;  // no child left: cannot happen
      if (WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        finished->unit->seconds.push_back(cpu_seconds(usage));
      } else {
        std::fprintf(stderr, "compile_cost: this failed: %s\n",
                     printed(command_line(*finished->unit, how)).c_str());
        all_compiled = false;
      }
      now.erase(finished);
    }
  }
  return all_compiled;
}

// The ratio of dermaroller's file to nlohmann::json's at each optimisation level, from the
// units as main() lists them.
struct ratios {
  double unoptimised;  // -O0
  double optimised;    // -O2
};

ratios ratios_of(const std::vector<translation_unit>& units) {
  return {units[3].median() / units[2].median(), units[1].median() / units[0].median()};
}

// The levels whose ratio is a gate, from GATED_LEVELS: "-O0", "-O0,-O2", or "none".
struct gates {
  bool unoptimised = false;
  bool optimised = false;
};

gates gates_of(const std::string& levels) {
  return {levels.find("-O0") != std::string::npos, levels.find("-O2") != std::string::npos};
}

std::string gate_list(const gates& gated, bool gate) {
  std::string list;
  if (gated.unoptimised == gate) list += "-O0";
  if (gated.optimised == gate) list += list.empty() ? "-O2" : " and -O2";
  return list.empty() ? "none" : list;
}

// The gated ratios over the limit, by their levels: "-O0 0.52x"; empty when none is.
std::string over_limit(const ratios& measured, const gates& gated, double limit) {
  std::string over;
  const auto check = [&](bool is_gate, const char* level, double ratio) {
    if (!is_gate || ratio <= limit) return;
    std::array<char, 32> text{};
    std::snprintf(text.data(), text.size(), "%s%s %.2fx", over.empty() ? "" : ", ", level, ratio);
    over += text.data();
  };
  check(gated.unoptimised, "-O0", measured.unoptimised);
  check(gated.optimised, "-O2", measured.optimised);
  return over;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 11) {
    std::fprintf(stderr,
                 "usage: compile_cost COMPILER LABEL INCLUDE_DIR NLOHMANN_INCLUDE_DIR SOURCE_DIR "
                 "REPETITIONS JOBS STATIC_ASSERT_BUDGET_SECONDS RATIO_LIMIT GATED_LEVELS\n");
    return 2;
  }
  const std::vector<std::string> args(argv + 1, argv + argc);
  const settings how{args[0], args[2], args[3], args[4]};
  const std::string& label = args[1];
  const int repetitions = std::max(1, std::atoi(args[5].c_str()));
  const int jobs = std::max(1, std::atoi(args[6].c_str()));
  const double static_assert_budget = std::strtod(args[7].c_str(), nullptr);
  const double ratio_limit = std::strtod(args[8].c_str(), nullptr);
  const gates gated = gates_of(args[9]);
  const bool with_nlohmann = !how.nlohmann_include_dir.empty();

  // The longest first, so that the jobs end together.
  std::vector<translation_unit> units;
  if (with_nlohmann) {
    units = {{"with_nlohmann_json.cpp", "-O2"},
             {"with_dermaroller.cpp", "-O2"},
             {"with_nlohmann_json.cpp", "-O0"},
             {"with_dermaroller.cpp", "-O0"}};
  }
  units.push_back({"five_sessions_checked.cpp", "-O0"});
  units.push_back({"five_sessions_declared.cpp", "-O0"});
  if (!measure(units, how, repetitions, jobs)) return 1;

  std::printf("compile cost (%s), median CPU time of %d compiles each, %d at a time:\n",
              label.c_str(), repetitions, jobs);
  const auto print_times = [&] {
    for (const translation_unit& unit : units) {
      std::printf("compile cost (%s): %-28s %s %8.1f ms\n", label.c_str(), unit.file.c_str(),
                  unit.optimization.c_str(), unit.median() * 1000);
    }
  };
  print_times();

  bool ratios_within = true;
  if (with_nlohmann) {
    // What the same work costs with dermaroller, as a fraction of what it costs with
    // nlohmann::json: below 1 is cheaper.
    ratios measured = ratios_of(units);
    std::string over = over_limit(measured, gated, ratio_limit);
    if (!over.empty()) {
      // The machines are noisy: a gate fails only if the ratio is over the limit again. Only
      // the files of the gated levels are compiled again, afresh.
      std::printf("compile cost (%s): over %.2fx (%s), measuring again\n", label.c_str(),
                  ratio_limit, over.c_str());
      std::vector<translation_unit> again;
      for (std::size_t i = 0; i < 4; ++i) {
        const bool is_gate = units[i].optimization == "-O0" ? gated.unoptimised : gated.optimised;
        if (is_gate) again.push_back({units[i].file, units[i].optimization});
      }
      if (!measure(again, how, repetitions, jobs)) return 1;
      for (const translation_unit& unit : again) {
        for (std::size_t i = 0; i < 4; ++i) {
          if (units[i].file == unit.file && units[i].optimization == unit.optimization) {
            units[i].seconds = unit.seconds;
          }
        }
      }
      print_times();
      measured = ratios_of(units);
      over = over_limit(measured, gated, ratio_limit);
    }
    std::printf("compile cost where used (%s): -O0 %.2fx nlohmann::json, -O2 %.2fx\n",
                label.c_str(), measured.unoptimised, measured.optimised);
    ratios_within = over.empty();
    std::printf("compile cost where used (%s): gates (at most %.2fx): %s; reported only: %s; %s\n",
                label.c_str(), ratio_limit, gate_list(gated, true).c_str(),
                gate_list(gated, false).c_str(),
                ratios_within ? "within" : ("OVER: " + over).c_str());
  } else {
    std::printf(
        "compile cost where used (%s): not measured: <nlohmann/json.hpp> was not found when "
        "CMake configured (Debian package nlohmann-json3-dev)\n",
        label.c_str());
  }
  const std::size_t checked = units.size() - 2;
  const double static_assert_cost = units[checked].median() - units[checked + 1].median();
  const bool within = static_assert_cost <= static_assert_budget;
  std::printf(
      "compile cost (%s): a static_assert validation of a 5-session protocol text adds %.3f s "
      "(budget %.2f s): %s\n",
      label.c_str(), static_assert_cost, static_assert_budget,
      within ? "within budget" : "OVER BUDGET");

  if (!within || !ratios_within) return 1;
  return with_nlohmann ? 0 : 77;
}

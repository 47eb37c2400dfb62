// Measures what a user's file pays the compiler for dermaroller: a file that reads a protocol
// text, validates it and prints the findings (with_dermaroller.cpp), against one that does the
// same work with nlohmann::json (with_nlohmann_json.cpp), at -O0 and at -O2; and what a
// static_assert validation of a 5-session protocol text adds (five_sessions_*.cpp).
//
//   compile_cost COMPILER LABEL INCLUDE_DIR NLOHMANN_INCLUDE_DIR SOURCE_DIR REPETITIONS JOBS
//                STATIC_ASSERT_BUDGET_SECONDS
//
// The ratios are reported, not judged: the test fails only when a compile fails or the
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

}  // namespace

int main(int argc, char** argv) {
  if (argc != 9) {
    std::fprintf(stderr,
                 "usage: compile_cost COMPILER LABEL INCLUDE_DIR NLOHMANN_INCLUDE_DIR SOURCE_DIR "
                 "REPETITIONS JOBS STATIC_ASSERT_BUDGET_SECONDS\n");
    return 2;
  }
  const std::vector<std::string> args(argv + 1, argv + argc);
  const settings how{args[0], args[2], args[3], args[4]};
  const std::string& label = args[1];
  const int repetitions = std::max(1, std::atoi(args[5].c_str()));
  const int jobs = std::max(1, std::atoi(args[6].c_str()));
  const double static_assert_budget = std::strtod(args[7].c_str(), nullptr);
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
  for (const translation_unit& unit : units) {
    std::printf("compile cost (%s): %-28s %s %8.1f ms\n", label.c_str(), unit.file.c_str(),
                unit.optimization.c_str(), unit.median() * 1000);
  }
  if (with_nlohmann) {
    // What the same work costs with dermaroller, as a fraction of what it costs with
    // nlohmann::json: below 1 is cheaper.
    const auto ratio = [&](std::size_t ours, std::size_t theirs) {
      return units[ours].median() / units[theirs].median();
    };
    std::printf("compile cost where used (%s): -O0 %.2fx nlohmann::json, -O2 %.2fx\n",
                label.c_str(), ratio(3, 2), ratio(1, 0));
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

  if (!within) return 1;
  return with_nlohmann ? 0 : 77;
}

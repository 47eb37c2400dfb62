// parse_protocol on protocol files, one benchmark per file (ns per protocol, bytes/s), and
// parse_protocol + validate over all of them (ns per file: the number bench/compare_ajv.sh
// sets against Node's JSON.parse + ajv).
//
//   parse_bench [benchmark options] [FILE.json...]   (default: examples/protocols/*.json)
#include <benchmark/benchmark.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <dermaroller/dermaroller.hpp>

namespace {

struct protocol_file {
  std::string name;
  std::string text;
};

std::vector<protocol_file> read_files(const std::vector<std::string>& paths) {
  std::vector<protocol_file> files;
  for (const std::string& path : paths) {
    std::ifstream in{path, std::ios::binary};
    std::ostringstream text;
    text << in.rdbuf();
    files.push_back({std::filesystem::path{path}.filename().string(), text.str()});
  }
  return files;
}

std::vector<std::string> default_paths() {
  std::vector<std::string> paths;
  for (const auto& entry : std::filesystem::directory_iterator{DERMAROLLER_BENCH_PROTOCOLS}) {
    if (entry.path().extension() == ".json") paths.push_back(entry.path().string());
  }
  std::sort(paths.begin(), paths.end());
  return paths;
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  std::vector<std::string> paths(argv + 1, argv + argc);
  if (paths.empty()) paths = default_paths();
  static const std::vector<protocol_file> files = read_files(paths);

  std::size_t total_bytes = 0;
  for (const protocol_file& file : files) {
    total_bytes += file.text.size();
    if (!dermaroller::parse_protocol(file.text).ok()) {
      std::fprintf(stderr, "parse_bench: %s does not parse\n", file.name.c_str());
      return 1;
    }
    benchmark::RegisterBenchmark(
        ("parse_protocol/" + file.name).c_str(), [&file](benchmark::State& state) {
          for (auto _ : state) {
            const auto parsed = dermaroller::parse_protocol(file.text);
            benchmark::DoNotOptimize(parsed.ok());
          }
          state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(file.text.size()));
          state.SetItemsProcessed(state.iterations());
        });
  }
  // Every file once per iteration; the per-item time is the time per file.
  benchmark::RegisterBenchmark(
      "parse_and_validate/all_files", [total_bytes](benchmark::State& state) {
        for (auto _ : state) {
          for (const protocol_file& file : files) {
            const auto parsed = dermaroller::parse_protocol(file.text);
            const bool valid = parsed.ok() && dermaroller::validate(parsed.value()).ok();
            benchmark::DoNotOptimize(valid);
          }
        }
        state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(files.size()));
        state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(total_bytes));
      });

  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}

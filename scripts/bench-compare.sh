#!/usr/bin/env bash
# parse_protocol + validate() side by side with simdjson (On Demand + hand-written checks, and
# DOM), RapidJSON (parse, and SchemaValidator) and nlohmann::json + hand-written checks: builds
# bench/compare_bench (Release, -O3) with g++ and then clang++, runs it, and prints each run's
# table of CPU time per file and ratios (docs/performance.md, "Side by side with the C++ JSON
# libraries").
#
#   scripts/bench-compare.sh [compare_bench options and files]
#
# Installs what is missing from Debian (libsimdjson-dev rapidjson-dev nlohmann-json3-dev
# libbenchmark-dev, and the compilers). Environment: COMPILERS (default "g++ clang++");
# BENCH_FLAGS, the compiler flags of every contender alike (default -march=native: simdjson's
# On Demand is compiled for the instruction set the compiler targets, see bench/CMakeLists.txt;
# set it empty for the x86-64 baseline). Each run's whole output is kept in
# build/bench-compare-COMPILER.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ci-packages.sh
source scripts/ci-packages.sh

read -r -a compilers <<<"${COMPILERS:-g++ clang++}"
packages=(cmake ninja-build libsimdjson-dev rapidjson-dev nlohmann-json3-dev libbenchmark-dev)
for compiler in "${compilers[@]}"; do
  case "$compiler" in
    clang++*) packages+=(clang) ;;
    g++*) packages+=(g++) ;;
  esac
done
ensure_debian_packages "${packages[@]}"

for compiler in "${compilers[@]}"; do
  build_dir="build/bench-compare-$compiler"
  CXX="$compiler" cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_CXX_FLAGS_RELEASE="-O3 -DNDEBUG" -DDERMAROLLER_BUILD_TESTS=OFF \
    -DDERMAROLLER_BUILD_EXAMPLES=OFF -DDERMAROLLER_BUILD_BENCHMARKS=ON \
    -DDERMAROLLER_COMPARE_BENCH_FLAGS="${BENCH_FLAGS--march=native}" >/dev/null
  cmake --build "$build_dir" -j2 --target compare_bench >/dev/null
  echo "== $compiler ($("$compiler" --version | head -1)), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  "$build_dir/bench/compare_bench" --benchmark_color=false "$@" >"build/bench-compare-$compiler.txt" 2>&1 ||
    { cat "build/bench-compare-$compiler.txt"; exit 1; }
  sed -n '/^Load Average/p; /^simdjson: /p; /^| contender/,$p' "build/bench-compare-$compiler.txt"
  echo
done

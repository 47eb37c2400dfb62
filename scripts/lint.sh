#!/usr/bin/env bash
# Static checks of dermaroller's own files; any finding fails:
#   - formatting: clang-format 14 with the repo's .clang-format, over every tracked C++ file;
#   - clang-tidy 14 with the committed .clang-tidy, on every translation unit of the project
#     (tests, examples, tools, benchmarks, fuzzers, and each public header on its own), using
#     the compile_commands.json of a clang++ configuration;
#   - the core-header include rule (scripts/check-core-includes.sh).
#
#   scripts/lint.sh [format|tidy|includes]...     (default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ci-packages.sh
source scripts/ci-packages.sh

checks=("$@")
[ ${#checks[@]} -gt 0 ] || checks=(format tidy includes)

for check in "${checks[@]}"; do
  started=$SECONDS
  case "$check" in
    format)
      ensure_debian_packages clang-format-14 git
      git ls-files -z -- '*.cpp' '*.hpp' '*.h' '*.cc' | xargs -0 -r clang-format-14 --dry-run --Werror
      ;;
    tidy)
      ensure_debian_packages clang clang-tidy-14 cmake catch2 libbenchmark-dev
      build_dir=build/lint-tidy
      # Every optional part on, so that clang-tidy sees all of the project's code.
      cmake -S . -B "$build_dir" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_EXPORT_COMPILE_COMMANDS=ON \
        -DDERMAROLLER_BUILD_BENCHMARKS=ON -DDERMAROLLER_BUILD_FUZZERS=ON \
        -DDERMAROLLER_COMPILE_COST_TEST=ON >/dev/null
      here="$(pwd)"
      # The project's own sources, and the per-header files CMake writes to check that each
      # public header compiles on its own; not third-party or generated code, and not the
      # snippets of tests/compile_fail/, which must not compile.
      run-clang-tidy-14 -p "$build_dir" -j "$(nproc)" -quiet \
        "^$here/(?!tests/compile_fail/)(include|tests|examples|tools|bench|fuzz)/|_verify_interface_header_sets/" \
        >"$build_dir/clang-tidy.log" 2>&1 || {
        grep -E '(warning|error):' "$build_dir/clang-tidy.log" | sort -u || cat "$build_dir/clang-tidy.log"
        echo "lint: clang-tidy found problems (whole log: $build_dir/clang-tidy.log)" >&2
        exit 1
      }
      ;;
    includes)
      ensure_debian_packages g++
      scripts/check-core-includes.sh
      ;;
    *)
      echo "lint: unknown check '$check' (format, tidy or includes)" >&2
      exit 2
      ;;
  esac
  echo "lint: $check passed in $((SECONDS - started)) s"
done

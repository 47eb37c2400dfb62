#!/usr/bin/env bash
# Static checks of dermaroller's own files; any finding fails:
#   - formatting: clang-format 14 with the repo's .clang-format, over every tracked C++ file;
#   - clang-tidy 14 with the committed .clang-tidy, on every translation unit of the project
#     (tests, examples, tools, benchmarks, fuzzers), using the compile_commands.json of a
#     clang++ configuration; the headers are checked through the files that include them,
#     and each is compiled on its own;
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
      # The project's own sources; not third-party or generated code, and not the snippets of
      # tests/compile_fail/, which must not compile. Every public header is included by one of
      # them, and .clang-tidy's HeaderFilterRegex reports findings in the headers from there,
      # so the 45 files CMake writes to compile each header on its own (which would double the
      # files checked, for CI's time budget) are only compiled, just below.
      run-clang-tidy-14 -p "$build_dir" -j "$(nproc)" -quiet \
        "^$here/(?!tests/compile_fail/)(include|tests|examples|tools|bench|fuzz)/" \
        >"$build_dir/clang-tidy.log" 2>&1 || {
        grep -E '(warning|error):' "$build_dir/clang-tidy.log" | sort -u || cat "$build_dir/clang-tidy.log"
        echo "lint: clang-tidy found problems (whole log: $build_dir/clang-tidy.log)" >&2
        exit 1
      }
      # Every public header compiles on its own (CMAKE_VERIFY_INTERFACE_HEADER_SETS; the
      # target is not part of the default build).
      cmake --build "$build_dir" -j "$(nproc)" --target all_verify_interface_header_sets >/dev/null
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

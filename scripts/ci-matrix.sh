#!/usr/bin/env bash
# Builds and tests dermaroller with g++ and with clang++ (both with -Wall -Wextra -Wpedantic
# -Werror, which the project's targets carry), and once with clang++ under AddressSanitizer +
# UndefinedBehaviorSanitizer, where any finding fails (docs/performance.md, "CI").
#
#   scripts/ci-matrix.sh [gcc|clang|sanitizers]...     (default: all three)
#
# Build directories: build/ci-gcc, build/ci-clang, build/ci-sanitizers.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ci-packages.sh
source scripts/ci-packages.sh

legs=("$@")
[ ${#legs[@]} -gt 0 ] || legs=(gcc clang sanitizers)

for leg in "${legs[@]}"; do
  started=$SECONDS
  case "$leg" in
    gcc)
      ensure_debian_packages g++ cmake
      CXX=g++ scripts/test.sh build/ci-gcc
      grep -h '^compile cost' build/ci-gcc/Testing/Temporary/LastTest.log || true
      ;;
    clang)
      ensure_debian_packages clang cmake
      CXX=clang++ scripts/test.sh build/ci-clang
      grep -h '^compile cost' build/ci-clang/Testing/Temporary/LastTest.log || true
      ;;
    sanitizers)
      # libclang-rt-14-dev holds clang's sanitizer runtimes.
      ensure_debian_packages clang libclang-rt-14-dev cmake
      sanitize="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
      # What an instrumented compiler costs is no user's cost; the other legs measure it.
      CXX=clang++ CXXFLAGS="$sanitize" LDFLAGS="$sanitize" \
        ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:detect_stack_use_after_return=1" \
        UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
        DERMAROLLER_CMAKE_ARGS="-DDERMAROLLER_COMPILE_COST_TEST=OFF ${DERMAROLLER_CMAKE_ARGS:-}" \
        scripts/test.sh build/ci-sanitizers
      ;;
    *)
      echo "ci-matrix: unknown leg '$leg' (gcc, clang or sanitizers)" >&2
      exit 2
      ;;
  esac
  echo "ci-matrix: $leg passed in $((SECONDS - started)) s"
done

#!/usr/bin/env bash
# Builds dermaroller and runs its whole test suite, on a fresh Debian machine too.
# Installs what the tests need from Debian's packages when it is missing (Catch2: `catch2`;
# `pkg-config` for the consumer test; nlohmann::json, `nlohmann-json3-dev`, for the
# compile-cost test's yardstick; `npm` for the SARIF and FHIR validators; Python's jsonschema and yaml, `python3-jsonschema` and
# `python3-yaml`, for the editor-schema and pre-commit tests).
#
#   scripts/test.sh [build-dir]        (default: build/test)
#
# Environment: CXX picks the compiler (g++ or clang++); DERMAROLLER_CMAKE_ARGS adds cmake
# options, e.g. "-DCMAKE_BUILD_TYPE=Debug".
set -euo pipefail
cd "$(dirname "$0")/.."

need_packages=()
command -v cmake >/dev/null || need_packages+=(cmake)
command -v "${CXX:-g++}" >/dev/null || need_packages+=(g++)
if [ ! -e /usr/lib/cmake/Catch2/Catch2Config.cmake ] &&
   [ ! -e /usr/local/lib/cmake/Catch2/Catch2Config.cmake ] &&
   [ ! -e /usr/lib/x86_64-linux-gnu/cmake/Catch2/Catch2Config.cmake ]; then
  need_packages+=(catch2)
fi
# The consumer tests build an outside program with pkg-config's flags.
command -v pkg-config >/dev/null || need_packages+=(pkg-config)
# The compile-cost test compiles a user's file against the same work done with nlohmann::json.
if [ ! -e /usr/include/nlohmann/json.hpp ] && [ ! -e /usr/local/include/nlohmann/json.hpp ]; then
  need_packages+=(nlohmann-json3-dev)
fi
# The SARIF and FHIR outputs are checked with Microsoft's SARIF validator and the FHIR R4
# schema, which the tests fetch from the npm registry into the build folder.
command -v npm >/dev/null || need_packages+=(npm)
# The schema tests run with the first python3 on PATH that has jsonschema and yaml; Debian's
# packages serve /usr/bin/python3, which is then the one the tests are given.
python_args=()
if ! python3 -c 'import jsonschema, yaml' 2>/dev/null; then
  /usr/bin/python3 -c 'import jsonschema, yaml' 2>/dev/null ||
    need_packages+=(python3-jsonschema python3-yaml)
  python_args=(-DPython3_EXECUTABLE=/usr/bin/python3)
fi
if [ ${#need_packages[@]} -gt 0 ]; then
  echo "installing from Debian: ${need_packages[*]}"
  sudo_if_needed=()
  [ "$(id -u)" -eq 0 ] || sudo_if_needed=(sudo)
  "${sudo_if_needed[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_if_needed[@]}" apt-get install -y -qq "${need_packages[@]}"
fi

build_dir="${1:-build/test}"
# shellcheck disable=SC2086 # DERMAROLLER_CMAKE_ARGS is a list of options
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Debug "${python_args[@]}" ${DERMAROLLER_CMAKE_ARGS:-}
cmake --build "$build_dir" -j "$(nproc)"
ctest --test-dir "$build_dir" --output-on-failure -j "$(nproc)"

#!/usr/bin/env bash
# The checker end to end on 10,000 protocol files: dermaroller-check reading, parsing and
# validating them all in one run, and, for comparison, Node reading the same files and
# checking them with JSON.parse + ajv@8 against bench/protocol.schema.json.
#
#   bench/checker_10k.sh [COUNT]       (default: 10000)
#
# The files are copies of examples/protocols/*.json, written to build/bench-files/. CXX picks
# the compiler (default c++); the checker is built (Release) in build/bench-COMPILER.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ci-packages.sh
source scripts/ci-packages.sh
ensure_debian_packages cmake g++ libbenchmark-dev
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  ensure_debian_packages nodejs npm
fi
count="${1:-10000}"

build_dir="build/bench-$(basename "${CXX:-c++}")"
CXX="${CXX:-c++}" cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DDERMAROLLER_BUILD_TESTS=OFF \
  -DDERMAROLLER_BUILD_EXAMPLES=OFF -DDERMAROLLER_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build_dir" -j2 --target dermaroller-check >/dev/null
if [ ! -f build/ajv/node_modules/ajv/package.json ]; then
  mkdir -p build/ajv
  (cd build/ajv && echo '{"private": true}' >package.json && npm install --silent --no-audit --no-fund ajv@8)
fi

sources=(examples/protocols/*.json)
rm -rf build/bench-files && mkdir -p build/bench-files
for ((i = 0; i < count; ++i)); do
  cp "${sources[i % ${#sources[@]}]}" "build/bench-files/$(printf '%05d' "$i").json"
done
cat build/bench-files/*.json >/dev/null  # both sides read from the page cache

TIMEFORMAT='%R s wall, %U s user, %S s system'
echo "dermaroller-check on $count files:"
time ("$build_dir/tools/dermaroller-check" build/bench-files/*.json >build/bench-files.out || [ $? -eq 1 ])
echo "  $(grep -c ': error:' build/bench-files.out || true) errors reported"
echo "node: JSON.parse + ajv@8 on the same $count files (Node's start and schema compile included):"
time node bench/ajv_files.mjs build/ajv bench/protocol.schema.json build/bench-files

#!/usr/bin/env bash
# parse_protocol + validate() against Node's JSON.parse + ajv@8 with bench/protocol.schema.json,
# on the same files, in the same run; prints both times per file and the ratio.
#
#   bench/compare_ajv.sh [FILE.json...]       (default: examples/protocols/*.json)
#
# Installs ajv@8 with npm into build/ajv (ignored by git) and builds bench/parse_bench
# (Release) in build/bench-COMPILER. CPU time is compared on both sides, so other load on the
# machine matters less. Environment: CXX picks the compiler (default c++); SECONDS_PER_SIDE
# (default 5).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ci-packages.sh
source scripts/ci-packages.sh
ensure_debian_packages cmake g++ libbenchmark-dev
# Some machines have Node from elsewhere, with npm inside the nodejs package.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  ensure_debian_packages nodejs npm
fi

files=("$@")
[ ${#files[@]} -gt 0 ] || files=(examples/protocols/*.json)
seconds="${SECONDS_PER_SIDE:-5}"

if [ ! -f build/ajv/node_modules/ajv/package.json ]; then
  mkdir -p build/ajv
  (cd build/ajv && echo '{"private": true}' >package.json && npm install --silent --no-audit --no-fund ajv@8)
fi
build_dir="build/bench-$(basename "${CXX:-c++}")"
CXX="${CXX:-c++}" cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DDERMAROLLER_BUILD_TESTS=OFF \
  -DDERMAROLLER_BUILD_EXAMPLES=OFF -DDERMAROLLER_BUILD_BENCHMARKS=ON >/dev/null
cmake --build "$build_dir" -j2 --target parse_bench >/dev/null

node_json="$(node bench/ajv_bench.mjs build/ajv bench/protocol.schema.json "$seconds" "${files[@]}")"
cpp_json="$("$build_dir/bench/parse_bench" --benchmark_filter='^parse_and_validate/all_files$' \
  --benchmark_min_time="$seconds" --benchmark_format=json "${files[@]}" 2>/dev/null)"

node - "$node_json" "$cpp_json" <<'JS'
const [nodeResult, cppResult] = process.argv.slice(2).map((text) => JSON.parse(text));
const run = cppResult.benchmarks.find((b) => b.name === "parse_and_validate/all_files");
const cppNs = 1e9 / run.items_per_second;
const ajvNs = nodeResult.ns_per_file;
console.log(`files: ${nodeResult.files}`);
for (const r of nodeResult.results) {
  console.log(`  ajv says ${r.file}: ${r.valid ? "valid" : "invalid (" + r.errors[0].instancePath + " " + r.errors[0].message + ")"}`);
}
console.log(`JSON.parse + ajv@8:              ${ajvNs.toFixed(0)} ns per file (CPU)`);
console.log(`parse_protocol + validate():     ${cppNs.toFixed(0)} ns per file (CPU)`);
console.log(`ratio: dermaroller is ${(ajvNs / cppNs).toFixed(2)}x as fast (target: at least 3x)`);
JS

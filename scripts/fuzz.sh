#!/usr/bin/env bash
# Fuzzes the protocol reader for a bounded time with libFuzzer (clang, ASan, UBSan).
#
#   scripts/fuzz.sh [SECONDS]        (default: 60)
#
# Starts from fuzz/corpus (seeded from examples/protocols) and keeps what it finds in
# fuzz/corpus-run (not committed). A crash leaves crash-* in the working directory and
# makes this script fail. Environment: FUZZ_BUILD_DIR (default build/fuzz), FUZZ_JOBS.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
build_dir="${FUZZ_BUILD_DIR:-build/fuzz}"

if ! command -v clang++ >/dev/null; then
  echo "fuzz.sh needs clang++ (Debian: apt-get install clang)" >&2
  exit 2
fi

CXX=clang++ cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DDERMAROLLER_BUILD_FUZZERS=ON -DDERMAROLLER_BUILD_TESTS=OFF -DDERMAROLLER_BUILD_EXAMPLES=OFF \
  -DDERMAROLLER_INSTALL=OFF >/dev/null
cmake --build "$build_dir" --target protocol_fuzz -j "${FUZZ_JOBS:-2}"

mkdir -p fuzz/corpus-run
"$build_dir/fuzz/protocol_fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -max_len=65536 -dict=fuzz/protocol.dict -print_final_stats=1 \
  fuzz/corpus-run fuzz/corpus

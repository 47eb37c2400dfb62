#!/usr/bin/env bash
# A bounded fuzzing run of the protocol reader in CI, on top of the committed corpus:
# scripts/fuzz.sh (the reader's own fuzzing script) for DERMAROLLER_CI_FUZZ_SECONDS (60).
# Until the fuzzer exists on this branch, says so and passes.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ci-packages.sh
source scripts/ci-packages.sh

if [ ! -f fuzz/protocol_fuzz.cpp ] || [ ! -x scripts/fuzz.sh ]; then
  echo "ci-fuzz: no fuzz/protocol_fuzz.cpp and scripts/fuzz.sh yet; nothing to fuzz"
  exit 0
fi
ensure_debian_packages clang libclang-rt-14-dev cmake
scripts/fuzz.sh "${DERMAROLLER_CI_FUZZ_SECONDS:-60}"

#!/usr/bin/env bash
# Generates the API reference from the public headers with Doxygen (the Doxyfile at the
# repository's root), failing on any Doxygen warning. Installs Debian's `doxygen` when it is
# missing.
#
#   scripts/api-docs.sh        then open build/api-docs/html/index.html
set -euo pipefail
cd "$(dirname "$0")/.."

# shellcheck source=scripts/ci-packages.sh
source scripts/ci-packages.sh
ensure_debian_packages doxygen

version_part() {
  sed -n "s/^#define DERMAROLLER_VERSION_$1 \([0-9]*\)$/\1/p" include/dermaroller/version.hpp
}
DERMAROLLER_VERSION="$(version_part MAJOR).$(version_part MINOR).$(version_part PATCH)"
export DERMAROLLER_VERSION

rm -rf build/api-docs
mkdir -p build/api-docs
doxygen Doxyfile
echo "API reference: build/api-docs/html/index.html"

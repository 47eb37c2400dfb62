#!/usr/bin/env bash
# The core headers stay cheap to include: each may include only the standard headers of the
# allowed list and other core headers, and none may reach <iostream>, <string>, <vector>,
# <chrono> or <optional>, even through another header.
#
#   scripts/check-core-includes.sh [compiler]     (default: $CXX, else g++)
#
# The path says what is core: every header under include/dermaroller/ is, except those in
# include/dermaroller/extra/ (optional parts that may use the whole standard library).
set -euo pipefail
cd "$(dirname "$0")/.."
compiler="${1:-${CXX:-g++}}"

allowed_standard='array|cstdint|cstddef|string_view|limits|type_traits|utility|compare'
forbidden_standard='iostream|string|vector|chrono|optional|ostream|istream|sstream|memory|map'

is_core() { [[ "$1" != extra/* ]]; }

failures=0
for header in include/dermaroller/*.hpp include/dermaroller/detail/*.hpp; do

  # Direct includes: standard headers from the allowed list, project headers that are core.
  while IFS= read -r line; do
    if [[ "$line" =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\<([^>]*)\> ]]; then
      included="${BASH_REMATCH[1]}"
      if ! [[ "$included" =~ ^($allowed_standard)$ ]]; then
        echo "$header: includes <$included>; a core header may include only <${allowed_standard//|/> <}>"
        failures=$((failures + 1))
      fi
    elif [[ "$line" =~ ^[[:space:]]*#[[:space:]]*include[[:space:]]*\"dermaroller/([^\"]*)\" ]]; then
      included="${BASH_REMATCH[1]}"
      if ! is_core "$included"; then
        echo "$header: includes \"dermaroller/$included\", which is not core (extra/ is optional)"
        failures=$((failures + 1))
      fi
    fi
  done <"$header"

  # Everything it reaches, as the compiler sees it: no heavy standard header, however reached.
  reached="$("$compiler" -std=c++20 -Iinclude -x c++ -M -MG "$header" | tr ' \\' '\n\n' |
             grep -E "/($forbidden_standard)\$" || true)"
  if [ -n "$reached" ]; then
    echo "$header: reaches a standard header the core must not include: $(echo $reached)"
    failures=$((failures + 1))
  fi
done

if [ "$failures" -gt 0 ]; then
  echo "check-core-includes: $failures problem(s); core headers are every header of include/dermaroller/ outside extra/"
  exit 1
fi
echo "check-core-includes: every core header includes only what the core may"

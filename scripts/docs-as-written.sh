#!/usr/bin/env bash
# Runs the commands and code of README.md, docs/getting-started.md and docs/cmake.md as they
# are written, in the order a reader meets them, and compares what they print with the
# output the pages show. A page whose command fails, whose output differs, or that gains a
# code block this script does not know what to do with, fails the run: the pages cannot go
# stale unnoticed.
#
#   scripts/docs-as-written.sh [work-dir]      (default: build/docs-as-written)
#
# The only liberties taken, each printed as it is taken:
# - The placeholders are filled in: <dermaroller's repository URL> is this repository (a
#   file:// URL, so that no network is needed), <commit> its HEAD, /path/to/dermaroller the
#   clone, and third_party/dermaroller a link to it. HOME is a scratch directory, so that
#   "$HOME/.local" is a fresh prefix. The pages are read from this working tree; the sources
#   they build are the clone getting-started.md makes, i.e. the commit checked out (in CI,
#   the same).
# - Lines run with sudo (package installs) and the commands CI runs in steps of their own
#   (scripts/test.sh, the presets' full build and test) are listed, not run.
# - Where a page says to edit a file or to swap one line of a CMakeLists.txt for a snippet,
#   the script makes that edit.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ci-packages.sh
source scripts/ci-packages.sh
ensure_debian_packages git cmake g++ pkg-config
repo="$PWD"
work="$(realpath -m "${1:-build/docs-as-written}")"
rm -rf "$work"
mkdir -p "$work/home" "$work/blocks"
export HOME="$work/home"
commit="$(git -C "$repo" rev-parse HEAD)"
url="file://$repo"
src="$work/dermaroller"  # where getting-started's `git clone ... dermaroller` puts the sources

fail() {
  echo "docs-as-written: $*" >&2
  exit 1
}

# --- The pages' fenced blocks, one file each: NNN.<language>; a plain block is "output" when
# only blank lines separate it from the block before it (what that block's commands print),
# else "text". Sections listed in skip_sections are another test's business, and left out whole.
declare -A skip_sections=(
  ["## Failing the build on a bad protocol file"]="run by ctest's 'consumer: the installed checker ...' tests"
)
blocks=()
block_index=0
open_page() {
  page="$1"
  local dir="$work/blocks/${page//\//_}"
  mkdir -p "$dir"
  local heading
  for heading in "${!skip_sections[@]}"; do
    if grep -qxF "$heading" "$repo/$page"; then
      echo "--- $page, section '$heading' left out: ${skip_sections[$heading]}"
    fi
  done
  awk -v dir="$dir" -v skip="$(printf '%s\n' "${!skip_sections[@]}")" '
    BEGIN { split(skip, skipped, "\n"); for (i in skipped) if (skipped[i] != "") is_skipped[skipped[i]] = 1 }
    !in_block && /^## / { skipping = ($0 in is_skipped) }
    skipping { next }
    !in_block && /^```/ { in_block = 1; n++; lang = substr($0, 4);
                          if (lang == "") lang = (n > 1 && !prose_since) ? "output" : "text";
                          file = sprintf("%s/%03d.%s", dir, n, lang); printf "" > file; next }
    in_block && /^```$/ { in_block = 0; close(file); prose_since = 0; next }
    in_block { print > file; next }
    /[^ ]/ { prose_since = 1 }
  ' "$repo/$page"
  mapfile -t blocks < <(find "$dir" -type f | sort)
  block_index=0
  echo "=== $page: ${#blocks[@]} code blocks"
}
# take LANGUAGE: the next block, which must be in that language.
take() {
  [ "$block_index" -lt "${#blocks[@]}" ] || fail "$page has fewer code blocks than expected (wanted a $1 block)"
  block="${blocks[$block_index]}"
  block_index=$((block_index + 1))
  [ "${block##*.}" = "$1" ] ||
    fail "$page: code block $block_index is '${block##*.}', expected '$1'; the page changed, update this script"
}
next_is() { [ "$block_index" -lt "${#blocks[@]}" ] && [ "${blocks[$block_index]##*.}" = "$1" ]; }
close_page() {
  [ "$block_index" -eq "${#blocks[@]}" ] ||
    fail "$page: code block $((block_index + 1)) and on are not run; update this script"
}

fill_placeholders() {
  sed -e "s|<dermaroller's repository URL>|$url|g" -e "s|<commit>|$commit|g" \
      -e "s|/path/to/dermaroller|$src|g" "$1"
}

# --- Commands. Each line of an sh block runs in this shell (a `cd` or an `export` holds for
# what follows); its output goes to $work/last-output.
declare -A left_out=(
  ["scripts/test.sh"]="CI's first step runs it"
  ["cmake --preset dev && cmake --build --preset dev -j2 && ctest --preset dev"]="the same build and tests as CI's first step; ctest checks the presets' list and folders"
)
declare -A expected_status=(
  ["build/release/tools/dermaroller-check my-course.json"]=1
  ["build/main/tools/dermaroller-check examples/protocols/invalid/*.json"]=2
)
run_commands() {
  take sh
  : > "$work/last-output"
  local line status
  while IFS= read -r line || [ -n "$line" ]; do
    [[ -z "$line" || "$line" == \#* ]] && continue
    if [[ "$line" == sudo\ * ]]; then
      echo "--- left out (installs system-wide with sudo): $line"
      continue
    fi
    if [ -n "${left_out[$line]+set}" ]; then
      echo "--- left out (${left_out[$line]}): $line"
      continue
    fi
    line="$(printf '%s\n' "$line" | fill_placeholders /dev/stdin)"
    echo "\$ $line     (in ${PWD#"$work"/})"
    set +e
    eval "$line" > "$work/line-output" 2>&1
    status=$?
    set -e
    cat "$work/line-output"
    cat "$work/line-output" >> "$work/last-output"
    [ "$status" -eq "${expected_status[$line]:-0}" ] ||
      fail "$page: '$line' exited with $status, expected ${expected_status[$line]:-0}"
  done < "$block"
  if next_is output; then
    take output
    expect_output "$block"
  fi
}
# The output a page shows must be in what the commands printed, line by line and in order;
# a line "..." stands for any number of lines.
expect_output() {
  local expected actual=() at=0 found
  mapfile -t actual < "$work/last-output"
  while IFS= read -r expected || [ -n "$expected" ]; do
    [[ "$expected" == "..." || -z "$expected" ]] && continue
    found=""
    while [ "$at" -lt "${#actual[@]}" ]; do
      at=$((at + 1))
      if [ "${actual[$((at - 1))]%"${actual[$((at - 1))]##*[! ]}"}" = "$expected" ]; then
        found=1
        break
      fi
    done
    [ -n "$found" ] || fail "$page: the output shown has a line that was not printed (or not in that order): $expected"
  done < "$1"
  echo "--- the output matches the page"
}
# A fresh directory for a project built from a page's CMakeLists.txt, with the main.cpp of
# getting-started.md and dermaroller's sources at third_party/dermaroller.
new_project() {
  project_dir="$work/projects/$1"
  mkdir -p "$project_dir/third_party"
  ln -s "$src" "$project_dir/third_party/dermaroller"
  cp "$work/main.cpp" "$project_dir/main.cpp"
  cd "$project_dir"
}
# A page's CMake snippet as a project: what it leaves out of a whole CMakeLists.txt (the
# cmake_minimum_required and project lines, the add_executable of main.cpp, the link of the
# first snippet of docs/cmake.md) is added around it, nothing in it is changed.
project_from_snippet() {
  local snippet="$1"
  grep -q '^project(' "$snippet" ||
    printf '%s\n' 'cmake_minimum_required(VERSION 3.23)' 'project(app LANGUAGES CXX)'
  if grep -q '^add_executable(app' "$snippet"; then
    cat "$snippet"
  elif grep -q '^target_link_libraries(app' "$snippet"; then
    sed '/^target_link_libraries(app/i add_executable(app main.cpp)' "$snippet"
  else
    cat "$snippet"
    printf '%s\n' "$link_snippet"
  fi
}
build_and_run() {
  echo "\$ cmake -S . -B build -DCMAKE_PREFIX_PATH=\"\$HOME/.local\" && cmake --build build && build/$1     (in ${PWD#"$work"/})"
  cmake -S . -B build -DCMAKE_PREFIX_PATH="$HOME/.local" > "$work/last-output" 2>&1 ||
    { cat "$work/last-output"; fail "$page: configuring $PWD failed"; }
  cmake --build build >> "$work/last-output" 2>&1 || { cat "$work/last-output"; fail "$page: building $PWD failed"; }
  "build/$1" || fail "$page: build/$1 failed"
}

# ---------------------------------------------------------------------------------------
# docs/getting-started.md first: it makes the clone the other pages work in.
cd "$work"
open_page docs/getting-started.md
run_commands   # 1. the packages (sudo)
run_commands   # 1. git clone, cd dermaroller
run_commands   # 1. scripts/test.sh
run_commands   # 2. build the checker
take json      # 3. "Save this as my-course.json"
cp "$block" my-course.json
run_commands   # 4. check it: two findings, exit status 1
run_commands   # 4. --explain, --list-rules
echo "--- as the page says: the second session's rest to \"6w\", the passes to 20, and check again"
sed -i -e '0,/"rest": "4w"/s//"rest": "6w"/' -e 's/"passes": 25/"passes": 20/' my-course.json
build/release/tools/dermaroller-check my-course.json | tee "$work/last-output"
grep -qxF 'my-course.json: valid (0 errors, 0 warnings, 1 note)' "$work/last-output" ||
  fail "$page: the corrected file is not valid"
run_commands   # 5. install
take cpp       # 6. main.cpp, in a new directory outside dermaroller's
cp "$block" "$work/main.cpp"
mkdir -p "$work/my_app" && cd "$work/my_app" && cp "$work/main.cpp" main.cpp
take cmake     # 6. CMakeLists.txt
cp "$block" CMakeLists.txt
find_package_line='find_package(dermaroller CONFIG REQUIRED)'
grep -qxF "$find_package_line" CMakeLists.txt || fail "$page: the CMakeLists.txt has no line '$find_package_line'"
run_commands   # 6. configure, build, run
# "replace the find_package line with one of these"
for variant in add_subdirectory fetch_content_git fetch_content_source_dir; do
  take cmake
  new_project "getting-started-$variant"
  fill_placeholders "$block" > "$work/snippet"
  awk -v line="$find_package_line" -v snippet="$work/snippet" '
    $0 == line { while ((getline s < snippet) > 0) print s; next } { print }
  ' "$work/my_app/CMakeLists.txt" > CMakeLists.txt
  echo "--- getting-started.md, 'Without installing', $variant: the find_package line replaced by the snippet"
  build_and_run my_app
done
cd "$work/my_app"
run_commands   # Without CMake: pkg-config
close_page

# ---------------------------------------------------------------------------------------
cd "$src"
open_page README.md
take cpp       # "In 20 lines": compiles as it stands
echo "--- README.md's first example compiles"
c++ -std=c++20 -fsyntax-only -Iinclude -x c++ "$block"
run_commands   # build the checker, run it on the examples
take text      # what it prints, shown after a word on the format
expect_output "$block"
run_commands   # the invalid examples: exit status 2 (a file does not parse)
run_commands   # scripts/test.sh
run_commands   # install into $HOME/.local
take cmake     # "Use it in your project": find_package and the link, in a minimal project
new_project readme
project_from_snippet "$block" > CMakeLists.txt
echo "--- README.md, 'Use it in your project', in a project with add_executable(app main.cpp)"
cat CMakeLists.txt
build_and_run app
cd "$src"
close_page

# ---------------------------------------------------------------------------------------
cd "$src"
open_page docs/cmake.md
take cmake     # the link every way ends with: the same lines are in each project below
link_snippet="$(cat "$block")"
run_commands   # install
take cmake     # find_package project
new_project cmake-find_package
cp "$block" CMakeLists.txt
grep -qF "$link_snippet" CMakeLists.txt || fail "$page: the find_package project does not end as the first snippet says"
run_commands   # configure and build it
build/app
take text      # what is installed
echo "--- every file the page lists as installed is under the prefix"
while read -r installed _; do
  # shellcheck disable=SC2086 # a pattern, e.g. include/dermaroller/*.hpp
  compgen -G "$HOME/.local/"$installed > /dev/null || fail "$page: the install has no $installed"
done < "$block"
for variant in add_subdirectory exporting-parent fetch_content_git fetch_content_source_dir; do
  take cmake
  new_project "cmake-$variant"
  fill_placeholders "$block" > "$work/snippet"
  project_from_snippet "$work/snippet" > CMakeLists.txt
  if [ "$variant" = exporting-parent ]; then
    take cmake   # its clinicConfig.cmake
    cp "$block" clinicConfig.cmake
    echo 'install(FILES clinicConfig.cmake DESTINATION share/cmake/clinic)' >> CMakeLists.txt
    echo "--- the exporting parent configures, builds, and installs dermaroller with itself"
    cmake -S . -B build > "$work/last-output" 2>&1 || { cat "$work/last-output"; fail "$page: the exporting parent does not configure"; }
    cmake --build build > /dev/null
    cmake --install build --prefix "$work/clinic-prefix" > /dev/null
    [ -e "$work/clinic-prefix/share/cmake/dermaroller/dermarollerConfig.cmake" ] ||
      fail "$page: the exporting parent did not install dermaroller with itself"
    continue
  fi
  echo "--- docs/cmake.md, $variant project"
  build_and_run app
done
cd "$work/projects/cmake-find_package"
export PKG_CONFIG_PATH="$HOME/.local/share/pkgconfig"  # as the page says, for a home prefix
run_commands   # pkg-config
./app
take text      # the message a configure without Catch2 prints
echo "--- the configure without Catch2 says what the page shows"
cmake -S "$src" -B "$work/without-catch2" -DCMAKE_DISABLE_FIND_PACKAGE_Catch2=ON | tee "$work/last-output" > /dev/null
expect_output "$block"
cd "$src"
run_commands   # presets
close_page

echo "=== docs-as-written: every command and snippet of README.md, getting-started.md and cmake.md ran as written"

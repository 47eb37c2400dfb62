#!/usr/bin/env bash
# Runs the commands and code of README.md and of every page of docs/ as they are written, in
# the order a reader meets them, and compares what they print with the output the pages show.
# A page whose command fails, whose output differs, whose snippet does not compile, or that
# gains a code block this script does not know what to do with, fails the run; so does a page
# of docs/ this script neither runs nor lists with the reason: the pages cannot go stale
# unnoticed.
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
#   (scripts/test.sh, the presets' full build and test) are listed, not run; so is what cannot
#   run here (a GitHub workflow, an editor's settings), each checked as far as it can be.
# - In a transcript ("$ dermaroller-check ..."), dermaroller-check is the one getting-started.md
#   installs into $HOME/.local/bin; a page's transcripts run where its files are (checker.md's
#   in a folder holding tests/cli/protocols/ and tests/cli/guidelines/, with the file
#   named two\nlines.json that it shows, a copy of one of them).
# - A C++ snippet that is not a whole program is compiled in a function, after the names it
#   takes as given, which tests/docs/snippets/<page>.hpp defines.
# - Where a page says to edit a file or to swap one line of a CMakeLists.txt for a snippet,
#   the script makes that edit.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/ci-packages.sh
source scripts/ci-packages.sh
ensure_debian_packages git cmake g++ pkg-config python3 python3-yaml librsvg2-bin pngquant
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

# --- The pages' fenced blocks, one file each: NNN.<language>, and lines/NNN the page's line
# where it starts. A plain block is a "transcript" when it starts with "$ " (commands, each
# followed by what it prints), "output" when only blank lines separate it from the block before
# it (what that block's commands print), else "text". Sections listed in skip_sections are
# another test's business, and left out whole.
declare -A skip_sections=(
  ["## Failing the build on a bad protocol file"]="run by ctest's 'consumer: the installed checker ...' tests"
  ["## From CMake: dermaroller_check_protocols()"]="run by ctest's 'dermaroller_check_protocols: ...' tests (tests/cmake_function/)"
)
blocks=()
block_index=0
open_page() {
  page="$1"
  local dir="$work/blocks/${page//\//_}"
  rm -rf "$dir" && mkdir -p "$dir/lines"
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
                          file = sprintf("%s/%03d.%s", dir, n, lang); printf "" > file;
                          printf "%d\n", NR + 1 > sprintf("%s/lines/%03d", dir, n); first = 1; next }
    in_block && /^```$/ { in_block = 0; close(file); prose_since = 0; next }
    in_block && first && /^\$ / && (lang == "text" || lang == "output") {
                          close(file); system("mv " file " " dir "/" sprintf("%03d", n) ".transcript");
                          file = sprintf("%s/%03d.transcript", dir, n) }
    in_block { first = 0; print >> file; next }
    /[^ ]/ { prose_since = 1 }
  ' "$repo/$page"
  mapfile -t blocks < <(find "$dir" -maxdepth 1 -type f | sort)
  block_index=0
  page_started=$SECONDS
  echo "=== $page: ${#blocks[@]} code blocks"
}
# take LANGUAGE: the next block, which must be in that language.
take() {
  [ "$block_index" -lt "${#blocks[@]}" ] || fail "$page has fewer code blocks than expected (wanted a $1 block)"
  block="${blocks[$block_index]}"
  block_index=$((block_index + 1))
  block_line="$(cat "$(dirname "$block")/lines/$(basename "${block%.*}")")"
  [ "${block##*.}" = "$1" ] ||
    fail "$page: code block $block_index is '${block##*.}', expected '$1'; the page changed, update this script"
}
next_is() { [ "$block_index" -lt "${#blocks[@]}" ] && [ "${blocks[$block_index]##*.}" = "$1" ]; }
close_page() {
  [ "$block_index" -eq "${#blocks[@]}" ] ||
    fail "$page: code block $((block_index + 1)) and on are not run; update this script"
  echo "=== $page: done in $((SECONDS - page_started)) s"
}

fill_placeholders() {
  sed -e "s|<dermaroller's repository URL>|$url|g" -e "s|<commit>|$commit|g" \
      -e "s|/path/to/dermaroller|$src|g" "$1"
}

# --- Commands. Each line of an sh block (a line ending in \ goes on on the next) runs in this
# shell, a `cd` or an `export` holding for what follows, with the dermaroller-check that
# getting-started.md installs on PATH; what they print goes to $work/last-output.
declare -A left_out=(
  ["scripts/test.sh"]="CI's first step runs it"
  ["cmake --preset dev && cmake --build --preset dev -j2 && ctest --preset dev"]="the same build and tests as CI's first step; ctest checks the presets' list and folders"
  ["cmake --install build/release          # puts dermaroller-check in <prefix>/bin"]="installs system-wide, into /usr/local; getting-started.md's install into \$HOME/.local stands for it"
)
declare -A expected_status=(
  ["build/release/tools/dermaroller-check my-course.json"]=1
  ["build/main/tools/dermaroller-check examples/protocols/invalid/*.json"]=2
  ["build/release/examples/runtime_course < examples/courses/acne-scars-rushed.txt"]=1
)
run_commands() {
  take sh
  : > "$work/last-output"
  local line status
  local continued
  while IFS= read -r line || [ -n "$line" ]; do
    while [[ "$line" == *\\ ]] && IFS= read -r continued; do line="${line%\\}${continued#"${continued%%[! ]*}"}"; done
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
    PATH="$HOME/.local/bin:$PATH" eval "$line" > "$work/line-output" 2>&1
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
# The output a page shows is what the commands printed, line for line (trailing blanks aside);
# a line "..." (indented or not) stands for any number of lines, the page's way of leaving
# some out.
same_lines() {
  local expected=() actual=() e=0 a=0 star=-1 mark=0
  mapfile -t expected < "$1"
  mapfile -t actual < "$2"
  local line
  for ((line = 0; line < ${#expected[@]}; line++)); do
    expected[line]="${expected[line]%"${expected[line]##*[! ]}"}"
    [[ "${expected[line]}" =~ ^\ *\.\.\.$ ]] && expected[line]="..."  # indented as the lines it stands for
  done
  for ((line = 0; line < ${#actual[@]}; line++)); do
    actual[line]="${actual[line]%"${actual[line]##*[! ]}"}"
  done
  while [ "$a" -lt "${#actual[@]}" ]; do
    if [ "$e" -lt "${#expected[@]}" ] && [ "${expected[e]}" = "..." ]; then
      star=$e mark=$a e=$((e + 1))
    elif [ "$e" -lt "${#expected[@]}" ] && [ "${expected[e]}" = "${actual[a]}" ]; then
      e=$((e + 1)) a=$((a + 1))
    elif [ "$star" -ge 0 ]; then
      mark=$((mark + 1)) a=$mark e=$((star + 1))
    else
      return 1
    fi
  done
  while [ "$e" -lt "${#expected[@]}" ] && [ "${expected[e]}" = "..." ]; do e=$((e + 1)); done
  [ "$e" -eq "${#expected[@]}" ]
}
expect_output() {
  same_lines "$1" "$work/last-output" || {
    diff "$1" "$work/last-output" || true
    fail "$page, line $block_line: the output shown is not what the commands printed (above: < the page, > the output)"
  }
  echo "--- the output matches the page"
}
# What a command prints as it goes along, of which the page quotes some lines: they must be
# among them, in that order.
expect_lines_among() {
  local expected actual=() at=0 found
  mapfile -t actual < "$work/last-output"
  while IFS= read -r expected || [ -n "$expected" ]; do
    [[ -z "$expected" || "$expected" == "..." ]] && continue
    found=""
    while [ "$at" -lt "${#actual[@]}" ]; do
      at=$((at + 1))
      [ "${actual[$((at - 1))]}" = "$expected" ] && found=1 && break
    done
    [ -n "$found" ] || fail "$page: the output shown has a line that was not printed (or not in that order): $expected"
  done < "$1"
  echo "--- the lines the page quotes were printed"
}
# A transcript: each "$ COMMAND" line runs here (dermaroller-check is the installed one), and
# what follows it, up to the next "$ ", is what it must print, stdout and stderr together. A
# command sees the status of the one before it, for "$ echo $?".
run_transcript() {
  take transcript
  local line command=""
  transcript_status=0
  : > "$work/transcript-expected"
  while IFS= read -r line || [ -n "$line" ]; do
    if [[ "$line" == "\$ "* ]]; then
      [ -z "$command" ] || run_transcript_command "$command"
      command="${line#\$ }"
    else
      printf '%s\n' "$line" >> "$work/transcript-expected"
    fi
  done < "$block"
  run_transcript_command "$command"
}
run_transcript_command() {
  echo "\$ $1     (in ${PWD#"$work"/})"
  set +e
  (exit "$transcript_status")
  PATH="$HOME/.local/bin:$PATH" eval "$1" > "$work/last-output" 2>&1
  transcript_status=$?
  set -e
  cat "$work/last-output"
  expect_output "$work/transcript-expected"
  : > "$work/transcript-expected"
}
# --- C++ snippets. A page's snippets that are not whole programs are compiled in one
# translation unit with every other page's, once, at the end: each page in a namespace of its
# own, after the names it takes as given (tests/docs/snippets/<page>.hpp, which may start from
# the tests' courses in tests/example_courses.hpp), each snippet in a
# function of its own. #include lines go first; #line points the compiler's messages at the
# page.
page_snippets=()
add_snippet() {
  take cpp
  page_snippets+=("$block:$block_line")
}
keep_page_snippets() {
  local name="${page#docs/}" context snippet
  name="${name%.md}"
  context="tests/docs/snippets/$name.hpp"
  grep -h '^#include' "$repo/$context" "${page_snippets[@]%:*}" >> "$work/snippet-includes" || true
  {
    echo "namespace docs_${name//-/_} {"
    echo "#line 1 \"$context\""
    sed 's/^#\(include\|pragma\).*//' "$repo/$context"
    for snippet in "${page_snippets[@]}"; do
      echo "[[maybe_unused]] static void snippet_at_line_${snippet##*:}() {"
      echo "#line ${snippet##*:} \"$page\""
      sed 's/^#include.*//' "${snippet%:*}"
      echo "}"
    done
    echo "}  // namespace docs_${name//-/_}"
  } >> "$work/snippet-pages"
  echo "--- $page: its C++ snippets are kept, to be compiled with the others at the end"
  page_snippets=()
}
compile_snippets() {
  sort -u "$work/snippet-includes" | cat - "$work/snippet-pages" > "$work/snippets.cpp"
  echo "=== the C++ snippets of every page compile ($work/snippets.cpp)"
  c++ -std=c++20 -fsyntax-only -I"$src/include" -I"$repo/tests" "$work/snippets.cpp" || fail "a C++ snippet does not compile"
}
# A snippet the page shows failing: it must not compile, and the compiler must say what the
# page quotes of its message.
snippet_fails_with() {
  take cpp
  local tu="$work/failing-snippet.cpp"
  { echo "#include \"$repo/tests/docs/snippets/$(basename "$page" .md).hpp\""; echo "#line $block_line \"$page\""; cat "$block"; } > "$tu"
  if c++ -std=c++20 -fsyntax-only -I"$src/include" -I"$repo/tests" "$tu" > "$work/last-output" 2>&1; then
    fail "$page, line $block_line: the snippet shown failing compiles"
  fi
  grep -qF "$1" "$work/last-output" || { cat "$work/last-output"; fail "$page, line $block_line: the compiler does not say '$1'"; }
  echo "--- $page, line $block_line: does not compile, and the compiler says '$1'"
}

# --- JSON and YAML blocks.
# A protocol file the page shows: the checker reads it (it may break rules: status 0 or 1).
checker_reads() {
  PATH="$HOME/.local/bin:$PATH" dermaroller-check "$@" > "$work/last-output" 2>&1 ||
    [ $? -eq 1 ] || { cat "$work/last-output"; fail "$page, line $block_line: dermaroller-check $* cannot read it"; }
  echo "--- $page, line $block_line: dermaroller-check $* reads it"
}
# A fragment of a protocol file ("field": value), in the page's whole protocol in place of
# that field, must still read.
protocol_member_reads() {
  take json
  python3 - "$1" "$block" "$work/with-member.json" <<'PYTHON' || fail "$page, line $block_line: the fragment is not one JSON member"
import json, sys
protocol = json.load(open(sys.argv[1]))
member = json.loads("{" + open(sys.argv[2]).read() + "}")
protocol.update(member)
json.dump(protocol, open(sys.argv[3], "w"), indent=2)
PYTHON
  checker_reads "$work/with-member.json"
}
# The JSON value a page shows is what COMMAND prints, or a part of it (one result of a log).
json_in_output() {
  take json
  PATH="$HOME/.local/bin:$PATH" "$@" > "$work/last-output" 2>/dev/null || true
  python3 - "$block" "$work/last-output" <<'PYTHON' || fail "$page, line $block_line: the JSON shown is not in what '$*' prints"
import json, sys
shown = json.load(open(sys.argv[1]))
text = open(sys.argv[2]).read()
def values(v):
    yield v
    for inner in (v.values() if isinstance(v, dict) else v if isinstance(v, list) else []):
        yield from values(inner)
try:
    printed = [json.loads(text)]
except json.JSONDecodeError:  # newline-delimited: one value a line
    printed = [json.loads(line) for line in text.splitlines() if line.strip()]
sys.exit(0 if any(shown == v for p in printed for v in values(p)) else 1)
PYTHON
  echo "--- $page, line $block_line: the JSON shown is what '$*' prints"
}
# value_in BLOCK EXPRESSION: the Python expression of the block's value `doc`, printed; a
# .json block must be JSON, a .yaml block YAML.
value_in() {
  python3 -c 'import json, sys, yaml
doc = (json.load if sys.argv[1].endswith(".json") else yaml.safe_load)(open(sys.argv[1]))
print(eval(sys.argv[2]))' "$1" "$2"
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

# ======================================================================================
# The pages, in the order a reader meets them.

# docs/getting-started.md first: it makes the clone the other pages work in, and installs into
# $HOME/.local the checker their transcripts run.
getting_started_page() {
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
  run_commands   # 6. configure, build
  run_commands   # 6. run
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
}

# README.md
readme_page() {
  cd "$src"
  open_page README.md
  take cpp       # "In 20 lines": compiles as it stands
  echo "--- README.md's first example compiles"
  c++ -std=c++20 -fsyntax-only -Iinclude -x c++ "$block"
  run_commands   # build the checker, run it on the examples
  take text      # what the checker prints among the build's output, shown after a word on the format
  expect_lines_among "$block"
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
}

# docs/cmake.md
cmake_page() {
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
  expect_lines_among "$block"
  cd "$src"
  run_commands   # presets
  close_page
}

# examples/README.md, which the README's list of pages ends with.
examples_readme_page() {
  cd "$src"
  open_page examples/README.md
  run_commands   # build and run one example
  close_page
}

# docs/checker.md. Its transcripts run in a folder holding the test suite's protocol and
# guideline files, which the page names without their folders.
checker_page() {
  cd "$src"
  open_page docs/checker.md
  run_commands   # build the checker, run it on the examples
  take text      # the synopsis: the usage lines of --help
  echo "--- the synopsis is what --help prints"
  "$HOME/.local/bin/dermaroller-check" --help | sed -e 's/^usage: //' -e 's/^ *//' > "$work/help"
  while IFS= read -r line; do
    grep -qxF "$line" "$work/help" || fail "$page: the synopsis line '$line' is not in --help"
  done < "$block"
  take text      # the form of a line
  mkdir -p "$work/checker-files" && cd "$work/checker-files"
  cp "$src"/tests/cli/protocols/*.json "$src"/tests/cli/guidelines/*.json .
  printf '%s\n' "--- in a folder holding tests/cli/protocols/*.json and tests/cli/guidelines/*.json; two\\nlines.json a copy of clinical_scars.json"
  cp clinical_scars.json $'two\nlines.json'
  run_transcript # an escaped file name
  run_transcript # stretch marks at home
  run_transcript # --strict
  run_transcript # input errors
  run_transcript # --format json
  json_in_output dermaroller-check --format sarif waived_rest.json
  take yaml      # a GitHub workflow: runs on GitHub only
  echo "--- left out (a GitHub Actions workflow): it parses as YAML, and runs the checker with --format sarif"
  [[ "$(value_in "$block" '[s.get("run", "") for s in doc["jobs"]["check"]["steps"]]')" == *"dermaroller-check --format sarif"* ]] ||
    fail "$page, line $block_line: the workflow does not run dermaroller-check --format sarif"
  run_transcript # --format github
  json_in_output dermaroller-check --format fhir home_few_passes.json
  run_transcript # --list-rules
  run_transcript # --explain
  run_transcript # --explain with --guidelines
  run_transcript # --list-rules --format json
  run_transcript # --list-guidelines
  run_transcript # clinical_4_weeks.json, two ways
  take json      # a guideline file, used as clinic-a.json just below
  cp "$block" clinic-a.json
  run_transcript # --guidelines clinic-a.json
  run_transcript # guideline files that do not read
  run_transcript # a set name mistyped
  run_transcript # --disable
  run_transcript # waived
  run_transcript # an unused waiver, a waiver without a reason
  cd "$src"
  close_page
}

# docs/guideline-files.md
guideline_files_page() {
  cd "$src"
  open_page docs/guideline-files.md
  take json      # a guideline file
  cp "$block" "$work/guideline-file.json"
  checker_reads --guidelines "$work/guideline-file.json" examples/protocols/acne-scars-clinic.json
  add_snippet    # parse_guidelines at compile time
  keep_page_snippets
  close_page
}

# docs/editors.md
editors_page() {
  cd "$src"
  open_page docs/editors.md
  take json      # "$schema" in a protocol file
  echo "--- left out (a file in an editor): the \$schema it names, next to dermaroller's sources, is docs/protocol.schema.json"
  # shellcheck disable=SC2016 # a Python expression
  if [ "$(value_in "$block" 'doc["$schema"]')" != "../dermaroller/docs/protocol.schema.json" ] ||
    [ ! -e "$src/../dermaroller/docs/protocol.schema.json" ]; then
    fail "$page, line $block_line: the \$schema is not docs/protocol.schema.json"
  fi
  take json      # VS Code's settings
  echo "--- left out (VS Code's settings): JSON that names the schemas as installed and in the sources"
  if [ "$(value_in "$block" 'doc["json.schemas"][0]["url"]')" != "file:///usr/local/share/dermaroller/protocol.schema.json" ] ||
    [ ! -e "$HOME/.local/share/dermaroller/protocol.schema.json" ] ||
    [ "$(value_in "$block" 'doc["json.schemas"][1]["url"]')" != "./third_party/dermaroller/docs/guidelines.schema.json" ] ||
    [ ! -e "$src/docs/guidelines.schema.json" ]; then
    fail "$page, line $block_line: the settings do not name the schemas where they are"
  fi
  take yaml      # the hook, as .pre-commit-hooks.yaml declares it
  echo "--- the hook shown is the one .pre-commit-hooks.yaml declares"
  python3 -c 'import sys, yaml; shown, = yaml.safe_load(open(sys.argv[1])); declared, = yaml.safe_load(open(sys.argv[2]))
sys.exit(any(declared.get(key) != value for key, value in shown.items()))' "$block" "$src/.pre-commit-hooks.yaml" ||
    fail "$page, line $block_line: the hook shown is not the one .pre-commit-hooks.yaml declares"
  run_commands   # install the checker, and run it from PATH
  for config in remote local; do
    take yaml    # .pre-commit-config.yaml
    echo "--- left out (pre-commit, in another repository): the $config hook parses, and is the hook .pre-commit-hooks.yaml declares"
    python3 -c 'import sys, yaml; hook = yaml.safe_load(open(sys.argv[1]))["repos"][0]["hooks"][0]; declared, = yaml.safe_load(open(sys.argv[2]))
sys.exit(any(declared.get(key) != value for key, value in hook.items()))' "$block" "$src/.pre-commit-hooks.yaml" ||
      fail "$page, line $block_line: the $config hook is not the one .pre-commit-hooks.yaml declares"
  done
  close_page
}

# docs/runtime.md
runtime_page() {
  cd "$src"
  open_page docs/runtime.md
  add_snippet    # enum names
  add_snippet    # reading a needle
  add_snippet    # push_back
  add_snippet    # validate
  add_snippet    # ostream.hpp
  add_snippet    # located()
  keep_page_snippets
  take text      # runtime_course's input format: itself a course it reads
  echo "--- runtime_course reads the page's own example input"
  "$src/build/release/examples/runtime_course" < "$block" > "$work/last-output" || [ $? -eq 1 ] ||
    { cat "$work/last-output"; fail "$page, line $block_line: runtime_course does not read the example"; }
  run_commands   # build runtime_course
  run_commands   # run it on a course
  close_page
}

# docs/schedules.md
schedules_page() {
  cd "$src"
  open_page docs/schedules.md
  add_snippet    # a plan
  add_snippet    # a course's own dates
  add_snippet    # a log
  keep_page_snippets
  run_commands   # the timeline picture, drawn again
  echo "--- the picture in docs/images/ is the one the checker draws"
  git diff --exit-code -- docs/images/scar-course-timeline.svg || fail "$page: docs/images/scar-course-timeline.svg is not what the checker draws"
  run_transcript # --schedule
  run_transcript # --schedule, home course
  close_page
}

# docs/compile-time.md. Its compiler messages are checked, for each compiler, by the
# compile_fail tests of ctest (ctest -L compile_fail).
compile_time_page() {
  cd "$src"
  open_page docs/compile-time.md
  snippet_fails_with "error: static assertion failed"
  take text      # the two compilers' messages for it
  add_snippet    # checked()
  for shown in rule-in-a-session course-finding text-does-not-parse literal; do
    next_is text || break
    take text      # what the compilers say
    echo "--- left out (compiler messages, $shown): the compile_fail tests check the parts the page points at"
  done
  add_snippet    # is_valid()
  keep_page_snippets
  close_page
}

# docs/concepts.md, docs/limits.md, docs/protocol-format.md, docs/architecture.md
concepts_page() {
  cd "$src"
  open_page docs/concepts.md
  add_snippet    # units
  add_snippet    # a course is a value
  keep_page_snippets
  close_page
}
limits_page() {
  cd "$src"
  open_page docs/limits.md
  add_snippet    # a clinic's own guidelines
  keep_page_snippets
  close_page
}
protocol_format_page() {
  cd "$src"
  open_page docs/protocol-format.md
  take json      # a whole protocol
  cp "$block" "$work/protocol-format.json"
  checker_reads "$work/protocol-format.json"
  protocol_member_reads "$work/protocol-format.json"   # "patient"
  protocol_member_reads "$work/protocol-format.json"   # "waivers"
  close_page
}
architecture_page() {
  open_page docs/architecture.md
  take text      # what may include what: a picture
  take text      # from text to report: a picture
  close_page
}

# The pages without a command or code, and the one whose commands are benchmarks.
declare -A not_run=(
  [docs/guidelines.md]="no command or code"
  [docs/sources.md]="no command or code"
  [docs/versioning.md]="no command or code"
  [docs/performance.md]="its commands are the benchmarks, minutes each, run by bench/ and scripts/bench-compare.sh"
)
every_page_covered() {
  local run_pages="$1" file
  for file in "$repo"/docs/*.md; do
    file="docs/${file##*/}"
    if [ -n "${not_run[$file]+set}" ]; then
      echo "--- $file not run: ${not_run[$file]}"
      [ "${not_run[$file]}" != "no command or code" ] || ! grep -q '^```' "$repo/$file" ||
        fail "$file has code blocks now; run them here"
    elif [[ " $run_pages " != *" $file "* ]]; then
      fail "$file is neither run nor listed in not_run; add it to this script"
    fi
  done
}

: > "$work/snippet-includes"
: > "$work/snippet-pages"
getting_started_page
readme_page
examples_readme_page
cmake_page
checker_page
guideline_files_page
editors_page
runtime_page
schedules_page
compile_time_page
concepts_page
limits_page
protocol_format_page
architecture_page
compile_snippets
every_page_covered "docs/getting-started.md docs/cmake.md docs/checker.md docs/guideline-files.md docs/editors.md docs/runtime.md docs/schedules.md docs/compile-time.md docs/concepts.md docs/limits.md docs/protocol-format.md docs/architecture.md"
echo "=== docs-as-written: every command and snippet of README.md and docs/ ran as written, or is listed above with the reason"

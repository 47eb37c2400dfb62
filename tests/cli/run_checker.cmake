# Runs dermaroller-check once and checks what it did: its exit status, its standard output
# (exactly, against a file, or by regular expressions), its standard error, and, for JSON,
# that the output parses and has the shape that docs/checker.md gives it under "JSON output".
#
#   cmake -D checker=<program> -D arguments=<a^^b^^c> -D exit=<status>
#         [-D input=<file for standard input>] [-D expected=<file>]
#         [-D matches=<regex^^regex>] [-D error_matches=<regex>] [-D lines=<count>] [-D json=ON]
#         [-D generate=<kind> -D generated=<path>] -P run_checker.cmake
#
# `generate` writes a hostile input to `generated` first (too big to keep in the repository):
# deep_nesting, many_sessions, long_string, random_bytes.
#
# Lists are joined with ^^ because add_test would split a ';' list into several arguments.

string(REPLACE "^^" ";" arguments "${arguments}")
string(REPLACE "^^" ";" matches "${matches}")

if(generate STREQUAL "deep_nesting")
  string(REPEAT "[" 100000 text)
  file(WRITE "${generated}" "{\"format\": \"dermaroller/1\", \"sessions\": ${text}")
elseif(generate STREQUAL "many_sessions")
  string(REPEAT "{ \"needle\": \"0.25mm\", \"passes\": 15 },\n    " 4999 sessions)
  file(WRITE "${generated}" "{\n  \"format\": \"dermaroller/1\",\n  \"setting\": \"home\",\n"
       "  \"indication\": \"skin_health\",\n  \"goal\": \"maintenance\",\n  \"sessions\": [\n"
       "    ${sessions}{ \"needle\": \"0.25mm\", \"passes\": 15 }\n  ]\n}\n")
elseif(generate STREQUAL "long_string")
  string(REPEAT "x" 1048576 name)
  file(WRITE "${generated}" "{\n  \"format\": \"dermaroller/1\",\n  \"name\": \"${name}\"\n}\n")
elseif(generate STREQUAL "random_bytes")
  # JSON's own characters, shuffled, with bytes that are not UTF-8 among them.
  string(ASCII 255 254 192 128 not_utf8)
  string(RANDOM LENGTH 20000 ALPHABET "{}[]\":,.-+0123456789eEtrufalsn \n\tmh${not_utf8}" noise)
  file(WRITE "${generated}" "${noise}")
elseif(generate)
  message(FATAL_ERROR "unknown input to generate: ${generate}")
endif()

set(input_option "")
if(input)
  set(input_option INPUT_FILE "${input}")
endif()
execute_process(COMMAND "${checker}" ${arguments} ${input_option}
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)

set(failures "")
if(NOT status STREQUAL exit)
  string(APPEND failures "exit status ${status}, expected ${exit}\n")
endif()
if(expected)
  file(READ "${expected}" wanted)
  if(NOT out STREQUAL wanted)
    string(APPEND failures "standard output differs from ${expected}; expected:\n${wanted}\n")
  endif()
endif()
foreach(pattern IN LISTS matches)
  if(NOT out MATCHES "${pattern}")
    string(APPEND failures "standard output does not match: ${pattern}\n")
  endif()
endforeach()
if(lines)
  string(REGEX MATCHALL "\n" newlines "${out}")
  list(LENGTH newlines printed)
  if(NOT printed EQUAL lines)
    string(APPEND failures "${printed} lines printed, expected ${lines}\n")
  endif()
endif()
if(error_matches AND NOT err MATCHES "${error_matches}")
  string(APPEND failures "standard error does not match: ${error_matches}\n")
endif()

# The JSON must parse, and every file object have the fields of the contract, typed.
function(expect_type document type)
  string(JSON actual ERROR_VARIABLE problem TYPE "${document}" ${ARGN})
  if(problem)
    set(failures "${failures}JSON: ${problem}\n" PARENT_SCOPE)
  elseif(NOT actual MATCHES "^(${type})$")
    set(failures "${failures}JSON: ${ARGN} is ${actual}, expected ${type}\n" PARENT_SCOPE)
  endif()
endfunction()
if(json)
  expect_type("${out}" ARRAY)
  string(JSON files ERROR_VARIABLE problem LENGTH "${out}")
  if(problem)
    string(APPEND failures "output is not a JSON array: ${problem}\n")
  else()
    if(files EQUAL 0)
      string(APPEND failures "JSON: the array is empty\n")
    else()
      math(EXPR last_file "${files} - 1")
      foreach(f RANGE ${last_file})
        expect_type("${out}" STRING ${f} file)
        expect_type("${out}" BOOLEAN ${f} valid)
        expect_type("${out}" ARRAY ${f} diagnostics)
        string(JSON count ERROR_VARIABLE problem LENGTH "${out}" ${f} diagnostics)
        if(NOT problem AND count GREATER 0)
          math(EXPR last "${count} - 1")
          foreach(d RANGE ${last})
            expect_type("${out}" STRING ${f} diagnostics ${d} code)
            expect_type("${out}" STRING ${f} diagnostics ${d} severity)
            expect_type("${out}" STRING ${f} diagnostics ${d} message)
            expect_type("${out}" "NUMBER|NULL" ${f} diagnostics ${d} session)
            expect_type("${out}" NUMBER ${f} diagnostics ${d} line)
            expect_type("${out}" NUMBER ${f} diagnostics ${d} column)
            expect_type("${out}" BOOLEAN ${f} diagnostics ${d} waived)
            string(JSON waived ERROR_VARIABLE problem GET "${out}" ${f} diagnostics ${d} waived)
            if(waived)
              expect_type("${out}" STRING ${f} diagnostics ${d} waiver_reason)
              expect_type("${out}" STRING ${f} diagnostics ${d} waived_by)
            endif()
          endforeach()
        endif()
      endforeach()
    endif()
  endif()
endif()

if(failures)
  message(FATAL_ERROR "dermaroller-check ${arguments}\n${failures}"
                      "--- standard output ---\n${out}--- standard error ---\n${err}")
endif()

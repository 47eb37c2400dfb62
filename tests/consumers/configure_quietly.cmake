# A plain configure of dermaroller as a new user types it, checked for what it must say:
#   cmake -S <source> -B <build> [options]
# Run with cmake -D SOURCE_DIR=<dir> -D BINARY_DIR=<dir> -D GENERATOR=<generator>
#   -D CXX=<compiler> -D "OPTIONS=<option;...>" -D EXPECT_SKIP_MESSAGE=ON|OFF -P
# It fails when the configure fails, when CMake reports an option as unused, when the
# "tests are skipped" message is not there exactly once (EXPECT_SKIP_MESSAGE=ON) or is there
# at all (OFF), and when the build tree registers tests it should not have.
file(REMOVE_RECURSE "${BINARY_DIR}")
execute_process(COMMAND "${CMAKE_COMMAND}" -S "${SOURCE_DIR}" -B "${BINARY_DIR}" -G "${GENERATOR}"
                        "-DCMAKE_CXX_COMPILER=${CXX}" ${OPTIONS}
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
message("${output}")
if(NOT status EQUAL 0)
  message(FATAL_ERROR "the configure failed (${status})")
endif()
if(output MATCHES "Manually-specified variables were not used")
  message(FATAL_ERROR "CMake reports an option as unused")
endif()

set(skip_message "dermaroller: Catch2 not found, so the tests are skipped")
string(REGEX MATCHALL "${skip_message}" skip_messages "${output}")
list(LENGTH skip_messages skip_message_count)
if(EXPECT_SKIP_MESSAGE AND NOT skip_message_count EQUAL 1)
  message(FATAL_ERROR "expected '${skip_message}' once, found it ${skip_message_count} times")
elseif(NOT EXPECT_SKIP_MESSAGE AND NOT skip_message_count EQUAL 0)
  message(FATAL_ERROR "'${skip_message}' where tests were not asked for")
endif()

# No Catch2 test program may be part of the build.
if(EXISTS "${BINARY_DIR}/tests")
  message(FATAL_ERROR "the build tree has the tests directory although the tests are off")
endif()

# Configures and builds a small user project, then checks that the build succeeded or failed
# as expected and that its output says what it should.
#
#   cmake -D source=<dir> -D binary=<dir> -D generator=<name> -D options=<a^^b>
#         -D expect=success|failure -D output_matches=<regex> -P build_project.cmake

string(REPLACE "^^" ";" options "${options}")
file(REMOVE_RECURSE "${binary}")
execute_process(COMMAND "${CMAKE_COMMAND}" -S "${source}" -B "${binary}" -G "${generator}" ${options}
                RESULT_VARIABLE configured OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT configured EQUAL 0)
  message(FATAL_ERROR "configuring ${source} failed:\n${out}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --build "${binary}"
                RESULT_VARIABLE built OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("${out}")
if(expect STREQUAL "success" AND NOT built EQUAL 0)
  message(FATAL_ERROR "the build failed, it should have succeeded")
elseif(expect STREQUAL "failure" AND built EQUAL 0)
  message(FATAL_ERROR "the build succeeded, it should have failed")
endif()
if(NOT out MATCHES "${output_matches}")
  message(FATAL_ERROR "the build's output does not match: ${output_matches}")
endif()

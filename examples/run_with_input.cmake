# Runs an example with a file on its standard input, and checks its exit status and that its
# standard output is exactly the expected file's.
#
#   cmake -D program=<example> -D input=<file> -D expected=<file> -D exit=<status>
#         -P run_with_input.cmake
execute_process(COMMAND "${program}" INPUT_FILE "${input}" OUTPUT_VARIABLE output
                ERROR_VARIABLE errors RESULT_VARIABLE status)
file(READ "${expected}" wanted)
if(NOT status STREQUAL "${exit}")
  message(FATAL_ERROR "exit status ${status}, expected ${exit}\n${output}${errors}")
endif()
if(NOT output STREQUAL wanted)
  message(FATAL_ERROR "the output differs from ${expected}:\n${output}")
endif()

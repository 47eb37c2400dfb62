# cmake -DPROGRAM=<checked_access_stops> -DREAD=<what> -P checked_access_stops.cmake
# Passes when the program is stopped by a signal (__builtin_trap raises SIGILL or SIGTRAP);
# an exit code, even one that is not 0, means the read did not stop it. (CTest's WILL_FAIL
# would count any exit code as the expected failure, and a crash as a failure.)
execute_process(COMMAND "${PROGRAM}" "${READ}" RESULT_VARIABLE result)
if(result MATCHES "^[0-9]+$")
  message(FATAL_ERROR "reading a missing value (${READ}) did not stop the program: it exited with ${result}")
endif()
message(STATUS "reading a missing value (${READ}) stopped the program: ${result}")

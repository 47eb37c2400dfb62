# An outside build that knows only pkg-config, as a Makefile would:
#   c++ -std=c++20 $(pkg-config --cflags dermaroller) app.cpp -o app
# Run with cmake -D PREFIX=<install prefix> -D CXX=<compiler> -D WORK_DIR=<dir>
#   [-D CXX_FLAGS=<flags>] -P consume_with_pkg_config.cmake
find_program(pkg_config NAMES pkg-config pkgconf)
if(NOT pkg_config)
  message(FATAL_ERROR "pkg-config is not installed (Debian: apt-get install pkg-config)")
endif()

# Only the staging prefix, never a dermaroller.pc installed elsewhere on the machine.
set(ENV{PKG_CONFIG_LIBDIR} "${PREFIX}/share/pkgconfig")
set(ENV{PKG_CONFIG_PATH} "")

function(run what)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE output
                  ERROR_VARIABLE output OUTPUT_STRIP_TRAILING_WHITESPACE)
  message("${output}")
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${what} failed (${status}): ${ARGN}")
  endif()
  set(output "${output}" PARENT_SCOPE)
endfunction()

run("pkg-config --modversion" "${pkg_config}" --modversion dermaroller)
if(NOT output MATCHES "^([0-9]+)\\.([0-9]+)\\.([0-9]+)$")
  message(FATAL_ERROR "dermaroller.pc gives no version: '${output}'")
endif()
set(version_definitions -DEXPECTED_VERSION_MAJOR=${CMAKE_MATCH_1}
    -DEXPECTED_VERSION_MINOR=${CMAKE_MATCH_2} -DEXPECTED_VERSION_PATCH=${CMAKE_MATCH_3})

run("pkg-config --cflags" "${pkg_config}" --cflags dermaroller)
separate_arguments(cflags UNIX_COMMAND "${output}")
separate_arguments(extra_flags UNIX_COMMAND "${CXX_FLAGS}")

file(MAKE_DIRECTORY "${WORK_DIR}")
run("compiling" "${CXX}" -std=c++20 ${extra_flags} ${cflags} ${version_definitions}
    "${CMAKE_CURRENT_LIST_DIR}/../app.cpp" -o "${WORK_DIR}/app")
run("the app" "${WORK_DIR}/app")

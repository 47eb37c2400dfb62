# Installs the build tree into a fresh staging prefix, as `cmake --install` would for a user.
# Run with cmake -D BUILD_DIR=<build tree> -D PREFIX=<staging prefix> [-D CONFIG=<config>]
#   [-D "ALSO_EXPECTED=<file;...>"] -P
file(REMOVE_RECURSE "${PREFIX}")
set(config_option)
if(CONFIG)
  set(config_option --config "${CONFIG}")
endif()
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}"
                        ${config_option} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${status})")
endif()
foreach(expected include/dermaroller/dermaroller.hpp include/dermaroller/version.hpp
                 share/cmake/dermaroller/dermarollerConfig.cmake
                 share/cmake/dermaroller/dermarollerConfigVersion.cmake
                 share/pkgconfig/dermaroller.pc share/doc/dermaroller/LICENSE ${ALSO_EXPECTED})
  if(NOT EXISTS "${PREFIX}/${expected}")
    message(FATAL_ERROR "the install has no ${expected}")
  endif()
endforeach()

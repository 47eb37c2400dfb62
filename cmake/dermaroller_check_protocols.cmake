# dermaroller_check_protocols(TARGET <name> FILES <file>... [STRICT] [CHECKER <program>]
#                             [GUIDELINES <set name or guideline file>] [DISABLE <code>...])
#
# Adds a target, built by default, that runs dermaroller-check on each protocol file, so that
# the build fails, with the checker's FILE:LINE:COL diagnostics, when a protocol breaks a
# rule of severity error (with STRICT, a warning too) or does not parse. GUIDELINES and
# DISABLE are the checker's --guidelines and --disable. Each file is checked again only when
# it, the guideline file or the checker changes.
#
#   dermaroller_check_protocols(TARGET clinic_protocols FILES protocols/acne.json
#                               GUIDELINES clinic-guidelines.json DISABLE sunscreen-not-zinc)
#   add_dependencies(clinic_app clinic_protocols)   # optional: check before building the app
#
# The checker is, in this order: CHECKER (a path or an executable target);
# DERMAROLLER_CHECK_EXECUTABLE (a cache variable); the target dermaroller::dermaroller-check
# (dermaroller's own build, or its installed package); built from dermaroller's sources when
# this file is read from them (add_subdirectory, FetchContent); a dermaroller-check on PATH.
include_guard(GLOBAL)

# The checker's sources, when this file sits in dermaroller's source tree; none in an
# installed copy. A global property, because the function is called from the user's
# directories, which do not see the variables of dermaroller's.
if(EXISTS "${CMAKE_CURRENT_LIST_DIR}/../tools/CMakeLists.txt")
  set_property(GLOBAL PROPERTY dermaroller_check_tools_dir "${CMAKE_CURRENT_LIST_DIR}/../tools")
endif()

function(_dermaroller_find_checker out_var)
  if(DERMAROLLER_CHECK_EXECUTABLE)
    set(${out_var} "${DERMAROLLER_CHECK_EXECUTABLE}" PARENT_SCOPE)
    return()
  endif()
  get_property(tools_dir GLOBAL PROPERTY dermaroller_check_tools_dir)
  if(NOT TARGET dermaroller::dermaroller-check AND tools_dir AND TARGET dermaroller::dermaroller)
    # dermaroller was added without its tools (the default below the top level): build the
    # checker now, once, for the user's build.
    add_subdirectory("${tools_dir}" "${CMAKE_BINARY_DIR}/_dermaroller_check")
  endif()
  if(TARGET dermaroller::dermaroller-check)
    set(${out_var} dermaroller::dermaroller-check PARENT_SCOPE)
    return()
  endif()
  find_program(DERMAROLLER_CHECK_EXECUTABLE dermaroller-check)
  if(NOT DERMAROLLER_CHECK_EXECUTABLE)
    message(FATAL_ERROR "dermaroller_check_protocols: dermaroller-check not found; build "
                        "dermaroller with DERMAROLLER_BUILD_TOOLS=ON, install it, or set "
                        "DERMAROLLER_CHECK_EXECUTABLE")
  endif()
  set(${out_var} "${DERMAROLLER_CHECK_EXECUTABLE}" PARENT_SCOPE)
endfunction()

function(dermaroller_check_protocols)
  cmake_parse_arguments(PARSE_ARGV 0 arg "STRICT" "TARGET;CHECKER;GUIDELINES" "FILES;DISABLE")
  if(arg_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "dermaroller_check_protocols: unexpected arguments: ${arg_UNPARSED_ARGUMENTS}")
  endif()
  if(NOT arg_TARGET)
    message(FATAL_ERROR "dermaroller_check_protocols: TARGET <name> is required")
  endif()
  if(NOT arg_FILES)
    message(FATAL_ERROR "dermaroller_check_protocols: FILES <file>... is required")
  endif()

  if(arg_CHECKER)
    set(checker "${arg_CHECKER}")
  else()
    _dermaroller_find_checker(checker)
  endif()
  # Depend on the checker when it is a target or a file, so that a new checker checks again.
  set(checker_dependency "")
  if(TARGET "${checker}" OR IS_ABSOLUTE "${checker}")
    set(checker_dependency "${checker}")
  endif()
  set(check_options "")
  if(arg_STRICT)
    list(APPEND check_options --strict)
  endif()
  # A file (a name with a dot or a slash, or one that exists) is taken from the current source
  # directory, as FILES are, and every check depends on it; a built-in set's name goes to the
  # checker as it is, which refuses a name it does not know.
  set(guidelines_dependency "")
  if(DEFINED arg_GUIDELINES)
    if(arg_GUIDELINES STREQUAL "")
      message(FATAL_ERROR "dermaroller_check_protocols: GUIDELINES needs a set's name or a file")
    endif()
    cmake_path(ABSOLUTE_PATH arg_GUIDELINES BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}" NORMALIZE
               OUTPUT_VARIABLE guidelines_file)
    if(arg_GUIDELINES MATCHES "[./]" OR EXISTS "${guidelines_file}")
      list(APPEND check_options --guidelines "${guidelines_file}")
      if(EXISTS "${guidelines_file}")
        set(guidelines_dependency "${guidelines_file}")
      endif()
    else()
      list(APPEND check_options --guidelines "${arg_GUIDELINES}")
    endif()
  endif()
  foreach(code IN LISTS arg_DISABLE)
    list(APPEND check_options --disable "${code}")
  endforeach()

  # The stamps of one set of options apart from another's, so that a change of GUIDELINES,
  # DISABLE or STRICT checks every file again, whatever the generator.
  string(MD5 options_hash "${check_options}")
  string(SUBSTRING "${options_hash}" 0 12 options_hash)
  set(stamp_dir "${CMAKE_CURRENT_BINARY_DIR}/${arg_TARGET}.protocols/${options_hash}")
  file(MAKE_DIRECTORY "${stamp_dir}")
  set(stamps "")
  foreach(file IN LISTS arg_FILES)
    cmake_path(ABSOLUTE_PATH file BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}" NORMALIZE
               OUTPUT_VARIABLE protocol)
    cmake_path(RELATIVE_PATH protocol BASE_DIRECTORY "${CMAKE_CURRENT_SOURCE_DIR}"
               OUTPUT_VARIABLE shown)
    string(MAKE_C_IDENTIFIER "${shown}" stamp_name)
    set(stamp "${stamp_dir}/${stamp_name}.checked")
    # The stamp is written only when the check passes, so a failing file fails every build
    # until it is fixed. The absolute path makes the diagnostics clickable in an IDE.
    add_custom_command(
      OUTPUT "${stamp}"
      COMMAND "${checker}" ${check_options} -- "${protocol}"
      COMMAND "${CMAKE_COMMAND}" -E touch "${stamp}"
      DEPENDS "${protocol}" ${guidelines_dependency} ${checker_dependency}
      COMMENT "Checking protocol ${shown}"
      VERBATIM)
    list(APPEND stamps "${stamp}")
  endforeach()
  add_custom_target(${arg_TARGET} ALL DEPENDS ${stamps} SOURCES ${arg_FILES})
endfunction()

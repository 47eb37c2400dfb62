# Runs dermaroller-check --schedule 2027-12-20 --timeline <svg> clinical_scars.json and checks
# the picture it wrote: a whole SVG document, titled with the course's name, with its three
# visits on the days the file's rests place them.
#
#   cmake -D checker=<program> -D svg=<file to write> -P run_timeline.cmake

file(REMOVE "${svg}")
execute_process(COMMAND "${checker}" --schedule 2027-12-20 --timeline "${svg}" clinical_scars.json
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "exit status ${status}, expected 0\n${out}${err}")
endif()
if(NOT EXISTS "${svg}")
  message(FATAL_ERROR "no file written at ${svg}")
endif()
file(READ "${svg}" picture)
set(wanted
    "^<svg xmlns=\"http://www.w3.org/2000/svg\""
    ">Acne scars, three clinic visits</text>"
    ">Visit 1 · 2027-12-20</text>"
    "<title id=\"timeline-title\">Acne scars, three clinic visits</title>"
    "<desc id=\"timeline-desc\">clinical scar reduction course, 3 visits from 2027-12-20</desc>"
    ">Visit 2 · 2028-01-31</text>"
    ">from the protocol's own rests</text>"
    ">Visit 3 · 2028-03-20</text>"
    ">anti-inflammatory 24 h</text>"
    "</svg>\n$")
foreach(pattern IN LISTS wanted)
  if(NOT picture MATCHES "${pattern}")
    message(FATAL_ERROR "the timeline does not match: ${pattern}")
  endif()
endforeach()

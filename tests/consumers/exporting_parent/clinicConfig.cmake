# The exporting parent's package: its users get dermaroller through it.
include(CMakeFindDependencyMacro)
find_dependency(dermaroller CONFIG)
include("${CMAKE_CURRENT_LIST_DIR}/clinicTargets.cmake")

#pragma once

#define DERMAROLLER_VERSION_MAJOR 0
#define DERMAROLLER_VERSION_MINOR 1
#define DERMAROLLER_VERSION_PATCH 0

namespace dermaroller {
inline constexpr int version_major = DERMAROLLER_VERSION_MAJOR;
inline constexpr int version_minor = DERMAROLLER_VERSION_MINOR;
inline constexpr int version_patch = DERMAROLLER_VERSION_PATCH;
}  // namespace dermaroller

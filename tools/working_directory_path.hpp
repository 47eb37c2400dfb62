#pragma once
// A file's name as code scanning and pull-request annotations want it: relative to the working
// directory (the repository, in a workflow) when the file lies below it, so that an absolute
// path given on the command line still lands on the file in the repository.

#include <filesystem>
#include <string>
#include <system_error>

namespace dermaroller::check {

struct located_path {
  std::string path;  // with '/' between its parts
  bool absolute{false};
};

[[nodiscard]] inline located_path from_working_directory(const std::string& file) {
  namespace fs = std::filesystem;
  const fs::path path{file};
  if (!path.is_absolute()) return {path.generic_string(), false};
  std::error_code failed;
  const fs::path here = fs::current_path(failed);
  if (failed) return {path.generic_string(), true};
  const fs::path below = path.lexically_relative(here);
  if (below.empty() || *below.begin() == "..") return {path.generic_string(), true};
  return {below.generic_string(), false};
}

}  // namespace dermaroller::check

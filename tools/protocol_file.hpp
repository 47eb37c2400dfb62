#pragma once
// Reading a protocol file whole, or standard input, with a limit on its size: whatever the
// path names (a directory, a device, a missing file), the answer is a text or a sentence.

#include <cerrno>
#include <cstddef>
#include <cstdio>
#include <cstring>
#include <string>

namespace dermaroller::check {

// A protocol is a few kilobytes; 5,000 sessions are half a megabyte. Past this the file is
// not a protocol, and reading on would only risk the memory of a build machine.
inline constexpr std::size_t largest_protocol_bytes = std::size_t{16} * 1024 * 1024;

namespace detail {
inline std::string size_in_words(std::size_t bytes) {
  constexpr std::size_t mebibyte = std::size_t{1024} * 1024;
  if (bytes % mebibyte == 0) return std::to_string(bytes / mebibyte) + " MiB";
  return std::to_string(bytes) + " bytes";
}
}  // namespace detail

struct file_text {
  std::string text;
  std::string error;  // why the file could not be read, when not empty
};

// Reads a whole file, or standard input for "-", in binary, so that the reader sees every
// byte. A directory, a missing file or one over the limit is an error sentence, not a crash.
inline file_text read_protocol_file(const std::string& path,
                                    std::size_t limit = largest_protocol_bytes) {
  file_text result;
  const bool from_stdin = path == "-";
  std::FILE* file = from_stdin ? stdin : std::fopen(path.c_str(), "rb");
  if (file == nullptr) {
    result.error = "cannot open the file: " + std::string{std::strerror(errno)};
    return result;
  }
  char buffer[65536];
  while (true) {
    const std::size_t got = std::fread(buffer, 1, sizeof buffer, file);
    if (result.text.size() + got > limit) {
      result.error = "the file is larger than " + detail::size_in_words(limit) +
                     ", which no protocol is; it was not read";
      result.text.clear();
      break;
    }
    result.text.append(buffer, got);
    if (got < sizeof buffer) {
      if (std::ferror(file) != 0) {
        result.error = "cannot read the file: " + std::string{std::strerror(errno)};
        result.text.clear();
      }
      break;
    }
  }
  if (!from_stdin) std::fclose(file);
  return result;
}

// How a file is named in diagnostics.
inline std::string display_name(const std::string& path) {
  return path == "-" ? std::string{"<stdin>"} : path;
}

}  // namespace dermaroller::check

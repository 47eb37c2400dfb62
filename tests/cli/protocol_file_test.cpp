// Reading protocol files: every byte, or a sentence saying why not; never a crash.
#include "protocol_file.hpp"

#include <filesystem>
#include <fstream>
#include <string>

#include "catch.hpp"

using namespace dermaroller::check;

namespace {

// A file in a fresh directory of its own, removed with it at the end of the test.
class scratch_file {
 public:
  explicit scratch_file(const std::string& contents) {
    std::filesystem::create_directories(directory_);
    std::ofstream{path_, std::ios::binary} << contents;
  }
  ~scratch_file() { std::filesystem::remove_all(directory_); }
  scratch_file(const scratch_file&) = delete;
  scratch_file& operator=(const scratch_file&) = delete;
  scratch_file(scratch_file&&) = delete;
  scratch_file& operator=(scratch_file&&) = delete;

  [[nodiscard]] std::string path() const { return path_.string(); }
  [[nodiscard]] std::string directory() const { return directory_.string(); }

 private:
  std::filesystem::path directory_ =
      std::filesystem::temp_directory_path() /
      ("dermaroller-protocol-file-test-" + std::to_string(std::hash<const void*>{}(this)));
  std::filesystem::path path_ = directory_ / "protocol.json";
};

}  // namespace

TEST_CASE("a protocol file is read whole, byte for byte, NUL and stray bytes included") {
  const std::string contents{"{\"name\": \"a\0b\xFF\"}\n", 16};
  const scratch_file file{contents};
  const file_text read = read_protocol_file(file.path());
  CHECK(read.error.empty());
  CHECK(read.text == contents);
}

TEST_CASE("a file longer than the read buffer is read whole") {
  const std::string contents(200'000, 'x');
  const scratch_file file{contents};
  CHECK(read_protocol_file(file.path()).text == contents);
}

TEST_CASE("a file of exactly the size limit is read, one byte more is refused with a sentence") {
  const scratch_file file{std::string(100, ' ')};
  CHECK(read_protocol_file(file.path(), 100).error.empty());
  const file_text too_big = read_protocol_file(file.path(), 99);
  CHECK(too_big.error == "the file is larger than 99 bytes, which no protocol is; it was not read");
  CHECK(too_big.text.empty());
}

TEST_CASE("the default limit is 16 MiB, far above any protocol") {
  CHECK(largest_protocol_bytes == std::size_t{16} * 1024U * 1024U);
}

TEST_CASE("a missing file and a directory are errors, not crashes") {
  const scratch_file file{"{}"};
  CHECK(read_protocol_file(file.directory() + "/missing.json").error ==
        "cannot open the file: No such file or directory");
  CHECK(read_protocol_file(file.directory()).error == "cannot read the file: Is a directory");
}

TEST_CASE("standard input is named <stdin> in diagnostics, files by their path") {
  CHECK(display_name("-") == "<stdin>");
  CHECK(display_name("protocols/acne.json") == "protocols/acne.json");
}

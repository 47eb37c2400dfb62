// Reading and validating a protocol never touch the heap: this program replaces the global
// operator new with one that counts, and the count must not move during the calls.
#include <cstddef>
#include <cstdlib>
#include <new>

#include <dermaroller/dermaroller.hpp>

#include "catch.hpp"
#include "example_courses.hpp"
#if __has_include(<dermaroller/protocol.hpp>)
#include <dermaroller/protocol.hpp>
#define DERMAROLLER_TEST_PARSER 1
#endif

namespace {
std::size_t heap_allocations = 0;
}  // namespace

// Every form that allocates with malloc is replaced, so that each delete frees what its own
// new allocated (AddressSanitizer checks that they match).
void* operator new(std::size_t size) {
  ++heap_allocations;
  if (void* memory = std::malloc(size == 0 ? 1 : size)) return memory;
  throw std::bad_alloc{};
}
void* operator new[](std::size_t size) { return ::operator new(size); }
void* operator new(std::size_t size, const std::nothrow_t& /*unused*/) noexcept {
  ++heap_allocations;
  return std::malloc(size == 0 ? 1 : size);
}
void* operator new[](std::size_t size, const std::nothrow_t& tag) noexcept {
  return ::operator new(size, tag);
}
void operator delete(void* memory) noexcept { std::free(memory); }
void operator delete[](void* memory) noexcept { std::free(memory); }
void operator delete(void* memory, std::size_t /*size*/) noexcept { std::free(memory); }
void operator delete[](void* memory, std::size_t /*size*/) noexcept { std::free(memory); }
void operator delete(void* memory, const std::nothrow_t& /*unused*/) noexcept { std::free(memory); }
void operator delete[](void* memory, const std::nothrow_t& /*unused*/) noexcept {
  std::free(memory);
}

using namespace dermaroller;
using namespace dermaroller::examples;

namespace {

template <class Call>
std::size_t allocations_during(Call&& call) {
  const std::size_t before = heap_allocations;
  call();
  return heap_allocations - before;
}

}  // namespace

TEST_CASE("the counting allocator sees an allocation, so the checks below can fail") {
  CHECK(allocations_during([] { delete new int{42}; }) == 1);
}

TEST_CASE("validating a course allocates nothing") {
  const auto how_many = static_cast<std::size_t>(std::rand() % 2) + 5;  // 5 or 6, unknown
  const course checked_course = with_session_count(clinical_scar_course(), how_many);
  bool valid = false;
  CHECK(allocations_during([&] { valid = validate(checked_course).ok(); }) == 0);
  const course full_course = with_session_count(clinical_scar_course(), session_capacity);
  std::size_t findings = 0;
  CHECK(allocations_during([&] { findings = validate(full_course).size(); }) == 0);
  CHECK(findings > 0);
  (void)valid;
}

#ifdef DERMAROLLER_TEST_PARSER
TEST_CASE("reading and validating a protocol text allocates nothing") {
  static constexpr std::string_view text = R"({
  "format": "dermaroller/1",
  "setting": "clinical",
  "indication": "scars",
  "goal": "scar_reduction",
  "sessions": [
    { "needle": "1.5mm", "passes": 15, "anesthetic": true },
    { "needle": "1.5mm", "passes": 18, "anesthetic": true, "rest": "6w" }
  ],
  "aftercare": [ { "step": "moisturizer" } ]
})";
  bool read = false;
  bool valid = false;
  CHECK(allocations_during([&] {
          const auto parsed = parse_protocol(text);
          read = parsed.ok();
          valid = read && validate(parsed.value()).ok();
        }) == 0);
  CHECK(read);
  static constexpr std::string_view broken_text = R"({ "format": "dermaroller/1", "sessions": [ )";
  CHECK(allocations_during([&] { read = parse_protocol(broken_text).ok(); }) == 0);
  CHECK_FALSE(read);
  (void)valid;
}

TEST_CASE("reading a guideline file and validating with it, waivers and all, allocates nothing") {
  static constexpr std::string_view guideline_text = R"({
  "format": "dermaroller-guidelines/1",
  "based_on": "scotland-2026",
  "rest_between_sessions": { "shortest": "4w", "longest": "8w" },
  "disable": ["sunscreen-not-zinc"]
})";
  course waived = clinical_scar_course();
  waived.sessions[1].rest = 3_weeks;
  (void)waived.waivers.push_back(
      waiver{rule::rest_too_short, std::size_t{1}, "patient abroad", "Dr. A", {}});
  (void)waived.waivers.push_back(waiver{rule::passes_too_few, {}, "unused", "Dr. A", {}});
  bool read = false;
  std::size_t findings = 0;
  CHECK(allocations_during([&] {
          const auto parsed = parse_guidelines(guideline_text);
          read = parsed.ok();
          if (read) findings = validate(waived, parsed.value().values).size();
        }) == 0);
  CHECK(read);
  CHECK(findings == 5);  // rest waived, needle x3 for Scotland, one waiver unused
  CHECK(allocations_during([&] { read = parse_guidelines(R"({ "format": 1 })").ok(); }) == 0);
  CHECK_FALSE(read);
}
#endif

#pragma once
// A whole course of treatment: who does it where, for what, and its sessions and aftercare,
// stored inline so that a course can be built, copied and checked in a constant expression.

#include <cstddef>
#include <string_view>

#include "dermaroller/aftercare.hpp"
#include "dermaroller/detail/fixed_array.hpp"
#include "dermaroller/detail/inline_vector.hpp"
#include "dermaroller/detail/maybe.hpp"
#include "dermaroller/session.hpp"
#include "dermaroller/vocabulary.hpp"

namespace dermaroller {

// Far more than any course needs (the document's longest is five visits), while keeping a
// course a few kilobytes.
inline constexpr std::size_t session_capacity = 64;
inline constexpr std::size_t aftercare_capacity = 16;
inline constexpr std::size_t course_name_capacity = 120;

// A short, owned, fixed-capacity text: a course outlives the protocol text it was read from.
class course_name {
 public:
  constexpr course_name() = default;
  template <std::size_t N>
  // NOLINTNEXTLINE(google-explicit-constructor)
  requires(N - 1 <= course_name_capacity) constexpr course_name(const char (&text)[N]) {
    (void)assign(std::string_view{text, N - 1});
  }

  // Returns false, and keeps the name empty, when the text is longer than the capacity.
  [[nodiscard]] constexpr bool assign(std::string_view text) {
    size_ = 0;
    if (text.size() > course_name_capacity) return false;
    for (char c : text) chars_[size_++] = c;
    return true;
  }
  [[nodiscard]] constexpr std::string_view view() const { return {chars_.data(), size_}; }
  [[nodiscard]] constexpr bool empty() const { return size_ == 0; }

  friend constexpr bool operator==(const course_name& a, const course_name& b) {
    return a.view() == b.view();
  }

 private:
  fixed_array<char, course_name_capacity> chars_{};
  std::size_t size_{0};
};

// The three fields every protocol must state go in the constructor; the rest have the
// defaults of the protocol format (face, no approval, no sun, no sessions yet).
struct course {
  constexpr course() = default;
  constexpr course(dermaroller::setting where, dermaroller::indication what, treatment_goal aim)
      : setting{where}, indication{what}, goal{aim} {}

  course_name name;
  dermaroller::setting setting{dermaroller::setting::clinical};
  dermaroller::indication indication{dermaroller::indication::skin_health};
  treatment_goal goal{treatment_goal::maintenance};
  body_area area{body_area::face};
  bool doctor_approval{false};
  bool sun_exposure{false};  // sun expected in the days after treatment
  maybe<dermaroller::skin_type> skin_type;
  inline_vector<session, session_capacity> sessions;
  inline_vector<aftercare_step, aftercare_capacity> aftercare;

  friend constexpr bool operator==(const course&, const course&) = default;
};

}  // namespace dermaroller

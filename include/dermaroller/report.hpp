#pragma once
// What validation found: a list of diagnostics, each naming its rule, its severity and the
// session it concerns, with counts by severity, and each diagnostic as a sentence (message()).
// Allocation-free and usable in constant expressions.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <type_traits>

#include "dermaroller/course.hpp"
#include "dermaroller/detail/fixed_array.hpp"
#include "dermaroller/detail/maybe.hpp"
#include "dermaroller/detail/message_text.hpp"
#include "dermaroller/rule.hpp"
#include "dermaroller/rules.hpp"

namespace dermaroller {

// One finding. `found` and `limit` are the numbers behind the message (a needle in
// micrometres, a rest in days, ...): the rule's row says what they measure.
struct diagnostic {
  dermaroller::rule rule;
  dermaroller::severity severity;
  std::uint8_t session_index;  // no_session when the finding is about the whole course
  bool second_message;         // the row's second_message says it, not its message
  std::int32_t found;
  std::int32_t limit;
  // The index in the course's waivers of the waiver that accepts this finding; no_waiver when
  // none does. validate() sets it. It has no default, on purpose: a default would make every
  // entry of the report's storage written when a report is made, some 900 stores, which
  // multiplied validate()'s cost; a diagnostic built by hand says no_waiver.
  std::uint8_t waiver_index;

  static constexpr std::uint8_t no_session = 0xFF;
  static_assert(session_capacity < no_session, "a session index fits in a byte");
  static constexpr std::uint8_t no_waiver = 0xFF;
  static_assert(waiver_capacity < no_waiver, "a waiver index fits in a byte");

  // The index (0-based) of the session concerned, if the finding is about one session.
  [[nodiscard]] constexpr maybe<std::size_t> session() const {
    if (session_index == no_session) return {};
    return std::size_t{session_index};
  }
  // The same session counted from 1, as people count and as message_with_session() writes it.
  [[nodiscard]] constexpr maybe<std::size_t> session_number() const {
    if (session_index == no_session) return {};
    return std::size_t{session_index} + 1;
  }
  // The index (0-based) of the course's waiver that accepts the finding, if one does.
  [[nodiscard]] constexpr maybe<std::size_t> waiver() const {
    if (waiver_index == no_waiver) return {};
    return std::size_t{waiver_index};
  }
  [[nodiscard]] constexpr bool waived() const { return waiver_index != no_waiver; }

  friend constexpr bool operator==(const diagnostic&, const diagnostic&) = default;
};

namespace detail {

constexpr std::size_t rules_looking_at(check_scope scope) {
  std::size_t count = 0;
  for (const rule_definition& row : rule_definitions) count += row.check.looks_at == scope ? 1 : 0;
  return count;
}

}  // namespace detail

// Room for every rule that looks at single sessions to fire on every session, every rule
// about the whole course to fire once, and every waiver to go unused: counted from the rule
// table.
inline constexpr std::size_t per_session_rule_limit =
    detail::rules_looking_at(check_scope::each_session);
inline constexpr std::size_t course_rule_limit = detail::rules_looking_at(check_scope::course);
inline constexpr std::size_t report_capacity =
    session_capacity * per_session_rule_limit + course_rule_limit + waiver_capacity;

static_assert(rule_definitions.size() <= 64, "report keeps one bit per rule");

namespace detail {

// What message() reads of a rule's row. A table of its own, so that a file that writes
// messages does not keep the rule table at run time: the table's pointers to the checks would
// make the compiler compile every check there, whether the file validates or not.
struct rule_wording {
  std::string_view message;
  std::string_view second_message;
  measure found_measures;
  measure limit_measures;
};

inline constexpr auto rule_wordings = [] {
  fixed_array<rule_wording, rule_definitions.size()> wordings{};
  for (std::size_t i = 0; i < wordings.size(); ++i) {
    const rule_definition& row = rule_definitions[i];
    wordings[i] = {row.message, row.second_message, row.found_measures, row.limit_measures};
  }
  return wordings;
}();

}  // namespace detail

// The diagnostic as a sentence: "a 1.5 mm needle is longer than the home-use maximum of
// 0.5 mm". It does not name the session, nor a waiver that accepts it: the caller knows how it
// numbers sessions, and has the course's waivers (diagnostic::waiver()).
[[nodiscard]] constexpr message_text message(const diagnostic& d) {
  const detail::rule_wording& row = detail::rule_wordings[static_cast<std::size_t>(d.rule)];
  message_text text;
  std::string_view pattern = d.second_message ? row.second_message : row.message;
  while (!pattern.empty()) {
    if (pattern.starts_with("{found}")) {
      detail::append_measure(text, row.found_measures, d.found);
      pattern.remove_prefix(7);
    } else if (pattern.starts_with("{limit}")) {
      detail::append_measure(text, row.limit_measures, d.limit);
      pattern.remove_prefix(7);
    } else {
      text.append(pattern.substr(0, 1));
      pattern.remove_prefix(1);
    }
  }
  return text;
}

// "session 2: " for the session at index 1: how the checker and message_with_session() name
// the session a finding concerns.
[[nodiscard]] constexpr message_text session_prefix(std::size_t session_index) {
  message_text text;
  text.append("session ").append_number(static_cast<std::int64_t>(session_index + 1));
  return text.append(": ");
}

// The message as the checker prints it: "session 2: a 1.5 mm needle is ...", or, for a
// finding about the whole course, message() alone.
[[nodiscard]] constexpr message_text message_with_session(const diagnostic& d) {
  message_text text;
  if (const auto index = d.session()) text = session_prefix(*index);
  return text.append(message(d).view());
}

class report {
 public:
  // The storage is left uninitialised at run time: only the first size() entries are ever
  // read, and clearing some 12 KB would cost more than validating a course. A constant
  // evaluation needs every byte initialised, so there it is cleared.
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-member-init,hicpp-member-init)
  constexpr report() {
    if (std::is_constant_evaluated()) items_ = {};
  }

  // True when no diagnostic is an error that no waiver accepts: warnings and notes do not make
  // a course invalid, nor do waived errors.
  [[nodiscard]] constexpr bool ok() const { return errors() == 0; }
  // True when the rule fired, waived or not.
  [[nodiscard]] constexpr bool has(dermaroller::rule which) const {
    return (fired_ >> static_cast<unsigned>(which) & 1U) != 0;
  }
  // The findings of a severity that no waiver accepts.
  [[nodiscard]] constexpr std::size_t count(dermaroller::severity level) const {
    return counts_[static_cast<std::size_t>(level)];
  }
  [[nodiscard]] constexpr std::size_t errors() const { return count(severity::error); }
  [[nodiscard]] constexpr std::size_t warnings() const { return count(severity::warning); }
  [[nodiscard]] constexpr std::size_t notes() const { return count(severity::note); }
  // The findings a waiver accepts, of any severity.
  [[nodiscard]] constexpr std::size_t waived() const { return waived_; }

  [[nodiscard]] constexpr std::size_t size() const { return size_; }
  [[nodiscard]] constexpr bool empty() const { return size_ == 0; }
  constexpr const diagnostic& operator[](std::size_t index) const { return items_[index]; }
  constexpr const diagnostic* begin() const { return items_.data(); }
  constexpr const diagnostic* end() const { return items_.data() + size_; }

  // Returns false, and records nothing, when the report is full; validate() never fills it.
  constexpr bool add(const diagnostic& found) {
    if (size_ == report_capacity) return false;
    items_[size_++] = found;
    if (found.waived()) {
      ++waived_;
    } else {
      ++counts_[static_cast<std::size_t>(found.severity)];
    }
    fired_ |= std::uint64_t{1} << static_cast<unsigned>(found.rule);
    return true;
  }

  // Marks the finding at `index` accepted by the course's waiver `waiver_index` (validate()
  // does this once every rule has been checked); a finding already waived keeps its waiver.
  constexpr void waive(std::size_t index, std::uint8_t waiver_index) {
    diagnostic& finding = items_[index];
    if (finding.waived()) return;
    finding.waiver_index = waiver_index;
    --counts_[static_cast<std::size_t>(finding.severity)];
    ++waived_;
  }

 private:
  fixed_array<diagnostic, report_capacity> items_;
  std::size_t size_{0};
  fixed_array<std::size_t, 3> counts_{};
  std::size_t waived_{0};
  std::uint64_t fired_{0};
};

}  // namespace dermaroller

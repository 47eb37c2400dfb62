#pragma once
// One calendar for every session of a course. As soon as one session has a date, every
// session that can be reached from it through the rests has one too:
//
//   a session's date is its own `date`, or else the previous session's date plus its own
//   `rest`, or else the next session's date minus the next session's `rest`.
//
// The gap before a session is the difference of the two dates when both are known this way,
// and otherwise the session's `rest`. So a course cannot escape the rest rules by mixing dates
// and rests: validate(), the schedules and the checker all read the gaps from here.
//
// What the calendar cannot settle it reports instead of guessing: a `rest` that disagrees with
// the dates around it, and a date worked out beyond the years a protocol can write (1-9999).

#include <cstddef>
#include <cstdint>
#include <type_traits>

#include "dermaroller/calendar_date.hpp"
#include "dermaroller/course.hpp"
#include "dermaroller/detail/fixed_array.hpp"
#include "dermaroller/detail/maybe.hpp"
#include "dermaroller/durations.hpp"

namespace dermaroller {

class course_calendar {
 public:
  // The storage is left uninitialised at run time, as in inline_vector: only the first size()
  // entries are ever read, and each is written below. A constant evaluation needs every byte
  // initialised, so there it is cleared. What only the protocol reader asks (a rest that
  // disagrees, a date out of range) is worked out when asked, so that validate() pays for
  // the dates alone.
  // NOLINTNEXTLINE(cppcoreguidelines-pro-type-member-init,hicpp-member-init)
  constexpr explicit course_calendar(const course& c) : course_{c} {
    if (std::is_constant_evaluated()) day_ = {};
    const std::size_t sessions = c.sessions.size();
    // Most courses have rests and no dates: then there is nothing to place.
    for (std::size_t i = 0; i < sessions && !dated_; ++i) dated_ = c.sessions[i].date.has_value();
    if (!dated_) return;
    // Forwards: a session's own date, else the previous date plus its rest.
    for (std::size_t i = 0; i < sessions; ++i) {
      const session& visit = c.sessions[i];
      if (visit.date) {
        day_[i] = days_since_epoch(*visit.date);
      } else if (i > 0 && day_[i - 1] != unknown && visit.rest) {
        day_[i] = day_[i - 1] + visit.rest->count();
      } else {
        day_[i] = unknown;
      }
    }
    // Backwards: what is still open, from the next date minus the next session's rest.
    for (std::size_t i = sessions; i-- > 1;) {
      const maybe<day_count>& rest = c.sessions[i].rest;
      if (day_[i - 1] == unknown && day_[i] != unknown && rest) {
        day_[i - 1] = day_[i] - rest->count();
      }
    }
  }
  // The calendar reads the course it was made from: it must outlive the calendar.
  explicit course_calendar(const course&&) = delete;

  [[nodiscard]] constexpr std::size_t size() const { return course_.sessions.size(); }

  // The session's date, given or worked out; none when nothing places it on the calendar, or
  // when it falls outside the years 1-9999 (see first_date_out_of_range()).
  [[nodiscard]] constexpr maybe<calendar_date> date_of(std::size_t session) const {
    if (!dated_ || day_[session] == unknown || !in_writable_years(day_[session])) return {};
    return date_from_days_since_epoch(static_cast<std::int32_t>(day_[session]));
  }
  // True when the date is the session's own, false when it was worked out (or is unknown).
  [[nodiscard]] constexpr bool date_is_given(std::size_t session) const {
    return course_.sessions[session].date.has_value();
  }
  // True when this session and the one before it both have a date, given or worked out.
  [[nodiscard]] constexpr bool both_dated(std::size_t session) const {
    return dated_ && session > 0 && day_[session - 1] != unknown && day_[session] != unknown;
  }

  // Days from the previous session to this one: from the two dates when both are known, else
  // the session's rest; none for the first session, or when neither is known.
  [[nodiscard]] constexpr maybe<day_count> gap_before(std::size_t session) const {
    if (session == 0 || session >= size()) return {};
    if (both_dated(session)) return day_count{clamped(day_[session] - day_[session - 1])};
    return course_.sessions[session].rest;
  }

  // The first session whose rest disagrees with the dates before and after it: an input error.
  // (Two known dates agree with a rest that worked one out from the other.)
  [[nodiscard]] constexpr maybe<std::size_t> first_disagreeing_rest() const {
    for (std::size_t i = 1; i < size(); ++i) {
      const maybe<day_count>& rest = course_.sessions[i].rest;
      if (rest && both_dated(i) && day_[i] - day_[i - 1] != rest->count()) return i;
    }
    return {};
  }
  // The first session whose worked-out date falls outside the years 1-9999.
  [[nodiscard]] constexpr maybe<std::size_t> first_date_out_of_range() const {
    for (std::size_t i = 0; i < size() && dated_; ++i) {
      if (day_[i] != unknown && !in_writable_years(day_[i])) return i;
    }
    return {};
  }

 private:
  static constexpr std::int64_t unknown = INT64_MIN;
  // 0001-01-01 and 9999-12-31, in days since 1970-01-01.
  static constexpr std::int64_t first_writable_day = -719162;
  static constexpr std::int64_t last_writable_day = 2932896;

  static constexpr bool in_writable_years(std::int64_t day) {
    return day >= first_writable_day && day <= last_writable_day;
  }
  static constexpr std::int32_t clamped(std::int64_t days) {
    if (days > INT32_MAX) return INT32_MAX;
    if (days < INT32_MIN) return INT32_MIN;
    return static_cast<std::int32_t>(days);
  }

  const course& course_;
  bool dated_{false};  // whether any session has a date; else no day below is set
  // Days since 1970-01-01, or `unknown`; wide enough that no sum of rests overflows.
  fixed_array<std::int64_t, session_capacity> day_;
};

}  // namespace dermaroller

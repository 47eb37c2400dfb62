#pragma once
// One visit: the roller used, how it was used, and how long since the previous visit.

#include "dermaroller/calendar_date.hpp"
#include "dermaroller/detail/maybe.hpp"
#include "dermaroller/durations.hpp"
#include "dermaroller/needle_length.hpp"
#include "dermaroller/pass_count.hpp"
#include "dermaroller/vocabulary.hpp"

namespace dermaroller {

struct session {
  constexpr session() = default;
  constexpr session(needle_length needle_used, pass_count times_rolled)
      : needle{needle_used}, passes{times_rolled} {}

  needle_length needle;
  pass_count passes;          // times rolled over the area
  bool anesthetic{false};     // numbing cream applied first
  maybe<day_count> rest;      // since the previous session
  maybe<calendar_date> date;  // when it happened, or is planned
  dermaroller::modality modality{dermaroller::modality::mechanical};
  maybe<dermaroller::flushing> flushing;  // recorded after the session

  friend constexpr bool operator==(const session&, const session&) = default;
};

}  // namespace dermaroller

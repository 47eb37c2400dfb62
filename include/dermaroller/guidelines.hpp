#pragma once
// Every number the rules compare against, with where it comes from. Rules read these values
// and nothing else, so a clinic can copy default_guidelines, change what its own practice
// says, and pass that to validate().
//
// "document" below is the source guide (see docs/guidelines.md); "SOURCES.md" is the list of
// cited numbers for what the document does not say (needle lengths).

#include <cstddef>
#include <cstdint>

#include "dermaroller/durations.hpp"
#include "dermaroller/detail/fixed_array.hpp"
#include "dermaroller/needle_length.hpp"
#include "dermaroller/pass_count.hpp"
#include "dermaroller/vocabulary.hpp"

namespace dermaroller {

struct needle_range {
  needle_length shortest;
  needle_length longest;
};

struct session_count_range {
  std::size_t fewest{1};
  std::size_t most{SIZE_MAX};  // no limit
};

struct rest_window {
  day_count shortest;
  day_count longest;
};

struct pass_range {
  pass_count fewest;
  pass_count most;
};

// What a goal calls for: the recommended needle range and how many sessions a course has.
struct goal_guidelines {
  needle_range needle;
  session_count_range sessions;
};

// The goals that can serve an indication, one flag per treatment_goal.
class goal_set {
 public:
  template <class... Goals>
  constexpr explicit goal_set(Goals... goals) {
    ((allowed_[static_cast<std::size_t>(goals)] = true), ...);
  }
  [[nodiscard]] constexpr bool contains(treatment_goal goal) const {
    return allowed_[static_cast<std::size_t>(goal)];
  }

 private:
  fixed_array<bool, enum_names(treatment_goal{}).size()> allowed_{};
};

namespace detail {
constexpr needle_length um(std::int32_t micrometres) {
  return needle_length::from_micrometres(micrometres);
}
}  // namespace detail

struct guidelines {
  // Input sanity: rollers and pens are sold from about 0.2 mm to 3.0 mm (SOURCES.md).
  needle_length longest_needle_made = detail::um(3000);

  // Home versions "have shorter needles" (document); consumer guidance puts home rollers at
  // 0.2-0.5 mm (SOURCES.md). A stricter clinic sets 0.3 mm.
  needle_length home_needle_maximum = detail::um(500);

  // "two to three sessions" (document); needles 0.5-1.5 mm (Singh & Yadav 2016, SOURCES.md).
  goal_guidelines collagen_induction{{detail::um(500), detail::um(1500)}, {2, 3}};

  // "goes up to five" sessions (document); needles 1.0-2.0 mm, most studies 1.5 mm
  // (Juhasz & Cohen 2020, SOURCES.md).
  goal_guidelines scar_reduction{{detail::um(1000), detail::um(2000)}, {1, 5}};

  // Home maintenance: needles up to the home maximum (SOURCES.md); the document sets no
  // number of sessions ("if used long-term").
  goal_guidelines maintenance{{detail::um(0), detail::um(500)}, {}};

  // "six to eight weeks of rest in between" (document). Clinical studies often used about
  // 4 weeks (SOURCES.md): a clinic following them sets its own window.
  rest_window rest_between_sessions{day_count{42}, day_count{56}};

  // "rolling ... over the area to be treated 15 to 20 times" (document).
  pass_range passes{pass_count{15}, pass_count{20}};

  // "a clinically clean environment for the first hour" (document).
  hour_count clean_environment_for{1};

  // Flushing "can take up to 24 hours to subside" (document).
  hour_count anti_inflammatory_cover{24};

  // The goals each indication may have, indexed by indication. Scars call for scar
  // reduction; the other lasting changes for collagen induction, or for maintenance, which
  // keeps up the effects of a collagen course; healthy skin is maintenance (document).
  fixed_array<goal_set, enum_names(indication{}).size()> goals_for_indication{
      goal_set{treatment_goal::collagen_induction, treatment_goal::maintenance},  // wrinkles
      goal_set{treatment_goal::collagen_induction, treatment_goal::maintenance},  // stretch_marks
      goal_set{treatment_goal::scar_reduction},                                   // scars
      goal_set{treatment_goal::collagen_induction, treatment_goal::maintenance},  // pigmentation
      goal_set{treatment_goal::collagen_induction, treatment_goal::maintenance},  // elasticity
      goal_set{treatment_goal::maintenance},                                      // skin_health
  };

  [[nodiscard]] constexpr const goal_guidelines& for_goal(treatment_goal goal) const {
    switch (goal) {
      case treatment_goal::collagen_induction: return collagen_induction;
      case treatment_goal::scar_reduction: return scar_reduction;
      case treatment_goal::maintenance: break;
    }
    return maintenance;
  }

  [[nodiscard]] constexpr bool goal_serves(treatment_goal goal,
                                           dermaroller::indication what) const {
    return goals_for_indication[static_cast<std::size_t>(what)].contains(goal);
  }
};

inline constexpr guidelines default_guidelines{};

}  // namespace dermaroller

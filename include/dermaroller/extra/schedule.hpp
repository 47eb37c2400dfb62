#pragma once
// Schedules, an optional part that uses <chrono> and is not included by dermaroller.hpp:
// plan(course, first visit) gives each visit's window and aftercare (visit_plan.hpp);
// check_log(course, visits, as of) says what the visits that happened mean for the next
// (visit_log.hpp). How both work: docs/schedules.md.

#include "dermaroller/extra/visit_log.hpp"
#include "dermaroller/extra/visit_plan.hpp"

#pragma once
// The whole core of dermaroller: the protocol's types, the guidelines, the rules and
// validate(). Optional parts with heavier includes (schedules, the checker's printing) have
// headers of their own and are not included here.

#include "dermaroller/aftercare.hpp"
#include "dermaroller/calendar_date.hpp"
#include "dermaroller/checked.hpp"
#include "dermaroller/course.hpp"
#include "dermaroller/durations.hpp"
#include "dermaroller/guideline_file.hpp"
#include "dermaroller/guideline_sets.hpp"
#include "dermaroller/guidelines.hpp"
#include "dermaroller/needle_length.hpp"
#include "dermaroller/pass_count.hpp"
#include "dermaroller/patient.hpp"
#include "dermaroller/protocol.hpp"
#include "dermaroller/report.hpp"
#include "dermaroller/rule.hpp"
#include "dermaroller/rule_definition.hpp"
#include "dermaroller/rule_set.hpp"
#include "dermaroller/rules.hpp"
#include "dermaroller/session.hpp"
#include "dermaroller/validate.hpp"
#include "dermaroller/version.hpp"
#include "dermaroller/vocabulary.hpp"
#include "dermaroller/waiver.hpp"

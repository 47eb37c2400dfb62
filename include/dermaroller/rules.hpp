#pragma once
// The rule table: one row per rule says all there is to it. Its severity, when it fires,
// the document's words it rests on, its message and what the message's numbers measure; the
// numbers of `guidelines` it reads, what a finding points at in a protocol file, and the check
// itself. validate(), message(), the report's capacity, the positions of findings in protocol
// files, the checker's --list-rules and --explain, and docs/guidelines.md all read this table.
//
// A new rule is an enumerator and its code in rule.hpp, a row here, its tests, and its section of
// docs/guidelines.md. What a row is made of: rule_definition.hpp.

#include <cstddef>
#include <string_view>

#include "dermaroller/course.hpp"
#include "dermaroller/detail/fixed_array.hpp"
#include "dermaroller/detail/maybe.hpp"
#include "dermaroller/enum_names.hpp"
#include "dermaroller/guidelines.hpp"
#include "dermaroller/rule.hpp"
#include "dermaroller/rule_definition.hpp"

namespace dermaroller {

// One row per rule, in the order of the enum.
// clang-format off
inline constexpr fixed_array rule_definitions{
rule_definition{
  .rule = rule::no_sessions, .severity = severity::error,
  .fires_when = "the course has no session"sv,
  .basis = "a course is made of sessions"sv,
  .message = "the course has no session"sv,
  .found_measures = measure::nothing, .limit_measures = measure::nothing,
  .reads = {},
  .points_at = {protocol_field::sessions},
  .check = of_course([](const course_in_review& review, const guidelines&) {
    const course& c = review.course;
    return c.sessions.empty() ? detail::broken() : detail::kept();
  })},

rule_definition{
  .rule = rule::needle_length_invalid,
  .severity = severity::error,
  .fires_when = "a needle is 0 or longer than the longest roller made"sv,
  .basis = "rollers are made with needles from about 0.2 mm to 3.0 mm (docs/sources.md)"sv,
  .message = "a needle of {found} is not one a roller is made with: lengths run from above 0 up "
             "to {limit}"sv,
  .found_measures = measure::needle, .limit_measures = measure::needle,
  .reads = {"longest_needle_made"sv},
  .points_at = at_the_session(session_field::needle),
  .check = of_each_session([](const session_in_course& s, const guidelines& g) {
    return s.needle_is_real ? detail::kept()
                            : detail::broken(s.session.needle, g.longest_needle_made);
  })},

rule_definition{
  .rule = rule::home_needle_too_long, .severity = severity::error,
  .fires_when = "a home course uses a needle longer than the home maximum"sv,
  .basis = "\"home versions have shorter needles\""sv,
  .message = "a {found} needle is longer than the home-use maximum of {limit}"sv,
  .found_measures = measure::needle, .limit_measures = measure::needle,
  .reads = {"home_needle_maximum"sv},
  .points_at = at_the_session(session_field::needle),
  .check = of_each_session([](const session_in_course& s, const guidelines& g) {
    const bool too_long =
        !s.is_clinical() && s.needle_is_real && s.session.needle > g.home_needle_maximum;
    return too_long ? detail::broken(s.session.needle, g.home_needle_maximum) : detail::kept();
  })},

rule_definition{
  .rule = rule::home_indication_not_supported,
  .severity = severity::error,
  .fires_when = "a home course treats scars, or stretch marks with a goal other than "
                "maintenance"sv,
  .basis = "home rollers are \"not the kind of derma roller for removing stretch marks or "
           "scars\", but \"can be used to maintain the effects of collagen induction "
           "treatments\""sv,
  .message = "home rollers are not for treating {found}: that needs the clinical procedure"sv,
  .found_measures = measure::indication, .limit_measures = measure::nothing,
  .reads = {},
  .points_at = {protocol_field::indication, protocol_field::setting},
  .check = of_course([](const course_in_review& review, const guidelines&) {
    const course& c = review.course;
    const bool removes = c.indication == indication::scars ||
        (c.indication == indication::stretch_marks && c.goal != treatment_goal::maintenance);
    const bool unsupported = c.setting == setting::home && removes;
    return unsupported ? detail::broken(c.indication, 0) : detail::kept();
  })},

rule_definition{
  .rule = rule::home_goal_not_maintenance,
  .severity = severity::warning,
  .fires_when = "a home course aims at something other than maintenance"sv,
  .basis = "\"skin maintenance is the goal for the home-use derma roller\"; lasting effects "
           "need the medical procedure"sv,
  .message = "a home course aims at {found}; home rollers are for maintenance, and lasting "
             "effects need the clinical procedure"sv,
  .found_measures = measure::goal, .limit_measures = measure::nothing,
  .reads = {},
  .points_at = {protocol_field::goal, protocol_field::setting},
  .check = of_course([](const course_in_review& review, const guidelines&) {
    const course& c = review.course;
    const bool other_goal = c.setting == setting::home && c.goal != treatment_goal::maintenance;
    return other_goal ? detail::broken(c.goal, 0) : detail::kept();
  })},

rule_definition{
  .rule = rule::goal_indication_mismatch,
  .severity = severity::error,
  .fires_when = "the goal does not serve the indication (scars: scar reduction; stretch marks: "
                "any goal; skin health: maintenance; the others: collagen induction or "
                "maintenance)"sv,
  .basis = "the procedure has \"two end-goals\", collagen induction and scar reduction; home "
           "rollers \"maintain the effects of collagen induction\""sv,
  .message = "the goal {found} does not treat {limit}"sv,
  .found_measures = measure::goal, .limit_measures = measure::indication,
  .reads = {"goals_for_indication"sv},
  .points_at = {protocol_field::goal, protocol_field::indication},
  .check = of_course([](const course_in_review& review, const guidelines& g) {
    const course& c = review.course;
    return g.goal_serves(c.goal, c.indication) ? detail::kept()
                                               : detail::broken(c.goal, c.indication);
  })},

rule_definition{
  .rule = rule::needle_too_long_for_goal,
  .severity = severity::warning,
  .fires_when = "a needle is longer than the goal's recommended range"sv,
  .basis = "\"if you choose needles lengths that are too long, you may not want to use the "
           "roller as often as you should\""sv,
  .message = "a {found} needle is longer than the {limit} recommended for this goal; needles "
             "that are too long discourage regular use"sv,
  .second_message = "a {found} needle is longer than the {limit} of the range cited for this "
                    "goal"sv,
  .found_measures = measure::needle, .limit_measures = measure::needle,
  .reads = {"collagen_induction.needle.longest"sv,
            "scar_reduction.needle.longest"sv,
            "maintenance.needle.longest"sv},
  .points_at = at_the_session(session_field::needle),
  .check = of_each_session([](const session_in_course& s, const guidelines&) {
    // At home the document's reason holds (long needles discourage regular use); in a
    // clinic the goal's cited range is the reason.
    const needle_length longest = s.for_goal.needle.longest;
    const bool too_long = s.needle_is_real && s.session.needle > longest;
    if (!too_long) return detail::kept();
    return s.is_clinical() ? detail::broken_in_second_words(s.session.needle, longest)
                           : detail::broken(s.session.needle, longest);
  })},

rule_definition{
  .rule = rule::needle_too_short_for_goal,
  .severity = severity::warning,
  .fires_when = "a clinical needle is shorter than the goal's recommended range"sv,
  .basis = "home rollers are not for scars \"since home versions have shorter needles\""sv,
  .message = "a {found} needle is shorter than the {limit} recommended for this goal"sv,
  .found_measures = measure::needle, .limit_measures = measure::needle,
  .reads = {"collagen_induction.needle.shortest"sv,
            "scar_reduction.needle.shortest"sv,
            "maintenance.needle.shortest"sv},
  .points_at = at_the_session(session_field::needle),
  .check = of_each_session([](const session_in_course& s, const guidelines&) {
    const needle_length shortest = s.for_goal.needle.shortest;
    const bool too_short = s.is_clinical() && s.needle_is_real && s.session.needle < shortest;
    return too_short ? detail::broken(s.session.needle, shortest) : detail::kept();
  })},

rule_definition{
  .rule = rule::too_many_sessions, .severity = severity::error,
  .fires_when = "more sessions than the goal allows (scar reduction 5)"sv,
  .basis = "scar reduction: \"the number of sessions goes up to five\", \"up to five "
           "visits\""sv,
  .message = "{found} is more than the {limit} this goal goes up to"sv,
  .found_measures = measure::sessions, .limit_measures = measure::sessions,
  .reads = {"collagen_induction.sessions.most"sv,
            "scar_reduction.sessions.most"sv,
            "maintenance.sessions.most"sv},
  .points_at = {protocol_field::sessions},
  .check = of_course([](const course_in_review& review, const guidelines& g) {
    const course& c = review.course;
    const std::size_t most = g.for_goal(c.goal).sessions.most;
    return c.sessions.size() > most ? detail::broken(c.sessions.size(), most) : detail::kept();
  })},

rule_definition{
  .rule = rule::more_sessions_than_usual,
  .severity = severity::warning,
  .fires_when = "more sessions than the goal usually takes (collagen induction 3)"sv,
  .basis = "collagen induction: \"usually require two to three sessions\", \"about three "
           "visits\""sv,
  .message = "{found} is more than the {limit} this goal usually takes"sv,
  .found_measures = measure::sessions, .limit_measures = measure::sessions,
  .reads = {"collagen_induction.sessions.usual_most"sv,
            "scar_reduction.sessions.usual_most"sv,
            "maintenance.sessions.usual_most"sv},
  .points_at = {protocol_field::sessions},
  .check = of_course([](const course_in_review& review, const guidelines& g) {
    const course& c = review.course;
    const std::size_t usual = g.for_goal(c.goal).sessions.usual_most;
    return c.sessions.size() > usual ? detail::broken(c.sessions.size(), usual) : detail::kept();
  })},

rule_definition{
  .rule = rule::too_few_sessions, .severity = severity::warning,
  .fires_when = "fewer sessions than the goal calls for (collagen induction 2)"sv,
  .basis = "collagen induction \"usually require[s] two to three sessions\""sv,
  .message = "{found} is fewer than the {limit} this goal calls for"sv,
  .found_measures = measure::sessions, .limit_measures = measure::sessions,
  .reads = {"collagen_induction.sessions.fewest"sv,
            "scar_reduction.sessions.fewest"sv,
            "maintenance.sessions.fewest"sv},
  .points_at = {protocol_field::sessions},
  .check = of_course([](const course_in_review& review, const guidelines& g) {
    const course& c = review.course;
    const std::size_t fewest = g.for_goal(c.goal).sessions.fewest;
    const bool too_few = !c.sessions.empty() && c.sessions.size() < fewest;
    return too_few ? detail::broken(c.sessions.size(), fewest) : detail::kept();
  })},

rule_definition{
  .rule = rule::rest_missing, .severity = severity::error,
  .fires_when = "in a clinical collagen-induction or scar-reduction course, nothing gives the "
                "gap before a session: no rest, and no dates around it"sv,
  .basis = "\"six to eight weeks of rest in between\" sessions"sv,
  .message = "nothing gives the rest before this session: it has no rest, and the dates of the "
             "course do not place it after the previous session"sv,
  .found_measures = measure::nothing, .limit_measures = measure::nothing,
  .reads = {},
  .points_at = at_the_session(session_field::date),
  .check = of_each_session([](const session_in_course& s, const guidelines&) {
    const bool unknown = s.rest_rules_apply && s.index > 0 && !s.gap;
    return unknown ? detail::broken() : detail::kept();
  })},

rule_definition{
  .rule = rule::sessions_out_of_order,
  .severity = severity::error,
  .fires_when = "a session's date, given or worked out, is not later than the previous "
                "session's"sv,
  .basis = "sessions follow one another, with rest \"in between\""sv,
  .message = "this session falls on the same day as the previous one; sessions follow one "
             "another"sv,
  .second_message = "this session falls {found} before the previous one; sessions follow one "
                    "another"sv,
  .found_measures = measure::days, .limit_measures = measure::nothing,
  .reads = {},
  .points_at = at_the_session(session_field::date, session_field::rest),
  .check = of_each_session([](const session_in_course& s, const guidelines&) {
    if (!s.out_of_order()) return detail::kept();
    const std::int32_t days = s.gap->count();
    return days == 0 ? detail::broken() : detail::broken_in_second_words(-days, 0);
  })},

rule_definition{
  .rule = rule::rest_too_short, .severity = severity::error,
  .fires_when = "less rest than the window's shortest (6 weeks) between sessions of a clinical "
                "collagen-induction or scar-reduction course"sv,
  .basis = "\"six to eight weeks of rest in between\", said of the two medical end-goals"sv,
  .message = "{found} of rest since the previous session is less than the {limit} required"sv,
  .found_measures = measure::days, .limit_measures = measure::days,
  .reads = {"rest_between_sessions.shortest"sv},
  .points_at = at_the_session(session_field::rest, session_field::date),
  .check = of_each_session([](const session_in_course& s, const guidelines& g) {
    const day_count shortest = g.rest_between_sessions.shortest;
    const bool too_short = s.rest_rules_apply && s.gap && !s.out_of_order() && *s.gap < shortest;
    return too_short ? detail::broken(*s.gap, shortest) : detail::kept();
  })},

rule_definition{
  .rule = rule::rest_too_long, .severity = severity::warning,
  .fires_when = "more rest than the window's longest (8 weeks) between sessions of a clinical "
                "collagen-induction or scar-reduction course"sv,
  .basis = "\"six to eight weeks of rest in between\", said of the two medical end-goals"sv,
  .message = "{found} of rest since the previous session is more than the recommended {limit}"sv,
  .found_measures = measure::days, .limit_measures = measure::days,
  .reads = {"rest_between_sessions.longest"sv},
  .points_at = at_the_session(session_field::rest, session_field::date),
  .check = of_each_session([](const session_in_course& s, const guidelines& g) {
    const day_count longest = g.rest_between_sessions.longest;
    const bool too_long = s.rest_rules_apply && s.gap && *s.gap > longest;
    return too_long ? detail::broken(*s.gap, longest) : detail::kept();
  })},

rule_definition{
  .rule = rule::anesthetic_missing, .severity = severity::warning,
  .fires_when = "a clinical session without anesthetic cream"sv,
  .basis = "\"the procedure usually starts with the application of anesthetic cream\""sv,
  .message = "no anesthetic cream before this clinical session; it prevents undue discomfort"sv,
  .found_measures = measure::nothing, .limit_measures = measure::nothing,
  .reads = {},
  .points_at = at_the_session(session_field::anesthetic),
  .check = of_each_session([](const session_in_course& s, const guidelines&) {
    return s.is_clinical() && !s.session.anesthetic ? detail::broken() : detail::kept();
  })},

rule_definition{
  .rule = rule::passes_too_few, .severity = severity::warning,
  .fires_when = "fewer passes than recommended (15)"sv,
  .basis = "rolling \"over the area to be treated 15 to 20 times\""sv,
  .message = "{found} over the area, fewer than the recommended {limit}"sv,
  .found_measures = measure::passes, .limit_measures = measure::passes,
  .reads = {"passes.fewest"sv},
  .points_at = at_the_session(session_field::passes),
  .check = of_each_session([](const session_in_course& s, const guidelines& g) {
    const pass_count fewest = g.passes.fewest;
    return s.session.passes < fewest ? detail::broken(s.session.passes, fewest) : detail::kept();
  })},

rule_definition{
  .rule = rule::passes_too_many, .severity = severity::warning,
  .fires_when = "more passes than recommended (20)"sv,
  .basis = "rolling \"over the area to be treated 15 to 20 times\""sv,
  .message = "{found} over the area, more than the recommended {limit}"sv,
  .found_measures = measure::passes, .limit_measures = measure::passes,
  .reads = {"passes.most"sv},
  .points_at = at_the_session(session_field::passes),
  .check = of_each_session([](const session_in_course& s, const guidelines& g) {
    const pass_count most = g.passes.most;
    return s.session.passes > most ? detail::broken(s.session.passes, most) : detail::kept();
  })},

rule_definition{
  .rule = rule::not_mechanical, .severity = severity::error,
  .fires_when = "a session uses heat or chemicals"sv,
  .basis = "\"a mechanical tool that does not use chemicals or heat in the primary procedure\""sv,
  .message = "this session uses {found}; the procedure is mechanical, without heat or chemicals"sv,
  .found_measures = measure::method, .limit_measures = measure::nothing,
  .reads = {},
  .points_at = at_the_session(session_field::modality),
  .check = of_each_session([](const session_in_course& s, const guidelines&) {
    const bool other = s.session.modality != modality::mechanical;
    return other ? detail::broken(s.session.modality, 0) : detail::kept();
  })},

rule_definition{
  .rule = rule::doctor_approval_missing,
  .severity = severity::error,
  .fires_when = "an area other than the face is treated without the doctor's approval"sv,
  .basis = "\"all over the body, with approval from your attending doctor\""sv,
  .message = "treating the {found} needs the approval of the attending doctor"sv,
  .found_measures = measure::area, .limit_measures = measure::nothing,
  .reads = {},
  .points_at = {protocol_field::area, protocol_field::doctor_approval},
  .check = of_course([](const course_in_review& review, const guidelines&) {
    const course& c = review.course;
    const bool face = c.area == body_area::face || c.area == body_area::around_eyes;
    const bool needs_approval = !face && !c.doctor_approval;
    return needs_approval ? detail::broken(c.area, 0) : detail::kept();
  })},

rule_definition{
  .rule = rule::uneven_flushing, .severity = severity::warning,
  .fires_when = "a session recorded uneven flushing"sv,
  .basis = "\"a success if the flushing of the skin is even all throughout the skin area\""sv,
  .message = "flushing was uneven, so the punctures were not even over the area: the session "
             "was not a success"sv,
  .found_measures = measure::nothing, .limit_measures = measure::nothing,
  .reads = {},
  .points_at = at_the_session(session_field::flushing),
  .check = of_each_session([](const session_in_course& s, const guidelines&) {
    const bool uneven = s.session.flushing && *s.session.flushing == flushing::uneven;
    return uneven ? detail::broken() : detail::kept();
  })},

rule_definition{
  .rule = rule::skin_care_products_missing,
  .severity = severity::warning,
  .fires_when = "the aftercare has no moisturizer"sv,
  .basis = "\"use a derma roller tool in conjunction with approved skin creams and "
           "moisturizers\""sv,
  .message = "the aftercare has no moisturizer; the roller works best with approved creams and "
             "moisturizers"sv,
  .found_measures = measure::nothing, .limit_measures = measure::nothing,
  .reads = {},
  .points_at = {protocol_field::aftercare},
  .check = of_course([](const course_in_review& review, const guidelines&) {
    return review.has(aftercare_kind::moisturizer) ? detail::kept() : detail::broken();
  })},

rule_definition{
  .rule = rule::clean_environment_missing,
  .severity = severity::warning,
  .fires_when = "a clinical course without a clean environment step, or with one stated to "
                "last less than the first hour"sv,
  .basis = "\"a clinically clean environment for the first hour after treatment\""sv,
  .message = "the aftercare keeps a clean environment for {found}, less than the first {limit} "
             "the punctures need to seal"sv,
  .second_message = "the aftercare has no clean environment step; the punctures need the first "
                    "{limit} to seal"sv,
  .found_measures = measure::hours, .limit_measures = measure::hours,
  .reads = {"clean_environment_for"sv},
  .points_at = {.field = protocol_field::aftercare, .otherwise = protocol_field::setting,
                .step = aftercare_kind::clean_environment},
  .check = of_course([](const course_in_review& review, const guidelines& g) {
    if (!review.is_clinical()) return detail::kept();
    if (!review.has(aftercare_kind::clean_environment)) {
      return detail::broken_in_second_words(0, g.clean_environment_for);
    }
    const hour_count kept_for = review.longest(aftercare_kind::clean_environment);
    return kept_for < g.clean_environment_for ? detail::broken(kept_for, g.clean_environment_for)
                                              : detail::kept();
  })},

rule_definition{
  .rule = rule::anti_inflammatory_missing,
  .severity = severity::warning,
  .fires_when = "a clinical course without anti-inflammatory cream, or with cream stated to "
                "cover less than 24 hours"sv,
  .basis = "\"do have anti-inflammatory cream handy\": flushing \"can take up to 24 hours to "
           "subside\""sv,
  .message = "anti-inflammatory cream covers {found}, less than the {limit} that flushing can "
             "last"sv,
  .second_message = "the aftercare has no anti-inflammatory cream to have at hand for the {limit} "
                    "that flushing can last"sv,
  .found_measures = measure::hours, .limit_measures = measure::hours,
  .reads = {"anti_inflammatory_cover"sv},
  .points_at = {.field = protocol_field::aftercare, .otherwise = protocol_field::setting,
                .step = aftercare_kind::anti_inflammatory_cream},
  .check = of_course([](const course_in_review& review, const guidelines& g) {
    if (!review.is_clinical()) return detail::kept();
    if (!review.has(aftercare_kind::anti_inflammatory_cream)) {
      return detail::broken_in_second_words(0, g.anti_inflammatory_cover);
    }
    const hour_count covered = review.longest(aftercare_kind::anti_inflammatory_cream);
    return covered < g.anti_inflammatory_cover
               ? detail::broken(covered, g.anti_inflammatory_cover)
               : detail::kept();
  })},

rule_definition{
  .rule = rule::mineral_peptide_missing,
  .severity = severity::warning,
  .fires_when = "a clinical course without both a mineral preparation (zinc sunscreen counts) "
                "and a peptide preparation"sv,
  .basis = "\"mineral and peptide preparations should be used after the treatment, including "
           "zinc-based sunscreen\""sv,
  .message = "the aftercare should include both a mineral and a peptide preparation"sv,
  .found_measures = measure::nothing, .limit_measures = measure::nothing,
  .reads = {},
  .points_at = {protocol_field::aftercare, protocol_field::setting},
  .check = of_course([](const course_in_review& review, const guidelines&) {
    // Zinc-based sunscreen is the document's own example of a mineral preparation.
    const bool mineral = review.has(aftercare_kind::mineral_preparation) ||
                         review.has(aftercare_kind::zinc_sunscreen);
    const bool both = mineral && review.has(aftercare_kind::peptide_preparation);
    return review.is_clinical() && !both ? detail::broken() : detail::kept();
  })},

rule_definition{
  .rule = rule::sunscreen_missing, .severity = severity::warning,
  .fires_when = "sun exposure is expected and the aftercare has no sunscreen"sv,
  .basis = "\"zinc-based sunscreen, if necessary\""sv,
  .message = "sun exposure is expected but the aftercare has no sunscreen"sv,
  .found_measures = measure::nothing, .limit_measures = measure::nothing,
  .reads = {},
  .points_at = {protocol_field::aftercare, protocol_field::sun_exposure},
  .check = of_course([](const course_in_review& review, const guidelines&) {
    const bool any = review.has(aftercare_kind::zinc_sunscreen) ||
                     review.has(aftercare_kind::other_sunscreen);
    return review.course.sun_exposure && !any ? detail::broken() : detail::kept();
  })},

rule_definition{
  .rule = rule::sunscreen_not_zinc, .severity = severity::note,
  .fires_when = "the sunscreen is not zinc-based"sv,
  .basis = "\"including zinc-based sunscreen\""sv,
  .message = "the sunscreen is not zinc-based, which is the kind the document names"sv,
  .found_measures = measure::nothing, .limit_measures = measure::nothing,
  .reads = {},
  .points_at = {.field = protocol_field::aftercare, .step = aftercare_kind::other_sunscreen},
  .check = of_course([](const course_in_review& review, const guidelines&) {
    const bool other_only = review.has(aftercare_kind::other_sunscreen) &&
                            !review.has(aftercare_kind::zinc_sunscreen);
    return other_only ? detail::broken() : detail::kept();
  })},

rule_definition{
  .rule = rule::needle_needs_healthcare_professional, .severity = severity::error,
  .fires_when = "a needle as long as the set's healthcare-professional threshold or longer, and "
                "the course's practitioner is not a healthcare professional (off in "
                "document; on in scotland-2026)"sv,
  .basis = "Scotland: microneedling \"to a depth of 1.5 millimetres or more\" may be provided "
           "only on permitted premises, clinics run by healthcare professionals"sv,
  .message = "a {found} needle reaches the {limit} from which these guidelines reserve "
             "microneedling for a healthcare professional, and the course's practitioner is "
             "not one"sv,
  .found_measures = measure::needle, .limit_measures = measure::needle,
  .reads = {"healthcare_professional_needle_from"sv},
  .points_at = {.field = protocol_field::practitioner, .in_session = session_field::needle},
  .check = of_each_session([](const session_in_course& s, const guidelines& g) {
    const bool needs_one =
        s.needle_is_real && s.session.needle >= g.healthcare_professional_needle_from;
    const bool has_one = s.course.practitioner == practitioner::healthcare_professional;
    return needs_one && !has_one
               ? detail::broken(s.session.needle, g.healthcare_professional_needle_from)
               : detail::kept();
  })},

rule_definition{
  .rule = rule::home_use_not_authorised,
  .severity = severity::error,
  .fires_when = "a home course (off in document; on in health-canada-2021)"sv,
  .basis = "Health Canada: \"no microneedling devices have been authorized for at-home use\""sv,
  .message = "no microneedling device is authorised for home use under these guidelines; the "
             "course needs a clinical setting"sv,
  .found_measures = measure::nothing, .limit_measures = measure::nothing,
  .reads = {},
  .points_at = {protocol_field::setting},
  .check = of_course([](const course_in_review& review, const guidelines&) {
    return review.is_clinical() ? detail::kept() : detail::broken();
  })},

rule_definition{
  .rule = rule::waiver_unused, .severity = severity::warning,
  .fires_when = "a waiver of the course matches no finding"sv,
  .basis = "a waiver records a decision about a finding; one that matches none is out of date "
           "or names the wrong rule or session"sv,
  .message = "waiver {found}, of {limit}, matches no finding; remove it, or correct its rule or "
             "session"sv,
  .found_measures = measure::number, .limit_measures = measure::rule,
  .reads = {},
  .points_at = {protocol_field::waivers},
  // validate() matches the waivers to the findings of every other rule, and reports each
  // waiver left over; there is nothing to check before that.
  .check = of_course([](const course_in_review&, const guidelines&) { return detail::kept(); })},

// Beyond the document: who may be treated, and how deep in each area (docs/guidelines.md,
// "Beyond the document"). The document says only that the roller suits any skin type.

rule_definition{
  .rule = rule::patient_not_screened,
  .severity = severity::note,
  .fires_when = "a clinical course has no patient, so nobody was screened"sv,
  .basis = "device labelling lists patients who must not be treated; the document lists none"sv,
  .message = "the course has no \"patient\", so the screening rules had nothing to check"sv,
  .found_measures = measure::nothing, .limit_measures = measure::nothing,
  .reads = {},
  .points_at = {protocol_field::setting},
  .check = of_course([](const course_in_review& review, const guidelines&) {
    return review.is_clinical() && !review.course.patient ? detail::broken() : detail::kept();
  })},

rule_definition{
  .rule = rule::patient_under_age, .severity = severity::error,
  .fires_when = "the patient is younger than the minimum age (18)"sv,
  .basis = "Scotland makes it an offence to provide the procedure to a client \"under the age "
           "of 18\"; authorised devices were studied in adults"sv,
  .message = "the patient is {found} old, younger than the minimum age of {limit}"sv,
  .found_measures = measure::years, .limit_measures = measure::years,
  .reads = {"minimum_age"sv},
  .points_at = at_the_patient(patient_field::age),
  .check = of_course([](const course_in_review& review, const guidelines& g) {
    const maybe<patient>& screened = review.course.patient;
    const bool too_young = screened && screened->age && *screened->age < g.minimum_age;
    return too_young ? detail::broken(*screened->age, g.minimum_age) : detail::kept();
  })},

rule_definition{
  .rule = rule::isotretinoin_too_recent,
  .severity = severity::warning,
  .fires_when = "a session falls less than the wait (6 months) after the last isotretinoin "
                "dose"sv,
  .basis = "isotretinoin labelling advises against skin-smoothing procedures for \"at least 6 "
           "months\" after the last dose; consensus disputes it for microneedling"sv,
  .message = "this session on {found} is before {limit}, the end of the wait after the last "
             "isotretinoin dose"sv,
  .found_measures = measure::date, .limit_measures = measure::date,
  .reads = {"isotretinoin_wait"sv},
  .points_at = at_the_session(session_field::date),
  .check = of_each_session([](const session_in_course& s, const guidelines& g) {
    if (!detail::has_isotretinoin_dose(s.course)) return detail::kept();
    return detail::session_before_wait_ends(s.calendar, s.index,
                                            *s.course.patient->isotretinoin_last_dose,
                                            g.isotretinoin_wait);
  })},

rule_definition{
  .rule = rule::isotretinoin_not_compared,
  .severity = severity::note,
  .fires_when = "the patient has a last isotretinoin dose but a session has no date to compare "
                "it with (once, at the first of each run of undated sessions)"sv,
  .basis = "a wait after a date can only be checked against dates; the rule says so rather "
           "than guess"sv,
  .message = "this session has no date, given or worked out, so the last isotretinoin dose "
             "could not be compared with it, nor with the undated sessions that follow"sv,
  .found_measures = measure::nothing, .limit_measures = measure::nothing,
  .reads = {},
  .points_at = at_the_session(session_field::date),
  .check = of_each_session([](const session_in_course& s, const guidelines&) {
    return detail::has_isotretinoin_dose(s.course)
               ? detail::first_undated_of_a_run(s.calendar, s.index)
               : detail::kept();
  })},

rule_definition{
  .rule = rule::pregnancy, .severity = severity::error,
  .fires_when = "the patient is pregnant"sv,
  .basis = "SkinPen labelling, contraindications: not for patients who \"are pregnant or "
           "nursing\""sv,
  .message = "the patient is pregnant: device labelling lists pregnancy as a "
             "contraindication"sv,
  .found_measures = measure::nothing, .limit_measures = measure::nothing,
  .reads = {},
  .points_at = at_the_patient(patient_field::pregnant),
  .check = of_course(&detail::patient_answers_yes<&patient::pregnant>)},

rule_definition{
  .rule = rule::active_infection, .severity = severity::error,
  .fires_when = "an active skin infection (cold sores included) in the area"sv,
  .basis = "SkinPen labelling, contraindications: active bacterial, fungal or viral skin "
           "infections; \"open wounds, sores, or irritated skin in the treatment area\""sv,
  .message = "the area has an active skin infection: device labelling lists it as a "
             "contraindication"sv,
  .found_measures = measure::nothing, .limit_measures = measure::nothing,
  .reads = {},
  .points_at = at_the_patient(patient_field::active_infection_in_area),
  .check = of_course(&detail::patient_answers_yes<&patient::active_infection_in_area>)},

rule_definition{
  .rule = rule::active_acne, .severity = severity::warning,
  .fires_when = "active, inflamed acne in the area"sv,
  .basis = "clinic screening lists active acne; no labelling we could read names it"sv,
  .message = "the area has active, inflamed acne; clinics treat it before needling"sv,
  .found_measures = measure::nothing, .limit_measures = measure::nothing,
  .reads = {},
  .points_at = at_the_patient(patient_field::active_acne_in_area),
  .check = of_course(&detail::patient_answers_yes<&patient::active_acne_in_area>)},

rule_definition{
  .rule = rule::keloid_history, .severity = severity::warning,
  .fires_when = "the patient forms keloids"sv,
  .basis = "SkinPen labelling, warnings: not evaluated in patients with a history of "
           "keloids"sv,
  .message = "the patient forms keloids; the device was not evaluated in such patients"sv,
  .found_measures = measure::nothing, .limit_measures = measure::nothing,
  .reads = {},
  .points_at = at_the_patient(patient_field::keloid_history),
  .check = of_course(&detail::patient_answers_yes<&patient::keloid_history>)},

rule_definition{
  .rule = rule::skin_disease_in_area,
  .severity = severity::warning,
  .fires_when = "eczema, psoriasis or rosacea in the area"sv,
  .basis = "SkinPen labelling, warnings: not evaluated with eczema, psoriasis and other "
           "chronic conditions in the area"sv,
  .message = "the area has eczema, psoriasis or rosacea; the device was not evaluated on such "
             "skin"sv,
  .found_measures = measure::nothing, .limit_measures = measure::nothing,
  .reads = {},
  .points_at = at_the_patient(patient_field::skin_disease_in_area),
  .check = of_course(&detail::patient_answers_yes<&patient::skin_disease_in_area>)},

rule_definition{
  .rule = rule::anticoagulants, .severity = severity::warning,
  .fires_when = "the patient takes anticoagulants"sv,
  .basis = "SkinPen labelling, warnings: not evaluated in patients taking anticoagulants"sv,
  .message = "the patient takes anticoagulants; the device was not evaluated in such "
             "patients"sv,
  .found_measures = measure::nothing, .limit_measures = measure::nothing,
  .reads = {},
  .points_at = at_the_patient(patient_field::anticoagulants),
  .check = of_course(&detail::patient_answers_yes<&patient::anticoagulants>)},

rule_definition{
  .rule = rule::recent_sun_damage, .severity = severity::warning,
  .fires_when = "a tan or sunburn in the last weeks (2)"sv,
  .basis = "clinics reschedule after \"excessive tanning or sunburn\" within the previous 2 "
           "weeks; no labelling we could read says so"sv,
  .message = "the patient has a tan or sunburn from the last {limit}; clinics wait until it "
             "has gone"sv,
  .found_measures = measure::nothing, .limit_measures = measure::days,
  .reads = {"recent_sun_window"sv},
  .points_at = at_the_patient(patient_field::recent_sun_damage),
  .check = of_course([](const course_in_review& review, const guidelines& g) {
    const bool damaged =
        detail::patient_answers_yes<&patient::recent_sun_damage>(review, g).broken;
    return damaged ? detail::broken(0, g.recent_sun_window) : detail::kept();
  })},

rule_definition{
  .rule = rule::needle_too_long_for_area,
  .severity = severity::warning,
  .fires_when = "a needle is longer than the area's recommended maximum (around the eyes "
                "0.5 mm)"sv,
  .basis = "thin skin needs short needles; SkinPen labelling keeps treatment outside the "
           "orbital rim, such as the eyelids"sv,
  .message = "a {found} needle is longer than the {limit} recommended for this area"sv,
  .found_measures = measure::needle, .limit_measures = measure::needle,
  .reads = {"area_needle_maximum"sv},
  .points_at = at_the_session(session_field::needle),
  .check = of_each_session([](const session_in_course& s, const guidelines& g) {
    // Read in place, and the longer needle first: most areas have no maximum.
    const maybe<needle_length>& maximum = g.area_needle_maximum[static_cast<std::size_t>(s.course.area)];
    const bool too_long = maximum && s.session.needle > *maximum && s.needle_is_real;
    return too_long ? detail::broken(s.session.needle, *maximum) : detail::kept();
  })},
};
// clang-format on

[[nodiscard]] constexpr const rule_definition& definition(rule which) {
  return rule_definitions[static_cast<std::size_t>(which)];
}

namespace detail {
constexpr bool one_row_per_rule_in_enum_order() {
  for (std::size_t i = 0; i < rule_definitions.size(); ++i) {
    if (static_cast<std::size_t>(rule_definitions[i].rule) != i) return false;
  }
  return rule_definitions.size() == enum_names(rule{}).size();
}
}  // namespace detail

static_assert(detail::one_row_per_rule_in_enum_order(),
              "rule_definitions must have one row per enumerator of `rule`, in enum order");

namespace detail {

constexpr bool reads_a_guideline_number(std::string_view name) {
  for (const guideline_number& number : guideline_numbers) {
    if (is_part_of(number, name)) return true;
  }
  return false;
}

// Each name a row reads is a member of `guidelines` with a source record.
constexpr bool rows_read_known_numbers() {
  for (const rule_definition& row : rule_definitions) {
    for (const std::string_view& name : row.reads) {
      if (!name.empty() && !reads_a_guideline_number(name)) return false;
    }
  }
  return true;
}

}  // namespace detail

static_assert(detail::rows_read_known_numbers(),
              "a rule reads only members of `guidelines` that have a record in "
              "guideline_numbers");

}  // namespace dermaroller

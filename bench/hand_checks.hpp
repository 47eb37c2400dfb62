#pragma once
// What a C++ user would write instead of dermaroller, on top of a JSON library: the
// dermaroller/1 format checked by hand (unknown fields, duplicate fields, types, words, units,
// real dates, rests against dates, the patient and the waivers) and the rules of severity error
// that the default guidelines check, less the errors a waiver accepts, giving a verdict and a
// short reason, without positions. The simdjson and nlohmann::json contenders of
// compare_bench.cpp walk their documents and hand each field to the functions here, so that
// both check exactly the same things.
//
// The numbers come from dermaroller's default guidelines, so that the verdicts can be compared;
// everything else (words, units, the calendar) is written out again, as a user would.

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

#include <dermaroller/guidelines.hpp>

namespace hand_checks {

// The first problem found, or nullptr while there is none.
using problem = const char*;

enum class course_key : std::uint8_t {
  format,
  name,
  setting,
  indication,
  goal,
  area,
  doctor_approval,
  sun_exposure,
  skin_type,
  sessions,
  aftercare,
  patient,
  practitioner,
  waivers,
  schema,
  unknown
};
enum class session_key : std::uint8_t {
  needle,
  passes,
  anesthetic,
  rest,
  date,
  modality,
  flushing,
  unknown
};
enum class aftercare_key : std::uint8_t { step, duration, unknown };
enum class patient_key : std::uint8_t {
  age,
  pregnant,
  isotretinoin_last_dose,
  anticoagulants,
  keloid_history,
  active_infection_in_area,
  active_acne_in_area,
  skin_disease_in_area,
  recent_sun_damage,
  unknown
};
enum class waiver_key : std::uint8_t { rule, session, reason, by, date, unknown };

template <class Key, std::size_t N>
constexpr Key find_key(const std::array<std::string_view, N>& names, std::string_view name) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == name) return static_cast<Key>(i);
  }
  return Key::unknown;
}

constexpr std::array<std::string_view, 15> course_keys{
    "format",          "name",         "setting",   "indication", "goal",      "area",
    "doctor_approval", "sun_exposure", "skin_type", "sessions",   "aftercare", "patient",
    "practitioner",    "waivers",      "$schema"};
constexpr std::array<std::string_view, 7> session_keys{"needle", "passes",   "anesthetic", "rest",
                                                       "date",   "modality", "flushing"};
constexpr std::array<std::string_view, 2> aftercare_keys{"step", "for"};
constexpr std::array<std::string_view, 9> patient_keys{"age",
                                                       "pregnant",
                                                       "isotretinoin_last_dose",
                                                       "anticoagulants",
                                                       "keloid_history",
                                                       "active_infection_in_area",
                                                       "active_acne_in_area",
                                                       "skin_disease_in_area",
                                                       "recent_sun_damage"};
constexpr std::array<std::string_view, 5> waiver_keys{"rule", "session", "reason", "by", "date"};

constexpr course_key find_course_key(std::string_view name) {
  return find_key<course_key>(course_keys, name);
}
constexpr session_key find_session_key(std::string_view name) {
  return find_key<session_key>(session_keys, name);
}
constexpr aftercare_key find_aftercare_key(std::string_view name) {
  return find_key<aftercare_key>(aftercare_keys, name);
}
constexpr patient_key find_patient_key(std::string_view name) {
  return find_key<patient_key>(patient_keys, name);
}
constexpr waiver_key find_waiver_key(std::string_view name) {
  return find_key<waiver_key>(waiver_keys, name);
}

// The index of `word` in `words`, or -1.
template <std::size_t N>
constexpr int word_index(const std::array<std::string_view, N>& words, std::string_view word) {
  for (std::size_t i = 0; i < N; ++i) {
    if (words[i] == word) return static_cast<int>(i);
  }
  return -1;
}

constexpr std::array<std::string_view, 2> setting_words{"home", "clinical"};
constexpr std::array<std::string_view, 6> indication_words{
    "wrinkles", "stretch_marks", "scars", "pigmentation", "elasticity", "skin_health"};
constexpr std::array<std::string_view, 3> goal_words{"collagen_induction", "scar_reduction",
                                                     "maintenance"};
constexpr std::array<std::string_view, 10> area_words{
    "face", "around_eyes", "neck", "chest", "abdomen", "back", "arms", "legs", "hands", "scalp"};
constexpr std::array<std::string_view, 6> skin_type_words{"I", "II", "III", "IV", "V", "VI"};
constexpr std::array<std::string_view, 3> modality_words{"mechanical", "heat", "chemical"};
constexpr std::array<std::string_view, 2> flushing_words{"even", "uneven"};
constexpr std::array<std::string_view, 7> aftercare_words{
    "clean_environment",   "anti_inflammatory_cream", "moisturizer",    "mineral_preparation",
    "peptide_preparation", "zinc_sunscreen",          "other_sunscreen"};
constexpr std::array<std::string_view, 3> practitioner_words{"self", "beauty_practitioner",
                                                             "healthcare_professional"};

// The rules a waiver may name: every rule's code, warnings and notes included.
constexpr std::array<std::string_view, 42> rule_codes{"no-sessions",
                                                      "needle-length-invalid",
                                                      "home-needle-too-long",
                                                      "home-indication-not-supported",
                                                      "home-goal-not-maintenance",
                                                      "goal-indication-mismatch",
                                                      "needle-too-long-for-goal",
                                                      "needle-too-short-for-goal",
                                                      "too-many-sessions",
                                                      "more-sessions-than-usual",
                                                      "too-few-sessions",
                                                      "rest-missing",
                                                      "sessions-out-of-order",
                                                      "rest-too-short",
                                                      "rest-too-long",
                                                      "anesthetic-missing",
                                                      "passes-too-few",
                                                      "passes-too-many",
                                                      "not-mechanical",
                                                      "doctor-approval-missing",
                                                      "uneven-flushing",
                                                      "skin-care-products-missing",
                                                      "clean-environment-missing",
                                                      "anti-inflammatory-missing",
                                                      "mineral-peptide-missing",
                                                      "sunscreen-missing",
                                                      "sunscreen-not-zinc",
                                                      "needle-needs-healthcare-professional",
                                                      "home-use-not-authorised",
                                                      "waiver-unused",
                                                      "patient-not-screened",
                                                      "patient-under-age",
                                                      "isotretinoin-too-recent",
                                                      "isotretinoin-not-compared",
                                                      "pregnancy",
                                                      "active-infection",
                                                      "active-acne",
                                                      "keloid-history",
                                                      "skin-disease-in-area",
                                                      "anticoagulants",
                                                      "recent-sun-damage",
                                                      "needle-too-long-for-area"};

constexpr int home = 0;
constexpr int scars = 2;
constexpr int stretch_marks = 1;
constexpr int collagen_induction = 0;
constexpr int scar_reduction = 1;
constexpr int maintenance = 2;
constexpr int face = 0;
constexpr int around_eyes = 1;
constexpr int mechanical = 0;

constexpr std::size_t most_sessions = 64;
constexpr std::size_t most_aftercare_steps = 16;
constexpr std::size_t most_waivers = 16;
constexpr std::size_t longest_name = 120;
constexpr std::size_t longest_reason = 200;  // bytes
constexpr std::size_t longest_decider = 80;  // bytes, the waiver's "by"
constexpr std::int64_t oldest_age = 150;

// Plain decimal digits into `value`, at most `most`; false for no digit or too large.
constexpr bool read_digits(std::string_view& text, std::int64_t& value, std::int64_t most) {
  std::size_t i = 0;
  value = 0;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
    value = value * 10 + (text[i] - '0');
    if (value > most) return false;
    ++i;
  }
  text.remove_prefix(i);
  return i > 0;
}

// "1.5mm", "0.25mm", "250um", "250µm": micrometres, 0 to 100 mm, whole micrometres.
constexpr std::optional<std::int32_t> needle_micrometres(std::string_view text) {
  std::int64_t whole = 0;
  if (!read_digits(text, whole, 100'000)) return std::nullopt;
  std::int64_t thousandths = 0;  // of the unit
  if (!text.empty() && text[0] == '.') {
    text.remove_prefix(1);
    std::int64_t scale = 100;
    std::size_t digits = 0;
    while (!text.empty() && text[0] >= '0' && text[0] <= '9') {
      const std::int64_t digit = text[0] - '0';
      if (scale == 0 && digit != 0) return std::nullopt;  // finer than the unit allows
      thousandths += digit * scale;
      scale /= 10;
      text.remove_prefix(1);
      ++digits;
    }
    if (digits == 0) return std::nullopt;
  }
  std::int64_t micrometres = 0;
  if (text == "mm") {
    micrometres = whole * 1000 + thousandths;
  } else if (text == "um" || text == "\xC2\xB5m") {
    if (thousandths != 0) return std::nullopt;
    micrometres = whole;
  } else {
    return std::nullopt;
  }
  if (micrometres > 100'000) return std::nullopt;
  return static_cast<std::int32_t>(micrometres);
}

// A whole number before a one-letter unit: the number times the unit's factor, at most `most`.
constexpr std::optional<std::int32_t> count_with_unit(std::string_view text, char unit,
                                                      std::int32_t factor, char other_unit,
                                                      std::int32_t other_factor,
                                                      std::int32_t most) {
  std::int64_t number = 0;
  if (!read_digits(text, number, most) || text.size() != 1) return std::nullopt;
  std::int64_t value = 0;
  if (text[0] == unit) {
    value = number * factor;
  } else if (text[0] == other_unit) {
    value = number * other_factor;
  } else {
    return std::nullopt;
  }
  if (value > most) return std::nullopt;
  return static_cast<std::int32_t>(value);
}

// "42d", "6w": days, 0 to 3650.
constexpr std::optional<std::int32_t> rest_days(std::string_view text) {
  return count_with_unit(text, 'd', 1, 'w', 7, 3650);
}

// "24h", "2d": hours, 0 to 8760.
constexpr std::optional<std::int32_t> duration_hours(std::string_view text) {
  return count_with_unit(text, 'h', 1, 'd', 24, 8760);
}

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
constexpr std::int32_t days_from_civil(std::int32_t year, std::int32_t month, std::int32_t day) {
  year -= month <= 2 ? 1 : 0;
  const std::int32_t era = (year >= 0 ? year : year - 399) / 400;
  const std::int32_t year_of_era = year - era * 400;
  const std::int32_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const std::int32_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * 146097 + day_of_era - 719468;
}

constexpr std::int32_t first_day = days_from_civil(1, 1, 1);
constexpr std::int32_t last_day = days_from_civil(9999, 12, 31);

// "YYYY-MM-DD", a day that exists, years 0001 to 9999: days since 1970-01-01.
constexpr std::optional<std::int32_t> date_days(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const auto number = [&](std::size_t from, std::size_t count) -> std::int32_t {
    std::int32_t value = 0;
    for (std::size_t i = from; i < from + count; ++i) {
      if (text[i] < '0' || text[i] > '9') return -1;
      value = value * 10 + (text[i] - '0');
    }
    return value;
  };
  const std::int32_t year = number(0, 4);
  const std::int32_t month = number(5, 2);
  const std::int32_t day = number(8, 2);
  if (year < 1 || month < 1 || month > 12 || day < 1) return std::nullopt;
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  constexpr std::array<std::int32_t, 12> month_days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const std::int32_t days_in_month =
      month_days[static_cast<std::size_t>(month - 1)] + (month == 2 && leap ? 1 : 0);
  if (day > days_in_month) return std::nullopt;
  return days_from_civil(year, month, day);
}

struct session_record {
  std::int32_t needle_um{-1};
  std::int64_t passes{-1};
  std::optional<std::int32_t> rest;
  std::optional<std::int32_t> date;
  int modality{mechanical};
};

// Only what an error rule reads is kept; the other answers are checked for their type only.
struct patient_record {
  std::int64_t age{-1};  // -1: not stated
  bool pregnant{false};
  bool active_infection_in_area{false};
};

struct waiver_record {
  std::string_view rule;  // an element of rule_codes; empty until read
  int session{-1};        // from 0, as findings count them; -1 for the whole course
  bool has_reason{false};
  bool has_by{false};
};

struct aftercare_record {};  // nothing of it is kept: no error rule reads the aftercare

struct course_record {
  bool has_format{false};
  int setting{-1};
  int indication{-1};
  int goal{-1};
  int area{face};
  bool doctor_approval{false};
  bool has_sessions{false};
  std::array<session_record, most_sessions> sessions;
  std::size_t session_count{0};
  std::optional<patient_record> patient;
  std::array<waiver_record, most_waivers> waivers;
  std::size_t waiver_count{0};
};

// What each field's value must be in JSON.
enum class value_kind : std::uint8_t { string, boolean, integer, list, object };

constexpr value_kind kind_of(course_key key) {
  switch (key) {
    case course_key::doctor_approval:
    case course_key::sun_exposure: return value_kind::boolean;
    case course_key::sessions:
    case course_key::aftercare:
    case course_key::waivers: return value_kind::list;
    case course_key::patient: return value_kind::object;
    default: return value_kind::string;
  }
}
constexpr value_kind kind_of(session_key key) {
  switch (key) {
    case session_key::passes: return value_kind::integer;
    case session_key::anesthetic: return value_kind::boolean;
    default: return value_kind::string;
  }
}
constexpr value_kind kind_of(aftercare_key) { return value_kind::string; }
constexpr value_kind kind_of(patient_key key) {
  switch (key) {
    case patient_key::age: return value_kind::integer;
    case patient_key::isotretinoin_last_dose: return value_kind::string;
    default: return value_kind::boolean;
  }
}
constexpr value_kind kind_of(waiver_key key) {
  return key == waiver_key::session ? value_kind::integer : value_kind::string;
}

// A word of `words` into `into`, or the problem `what`.
template <std::size_t N>
constexpr problem read_word(int& into, const std::array<std::string_view, N>& words,
                            std::string_view word, const char* what) {
  into = word_index(words, word);
  return into < 0 ? what : nullptr;
}

// The string fields of a course (kind_of(key) is value_kind::string).
constexpr problem read_string(course_record& c, course_key key, std::string_view text) {
  int skin_type = 0;
  int practitioner = 0;
  switch (key) {
    case course_key::format:
      c.has_format = text == "dermaroller/1";
      return c.has_format ? nullptr : "not the dermaroller/1 format";
    case course_key::name: return text.size() <= longest_name ? nullptr : "name too long";
    case course_key::setting: return read_word(c.setting, setting_words, text, "unknown setting");
    case course_key::indication:
      return read_word(c.indication, indication_words, text, "unknown indication");
    case course_key::goal: return read_word(c.goal, goal_words, text, "unknown goal");
    case course_key::area: return read_word(c.area, area_words, text, "unknown area");
    case course_key::skin_type:
      return read_word(skin_type, skin_type_words, text, "unknown skin type");
    case course_key::practitioner:  // only needle-needs-healthcare-professional reads it: off
      return read_word(practitioner, practitioner_words, text, "unknown practitioner");
    case course_key::schema: return nullptr;  // for editors: any text
    default: return "not a string field";
  }
}

constexpr problem read_boolean(course_record& c, course_key key, bool value) {
  if (key == course_key::doctor_approval) c.doctor_approval = value;
  return nullptr;  // sun_exposure is read and not checked: no error rule uses it
}

// No course field is a number: kind_of() never sends one here.
constexpr problem read_integer(course_record&, course_key, std::int64_t) {
  return "not a number field";
}

constexpr problem read_string(session_record& s, session_key key, std::string_view text) {
  int flushing = 0;
  switch (key) {
    case session_key::needle: {
      const auto micrometres = needle_micrometres(text);
      s.needle_um = micrometres.value_or(0);
      return micrometres ? nullptr : "not a needle length";
    }
    case session_key::rest:
      s.rest = rest_days(text);
      return s.rest ? nullptr : "not a rest in days or weeks";
    case session_key::date:
      s.date = date_days(text);
      return s.date ? nullptr : "not a calendar date";
    case session_key::modality:
      return read_word(s.modality, modality_words, text, "unknown modality");
    case session_key::flushing:
      return read_word(flushing, flushing_words, text, "unknown flushing");
    default: return "not a string field";
  }
}

constexpr problem read_boolean(session_record&, session_key, bool) { return nullptr; }

constexpr problem read_integer(session_record& s, session_key, std::int64_t passes) {
  s.passes = passes;
  return passes >= 1 && passes <= 1000 ? nullptr : "passes out of range";
}

// Duplicate fields: one bit per key of an object, set as the walk meets it.
template <class Key>
constexpr bool seen_before(std::uint32_t& seen, Key key) {
  const std::uint32_t bit = 1U << static_cast<unsigned>(key);
  const bool before = (seen & bit) != 0;
  seen |= bit;
  return before;
}

constexpr bool has_step(std::uint32_t seen) {
  return (seen & (1U << static_cast<unsigned>(aftercare_key::step))) != 0;
}

// No aftercare field is true or false, nor a number: kind_of() never sends one here.
constexpr problem read_boolean(aftercare_record&, aftercare_key, bool) {
  return "not a true-or-false field";
}
constexpr problem read_integer(aftercare_record&, aftercare_key, std::int64_t) {
  return "not a number field";
}

constexpr problem read_string(patient_record&, patient_key, std::string_view text) {
  // isotretinoin_last_dose: the only string; its rule is a warning, so only the date is checked
  return date_days(text) ? nullptr : "not a calendar date";
}

constexpr problem read_boolean(patient_record& p, patient_key key, bool value) {
  if (key == patient_key::pregnant) p.pregnant = value;
  if (key == patient_key::active_infection_in_area) p.active_infection_in_area = value;
  return nullptr;
}

constexpr problem read_integer(patient_record& p, patient_key, std::int64_t age) {
  p.age = age;
  return age >= 0 && age <= oldest_age ? nullptr : "not an age";
}

constexpr problem read_string(waiver_record& w, waiver_key key, std::string_view text) {
  switch (key) {
    case waiver_key::rule: {
      const int index = word_index(rule_codes, text);
      if (index < 0) return "unknown rule";
      w.rule = rule_codes[static_cast<std::size_t>(index)];
      return nullptr;
    }
    case waiver_key::reason:
      w.has_reason = true;
      return !text.empty() && text.size() <= longest_reason ? nullptr : "not a waiver's reason";
    case waiver_key::by:
      w.has_by = true;
      return !text.empty() && text.size() <= longest_decider ? nullptr : "not a waiver's decider";
    case waiver_key::date: return date_days(text) ? nullptr : "not a calendar date";
    default: return "not a string field";
  }
}

constexpr problem read_boolean(waiver_record&, waiver_key, bool) {
  return "not a true-or-false field";
}

// The session, written from 1.
constexpr problem read_integer(waiver_record& w, waiver_key, std::int64_t session) {
  if (session < 1 || session > static_cast<std::int64_t>(most_sessions)) return "not a session";
  w.session = static_cast<int>(session - 1);
  return nullptr;
}

// Whether a waiver accepts the error `rule` found in `session` (-1: the course): the same rule,
// and the same session when the waiver names one.
inline bool waived(const course_record& c, std::string_view rule, int session) {
  const std::span<const waiver_record> waivers{c.waivers.data(), c.waiver_count};
  return std::any_of(waivers.begin(), waivers.end(), [&](const waiver_record& w) {
    return w.rule == rule && (w.session < 0 || w.session == session);
  });
}

constexpr problem read_string(aftercare_record&, aftercare_key key, std::string_view text) {
  int step = 0;
  if (key == aftercare_key::step) return read_word(step, aftercare_words, text, "unknown step");
  return duration_hours(text) ? nullptr : "not a duration in hours or days";
}

// Required fields, dates worked out from rests, rests against dates, waivers against sessions,
// then the error rules, each unless a waiver accepts it.
inline problem finish(course_record& c) {
  if (!c.has_format) return "format missing";
  if (c.setting < 0 || c.indication < 0 || c.goal < 0 || !c.has_sessions) {
    return "a required course field is missing";
  }
  const std::span<session_record> sessions{c.sessions.data(), c.session_count};
  for (const session_record& s : sessions) {
    if (s.needle_um < 0 || s.passes < 0) return "a required session field is missing";
  }
  if (!sessions.empty() && sessions[0].rest) return "the first session has a rest";
  for (const waiver_record& w : std::span<const waiver_record>{c.waivers.data(), c.waiver_count}) {
    if (w.rule.empty() || !w.has_reason || !w.has_by) return "a required waiver field is missing";
    if (w.session >= static_cast<int>(sessions.size())) return "a waiver for no such session";
  }

  // One calendar: each session's date, given or worked out from a neighbour and a rest.
  std::array<std::optional<std::int32_t>, most_sessions> dates{};
  for (std::size_t i = 0; i < sessions.size(); ++i) {
    dates[i] = sessions[i].date;
    if (!dates[i] && i > 0 && dates[i - 1] && sessions[i].rest) {
      dates[i] = *dates[i - 1] + *sessions[i].rest;
    }
  }
  for (std::size_t i = sessions.size(); i-- > 1;) {
    if (!dates[i - 1] && dates[i] && sessions[i].rest) dates[i - 1] = *dates[i] - *sessions[i].rest;
  }
  std::array<std::optional<std::int32_t>, most_sessions> gaps{};
  for (std::size_t i = 0; i < sessions.size(); ++i) {
    if (dates[i] && (*dates[i] < first_day || *dates[i] > last_day)) {
      return "a date worked out is outside the years 1 to 9999";
    }
    if (i == 0) continue;
    if (dates[i] && dates[i - 1]) {
      gaps[i] = *dates[i] - *dates[i - 1];
      if (sessions[i].rest && *sessions[i].rest != *gaps[i])
        return "a rest disagrees with the dates";
    } else {
      gaps[i] = sessions[i].rest;
    }
  }

  // The error rules of the default guidelines; needle-needs-healthcare-professional and
  // home-use-not-authorised are errors too, but off there.
  const dermaroller::guidelines& g = dermaroller::default_guidelines;
  // The rule's code when the rule is broken in `session` (-1: the course) and no waiver
  // accepts it.
  const auto error = [&](bool broken, const char* rule, int session = -1) -> problem {
    return broken && !waived(c, rule, session) ? rule : nullptr;
  };
  if (const problem found = error(sessions.empty(), "no-sessions")) return found;
  const bool home_course = c.setting == home;
  const auto goal = static_cast<dermaroller::treatment_goal>(c.goal);
  const auto indication = static_cast<dermaroller::indication>(c.indication);
  const bool home_unsupported =
      home_course &&
      (c.indication == scars || (c.indication == stretch_marks && c.goal != maintenance));
  const bool far_from_the_face = c.area != face && c.area != around_eyes;
  const bool screened = c.patient.has_value();
  for (const problem found : {
           error(home_unsupported, "home-indication-not-supported"),
           error(!g.goal_serves(goal, indication), "goal-indication-mismatch"),
           error(sessions.size() > g.for_goal(goal).sessions.most, "too-many-sessions"),
           error(far_from_the_face && !c.doctor_approval, "doctor-approval-missing"),
           error(screened && c.patient->age >= 0 && c.patient->age < g.minimum_age.count(),
                 "patient-under-age"),
           error(screened && c.patient->pregnant, "pregnancy"),
           error(screened && c.patient->active_infection_in_area, "active-infection"),
       }) {
    if (found != nullptr) return found;
  }
  const bool rest_rules_apply = !home_course && c.goal != maintenance;
  for (std::size_t i = 0; i < sessions.size(); ++i) {
    const session_record& s = sessions[i];
    const int at = static_cast<int>(i);
    const bool real_needle = s.needle_um > 0 && s.needle_um <= g.longest_needle_made.micrometres();
    const bool out_of_order = i > 0 && dates[i] && dates[i - 1] && *gaps[i] <= 0;
    const bool rest_short = rest_rules_apply && gaps[i] && !out_of_order &&
                            *gaps[i] < g.rest_between_sessions.shortest.count();
    for (const problem found : {
             error(!real_needle, "needle-length-invalid", at),
             error(home_course && real_needle && s.needle_um > g.home_needle_maximum.micrometres(),
                   "home-needle-too-long", at),
             error(s.modality != mechanical, "not-mechanical", at),
             error(i > 0 && rest_rules_apply && !gaps[i], "rest-missing", at),
             error(out_of_order, "sessions-out-of-order", at),
             error(i > 0 && rest_short, "rest-too-short", at),
         }) {
      if (found != nullptr) return found;
    }
  }
  return nullptr;
}

}  // namespace hand_checks

#pragma once
// The values of a protocol file written as text with a unit: needle lengths ("1.5mm",
// "250um"), durations ("6w", "42d", "24h") and dates ("2027-03-01"). Each reader returns the
// value, or the sentence that says what is wrong with the text and what to write instead.
// The limits here are the format's (what a file can say at all), not guidelines: whether a
// value is advisable is for the rules to say.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dermaroller/calendar_date.hpp"
#include "dermaroller/detail/fixed_array.hpp"
#include "dermaroller/detail/maybe.hpp"
#include "dermaroller/detail/message_text.hpp"
#include "dermaroller/detail/word_at_a_time.hpp"
#include "dermaroller/durations.hpp"
#include "dermaroller/needle_length.hpp"

namespace dermaroller {

struct protocol_format_limits {
  // Far past the longest roller made (3 mm, docs/sources.md): longer needles are a rule's finding
  // (needle-length-invalid), not a reading error. This bound only keeps numbers small.
  std::int32_t longest_needle_micrometres = 100'000;
  std::int32_t most_passes = 1'000;
  std::int32_t longest_rest_days = 3'650;        // ten years
  std::int32_t longest_aftercare_hours = 8'760;  // a year
  // A length, a duration or a date, as decoded from the file: far more than any needs, so that
  // only a text that is wrong anyway is refused for its length, whether or not it is written
  // with escapes.
  std::size_t longest_value_bytes = 64;
};
inline constexpr protocol_format_limits format_limits{};

// A value, or why the text does not give one: these readers are the run-time API's way from a
// user's text to a value (docs/runtime.md), and the protocol reader's too, so that a clinic
// program and a protocol file accept the same texts with the same messages.
template <class T>
struct reading {
  maybe<T> value;
  message_text problem;  // empty when there is a value

  [[nodiscard]] constexpr bool ok() const { return value.has_value(); }
  constexpr explicit operator bool() const { return ok(); }

  static constexpr reading failure(const message_text& why) { return {{}, why}; }
};

namespace detail {

[[nodiscard]] constexpr bool is_digit(char c) { return c >= '0' && c <= '9'; }

// text.find(c) != npos, without a call to memchr for a few bytes.
[[nodiscard]] constexpr bool contains(std::string_view text, char c) {
  for (char each : text) {
    if (each == c) return true;
  }
  return false;
}

// How much of the file's text a message quotes (docs/protocol-format.md): enough to recognise
// it, and little enough that the message's reason still fits in a message_text.
inline constexpr std::size_t longest_quoted_bytes = 40;

// Text from the file, cut at a character boundary with "..." after it when longer than
// longest_quoted_bytes, and with control characters replaced, so that a message stays short,
// printable UTF-8.
constexpr message_text& append_shortened(message_text& message, std::string_view text) {
  std::size_t shown = text.size();
  if (shown > longest_quoted_bytes) {
    shown = longest_quoted_bytes;
    while (shown > 0 && (static_cast<unsigned char>(text[shown]) & 0xC0U) == 0x80U) --shown;
  }
  for (std::size_t i = 0; i < shown; ++i) {
    const char c = text[i];
    message.push_back(static_cast<unsigned char>(c) < 0x20 ? '?' : c);
  }
  return message.append(shown < text.size() ? "..." : "");
}

// The same in double quotes: `"1.5cm"`.
constexpr message_text& append_quoted(message_text& message, std::string_view text) {
  message.push_back('"');
  return append_shortened(message, text).push_back('"');
}

// "name "text"" as messages open: `needle "1.5cm"`.
constexpr message_text named(std::string_view field, std::string_view text) {
  message_text message;
  message.append(field).append(" ");
  return append_quoted(message, text);
}

// A decimal number followed by a unit, split: "1.5mm" -> "1.5", "mm".
struct number_and_unit {
  std::string_view number;
  std::string_view unit;
};
constexpr number_and_unit split_unit(std::string_view text) {
  std::size_t end = 0;
  while (end < text.size() && (is_digit(text[end]) || text[end] == '.')) ++end;
  return {text.substr(0, end), text.substr(end)};
}

// The digits of "1.5" read as micrometres when one unit is `micrometres_per_unit`; nothing
// when the number is finer than a micrometre or larger than `largest`.
struct decimal_reading {
  bool well_formed{false};
  bool finer_than_unit{false};
  bool too_large{false};
  std::int64_t value{0};
};
constexpr decimal_reading read_decimal(std::string_view number, std::int64_t per_unit,
                                       std::int64_t largest) {
  decimal_reading result;
  std::size_t i = 0;
  for (; i < number.size() && is_digit(number[i]); ++i) {
    result.value = result.value * 10 + (number[i] - '0');
    if (result.value > largest) result.too_large = true;
    if (result.value > 1'000'000'000) result.value = 1'000'000'000;
  }
  if (i == 0) return result;  // no whole part
  result.value *= per_unit;
  if (i < number.size()) {
    if (number[i] != '.' || i + 1 == number.size()) return result;  // "1x", "1."
    std::int64_t place = per_unit;
    for (++i; i < number.size(); ++i) {
      const char c = number[i];
      if (!is_digit(c)) return result;
      if (c == '0') {
        place /= 10;
        continue;
      }
      if (place < 10) result.finer_than_unit = true;
      place /= 10;
      result.value += (c - '0') * place;
    }
  }
  result.well_formed = true;
  if (result.value > largest) result.too_large = true;
  return result;
}

}  // namespace detail

// "1.5mm", "250um": whole micrometres, from 0 up to the format's limit.
[[nodiscard]] constexpr reading<needle_length> read_needle_length(
    std::string_view text, std::string_view field = "needle") {
  using detail::named;
  const auto fail = [&](std::string_view why) {
    return reading<needle_length>::failure(named(field, text).append(why));
  };
  if (text.starts_with("-"))
    return fail(" is negative; a needle length is a size, such as \"1.5mm\"");
  const auto [number, unit] = detail::split_unit(text);
  std::int64_t per_unit = 0;
  if (detail::same_text(unit, "mm")) per_unit = 1000;
  if (detail::same_text(unit, "um") || detail::same_text(unit, "\xC2\xB5m")) per_unit = 1;
  if (number.empty()) {
    return fail(" has no number; write a length such as \"1.5mm\" or \"250um\"");
  }
  if (unit.empty()) return fail(" has no unit; write mm or um after the number, as in \"1.5mm\"");
  if (unit.starts_with(" "))
    return fail(
        " has a space before its unit; write the unit right after the number, as in \"1.5mm\"");
  if (per_unit == 0) {
    message_text message = named(field, text);
    message.append(" has the unit ");
    detail::append_quoted(message, unit);
    return reading<needle_length>::failure(
        message.append(", which is not one of: mm, um (write \"1.5mm\" or \"250um\")"));
  }
  const auto decimal =
      detail::read_decimal(number, per_unit, format_limits.longest_needle_micrometres);
  if (!decimal.well_formed) {
    return fail(
        " is not a length; write digits, an optional decimal point, and the unit, as in "
        "\"1.5mm\"");
  }
  if (decimal.finer_than_unit) {
    return fail(
        " is finer than a micrometre; lengths are whole micrometres, such as \"0.25mm\" "
        "or \"250um\"");
  }
  if (decimal.too_large) {
    message_text message = named(field, text);
    message.append(" is past the longest length a protocol can state (");
    message.append_thousandths(format_limits.longest_needle_micrometres).append("mm)");
    return reading<needle_length>::failure(message);
  }
  return {needle_length::from_micrometres(static_cast<std::int32_t>(decimal.value)), {}};
}

// A duration's unit and how many of the field's base units (days, hours) it is worth.
struct duration_unit {
  std::string_view suffix;
  std::string_view name;
  std::int32_t base_units;
};

struct duration_format {
  std::string_view measured_in;  // "a rest is measured in days or weeks"
  std::string_view examples;     // "\"42d\" or \"6w\""
  fixed_array<duration_unit, 2> units;
  std::int32_t largest;  // in base units
};

// A rest between sessions is whole days; how long an aftercare step lasts is whole hours.
inline constexpr duration_format rest_format{"a rest is measured in days or weeks",
                                             "\"42d\" or \"6w\"",
                                             {{{"d", "days", 1}, {"w", "weeks", 7}}},
                                             format_limits.longest_rest_days};
inline constexpr duration_format aftercare_format{"an aftercare step lasts hours or days",
                                                  "\"24h\" or \"2d\"",
                                                  {{{"h", "hours", 1}, {"d", "days", 24}}},
                                                  format_limits.longest_aftercare_hours};

// "6w", "42d", "24h": a whole number and a unit the field accepts, in the field's base unit.
[[nodiscard]] constexpr reading<std::int32_t> read_duration(std::string_view text,
                                                            std::string_view field,
                                                            const duration_format& format) {
  using detail::named;
  const auto expected = [&](std::string_view why) {
    message_text message = named(field, text);
    message.append(why)
        .append("; ")
        .append(format.measured_in)
        .append(", such as ")
        .append(format.examples);
    return reading<std::int32_t>::failure(message);
  };
  if (text.starts_with("-")) return expected(" is negative");
  const auto [number, unit] = detail::split_unit(text);
  if (number.empty()) return expected(" has no number");
  if (unit.empty()) return expected(" has no unit");
  if (detail::contains(number, '.')) return expected(" is not a whole number");
  std::size_t chosen = format.units.size();
  for (std::size_t i = 0; i < format.units.size(); ++i) {
    if (detail::same_text(format.units[i].suffix, unit)) chosen = i;
  }
  if (chosen == format.units.size()) {
    if (unit == "h" || unit == "d" || unit == "w") {
      const std::string_view unit_name = unit == "h"   ? " is in hours"
                                         : unit == "d" ? " is in days"
                                                       : " is in weeks";
      return expected(unit_name);
    }
    return expected(" has a unit this format does not know");
  }
  const auto decimal =
      detail::read_decimal(number, format.units[chosen].base_units, format.largest);
  if (!decimal.well_formed) return expected(" is not a duration");
  if (decimal.too_large) {
    message_text message = named(field, text);
    message.append(" is longer than a protocol can state (");
    message.append_number(format.largest).append(" ").append(format.units[0].name).append(")");
    return reading<std::int32_t>::failure(message);
  }
  return {static_cast<std::int32_t>(decimal.value), {}};
}

// A rest between sessions, "6w" or "42d", as a protocol's "rest" is written.
[[nodiscard]] constexpr reading<day_count> read_rest(std::string_view text,
                                                     std::string_view field = "rest") {
  const reading<std::int32_t> days = read_duration(text, field, rest_format);
  if (!days.value) return reading<day_count>::failure(days.problem);
  return {day_count{*days.value}, {}};
}

// How long an aftercare step lasts, "24h" or "2d", as a protocol step's "for" is written.
[[nodiscard]] constexpr reading<hour_count> read_aftercare_duration(
    std::string_view text, std::string_view field = "for") {
  const reading<std::int32_t> hours = read_duration(text, field, aftercare_format);
  if (!hours.value) return reading<hour_count>::failure(hours.problem);
  return {hour_count{*hours.value}, {}};
}

// "2027-03-01": a day that exists in the Gregorian calendar, years 1 to 9999.
[[nodiscard]] constexpr reading<calendar_date> read_date(std::string_view text,
                                                         std::string_view field = "date") {
  using detail::is_digit;
  const auto digits = [&](std::size_t from, std::size_t count) {
    std::int32_t value = 0;
    for (std::size_t i = from; i < from + count; ++i) value = value * 10 + (text[i] - '0');
    return value;
  };
  bool shaped = text.size() == 10 && text[4] == '-' && text[7] == '-';
  for (std::size_t i = 0; shaped && i < text.size(); ++i) {
    if (i != 4 && i != 7 && !is_digit(text[i])) shaped = false;
  }
  if (!shaped) {
    return reading<calendar_date>::failure(
        detail::named(field, text)
            .append(" is not a date; write it as YYYY-MM-DD, such as \"2027-03-01\""));
  }
  const calendar_date date{digits(0, 4), digits(5, 2), digits(8, 2)};
  if (is_valid(date)) return {date, {}};
  message_text message = detail::named(field, text);
  if (date.year < 1) return reading<calendar_date>::failure(message.append(" has no year 0"));
  if (date.month < 1 || date.month > 12) {
    message.append(" does not exist: there is no month ").append_number(date.month);
    return reading<calendar_date>::failure(message.append("; months run from 01 to 12"));
  }
  message.append(" does not exist: month ").append_number(date.month).append(" of ");
  message.append_number(date.year).append(" has ");
  return reading<calendar_date>::failure(
      message.append_number(days_in_month(date.year, date.month)).append(" days"));
}

}  // namespace dermaroller

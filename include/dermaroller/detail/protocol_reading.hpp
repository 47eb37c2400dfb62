#pragma once
// The machinery under parse_protocol (protocol.hpp): a reader of JSON objects against a table
// of fields, and one reader per kind of value, chosen by the type of the member it fills.
// Each reader leaves a sentence and a position behind when the text is wrong.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dermaroller/course.hpp"
#include "dermaroller/detail/closest_name.hpp"
#include "dermaroller/detail/fixed_array.hpp"
#include "dermaroller/detail/json_reader.hpp"
#include "dermaroller/detail/message_text.hpp"
#include "dermaroller/detail/name_index.hpp"
#include "dermaroller/enum_names.hpp"
#include "dermaroller/protocol_positions.hpp"
#include "dermaroller/protocol_values.hpp"
#include "dermaroller/rule.hpp"

namespace dermaroller {

namespace detail {

// Reading state shared by the field readers: the JSON tokens, the current field, and the
// first problem met.
struct protocol_reader {
  // One level more than the format uses (course, sessions, session), so that an array or
  // object where a value belongs is reported as the wrong type, not as deep nesting.
  static constexpr std::size_t deepest_nesting = 4;

  // Writes the first problem to `problem` and the positions to `where`: the result's own
  // members, so that nothing is copied at the end.
  constexpr protocol_reader(std::string_view text, parse_error& problem, protocol_positions& where)
      : json{text, deepest_nesting}, error{problem}, positions{where} {}

  json_reader json;
  std::string_view field;    // the field whose value is being read
  std::string_view example;  // how that field is written, for messages
  parse_error& error;
  bool failed{false};
  protocol_positions& positions;

  // The token the last next() read; valid until the next call.
  [[nodiscard]] constexpr const json_token& token() const { return json.token(); }

  constexpr bool next() {
    if (json.next().kind != json_token_kind::error) return true;
    error = json.error();
    failed = true;
    return false;
  }
  constexpr bool fail(source_position where, const message_text& message) {
    if (!failed) error = parse_error{message, where.line, where.column};
    failed = true;
    return false;
  }
  // `"passes" must be a whole number, as in "passes": 15; found a string`
  constexpr bool fail_type(std::string_view expected) {
    message_text message;
    message.append("\"").append(field).append("\" must be ").append(expected);
    message.append(", as in ").append(example).append("; found ").append(describe(token().kind));
    if (token().kind == json_token_kind::null_value) {
      message.append(" (to leave it unset, leave the field out)");
    }
    return fail(token().position, message);
  }
  constexpr bool fail_value(const message_text& problem) { return fail(token().position, problem); }
};

// How one field of a Target is read: `read` gets the reader at the field's value.
template <class Target>
struct field_rule {
  std::string_view name;
  bool required{false};
  std::string_view example;  // `"needle": "1.5mm"`: shown when the field is missing or wrong
  bool (*read)(protocol_reader&, Target&){nullptr};
  source_position protocol_positions::*key_position{nullptr};  // where to record the key
};

// The names of a table's fields, in order, for its name_index.
template <class Target, std::size_t N>
constexpr fixed_array<std::string_view, N> field_names(
    const fixed_array<field_rule<Target>, N>& fields) {
  fixed_array<std::string_view, N> names{};
  for (std::size_t i = 0; i < N; ++i) names[i] = fields[i].name;
  return names;
}

// What read_object saw: where each of the N fields' key and value were, in table order.
template <std::size_t N>
struct fields_seen {
  fixed_array<source_position, N> key{};
  fixed_array<source_position, N> value{};
};

// How messages name an object: "the course", "session 2", "aftercare step 1".
struct object_name {
  std::string_view noun;
  std::size_t number{0};  // 1-based; 0 for the one course
};
constexpr message_text& append_name(message_text& message, const object_name& what) {
  if (what.number == 0) return message.append("the ").append(what.noun);
  return message.append(what.noun).append(" ").append_number(
      static_cast<std::int64_t>(what.number));
}

// Which of `names` a string token says (names.size() for none), decoding escapes only when it
// has any.
template <std::size_t N>
constexpr std::size_t find_name(const json_token& token, const name_index<N>& names) {
  if (!token.has_escapes) return names.find(token.text);
  const auto decoded = decode<48>(token);  // longer than any name
  return decoded.complete ? names.find(decoded.view()) : names.size();
}

// Reads `"name": value, ...}` after the object's '{' (at `opened`), filling `target`.
// A list of names, such as an object's fields or an enum's words, for the messages that list
// or search them.
struct word_list {
  const std::string_view* first;
  std::size_t count;

  [[nodiscard]] constexpr const std::string_view* begin() const { return first; }
  [[nodiscard]] constexpr const std::string_view* end() const { return first + count; }
};

// The errors of read_object, out of line and not templates: the five objects of the format
// would otherwise each carry a copy of every message.
[[gnu::cold, gnu::noinline]] constexpr bool fail_unknown_field(protocol_reader& reader,
                                                               const json_token& key,
                                                               const object_name& what,
                                                               word_list fields) {
  message_text message;
  message.append("unknown field ");
  append_quoted(message, decode<longest_quoted_bytes + 1>(key).view()).append(" in ");
  append_name(message, what);
  // A misspelt field is answered with the one meant; anything else with the whole list.
  const auto typed = decode<longest_suggested_name>(key);
  const std::string_view meant =
      typed.complete
          ? closest_name(typed.view(), fields, [](std::string_view name) { return name; })
          : std::string_view{};
  if (!meant.empty()) {
    return reader.fail(key.position,
                       message.append("; did you mean \"").append(meant).append("\"?"));
  }
  message.append("; the fields are: ");
  for (std::size_t i = 0; i < fields.count; ++i)
    message.append(i == 0 ? "" : ", ").append(fields.first[i]);
  return reader.fail(key.position, message);
}
[[gnu::cold, gnu::noinline]] constexpr bool fail_duplicate_field(protocol_reader& reader,
                                                                 source_position where,
                                                                 std::string_view field,
                                                                 const object_name& what,
                                                                 source_position first) {
  message_text message;
  message.append("duplicate field \"").append(field).append("\" in ");
  append_name(message, what).append(": it was already given at line ");
  message.append_number(first.line).append(", column ");
  return reader.fail(where, message.append_number(first.column));
}
[[gnu::cold, gnu::noinline]] constexpr bool fail_missing_field(protocol_reader& reader,
                                                               source_position opened,
                                                               const object_name& what,
                                                               std::string_view field,
                                                               std::string_view example) {
  message_text message;
  append_name(message, what).append(" has no \"").append(field);
  message.append("\", which is required; add it, as in ").append(example);
  return reader.fail(opened, message);
}

template <class Target, std::size_t N>
constexpr bool read_object(protocol_reader& reader, Target& target,
                           const fixed_array<field_rule<Target>, N>& fields,
                           const name_index<N>& names, source_position opened,
                           const object_name& what, fields_seen<N>& seen) {
  std::size_t expected = 0;
  while (true) {
    if (!reader.next()) return false;
    if (reader.token().kind == json_token_kind::end_object) break;
    // The JSON reader only hands out a key or the end here.
    const auto& key = reader.token();
    // Files mostly list fields in the table's order: the one after the last is tried first.
    const std::size_t index = !key.has_escapes && same_text(key.text, fields[expected].name)
                                  ? expected
                                  : find_name(key, names);
    if (index == N) return fail_unknown_field(reader, key, what, {names.names().data(), N});
    if (seen.key[index].known())
      return fail_duplicate_field(reader, key.position, fields[index].name, what, seen.key[index]);
    seen.key[index] = key.position;
    expected = index + 1 == N ? 0 : index + 1;
    if (fields[index].key_position != nullptr)
      reader.positions.*fields[index].key_position = key.position;
    if (!reader.next()) return false;
    seen.value[index] = reader.token().position;
    reader.field = fields[index].name;
    reader.example = fields[index].example;
    if (!fields[index].read(reader, target)) return false;
  }
  for (std::size_t i = 0; i < N; ++i) {
    if (fields[i].required && !seen.key[i].known())
      return fail_missing_field(reader, opened, what, fields[i].name, fields[i].example);
  }
  return true;
}

// --- reading a value into a member, chosen by the member's type -------------------------

constexpr bool read_into(protocol_reader& reader, bool& value) {
  if (reader.token().kind == json_token_kind::true_value) {
    value = true;
  } else if (reader.token().kind == json_token_kind::false_value) {
    value = false;
  } else {
    return reader.fail_type("true or false");
  }
  return true;
}

// The text of a string token: its own when it has no escapes, else decoded into `buffer`.
// Nothing when the text is longer than the buffer, whether or not it is written with escapes,
// so that a text reads alike however it is spelled.
template <std::size_t Capacity>
constexpr maybe<std::string_view> text_of(const json_token& token,
                                          decoded_string<Capacity>& buffer) {
  if (!token.has_escapes) {
    if (token.text.size() > Capacity) return {};
    return token.text;
  }
  buffer = decode<Capacity>(token);
  if (!buffer.complete) return {};
  return buffer.view();
}

// The text of a length, a duration or a date, decoded into `buffer` when it has escapes;
// nothing, and an input error, when it is longer than the format reads.
using value_text_buffer = decoded_string<format_limits.longest_value_bytes>;
constexpr maybe<std::string_view> value_text(protocol_reader& reader, value_text_buffer& buffer) {
  const maybe<std::string_view> text = text_of(reader.token(), buffer);
  if (text) return text;
  message_text message =
      named(reader.field, decode<longest_quoted_bytes + 1>(reader.token()).view());
  message.append(" is longer than ")
      .append_number(static_cast<std::int64_t>(format_limits.longest_value_bytes))
      .append(" bytes, more than a protocol needs; write it as in ");
  reader.fail_value(message.append(reader.example));
  return {};
}

// A string value, decoded; `complete` is false when it was longer than Capacity.
template <std::size_t Capacity>
constexpr bool read_string(protocol_reader& reader, decoded_string<Capacity>& text,
                           std::string_view expected) {
  if (reader.token().kind != json_token_kind::string) return reader.fail_type(expected);
  text = decode<Capacity>(reader.token());
  return true;
}

// The words of a named enum in its order, made once: each enum's reader and its messages share
// one non-template function over them.
template <named_enum E>
inline constexpr auto enum_words = [] {
  fixed_array<std::string_view, names_of<E>.size()> words{};
  for (std::size_t i = 0; i < words.size(); ++i) words[i] = names_of<E>[i].name;
  return words;
}();

// "one of: home, clinical"
constexpr message_text one_of(word_list words) {
  message_text message;
  message.append("one of: ");
  for (std::size_t i = 0; i < words.count; ++i)
    message.append(i == 0 ? "" : ", ").append(words.first[i]);
  return message;
}

// The error for a value that is not a string, or a string that is none of `words`: a misspelt
// word is answered with the one meant, anything else with every word. Out of line, and not a
// template, so that the readers of the format's eleven enums do not each carry a copy.
[[gnu::cold, gnu::noinline]] constexpr bool fail_word(protocol_reader& reader, word_list words,
                                                      maybe<std::string_view> text) {
  if (reader.token().kind != json_token_kind::string) return reader.fail_type(one_of(words));
  message_text message;
  message.append("unknown ").append(reader.field).append(" ");
  append_quoted(message, decode<longest_quoted_bytes + 1>(reader.token()).view());
  const std::string_view meant =
      text ? closest_name(*text, words, [](std::string_view word) { return word; })
           : std::string_view{};
  if (!meant.empty())
    return reader.fail_value(message.append("; did you mean \"").append(meant).append("\"?"));
  return reader.fail_value(message.append("; expected ").append(one_of(words)));
}

// Which of `words` the string at the reader is, in `index`; an input error when none.
constexpr bool read_word(protocol_reader& reader, word_list words, std::size_t& index) {
  const auto& token = reader.token();
  if (token.kind != json_token_kind::string) return fail_word(reader, words, {});
  decoded_string<48> buffer;  // longer than any word
  const maybe<std::string_view> text = text_of(token, buffer);
  if (text) {
    for (index = 0; index < words.count; ++index) {
      if (same_text(*text, words.first[index])) return true;
    }
  }
  return fail_word(reader, words, text);
}

// An enum's few words are compared one by one: an index of them, like the fields', would be
// built at compile time for every enum, which costs more compile time than it saves run time.
template <named_enum E>
constexpr bool read_into(protocol_reader& reader, E& value) {
  std::size_t index = 0;
  if (!read_word(reader, {enum_words<E>.data(), enum_words<E>.size()}, index)) return false;
  value = names_of<E>[index].value;
  return true;
}

// A rule by its code, "rest-too-short"; a misspelt one is answered with the nearest code.
constexpr bool read_into(protocol_reader& reader, rule& value) {
  const auto& token = reader.token();
  if (token.kind != json_token_kind::string) return reader.fail_type("a rule's code");
  decoded_string<longest_suggested_name> buffer;
  const maybe<std::string_view> text = text_of(token, buffer);
  if (text) {
    // The codes alone: looking them up in rule_definitions would make every file that reads a
    // protocol keep the rule table, and so compile all of the rules' checks.
    for (const enum_name<rule>& entry : detail::codes_of_rules) {
      if (same_text(*text, entry.name)) {
        value = entry.value;
        return true;
      }
    }
  }
  message_text message;
  message.append("unknown rule ");
  append_quoted(message, decode<longest_quoted_bytes + 1>(token).view());
  const std::string_view nearest =
      text ? closest_name(*text, detail::codes_of_rules,
                          [](const enum_name<rule>& entry) { return entry.name; })
           : std::string_view{};
  if (!nearest.empty()) message.append("; did you mean \"").append(nearest).append("\"?");
  return reader.fail_value(message.append(" (dermaroller-check --list-rules lists the codes)"));
}

// A whole number from 1 to `most`, written in digits: a count of sessions, a session's number.
constexpr bool read_count(protocol_reader& reader, std::size_t& value, std::size_t most,
                          std::string_view counts) {
  if (reader.token().kind != json_token_kind::number) return reader.fail_type("a whole number");
  const whole_number number = read_whole_number(reader.token().text);
  if (number.within_range && number.digits_only && number.value >= 1 &&
      static_cast<std::uint64_t>(number.value) <= most) {
    value = static_cast<std::size_t>(number.value);
    return true;
  }
  message_text message;
  message.append(reader.field).append(" ");
  append_shortened(message, reader.token().text).append(" is not ").append(counts);
  message.append(": a whole number from 1 to ");
  return reader.fail_value(message.append_number(static_cast<std::int64_t>(most)));
}

template <class T>
constexpr bool read_into(protocol_reader& reader, maybe<T>& value) {
  T read{};
  if (!read_into(reader, read)) return false;
  value = read;
  return true;
}

constexpr bool read_into(protocol_reader& reader, pass_count& value) {
  if (reader.token().kind != json_token_kind::number) return reader.fail_type("a whole number");
  const whole_number number = read_whole_number(reader.token().text);
  const bool in_range =
      number.within_range && number.value >= 1 && number.value <= format_limits.most_passes;
  if (in_range && number.digits_only) {
    value = pass_count{static_cast<std::int32_t>(number.value)};
    return true;
  }
  message_text message;
  message.append(reader.field).append(" ");
  append_shortened(message, reader.token().text);
  if (in_range) {  // "1.0", "1e3": whole, but the format writes passes in digits
    message.append(
        " is a whole number written with a fraction or an exponent; write it in "
        "digits only, as ");
    return reader.fail_value(message.append_number(number.value));
  }
  if (!number.whole) {
    message.append(" is not a whole number");
  } else if (number.within_range ? number.value > format_limits.most_passes
                                 : reader.token().text.front() != '-') {
    message.append(" is too large");
  } else {
    message.append(" is out of range");
  }
  message.append("; a session has a whole number of passes from 1 to ");
  return reader.fail_value(message.append_number(format_limits.most_passes));
}

// A patient's age: a bare whole number of years, as people state their age.
inline constexpr std::int32_t oldest_age_in_years = 150;

constexpr bool read_into(protocol_reader& reader, year_count& value) {
  if (reader.token().kind != json_token_kind::number) {
    return reader.fail_type("a whole number of years");
  }
  const whole_number number = read_whole_number(reader.token().text);
  if (number.within_range && number.digits_only && number.value >= 0 &&
      number.value <= oldest_age_in_years) {
    value = year_count{static_cast<std::int32_t>(number.value)};
    return true;
  }
  message_text message;
  message.append(reader.field).append(" ");
  append_shortened(message, reader.token().text);
  message.append(" is not an age; write the patient's age in whole years, from 0 to ");
  return reader.fail_value(message.append_number(oldest_age_in_years));
}

// A number where a length belongs: say how to write it with each unit.
constexpr bool fail_missing_unit(protocol_reader& reader) {
  const std::string_view number = reader.token().text;
  message_text message;
  message.append(reader.field).append(" ");
  append_shortened(message, number).append(" has no unit; ");
  message_text in_millimetres;
  in_millimetres.append(number).append("mm");
  const auto length = number.size() <= longest_quoted_bytes ? read_needle_length(in_millimetres)
                                                            : reading<needle_length>{};
  if (!length.value) {
    return reader.fail_value(
        message.append("write a length as a string with its unit, such as \"1.5mm\" or \"250um\""));
  }
  message.append("write \"").append(in_millimetres).append("\" or \"");
  message.append_number(length.value->micrometres());
  return reader.fail_value(message.append("um\""));
}

constexpr bool read_into(protocol_reader& reader, needle_length& value) {
  if (reader.token().kind == json_token_kind::number) return fail_missing_unit(reader);
  if (reader.token().kind != json_token_kind::string)
    return reader.fail_type("a length with a unit");
  value_text_buffer buffer;
  const maybe<std::string_view> text = value_text(reader, buffer);
  if (!text) return false;
  const auto length = read_needle_length(*text, reader.field);
  if (!length.value) return reader.fail_value(length.problem);
  value = *length.value;
  return true;
}

template <class Count>
constexpr bool read_duration_into(protocol_reader& reader, Count& value,
                                  const duration_format& format) {
  if (reader.token().kind == json_token_kind::number) {
    // "write "42d" for days or "42w" for weeks", with the units in which the number reads.
    const std::string_view number = reader.token().text;
    message_text message;
    message.append(reader.field).append(" ");
    append_shortened(message, number).append(" has no unit; ");
    std::size_t suggested = 0;
    for (const duration_unit& unit : format.units) {
      message_text written;
      written.append(number).append(unit.suffix);
      if (number.size() > longest_quoted_bytes || !read_duration(written, "", format).value)
        continue;
      message.append(suggested++ == 0 ? "write \"" : " or \"").append(written);
      message.append("\" for ").append(unit.name);
    }
    if (suggested == 0)
      message.append(format.measured_in).append(", such as ").append(format.examples);
    return reader.fail_value(message);
  }
  if (reader.token().kind != json_token_kind::string)
    return reader.fail_type("a duration with a unit");
  value_text_buffer buffer;
  const maybe<std::string_view> text = value_text(reader, buffer);
  if (!text) return false;
  const auto duration = read_duration(*text, reader.field, format);
  if (!duration.value) return reader.fail_value(duration.problem);
  value = Count{*duration.value};
  return true;
}
constexpr bool read_into(protocol_reader& reader, day_count& value) {
  return read_duration_into(reader, value, rest_format);
}
constexpr bool read_into(protocol_reader& reader, hour_count& value) {
  return read_duration_into(reader, value, aftercare_format);
}

constexpr bool read_into(protocol_reader& reader, calendar_date& value) {
  if (reader.token().kind != json_token_kind::string)
    return reader.fail_type("a date written YYYY-MM-DD");
  value_text_buffer buffer;
  const maybe<std::string_view> text = value_text(reader, buffer);
  if (!text) return false;
  const auto date = read_date(*text, reader.field);
  if (!date.value) return reader.fail_value(date.problem);
  value = *date.value;
  return true;
}

constexpr bool read_into(protocol_reader& reader, course_name& value) {
  if (reader.token().kind != json_token_kind::string) return reader.fail_type("a string");
  bool fits = false;
  if (!reader.token().has_escapes) {
    fits = value.assign(reader.token().text);  // most names: straight from the text
  } else {
    const auto text = decode<course_name_capacity>(reader.token());
    fits = text.complete && value.assign(text.view());
  }
  if (fits) return true;
  message_text message;
  message.append("the name is longer than ").append_number(course_name_capacity);
  return reader.fail_value(message.append(" bytes; shorten it"));
}

template <class Member>
struct member_of;
template <class Owner, class Value>
struct member_of<Value Owner::*> {
  using owner = Owner;
};

// The table's way of saying "read this field into that member".
template <auto Member>
constexpr bool read_member(protocol_reader& reader,
                           typename member_of<decltype(Member)>::owner& target) {
  return read_into(reader, target.*Member);
}

}  // namespace detail

}  // namespace dermaroller

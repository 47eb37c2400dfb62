#pragma once
// parse_guidelines(text): a guideline file (docs/guideline-files.md) read into a `guidelines`
// value, or the first problem with a sentence, a line and a column; as strict as protocol
// files, and usable in constant expressions.
//
// The members a file can set are the records of guideline_numbers that have a slot (their
// `file`): a member is written under its name in C++, a nested member inside an object of its
// parent ("rest_between_sessions": { "shortest": "4w" }), an entry of a table inside an object
// keyed by its word ("goals_for_indication": { "scars": [...] }). A new member is readable as
// soon as its record has a slot.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dermaroller/detail/closest_name.hpp"
#include "dermaroller/detail/fixed_array.hpp"
#include "dermaroller/detail/fixed_text.hpp"
#include "dermaroller/detail/json_reader.hpp"
#include "dermaroller/detail/message_text.hpp"
#include "dermaroller/detail/protocol_reading.hpp"
#include "dermaroller/guideline_sets.hpp"
#include "dermaroller/guidelines.hpp"
#include "dermaroller/protocol_positions.hpp"
#include "dermaroller/protocol_values.hpp"
#include "dermaroller/rules.hpp"

namespace dermaroller {

// The one format of guideline files this version reads.
inline constexpr std::string_view guideline_format_name = "dermaroller-guidelines/1";

struct guideline_file {
  fixed_text<120> name;
  fixed_text<40> based_on{"document"};  // the built-in set the file starts from
  guidelines values;
};

class guidelines_result;

// The guideline file's text read into guidelines, or the first problem in it.
[[nodiscard]] constexpr guidelines_result parse_guidelines(std::string_view json);

namespace detail {
// Not constexpr, on purpose, as in protocol.hpp: a compile error in a constant expression, a
// stop at run time.
[[noreturn]] inline void reading_the_guidelines_of_a_failed_parse() { __builtin_trap(); }
[[noreturn]] inline void reading_the_error_of_a_successful_guideline_parse() { __builtin_trap(); }
}  // namespace detail

class guidelines_result {
 public:
  [[nodiscard]] constexpr bool ok() const { return ok_; }
  // The file read; only when ok().
  [[nodiscard]] constexpr const guideline_file& value() const {
    if (!ok_) detail::reading_the_guidelines_of_a_failed_parse();
    return file_;
  }
  // The first problem met; only when !ok().
  [[nodiscard]] constexpr const parse_error& error() const {
    if (ok_) detail::reading_the_error_of_a_successful_guideline_parse();
    return error_;
  }

 private:
  friend constexpr guidelines_result parse_guidelines(std::string_view json);

  guideline_file file_{};
  parse_error error_{};
  bool ok_{false};
};

namespace detail {

// A member's name in parts: "collagen_induction.needle.shortest" is collagen_induction,
// needle, shortest; "goals_for_indication[scars]" is goals_for_indication, scars.
inline constexpr std::size_t deepest_member = 4;
struct member_path {
  fixed_array<std::string_view, deepest_member> parts{};
  std::size_t size{0};
};

constexpr member_path path_of(std::string_view member) {
  member_path path;
  std::size_t from = 0;
  for (std::size_t i = 0; i <= member.size(); ++i) {
    const bool ends =
        i == member.size() || member[i] == '.' || member[i] == '[' || member[i] == ']';
    if (!ends) continue;
    if (i > from && path.size < deepest_member)
      path.parts[path.size++] = member.substr(from, i - from);
    from = i + 1;
  }
  return path;
}

inline constexpr std::size_t guideline_count = guideline_numbers.size();
inline constexpr auto guideline_paths = [] {
  fixed_array<member_path, guideline_count> paths{};
  for (std::size_t i = 0; i < guideline_count; ++i) paths[i] = path_of(guideline_numbers[i].member);
  return paths;
}();

static_assert(
    [] {
      for (std::size_t i = 0; i < guideline_count; ++i) {
        if (guideline_paths[i].size == 0 || guideline_paths[i].size == deepest_member) return false;
      }
      return true;
    }(),
    "a member's name has one to three parts, such as collagen_induction.needle.shortest");

// Whether the record at `index` can be read from a file and lies under `prefix` (its first
// `depth` parts), with a part after them.
constexpr bool under(std::size_t index, const member_path& prefix, std::size_t depth) {
  const member_path& path = guideline_paths[index];
  if (path.size <= depth || guideline_numbers[index].file.kind == guideline_kind::none) {
    return false;
  }
  for (std::size_t i = 0; i < depth; ++i) {
    if (path.parts[i] != prefix.parts[i]) return false;
  }
  return true;
}

// ... and whether that next part is `key`.
constexpr bool continues(std::size_t index, const member_path& prefix, std::size_t depth,
                         std::string_view key) {
  return under(index, prefix, depth) && guideline_paths[index].parts[depth] == key;
}

// Units as in protocol files, and the same readers; the formats say what each number is.
inline constexpr duration_format guideline_days_format{
    "a number of days is written in days or weeks",
    "\"42d\" or \"6w\"",
    {{{"d", "days", 1}, {"w", "weeks", 7}}},
    format_limits.longest_rest_days};
inline constexpr duration_format guideline_hours_format{
    "a number of hours is written in hours or days",
    "\"24h\" or \"1d\"",
    {{{"h", "hours", 1}, {"d", "days", 24}}},
    format_limits.longest_aftercare_hours};
inline constexpr duration_format guideline_months_format{
    "a number of months is written in months or years",
    "\"6mo\" or \"1y\"",
    {{{"mo", "months", 1}, {"y", "years", 12}}},
    1200};
// One unit: the second, with no suffix, never matches a written unit.
inline constexpr duration_format guideline_years_format{"a number of years is written in years",
                                                        "\"18y\"",
                                                        {{{"y", "years", 1}, {"", "years", 1}}},
                                                        150};

// The fields of a guideline file other than the members of `guidelines`.
enum class file_field : std::uint8_t { format, name, based_on, schema, disable, enable };
inline constexpr fixed_array<std::string_view, 6> file_field_names{
    {"format", "name", "based_on", "$schema", "disable", "enable"}};

struct guideline_file_reader {
  protocol_reader& reader;
  guideline_file& file;
  // Where each record's key and value, each file field's key, and each nested object's key (by
  // the first record under it, and its depth) were given.
  fixed_array<source_position, guideline_count> value_at{};
  fixed_array<source_position, guideline_count> key_at{};
  fixed_array<fixed_array<source_position, deepest_member>, guideline_count> object_at{};
  fixed_array<source_position, file_field_names.size()> field_at{};
  bool member_given{false};

  constexpr bool fail(source_position where, const message_text& message) {
    return reader.fail(where, message);
  }

  // The key just read, decoded; nothing when it is longer than any name.
  static constexpr maybe<std::string_view> key_text(
      const json_token& key, decoded_string<longest_suggested_name>& buffer) {
    return text_of(key, buffer);
  }

  // "duplicate field "passes.fewest": it was already given at line 3, column 15"
  constexpr bool fail_duplicate(source_position key, std::string_view name, source_position first) {
    const fixed_array<std::string_view, 1> parts{{name}};
    return fail_duplicate(key, parts, 1, first);
  }
  template <std::size_t N>
  constexpr bool fail_duplicate(source_position key, const fixed_array<std::string_view, N>& name,
                                std::size_t parts, source_position first) {
    message_text message;
    message.append("duplicate field \"");
    for (std::size_t i = 0; i < parts; ++i) message.append(i == 0 ? "" : ".").append(name[i]);
    message.append("\": it was already given at line ");
    message.append_number(first.line).append(", column ").append_number(first.column);
    return fail(key, message);
  }

  // "unknown field "rest_between_session"; did you mean "rest_between_sessions"?"
  constexpr bool fail_unknown(const json_token& key, const member_path& prefix, std::size_t depth) {
    decoded_string<longest_suggested_name> buffer;
    const maybe<std::string_view> text = key_text(key, buffer);
    // The names the file could have meant here: the next parts of the members under prefix.
    fixed_array<std::string_view, guideline_count + file_field_names.size()> names{};
    std::size_t count = 0;
    if (depth == 0) {
      for (const std::string_view name : file_field_names) names[count++] = name;
    }
    for (std::size_t i = 0; i < guideline_count; ++i) {
      if (under(i, prefix, depth)) names[count++] = guideline_paths[i].parts[depth];
    }
    message_text message;
    message.append("unknown field ");
    append_quoted(message, decode<longest_quoted_bytes + 1>(key).view());
    if (depth > 0) {
      message.append(" in \"");
      for (std::size_t i = 0; i < depth; ++i)
        message.append(i == 0 ? "" : ".").append(prefix.parts[i]);
      message.append("\"");
    }
    // The unused entries are empty, and an empty name is never the nearest.
    const std::string_view nearest =
        text ? closest_name(*text, names, [](std::string_view name) { return name; })
             : std::string_view{};
    if (!nearest.empty()) {
      message.append("; did you mean \"").append(nearest).append("\"?");
    } else if (depth == 0) {
      message.append(
          "; a guideline file has format, name, based_on, disable, enable and the "
          "members of the guidelines (docs/guideline-files.md)");
    } else {
      message.append("; the fields here are:");
      std::string_view last;
      for (std::size_t i = 0; i < count; ++i) {
        if (names[i] == last) continue;
        message.append(" ").append(names[i]);
        last = names[i];
      }
    }
    return fail(key.position, message);
  }

  constexpr bool read_leaf(std::size_t index) {
    const guideline_number& number = guideline_numbers[index];
    const guideline_slot& slot = number.file;
    guidelines& g = file.values;
    reader.field = number.member;
    const json_token& token = reader.token();
    switch (slot.kind) {
      case guideline_kind::none: break;
      case guideline_kind::needle:
        reader.example = R"("0.5mm")";
        return read_into(reader, slot.needle(g));
      case guideline_kind::optional_needle:
        reader.example = R"("0.5mm", or null for none)";
        if (token.kind == json_token_kind::null_value) {
          slot.optional_needle(g) = {};
          return true;
        }
        {
          needle_length length{};
          if (!read_into(reader, length)) return false;
          slot.optional_needle(g) = length;
        }
        return true;
      case guideline_kind::days:
        reader.example = R"("6w")";
        return read_duration_into(reader, slot.days(g), guideline_days_format);
      case guideline_kind::hours:
        reader.example = R"("24h")";
        return read_duration_into(reader, slot.hours(g), guideline_hours_format);
      case guideline_kind::months:
        reader.example = R"("6mo")";
        return read_duration_into(reader, slot.months(g), guideline_months_format);
      case guideline_kind::years:
        reader.example = R"("18y")";
        return read_duration_into(reader, slot.years(g), guideline_years_format);
      case guideline_kind::passes: reader.example = "15"; return read_into(reader, slot.passes(g));
      case guideline_kind::sessions: return read_sessions(slot.sessions(g), number.member);
      case guideline_kind::goals: return read_goals(slot.goals(g));
      case guideline_kind::rules: {
        rule_set rules;
        if (!read_rules(rules, true)) return false;
        slot.rules(g) = rules;
        return true;
      }
    }
    return true;
  }

  // A number of sessions, or "none" for no limit (not for a fewest number).
  constexpr bool read_sessions(std::size_t& value, std::string_view member) {
    reader.example = R"(3, or "none" for no limit)";
    const json_token& token = reader.token();
    const bool fewest = member.ends_with("fewest");
    if (token.kind == json_token_kind::string && !fewest) {
      decoded_string<8> buffer;
      const maybe<std::string_view> text = text_of(token, buffer);
      if (text && same_text(*text, "none")) {
        value = SIZE_MAX;
        return true;
      }
      message_text message;
      message.append(member).append(" ");
      append_quoted(message, decode<longest_quoted_bytes + 1>(token).view());
      return reader.fail_value(
          message.append(" is not a number of sessions: write a whole number, "
                         "or \"none\" for no limit"));
    }
    if (fewest) reader.example = "2";
    return read_count(reader, value, session_capacity, "a number of sessions");
  }

  // ["collagen_induction", "maintenance"]: the goals that may treat an indication.
  constexpr bool read_goals(goal_set& goals) {
    reader.example = R"(["collagen_induction", "maintenance"])";
    if (reader.token().kind != json_token_kind::begin_array) {
      return reader.fail_type("a list of goals in square brackets");
    }
    const source_position opened = reader.token().position;
    goal_set read{};
    bool any = false;
    while (true) {
      if (!reader.next()) return false;
      if (reader.token().kind == json_token_kind::end_array) break;
      treatment_goal goal{};
      if (!read_into(reader, goal)) return false;
      read.insert(goal);
      any = true;
    }
    if (!any) {
      message_text message;
      message.append(reader.field)
          .append(
              " lists no goal, so that every course of it would "
              "fail; list at least one");
      return fail(opened, message);
    }
    goals = read;
    return true;
  }

  // ["sunscreen-not-zinc", ...]: added to `rules`, or removed from it.
  constexpr bool read_rules(rule_set& rules, bool add) {
    reader.example = R"(["sunscreen-not-zinc"])";
    if (reader.token().kind != json_token_kind::begin_array) {
      return reader.fail_type("a list of rule codes in square brackets");
    }
    while (true) {
      if (!reader.next()) return false;
      if (reader.token().kind == json_token_kind::end_array) return true;
      rule which{};
      if (!read_into(reader, which)) return false;
      if (add) {
        rules.insert(which);
      } else {
        rules.erase(which);
      }
    }
  }

  // `{ "name": value, ... }` of the members under `prefix` (its first `depth` parts), after
  // its '{'. The depth is bounded by the members' names, not by the input.
  constexpr bool read_members(member_path& prefix, std::size_t depth) {
    while (true) {
      if (!reader.next()) return false;
      if (reader.token().kind == json_token_kind::end_object) return true;
      const json_token key = reader.token();
      decoded_string<longest_suggested_name> buffer;
      const maybe<std::string_view> text = key_text(key, buffer);
      if (depth == 0 && text) {
        std::size_t field = file_field_names.size();
        for (std::size_t i = 0; i < file_field_names.size(); ++i) {
          if (same_text(*text, file_field_names[i])) field = i;
        }
        if (field != file_field_names.size()) {
          if (field_at[field].known()) {
            return fail_duplicate(key.position, file_field_names[field], field_at[field]);
          }
          field_at[field] = key.position;
          if (!reader.next() || !read_file_field(static_cast<file_field>(field), key)) return false;
          continue;
        }
      }
      std::size_t first = guideline_count;
      bool leaf = false;
      for (std::size_t i = 0; text && i < guideline_count; ++i) {
        if (!continues(i, prefix, depth, *text)) continue;
        if (first == guideline_count) first = i;
        leaf = guideline_paths[i].size == depth + 1;
        break;
      }
      if (first == guideline_count) return fail_unknown(key, prefix, depth);
      source_position& given = leaf ? key_at[first] : object_at[first][depth];
      if (given.known()) {
        return fail_duplicate(key.position, guideline_paths[first].parts, depth + 1, given);
      }
      member_given = true;
      if (!reader.next()) return false;
      given = key.position;
      if (leaf) {
        value_at[first] = reader.token().position;
        if (!read_leaf(first)) return false;
        continue;
      }
      if (reader.token().kind != json_token_kind::begin_object) {
        message_text message;
        message.append("\"").append(guideline_paths[first].parts[depth]);
        message.append("\" must be an object of its members, as in \"");
        const member_path& example = guideline_paths[first];
        message.append(example.parts[depth]).append("\": { \"").append(example.parts[depth + 1]);
        message.append("\": ... }; found ").append(describe(reader.token().kind));
        return fail(reader.token().position, message);
      }
      prefix.parts[depth] = guideline_paths[first].parts[depth];
      if (!read_members(prefix, depth + 1)) return false;
    }
  }

  constexpr bool read_file_field(file_field field, const json_token& key) {
    reader.field = file_field_names[static_cast<std::size_t>(field)];
    switch (field) {
      case file_field::format: {
        reader.example = R"("format": "dermaroller-guidelines/1")";
        decoded_string<48> name;
        if (!read_string(reader, name, "the name of the format")) return false;
        if (name.complete && same_text(name.view(), guideline_format_name)) return true;
        message_text message;
        message.append("unsupported format ");
        append_quoted(message, name.view()).append("; this version reads \"");
        return reader.fail_value(message.append(guideline_format_name).append("\""));
      }
      case file_field::name: {
        reader.example = R"("name": "Clinic A: four-week intervals")";
        if (reader.token().kind != json_token_kind::string) return reader.fail_type("a string");
        const auto text = decode<120>(reader.token());
        if (text.complete && file.name.assign(text.view())) return true;
        return reader.fail_value(
            message_text{}.append("the name is longer than 120 bytes; shorten it"));
      }
      case file_field::based_on: return read_based_on(key);
      case file_field::schema:
        reader.example = R"("$schema": "guidelines.schema.json")";
        return reader.token().kind == json_token_kind::string || reader.fail_type("a string");
      case file_field::disable:
        member_given = true;
        return read_rules(file.values.disabled_rules, true);
      case file_field::enable:
        member_given = true;
        return read_rules(file.values.disabled_rules, false);
    }
    return true;
  }

  // The set the file starts from: before any member, which it would otherwise undo.
  constexpr bool read_based_on(const json_token& key) {
    reader.example = R"("based_on": "document")";
    if (reader.token().kind != json_token_kind::string) return reader.fail_type("a set's name");
    if (member_given) {
      return fail(key.position, message_text{}.append("\"based_on\" comes after members it would "
                                                      "reset; write it before them"));
    }
    decoded_string<longest_suggested_name> buffer;
    const maybe<std::string_view> text = text_of(reader.token(), buffer);
    const guideline_set* set = text ? find_guideline_set(*text) : nullptr;
    if (set != nullptr) {
      file.values = set->values;
      (void)file.based_on.assign(set->name);
      return true;
    }
    message_text message;
    message.append("unknown guideline set ");
    append_quoted(message, decode<longest_quoted_bytes + 1>(reader.token()).view());
    const std::string_view nearest =
        text ? closest_name(*text, guideline_sets, [](const guideline_set& s) { return s.name; })
             : std::string_view{};
    if (!nearest.empty()) message.append("; did you mean \"").append(nearest).append("\"?");
    message.append(nearest.empty() ? "; the sets are:" : " The sets are:");
    for (const guideline_set& s : guideline_sets) message.append(" ").append(s.name);
    return reader.fail_value(message);
  }
};

// Two members of which the first may not be more than the second (a usual number of sessions
// with no limit excepted). A file that sets one of them so is an input error at the one it set
// last.
struct guideline_order {
  std::string_view lower;
  std::string_view upper;
};

// clang-format off
inline constexpr fixed_array<guideline_order, 15> guideline_orders{{
  {"rest_between_sessions.shortest", "rest_between_sessions.longest"},
  {"home_needle_maximum", "longest_needle_made"},
  {"collagen_induction.needle.shortest", "collagen_induction.needle.longest"},
  {"scar_reduction.needle.shortest", "scar_reduction.needle.longest"},
  {"maintenance.needle.shortest", "maintenance.needle.longest"},
  {"passes.fewest", "passes.most"},
  {"collagen_induction.sessions.fewest", "collagen_induction.sessions.usual_most"},
  {"collagen_induction.sessions.usual_most", "collagen_induction.sessions.most"},
  {"scar_reduction.sessions.fewest", "scar_reduction.sessions.usual_most"},
  {"scar_reduction.sessions.usual_most", "scar_reduction.sessions.most"},
  {"maintenance.sessions.fewest", "maintenance.sessions.usual_most"},
  {"maintenance.sessions.usual_most", "maintenance.sessions.most"},
  {"collagen_induction.needle.longest", "longest_needle_made"},
  {"scar_reduction.needle.longest", "longest_needle_made"},
  {"maintenance.needle.longest", "longest_needle_made"},
}};
// clang-format on

constexpr std::size_t record_index(std::string_view member) {
  for (std::size_t i = 0; i < guideline_count; ++i) {
    if (guideline_numbers[i].member == member) return i;
  }
  return guideline_count;
}

static_assert(
    [] {
      for (const guideline_order& order : guideline_orders) {
        if (record_index(order.lower) == guideline_count) return false;
        if (record_index(order.upper) == guideline_count) return false;
      }
      return true;
    }(),
    "guideline_orders names members that have records");

// The number a slot holds, as one integer to compare: micrometres, days, hours, months, years,
// passes or sessions (no limit: the largest).
constexpr std::int64_t number_in(const guideline_slot& slot, guidelines& g) {
  switch (slot.kind) {
    case guideline_kind::needle: return slot.needle(g).micrometres();
    case guideline_kind::days: return slot.days(g).count();
    case guideline_kind::hours: return slot.hours(g).count();
    case guideline_kind::months: return slot.months(g).count();
    case guideline_kind::years: return slot.years(g).count();
    case guideline_kind::passes: return slot.passes(g).count();
    case guideline_kind::sessions: {
      const std::size_t sessions = slot.sessions(g);
      return sessions == SIZE_MAX ? INT64_MAX : static_cast<std::int64_t>(sessions);
    }
    case guideline_kind::none:
    case guideline_kind::optional_needle:
    case guideline_kind::goals:
    case guideline_kind::rules: break;
  }
  return 0;
}

constexpr bool later(source_position a, source_position b) {
  return a.line != b.line ? a.line > b.line : a.column > b.column;
}

// A set that contradicts itself: "rest_between_sessions.shortest, 63 days (9 weeks), is more
// than rest_between_sessions.longest, 56 days (8 weeks)".
constexpr bool check_orders(guideline_file_reader& read, source_position opened) {
  for (const guideline_order& order : guideline_orders) {
    const std::size_t lower = record_index(order.lower);
    const std::size_t upper = record_index(order.upper);
    const guideline_number& low = guideline_numbers[lower];
    const guideline_number& high = guideline_numbers[upper];
    const source_position low_at = read.value_at[lower];
    const source_position high_at = read.value_at[upper];
    // The built-in sets agree with themselves; only what the file sets can contradict them.
    if (!low_at.known() && !high_at.known()) continue;
    const std::int64_t low_number = number_in(low.file, read.file.values);
    // No usual limit under a hard one: the hard limit is the only one.
    if (low_number == INT64_MAX || low_number <= number_in(high.file, read.file.values)) continue;
    source_position where = low_at.known() ? low_at : opened;
    if (high_at.known() && (!low_at.known() || later(high_at, low_at))) where = high_at;
    message_text message;
    message.append(low.member).append(", ").append(low.value(read.file.values));
    message.append(", is more than ").append(high.member).append(", ");
    message.append(high.value(read.file.values)).append("; the guidelines contradict themselves");
    return read.fail(where, message);
  }
  return true;
}

}  // namespace detail

constexpr guidelines_result parse_guidelines(std::string_view json) {
  guidelines_result result;
  protocol_positions unused_positions{};
  detail::protocol_reader reader{json, result.error_, unused_positions};
  detail::guideline_file_reader read{reader, result.file_};
  if (reader.next()) {
    const source_position opened = reader.token().position;
    if (reader.token().kind != json_token_kind::begin_object) {
      message_text message;
      message.append("a guideline file is one JSON object, beginning with '{'; found ");
      reader.fail(opened, message.append(describe(reader.token().kind)));
    } else {
      detail::member_path prefix;
      constexpr auto format = static_cast<std::size_t>(detail::file_field::format);
      if (read.read_members(prefix, 0)) {
        if (!read.field_at[format].known()) {
          reader.fail(opened, message_text{}.append("the guideline file has no \"format\", which "
                                                    "is required; add it, as in \"format\": "
                                                    "\"dermaroller-guidelines/1\""));
        } else if (detail::check_orders(read, opened)) {
          (void)reader.next();  // the JSON reader reports anything after the object
        }
      }
    }
  }
  result.ok_ = !reader.failed;
  return result;
}

}  // namespace dermaroller

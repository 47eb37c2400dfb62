// parse_protocol + validate() side by side with the C++ JSON libraries a user could pick
// instead, in one run, on the same files held in memory:
//
//   dermaroller       parse_protocol + validate()
//   simdjson OD+hand  simdjson On Demand + the hand-written checks of hand_checks.hpp
//   simdjson DOM      simdjson's DOM parse alone
//   RapidJSON         rapidjson::Document::Parse alone (UTF-8 validated)
//   RapidJSON+schema  Document::Parse + SchemaValidator against bench/protocol.schema.json
//   nlohmann+hand     nlohmann::json::parse + the same hand-written checks
//
// and two parts of dermaroller's own time: parse_protocol without validate(), and its JSON
// reader alone, walking every token of the file.
//
// Before timing, each contender gives its verdict on every file, and the program stops with
// status 1 when one disagrees with dermaroller where it should agree. After timing, it prints
// each contender's CPU time per file and its ratio to dermaroller's.
//
//   compare_bench [benchmark options] [FILE.json...]
//
// Default files: examples/protocols/*.json, examples/protocols/invalid/*.json and
// tests/cli/protocols/*.json. bench/verdict-cases/*.json are edge cases of the format for the
// verdict check (`compare_bench --benchmark_filter=none bench/verdict-cases/*.json`). Default
// options: 10 interleaved repetitions (the medians are compared); any --benchmark_* option given
// overrides them.
#include <benchmark/benchmark.h>
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/schema.h>
#include <simdjson.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <dermaroller/dermaroller.hpp>

#include "hand_checks.hpp"

namespace {

using hand_checks::problem;

// The hand checks write the rule codes out again, as a user would, for the waivers; a rule
// added to dermaroller must be added there too, or a waiver of it would be refused.
static_assert(
    [] {
      const auto rules = dermaroller::enum_names(dermaroller::rule{});
      if (rules.size() != hand_checks::rule_codes.size()) return false;
      for (std::size_t i = 0; i < rules.size(); ++i) {
        if (rules[i].name != hand_checks::rule_codes[i]) return false;
      }
      return true;
    }(),
    "hand_checks::rule_codes must list dermaroller's rule codes, in order");

struct protocol_file {
  std::string name;  // relative to the folder it came from, for the tables
  std::string text;
  simdjson::padded_string padded;  // simdjson reads past the end; padded once, before timing
};

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in{path, std::ios::binary};
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// A file's name as the tables show it: from the repository's root when it is inside.
std::string display_name(const std::filesystem::path& path) {
  const std::filesystem::path from_source =
      std::filesystem::absolute(path).lexically_relative(DERMAROLLER_BENCH_SOURCE);
  const bool inside = !from_source.empty() && *from_source.begin() != "..";
  return inside ? from_source.string() : path.string();
}

std::vector<protocol_file> read_files(const std::vector<std::filesystem::path>& paths) {
  std::vector<protocol_file> files;
  for (const auto& path : paths) {
    std::string text = read_text(path);
    simdjson::padded_string padded{text};
    files.push_back({display_name(path), std::move(text), std::move(padded)});
  }
  return files;
}

std::vector<std::filesystem::path> default_paths() {
  std::vector<std::filesystem::path> paths;
  for (const char* folder : {DERMAROLLER_BENCH_SOURCE "/examples/protocols",
                             DERMAROLLER_BENCH_SOURCE "/examples/protocols/invalid",
                             DERMAROLLER_BENCH_SOURCE "/tests/cli/protocols"}) {
    std::vector<std::filesystem::path> in_folder;
    for (const auto& entry : std::filesystem::directory_iterator{folder}) {
      if (entry.path().extension() == ".json") in_folder.push_back(entry.path());
    }
    std::sort(in_folder.begin(), in_folder.end());
    paths.insert(paths.end(), in_folder.begin(), in_folder.end());
  }
  return paths;
}

// ---- the contenders: each gives a verdict on one file, nullptr when it accepts it ----------

class dermaroller_contender {
 public:
  static problem check(const protocol_file& file) {
    const auto parsed = dermaroller::parse_protocol(file.text);
    if (!parsed.ok()) return "input error";
    return dermaroller::validate(parsed.value()).ok() ? nullptr : "a rule of severity error";
  }
};

// Two parts of dermaroller's time, timed beside the rest to show where it goes: the protocol
// reader without validate(), and the JSON reader under it alone, walking every token.
class dermaroller_parse_alone_contender {
 public:
  static problem check(const protocol_file& file) {
    return dermaroller::parse_protocol(file.text).ok() ? nullptr : "input error";
  }
};

class dermaroller_json_tokens_contender {
 public:
  static problem check(const protocol_file& file) {
    dermaroller::json_reader reader{file.text};
    while (true) {
      switch (reader.next().kind) {
        case dermaroller::json_token_kind::end_of_input: return nullptr;
        case dermaroller::json_token_kind::error: return "not JSON";
        default: break;
      }
    }
  }
};

// dermaroller's verdict in words, for the tables: empty when it accepts the file, else its
// input error or the code of its first error finding that no waiver accepts.
std::string dermaroller_verdict(const protocol_file& file) {
  const auto parsed = dermaroller::parse_protocol(file.text);
  if (!parsed.ok()) return std::string{parsed.error().message.view()};
  for (const dermaroller::diagnostic& finding : dermaroller::validate(parsed.value())) {
    // A waived error does not reject the course, as validate().ok() says.
    if (finding.severity == dermaroller::severity::error && !finding.waived()) {
      return std::string{code(finding.rule)};
    }
  }
  return {};
}

// simdjson On Demand: the document is walked once, each field's key looked up and its value
// read with the type the format wants; hand_checks does the rest.
class simdjson_on_demand_contender {
 public:
  problem check(const protocol_file& file) {
    simdjson::ondemand::document document;
    if (parser_.iterate(file.padded).get(document) != simdjson::SUCCESS) return "not JSON";
    simdjson::ondemand::object object;
    if (document.get_object().get(object) != simdjson::SUCCESS) return "not an object";
    hand_checks::course_record course;
    if (const problem found = read_course(object, course)) return found;
    const char* after = nullptr;  // found only when text follows the object
    if (document.current_location().get(after) == simdjson::SUCCESS) return "text after the object";
    return hand_checks::finish(course);
  }

 private:
  using value = simdjson::ondemand::value;

  template <class Key>
  static problem read_key(simdjson::simdjson_result<simdjson::ondemand::field> result,
                          std::uint32_t& seen, Key (*find)(std::string_view), Key& key,
                          value& read) {
    simdjson::ondemand::field field;
    if (std::move(result).get(field) != simdjson::SUCCESS) return "not JSON";
    std::string_view name;
    if (field.unescaped_key().get(name) != simdjson::SUCCESS) return "not JSON";
    key = find(name);
    if (key == Key::unknown) return "unknown field";
    if (hand_checks::seen_before(seen, key)) return "duplicate field";
    read = field.value();
    return nullptr;
  }

  // The value of `key`, of the kind the format wants, handed to hand_checks.
  template <class Record, class Key>
  static problem read_value(Record& record, Key key, value& read) {
    switch (hand_checks::kind_of(key)) {
      case hand_checks::value_kind::string: {
        std::string_view text;
        if (read.get_string().get(text) != simdjson::SUCCESS) return "not a string";
        return hand_checks::read_string(record, key, text);
      }
      case hand_checks::value_kind::boolean: {
        bool flag = false;
        if (read.get_bool().get(flag) != simdjson::SUCCESS) return "not true or false";
        return hand_checks::read_boolean(record, key, flag);
      }
      case hand_checks::value_kind::integer: {
        std::int64_t number = 0;
        if (read.get_int64().get(number) != simdjson::SUCCESS) return "not a whole number";
        return hand_checks::read_integer(record, key, number);
      }
      case hand_checks::value_kind::list:
      case hand_checks::value_kind::object: break;
    }
    return "not a list or an object";
  }

  static problem read_course(simdjson::ondemand::object& object, hand_checks::course_record& c) {
    std::uint32_t seen = 0;
    for (auto result : object) {
      hand_checks::course_key key{};
      value read;
      if (const problem found = read_key(result, seen, hand_checks::find_course_key, key, read)) {
        return found;
      }
      problem found = nullptr;
      switch (key) {
        case hand_checks::course_key::sessions:
          c.has_sessions = true;
          found = read_list(read, c.sessions, c.session_count, "too many sessions to read",
                            hand_checks::find_session_key);
          break;
        case hand_checks::course_key::aftercare: {
          std::array<hand_checks::aftercare_record, hand_checks::most_aftercare_steps> steps{};
          std::size_t count = 0;
          found = read_list(read, steps, count, "too many aftercare steps",
                            hand_checks::find_aftercare_key);
          break;
        }
        case hand_checks::course_key::waivers:
          found = read_list(read, c.waivers, c.waiver_count, "too many waivers",
                            hand_checks::find_waiver_key);
          break;
        case hand_checks::course_key::patient: {
          std::uint32_t patient_seen = 0;
          found =
              read_fields(read, c.patient.emplace(), hand_checks::find_patient_key, patient_seen);
          break;
        }
        default: found = read_value(c, key, read);
      }
      if (found != nullptr) return found;
    }
    return nullptr;
  }

  // An object's fields into `record`: each key looked up, its value read by hand_checks.
  // `read` is a value, or a list's item (a value or an error).
  template <class Value, class Record, class Key>
  static problem read_fields(Value& read, Record& record, Key (*find)(std::string_view),
                             std::uint32_t& seen) {
    simdjson::ondemand::object object;
    if (read.get_object().get(object) != simdjson::SUCCESS) return "not an object";
    for (auto result : object) {
      Key key{};
      value field_value;
      if (const problem found = read_key(result, seen, find, key, field_value)) return found;
      if (const problem found = read_value(record, key, field_value)) return found;
    }
    return nullptr;
  }

  // A list of objects, each read into the next of `records`.
  template <class Record, std::size_t N, class Key>
  static problem read_list(value& read, std::array<Record, N>& records, std::size_t& count,
                           problem too_many, Key (*find)(std::string_view)) {
    simdjson::ondemand::array list;
    if (read.get_array().get(list) != simdjson::SUCCESS) return "not a list";
    for (auto item : list) {
      if (count == N) return too_many;
      std::uint32_t seen = 0;
      if (const problem found = read_fields(item, records[count++], find, seen)) return found;
      if constexpr (std::is_same_v<Key, hand_checks::aftercare_key>) {
        if (!hand_checks::has_step(seen)) return "an aftercare step without its step";
      }
    }
    return nullptr;
  }

  simdjson::ondemand::parser parser_;
};

class simdjson_dom_contender {
 public:
  problem check(const protocol_file& file) {
    simdjson::dom::element root;
    return parser_.parse(file.padded).get(root) == simdjson::SUCCESS ? nullptr : "not JSON";
  }

 private:
  simdjson::dom::parser parser_;
};

constexpr unsigned rapidjson_flags = rapidjson::kParseValidateEncodingFlag;

class rapidjson_parse_contender {
 public:
  problem check(const protocol_file& file) {
    rapidjson::Document document;
    document.Parse<rapidjson_flags>(file.text.data(), file.text.size());
    return document.HasParseError() ? "not JSON" : nullptr;
  }
};

// RapidJSON 1.1 knows JSON Schema draft-04; the schema is draft-07. Its two draft-07 keywords
// are rewritten into their draft-04 equivalents, without which RapidJSON would ignore them:
// {"const": x} into {"enum": [x]}, {"if": A, "then": B} into {"anyOf": [{"not": A}, B]}.
void rewrite_as_draft_04(rapidjson::Value& schema, rapidjson::Document::AllocatorType& memory) {
  if (schema.IsArray()) {
    for (auto& item : schema.GetArray()) rewrite_as_draft_04(item, memory);
    return;
  }
  if (!schema.IsObject()) return;
  // By index and by name: RapidJSON 1.1's member iterators compare ambiguously in C++20.
  for (rapidjson::SizeType i = 0; i < schema.MemberCount(); ++i) {
    rewrite_as_draft_04((schema.MemberBegin() + i)->value, memory);
  }
  if (schema.HasMember("const")) {
    rapidjson::Value one_of(rapidjson::kArrayType);
    one_of.PushBack(schema["const"], memory);
    schema.RemoveMember("const");
    schema.AddMember("enum", one_of, memory);
  }
  if (schema.HasMember("if") && schema.HasMember("then")) {
    if (schema.HasMember("else") || schema.HasMember("anyOf")) {
      std::fprintf(stderr, "compare_bench: the schema's if/then cannot be rewritten here\n");
      std::exit(1);
    }
    rapidjson::Value negated(rapidjson::kObjectType);
    negated.AddMember("not", schema["if"], memory);
    rapidjson::Value either(rapidjson::kArrayType);
    either.PushBack(negated, memory).PushBack(schema["then"], memory);
    schema.RemoveMember("if");
    schema.RemoveMember("then");
    schema.AddMember("anyOf", either, memory);
  }
}

class rapidjson_schema_contender {
 public:
  explicit rapidjson_schema_contender(const rapidjson::Document& schema)
      : schema_{schema}, validator_{schema_} {}

  problem check(const protocol_file& file) {
    rapidjson::Document document;
    document.Parse<rapidjson_flags>(file.text.data(), file.text.size());
    if (document.HasParseError()) return "not JSON";
    validator_.Reset();
    return document.Accept(validator_) ? nullptr : "against the schema";
  }

 private:
  rapidjson::SchemaDocument schema_;
  rapidjson::SchemaValidator validator_;
};

// nlohmann::json: the same checks over the parsed tree. Its objects keep one value per key
// (the last), so a duplicate field cannot be seen.
class nlohmann_contender {
 public:
  problem check(const protocol_file& file) {
    const nlohmann::json document = nlohmann::json::parse(file.text, nullptr, false);
    if (document.is_discarded()) return "not JSON";
    if (!document.is_object()) return "not an object";
    hand_checks::course_record course;
    for (const auto& [name, field] : document.items()) {
      const auto key = hand_checks::find_course_key(name);
      if (key == hand_checks::course_key::unknown) return "unknown field";
      problem found = nullptr;
      switch (key) {
        case hand_checks::course_key::sessions:
          course.has_sessions = true;
          found = read_list(field, course.sessions, course.session_count,
                            "too many sessions to read", hand_checks::find_session_key);
          break;
        case hand_checks::course_key::aftercare: {
          std::array<hand_checks::aftercare_record, hand_checks::most_aftercare_steps> steps{};
          std::size_t count = 0;
          found = read_list(field, steps, count, "too many aftercare steps",
                            hand_checks::find_aftercare_key);
          break;
        }
        case hand_checks::course_key::waivers:
          found = read_list(field, course.waivers, course.waiver_count, "too many waivers",
                            hand_checks::find_waiver_key);
          break;
        case hand_checks::course_key::patient: {
          std::uint32_t patient_seen = 0;
          found = read_fields(field, course.patient.emplace(), hand_checks::find_patient_key,
                              patient_seen);
          break;
        }
        default: found = read_value(course, key, field);
      }
      if (found != nullptr) return found;
    }
    return hand_checks::finish(course);
  }

 private:
  template <class Record, class Key>
  static problem read_value(Record& record, Key key, const nlohmann::json& field) {
    switch (hand_checks::kind_of(key)) {
      case hand_checks::value_kind::string:
        if (!field.is_string()) return "not a string";
        return hand_checks::read_string(record, key, field.get_ref<const std::string&>());
      case hand_checks::value_kind::boolean:
        if (!field.is_boolean()) return "not true or false";
        return hand_checks::read_boolean(record, key, field.get<bool>());
      case hand_checks::value_kind::integer:
        if (!field.is_number_integer()) return "not a whole number";
        return hand_checks::read_integer(record, key, field.get<std::int64_t>());
      case hand_checks::value_kind::list:
      case hand_checks::value_kind::object: break;
    }
    return "not a list or an object";
  }

  // An object's fields into `record`; `seen` tells which keys it had.
  template <class Record, class Key>
  static problem read_fields(const nlohmann::json& object, Record& record,
                             Key (*find)(std::string_view), std::uint32_t& seen) {
    if (!object.is_object()) return "not an object";
    for (const auto& [name, field] : object.items()) {
      const Key key = find(name);
      if (key == Key::unknown) return "unknown field";
      hand_checks::seen_before(seen, key);
      if (const problem found = read_value(record, key, field)) return found;
    }
    return nullptr;
  }

  // A list of objects, each read into the next of `records`.
  template <class Record, std::size_t N, class Key>
  static problem read_list(const nlohmann::json& list, std::array<Record, N>& records,
                           std::size_t& count, problem too_many, Key (*find)(std::string_view)) {
    if (!list.is_array()) return "not a list";
    if (list.size() > N) return too_many;
    for (const nlohmann::json& item : list) {
      std::uint32_t seen = 0;
      if (const problem found = read_fields(item, records[count++], find, seen)) return found;
      if constexpr (std::is_same_v<Key, hand_checks::aftercare_key>) {
        if (!hand_checks::has_step(seen)) return "an aftercare step without its step";
      }
    }
    return nullptr;
  }
};

// ---- what each contender is expected to say --------------------------------------------

// Which of dermaroller's rejections a contender can express.
enum class reach : std::uint8_t {
  everything,          // the format, dates, rests against dates, the error rules, waivers
  all_but_duplicates,  // the same, over a library that keeps one value per key
  json_syntax,         // only whether the text is JSON
  format,              // the format and the dates, but none of the rules
  schema,              // what the JSON Schema states (bench/protocol.schema.json)
};

struct contender_row {
  std::string name;   // the benchmark's name
  std::string label;  // the table's first column
  std::string does;   // its second
  reach expected;
};

// Files dermaroller rejects for a reason the schema cannot state (docs/performance.md, "What
// the JSON Schema says, and what it cannot"), by name.
const std::map<std::string, std::string> beyond_the_schema{
    {"impossible-date.json", "a pattern cannot tell whether a day exists"},
    {"rest-disagrees-with-dates.json", "days between the dates of two items"},
    {"same-date-twice.json", "days between the dates of two items"},
    {"date-year-zero.json", "a pattern cannot tell whether a day exists"},
    {"date-worked-out-past-9999.json", "dates worked out from rests"},
    {"rest-past-3650-days.json", "the format's upper limits are not stated"},
    {"needle-finer-than-a-micrometre.json", "a pattern over digits cannot count micrometres"},
    {"rest-on-first-session.json", "the first session's rest is not stated"},
    {"name-past-120-bytes.json", "maxLength counts characters, not bytes"},
    {"patient-isotretinoin-impossible-date.json", "a pattern cannot tell whether a day exists"},
    {"waiver-impossible-date.json", "a pattern cannot tell whether a day exists"},
    {"waiver-for-session-past-the-course.json", "a waiver's session against the sessions counted"},
};

// Whether one of the file's waivers names the rule whose code dermaroller rejects the file with:
// the schema lets any such waiver accept the rule's findings, as it cannot match the session a
// waiver names to the session of a finding.
bool a_waiver_names(const protocol_file& file, const std::string& rejected_with) {
  const auto parsed = dermaroller::parse_protocol(file.text);
  if (!parsed.ok()) return false;
  const auto& waivers = parsed.value().waivers;
  return std::any_of(waivers.begin(), waivers.end(), [&](const dermaroller::waiver& accepted) {
    return code(accepted.rule) == rejected_with;
  });
}

struct verdict_totals {
  int disagreements = 0;
};

// Why `contender` may accept a file dermaroller rejects with `message`; empty when it may not.
std::string allowance(reach expected, const protocol_file& file, const std::string& message) {
  const bool duplicate = message.starts_with("duplicate field");
  // nlohmann::json and RapidJSON skip a UTF-8 byte-order mark, which RFC 8259 lets them do.
  const bool byte_order_mark = file.text.starts_with("\xEF\xBB\xBF");
  switch (expected) {
    case reach::everything: break;
    case reach::all_but_duplicates:
      if (duplicate) return "a duplicate key";
      if (byte_order_mark) return "skips a byte-order mark";
      break;
    case reach::json_syntax:
      if (nlohmann::json::accept(file.text)) return "JSON syntax only";
      break;
    case reach::format:
      if (dermaroller::parse_protocol(file.text).ok()) return "no rules checked";
      break;
    case reach::schema:
      if (duplicate) return "a duplicate key";
      if (byte_order_mark) return "skips a byte-order mark";
      if (const auto it = beyond_the_schema.find(std::filesystem::path{file.name}.filename());
          it != beyond_the_schema.end()) {
        return it->second;
      }
      if (a_waiver_names(file, message)) return "a waiver names the rule, for another session";
      break;
  }
  return {};
}

// The messages of dermaroller's rejections, empty where it accepts.
using reference_verdicts = std::vector<std::string>;

template <class Contender>
void verdict_row(const std::string& name, reach expected, Contender& contender,
                 const std::vector<protocol_file>& files, const reference_verdicts& reference,
                 verdict_totals& totals) {
  std::printf("\n%s\n", name.c_str());
  for (std::size_t i = 0; i < files.size(); ++i) {
    const problem says = contender.check(files[i]);
    const bool dermaroller_accepts = reference[i].empty();
    const std::string allowance =
        dermaroller_accepts ? std::string{} : ::allowance(expected, files[i], reference[i]);
    const bool agrees = (says == nullptr) == dermaroller_accepts;
    const char* mark = agrees ? "agrees" : (allowance.empty() ? "DISAGREES" : "cannot express");
    if (!agrees && allowance.empty()) ++totals.disagreements;
    std::printf("  %-58s %-8s %-15s %s\n", files[i].name.c_str(),
                says == nullptr ? "accepts" : "rejects", mark,
                agrees || allowance.empty() ? (says == nullptr ? "" : says) : allowance.c_str());
  }
}

// ---- timing and the table ----------------------------------------------------------------

// Keeps the median CPU time per file of each benchmark, as the console shows it.
class collecting_reporter : public benchmark::ConsoleReporter {
 public:
  explicit collecting_reporter(std::size_t files) : files_{files} {}

  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& run : runs) {
      const bool single = run.run_type == Run::RT_Iteration && run.repetitions <= 1;
      if (single || (run.run_type == Run::RT_Aggregate && run.aggregate_name == "median")) {
        ns_per_file_[run.run_name.function_name] =
            run.GetAdjustedCPUTime() * unit_to_ns(run.time_unit) / static_cast<double>(files_);
      }
    }
    ConsoleReporter::ReportRuns(runs);
  }

  [[nodiscard]] const std::map<std::string, double>& ns_per_file() const { return ns_per_file_; }

 private:
  static double unit_to_ns(benchmark::TimeUnit unit) {
    switch (unit) {
      case benchmark::kSecond: return 1e9;
      case benchmark::kMillisecond: return 1e6;
      case benchmark::kMicrosecond: return 1e3;
      case benchmark::kNanosecond: break;
    }
    return 1;
  }

  std::size_t files_;
  std::map<std::string, double> ns_per_file_;
};

template <class Contender>
void register_timing(const std::string& name, Contender& contender,
                     const std::vector<protocol_file>& files) {
  benchmark::RegisterBenchmark(name.c_str(), [&contender, &files](benchmark::State& state) {
    for (auto _ : state) {
      for (const protocol_file& file : files) benchmark::DoNotOptimize(contender.check(file));
    }
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(files.size()));
  });
}

// Interleaved repetitions by default; the caller's --benchmark_* options come after, so win.
std::vector<char*> with_default_options(int argc, char** argv, std::vector<std::string>& kept) {
  kept = {"--benchmark_repetitions=10", "--benchmark_enable_random_interleaving=true",
          "--benchmark_min_time=0.2", "--benchmark_report_aggregates_only=true"};
  std::vector<char*> arguments{argv[0]};
  for (std::string& option : kept) arguments.push_back(option.data());
  arguments.insert(arguments.end(), argv + 1, argv + argc);
  return arguments;
}

rapidjson::Document read_schema() {
  rapidjson::Document schema;
  const std::string text = read_text(DERMAROLLER_BENCH_SOURCE "/bench/protocol.schema.json");
  schema.Parse(text.data(), text.size());
  if (schema.HasParseError()) {
    std::fprintf(stderr, "compare_bench: bench/protocol.schema.json: %s at byte %zu\n",
                 rapidjson::GetParseError_En(schema.GetParseError()), schema.GetErrorOffset());
    std::exit(1);
  }
  rewrite_as_draft_04(schema, schema.GetAllocator());
  return schema;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> default_options;
  std::vector<char*> arguments = with_default_options(argc, argv, default_options);
  int count = static_cast<int>(arguments.size());
  benchmark::Initialize(&count, arguments.data());
  std::vector<std::filesystem::path> paths(arguments.begin() + 1, arguments.begin() + count);
  if (paths.empty()) paths = default_paths();
  const std::vector<protocol_file> files = read_files(paths);

  dermaroller_contender dermaroller_reader;
  simdjson_on_demand_contender on_demand;
  simdjson_dom_contender dom;
  rapidjson_parse_contender rapidjson_parse;
  const rapidjson::Document schema = read_schema();
  rapidjson_schema_contender rapidjson_schema{schema};
  nlohmann_contender nlohmann_hand;
  dermaroller_parse_alone_contender parse_alone;
  dermaroller_json_tokens_contender json_tokens;

  const std::vector<contender_row> rows{
      {"dermaroller", "`parse_protocol` + `validate`",
       "strict format, all rules, positions, messages", reach::everything},
      {"simdjson_on_demand_hand_checks", "simdjson On Demand + hand-written checks",
       "strict format, real dates, duplicate keys, error rules", reach::everything},
      {"simdjson_dom_parse", "simdjson DOM parse alone", "JSON syntax + UTF-8", reach::json_syntax},
      {"rapidjson_parse", "RapidJSON `Document::Parse` alone", "JSON syntax + UTF-8",
       reach::json_syntax},
      {"nlohmann_hand_checks", "nlohmann::json + hand-written checks",
       "as simdjson + hand checks, but merges duplicate keys", reach::all_but_duplicates},
      {"rapidjson_schema_validator", "RapidJSON + `SchemaValidator`",
       "JSON Schema (draft-07 rewritten as draft-04)", reach::schema},
      {"dermaroller_parse_alone", "part of ours: `parse_protocol` alone",
       "strict format, real dates, positions, messages; no rules", reach::format},
      {"dermaroller_json_tokens", "part of ours: its JSON reader alone, every token",
       "JSON syntax + UTF-8, positions", reach::json_syntax},
  };

  // The verdicts, before any timing.
  reference_verdicts reference;
  std::printf("simdjson: On Demand compiled for %s, DOM running %s\n",
              SIMDJSON_STRINGIFY(SIMDJSON_BUILTIN_IMPLEMENTATION),
              simdjson::get_active_implementation()->name().c_str());
  std::printf("verdicts on %zu files (dermaroller's is the reference)\n", files.size());
  std::printf("\ndermaroller\n");
  for (const protocol_file& file : files) {
    reference.push_back(dermaroller_verdict(file));
    const bool accepts = reference.back().empty();
    if (accepts != (dermaroller_contender::check(file) == nullptr)) {
      std::fprintf(stderr, "compare_bench: two verdicts of dermaroller on %s\n", file.name.c_str());
      return 1;
    }
    std::printf("  %-58s %-8s %s\n", file.name.c_str(), accepts ? "accepts" : "rejects",
                reference.back().c_str());
  }
  verdict_totals totals;
  verdict_row(rows[1].name, rows[1].expected, on_demand, files, reference, totals);
  verdict_row(rows[2].name, rows[2].expected, dom, files, reference, totals);
  verdict_row(rows[3].name, rows[3].expected, rapidjson_parse, files, reference, totals);
  verdict_row(rows[4].name, rows[4].expected, nlohmann_hand, files, reference, totals);
  verdict_row(rows[5].name, rows[5].expected, rapidjson_schema, files, reference, totals);
  verdict_row(rows[6].name, rows[6].expected, parse_alone, files, reference, totals);
  verdict_row(rows[7].name, rows[7].expected, json_tokens, files, reference, totals);
  if (totals.disagreements > 0) {
    std::fprintf(stderr, "\ncompare_bench: %d verdicts disagree with dermaroller's, see above\n",
                 totals.disagreements);
    return 1;
  }
  std::printf("\nevery contender agrees where it should\n\n");

  register_timing(rows[0].name, dermaroller_reader, files);
  register_timing(rows[1].name, on_demand, files);
  register_timing(rows[2].name, dom, files);
  register_timing(rows[3].name, rapidjson_parse, files);
  register_timing(rows[4].name, nlohmann_hand, files);
  register_timing(rows[5].name, rapidjson_schema, files);
  register_timing(rows[6].name, parse_alone, files);
  register_timing(rows[7].name, json_tokens, files);

  collecting_reporter reporter{files.size()};
  benchmark::RunSpecifiedBenchmarks(&reporter);
  benchmark::Shutdown();

  const auto& times = reporter.ns_per_file();
  const auto ours = times.find(rows[0].name);
  if (ours == times.end()) return 0;  // filtered out: no ratios to give
  std::printf("\n| contender | does | CPU time per file | vs `parse_protocol` + `validate` |\n");
  std::printf("|---|---|---|---|\n");
  for (const contender_row& row : rows) {
    const auto time = times.find(row.name);
    if (time == times.end()) continue;
    std::printf("| %s | %s | %.0f ns | %.2fx |\n", row.label.c_str(), row.does.c_str(),
                time->second, time->second / ours->second);
  }
  std::printf("\n%zu files, %zu bytes\n", files.size(), [&] {
    std::size_t bytes = 0;
    for (const protocol_file& file : files) bytes += file.text.size();
    return bytes;
  }());
  return 0;
}

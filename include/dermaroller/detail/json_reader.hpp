#pragma once
// A small pull reader for strict JSON (RFC 8259) over a std::string_view: it hands out one
// token at a time with its line and column, and stops at the first error with a sentence and
// a position. Usable in constant expressions; no allocation, no exceptions, and no recursion:
// nesting is tracked on a fixed stack, so 100,000 nested brackets are an error, not a crash.
//
// Positions: lines are counted by '\n' and start at 1; a column is 1 + the number of code
// points (not bytes) before it on its line, which is what most editors show for UTF-8 text.
// A tab counts as one column.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dermaroller/detail/fixed_array.hpp"
#include "dermaroller/detail/maybe.hpp"
#include "dermaroller/detail/message_text.hpp"
#include "dermaroller/detail/utf8.hpp"
#include "dermaroller/detail/word_at_a_time.hpp"

// Marks the functions that report errors (cold: out of line and optimised for size), and those
// for rarer input (out of line), so that the functions reading common text stay small.
#if defined(__GNUC__)
#define DERMAROLLER_COLD [[gnu::cold, gnu::noinline]]
#define DERMAROLLER_OUT_OF_LINE [[gnu::noinline]]
#define DERMAROLLER_ALWAYS_INLINE [[gnu::always_inline]]
#else
#define DERMAROLLER_ALWAYS_INLINE
#define DERMAROLLER_COLD
#define DERMAROLLER_OUT_OF_LINE
#endif

namespace dermaroller {

// 1-based; 0 means unknown.
struct source_position {
  std::uint32_t line{0};
  std::uint32_t column{0};

  [[nodiscard]] constexpr bool known() const { return line != 0; }
  friend constexpr bool operator==(const source_position&, const source_position&) = default;
};

// What went wrong, and where.
struct parse_error {
  message_text message;
  std::uint32_t line{0};
  std::uint32_t column{0};

  [[nodiscard]] constexpr source_position position() const { return {line, column}; }
};

enum class json_token_kind : std::uint8_t {
  begin_object,
  end_object,
  begin_array,
  end_array,
  key,     // a string in the place of an object's field name
  string,  // a string value
  number,
  true_value,
  false_value,
  null_value,
  end_of_input,  // after the one top-level value, and only whitespace after it
  error,         // see json_reader::error(); every later call returns it again
};

// "a string", "an object": for messages such as "expected a number, found a string".
[[nodiscard]] constexpr std::string_view describe(json_token_kind kind) {
  switch (kind) {
    case json_token_kind::begin_object: return "an object";
    case json_token_kind::end_object: return "the end of an object";
    case json_token_kind::begin_array: return "an array";
    case json_token_kind::end_array: return "the end of an array";
    case json_token_kind::key: return "a field name";
    case json_token_kind::string: return "a string";
    case json_token_kind::number: return "a number";
    case json_token_kind::true_value: return "true";
    case json_token_kind::false_value: return "false";
    case json_token_kind::null_value: return "null";
    case json_token_kind::end_of_input: return "the end of the text";
    case json_token_kind::error: return "an error";
  }
  return "";
}

struct json_token {
  json_token_kind kind{json_token_kind::error};
  // For strings and keys, the text between the quotes with its escapes still written out
  // (see for_each_decoded_byte); for numbers, the number as written; else empty.
  std::string_view text;
  bool has_escapes{false};  // strings and keys: whether `text` contains a backslash
  source_position position;
};

// Calls `sink(char)` with each byte of the string a JSON string's `text` stands for, with
// escapes resolved (\u escapes become UTF-8). Stops, returning false, as soon as `sink`
// returns false. Expects text the reader has already checked.
template <class Sink>
constexpr bool for_each_decoded_byte(std::string_view text, Sink&& sink) {
  const auto hex_value = [](char c) -> std::uint32_t {
    if (c >= '0' && c <= '9') return static_cast<std::uint32_t>(c - '0');
    if (c >= 'a' && c <= 'f') return static_cast<std::uint32_t>(c - 'a' + 10);
    return static_cast<std::uint32_t>(c - 'A' + 10);
  };
  const auto four_hex = [&](std::size_t at) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i) value = value * 16 + hex_value(text[at + i]);
    return value;
  };
  std::size_t i = 0;
  while (i < text.size()) {
    if (text[i] != '\\') {
      if (!sink(text[i])) return false;
      ++i;
      continue;
    }
    const char escaped = text[i + 1];
    if (escaped != 'u') {
      char byte = escaped;  // '"', '\\' and '/' stand for themselves
      switch (escaped) {
        case 'b': byte = '\b'; break;
        case 'f': byte = '\f'; break;
        case 'n': byte = '\n'; break;
        case 'r': byte = '\r'; break;
        case 't': byte = '\t'; break;
        default: break;
      }
      if (!sink(byte)) return false;
      i += 2;
      continue;
    }
    std::uint32_t code_point = four_hex(i + 2);
    i += 6;
    if (code_point >= 0xD800 && code_point <= 0xDBFF) {  // a surrogate pair, checked by the reader
      code_point = 0x10000 + ((code_point - 0xD800) << 10) + (four_hex(i + 2) - 0xDC00);
      i += 6;
    }
    fixed_array<char, 4> bytes{};
    std::size_t count = 0;
    if (code_point < 0x80) {
      bytes[count++] = static_cast<char>(code_point);
    } else if (code_point < 0x800) {
      bytes[count++] = static_cast<char>(0xC0 | (code_point >> 6));
      bytes[count++] = static_cast<char>(0x80 | (code_point & 0x3F));
    } else if (code_point < 0x10000) {
      bytes[count++] = static_cast<char>(0xE0 | (code_point >> 12));
      bytes[count++] = static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
      bytes[count++] = static_cast<char>(0x80 | (code_point & 0x3F));
    } else {
      bytes[count++] = static_cast<char>(0xF0 | (code_point >> 18));
      bytes[count++] = static_cast<char>(0x80 | ((code_point >> 12) & 0x3F));
      bytes[count++] = static_cast<char>(0x80 | ((code_point >> 6) & 0x3F));
      bytes[count++] = static_cast<char>(0x80 | (code_point & 0x3F));
    }
    for (std::size_t b = 0; b < count; ++b) {
      if (!sink(bytes[b])) return false;
    }
  }
  return true;
}

// A decoded string kept in a fixed buffer; `complete` is false when it was longer than the
// buffer, which then holds its beginning.
template <std::size_t Capacity>
struct decoded_string {
  fixed_array<char, Capacity> chars{};
  std::size_t size{0};
  bool complete{true};

  [[nodiscard]] constexpr std::string_view view() const { return {chars.data(), size}; }
};

template <std::size_t Capacity>
[[nodiscard]] constexpr decoded_string<Capacity> decode(const json_token& token) {
  decoded_string<Capacity> result;
  if (!token.has_escapes) {
    const std::size_t kept = token.text.size() < Capacity ? token.text.size() : Capacity;
    for (std::size_t i = 0; i < kept; ++i) result.chars[i] = token.text[i];
    result.size = kept;
    result.complete = kept == token.text.size();
    return result;
  }
  result.complete = for_each_decoded_byte(token.text, [&](char c) {
    if (result.size == Capacity) return false;
    result.chars[result.size++] = c;
    return true;
  });
  return result;
}

// What a JSON number is as a whole number, however it is written: "1000", "1e3", "1000.0" and
// "1.0e3" are all the whole number 1000, "1.5" and "1e-3" are not whole, and
// "9223372036854775808" is whole but past `value`'s range (+-10^15). Expects a number the
// reader has already checked.
struct whole_number {
  bool whole{false};
  bool within_range{false};  // whole, and within +-10^15: `value` holds it
  bool digits_only{false};   // written with neither a fraction nor an exponent
  std::int64_t value{0};
};
[[nodiscard]] constexpr whole_number read_whole_number(std::string_view number) {
  constexpr std::int64_t largest = 1'000'000'000'000'000;
  constexpr std::int64_t longest_exponent = 1'000'000;  // 10^1000000 is past any range anyway
  whole_number result;
  const bool negative = !number.empty() && number.front() == '-';
  if (negative) number.remove_prefix(1);
  std::size_t end = 0;
  while (end < number.size() && number[end] >= '0' && number[end] <= '9') ++end;
  const std::string_view whole_digits = number.substr(0, end);
  if (whole_digits.empty()) return result;  // not a number
  std::string_view fraction_digits;
  if (end < number.size() && number[end] == '.') {
    const std::size_t from = ++end;
    while (end < number.size() && number[end] >= '0' && number[end] <= '9') ++end;
    fraction_digits = number.substr(from, end - from);
  }
  std::int64_t exponent = 0;
  if (end < number.size() && (number[end] == 'e' || number[end] == 'E')) {
    ++end;
    const bool negative_exponent = end < number.size() && number[end] == '-';
    if (end < number.size() && (number[end] == '-' || number[end] == '+')) ++end;
    for (; end < number.size(); ++end) {
      exponent = exponent * 10 + (number[end] - '0');
      if (exponent > longest_exponent) exponent = longest_exponent;
    }
    if (negative_exponent) exponent = -exponent;
  }
  result.digits_only = end == whole_digits.size() && fraction_digits.empty();
  // The number is the digits of whole_digits and fraction_digits, times 10^shift.
  const auto digit = [&](std::size_t i) {
    return i < whole_digits.size() ? whole_digits[i] : fraction_digits[i - whole_digits.size()];
  };
  std::size_t first = 0;                                            // the first digit other than 0
  std::size_t last = whole_digits.size() + fraction_digits.size();  // past the last other than 0
  while (first < last && digit(first) == '0') ++first;
  while (last > first && digit(last - 1) == '0') --last;
  const std::int64_t shift =
      exponent - static_cast<std::int64_t>(fraction_digits.size()) +
      static_cast<std::int64_t>(whole_digits.size() + fraction_digits.size() - last);
  if (first == last) {  // zero, however written
    result.whole = result.within_range = true;
    return result;
  }
  if (shift < 0) return result;  // a digit other than 0 after the decimal point
  result.whole = true;
  if (static_cast<std::int64_t>(last - first) + shift > 16) return result;  // past 10^16
  std::int64_t value = 0;
  for (std::size_t i = first; i < last; ++i) value = value * 10 + (digit(i) - '0');
  for (std::int64_t i = 0; i < shift; ++i) value *= 10;
  if (value > largest) return result;
  result.within_range = true;
  result.value = negative ? -value : value;
  return result;
}

// A JSON number as a whole number, when it is written as one (no fraction, no exponent) and
// lies within +-10^15; otherwise nothing.
[[nodiscard]] constexpr maybe<std::int64_t> integer_value(std::string_view number) {
  const whole_number read = read_whole_number(number);
  if (!read.digits_only || !read.within_range) return {};
  return read.value;
}

// The reader.
class json_reader {
 public:
  // More than any document this library reads needs; a reader may be given less.
  static constexpr std::size_t depth_capacity = 64;

  constexpr explicit json_reader(std::string_view text, std::size_t max_depth = depth_capacity)
      : text_{text}, max_depth_{max_depth < depth_capacity ? max_depth : depth_capacity} {}

  // The next token. After an error, or the end of the input, returns the same again. The
  // reference stays valid, and the token unchanged, until the next call.
  constexpr const json_token& next() {
    if (failed_) return token_;
    after_last_ = offset_;
    skip_whitespace();
    switch (expecting_) {
      case expect::colon:
        if (!at(':')) return fail_here("expected ':' after the field name");
        advance(1);
        skip_whitespace();
        return read_value(false);
      case expect::comma_or_end: return read_after_value();
      case expect::key_or_end:
        if (at('}')) return close(json_token_kind::end_object);
        return read_key(false);
      case expect::key: return read_key(true);
      case expect::value_or_end:
        if (at(']')) return close(json_token_kind::end_array);
        return read_value(false);
      case expect::value: return read_value(false);
      case expect::nothing: return emit(json_token_kind::end_of_input, here());
    }
    return token_;
  }

  // The token the last call to next() returned.
  [[nodiscard]] constexpr const json_token& token() const { return token_; }
  [[nodiscard]] constexpr bool failed() const { return failed_; }
  [[nodiscard]] constexpr const parse_error& error() const { return error_; }
  // How many objects and arrays are open.
  [[nodiscard]] constexpr std::size_t depth() const { return depth_; }
  // Where the reader is: just after the last token it returned.
  [[nodiscard]] constexpr source_position position() const { return here(); }

 private:
  enum class expect : std::uint8_t {
    value,         // the top-level value, an array element after ',', a field's value
    value_or_end,  // just after '['
    key_or_end,    // just after '{'
    key,           // after ',' in an object
    colon,         // after a key
    comma_or_end,  // after a value
    nothing,       // after the top-level value
  };

  std::string_view text_;
  std::size_t max_depth_;
  std::size_t offset_{0};
  std::uint32_t line_{1};
  std::size_t line_start_{0};  // the offset of the current line's first byte
  // UTF-8 continuation bytes met on the current line: a column is its byte offset on the line
  // less these. They occur only in strings (anywhere else is an error), which cannot span
  // lines, so counting them there keeps every position O(1) without a per-byte count.
  std::size_t continuation_bytes_{0};
  fixed_array<bool, depth_capacity> in_object_{};  // per open container: object or array
  std::size_t depth_{0};
  expect expecting_{expect::value};
  bool failed_{false};
  json_token token_{};
  parse_error error_{};
  // Just after the previous token, where a forgotten ',' would go. Only an error needs its
  // line and column, so they are worked out then (position_at), not for every token.
  std::size_t after_last_{0};

  // The position of the byte at `offset_`.
  [[nodiscard]] constexpr source_position here() const {
    return {line_, static_cast<std::uint32_t>(offset_ - line_start_ - continuation_bytes_ + 1)};
  }

  // The position of any byte up to `offset_`, by counting from the start: for errors only.
  [[nodiscard]] constexpr source_position position_at(std::size_t offset) const {
    source_position where{1, 1};
    for (std::size_t i = 0; i < offset && i < text_.size(); ++i) {
      if (text_[i] == '\n') {
        ++where.line;
        where.column = 1;
      } else if ((byte_at(i) & 0xC0U) != 0x80U) {
        ++where.column;
      }
    }
    return where;
  }

  constexpr const json_token& emit(json_token_kind kind, source_position where,
                                   std::string_view text = {}, bool escapes = false) {
    token_.kind = kind;
    token_.text = text;
    token_.has_escapes = escapes;
    token_.position = where;
    return token_;
  }

  // Printable ASCII other than '"' and '\\': what a string holds without further checks.
  [[nodiscard]] static constexpr bool plain_string_byte(unsigned char byte) {
    return byte >= 0x20 && byte < 0x80 && byte != '"' && byte != '\\';
  }

  // Moves `offset_` to the first byte of a string that is not plain.
  // Returns that byte, taken from the word already loaded rather than read again, or -1 at the
  // end of the text.
  DERMAROLLER_ALWAYS_INLINE constexpr int skip_plain_string_bytes() {
    std::size_t at = offset_;
    while (at + 8 <= text_.size()) {
      const std::uint64_t word = detail::eight_bytes_at(text_, at);
      const std::uint64_t marks = detail::bytes_below(word, 0x20) | detail::bytes_equal(word, '"') |
                                  detail::bytes_equal(word, '\\') |
                                  (word & detail::every_byte(0x80));
      if (marks != 0) {
        const std::size_t index = detail::first_nonzero_byte(marks);
        offset_ = at + index;
        return static_cast<int>((word >> (8 * index)) & 0xFFU);
      }
      at += 8;
    }
    while (at < text_.size() && plain_string_byte(byte_at(at))) ++at;
    offset_ = at;
    return at < text_.size() ? byte_at(at) : -1;
  }

  [[nodiscard]] constexpr bool at_end() const { return offset_ >= text_.size(); }
  [[nodiscard]] constexpr bool at(char c) const { return !at_end() && text_[offset_] == c; }
  [[nodiscard]] constexpr unsigned char byte_at(std::size_t offset) const {
    return static_cast<unsigned char>(text_[offset]);
  }

  // Moves over `count` bytes of one token: never over a line break, which only whitespace
  // holds (strings may not).
  constexpr void advance(std::size_t count) { offset_ += count; }

  DERMAROLLER_ALWAYS_INLINE constexpr void skip_whitespace() {
    std::size_t at = offset_;
    while (at < text_.size()) {
      const unsigned char byte = byte_at(at);
      if (byte > ' ') break;  // every JSON whitespace byte is at most ' '
      ++at;
      if (byte == ' ') {
        // Indentation: runs of spaces, eight at a time.
        while (at + 8 <= text_.size()) {
          const std::uint64_t other = detail::eight_bytes_at(text_, at) ^ detail::every_byte(' ');
          if (other != 0) {
            at += detail::first_nonzero_byte(other);
            break;
          }
          at += 8;
        }
      } else if (byte == '\n') {
        line_start_ = at;
        ++line_;
        continuation_bytes_ = 0;
      } else if (byte != '\t' && byte != '\r') {
        --at;
        break;
      }
    }
    offset_ = at;
  }

  // The error paths are kept out of line, so that the messages they compose take no room in
  // the frames of the functions that read correct text.
  DERMAROLLER_COLD constexpr const json_token& fail_at(source_position where,
                                                       const message_text& message) {
    failed_ = true;
    error_ = parse_error{message, where.line, where.column};
    return emit(json_token_kind::error, where);
  }
  DERMAROLLER_COLD constexpr const json_token& fail_at(source_position where,
                                                       std::string_view message) {
    return fail_at(where, message_text{}.append(message));
  }
  constexpr const json_token& fail_here(std::string_view message) {
    return fail_at(here(), message);
  }
  // "expected a value, found 'x'", "..., found the end of the text", "..., found byte 0xC3".
  DERMAROLLER_COLD constexpr const json_token& fail_found(std::string_view expected) {
    return fail_at(here(), found_here(expected));
  }
  [[nodiscard]] constexpr message_text found_here(std::string_view expected) const {
    message_text message;
    message.append(expected).append(", found ");
    if (at_end()) return message.append("the end of the text");
    const unsigned char byte = byte_at(offset_);
    if (byte >= 0x20 && byte < 0x7F) {
      return message.push_back('\'').push_back(text_[offset_]).push_back('\'');
    }
    constexpr std::string_view hex = "0123456789ABCDEF";
    return message.append("byte 0x").push_back(hex[byte >> 4]).push_back(hex[byte & 0xFU]);
  }
  DERMAROLLER_COLD constexpr const json_token& fail_too_deep() {
    message_text message;
    message.append("nesting deeper than ").append_number(static_cast<std::int64_t>(max_depth_));
    message.append(" levels of objects and arrays; this document needs far fewer");
    return fail_at(here(), message);
  }
  DERMAROLLER_COLD constexpr const json_token& fail_after_value(bool object) {
    const std::string_view expected = object ? "expected ',' or '}' after a field's value"
                                             : "expected ',' or ']' after an array element";
    const source_position after_last = position_at(after_last_);
    if (!at_end() && line_ > after_last.line) {
      // Most likely a comma forgotten at the end of a line: point there, where it goes.
      message_text message = found_here(expected);
      message.append(" on line ").append_number(line_).append("; is a ',' missing here?");
      return fail_at(after_last, message);
    }
    return fail_found(expected);
  }

  constexpr const json_token& close(json_token_kind kind) {
    const source_position where = here();
    advance(1);
    --depth_;
    expecting_ = expect::comma_or_end;
    return emit(kind, where);
  }

  constexpr const json_token& open(bool object) {
    const source_position where = here();
    if (depth_ == max_depth_) return fail_too_deep();
    advance(1);
    in_object_[depth_++] = object;
    expecting_ = object ? expect::key_or_end : expect::value_or_end;
    return emit(object ? json_token_kind::begin_object : json_token_kind::begin_array, where);
  }

  constexpr const json_token& read_after_value() {
    if (depth_ == 0) {
      if (at_end()) {
        expecting_ = expect::nothing;
        return emit(json_token_kind::end_of_input, here());
      }
      return fail_found("expected the end of the text after the JSON value");
    }
    const bool object = in_object_[depth_ - 1];
    if (at(',')) {
      advance(1);
      skip_whitespace();
      if (object) return read_key(true);
      return read_value(true);
    }
    if (object && at('}')) return close(json_token_kind::end_object);
    if (!object && at(']')) return close(json_token_kind::end_array);
    return fail_after_value(object);
  }

  constexpr const json_token& read_key(bool after_comma) {
    if (after_comma && at('}')) {
      return fail_here("expected a field name after ','; JSON allows no comma before '}'");
    }
    if (!at('"')) return fail_found("expected a field name in double quotes");
    if (!read_string()) return token_;
    token_.kind = json_token_kind::key;
    expecting_ = expect::colon;
    return token_;
  }

  constexpr const json_token& read_value(bool after_comma) {
    if (at_end()) {
      if (text_.find_first_not_of(" \t\r\n") == std::string_view::npos) {
        return fail_here("the text is empty: expected a JSON value");
      }
      return fail_here("the text ends where a value was expected");
    }
    const char c = text_[offset_];
    if (c == '{') return open(true);
    if (c == '[') return open(false);
    bool read = false;
    if (c == '"') {
      read = read_string();
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      read = read_number();
    } else if (c == 't' || c == 'f' || c == 'n') {
      read = read_literal();
    } else if (after_comma && c == ']') {
      return fail_here("expected a value after ','; JSON allows no comma before ']'");
    } else {
      if (offset_ == 0 && text_.starts_with("\xEF\xBB\xBF")) {
        return fail_here(
            "the text starts with a byte-order mark (bytes EF BB BF), which JSON "
            "does not allow; save the file as UTF-8 without one");
      }
      return fail_found("expected a value");
    }
    if (read) expecting_ = expect::comma_or_end;
    return token_;
  }

  // The read_* functions below leave their token, or the error, in token_.
  constexpr bool read_literal() {
    constexpr fixed_array<std::string_view, 3> words{"true", "false", "null"};
    constexpr fixed_array<json_token_kind, 3> kinds{
        json_token_kind::true_value, json_token_kind::false_value, json_token_kind::null_value};
    const std::string_view rest = text_.substr(offset_);
    for (std::size_t i = 0; i < words.size(); ++i) {
      if (rest.starts_with(words[i]) && !is_word_byte(rest, words[i].size())) {
        const source_position where = here();
        advance(words[i].size());
        emit(kinds[i], where);
        return true;
      }
    }
    fail_here(
        "expected a value (a string in double quotes, a number, true, false, null, "
        "an object or an array), found a bare word");
    return false;
  }

  [[nodiscard]] static constexpr bool is_word_byte(std::string_view text, std::size_t at) {
    if (at >= text.size()) return false;
    const char c = text[at];
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  [[nodiscard]] constexpr bool digit_at(std::size_t offset) const {
    return offset < text_.size() && text_[offset] >= '0' && text_[offset] <= '9';
  }

  // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
  constexpr bool read_number() {
    const source_position where = here();
    const std::size_t start = offset_;
    std::size_t end = offset_;
    const auto fail_number = [&](std::string_view message) {
      fail_at(where, message);
      return false;
    };
    if (text_[end] == '-') ++end;
    if (!digit_at(end)) return fail_number("a number needs a digit after '-'");
    if (text_[end] == '0' && digit_at(end + 1)) {
      return fail_number("a number cannot start with 0 followed by more digits");
    }
    while (digit_at(end)) ++end;
    if (end < text_.size() && text_[end] == '.') {
      ++end;
      if (!digit_at(end)) return fail_number("a number needs a digit after its decimal point");
      while (digit_at(end)) ++end;
    }
    if (end < text_.size() && (text_[end] == 'e' || text_[end] == 'E')) {
      ++end;
      if (end < text_.size() && (text_[end] == '+' || text_[end] == '-')) ++end;
      if (!digit_at(end)) return fail_number("a number needs a digit in its exponent");
      while (digit_at(end)) ++end;
    }
    advance(end - start);
    if (is_word_byte(text_, end)) {
      fail_found("expected the number to end");
      return false;
    }
    emit(json_token_kind::number, where, text_.substr(start, end - start));
    return true;
  }

  [[nodiscard]] constexpr bool hex_at(std::size_t offset) const {
    if (offset >= text_.size()) return false;
    const char c = text_[offset];
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  // The value of \uXXXX at `offset` (the backslash), or nothing when it is not one.
  [[nodiscard]] constexpr maybe<std::uint32_t> unicode_escape_at(std::size_t offset) const {
    if (offset + 1 >= text_.size() || text_[offset] != '\\' || text_[offset + 1] != 'u') return {};
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i) {
      if (!hex_at(offset + 2 + i)) return {};
      const char c = text_[offset + 2 + i];
      const std::uint32_t digit = c <= '9'   ? static_cast<std::uint32_t>(c - '0')
                                  : c <= 'F' ? static_cast<std::uint32_t>(c - 'A' + 10)
                                             : static_cast<std::uint32_t>(c - 'a' + 10);
      value = value * 16 + digit;
    }
    return value;
  }

  // At the opening quote. The token's text is what lies between the quotes.
  DERMAROLLER_ALWAYS_INLINE constexpr bool read_string() {
    const source_position where = here();
    advance(1);
    const std::size_t start = offset_;
    bool escapes = false;
    while (true) {
      const int stop = skip_plain_string_bytes();
      if (stop == '"') break;
      if (stop < 0) {
        fail_at(where, "this string has no closing '\"' before the end of the text");
        return false;
      }
      if (!read_string_special(escapes)) return false;
    }
    emit(json_token_kind::string, where, text_.substr(start, offset_ - start), escapes);
    advance(1);
    return true;
  }

  // Inside a string, at a byte that is not printable ASCII: an escape, a UTF-8 sequence, or
  // an error. Out of line, so that read_string stays small for the common plain strings.
  DERMAROLLER_OUT_OF_LINE constexpr bool read_string_special(bool& escapes) {
    const unsigned char byte = byte_at(offset_);
    if (byte < 0x20) {
      fail_here(byte == '\n' ? "a string cannot span lines; write \\n for a line break"
                             : "a control character inside a string; write it as an "
                               "escape such as \\t or \\u0001");
      return false;
    }
    if (byte == '\\') {
      escapes = true;
      return read_escape();
    }
    const std::size_t length = detail::utf8_sequence_length(text_, offset_);
    if (length == 0) {
      fail_here("invalid UTF-8 in a string: the text must be UTF-8");
      return false;
    }
    advance(length);
    continuation_bytes_ += length - 1;
    return true;
  }

  // At a backslash inside a string.
  constexpr bool read_escape() {
    const source_position where = here();
    const auto fail_escape = [&](std::string_view message) {
      fail_at(where, message);
      return false;
    };
    if (offset_ + 1 >= text_.size()) return fail_escape("the text ends inside an escape");
    const char escaped = text_[offset_ + 1];
    if (escaped != 'u') {
      constexpr std::string_view simple = "\"\\/bfnrt";
      if (simple.find(escaped) == std::string_view::npos) {
        return fail_escape(
            "unknown escape in a string; JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t "
            "and \\uXXXX");
      }
      advance(2);
      return true;
    }
    const maybe<std::uint32_t> unit = unicode_escape_at(offset_);
    if (!unit) return fail_escape("\\u must be followed by four hexadecimal digits");
    if (*unit >= 0xDC00 && *unit <= 0xDFFF) {
      return fail_escape("a lone low surrogate \\uDC00-\\uDFFF is not a character");
    }
    if (*unit >= 0xD800 && *unit <= 0xDBFF) {
      const maybe<std::uint32_t> low = unicode_escape_at(offset_ + 6);
      if (!low || *low < 0xDC00 || *low > 0xDFFF) {
        return fail_escape(
            "a high surrogate \\uD800-\\uDBFF must be followed by a low surrogate "
            "\\uDC00-\\uDFFF");
      }
      advance(12);
      return true;
    }
    advance(6);
    return true;
  }
};

}  // namespace dermaroller

#undef DERMAROLLER_COLD
#undef DERMAROLLER_OUT_OF_LINE
#undef DERMAROLLER_ALWAYS_INLINE

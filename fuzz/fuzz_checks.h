// Shared invariant checks for the libFuzzer targets (fuzz/*_fuzz.cpp). Header-only.
//
// Every check aborts with a message naming the broken invariant, so libFuzzer saves the input
// (crash-<sha1>) and CI's log shows what broke. The checks are the stages' own promises, as the
// headers state them: spans in range, ordered and on code-point boundaries, valid UTF-8 out, one
// valid JSON object per record, offsets in the record within the text's code-point length.
#pragma once

#include <simdjson.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "rasd/core/civil_date.h"
#include "rasd/core/document.h"
#include "rasd/core/span.h"
#include "rasd/text/utf8.h"

#define FUZZ_CHECK(cond)                                                                  \
  do {                                                                                    \
    if (!(cond)) {                                                                        \
      std::fprintf(stderr, "\nINVARIANT FAILED: %s\n  at %s:%d\n", #cond, __FILE__, __LINE__); \
      std::abort();                                                                       \
    }                                                                                     \
  } while (0)

namespace rasd::fuzz {

inline std::string_view bytes(const uint8_t* data, size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

// True when byte offset b of valid UTF-8 `s` starts a code point (or is the end).
inline bool on_boundary(std::string_view s, size_t b) {
  if (b == s.size()) return true;
  if (b > s.size()) return false;
  return (static_cast<unsigned char>(s[b]) & 0xC0) != 0x80;
}

inline uint64_t code_points(std::string_view s) {
  uint64_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// A span inside `text`, begin <= end, both ends on code-point boundaries.
inline void check_span(std::string_view text, const Span& s, bool non_empty) {
  FUZZ_CHECK(s.begin <= s.end);
  FUZZ_CHECK(s.end <= text.size());
  FUZZ_CHECK(on_boundary(text, s.begin));
  FUZZ_CHECK(on_boundary(text, s.end));
  if (non_empty) FUZZ_CHECK(s.begin < s.end);
}

inline void check_token_range(const Document& doc, uint32_t first, uint32_t end) {
  FUZZ_CHECK(first <= end);
  FUZZ_CHECK(end <= doc.tokens.size());
}

inline void check_tokens(std::string_view text, const std::vector<Token>& tokens) {
  uint32_t prev_end = 0;
  for (const Token& t : tokens) {
    check_span(text, t.span, /*non_empty=*/true);
    FUZZ_CHECK(t.span.begin >= prev_end);  // ordered, non-overlapping
    prev_end = t.span.end;
    FUZZ_CHECK(text::is_valid(t.key));
    FUZZ_CHECK(text::is_valid(t.stem));
  }
}

inline void check_sentences(const Document& doc) {
  uint32_t prev_end = 0, prev_end_token = 0, prev_paragraph = 0;
  for (const Sentence& s : doc.sentences) {
    check_span(doc.text, s.span, /*non_empty=*/false);
    FUZZ_CHECK(s.span.begin >= prev_end);  // ordered, non-overlapping
    prev_end = s.span.end;
    check_token_range(doc, s.first_token, s.end_token);
    FUZZ_CHECK(s.first_token >= prev_end_token);  // token ranges in order, disjoint
    prev_end_token = s.end_token;
    for (uint32_t k = s.first_token; k < s.end_token; ++k)
      FUZZ_CHECK(s.span.contains(doc.tokens[k].span));  // a sentence's tokens lie inside it
    FUZZ_CHECK(s.paragraph >= prev_paragraph);
    prev_paragraph = s.paragraph;
  }
  for (const Span& b : doc.boilerplate) check_span(doc.text, b, /*non_empty=*/false);
  if (doc.source_line) check_span(doc.text, doc.source_line->span, /*non_empty=*/false);
  if (doc.source_line)
    for (const auto& o : doc.source_line->outlets) FUZZ_CHECK(text::is_valid(o));
}

inline void check_number(const std::optional<double>& v) {
  if (v) FUZZ_CHECK(std::isfinite(*v));
}

inline void check_quantities(const Document& doc) {
  for (const Quantity& q : doc.quantities) {
    check_span(doc.text, q.span, /*non_empty=*/true);
    check_token_range(doc, q.first_token, q.end_token);
    check_number(q.value);
    check_number(q.min);
    check_number(q.max);
    if (q.min && q.value) FUZZ_CHECK(*q.min <= *q.value);
    if (q.max && q.value) FUZZ_CHECK(*q.value <= *q.max);
    if (q.min && q.max) FUZZ_CHECK(*q.min <= *q.max);
  }
}

inline void check_dates(const Document& doc) {
  for (const DateMention& d : doc.dates) {
    check_span(doc.text, d.span, /*non_empty=*/true);
    check_token_range(doc, d.first_token, d.end_token);
    if (d.date) FUZZ_CHECK(is_valid_date(*d.date));
    FUZZ_CHECK(text::is_valid(d.kind));
  }
}

// Quotes: spans in range on code-point boundaries, the speaker an actor and entity that exist.
inline void check_quotes(const Document& doc) {
  for (const Quote& q : doc.quotes) {
    check_span(doc.text, q.span, /*non_empty=*/true);
    check_span(doc.text, q.cue, /*non_empty=*/false);
    check_span(doc.text, q.speaker_span, /*non_empty=*/false);
    check_token_range(doc, q.first_token, q.end_token);
    FUZZ_CHECK(q.speaker >= -1 && (q.speaker < 0 || static_cast<size_t>(q.speaker) < doc.actors.size()));
    FUZZ_CHECK(q.speaker_entity >= -1 &&
               (q.speaker_entity < 0 || static_cast<size_t>(q.speaker_entity) < doc.entities.size()));
    FUZZ_CHECK(text::is_valid(q.speaker_name));
  }
}

// Every layer of a finished Document (or as far as the stages that ran).
inline void check_document(const Document& doc) {
  FUZZ_CHECK(text::is_valid(doc.text));
  FUZZ_CHECK(doc.text.find('\0') == std::string::npos);
  check_tokens(doc.text, doc.tokens);
  check_sentences(doc);
  check_quantities(doc);
  check_dates(doc);
  check_quotes(doc);
  if (doc.published) FUZZ_CHECK(is_valid_date(*doc.published));
  for (const RecordError& e : doc.errors) {
    FUZZ_CHECK(!e.code.empty());
    FUZZ_CHECK(!e.message.empty());
    if (e.start) FUZZ_CHECK(*e.start <= doc.text.size() && on_boundary(doc.text, *e.start));
  }
  if (doc.failed()) FUZZ_CHECK(doc.tokens.empty());
}

// Walks a parsed record: every "start"/"end" is an integer within [0, cp_len], start <= end.
inline void check_offsets(simdjson::dom::element e, uint64_t cp_len, int depth = 0) {
  FUZZ_CHECK(depth < 64);  // records are shallow
  if (e.is_array()) {
    for (simdjson::dom::element x : simdjson::dom::array(e)) check_offsets(x, cp_len, depth + 1);
    return;
  }
  if (!e.is_object()) return;
  std::optional<uint64_t> start, end;
  for (auto field : simdjson::dom::object(e)) {
    if (field.key == "start" || field.key == "end") {
      uint64_t v = 0;
      FUZZ_CHECK(field.value.get_uint64().get(v) == simdjson::SUCCESS);
      FUZZ_CHECK(v <= cp_len);
      (field.key == "start" ? start : end) = v;
    } else {
      check_offsets(field.value, cp_len, depth + 1);
    }
  }
  if (start && end) FUZZ_CHECK(*start <= *end);
}

// One written record (io::write_record's output for `doc`): a single line ending in '\n', valid
// UTF-8, a JSON object whose id and error count match the Document and whose offsets are within
// the text's code-point length. With `expect_text`, the record's "text" must equal doc.text.
inline void check_record(std::string_view line, const Document& doc, bool expect_text) {
  FUZZ_CHECK(!line.empty() && line.back() == '\n');
  FUZZ_CHECK(line.find('\n') == line.size() - 1);  // exactly one JSON Lines line
  FUZZ_CHECK(text::is_valid(line));
  static simdjson::dom::parser parser;
  simdjson::dom::element root;
  simdjson::error_code err = parser.parse(line.data(), line.size()).get(root);  // copies, pads
  if (err) std::fprintf(stderr, "record is not JSON: %s\n%.*s\n", simdjson::error_message(err),
                        static_cast<int>(std::min<size_t>(line.size(), 2000)), line.data());
  FUZZ_CHECK(err == simdjson::SUCCESS);
  FUZZ_CHECK(root.is_object());
  std::string_view id;
  FUZZ_CHECK(root["id"].get_string().get(id) == simdjson::SUCCESS);
  FUZZ_CHECK(id == doc.id);
  simdjson::dom::array errors;
  FUZZ_CHECK(root["errors"].get_array().get(errors) == simdjson::SUCCESS);
  FUZZ_CHECK(errors.size() == doc.errors.size());
  if (expect_text) {
    std::string_view t;
    FUZZ_CHECK(root["text"].get_string().get(t) == simdjson::SUCCESS);
    FUZZ_CHECK(t == doc.text);
  }
  check_offsets(root, code_points(doc.text));
}

// Splits like a loop of std::getline(in, line): on '\n', a final piece without '\n' counts only
// when non-empty. Calls f(line) for each.
template <class F>
void for_each_getline(std::string_view s, F f) {
  size_t pos = 0;
  while (pos < s.size()) {
    size_t nl = s.find('\n', pos);
    if (nl == std::string_view::npos) { f(s.substr(pos)); return; }
    f(s.substr(pos, nl - pos));
    pos = nl + 1;
  }
}

}  // namespace rasd::fuzz

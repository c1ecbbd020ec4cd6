// The bad-input table (issue 11): ONE table, one row per case. Each row is the input format, the
// input bytes (built in code for the big ones), the expected number of records and the expected
// error code, and runs the real extract path (io::Extractor + Pipeline, default 4 MiB limit) into
// a sink that collects the Documents.
//
// Row semantics:
//   records  exactly that many records come out (one per input record; a blank JSON Lines line
//            is not a record, README).
//   error    ""  : no record carries any error;
//            code: every record carries that code (others may come with it), except the first
//            `clean_before` records, which carry no error (a good line before a bad one).
// Every row also checks, for every record: it serialises (io::write_record) to one line of valid
// UTF-8 that parses as a JSON object; ids are distinct; every error code is one of README's error
// table; ExtractStats agree with what the sink saw. Some rows add a check of their own.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <fstream>
#include <functional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "rasd/io/extract.h"
#include "rasd/io/json_writer.h"
#include "rasd/pipeline.h"
#include "rasd/text/normalize.h"
#include "rasd/text/utf8.h"

namespace rasd {
namespace {

using io::InputFormat;
using Docs = std::vector<Document>;

struct Row {
  const char* name;                     // test name suffix: [A-Za-z0-9_]
  InputFormat format;
  std::function<std::string()> bytes;   // built when the row runs (the big ones are 50 MB)
  size_t records;
  std::string error;                    // "" = no errors on any record
  std::string published = "";           // ExtractConfig::published (--published)
  std::function<void(const Docs&)> check = nullptr;  // the row's own extra check
  size_t clean_before = 0;              // leading records expected without errors
};

std::function<std::string()> lit(std::string s) { return [s] { return s; }; }
// One JSON Lines record without an id (so ids are the reader's own, "input:<line>").
std::string jsonl(std::string text_field) { return "{\"text\":\"" + text_field + "\"}\n"; }

const std::string kArabic = "قال الوزير إن عشرين شخصا أصيبوا أمس";

// A 50 MB JSON Lines line: one article object whose text is ~50 MB of Arabic.
std::string fifty_mb_line() {
  const std::string word = "تظاهرات ";  // 15 bytes
  std::string s = "{\"id\":\"big\",\"text\":\"";
  s.reserve(50u * 1000 * 1000 + 64);
  while (s.size() < 50u * 1000 * 1000) s += word;
  s += "\"}\n";
  return s;
}

std::string nested(size_t depth) {
  return "{\"text\":\"نص\",\"meta\":" + std::string(depth, '[') + std::string(depth, ']') + "}\n";
}

// UTF-16 code units of valid UTF-8 `s` (BMP only), little- or big-endian.
std::string utf16(std::string_view s, bool little) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    char32_t c = text::next(s, i);
    char lo = static_cast<char>(c & 0xFF), hi = static_cast<char>((c >> 8) & 0xFF);
    out += little ? lo : hi;
    out += little ? hi : lo;
  }
  return out;
}

// Bytes shaped like an executable: a header, then records full of NULs and small integers.
std::string executable_like() {
  std::string s = "\x7F" "ELF";
  for (int i = 0; i < 500; ++i) s += std::string("\x02\x01\x01\0\0\0\0\0\x3E\0", 10) + "main" + std::string(6, '\0');
  return s;
}

// Deterministic noise (a linear congruential generator), like compressed or encrypted data.
std::string random_bytes() {
  std::string s;
  uint32_t x = 2026;
  for (int i = 0; i < 20000; ++i) s += static_cast<char>((x = x * 1103515245u + 12345u) >> 24);
  return s;
}

void expect_no_layers(const Docs& d) {
  EXPECT_TRUE(d[0].failed());
  EXPECT_TRUE(d[0].text.empty());
  EXPECT_TRUE(d[0].tokens.empty());
  EXPECT_TRUE(d[0].entities.empty());
  EXPECT_TRUE(d[0].quotes.empty());
  EXPECT_TRUE(d[0].events.empty());
}

bool any_key_has(const Docs& d, std::string_view needle) {
  for (const auto& t : d[0].tokens)
    if (t.key.find(needle) != std::string::npos) return true;
  return false;
}

const std::vector<Row>& table() {
  static const std::vector<Row> rows = {
      // ---- invalid UTF-8, plain text: repaired (one U+FFFD per maximal ill-formed subpart)
      {"text_lone_continuation", InputFormat::kText, lit("قال\x80 الوزير"), 1, "invalid-utf8"},
      {"text_overlong", InputFormat::kText, lit("قال \xC0\xAF \xE0\x80\xAF" " الوزير"), 1, "invalid-utf8"},
      {"text_surrogate", InputFormat::kText, lit("قال \xED\xA0\x80 الوزير"), 1, "invalid-utf8"},
      {"text_truncated_sequence", InputFormat::kText, lit("قال الوزير \xD9"), 1, "invalid-utf8",
       "", [](const Docs& d) { EXPECT_EQ(d[0].text, "قال الوزير \xEF\xBF\xBD"); }},
      // ---- the same in JSON Lines: repaired before parsing, so the record survives
      {"jsonl_lone_continuation", InputFormat::kJsonl, lit(jsonl("قال\x80 الوزير")), 1, "invalid-utf8"},
      {"jsonl_overlong", InputFormat::kJsonl, lit(jsonl("قال \xC0\xAF")), 1, "invalid-utf8"},
      {"jsonl_surrogate", InputFormat::kJsonl, lit(jsonl("قال \xED\xA0\x80")), 1, "invalid-utf8"},
      {"jsonl_truncated_sequence", InputFormat::kJsonl, lit(jsonl("قال \xD9")), 1, "invalid-utf8"},
      // ---- NUL
      {"text_nul_bytes", InputFormat::kText, lit(std::string("قال\0الوزير\0", sizeof("قال\0الوزير\0") - 1)), 1, "nul-byte",
       "", [](const Docs& d) { EXPECT_EQ(d[0].text.find('\0'), std::string::npos); }},
      {"jsonl_raw_nul_byte", InputFormat::kJsonl, lit(jsonl(std::string("قال\0", sizeof("قال\0") - 1))), 1, "nul-byte"},
      {"jsonl_escaped_nul", InputFormat::kJsonl, lit(jsonl("قال\\u0000الوزير")), 1, "nul-byte"},
      // ---- BOM: kept in the text (offsets are into the text as given), never part of a token
      {"text_bom", InputFormat::kText, lit("\xEF\xBB\xBF" + kArabic), 1, "", "",
       [](const Docs& d) {
         ASSERT_FALSE(d[0].tokens.empty());
         EXPECT_EQ(d[0].tokens[0].span.begin, 3u);
       }},
      {"jsonl_bom_before_first_line", InputFormat::kJsonl, lit("\xEF\xBB\xBF" + jsonl(kArabic) + jsonl(kArabic)), 2, ""},
      {"jsonl_bom_alone_on_first_line", InputFormat::kJsonl, lit("\xEF\xBB\xBF\r\n" + jsonl(kArabic)), 1, ""},
      // ---- line ends
      {"text_crlf", InputFormat::kText, lit("سطر أول\r\nسطر ثان\r\n"), 1, "", "",
       [](const Docs& d) {
         for (const auto& t : d[0].tokens) EXPECT_EQ(t.span.of(d[0].text).find('\r'), std::string::npos);
         EXPECT_EQ(d[0].tokens.size(), 4u);
       }},
      {"text_lone_cr", InputFormat::kText, lit("سطر أول\rسطر ثان"), 1, "", "",
       [](const Docs& d) { EXPECT_EQ(d[0].tokens.size(), 4u); }},
      {"jsonl_crlf", InputFormat::kJsonl, lit("{\"text\":\"أ\"}\r\n{\"text\":\"ب\"}\r\n"), 2, ""},
      // A lone CR ends a line too (old Mac tools; Python's universal newlines read it so).
      {"jsonl_lone_cr_line_ends", InputFormat::kJsonl, lit("{\"text\":\"أ\"}\r{\"text\":\"ب\"}\r"), 2, ""},
      // ---- size: a 50 MB line is cut to the 4 MiB limit, never an out-of-memory kill
      {"jsonl_50mb_line", InputFormat::kJsonl, fifty_mb_line, 1, "document-truncated", "",
       [](const Docs& d) {
         EXPECT_LE(d[0].text.size(), Options{}.max_document_bytes);
         EXPECT_GT(d[0].text.size(), Options{}.max_document_bytes - 16);
         EXPECT_TRUE(text::is_valid(d[0].text));
         EXPECT_FALSE(d[0].tokens.empty());
       }},
      // ---- JSON that is not a usable record
      {"jsonl_not_an_object", InputFormat::kJsonl, lit("[1,2]\n\"نص\"\n42\nnull\n"), 4, "not-an-object"},
      {"jsonl_missing_text", InputFormat::kJsonl, lit("{\"id\":\"x\",\"title\":\"عنوان\"}\n"), 1, "missing-text"},
      {"jsonl_text_not_string", InputFormat::kJsonl, lit("{\"text\":5}\n{\"text\":null}\n{\"text\":[\"أ\"]}\n{\"text\":{}}\n"),
       4, "text-not-string"},
      {"jsonl_field_not_string", InputFormat::kJsonl, lit("{\"text\":\"" + kArabic + "\",\"title\":[1]}\n"), 1, "field-not-string"},
      {"jsonl_invalid_json", InputFormat::kJsonl, lit("{\"text\":\n{text:1}\n{\"text\":\"أ\",}\n"), 3, "invalid-json"},
      {"jsonl_nested_10000", InputFormat::kJsonl, [] { return nested(10000); }, 1, "invalid-json"},
      {"jsonl_nested_10000_objects", InputFormat::kJsonl,
       [] {
         std::string s = "{\"text\":\"نص\",\"m\":";
         for (int i = 0; i < 10000; ++i) s += "{\"a\":";
         s += "1";
         s += std::string(10000, '}');
         return s + "}\n";
       },
       1, "invalid-json"},
      // ---- texts with nothing to read
      {"jsonl_empty_text", InputFormat::kJsonl, lit(jsonl("")), 1, "empty-text"},
      {"jsonl_white_space_text", InputFormat::kJsonl, lit(jsonl(" \\n\\t ")), 1, "empty-text"},
      {"text_no_arabic", InputFormat::kText, lit("The minister said 20 people were hurt on Monday."), 1, "no-arabic"},
      {"jsonl_no_arabic", InputFormat::kJsonl, lit(jsonl("Le ministre a dit que 20 personnes")), 1, "no-arabic"},
      // ---- mixed scripts and bidi controls (LRM, RLM, LRE, RLO, PDF, LRI, PDI): no control in a key
      {"text_mixed_scripts_bidi", InputFormat::kText,
       lit("قالت \u200Fشركة\u200E Acme \u202Aعربي\u202C \u202Eمقلوب\u202C \u2066داخل\u2069 Привет 世界 ١٢"), 1, "",
       "", [](const Docs& d) {
         EXPECT_GE(d[0].tokens.size(), 8u);
         for (const char* bidi : {"\u200E", "\u200F", "\u202A", "\u202C", "\u202E", "\u2066", "\u2069"})
           EXPECT_FALSE(any_key_has(d, bidi)) << "bidi control in a key";
       }},
      // ---- presentation forms: the key folds them (NFKC, then the normalisation rules)
      {"text_presentation_forms", InputFormat::kText, lit("\uFEF7 \uFEFB \uFE8D\uFEDF\uFEB4\uFEFC\uFEE1"), 1, "", "",
       [](const Docs& d) {
         ASSERT_EQ(d[0].tokens.size(), 3u);
         EXPECT_EQ(d[0].tokens[0].key, text::normalize_key("لأ"));  // ﻷ
         EXPECT_EQ(d[0].tokens[1].key, text::normalize_key("لا"));  // ﻻ
         EXPECT_EQ(d[0].tokens[2].key, text::normalize_key("السلام"));
         EXPECT_FALSE(any_key_has(d, "\uFEF7"));
       }},
      // ---- truncation at the end of a file
      {"jsonl_last_line_without_newline", InputFormat::kJsonl, lit(jsonl(kArabic) + "{\"text\":\"" + kArabic + "\"}"), 2, ""},
      {"jsonl_last_line_cut_mid_object", InputFormat::kJsonl, lit(jsonl(kArabic) + "{\"text\":\"قال الوز"), 2,
       "invalid-json", "", [](const Docs& d) { EXPECT_TRUE(d[1].failed()); }, /*clean_before=*/1},
      {"text_cut_mid_sequence", InputFormat::kText, lit(kArabic.substr(0, kArabic.size() - 1)), 1, "invalid-utf8"},
      // ---- empty inputs. Plain text: the file is the record, so an empty file is one record with
      // an empty text and the non-fatal "empty-text". JSON Lines: no line, no record.
      {"text_empty_file", InputFormat::kText, lit(""), 1, "empty-text", "",
       [](const Docs& d) { EXPECT_FALSE(d[0].failed()); EXPECT_TRUE(d[0].text.empty()); }},
      {"jsonl_empty_file", InputFormat::kJsonl, lit(""), 0, ""},
      {"jsonl_blank_lines", InputFormat::kJsonl, lit("\n\n   \n\t\r\n\f\v\n \r"), 0, ""},
      {"jsonl_blank_lines_between_records", InputFormat::kJsonl, lit("\n" + jsonl(kArabic) + "\n  \n" + jsonl(kArabic) + "\n"), 2, ""},
      // ---- HTML soup (gumbo never fails; the reader drops scripts and styles)
      {"html_no_body", InputFormat::kHtml, lit("<html><head><meta charset=\"utf-8\"></head></html>"), 1, "empty-html"},
      {"html_empty_file", InputFormat::kHtml, lit(""), 1, "empty-html"},
      {"html_unclosed_tags_and_script", InputFormat::kHtml,
       lit("<html><body><div><p>قال الوزير <b>إن الوضع <i>مستقر<p>فقرة أخرى"
           "<script>var s = \"<p>سري</p>\"; if (a < b) {}"),
       1, "", "",
       [](const Docs& d) {
         EXPECT_NE(d[0].text.find("قال الوزير"), std::string::npos);
         EXPECT_NE(d[0].text.find("فقرة أخرى"), std::string::npos);
         EXPECT_EQ(d[0].text.find("var s"), std::string::npos) << d[0].text;
         EXPECT_EQ(d[0].text.find("سري"), std::string::npos) << d[0].text;
       }},
      {"html_script_and_style_blocks", InputFormat::kHtml,
       lit("<p>نص الخبر</p><script>document.write('<p>لا</p>')</script><style>p { color: red }</style>"
           "<noscript>x</noscript><p>بقية الخبر"),
       1, "", "",
       [](const Docs& d) {
         EXPECT_NE(d[0].text.find("نص الخبر"), std::string::npos);
         EXPECT_EQ(d[0].text.find("document.write"), std::string::npos) << d[0].text;
         EXPECT_EQ(d[0].text.find("color"), std::string::npos) << d[0].text;
       }},
      {"html_invalid_utf8", InputFormat::kHtml, lit("<p>قال \xC0\xAF الوزير</p>"), 1, "invalid-utf8"},
      // ---- line ends and marks: CR, CR-LF and LF all end a JSON line; concatenated files bring
      // a BOM on a later line
      {"jsonl_mixed_line_ends", InputFormat::kJsonl,
       lit("{\"text\":\"أ\"}\r\n{\"text\":\"ب\"}\r{\"text\":\"ج\"}\n{\"text\":\"د\"}"), 4, ""},
      {"jsonl_bom_on_every_line", InputFormat::kJsonl,
       lit("\xEF\xBB\xBF" + jsonl(kArabic) + "\xEF\xBB\xBF" + jsonl(kArabic) + "\xEF\xBB\xBF" + jsonl(kArabic)), 3, ""},
      // ---- UTF-16 and UTF-32: decoded (a mark, or UTF-16's NUL pattern without one)
      {"jsonl_utf16le_with_bom", InputFormat::kJsonl, [] { return "\xFF\xFE" + utf16(jsonl(kArabic) + jsonl(kArabic), true); },
       2, "", "", [](const Docs& d) { EXPECT_EQ(d[1].text, kArabic); }},
      {"jsonl_utf16be_with_bom", InputFormat::kJsonl, [] { return "\xFE\xFF" + utf16(jsonl(kArabic) + jsonl(kArabic), false); },
       2, "", "", [](const Docs& d) { EXPECT_EQ(d[0].text, kArabic); }},
      {"text_utf16le_without_bom", InputFormat::kText, [] { return utf16(kArabic, true); }, 1, "", "",
       [](const Docs& d) {
         EXPECT_EQ(d[0].text, kArabic);
         EXPECT_TRUE(d[0].text_is_extracted);  // the record carries the decoded text
         EXPECT_FALSE(d[0].tokens.empty());
       }},
      {"text_utf32be_with_bom", InputFormat::kText,
       [] {
         std::string out("\0\0\xFE\xFF", 4);
         for (size_t i = 0; i < kArabic.size();) {
           char32_t c = text::next(kArabic, i);
           out += {'\0', static_cast<char>(c >> 16), static_cast<char>((c >> 8) & 0xFF), static_cast<char>(c & 0xFF)};
         }
         return out;
       },
       1, "", "", [](const Docs& d) { EXPECT_EQ(d[0].text, kArabic); }},
      {"text_utf16_lone_surrogate", InputFormat::kText,
       [] { return "\xFF\xFE" + utf16("قال", true) + std::string("\x00\xD8", 2) + utf16(" الوزير", true); }, 1,
       "invalid-encoding", "", [](const Docs& d) { EXPECT_EQ(d[0].text, "قال\uFFFD الوزير"); }},
      {"html_utf16le_with_bom", InputFormat::kHtml, [] { return "\xFF\xFE" + utf16("<p>" + kArabic + "</p>", true); }, 1, "",
       "", [](const Docs& d) { EXPECT_EQ(d[0].text, kArabic); }},
      // ---- an HTML page's declared charset (through ICU), unless the page is valid UTF-8 anyway
      {"html_windows_1256", InputFormat::kHtml,
       lit("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\"></head><body><p>"
           "\xC3\xDB\xE1\xDE\xCA\x20\xC7\xE1\xC8\xE1\xCF\xED\xC9\x20\xC7\xE1\xD3\xE6\xDE\x20\xC7\xE1\xDE\xCF\xED\xE3\x20"
           "\xC8\xDA\xCF\x20\xCD\xD1\xED\xDE\x20\xD5\xDB\xED\xD1</p></body></html>"),
       1, "", "", [](const Docs& d) { EXPECT_EQ(d[0].text, "أغلقت البلدية السوق القديم بعد حريق صغير"); }},
      {"html_declared_1256_but_utf8", InputFormat::kHtml, lit("<meta charset=\"windows-1256\"><p>" + kArabic + "</p>"), 1, "",
       "", [](const Docs& d) { EXPECT_EQ(d[0].text, kArabic); }},
      // A UTF-8 page with a stale windows-1256 declaration and a stray byte: still read as UTF-8.
      {"html_declared_1256_mostly_utf8", InputFormat::kHtml,
       lit("<meta charset=\"windows-1256\"><p>" + kArabic + "\xFF</p>"), 1, "invalid-utf8", "",
       [](const Docs& d) { EXPECT_EQ(d[0].text, kArabic + "\uFFFD"); }},
      {"html_unknown_charset", InputFormat::kHtml, lit("<meta charset=\"x-no-such-charset\"><p>" + kArabic + "</p>"), 1,
       "unknown-charset", "", [](const Docs& d) { EXPECT_EQ(d[0].text, kArabic); }},
      // ---- valid JSON that simdjson's number parser or Unicode rejects: read, text kept
      {"jsonl_big_numbers", InputFormat::kJsonl,
       lit("{\"id\":123456789012345678901234567890,\"views\":1e400,\"rank\":-1e-999,\"text\":\"" + kArabic + "\"}\n"), 1, "",
       "", [](const Docs& d) {
         EXPECT_EQ(d[0].id, "123456789012345678901234567890");
         EXPECT_FALSE(d[0].tokens.empty());
       }},
      {"jsonl_lone_surrogate", InputFormat::kJsonl, lit(jsonl("قال \\ud800 الوزير")), 1, "lone-surrogate", "",
       [](const Docs& d) {
         EXPECT_FALSE(d[0].failed());
         EXPECT_EQ(d[0].text, "قال \uFFFD الوزير");
       }},
      // ---- not text at all: flagged, no text, no linguistic layers
      {"text_binary_executable", InputFormat::kText, executable_like, 1, "binary-input", "", expect_no_layers},
      {"text_random_bytes", InputFormat::kText, random_bytes, 1, "binary-input", "", expect_no_layers},
      {"html_random_bytes", InputFormat::kHtml, random_bytes, 1, "binary-input", "", expect_no_layers},
      // ---- reads bounded by the size limit: a text is read up to it and no further
      {"text_longer_than_the_limit", InputFormat::kText,
       [] {
         std::string s;
         while (s.size() < (5u << 20)) s += "سطر\n";  // cheap to analyse: no sentence to read
         return s;
       },
       1, "document-truncated", "",
       [](const Docs& d) {
         EXPECT_LE(d[0].text.size(), Options{}.max_document_bytes);
         EXPECT_TRUE(text::is_valid(d[0].text));
         for (const auto& e : d[0].errors) EXPECT_NE(e.code, "invalid-utf8");  // the cut is not a bad byte
       }},
      // ---- --published that is not a date: reported on the record, relative dates unresolved
      {"text_published_not_a_date", InputFormat::kText, lit(kArabic), 1, "invalid-published-date", "2022-13-45",
       [](const Docs& d) {
         EXPECT_FALSE(d[0].published.has_value());
         for (const auto& m : d[0].dates) EXPECT_FALSE(m.date.has_value()) << m.kind;
       }},
      {"jsonl_published_not_a_date", InputFormat::kJsonl, lit(jsonl(kArabic)), 1, "invalid-published-date", "2022-13-45"},
  };
  return rows;
}

// README's error table: every code a record carries must be documented there.
std::set<std::string> readme_error_codes() {
  std::ifstream f(std::string(RASD_SOURCE_DIR) + "/README.md");
  std::set<std::string> codes;
  std::string line;
  bool in_section = false;
  while (std::getline(f, line)) {
    if (line.rfind("### ", 0) == 0 || line.rfind("## ", 0) == 0) in_section = line == "### Error codes";
    if (in_section && line.rfind("| `", 0) == 0) codes.insert(line.substr(3, line.find('`', 3) - 3));
  }
  return codes;
}

bool has_code(const Document& d, const std::string& code) {
  for (const auto& e : d.errors)
    if (e.code == code) return true;
  return false;
}

// ctest lists each row by name, not by its bytes.
void PrintTo(const Row& row, std::ostream* os) { *os << row.name; }

class BadInput : public ::testing::TestWithParam<Row> {};

TEST_P(BadInput, OneRecordPerInputRecordWithTheExpectedError) {
  const Row& row = GetParam();
  Pipeline pipeline;
  io::ExtractConfig config;
  config.format = row.format;
  config.published = row.published;
  Docs docs;
  io::Extractor extractor(pipeline, config, [&](const Document& d) { docs.push_back(d); });
  {
    std::istringstream in(row.bytes());
    extractor.read(in, "input");
  }

  ASSERT_EQ(docs.size(), row.records);
  EXPECT_EQ(extractor.stats().records, docs.size());
  size_t failed = 0;
  static const std::set<std::string> documented = readme_error_codes();
  ASSERT_FALSE(documented.empty()) << "README has no error table";
  std::set<std::string> ids;
  simdjson::dom::parser parser;
  for (size_t k = 0; k < docs.size(); ++k) {
    const Document& d = docs[k];
    failed += d.failed();
    EXPECT_TRUE(ids.insert(d.id).second) << "duplicate id " << d.id;
    if (row.error.empty() || k < row.clean_before) {
      for (const auto& e : d.errors) ADD_FAILURE() << d.id << ": unexpected error " << e.code << ": " << e.message;
    } else {
      EXPECT_TRUE(has_code(d, row.error)) << d.id << ": no " << row.error;
    }
    for (const auto& e : d.errors) {
      EXPECT_TRUE(documented.count(e.code)) << "error code not in README's table: " << e.code;
      EXPECT_FALSE(e.message.empty()) << e.code;
    }
    std::string out;
    io::write_record(d, {}, out);
    ASSERT_FALSE(out.empty());
    EXPECT_EQ(out.find('\n'), out.size() - 1) << "a record is one line";
    EXPECT_TRUE(text::is_valid(out));
    simdjson::dom::element root;
    ASSERT_EQ(parser.parse(out).get(root), simdjson::SUCCESS) << out.substr(0, 500);
    EXPECT_TRUE(root.is_object());
  }
  EXPECT_EQ(extractor.stats().failed, failed);
  if (row.check) row.check(docs);
}

INSTANTIATE_TEST_SUITE_P(Table, BadInput, ::testing::ValuesIn(table()),
                         [](const ::testing::TestParamInfo<Row>& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace rasd

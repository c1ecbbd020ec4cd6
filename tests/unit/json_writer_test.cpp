#include "rasd/io/json_writer.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include <vector>

#include "rasd/pipeline.h"

namespace rasd::io {
namespace {

simdjson::dom::element parse(simdjson::dom::parser& p, const std::string& s) {
  simdjson::dom::element e;
  EXPECT_EQ(p.parse(s).get(e), simdjson::SUCCESS) << s;
  return e;
}

// The record of one text run through the whole pipeline and the writer.
std::string record_of(const char* id, const std::string& text, const char* published) {
  static const Pipeline pipeline;
  RawDocument raw;
  raw.id = id;
  raw.text = text;
  raw.published = published;
  std::string out;
  write_record(pipeline.run(raw), {}, out);
  return out;
}

// The code points [start, end) of a UTF-8 text, as the record's offsets count them.
std::string code_points(const std::string& s, size_t start, size_t end) {
  size_t cp = 0, from = std::string::npos, to = s.size();
  for (size_t i = 0; i <= s.size(); ++i) {
    if (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (cp == start) from = i;
    if (cp == end) { to = i; break; }
    ++cp;
  }
  return from == std::string::npos ? std::string() : s.substr(from, to - from);
}

TEST(JsonWriterTest, RecordCarriesTheContractFields) {
  Pipeline pipeline;
  RawDocument raw;
  raw.id = "w1";
  raw.text = "قُتل 3 أشخاص.";
  raw.published = "2023-04-02";
  Document doc = pipeline.run(raw);
  std::string out;
  write_record(doc, {}, out);
  ASSERT_EQ(out.back(), '\n');
  simdjson::dom::parser p;
  auto e = parse(p, out);
  EXPECT_EQ(std::string_view(e["id"]), "w1");
  EXPECT_EQ(std::string_view(e["published"]), "2023-04-02");
  for (const char* k : {"events", "quotes", "entities", "boilerplate", "errors"})
    EXPECT_TRUE(e[k].is_array()) << k;
  EXPECT_TRUE(e["source_line"].is_null());
  // Each event says whether it is background (output contract); a killing told today is not.
  simdjson::dom::array events = e["events"];
  ASSERT_GT(events.size(), 0u) << out;
  for (auto ev : events) EXPECT_FALSE(bool(ev["background"])) << out;
}

// An event dated long before publication is background, and stays asserted.
TEST(JsonWriterTest, OldEventIsBackground) {
  std::string out = record_of("w5", "قصفت الطائرات البلدة في مارس 2021.", "2023-04-02");
  simdjson::dom::parser p;
  auto e = parse(p, out);
  simdjson::dom::array events = e["events"];
  ASSERT_EQ(events.size(), 1u) << out;
  for (auto ev : events) {
    EXPECT_TRUE(bool(ev["background"])) << out;
    EXPECT_EQ(std::string_view(ev["modality"]), "asserted") << out;
  }
}

// Offsets are code points: the number after a diacritised word is where Python would put it.
TEST(JsonWriterTest, OffsetsAreCodePoints) {
  Pipeline pipeline;
  RawDocument raw;
  raw.id = "w2";
  raw.text = "قُتل 3";  // ق ُ ت ل space 3 -> "3" at code point 5
  Document doc = pipeline.run(raw);
  ASSERT_FALSE(doc.quantities.empty());
  std::string out;
  write_record(doc, {}, out);
  simdjson::dom::parser p;
  auto e = parse(p, out);
  auto q = e["quantities"].at(0);
  EXPECT_EQ(int64_t(q["start"]), 5);
  EXPECT_EQ(int64_t(q["end"]), 6);
}

TEST(JsonWriterTest, EscapesControlCharactersAndQuotes) {
  std::string out;
  append_json_string(out, std::string("a\"b\\c\n\x01", 7));
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\n\\u0001\"");
}

TEST(JsonWriterTest, ErrorsCarryCodeMessageAndCodePointStart) {
  Pipeline pipeline;
  RawDocument raw;
  raw.id = "w3";
  raw.text = "أب\xFF";
  Document doc = pipeline.run(raw);
  std::string out;
  write_record(doc, {}, out);
  simdjson::dom::parser p;
  auto e = parse(p, out);
  auto err = e["errors"].at(0);
  EXPECT_EQ(std::string_view(err["code"]), "invalid-utf8");
  EXPECT_EQ(int64_t(err["start"]), 2);
  EXPECT_FALSE(std::string_view(err["message"]).empty());
}

TEST(JsonWriterTest, HtmlRecordsCarryTheirText) {
  Document doc;
  doc.id = "h";
  doc.text = "نص";
  doc.text_is_extracted = true;
  std::string out;
  write_record(doc, {}, out);
  simdjson::dom::parser p;
  auto e = parse(p, out);
  EXPECT_EQ(std::string_view(e["text"]), "نص");
}

// Two tellings of one explosion give two death tolls: the record keeps one figure per role, says
// by which rule, and lists both figures with their words and offsets (the update is not hidden).
TEST(JsonWriterTest, EveryTellingsFigureIsKeptBesideTheChosenOne) {
  const std::string text =
      "قتل خمسة أشخاص في انفجار سيارة مفخخة في سوق بمدينة الموصل صباح اليوم الأحد. "
      "وقالت الشرطة في وقت لاحق إن الانفجار أسفر عن مقتل ثمانية أشخاص.";
  std::string out = record_of("w-claims", text, "2024-03-10");
  simdjson::dom::parser p;
  auto e = parse(p, out);
  simdjson::dom::array events = e["events"];
  ASSERT_EQ(events.size(), 1u) << out;
  auto ev = events.at(0);
  EXPECT_EQ(double(ev["counts"]["dead"]["value"]), 5) << out;
  EXPECT_EQ(std::string_view(ev["counts"]["dead"]["rule"]), "first-precise-telling");
  simdjson::dom::array claims;
  ASSERT_EQ(ev["count_claims"].get(claims), simdjson::SUCCESS) << out;
  std::vector<double> figures;
  size_t chosen = 0;
  for (auto c : claims) {
    if (std::string_view(c["role"]) != "dead") continue;
    figures.push_back(double(c["figure"]["value"]));
    chosen += bool(c["chosen"]);
    // The words of each figure are where its offsets (code points) say.
    std::string_view words = c["text"];
    EXPECT_FALSE(words.empty());
    EXPECT_EQ(code_points(text, uint64_t(c["figure"]["start"]), uint64_t(c["figure"]["end"])), words) << out;
  }
  EXPECT_EQ(figures, (std::vector<double>{5, 8})) << out;
  EXPECT_EQ(chosen, 1u);
}

// One telling, one figure: nothing to set side by side, so no list.
TEST(JsonWriterTest, ASingleFigureHasNoClaimsList) {
  std::string out =
      record_of("w-one", "قتل خمسة أشخاص في انفجار سيارة مفخخة في سوق بمدينة الموصل صباح اليوم الأحد.", "2024-03-10");
  simdjson::dom::parser p;
  auto e = parse(p, out);
  simdjson::dom::array events = e["events"];
  ASSERT_EQ(events.size(), 1u) << out;
  EXPECT_EQ(events.at(0)["count_claims"].error(), simdjson::NO_SUCH_FIELD) << out;
  EXPECT_EQ(double(events.at(0)["counts"]["dead"]["value"]), 5) << out;
}

}  // namespace
}  // namespace rasd::io

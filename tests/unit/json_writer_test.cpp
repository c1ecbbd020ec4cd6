#include "rasd/io/json_writer.h"

#include <gtest/gtest.h>
#include <simdjson.h>

#include "rasd/pipeline.h"

namespace rasd::io {
namespace {

simdjson::dom::element parse(simdjson::dom::parser& p, const std::string& s) {
  simdjson::dom::element e;
  EXPECT_EQ(p.parse(s).get(e), simdjson::SUCCESS) << s;
  return e;
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
  Pipeline pipeline;
  RawDocument raw;
  raw.id = "w5";
  raw.text = "قصفت الطائرات البلدة في مارس 2021.";
  raw.published = "2023-04-02";
  Document doc = pipeline.run(raw);
  std::string out;
  write_record(doc, {}, out);
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

}  // namespace
}  // namespace rasd::io

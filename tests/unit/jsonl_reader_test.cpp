#include "rasd/io/jsonl_reader.h"

#include <gtest/gtest.h>

namespace rasd::io {
namespace {

TEST(JsonlReaderTest, ReadsAllFields) {
  auto r = read_jsonl_record(
      R"({"id":"a1","text":"قصف مدفعي","title":"عنوان","published":"2023-05-01","url":"u","outlet":"o"})", "f:1");
  EXPECT_EQ(r.id, "a1");
  EXPECT_EQ(r.text, "قصف مدفعي");
  EXPECT_EQ(*r.title, "عنوان");
  EXPECT_EQ(*r.published, "2023-05-01");
  EXPECT_EQ(*r.url, "u");
  EXPECT_EQ(*r.outlet, "o");
  EXPECT_TRUE(r.errors.empty());
}

TEST(JsonlReaderTest, NumericIdAndEscapes) {
  auto r = read_jsonl_record(R"({"id":42,"text":"\u0642\u0627\u0644\n\"نعم\""})", "f:1");
  EXPECT_EQ(r.id, "42");
  EXPECT_EQ(r.text, "قال\n\"نعم\"");
}

TEST(JsonlReaderTest, FallbackIdWhenAbsent) {
  auto r = read_jsonl_record(R"({"text":"نص"})", "file:7");
  EXPECT_EQ(r.id, "file:7");
}

struct Bad { const char* line; const char* code; };

TEST(JsonlReaderTest, UnusableLinesYieldFatalErrors) {
  const Bad cases[] = {
      {"{\"text\": \"مفتوح", "invalid-json"},
      {"[1,2]", "not-an-object"},
      {"\"نص\"", "not-an-object"},
      {"{\"id\":\"x\"}", "missing-text"},
      {"{\"text\":17}", "text-not-string"},
      {"{\"text\":null}", "text-not-string"},
      {"{\"text\":\"a\"} trailing", "invalid-json"},
  };
  for (const auto& c : cases) {
    auto r = read_jsonl_record(c.line, "f:1");
    ASSERT_FALSE(r.errors.empty()) << c.line;
    EXPECT_EQ(r.errors.back().code, c.code) << c.line;
    EXPECT_TRUE(r.errors.back().fatal) << c.line;
  }
}

TEST(JsonlReaderTest, InvalidUtf8InsideTheLineIsRepairedNotFatal) {
  std::string line = "{\"id\":\"b\",\"text\":\"\xD9\x82\xFF\xD9\x84\"}";
  auto r = read_jsonl_record(line, "f:1");
  EXPECT_EQ(r.id, "b");
  EXPECT_EQ(r.text, "\xD9\x82\xEF\xBF\xBD\xD9\x84");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code, "invalid-utf8");
  EXPECT_FALSE(r.errors[0].fatal);
}

TEST(JsonlReaderTest, DeepNestingIsAnErrorNotACrash) {
  std::string line = "{\"text\":\"x\",\"deep\":" + std::string(10000, '[') + std::string(10000, ']') + "}";
  auto r = read_jsonl_record(line, "f:1");
  ASSERT_FALSE(r.errors.empty());
  EXPECT_EQ(r.errors.back().code, "invalid-json");
}

TEST(JsonlReaderTest, NonStringOptionalFieldIsIgnoredWithAWarning) {
  auto r = read_jsonl_record(R"({"text":"نص","title":["x"]})", "f:1");
  EXPECT_FALSE(r.title);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code, "field-not-string");
  EXPECT_FALSE(r.errors[0].fatal);
}

TEST(JsonlReaderTest, NumbersOfAnySizeAreValidJson) {
  // Beyond 64 bits and beyond double range, in any field: the record is read, the text kept.
  auto r = read_jsonl_record(
      R"({"id":123456789012345678901234567890,"views":1e400,"score":-1e-400,"n":-98765432109876543210,"text":"نص"})", "f:1");
  EXPECT_TRUE(r.errors.empty());
  EXPECT_EQ(r.id, "123456789012345678901234567890");  // kept as written
  EXPECT_EQ(r.text, "نص");
  auto nested = read_jsonl_record(R"({"text":"نص","meta":{"a":[1e999,{"b":99999999999999999999999}]}})", "f:1");
  EXPECT_TRUE(nested.errors.empty());
  // A number-valued title is not an integer id: ignored with a warning, as any non-string.
  auto title = read_jsonl_record(R"({"text":"نص","title":1e400})", "f:1");
  ASSERT_EQ(title.errors.size(), 1u);
  EXPECT_EQ(title.errors[0].code, "field-not-string");
}

TEST(JsonlReaderTest, NumberGrammarIsStillChecked) {
  for (const char* line : {R"({"text":"a","n":01})", R"({"text":"a","n":1.})", R"({"text":"a","n":-})",
                           R"({"text":"a","n":.5})", R"({"text":"a","n":1e})", R"({"text":"a","n":+1})",
                           R"({"id":0x10,"text":"a"})", R"(12 13)", R"(-)"}) {
    auto r = read_jsonl_record(line, "f:1");
    ASSERT_FALSE(r.errors.empty()) << line;
    EXPECT_EQ(r.errors.back().code, "invalid-json") << line;
  }
  EXPECT_EQ(read_jsonl_record("123456789012345678901234567890", "f:1").errors.back().code, "not-an-object");
}

TEST(JsonlReaderTest, LoneSurrogateEscapesAreRepairedAndNoted) {
  auto r = read_jsonl_record(R"({"text":"قال\ud800 الوزير","title":"\udc00"})", "f:1");
  EXPECT_EQ(r.text, "قال\uFFFD الوزير");
  ASSERT_TRUE(r.title);
  EXPECT_EQ(*r.title, "\uFFFD");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code, "lone-surrogate");
  EXPECT_FALSE(r.errors[0].fatal);
  // A pair is a character, not an error.
  auto pair = read_jsonl_record(R"({"text":"\ud83d\ude00"})", "f:1");
  EXPECT_TRUE(pair.errors.empty());
  EXPECT_EQ(pair.text, "😀");
}

TEST(JsonlReaderTest, FirstOfDuplicateKeysAndTrailingContent) {
  auto r = read_jsonl_record(R"({"text":"أول","text":"ثان","id":"a","id":"b"})", "f:1");
  EXPECT_EQ(r.text, "أول");
  EXPECT_EQ(r.id, "a");
  for (const char* line : {R"({"text":"a"} {"text":"b"})", R"({"text":"a"}])", R"([1] x)", R"("a" "b")"}) {
    auto bad = read_jsonl_record(line, "f:1");
    ASSERT_FALSE(bad.errors.empty()) << line;
    EXPECT_EQ(bad.errors.back().code, "invalid-json") << line;
  }
}

TEST(JsonlReaderTest, CutLineKeepsItsTextUpToTheCut) {
  std::string line = R"({"id":"long","title":"عنوان","text":"قال الوزير إن)";
  auto r = read_cut_jsonl_record(line.substr(0, line.size() - 1), "f:1");  // mid-letter: dropped
  EXPECT_EQ(r.id, "long");
  EXPECT_EQ(r.text, "قال الوزير إ");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code, "document-truncated");
  EXPECT_FALSE(r.errors[0].fatal);
  // Cut before the text: no text field, so the record fails as any line without one.
  auto early = read_cut_jsonl_record(R"({"id":"x","tit)", "f:1");
  EXPECT_EQ(early.errors.back().code, "missing-text");
}

bool fatal(const RawDocument& r) {
  for (const RecordError& e : r.errors)
    if (e.fatal) return true;
  return false;
}

TEST(JsonlReaderTest, EveryCutOfAValidLineIsStillValidJson) {
  // Whatever byte a cut line ends at, closing it yields JSON (the record may lack its text, but
  // it is never invalid-json), and any text kept is a prefix of the whole text.
  const char* lines[] = {
      R"({"id":"a-1","title":"عنوان \"مقتبس\"","n":-12.5e+3,"ok":true,"none":null,"tags":["x",{"k":[1,2]}],"text":"قال \u0627\u0644 \ud83d\ude00 نص\\ آخر"})",
      R"({"text":"نص قصير","meta":{"a":{"b":[[],{},"\/"]},"c":false},"id":123456789012345678901234567890})",
      R"(  {  "text" : "مسافات حول الرموز" ,  "x" : [ 1 , 2 ]  }  )",
  };
  for (const char* l : lines) {
    std::string line(l);
    RawDocument whole = read_jsonl_record(line, "f:1");
    ASSERT_FALSE(fatal(whole)) << line;
    for (size_t k = 0; k <= line.size(); ++k) {
      if (is_blank_line(line.substr(0, k))) continue;  // a blank line is no record (never cut)
      RawDocument r = read_cut_jsonl_record(line.substr(0, k), "f:1");
      for (const RecordError& e : r.errors) EXPECT_NE(e.code, "invalid-json") << "cut at " << k << ": " << line.substr(0, k);
      if (!fatal(r)) {
        std::string kept = r.text;
        // A repaired half surrogate pair ends the kept text with U+FFFD.
        if (kept.ends_with("\uFFFD")) kept.resize(kept.size() - 3);
        EXPECT_TRUE(whole.text.starts_with(kept)) << "cut at " << k << ": " << r.text;
      }
    }
  }
}

TEST(JsonlReaderTest, BlankLines) {
  EXPECT_TRUE(is_blank_line(""));
  EXPECT_TRUE(is_blank_line(" \t\r"));
  EXPECT_FALSE(is_blank_line(" {}"));
}

}  // namespace
}  // namespace rasd::io

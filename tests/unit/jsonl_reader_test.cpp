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

TEST(JsonlReaderTest, BlankLines) {
  EXPECT_TRUE(is_blank_line(""));
  EXPECT_TRUE(is_blank_line(" \t\r"));
  EXPECT_FALSE(is_blank_line(" {}"));
}

}  // namespace
}  // namespace rasd::io

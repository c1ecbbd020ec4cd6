// Code-point spans over stored texts (serve/text_spans): slicing, sentences, stored mentions.
// Texts are written for these tests.
#include <gtest/gtest.h>

#include "rasd/serve/text_spans.h"

namespace rasd::serve {
namespace {

TEST(ServeTextSpansTest, SlicesByCodePointsNotBytes) {
  CodePoints cps("👍 سقطت قذيفة.");
  EXPECT_EQ(cps.size(), 13u);
  EXPECT_EQ(cps.slice({2, 6}), "سقطت");
  EXPECT_EQ(cps.slice({7, 100}), "قذيفة.");  // clamped to the text
  EXPECT_EQ(cps.slice({50, 60}), "");
  EXPECT_EQ(cps.slice({5, 3}), "");          // an inverted span is empty, not a crash
}

TEST(ServeTextSpansTest, TheSentenceAroundASpanStopsAtArabicAndLatinMarks) {
  CodePoints cps("هل انتهى الحصار؟ عاد السكان إلى بيوتهم. وفتحت المدارس\nغدا يوم آخر");
  auto sentence = [&](const std::string& word) {
    std::string text = "هل انتهى الحصار؟ عاد السكان إلى بيوتهم. وفتحت المدارس\nغدا يوم آخر";
    // the word's code-point offset
    uint32_t at = 0;
    for (uint32_t i = 0; i < cps.size(); ++i)
      if (cps.slice({i, i + static_cast<uint32_t>(CodePoints(word).size())}) == word) { at = i; break; }
    return cps.slice(cps.sentence_around({at, at + CodePoints(word).size()}));
  };
  EXPECT_EQ(sentence("السكان"), "عاد السكان إلى بيوتهم.");
  EXPECT_EQ(sentence("الحصار"), "هل انتهى الحصار؟");
  EXPECT_EQ(sentence("المدارس"), "وفتحت المدارس");  // a line break ends it, and is not kept
  EXPECT_EQ(sentence("يوم"), "غدا يوم آخر");
}

TEST(ServeTextSpansTest, ACutSequenceNeverReadsPastTheText) {
  std::string cut = "نص";
  cut += '\xD8';  // the lead byte of a two-byte letter, and nothing after it
  CodePoints cps(cut);
  EXPECT_EQ(cps.size(), 3u);
  EXPECT_EQ(cps.at(2), char32_t(0xD8));
  EXPECT_EQ(cps.at(9), char32_t(0));
}

TEST(ServeTextSpansTest, MentionsComeFromTheStoredContentAndBadOnesAreSkipped) {
  auto spans = content_mentions(R"({"type":"ASSAULT","mentions":[{"start":3,"end":7},{"start":9,"end":2},)"
                                R"({"start":-1,"end":4},{"start":10,"end":12}]})");
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0].start, 3u);
  EXPECT_EQ(spans[1].end, 12u);
  EXPECT_TRUE(content_mentions("not json").empty());
  EXPECT_TRUE(content_mentions(R"({"mentions":"none"})").empty());
}

TEST(ServeTextSpansTest, NumbersAreWholeWhenWhole) {
  EXPECT_EQ(io_number(5), "5");
  EXPECT_EQ(io_number(2.5), "2.5");
  EXPECT_EQ(io_number(1.0 / 0.0), "null");
}

}  // namespace
}  // namespace rasd::serve

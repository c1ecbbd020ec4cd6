#include "rasd/text/tokenize.h"

#include <gtest/gtest.h>

namespace rasd::text {
namespace {

std::vector<std::string> surfaces(const std::string& text, const std::vector<Token>& toks) {
  std::vector<std::string> out;
  for (const auto& t : toks) out.emplace_back(t.span.of(text));
  return out;
}

TEST(TokenizeTest, WordsNumbersPunctuation) {
  std::string text = "قال الوزير: «وصل 2,500 جندي» أمس.";
  auto toks = tokenize(text);
  std::vector<std::string> want = {"قال", "الوزير", ":", "«", "وصل", "2,500", "جندي", "»", "أمس", "."};
  EXPECT_EQ(surfaces(text, toks), want);
  EXPECT_EQ(toks[5].kind, TokenKind::kNumber);
  EXPECT_EQ(toks[3].kind, TokenKind::kPunct);
}

TEST(TokenizeTest, DiacriticsAndTatweelStayInsideTheWord) {
  std::string text = "حَذَّرَ الـرئيس";
  auto toks = tokenize(text);
  ASSERT_EQ(toks.size(), 2u);
  EXPECT_EQ(toks[0].span.of(text), "حَذَّرَ");
  EXPECT_EQ(toks[0].key, "حذر");
  EXPECT_EQ(toks[1].key, "الرييس");
  EXPECT_EQ(toks[1].stem, "رييس");
}

// A hashtag's sign and underscores are no punctuation: the words inside it are read as prose,
// while a '#' before a number or alone stays a token.
TEST(TokenizeTest, HashtagsReadAsWords) {
  std::string text = "سقطت قذيفة على #مدينة_الزهراء و#حي_النور قرب المبنى #3 #";
  auto toks = tokenize(text);
  // «و#حي»: the conjunction ends at the '#', which a letter follows, so the sign is skipped.
  std::vector<std::string> want = {"سقطت", "قذيفة", "على", "مدينة", "الزهراء", "و", "حي", "النور",
                                   "قرب", "المبنى", "#", "3", "#"};
  EXPECT_EQ(surfaces(text, toks), want);
  EXPECT_EQ(toks[4].span.begin + 0u, text.find("الزهراء"));  // spans still index the text as written
}

TEST(TokenizeTest, ArabicIndicDecimalIsOneNumber) {
  std::string text = "ارتفع بنسبة ٢٫٥٪";
  auto toks = tokenize(text);
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_EQ(toks[2].span.of(text), "٢٫٥");
  EXPECT_EQ(toks[2].key, "2.5");
  EXPECT_EQ(toks[3].kind, TokenKind::kPunct);  // ٪ is punctuation (Po) in Unicode, like %
}

TEST(TokenizeTest, SentenceFinalDotIsNotPartOfTheNumber) {
  std::string text = "بلغ العدد 40.";
  auto toks = tokenize(text);
  ASSERT_EQ(toks.size(), 4u);
  EXPECT_EQ(toks[2].span.of(text), "40");
}

TEST(TokenizeTest, ClitizedWordsGetStems) {
  std::string text = "وأضاف بالعاصمة";
  auto toks = tokenize(text);
  ASSERT_EQ(toks.size(), 2u);
  EXPECT_EQ(toks[0].stem, "اضاف");
  EXPECT_EQ(toks[1].stem, "عاصمة");
}

TEST(TokenizeTest, LatinAndArabicSplitEvenWhenAdjacent) {
  std::string text = "منظمةNATO";
  auto toks = tokenize(text);
  ASSERT_EQ(toks.size(), 2u);
  EXPECT_EQ(toks[1].kind, TokenKind::kLatin);
  EXPECT_EQ(toks[1].key, "nato");
}

TEST(TokenizeTest, InvisibleMarksAndBomSeparateNothing) {
  std::string text = "\xEF\xBB\xBF" "أعلن\u200F الجيش\r\nاليوم";
  auto toks = tokenize(text);
  ASSERT_EQ(toks.size(), 3u);
  EXPECT_EQ(toks[0].span.begin, 3u);  // after the BOM
  EXPECT_EQ(toks[0].span.of(text), "أعلن");
}

TEST(TokenizeTest, SpansOrderedAndOnBoundaries) {
  std::string text = "«تعزيزات» من روسيا، ووصل ٣٠٠٠ جندي—بحسب (تاس).";
  auto toks = tokenize(text);
  uint32_t last = 0;
  for (const auto& t : toks) {
    EXPECT_LE(last, t.span.begin);
    EXPECT_LT(t.span.begin, t.span.end);
    EXPECT_NE(static_cast<unsigned char>(text[t.span.begin]) & 0xC0, 0x80u);
    last = t.span.end;
  }
}

}  // namespace
}  // namespace rasd::text

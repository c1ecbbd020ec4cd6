#include "rasd/text/token_readings.h"

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "rasd/text/tokenize.h"

namespace rasd::text {
namespace {

void expect_same(const std::vector<CliticAnalysis>& want, const TokenReadings& got, const Token& t) {
  ASSERT_EQ(want.size(), got.size()) << t.key;
  size_t i = 0;
  for (const CliticAnalysis& a : got) {
    EXPECT_EQ(want[i].prefix, a.prefix) << t.key;
    EXPECT_EQ(want[i].stem, a.stem) << t.key;
    EXPECT_EQ(want[i].suffix, a.suffix) << t.key;
    EXPECT_EQ(want[i].article, a.article) << t.key;
    EXPECT_EQ(want[i].future, a.future) << t.key;
    EXPECT_EQ(got[i].stem, a.stem);
    // Views into the token's own key, not into a copy.
    EXPECT_EQ(a.prefix.data(), t.key.data());
    ++i;
  }
}

// The layer holds, for every token, the readings analyse_clitics gives its key, in the same
// order: words with proclitics, an enclitic, the future marker and لل, and tokens that are no
// Arabic word (a Latin word, a number, punctuation), which read whole.
TEST(TokenReadingsTest, EveryTokenReadsAsItsKeyAnalyses) {
  Document d;
  d.text = "وبالحديقة زرع الفلاحون 40 شجرة لأحفادهم، وسيسقونها للموسم المقبل مع Maria.";
  tokenize(d);
  ASSERT_EQ(d.clitic_first.size(), d.tokens.size() + 1);
  bool pronoun = false, future = false, article = false;
  for (uint32_t k = 0; k < d.tokens.size(); ++k) {
    const Token& t = d.tokens[k];
    TokenReadings got = clitic_readings(d, k);
    expect_same(analyse_clitics(t.key), got, t);
    ASSERT_FALSE(got.empty());
    EXPECT_TRUE(got[0].prefix.empty());  // the unsegmented word first
    if (t.kind != TokenKind::kWord) {
      EXPECT_EQ(got.size(), 1u) << t.key;
    }
    for (const CliticAnalysis& a : got) {
      pronoun |= !a.suffix.empty();
      future |= a.future;
      article |= a.article;
    }
  }
  EXPECT_TRUE(pronoun);
  EXPECT_TRUE(future);
  EXPECT_TRUE(article);
}

// The layer keeps lengths, not views: a moved document reads its readings from its own keys.
TEST(TokenReadingsTest, ReadingsFollowTheDocumentWhenItMoves) {
  Document d;
  d.text = "فالمزارع يبيعونها بالسوق";  // short keys, kept inside their strings
  tokenize(d);
  Document moved = std::move(d);
  for (uint32_t k = 0; k < moved.tokens.size(); ++k)
    expect_same(analyse_clitics(moved.tokens[k].key), clitic_readings(moved, k), moved.tokens[k]);
}

// Tokens set without the layer are refused rather than read with another document's cuts.
TEST(TokenReadingsTest, TokensWithoutTheLayerAreRefused) {
  Document d;
  d.text = "ولدينا كتاب";
  tokenize(d);
  d.tokens = tokenize(std::string_view("ولدينا كتاب جديد"));
  EXPECT_THROW(clitic_readings(d, 0), std::logic_error);
  note_clitic_readings(d);
  EXPECT_EQ(clitic_readings(d, 2)[0].stem, d.tokens[2].key);
}

}  // namespace
}  // namespace rasd::text

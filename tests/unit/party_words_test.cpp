// The signs of whether plain words can name a party (events/party_words.h), one sentence per
// word list and form. Sentences written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "rasd/events/party_words.h"
#include "run_pipeline.h"

namespace rasd::events {
namespace {

// The signs of the one-word phrase at the first token whose text is `word`.
std::vector<std::string> signs_of(const std::string& text, const std::string& word) {
  Document d = test_support::run_pipeline(text);
  for (uint32_t k = 0; k < d.tokens.size(); ++k)
    if (d.tokens[k].span.of(d.text) == word) return party_signs(d, k, k + 1);
  ADD_FAILURE() << word << " not in " << text;
  return {};
}

bool has(const std::vector<std::string>& v, const std::string& x) { return std::find(v.begin(), v.end(), x) != v.end(); }

TEST(PartyWordsTest, WordListsAndFormsSayWhetherAWordCanNameAParty) {
  const std::string text =
      "والتقى الوزير ممثلي وزارة الزراعة والمزارعين الفرنسيين بعد سقوط قتلى في محافظة نائية قرب الطاولة.";
  EXPECT_TRUE(has(signs_of(text, "الوزير"), "sign=title"));
  EXPECT_TRUE(has(signs_of(text, "وزارة"), "sign=org-head"));
  EXPECT_TRUE(has(signs_of(text, "الفرنسيين"), "sign=nationality"));
  EXPECT_TRUE(has(signs_of(text, "قتلى"), "sign=count-noun"));
  EXPECT_TRUE(has(signs_of(text, "محافظة"), "sign=place-type"));
  EXPECT_TRUE(has(signs_of(text, "والمزارعين"), "sign=plural-people"));
  auto table = signs_of(text, "الطاولة");
  EXPECT_TRUE(has(table, "sign=none"));
  EXPECT_FALSE(has(table, "sign=plural-people"));
  EXPECT_TRUE(std::any_of(table.begin(), table.end(), [](const std::string& s) { return s.starts_with("sign-cluster="); }));
  // An unnamed actor noun.
  EXPECT_TRUE(has(signs_of("وفرق المسلحون الحشد.", "المسلحون"), "sign=actor-noun"));
}

TEST(PartyWordsTest, TheHeadIsTheNounCounted) {
  Document d = test_support::run_pipeline("واعتقلت الشرطة ثلاثة طلاب أمس.");
  uint32_t k = 0;
  while (k < d.tokens.size() && d.tokens[k].span.of(d.text) != "ثلاثة") ++k;
  ASSERT_LT(k + 1, d.tokens.size());
  auto s = party_signs(d, k, k + 2);
  EXPECT_TRUE(has(s, "sign=counted"));
  EXPECT_EQ(party_signs(d, k, k + 1), std::vector<std::string>{"sign=no-head"});
}

}  // namespace
}  // namespace rasd::events

// Nationality adjectives as the name tagger's context (actors/ner/nisba.h): listed demonyms, the
// nisba made from a country the gazetteer knows, and the features beside a name.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "rasd/actors/ner/features.h"
#include "rasd/actors/ner/nisba.h"
#include "rasd/text/clitics.h"
#include "rasd/text/normalize.h"

namespace rasd::actors::ner {
namespace {

bool nisba(std::string_view word) {
  std::string key = text::normalize_key(word);
  return is_nisba(text::proclitic_stem(key));
}

TEST(NerNisba, ListedAndDerivedFromCountries) {
  EXPECT_TRUE(nisba("الكازاخي"));     // data/actors/demonyms.tsv
  EXPECT_TRUE(nisba("البرتغالي"));    // country with the article: «البرتغال»
  EXPECT_TRUE(nisba("والبرازيلية"));  // feminine, under a conjunction
  EXPECT_TRUE(nisba("اللبنانيون"));   // plural
  EXPECT_TRUE(nisba("التركي"));       // + «يا»: «تركيا»
  EXPECT_TRUE(nisba("الأفغانية"));    // + «ستان»
  // Not a nisba: the country itself, ordinary adjectives and words ending in «ي».
  for (const char* w : {"سورية", "العسكري", "السياسية", "الذي", "يجري", "في", "مصر"})
    EXPECT_FALSE(nisba(w)) << w;
}

TEST(NerNisba, AdjectiveBesideANameIsAFeatureOfTheName) {
  std::vector<std::string> words = {"وسجل", "البرتغالي", "فيرناندينيو", "هدفا", "لفريق", "كورنتيلا", "الإسباني"};
  std::vector<std::string> keys(words.size()), stems(words.size());
  std::vector<TokenText> toks;
  for (size_t i = 0; i < words.size(); ++i) toks.push_back(token_text(words[i], keys[i], stems[i]));
  NameLists none;
  auto f = FeatureExtractor(none).extract_strings(toks);
  auto has_prefix = [&](size_t i, std::string_view p) {
    return std::any_of(f[i].begin(), f[i].end(), [&](const std::string& s) { return s.rfind(p, 0) == 0; });
  };
  EXPECT_TRUE(has_prefix(1, "nb="));
  EXPECT_TRUE(has_prefix(2, "nb-1|lex="));  // the person after the adjective
  EXPECT_TRUE(has_prefix(5, "nb+1|lex="));  // the club before it
  EXPECT_TRUE(has_prefix(6, "nb="));
  for (size_t i : {3u, 4u}) EXPECT_FALSE(has_prefix(i, "nb")) << words[i];
  EXPECT_FALSE(has_prefix(0, "nb=")) << "a verb is no adjective";
  EXPECT_FALSE(has_prefix(1, "nb-1|")) << "no adjective before the adjective";
  // Hashes and strings agree on the new features too.
  std::vector<std::vector<uint64_t>> h;
  FeatureExtractor(none).extract(toks, h);
  for (size_t i = 0; i < f.size(); ++i) {
    ASSERT_EQ(h[i].size(), f[i].size());
    for (size_t k = 0; k < f[i].size(); ++k) EXPECT_EQ(h[i][k], feature_id(f[i][k])) << f[i][k];
  }
}

}  // namespace
}  // namespace rasd::actors::ner

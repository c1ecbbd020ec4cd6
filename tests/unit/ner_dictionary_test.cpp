// The actor dictionary as typed name lists (actors/ner/actor_dictionary.h): invented entries in
// UniversalPetrarch's layout, each typing rule, and the features the tagger then sees.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "rasd/actors/ner/actor_dictionary.h"
#include "rasd/actors/ner/features.h"
#include "rasd/geo/gazetteer.h"

namespace rasd::actors::ner {
namespace {

uint8_t bits_of(const NameLists& l, std::string_view name) {
  auto it = l.entries.find(geo::place_key(name));
  return it == l.entries.end() ? 0 : it->second;
}

TEST(NerDictionary, EntriesAreTypedByTheirWords) {
  NameLists l;
  DictionaryCounts n = add_actor_dictionary(
      // An organisation head, with its code on the same line.
      "حركة_النهوض_الوطني_  [ZZZREB]\n"
      // A title, dropped: what follows is a person (roles over time on indented lines).
      " الشيخ_سالم_بن_طرفة_\n\t[ZZZGOV 20010101-20050101]\n\t[ZZZELI 20050101-18000101]\n"
      // A person with no title.
      "كارلوس_مندوزا_  [ZZZGOV]\n"
      // A lone word: a group's code makes it an organisation, a dated post a person...
      "الصقور  [ZZZREB]\n"
      "فيرلانوف\n\t[ZZZGOV 19990101-20030101]\n"
      // ...and a bare country code (a place) or no dates leave it out.
      "طشقند  [UZB]\n"
      "كرامة  [ZZZGOV]\n"
      // A title and one word is a role; a lemmatised «ل» is text no article spells; a place
      // type word heads a place; a head alone is generic.
      "وزير_خارجية_  [ZZZGOV]\n"
      "مجلس_ل_أمن_  [IGO]\n"
      "مدينة_النخيل_  [ZZZGOV]\n"
      "حزب  [PTY]\n",
      l);
  EXPECT_EQ(n.entries, 11u);
  EXPECT_EQ(n.organisations, 2u);
  EXPECT_EQ(n.persons, 3u);
  EXPECT_EQ(n.skipped, 6u);
  EXPECT_EQ(bits_of(l, "حركة النهوض الوطني"), kDictOrg);
  EXPECT_EQ(bits_of(l, "سالم بن طرفة"), kDictPer);
  EXPECT_EQ(bits_of(l, "الشيخ سالم بن طرفة"), 0);  // the title is not part of the name
  EXPECT_EQ(bits_of(l, "كارلوس مندوزا"), kDictPer);
  EXPECT_EQ(bits_of(l, "الصقور"), kDictOrg);
  EXPECT_EQ(bits_of(l, "فيرلانوف"), kDictPer);
  for (const char* none : {"طشقند", "كرامة", "خارجية", "وزير خارجية", "مجلس ل أمن", "النخيل", "مدينة النخيل", "حزب"})
    EXPECT_EQ(bits_of(l, none), 0) << none;
}

TEST(NerDictionary, BadLinesNeverThrowAndAddNothing) {
  NameLists l;
  DictionaryCounts n = add_actor_dictionary("\t[ZZZGOV]\n[\n   \n_ _\r\nاسم  [ZZZ\n#  تعليق  [ZZZREB]\n", l);
  EXPECT_TRUE(l.entries.empty());
  EXPECT_EQ(n.persons + n.organisations, 0u);
}

TEST(NerDictionary, TaggerSeesTheDictionaryApartFromAnergazet) {
  NameLists l;
  add_actor_dictionary("كارلوس_مندوزا_  [ZZZGOV]\nحركة_النهوض_  [ZZZREB]\n", l);
  l.add("مندوزا", 1);  // ANERgazet-style list: a longer dictionary match wins the span
  std::vector<std::string> words = {"التقى", "كارلوس", "مندوزا", "وفد", "حركة", "النهوض", "ومندوزا"};
  std::vector<std::string> keys(words.size()), stems(words.size());
  std::vector<TokenText> toks;
  for (size_t i = 0; i < words.size(); ++i) toks.push_back(token_text(words[i], keys[i], stems[i]));
  auto f = FeatureExtractor(l).extract_strings(toks);
  auto has = [&](size_t i, std::string_view s) { return std::find(f[i].begin(), f[i].end(), s) != f[i].end(); };
  EXPECT_TRUE(has(1, "al=BDPER"));
  EXPECT_TRUE(has(2, "al=IDPER"));
  EXPECT_FALSE(has(2, "al=BPER"));  // inside the longer match, not a match of its own
  EXPECT_TRUE(has(4, "al=BDORG"));
  EXPECT_TRUE(has(5, "al=IDORG"));
  EXPECT_TRUE(has(6, "al=BPER"));   // alone, under its conjunction: the other list
  EXPECT_FALSE(has(6, "al=BDPER"));
  for (size_t i : {0u, 3u})
    for (const auto& s : f[i]) EXPECT_NE(s.rfind("al=", 0), 0u) << s;
}

}  // namespace
}  // namespace rasd::actors::ner

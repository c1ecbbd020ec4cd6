// Document memory of the name tagger (actors/ner/memory.h): confident names recur with their
// type, foreign surnames inherit from full names, unsure or contradictory names are not spread,
// and a remembered name takes over unsure spans inside it.
#include <gtest/gtest.h>

#include <deque>
#include <string>
#include <vector>

#include "rasd/actors/ner/memory.h"
#include "rasd/actors/ner/model.h"

namespace rasd::actors::ner {
namespace {

const int O = 0, BPER = begin_tag(NameType::kPer), IPER = BPER + 1, BLOC = begin_tag(NameType::kLoc),
          BORG = begin_tag(NameType::kOrg);

TaggedSentence sentence(std::vector<std::string> stems, std::vector<int> tags, std::vector<float> margin,
                        std::vector<bool> foreign = {}) {
  static std::deque<std::string> store;  // the views' storage: a deque never moves its strings
  TaggedSentence s;
  for (std::string& w : stems) s.stems.push_back(store.emplace_back(std::move(w)));
  s.tags = std::move(tags);
  s.margin = std::move(margin);
  s.foreign = foreign.empty() ? std::vector<bool>(s.stems.size(), false) : std::move(foreign);
  return s;
}

TEST(NerMemory, ConfidentNamesRecurAndForeignSurnamesInherit) {
  std::vector<TaggedSentence> doc;
  doc.push_back(sentence({"قال", "رييس", "قاسم", "توكاييف", "في", "استانا"}, {O, O, BPER, IPER, O, BLOC},
                         {9, 9, 12, 8, 9, 7}, {false, false, false, true, false, true}));
  doc.push_back(sentence({"واضاف", "توكاييف", "ان", "استانا", "هادية"}, {O, O, O, O, O}, {3, 1, 4, 1, 2}));
  doc.push_back(sentence({"التقى", "قاسم", "توكاييف", "امس"}, {O, O, O, O}, {3, 1, 1, 3}));
  EXPECT_EQ(remember_names(doc, 5.0f), 3u);
  EXPECT_EQ(doc[1].tags, (std::vector<int>{O, BPER, O, BLOC, O}));  // the surname alone is a person
  EXPECT_FLOAT_EQ(doc[1].margin[1], 8.0f);                           // as sure as the full name was
  EXPECT_EQ(doc[2].tags, (std::vector<int>{O, BPER, IPER, O}));      // the full name, longest first
  EXPECT_EQ(doc[0].tags, (std::vector<int>{O, O, BPER, IPER, O, BLOC}));
}

TEST(NerMemory, UnsureOrContradictoryNamesAreNotSpread) {
  std::vector<TaggedSentence> doc;
  doc.push_back(sentence({"زار", "سالم", "حمص"}, {O, BPER, BLOC}, {9, 2, 9}));      // «سالم»: unsure
  doc.push_back(sentence({"نور", "قال"}, {BORG, O}, {9, 9}));                          // «نور» an ORG...
  doc.push_back(sentence({"وقال", "نور", "ان"}, {O, BPER, O}, {9, 9, 9}));            // ...and a PER
  doc.push_back(sentence({"سالم", "نور", "حمص", "قاسم"}, {O, O, BORG, O}, {1, 1, 6, 1}));
  EXPECT_EQ(remember_names(doc, 5.0f), 0u);
  EXPECT_EQ(doc[3].tags, (std::vector<int>{O, O, BORG, O}));  // a confidently tagged token is never overwritten
  // A surname that is a known Arabic word («اسد») does not become a person on its own.
  std::vector<TaggedSentence> doc2;
  doc2.push_back(sentence({"بشار", "اسد"}, {BPER, IPER}, {9, 9}, {false, false}));
  doc2.push_back(sentence({"اسد", "جايع"}, {O, O}, {1, 1}));
  EXPECT_EQ(remember_names(doc2, 5.0f), 0u);
}

// A remembered name takes over spans the tagger was unsure of that lie inside it: a club read as
// a city elsewhere, a name cut in two. A span reaching past the name stays (a sure span of
// another type makes the name contradictory, which is never spread: the test above).
TEST(NerMemory, RememberedNamesTakeOverUnsureSpansInsideThem) {
  std::vector<TaggedSentence> doc;
  doc.push_back(sentence({"فاز", "فريق", "بورانيا", "على", "قاسم", "توكاييف"}, {O, O, BORG, O, BPER, IPER},
                         {9, 9, 9, 9, 9, 8}));
  doc.push_back(sentence({"وخسر", "بورانيا", "امس"}, {O, BLOC, O}, {9, 2, 9}));          // unsure: a city
  doc.push_back(sentence({"قاسم", "توكاييف", "قال"}, {BPER, BPER, O}, {2, 3, 9}));       // cut in two
  doc.push_back(sentence({"قاسم", "توكاييف", "اوف"}, {BPER, IPER, IPER}, {1, 1, 1}));    // reaches past it
  EXPECT_EQ(remember_names(doc, 5.0f), 2u);
  EXPECT_EQ(doc[1].tags, (std::vector<int>{O, BORG, O}));
  EXPECT_FLOAT_EQ(doc[1].margin[1], 9.0f);
  EXPECT_EQ(doc[2].tags, (std::vector<int>{BPER, IPER, O}));
  EXPECT_EQ(doc[3].tags, (std::vector<int>{BPER, IPER, IPER}));
}

}  // namespace
}  // namespace rasd::actors::ner

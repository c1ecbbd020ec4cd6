#include "rasd/text/clitics.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "rasd/text/normalize.h"

namespace rasd::text {
namespace {

bool has_stem(std::string_view word, std::string_view stem) {
  std::string key = normalize_key(word);
  std::string want = normalize_key(stem);
  auto all = analyse_clitics(key);
  return std::any_of(all.begin(), all.end(), [&](const CliticAnalysis& a) { return a.stem == want; });
}

// A word's readings include the bare form a lexicon would list.
TEST(CliticsTest, AnalysesReachTheLexiconForm) {
  struct { const char* word; const char* stem; } cases[] = {
      {"بألماتي", "ألماتي"},     // preposition before a name that itself begins with alef-lam
      {"وأضاف", "أضاف"},         // conjunction
      {"فقال", "قال"},
      {"وبالعاصمة", "عاصمة"},    // conjunction + preposition + article
      {"فللمدينة", "مدينة"},      // ف + ل + ال (لل)
      {"للشرطة", "شرطة"},
      {"كالعادة", "عادة"},
      {"وستغادر", "تغادر"},       // conjunction + future
      {"أراضيها", "أراضي"},       // enclitic pronoun
      {"وإخراجهم", "إخراج"},
      {"بلادنا", "بلاد"},
  };
  for (const auto& c : cases) EXPECT_TRUE(has_stem(c.word, c.stem)) << c.word << " -> " << c.stem;
}

TEST(CliticsTest, UnsegmentedWordComesFirst) {
  const std::string key = normalize_key("بلينكن");
  auto all = analyse_clitics(key);
  ASSERT_FALSE(all.empty());
  EXPECT_EQ(all[0].stem, normalize_key("بلينكن"));
  EXPECT_TRUE(all[0].prefix.empty());
}

// min_stem keeps short words whole: «بلد» is not ب + «لد», «كتب» not ك + «تب».
TEST(CliticsTest, MinimumStemKeepsShortWordsWhole) {
  EXPECT_FALSE(has_stem("بلد", "لد"));
  EXPECT_FALSE(has_stem("كتب", "تب"));
  EXPECT_FALSE(has_stem("ولد", "لد"));
}

TEST(CliticsTest, ProcliticStemStripsConjunctionPrepositionArticle) {
  EXPECT_EQ(proclitic_stem(normalize_key("وبالشرطة")), normalize_key("شرطة"));
  EXPECT_EQ(proclitic_stem(normalize_key("وأضاف")), normalize_key("أضاف"));
  // The future marker is not stripped by default: «سيطرت» is a verb of its own.
  EXPECT_EQ(proclitic_stem(normalize_key("سيطرت")), normalize_key("سيطرت"));
  // Nothing to strip.
  EXPECT_EQ(proclitic_stem(normalize_key("موسكو")), normalize_key("موسكو"));
  // لل is ل + ال after a conjunction too; each clitic leaves at least its min_stem letters.
  EXPECT_EQ(proclitic_stem(normalize_key("وللجيش")), normalize_key("جيش"));
  EXPECT_EQ(proclitic_stem(normalize_key("لله")), normalize_key("لله"));
  EXPECT_EQ(proclitic_stem(normalize_key("ولد")), normalize_key("ولد"));
  EXPECT_EQ(proclitic_stem(normalize_key("كما")), normalize_key("كما"));
  EXPECT_EQ(proclitic_stem(normalize_key("فبالجيش")), normalize_key("جيش"));
  EXPECT_EQ(proclitic_stem(normalize_key("الجيش")), normalize_key("جيش"));
  EXPECT_EQ(proclitic_stem(""), "");
  // Words too short, or starting with no clitic's letters, pass whole (the slots' first-bytes
  // filter must not cut them, nor let a bare clitic strip itself).
  EXPECT_EQ(proclitic_stem("x"), "x");
  EXPECT_EQ(proclitic_stem("nato"), "nato");
  EXPECT_EQ(proclitic_stem(normalize_key("و")), normalize_key("و"));
  EXPECT_EQ(proclitic_stem(normalize_key("ال")), normalize_key("ال"));
  EXPECT_EQ(proclitic_stem(normalize_key("مدينة")), normalize_key("مدينة"));
  EXPECT_EQ(proclitic_stem(normalize_key("لدمشق")), normalize_key("دمشق"));
}

// A word that no proclitic begins and no enclitic ends reads only whole, with no remembered
// entry needed; one that merely starts like a clitic is still cut where its stem allows.
TEST(CliticsTest, WordsNoCliticFramesReadWhole) {
  for (const char* w : {"مطر", "شجرة", "تفاح", "x", ""}) {
    const std::string key = normalize_key(w);
    auto all = analyse_clitics(key);
    ASSERT_EQ(all.size(), 1u) << w;
    EXPECT_EQ(all[0].stem, key);
    EXPECT_TRUE(all[0].prefix.empty() && all[0].suffix.empty() && !all[0].article && !all[0].future);
    std::vector<CliticAnalysis> appended;
    append_clitic_analyses(key, appended);
    ASSERT_EQ(appended.size(), 1u) << w;
    EXPECT_EQ(appended[0].stem.data(), key.data());
  }
  EXPECT_TRUE(has_stem("وشجرة", "شجرة"));   // a conjunction before it
  EXPECT_TRUE(has_stem("تفاحها", "تفاح"));   // a pronoun after it
  EXPECT_TRUE(has_stem("مطرها", "مطر"));
  EXPECT_FALSE(has_stem("مطر", "طر"));
}

TEST(CliticsTest, ArticleFlagMarksTheDefiniteReading) {
  bool found = false;
  const std::string key = normalize_key("بالمدينة");  // the analyses are views into it
  for (const auto& a : analyse_clitics(key))
    if (a.stem == normalize_key("مدينة")) { EXPECT_TRUE(a.article); found = true; }
  EXPECT_TRUE(found);
}

// Analyses are remembered per word form: asking again, or about an equal word held elsewhere,
// gives the same cuts, each pointing into the string asked about.
TEST(CliticsTest, RememberedAnalysesPointIntoTheAskedString) {
  const std::string a = normalize_key("وبمدنهم");
  const std::string b = a;  // the same form in another buffer
  auto first = analyse_clitics(a);
  auto again = analyse_clitics(a);
  auto other = analyse_clitics(b);
  ASSERT_FALSE(first.empty());
  ASSERT_EQ(first.size(), again.size());
  ASSERT_EQ(first.size(), other.size());
  bool pronoun = false;
  for (size_t i = 0; i < first.size(); ++i) {
    EXPECT_EQ(first[i].prefix, other[i].prefix);
    EXPECT_EQ(first[i].stem, other[i].stem);
    EXPECT_EQ(first[i].suffix, other[i].suffix);
    EXPECT_EQ(first[i].article, other[i].article);
    EXPECT_EQ(first[i].stem, again[i].stem);
    EXPECT_EQ(other[i].stem.data(), b.data() + other[i].prefix.size());
    EXPECT_EQ(other[i].prefix.data(), b.data());
    pronoun |= !other[i].suffix.empty();
  }
  EXPECT_TRUE(pronoun);  // «هم» read off as an enclitic in some analysis
  // A key past the remembered length is analysed all the same.
  std::string long_key = normalize_key("وال") + std::string(40, 'x');
  EXPECT_FALSE(analyse_clitics(long_key).empty());
}

// Appending keeps what the buffer held and adds the same analyses, in the same order, for a
// remembered word, a fresh one and one past the remembered length.
TEST(CliticsTest, AppendedAnalysesFollowWhatTheBufferHeld) {
  const std::string w1 = normalize_key("وبسياراتهم");
  const std::string w2 = normalize_key("فالمدرسة");
  const std::string w3 = normalize_key("وال") + std::string(70, 'x');
  analyse_clitics(w1);  // w1 remembered before the append
  std::vector<CliticAnalysis> buf;
  append_clitic_analyses(w1, buf);
  const size_t n1 = buf.size();
  append_clitic_analyses(w2, buf);
  const size_t n2 = buf.size();
  append_clitic_analyses(w3, buf);
  auto expect_same = [](const std::vector<CliticAnalysis>& want, const CliticAnalysis* got) {
    for (size_t i = 0; i < want.size(); ++i) {
      EXPECT_EQ(want[i].prefix, got[i].prefix);
      EXPECT_EQ(want[i].stem, got[i].stem);
      EXPECT_EQ(want[i].suffix, got[i].suffix);
      EXPECT_EQ(want[i].article, got[i].article);
      EXPECT_EQ(want[i].future, got[i].future);
    }
  };
  auto a1 = analyse_clitics(w1), a2 = analyse_clitics(w2), a3 = analyse_clitics(w3);
  ASSERT_EQ(n1, a1.size());
  ASSERT_EQ(n2 - n1, a2.size());
  ASSERT_EQ(buf.size() - n2, a3.size());
  EXPECT_GT(a2.size(), 1u);  // «ف» and «ال» read off in some analysis
  expect_same(a1, buf.data());
  expect_same(a2, buf.data() + n1);
  expect_same(a3, buf.data() + n2);
  EXPECT_EQ(buf[n1].stem.data(), w2.data());  // views into the asked string, not a copy
}

}  // namespace
}  // namespace rasd::text

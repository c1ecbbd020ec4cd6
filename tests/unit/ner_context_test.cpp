// The name tagger's features that hold for names outside the labelled data: context-word classes
// (data/ner/context_words.tsv, every row exercised), the shape of Latin words, and the metonymy
// they let a model learn («منتخب» before a country is a team). Every sentence was written here.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "rasd/actors/ner/context_words.h"
#include "rasd/actors/ner/features.h"
#include "rasd/actors/ner/model.h"
#include "rasd/actors/ner/train.h"
#include "rasd/core/table.h"

namespace rasd::actors::ner {
namespace {

std::vector<std::vector<std::string>> features_of(const std::vector<std::string>& words) {
  std::vector<std::string> keys(words.size()), stems(words.size());
  std::vector<TokenText> toks;
  for (size_t i = 0; i < words.size(); ++i) toks.push_back(token_text(words[i], keys[i], stems[i]));
  return FeatureExtractor(NameLists{}).extract_strings(toks);
}

bool has(const std::vector<std::string>& fs, const std::string& x) { return std::find(fs.begin(), fs.end(), x) != fs.end(); }

TEST(NerContext, EveryRowGivesItsClassToTheWordsAround) {
  const data::Table& t = data::table("ner/context_words");
  ASSERT_GT(t.rows(), 50u);
  EXPECT_EQ(ContextWords::get().size(), t.rows());  // no unknown class, no two rows with one key
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string word(t.get(r, "word")), cls(t.get(r, "class"));
    // As written, then with a conjunction (and the article, for nouns): «وقال», «والمنتخب».
    std::vector<std::string> forms = {word, "و" + word};
    if (cls != "speech") forms.push_back("وال" + word);
    for (const std::string& form : forms) {
      auto f = features_of({"كاراموفيتشيان", form, "سليمانوفسكي"});
      EXPECT_TRUE(has(f[1], "c=" + cls)) << form;
      EXPECT_TRUE(has(f[2], "c-1=" + cls)) << form;   // the name after a title, head or verb
      EXPECT_TRUE(has(f[0], "c+1=" + cls)) << form;   // the speaker before a speech verb
    }
  }
}

TEST(NerContext, OrdinaryWordsHaveNoClass) {
  auto f = features_of({"وصل", "الوفد", "أمس"});
  EXPECT_TRUE(has(f[1], "c=-"));
  EXPECT_TRUE(has(f[1], "c-1=-"));
  EXPECT_TRUE(has(f[0], "c-1=b"));  // the sentence start
}

TEST(NerContext, SportWordsMarkEveryNameOfTheirSentence) {
  auto match = features_of({"تعادل", "حمص", "مع", "ضيفه", "حلب"});
  for (size_t i : {1u, 4u}) {
    bool any = false;
    for (const auto& x : match[i]) any = any || x.rfind("sport|gz=", 0) == 0;
    EXPECT_TRUE(any) << i;
  }
  auto visit = features_of({"زار", "الوزير", "حمص", "مع", "وفد"});
  for (const auto& fs : visit)
    for (const auto& x : fs) EXPECT_NE(x.rfind("sport|", 0), 0u) << x;  // no match report, no sport features
}

TEST(NerContext, LatinShape) {
  auto f = features_of({"قالت", "CNN", "و", "iPhone", "F-16"});
  EXPECT_TRUE(has(f[1], "sh=X"));
  EXPECT_TRUE(has(f[3], "sh=xXx"));
  EXPECT_TRUE(has(f[4], "sh=X-d"));
  for (const auto& x : f[0]) EXPECT_NE(x.rfind("sh=", 0), 0u) << "an Arabic word has no Latin shape";
}

// A tiny corpus: team heads before place names make teams, place type words make places. The
// model must carry that to a head and a name it never saw together.
const char* kTeams =
    "فاز O\nفريق O\nطشقند B-ORG\nعلى O\nضيفه O\n\n"
    "وخسر O\nنادي O\nحمص B-ORG\nأمام O\nمضيفه O\n\n"
    "وتعادل O\nفريق O\nدمشق B-ORG\nمع O\nضيفه O\n\n"
    "وصل O\nالوفد O\nإلى O\nمدينة O\nحلب B-LOC\nأمس O\n\n"
    "وعاد O\nالوزير O\nإلى O\nمدينة O\nطشقند B-LOC\nليلا O\n\n"
    "وزار O\nالسفير O\nمدينة O\nدمشق B-LOC\nصباحا O\n\n"
    "ونقلت O\nصحيفة O\nحلب B-ORG\nعن O\nمصدر O\n\n"
    "وذكرت O\nوكالة O\nدمشق B-ORG\nأن O\nالوفد O\n\n";

TEST(NerContext, TeamAndOutletHeadsMakeAPlaceNameAnOrganisation) {
  auto bio = parse_bio(kTeams);
  ASSERT_TRUE(bio);
  TrainOptions opt;
  opt.epochs = 20;
  opt.min_count = 1;
  Model m = train(bio->sentences, NameLists{}, opt, nullptr);
  // «منتخب» never occurs in training: only its class (team) does.
  auto team = tag_words(m, {"وفاز", "منتخب", "بغداد", "على", "ضيفه"});
  EXPECT_EQ(tag_name(team[2]), "B-ORG");
  auto place = tag_words(m, {"ووصل", "الوفد", "إلى", "محافظة", "بغداد", "أمس"});
  EXPECT_EQ(tag_name(place[4]), "B-LOC");  // after a place type word the same name stays a place
  // «قناة» never occurs in training either: an outlet named by a place is an organisation.
  auto outlet = tag_words(m, {"وبثت", "قناة", "بغداد", "عن", "مصدر"});
  EXPECT_EQ(tag_name(outlet[2]), "B-ORG");
}

}  // namespace
}  // namespace rasd::actors::ner

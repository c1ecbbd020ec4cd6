// The name tagger's inputs beyond ANERcorp: other BIO tag sets (Wojood's nested tags) and the
// word clusters learnt from unlabelled news (data/ner/clusters.tsv).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "rasd/actors/ner/clusters.h"
#include "rasd/actors/ner/features.h"
#include "rasd/actors/ner/model.h"
#include "rasd/actors/ner/train.h"

namespace rasd::actors::ner {
namespace {

TEST(NerData, WojoodNestedTagsReadOutermostAndMapped) {
  // Invented lines in Wojood's layout: `word OUTER INNER`, GPE, other types, the $#$ marker.
  auto bio = parse_bio(
      "مجلس B-ORG\nالوفاق I-ORG\nضد I-ORG\nكاراموف I-ORG B-PERS\nفي O\nطشقند B-GPE\n"
      "يوم B-DATE\nالأحد I-DATE\n$#$ O\n\nقال O\nسليم B-PERS\n");
  ASSERT_TRUE(bio);
  ASSERT_EQ(bio->sentences.size(), 2u);
  const auto& s = bio->sentences[0];
  ASSERT_EQ(s.words.size(), 8u);  // the marker is not a word
  EXPECT_EQ(s.words[3], "كاراموف");
  EXPECT_EQ(tag_name(s.tags[3]), "I-ORG");  // the outer span, not the person inside it
  EXPECT_EQ(tag_name(s.tags[5]), "B-LOC");  // GPE
  EXPECT_EQ(s.tags[6], 0);                  // DATE: not a type rasd tags
  EXPECT_EQ(bio->unknown_tags, 2u);         // B-DATE and I-DATE; the inner B-PERS is not read
  EXPECT_EQ(tag_name(bio->sentences[1].tags[1]), "B-PER");
}

TEST(NerData, SegmentedCliticsJoinTheirWords) {
  // Invented lines in a clitic segmenter's layout: a lone conjunction and preposition before a
  // name, a conjunction the segmenter cut from inside a name, a pronoun after a taa marbuta.
  auto bio = parse_bio(
      "و O\nب O\nطشقند B-LOC\nزار O\nو B-LOC\nهران I-LOC\nمع O\nعائلة O\nه O\n. O\n\n"
      "ل O\n2020 O\nو O\n");
  ASSERT_TRUE(bio);
  EXPECT_EQ(join_clitics(*bio), 4u);
  const auto& s = bio->sentences[0];
  std::vector<std::string> want = {"وبطشقند", "زار", "وهران", "مع", "عائلته", "."};
  EXPECT_EQ(s.words, want);
  EXPECT_EQ(tag_name(s.tags[0]), "B-LOC");  // the name's tag, opened by the clitics before it
  EXPECT_EQ(tag_name(s.tags[2]), "B-LOC");  // «و هران» B I: one name, begun by the clitic
  EXPECT_EQ(s.tags[4], 0);
  // A clitic before a number, or at the end, stays as it was.
  std::vector<std::string> want2 = {"ل", "2020", "و"};
  EXPECT_EQ(bio->sentences[1].words, want2);
  EXPECT_EQ(bio->tokens, 9u);
}

TEST(NerData, HeadsOneCorpusLeavesOutsideAreCutFromAnother) {
  // Reference: «مدينة» before a name three times, never inside one; «حزب» inside its names.
  auto ref = parse_bio(
      "زار O\nمدينة O\nحمص B-LOC\n\nغادر O\nالمدينة O\nحلب B-LOC\n\nوصل O\nمدينة O\nطشقند B-LOC\n\n"
      "قال O\nحزب B-ORG\nالوسط I-ORG\n\nأعلن O\nحزب B-ORG\nالأمل I-ORG\n\nدعا O\nحزب B-ORG\nالغد I-ORG\n\n"
      "نفى O\nحزب O\nالنور B-ORG\n");
  ASSERT_TRUE(ref);
  auto heads = outside_heads(ref->sentences);
  EXPECT_TRUE(heads.count("مدينه"));   // taa folded
  EXPECT_FALSE(heads.count("حزب"));    // mostly inside its names
  // Another corpus keeps the head inside: cut it there, keep the party's.
  auto other = parse_bio("زار O\nمدينة B-LOC\nبغداد I-LOC\nمع O\nحزب B-ORG\nالعمل I-ORG\n\nمدينة B-LOC\n");
  ASSERT_TRUE(other);
  EXPECT_EQ(cut_heads(other->sentences, heads), 1u);
  const auto& s = other->sentences[0];
  EXPECT_EQ(s.tags[1], 0);
  EXPECT_EQ(tag_name(s.tags[2]), "B-LOC");
  EXPECT_EQ(tag_name(s.tags[4]), "B-ORG");
  EXPECT_EQ(tag_name(other->sentences[1].tags[0]), "B-LOC");  // a one-word name is not cut to nothing
}

TEST(NerData, ClustersGroupNamesApartFromVerbs) {
  const WordClusters& wc = WordClusters::get();
  EXPECT_GT(wc.size(), 30'000u);
  Cluster macron = wc.of("ماكرون"), netanyahu = wc.of("نتنياهو"), said = wc.of("قال");
  ASSERT_GE(macron.fine, 0);
  EXPECT_EQ(macron.fine, netanyahu.fine);  // two leaders' names, never labelled together
  EXPECT_NE(macron.fine, said.fine);
  EXPECT_GE(macron.coarse, 0);
  EXPECT_EQ(wc.of("كاراموفيتشيان").fine, -1);  // invented: not in the table
}

TEST(NerData, ClusterFeaturesOfTheWordAndItsNeighbours) {
  std::vector<std::string> words = {"قال", "ترامب", "كاراموفيتشيان"};
  std::vector<std::string> keys(words.size()), stems(words.size());
  std::vector<TokenText> toks;
  for (size_t i = 0; i < words.size(); ++i) toks.push_back(token_text(words[i], keys[i], stems[i]));
  auto f = FeatureExtractor(NameLists{}).extract_strings(toks);
  auto has = [](const std::vector<std::string>& fs, const std::string& x) {
    return std::find(fs.begin(), fs.end(), x) != fs.end();
  };
  std::string trump = std::to_string(WordClusters::get().of("ترامب").fine);
  EXPECT_TRUE(has(f[1], "cf=" + trump));
  EXPECT_TRUE(has(f[0], "cf+1=" + trump));
  EXPECT_TRUE(has(f[2], "cf-1=" + trump));
  EXPECT_TRUE(has(f[2], "cf=-"));  // a word the news corpus never showed often enough
  EXPECT_TRUE(has(f[0], "cf-1=b"));
}

}  // namespace
}  // namespace rasd::actors::ner

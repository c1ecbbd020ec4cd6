// The statistical name tagger (actors/ner): features, constrained Viterbi, training, the model
// file and the pipeline stage. Every sentence here was written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "rasd/actors/ner/features.h"
#include "rasd/actors/ner/model.h"
#include "rasd/actors/ner/name_tagger.h"
#include "rasd/actors/ner/train.h"
#include "rasd/pipeline.h"
#include "rasd/text/lexicon.h"

namespace rasd::actors::ner {
namespace {

std::vector<std::string> split(const std::string& s) {
  std::vector<std::string> out;
  size_t at = 0;
  while (at < s.size()) {
    size_t sp = s.find(' ', at);
    if (sp == std::string::npos) sp = s.size();
    if (sp > at) out.push_back(s.substr(at, sp - at));
    at = sp + 1;
  }
  return out;
}

// A small BIO corpus: invented names in news-like frames.
const char* kTiny =
    "قال O\nالرئيس O\nكاراموفيتش B-PERS\nإن O\nالوفد O\nوصل O\nإلى O\nطشقند B-LOC\n\n"
    "وأعلنت O\nحركة B-ORG\nالأمل I-ORG\nالجديدة I-ORG\nأن O\nالرئيس O\nكاراموفيتش B-PERS\nسيزور O\nدمشق B-LOC\n\n"
    "وذكرت O\nوزارة B-ORG\nالزراعة I-ORG\nأن O\nالمزارعين O\nفي O\nحمص B-LOC\nينتظرون O\nالمطر O\n\n"
    "والتقى O\nالشيخ O\nفاروقيان B-PER\nبوفد O\nمن O\nحزب B-ORG\nالوسط I-ORG\nفي O\nالقاهرة B-LOC\n\n"
    "وقال O\nالمتحدث O\nباسم O\nوزارة B-ORG\nالزراعة I-ORG\nإن O\nفاروقيان B-PER\nغادر O\nالقاهرة B-LOC\n\n"
    "سافر O\nالوزير O\nبيلوسكي B-PER\nإلى O\nطشقند B-LOC\nأمس O\n. O\n";

const Model& tiny_model() {
  static const Model m = [] {
    auto bio = parse_bio(kTiny);
    TrainOptions opt;
    opt.epochs = 20;
    opt.min_count = 1;
    return train(bio->sentences, NameLists{}, opt, nullptr);
  }();
  return m;
}

bool has(const std::vector<std::string>& fs, const std::string& f) { return std::find(fs.begin(), fs.end(), f) != fs.end(); }

TEST(NerFeatures, CliticsAffixesShapeGazetteerAndContext) {
  auto words = split("وصرح المبعوث سيرغيوفيتش بأن الوفد سيصل لبغداد غدا");
  std::vector<std::string> keys(words.size()), stems(words.size());
  std::vector<TokenText> toks;
  for (size_t i = 0; i < words.size(); ++i) toks.push_back(token_text(words[i], keys[i], stems[i]));
  NameLists lists;
  lists.add("سيرغيوفيتش", 1);
  auto f = FeatureExtractor(lists).extract_strings(toks);
  ASSERT_EQ(f.size(), words.size());
  const auto& baghdad = f[6];
  EXPECT_TRUE(has(baghdad, "k=لبغداد"));
  EXPECT_TRUE(has(baghdad, "s=بغداد"));       // the preposition comes off the stem...
  EXPECT_TRUE(has(baghdad, "p=ل"));           // ...and is a feature of its own
  EXPECT_TRUE(has(baghdad, "sp2=بغ"));
  EXPECT_TRUE(has(baghdad, "ss2=اد"));
  EXPECT_TRUE(has(baghdad, "kp1=ل"));
  EXPECT_TRUE(has(baghdad, "gz=B"));          // the gazetteer knows «بغداد» under its clitic
  EXPECT_TRUE(has(baghdad, "k-1=سيصل"));
  EXPECT_TRUE(has(baghdad, "k+2=</s>"));
  const auto& name = f[2];
  EXPECT_TRUE(has(name, "vr=2"));             // «يو»: a transliteration's vowel run
  EXPECT_TRUE(has(name, "al=BPER"));          // the name list
  EXPECT_TRUE(has(name, "k-1=المبعوث"));
  EXPECT_TRUE(has(name, "k-2=وصرح"));
  EXPECT_TRUE(has(name, "len=10+"));
  if (text::ArabicLexicon::get().available()) {
    EXPECT_TRUE(has(name, "lex=0"));          // not an Arabic word
    EXPECT_TRUE(has(f[4], "lex=1"));          // «الوفد» is
  }
  EXPECT_TRUE(has(f[0], "k-1=<s>"));
  // Hashes and strings are the same features.
  std::vector<std::vector<uint64_t>> h;
  FeatureExtractor(lists).extract(toks, h);
  ASSERT_EQ(h[6].size(), baghdad.size());
  for (size_t k = 0; k < baghdad.size(); ++k) EXPECT_EQ(h[6][k], feature_id(baghdad[k])) << baghdad[k];
}

// emissions() must give, to the bit, the sum of extract()'s features' rows in extract()'s order,
// on repeated words (its per-word sums reused) and after another model used the same words.
TEST(NerFeatures, EmissionsEqualTheRowsOfExtractedFeatures) {
  auto bio = parse_bio(kTiny);
  TrainOptions opt;
  opt.epochs = 20;
  opt.min_count = 1;
  opt.seed = 99;
  const Model other = train(bio->sentences, NameLists{}, opt, nullptr);
  // The second sentence brings the rows EmitSink keeps in tables: a match report (the sport
  // features), a nationality adjective, Latin words, numbers, punctuation and a name-list entry.
  for (const char* sentence : {"قال الوزير بيلوسكي إن الوزير بيلوسكي سيزور دمشق وقال الوزير إن دمشق هادئة",
                               "وفاز الفريق على ضيفه 2 - 1 في مباراة الأمس ، وقال المدرب البرازيلي بيلوسكي لقناة CNN إن الفوز في دمشق مستحق"}) {
  auto words = split(sentence);
  std::vector<std::string> keys(words.size()), stems(words.size());
  std::vector<TokenText> toks;
  for (size_t i = 0; i < words.size(); ++i) toks.push_back(token_text(words[i], keys[i], stems[i]));
  for (const Model* m : {&tiny_model(), &other, &tiny_model()}) {
    FeatureExtractor fx(m->lists());
    std::vector<std::vector<uint64_t>> features;
    fx.extract(toks, features);
    std::vector<float> expected(toks.size() * kTags, 0.f);
    for (size_t i = 0; i < toks.size(); ++i)
      for (uint64_t f : features[i])
        if (const float* w = m->row(f))
          for (int t = 0; t < kTags; ++t) expected[i * kTags + t] += w[t];
    for (int pass = 0; pass < 2; ++pass) {  // the second pass reads every word's sums back
      std::vector<float> emit;
      fx.emissions(toks, *m, emit);
      ASSERT_EQ(emit.size(), expected.size());
      EXPECT_EQ(std::memcmp(emit.data(), expected.data(), emit.size() * sizeof(float)), 0) << "pass " << pass;
    }
    EXPECT_NE(std::count(expected.begin(), expected.end(), 0.f), static_cast<ptrdiff_t>(expected.size()));
  }
  std::vector<float> a, b;
  FeatureExtractor(tiny_model().lists()).emissions(toks, tiny_model(), a);
  FeatureExtractor(other.lists()).emissions(toks, other, b);
  EXPECT_NE(a, b);  // two models, two sets of scores: no sums carried from one to the other
  }
}

// The rows emissions() keeps per thread point into a model's weights: a copy of the model (the
// same instance number, other storage) used after the original is gone must not read them (a
// stale row reads freed memory: the sanitizer build reports it, and the junk may show here).
TEST(NerFeatures, EmissionsOfACopyOutliveTheOriginal) {
  auto words = split("قال الوزير بيلوسكي إن الوفد سيزور دمشق");
  std::vector<std::string> keys(words.size()), stems(words.size());
  std::vector<TokenText> toks;
  for (size_t i = 0; i < words.size(); ++i) toks.push_back(token_text(words[i], keys[i], stems[i]));
  std::vector<float> expected, emit;
  FeatureExtractor(tiny_model().lists()).emissions(toks, tiny_model(), expected);
  auto copy = std::make_unique<Model>(tiny_model());
  {
    TrainOptions opt;
    opt.epochs = 2;
    opt.min_count = 1;
    const Model other = train(parse_bio(kTiny)->sentences, NameLists{}, opt, nullptr);
    FeatureExtractor(other.lists()).emissions(toks, other, emit);  // the thread's caches now hold another model
    Model original = tiny_model();
    FeatureExtractor(original.lists()).emissions(toks, original, emit);  // and now the original's rows
    EXPECT_EQ(emit, expected);
  }
  // Most likely in the freed weights: what a stale row would read.
  std::vector<float> junk(copy->features() * kTags, 1e9f);
  FeatureExtractor(copy->lists()).emissions(toks, *copy, emit);
  EXPECT_EQ(emit, expected);
  EXPECT_NE(std::count(emit.begin(), emit.end(), 0.f), static_cast<ptrdiff_t>(emit.size()));
  EXPECT_EQ(junk.front(), 1e9f);
}

TEST(NerViterbi, NeverOpensANameWithInside) {
  // Emissions and transitions that all but beg for I- tags: the constraint must still hold.
  std::mt19937 rng(7);
  std::uniform_real_distribution<float> u(-5, 5);
  std::vector<float> trans((kTags + 1) * kTags);
  for (auto& x : trans) x = u(rng);
  for (int p = 0; p <= kTags; ++p)
    for (int t = 0; t < kTags; ++t)
      if (is_inside(t)) trans[p * kTags + t] += 20;
  for (int round = 0; round < 200; ++round) {
    size_t n = 1 + rng() % 12;
    std::vector<float> emit(n * kTags);
    for (size_t i = 0; i < emit.size(); ++i) emit[i] = u(rng) + (is_inside(static_cast<int>(i % kTags)) ? 10 : 0);
    Decoded d = decode_emissions(emit, n, trans, true);
    ASSERT_EQ(d.tags.size(), n);
    for (size_t i = 0; i < n; ++i) {
      int prev = i ? d.tags[i - 1] : kStart;
      EXPECT_TRUE(allowed(prev, d.tags[i])) << tag_name(prev) << " -> " << tag_name(d.tags[i]);
      EXPECT_GE(d.margin[i], 0.f);
    }
  }
}

TEST(NerTrain, LearnsATinyCorpus) {
  auto bio = parse_bio(kTiny);
  ASSERT_TRUE(bio);
  ASSERT_EQ(bio->sentences.size(), 6u);
  EXPECT_EQ(bio->sentences[0].tags[2], begin_tag(NameType::kPer));  // PERS and PER both read as PER
  for (const auto& s : bio->sentences) EXPECT_EQ(tag_words(tiny_model(), s.words), s.tags);
  Scores sc = evaluate(tiny_model(), bio->sentences);
  EXPECT_EQ(sc.entity_main().f1(), 1.0);
}

TEST(NerTrain, DeterministicBytes) {
  auto bio = parse_bio(kTiny);
  TrainOptions opt;
  opt.epochs = 20;
  opt.min_count = 1;
  EXPECT_EQ(train(bio->sentences, NameLists{}, opt, nullptr).serialise(), tiny_model().serialise());
  opt.seed = 99;
  EXPECT_NE(train(bio->sentences, NameLists{}, opt, nullptr).options_hash(), tiny_model().options_hash());
}

// --org-bias: the organisation tags gain that much on the feature every token has, and nothing
// else moves; the option is recorded. A bias as large as the tiny model's weights turns its
// unsure words into organisations, which shows it reaches decoding.
TEST(NerTrain, OrgBiasLiftsOrganisationTagsOnly) {
  auto bio = parse_bio(kTiny);
  TrainOptions opt;
  opt.epochs = 20;
  opt.min_count = 1;
  opt.org_bias = 2.0f;
  Model lifted = train(bio->sentences, NameLists{}, opt, nullptr);
  EXPECT_NE(lifted.options().find("org-bias=2.00"), std::string::npos);
  EXPECT_EQ(tiny_model().options().find("org-bias"), std::string::npos);
  const float* before = tiny_model().row(feature_id("bias"));
  const float* after = lifted.row(feature_id("bias"));
  ASSERT_TRUE(before && after);
  const int b = begin_tag(NameType::kOrg);
  for (int t = 0; t < kTags; ++t) EXPECT_NEAR(after[t] - before[t], t == b || t == b + 1 ? 2.0f : 0.0f, 0.01f) << t;
  // Every other feature of the first sentence keeps its weights (up to the int16 quantisation).
  const auto& first = bio->sentences[0].words;
  std::vector<std::string> keys(first.size()), stems(first.size());
  std::vector<TokenText> toks;
  for (size_t i = 0; i < first.size(); ++i) toks.push_back(token_text(first[i], keys[i], stems[i]));
  size_t checked = 0;
  for (const auto& token : FeatureExtractor(NameLists{}).extract_strings(toks))
    for (const std::string& f : token) {
      const float *x = tiny_model().row(feature_id(f)), *y = lifted.row(feature_id(f));
      if (f == "bias" || !x || !y) continue;
      for (int t = 0; t < kTags; ++t) EXPECT_NEAR(x[t], y[t], 0.01f) << f << " tag " << t;
      ++checked;
    }
  EXPECT_GT(checked, 20u);
  // An unknown word in a frame the corpus never showed: not an organisation without the bias,
  // one with a huge bias.
  std::vector<std::string> words = {"وأعلنت", "زيفانكو", "أمس"};
  EXPECT_NE(tag_words(tiny_model(), words)[1], b);
  opt.org_bias = 100.0f;
  EXPECT_EQ(tag_words(train(bio->sentences, NameLists{}, opt, nullptr), words)[1], b);
}

// Averaging the models of several sentence orders: the weights are the mean of the single-order
// models' (up to the int16 quantisation), deterministic, and one order is the plain model.
TEST(NerTrain, OrdersAverageTheModelsOfEachOrder) {
  auto bio = parse_bio(kTiny);
  TrainOptions opt;
  opt.epochs = 3;  // few passes: the orders still disagree
  opt.min_count = 1;
  Model a = train(bio->sentences, NameLists{}, opt, nullptr);
  opt.seed = 2;
  Model b = train(bio->sentences, NameLists{}, opt, nullptr);
  opt.seed = 1;
  opt.orders = 2;
  Model both = train(bio->sentences, NameLists{}, opt, nullptr);
  EXPECT_EQ(train(bio->sentences, NameLists{}, opt, nullptr).serialise(), both.serialise());
  EXPECT_NE(both.options().find("orders=2"), std::string::npos);
  EXPECT_EQ(a.options().find("orders="), std::string::npos);
  opt.orders = 1;
  EXPECT_EQ(train(bio->sentences, NameLists{}, opt, nullptr).serialise(), a.serialise());
  // Every feature of the first sentence's tokens.
  const auto& words = bio->sentences[0].words;
  std::vector<std::string> keys(words.size()), stems(words.size());
  std::vector<TokenText> toks;
  for (size_t i = 0; i < words.size(); ++i) toks.push_back(token_text(words[i], keys[i], stems[i]));
  size_t differ = 0, checked = 0;
  for (const auto& token : FeatureExtractor(NameLists{}).extract_strings(toks))
    for (const std::string& f : token) {
      // A model keeps no row of zeros (a feature no mistake ever touched).
      static const float kZero[kTags] = {};
      auto row = [&](const Model& m) { const float* r = m.row(feature_id(f)); return r ? r : kZero; };
      const float *ra = row(a), *rb = row(b), *rm = row(both);
      for (int t = 0; t < kTags; ++t) {
        // Each model is quantised to int16 of its largest weight (a few units here): far below 0.01.
        EXPECT_NEAR(rm[t], (ra[t] + rb[t]) / 2, 0.01f) << f << " tag " << t;
        differ += ra[t] != rb[t];
        ++checked;
      }
    }
  EXPECT_GT(differ, 0u) << "the two orders gave the same weights: the test shows nothing";
  EXPECT_GT(checked, 100u);
}

TEST(NerScores, ExactSpansOnly) {
  Scores s;
  // gold: PER over 0-1, LOC at 3; predicted: PER over 0 only (wrong span), LOC at 3.
  s.add({1, 2, 0, 5}, {1, 0, 0, 5});
  EXPECT_EQ(s.entity[0].tp, 0u);
  EXPECT_EQ(s.entity[0].fp, 1u);
  EXPECT_EQ(s.entity[0].fn, 1u);
  EXPECT_EQ(s.entity[2].tp, 1u);
  EXPECT_EQ(s.token[0].tp, 1u);
  EXPECT_EQ(s.correct, 3u);
}

TEST(NerScores, NamesSeenInTrainingAndUnseenAreScoredApart) {
  auto train_set = parse_bio("قال O\nأحمد B-PERS\nكاراموفيتش I-PERS\nفي O\nطشقند B-LOC\n");
  ASSERT_TRUE(train_set);
  TrainingNames names;
  names.add(train_set->sentences);
  EXPECT_EQ(names.size(), 2u);
  // Held out: the trained name spelt without its hamza (still seen), and a new one.
  std::vector<std::string> words = {"التقى", "احمد", "كاراموفيتش", "ببيلوسكي", "أمس"};
  EXPECT_TRUE(names.seen(words, 1, 3));
  EXPECT_FALSE(names.seen(words, 1, 2));  // a part of a name is not the name
  Scores s;
  // gold: PER over 1-2 and PER at 3; predicted: the first right, the second missed.
  s.add({0, 1, 2, 1, 0}, {0, 1, 2, 0, 0}, &words, &names);
  EXPECT_TRUE(s.split);
  EXPECT_EQ(s.seen[0].tp, 1u);
  EXPECT_EQ(s.seen[0].fn, 0u);
  EXPECT_EQ(s.unseen[0].tp, 0u);
  EXPECT_EQ(s.unseen[0].fn, 1u);
  EXPECT_EQ(s.entity[0].tp, 1u);  // the totals are unchanged by the split
  EXPECT_EQ(s.entity[0].fn, 1u);
  Scores plain;
  plain.add({0, 1, 2, 1, 0}, {0, 1, 2, 0, 0});
  EXPECT_FALSE(plain.split);
  EXPECT_EQ(plain.unseen[0].fn, 0u);
}

TEST(NerTrain, DropsTrainingSentencesThatRepeatHeldOutText) {
  auto bio = parse_bio(
      "وصل O\nالوزير O\nكاراموفيتش B-PERS\nإلى O\nطشقند B-LOC\nصباح O\nأمس O\nفي O\nزيارة O\n\n"
      "غادر O\nالوفد O\nمدينة O\nحمص B-LOC\nبعد O\nلقاء O\nمع O\nالمحافظ O\nالجديد O\n\n"
      "2 O\nم O\n. O\n");
  ASSERT_TRUE(bio);
  // Held out: the first sentence again, its article hamza written differently and one word
  // changed (a relabelled copy of the same article), and the short line.
  auto held = parse_bio(
      "وصل O\nالوزير O\nكاراموفيتش B-PER\nالى O\nطشقند B-LOC\nصباح O\nامس O\nخلال O\nزيارة O\n\n"
      "2 O\nم O\n. O\n");
  ASSERT_TRUE(held);
  std::vector<LabelledSentence> train_set = bio->sentences;
  EXPECT_EQ(drop_overlaps(train_set, {&held->sentences}), 1u);
  ASSERT_EQ(train_set.size(), 2u);
  EXPECT_EQ(train_set[0].words[0], "غادر");
  EXPECT_EQ(train_set[1].words[1], "م");  // too short to say it comes from the same article
}

TEST(NerModel, SaveLoadRoundTripTagsIdentically) {
  const Model& m = tiny_model();
  std::string path = std::string(RASD_BINARY_DIR) + "/ner_test_model.bin";
  std::string error;
  ASSERT_TRUE(m.save(path, &error)) << error;
  auto loaded = Model::load(path, &error);
  ASSERT_TRUE(loaded) << error;
  EXPECT_EQ(loaded->serialise(), m.serialise());
  EXPECT_EQ(loaded->options(), m.options());
  for (const char* s : {"وقال الرئيس بيلوسكي إن الوفد وصل إلى دمشق", "أعلنت وزارة الزراعة في حمص"}) {
    auto words = split(s);
    EXPECT_EQ(tag_words(*loaded, words), tag_words(m, words));
  }
  std::remove(path.c_str());
}

TEST(NerModel, CorruptFilesFailCleanly) {
  std::string good = tiny_model().serialise();
  std::string error;
  EXPECT_FALSE(Model::parse("", &error));
  EXPECT_FALSE(Model::parse("not a model at all, just text", &error));
  EXPECT_NE(error.find("magic"), std::string::npos);
  std::string flipped = good;
  flipped[flipped.size() / 2] ^= 0x5A;
  EXPECT_FALSE(Model::parse(flipped, &error));
  EXPECT_NE(error.find("checksum"), std::string::npos);
  EXPECT_FALSE(Model::parse(std::string_view(good).substr(0, good.size() - 100), &error));
  for (size_t cut : {size_t{8}, size_t{12}, size_t{20}, good.size() / 3}) EXPECT_FALSE(Model::parse(good.substr(0, cut), &error));
  EXPECT_FALSE(Model::load("/nonexistent/ner.bin", &error));
  EXPECT_NE(error.find("cannot open"), std::string::npos);
  EXPECT_TRUE(Model::parse(good, &error));
}

TEST(NerTagger, FillsNameCandidatesFromADocument) {
  static const Pipeline pipeline;
  RawDocument raw;
  raw.id = "t";
  raw.text = "وقال الرئيس كاراموفيتش إن الوفد وصل إلى طشقند.\nوذكرت وزارة الزراعة أن المطر تأخر.";
  Document doc = pipeline.run(raw);
  tag_names(doc, tiny_model());
  std::vector<std::pair<std::string, EntityType>> got;
  for (const auto& c : doc.name_candidates) {
    got.emplace_back(std::string(c.span.of(doc.text)), c.type);
    EXPECT_LT(c.first_token, c.end_token);
    EXPECT_EQ(c.span.begin, doc.tokens[c.first_token].span.begin);
    EXPECT_GE(c.score, 0.f);
  }
  auto found = [&](const char* name, EntityType t) {
    return std::find(got.begin(), got.end(), std::make_pair(std::string(name), t)) != got.end();
  };
  EXPECT_TRUE(found("كاراموفيتش", EntityType::kPer));
  EXPECT_TRUE(found("طشقند", EntityType::kLoc));
  EXPECT_TRUE(found("وزارة الزراعة", EntityType::kOrg));
}

TEST(NerTagger, DefaultModelPathAndMissingModel) {
  EXPECT_NE(name_model_path().find("models/ner-anercorp.bin"), std::string::npos);
  // Whether or not the shipped model loads here, tagging never throws and proposes only names.
  static const Pipeline pipeline;
  RawDocument raw;
  raw.text = "قال المتحدث إن الاجتماع سيعقد في القاهرة";
  Document doc = pipeline.run(raw);
  tag_names(doc);
  if (!default_name_model()) {
    EXPECT_TRUE(doc.name_candidates.empty());
    EXPECT_FALSE(name_model_error().empty());
  }
}

}  // namespace
}  // namespace rasd::actors::ner

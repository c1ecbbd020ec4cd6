// The learned status classifier (events/status_model.h): how labels are read from labelled
// events, what the features say of a telling, how the model's reading overrules the rules' (and
// where it may not), and the collector training reads. Sentences written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "rasd/events/status_model.h"
#include "run_pipeline.h"

namespace rasd::events {
namespace {

using test_support::run_pipeline_unfiltered;

bool has(const std::vector<std::string>& f, const std::string& x) { return std::find(f.begin(), f.end(), x) != f.end(); }

const TriggerMention* trigger(const Document& d, std::string_view word) {
  for (const auto& t : d.triggers)
    if (t.span.of(d.text) == word) return &t;
  return nullptr;
}

TEST(StatusModelTest, LabelsComeFromTheLabelledEventOfTheType) {
  std::vector<LabelledEvent> ev = {{{"ASSAULT"}, "asserted", "قصفت"}, {{"ASSAULT"}, "generic", "الهجمات"}};
  // The event whose trigger overlaps the telling's words decides.
  EXPECT_EQ(status_label("ASSAULT", "قصفت", ev), std::optional<bool>(true));
  EXPECT_EQ(status_label("ASSAULT", "الهجمات", ev), std::optional<bool>(false));
  // No overlap: asserted when one of the type is.
  EXPECT_EQ(status_label("ASSAULT", "غارة", ev), std::optional<bool>(true));
  // No event of the type: the word may be in another sense or of another type; nothing learnt.
  EXPECT_EQ(status_label("PROTEST", "تظاهر", ev), std::nullopt);
  EXPECT_EQ(status_label("ASSAULT", "قتل", {}), std::nullopt);
  // Background only: a reading of date, not of modality.
  EXPECT_EQ(status_label("ASSAULT", "قتل", {{{"ASSAULT"}, "background", "قتل"}}), std::nullopt);
  for (const char* s : {"future", "hypothetical", "negated"})
    EXPECT_EQ(status_label("CONSULT", "زيارة", {{{"CONSULT"}, s, "زيارة"}}), std::optional<bool>(false)) << s;
}

TEST(StatusModelTest, FeaturesDescribeTheTellingsFormAndSentence) {
  Document d = run_pipeline_unfiltered("هل يقصف الجيش المدينة غدا؟");
  const TriggerMention* t = trigger(d, "يقصف");
  ASSERT_NE(t, nullptr);
  auto f = status_features(d, *t, -1, Status::kHypothetical);
  EXPECT_TRUE(has(f, "rule=hypothetical"));
  EXPECT_TRUE(has(f, "question"));
  EXPECT_TRUE(has(f, "pos=verb"));
  EXPECT_TRUE(has(f, "v1=\xD9\x8A"));  // ي: the imperfect
  EXPECT_TRUE(has(f, "cue-mod-hypothetical"));  // «هل», a hypothetical cue word, before it
  EXPECT_TRUE(has(f, "no-own-date"));
  EXPECT_FALSE(has(f, "rule=report"));

  Document e = run_pipeline_unfiltered("قتل مسلحون خمسة مدنيين في القرية.");
  const TriggerMention* k = trigger(e, "قتل");
  ASSERT_NE(k, nullptr);
  auto g = status_features(e, *k, -1, Status::kReport);
  EXPECT_FALSE(has(g, "question"));
  EXPECT_TRUE(has(g, "opens"));
  EXPECT_TRUE(has(g, "count"));  // «خمسة» counts it
  EXPECT_TRUE(has(g, "sent-no-date"));
}

TEST(StatusModelTest, ShapeFeaturesCutWholeCharacters) {
  // Two-byte Arabic letters, a three-byte presentation form, a four-byte symbol, ASCII.
  EXPECT_EQ(first_letter("\xD9\x8A\xD9\x82\xD8\xAA\xD9\x84"), "\xD9\x8A");  // يقتل -> ي
  EXPECT_EQ(first_letter("\xEF\xBB\xB7\xD9\x84"), "\xEF\xBB\xB7");         // ﻷل: all three bytes
  EXPECT_EQ(first_letter("\xF0\x9F\x98\x80x"), "\xF0\x9F\x98\x80");
  EXPECT_EQ(first_letter("ab"), "a");
  EXPECT_EQ(first_letter(""), "");
  EXPECT_EQ(last_letters("\xD9\x87\xD8\xAC\xD9\x85\xD8\xA7\xD8\xAA", 2), "\xD8\xA7\xD8\xAA");  // هجمات -> ات
  EXPECT_EQ(last_letters("\xD9\x84\xEF\xBB\xB7", 1), "\xEF\xBB\xB7");
  EXPECT_EQ(last_letters("\xD9\x84\xEF\xBB\xB7", 2), "\xD9\x84\xEF\xBB\xB7");
  EXPECT_EQ(last_letters("\xD9\x84", 5), "\xD9\x84");  // fewer letters than asked: the whole stem
  EXPECT_EQ(last_letters("", 2), "");
}

TEST(StatusModelTest, TheModelOverrulesOnlyAReportOrReference) {
  Document d = run_pipeline_unfiltered("قتل مسلحون خمسة مدنيين في القرية.");
  const TriggerMention* t = trigger(d, "قتل");
  ASSERT_NE(t, nullptr);
  auto f = status_features(d, *t, -1, Status::kReport);
  FilterModel no = FilterModel::from_weights({{"bias", -3.0f}}, 0, "test");
  FilterModel yes = FilterModel::from_weights({{"bias", 3.0f}}, 0, "test");
  EXPECT_EQ(learned_status(no, f, *t, {}).status, Status::kGeneric);
  EXPECT_EQ(learned_status(no, f, *t, {Status::kReference, t->span}).status, Status::kGeneric);
  EXPECT_EQ(learned_status(yes, f, *t, {}).status, Status::kReport);
  // The rules' non-asserted and background readings stand whatever the model says.
  for (Status s : {Status::kHypothetical, Status::kFuture, Status::kGeneric, Status::kOld, Status::kTopic}) {
    EXPECT_EQ(learned_status(yes, f, *t, {s, t->span}).status, s);
    EXPECT_EQ(learned_status(no, f, *t, {s, t->span}).status, s);
  }
}

TEST(StatusModelTest, ACollectorRecordsTheRulesReadingOfEachJudgedTelling) {
  {
    StatusCollector c;
    Document d = run_pipeline_unfiltered("أدان الوزير الهجوم على المدرسة، وقتل مسلحون خمسة مدنيين في القرية.");
    auto samples = c.take();
    ASSERT_GE(samples.size(), 2u);  // «أدان» itself is a telling too
    std::vector<std::string> seen;
    for (const auto& s : samples) {
      ASSERT_LT(s.trigger, d.triggers.size());
      seen.push_back(std::string(d.triggers[s.trigger].span.of(d.text)) + "=" + std::string(status_name(s.rule)));
      EXPECT_TRUE(has(s.features, "rule=" + std::string(status_name(s.rule))));
    }
    std::string all;
    for (const auto& x : seen) all += " " + x;
    EXPECT_TRUE(has(seen, "الهجوم=reference")) << all;
    EXPECT_TRUE(has(seen, "قتل=report")) << all;
    // A nested collector takes its own and gives the outer one back.
    {
      StatusCollector inner;
      run_pipeline_unfiltered("قصفت الطائرات البلدة.");
      EXPECT_EQ(inner.take().size(), 1u);
      EXPECT_EQ(StatusCollector::active(), &inner);
    }
    EXPECT_EQ(StatusCollector::active(), &c);
    EXPECT_TRUE(c.take().empty());
  }
  EXPECT_EQ(StatusCollector::active(), nullptr);
}

}  // namespace
}  // namespace rasd::events

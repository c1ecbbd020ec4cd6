// A verbal noun's doer named with «ل» past its adjectives, or with «لدى» after the held people
// (events/argument_nominal.cpp lam_doer(), data/events/lam_doers.tsv), on sentences written for
// these tests.
#include <gtest/gtest.h>

#include <string>

#include "rasd/core/table.h"
#include "event_helpers.h"
#include "run_pipeline.h"

namespace rasd::events {
namespace {

Document run(const std::string& text) { return test_support::run_pipeline(text); }

// Every row's example: the event of the row's type has the row's doer as its actor, not its
// recipient; a stance row's ل party is not the actor.
TEST(LamDoersTest, EveryRowNamesTheDoer) {
  const auto& t = data::table("events/lam_doers");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string via(t.get(r, "via"));
    ASSERT_TRUE(via == "\xD9\x84" || via == "\xD9\x84\xD8\xAF\xD9\x89" || via == "stance") << t.get(r, "word");  // ل, لدى
    Document d = run(std::string(t.get(r, "example")));
    const Event* e = test_support::first_of(d, std::string(t.get(r, "type")));
    ASSERT_NE(e, nullptr) << t.get(r, "word") << test_support::party_listing(d);
    if (via == "stance") {  // the ل is the adjective's: the party is what the act is for or against
      EXPECT_FALSE(test_support::has_party(e->actor, t.get(r, "doer"))) << t.get(r, "word") << test_support::party_listing(d);
      continue;
    }
    EXPECT_TRUE(test_support::has_party(e->actor, t.get(r, "doer"))) << t.get(r, "word") << test_support::party_listing(d);
    EXPECT_FALSE(test_support::has_party(e->recipient, t.get(r, "doer"))) << t.get(r, "word") << test_support::party_listing(d);
  }
}

// A threat «لـX» is aimed at X: a noun without a row never takes its ل phrase as the doer.
TEST(LamDoersTest, LamOfTheOneAimedAtIsNoDoer) {
  Document d = run("وحذر المراقبون من التهديد العلني الأخير لحركة الجبل بعد الاشتباكات.");
  const Event* e = test_support::first_of(d, "THREATEN");
  ASSERT_NE(e, nullptr) << test_support::party_listing(d);
  EXPECT_FALSE(test_support::has_party(e->actor, "حركة الجبل")) << test_support::party_listing(d);
}

// A noun with its own genitive doer: the ل phrase after that genitive is the target, not the doer.
TEST(LamDoersTest, GenitiveDoerKeepsTheLamAsTarget) {
  Document d = run("واستمرت غارات التحالف الدولي لمواقع جماعة الفجر المسلحة طوال الليل.");
  const Event* e = test_support::first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << test_support::party_listing(d);
  EXPECT_TRUE(test_support::has_party(e->actor, "التحالف الدولي")) << test_support::party_listing(d);
  EXPECT_FALSE(test_support::has_party(e->actor, "جماعة الفجر")) << test_support::party_listing(d);
}

// «لدى» after anything but the held people («سفيرها لدى»: an envoy to a body) names no doer.
TEST(LamDoersTest, LadaAfterOtherWordsNamesNoDoer) {
  Document d = run("وأعلنت الحكومة الإفراج عن مندوبها لدى الأمم المتحدة.");
  const Event* e = test_support::first_of(d, "RETREAT");
  ASSERT_NE(e, nullptr) << test_support::party_listing(d);
  EXPECT_FALSE(test_support::has_party(e->actor, "الأمم المتحدة")) << test_support::party_listing(d);
}

}  // namespace
// An indefinite noun's own adjectives before its «ل» doer: one echoing its ending, «غير» and the
// word it governs; a preposition between («هجوم على مقهى») ends the reach, and a stance adjective
// («مناهضة») keeps its ل.
TEST(LamDoersTest, IndefiniteNounPastItsAdjectives) {
  for (const char* text : {"واختتمت أمس قمة حافلة لمنظمة الدول الساحلية في العاصمة.",
                           "وعقد أمس اجتماع غير معلن لمنظمة الدول الساحلية في العاصمة."}) {
    Document d = run(text);
    const Event* e = test_support::first_of(d, "CONSULT");
    ASSERT_NE(e, nullptr) << text << test_support::party_listing(d);
    EXPECT_TRUE(test_support::has_party(e->actor, "منظمة الدول الساحلية")) << text << test_support::party_listing(d);
  }
  Document d = run("وشهدت المدن احتجاجات مناهضة لحكومة البلاد أمس.");
  const Event* e = test_support::first_of(d, "PROTEST");
  ASSERT_NE(e, nullptr) << test_support::party_listing(d);
  EXPECT_FALSE(test_support::has_party(e->actor, "حكومة البلاد")) << test_support::party_listing(d);
}

// A head word of followers («أنصار», argument_cues.tsv) leads the «ل» phrase: its party is the doer.
TEST(LamDoersTest, FollowersOfAPartyLeadTheLamPhrase) {
  Document d = run("وجابت تظاهرات لأنصار حزب النهضة شوارع المدينة.");
  const Event* e = test_support::first_of(d, "PROTEST");
  ASSERT_NE(e, nullptr) << test_support::party_listing(d);
  EXPECT_TRUE(test_support::has_party(e->actor, "حزب النهضة")) << test_support::party_listing(d);
  EXPECT_FALSE(test_support::has_party(e->recipient, "حزب النهضة")) << test_support::party_listing(d);
}

}  // namespace rasd::events

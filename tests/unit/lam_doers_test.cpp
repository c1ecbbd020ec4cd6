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
}  // namespace rasd::events

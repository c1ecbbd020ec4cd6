// Event identity (events/event_builder.cpp): which tellings of one type across sentences are one
// happening. Here: a sentence set beside the one before by an opener of
// data/events/parallel_openers.tsv tells a deed of its own; a toll added by it does not.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "event_helpers.h"
#include "rasd/core/table.h"
#include "run_pipeline.h"

namespace rasd {
namespace {

using test_support::count_of;
using test_support::listing;
using test_support::has_party;
using test_support::party_listing;
using test_support::run_pipeline;

TEST(EventIdentityTest, ATellingWithoutPlaceRetellsTheEventBefore) {
  Document d = run_pipeline("قصف الجيش مواقع المسلحين أمس. وقصف الجيش مواقع المسلحين بالمدفعية.");
  EXPECT_EQ(count_of(d, "ASSAULT"), 1u) << listing(d);
}

TEST(EventIdentityTest, EveryParallelOpenerKeepsADeedApart) {
  const data::Table& t = data::table("events/parallel_openers");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string opener(t.get(r, "opener"));
    // «على جبهة» needs its complement: «وعلى جبهة أخرى، ...».
    if (opener.ends_with("جبهة")) opener += " أخرى،";
    std::string text = "قصف الجيش مواقع المسلحين أمس. " + opener + " قصف المسلحون مواقع الجيش.";
    Document d = run_pipeline(text);
    EXPECT_GE(count_of(d, "ASSAULT"), 2u) << "row " << t.lines[r] << ": " << text << " |" << listing(d);
  }
}

TEST(EventIdentityTest, AParallelOpenerBeforeATollAddsToTheEvent) {
  // «كما أصيب» tells more of the same attack's toll, not a second attack.
  Document d = run_pipeline("هاجم مسلحون حاجزا للجيش أمس. كما أصيب ثلاثة جنود بجروح.");
  EXPECT_EQ(count_of(d, "ASSAULT"), 1u) << listing(d);
}

// «واستهدفت الغارات ...» on another day: the definite noun retells the word of the raids told
// before, so the second event (kept apart by its day) carries their doer. An indefinite noun
// («غارات») or another word («الهجمات») tells acts not yet tied to anyone: no doer is carried.
TEST(EventIdentityTest, ADefiniteRetoldActCarriesTheDoerOfTheEventBefore) {
  const std::string first = "شنت طائرات الجيش غارات مكثفة على معسكرات المتمردين في مدينة صعدة يوم الخميس.\n";
  Document d = run_pipeline(first + "واستهدفت الغارات يوم الجمعة مخازن أسلحة للمتمردين في مدينة حجة.");
  ASSERT_EQ(count_of(d, "ASSAULT"), 2u) << party_listing(d);
  EXPECT_TRUE(has_party(d.events[1].actor, "الجيش")) << party_listing(d);

  for (const char* second : {"واستهدفت غارات يوم الجمعة مخازن أسلحة للمتمردين في مدينة حجة.",
                             "واستهدفت الهجمات يوم الجمعة مخازن أسلحة للمتمردين في مدينة حجة."}) {
    Document e = run_pipeline(first + second);
    ASSERT_EQ(count_of(e, "ASSAULT"), 2u) << party_listing(e);
    EXPECT_TRUE(e.events[1].actor.empty()) << party_listing(e);
  }
}

}  // namespace
}  // namespace rasd

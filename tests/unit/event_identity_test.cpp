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

}  // namespace
}  // namespace rasd

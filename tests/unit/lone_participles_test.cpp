// Lone participles (events/event_builder drop_lone_participles): a participle with no other trigger
// of its type in the sentence tells its act as data/events/participle_acts.tsv says, unless a word
// of data/events/participle_governors.tsv stands before it. Sentences written for these tests.
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

TEST(LoneParticiplesTest, ProtestersAsSubjectTellAProtest) {
  Document d = run_pipeline("وحاول المتظاهرون الوصول إلى مبنى البلدية صباح اليوم.");
  EXPECT_EQ(count_of(d, "PROTEST"), 1u) << listing(d);
}

TEST(LoneParticiplesTest, ProtestersActedOnTellAProtest) {
  Document d = run_pipeline("ونقل المسعفون عددا من المحتجين المصابين إلى مستشفى قريب.");
  EXPECT_EQ(count_of(d, "PROTEST"), 1u) << listing(d);
}

TEST(LoneParticiplesTest, EveryNamedRowTellsItsActAndAGovernorStopsIt) {
  const data::Table& t = data::table("events/participle_acts");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    if (t.get(r, "tells") != "named") continue;
    std::string lemma(t.get(r, "lemma"));
    // The row's plural: «المتظاهرون», «المحتجون», «المعتصمون».
    std::string bare = lemma == "مُتَظاهِر" ? "المتظاهرون" : lemma == "مُحتَجّ" ? "المحتجون" : "المعتصمون";
    Document d = run_pipeline("وأمضى " + bare + " الليل في الساحة الكبرى.");
    EXPECT_EQ(count_of(d, "PROTEST"), 1u) << "row " << t.lines[r] << ":" << listing(d);
    std::string oblique = bare.substr(0, bare.size() - 4) + "ين";  // ون -> ين
    Document g = run_pipeline("وقالت أهالي " + oblique + " إن الطقس كان باردا.");
    EXPECT_EQ(count_of(g, "PROTEST"), 0u) << "row " << t.lines[r] << ":" << listing(g);
  }
}

TEST(LoneParticiplesTest, HeldPeopleTellAnArrest) {
  Document counted = run_pipeline("وأحالت الشرطة 14 موقوفا إلى النيابة العامة.");
  EXPECT_EQ(count_of(counted, "COERCE"), 1u) << listing(counted);
  // Named alone, the one held still tells his arrest (the labelled sentences code «الموقوفين» so).
  Document named = run_pipeline("ونقل الموقوف إلى المستشفى بعد تدهور صحته.");
  EXPECT_EQ(count_of(named, "COERCE"), 1u) << listing(named);
  // A count of something else near them is not theirs.
  Document other = run_pipeline("وزار الوزير 12 عائلة من عائلات الموقوفين في القرية.");
  EXPECT_EQ(count_of(other, "COERCE"), 0u) << listing(other);
}

TEST(LoneParticiplesTest, EveryGovernorMakesTheGroupOneKnownFromBefore) {
  const data::Table& t = data::table("events/participle_governors");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string text = "وتحدث الوزير مطولا عن " + std::string(t.get(r, "word")) + " المتظاهرين في كلمته.";
    Document d = run_pipeline(text);
    EXPECT_EQ(count_of(d, "PROTEST"), 0u) << "row " << t.lines[r] << ": " << text << " |" << listing(d);
  }
  // Past a number and a preposition: «الإفراج عن 20 موقوفا» is a release, no new arrest.
  Document release = run_pipeline("وطالب الحزب بالإفراج عن 20 موقوفا في السجن المركزي.");
  EXPECT_EQ(count_of(release, "COERCE"), 0u) << listing(release);
  // With a pronoun on the governor.
  Document kin = run_pipeline("وتحدث الشاب عن رفاقه المعتصمين في كلمته.");
  EXPECT_EQ(count_of(kin, "PROTEST"), 0u) << listing(kin);
}

TEST(LoneParticiplesTest, BesideATellingOfItsTypeTheParticipleAddsNoEvent) {
  // Kept apart by mode (a sit-in's people, a demonstration's banners), still one protest.
  Document d = run_pipeline("ورفع المعتصمون لافتات تندد بالقرار أمام الوزارة.");
  EXPECT_EQ(count_of(d, "PROTEST"), 1u) << listing(d);
}

}  // namespace
}  // namespace rasd

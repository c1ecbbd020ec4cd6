// Earlier tellings (events/earlier_telling.h, data/events/earlier_frames.tsv): each frame row with
// a sentence written for it, and what must not count as earlier.
#include <gtest/gtest.h>

#include <string>

#include "rasd/events/earlier_telling.h"
#include "rasd/text/normalize.h"
#include "event_helpers.h"
#include "run_pipeline.h"

namespace rasd::events {
namespace {

// Whether the trigger on the word `verb` (as written) is told as earlier; nullopt when no
// trigger stands on that word.
std::optional<bool> earlier(const std::string& text, const std::string& verb) {
  Document d = test_support::run_pipeline(text);
  for (const TriggerMention& tr : d.triggers) {
    if (std::string(tr.span.of(d.text)) != verb) continue;
    for (const Sentence& s : d.sentences)
      if (tr.first_token >= s.first_token && tr.first_token < s.end_token) return told_earlier(d, tr, s);
  }
  return std::nullopt;
}

struct Case {
  const char* text;
  const char* verb;
  bool earlier;
};

TEST(EarlierTellingTest, FramesOfTheTable) {
  const Case cases[] = {
      // copula rows, with «قد» (particle row) or with the copula's subject right after it
      {"وكان الحرس قد اعتقل الصحفي في بلدة العين.", "اعتقل", true},
      {"وكانت الشرطة، بحسب شهود، قد اعتقلت الصحفي.", "اعتقلت", true},
      {"وكانوا قد هاجموا القافلة قرب الجسر.", "هاجموا", true},
      {"وكانا قد هاجما الحاجز شمال القرية.", "هاجما", true},
      {"وكان الحرس اعتقل الصحفي في بلدة العين.", "اعتقل", true},
      // an rows
      {"وسبق أن اعتقل الحرس الصحفي في بلدة العين.", "اعتقل", true},
      {"وسبقت أن اعتقلت الشرطة الصحفي.", "اعتقلت", true},
      // stop rows: the verb is another clause's
      {"وكان المطلوب أن اعتقل الحرس الصحفي.", "اعتقل", false},
      {"وكان الناطق قال إن الشرطة اعتقلت الصحفي.", "اعتقلت", false},
      {"وكان الرجل الذي اعتقل الصحفي ضابطا.", "اعتقل", false},
      {"وكانت الكتيبة التي هاجمت القافلة قرب الجسر.", "هاجمت", false},
      {"وكان الجنود الذين هاجموا القافلة قرب الجسر.", "هاجموا", false},
      {"وكان الصحفي في مكتبه بعدما اعتقلت الشرطة زميله.", "اعتقلت", false},
      {"وكان الصحفي في مكتبه عندما اعتقلت الشرطة زميله.", "اعتقلت", false},
      {"وكان الصحفي في مكتبه حين اعتقلت الشرطة زميله.", "اعتقلت", false},
      {"وكان الوضع هادئا لكن هاجم المسلحون القافلة.", "هاجم", false},
      {"وكان الصحفي في السوق حيث اعتقلت الشرطة زميله.", "اعتقلت", false},
      // no frame: today's news, «وقد» without a copula, a verb with its own conjunction
      {"اعتقل الحرس الصحفي في بلدة العين.", "اعتقل", false},
      {"وقد اعتقل الحرس الصحفي في بلدة العين.", "اعتقل", false},
      {"وكان الحرس قد طوق الحي واعتقل الصحفي.", "اعتقل", false},
      // a stop under a preposition
      {"وكان الجيش أفاد بأن الشرطة اعتقلت الصحفي.", "اعتقلت", false},
  };
  for (const Case& c : cases) {
    std::optional<bool> got = earlier(c.text, c.verb);
    ASSERT_TRUE(got.has_value()) << "no trigger on " << c.verb << " in " << c.text;
    EXPECT_EQ(*got, c.earlier) << c.text;
  }
}

// Fused into today's happening, a later sentence's earlier telling does not displace the doer
// today's telling names, though it tells its own doer more than once.
TEST(EarlierTellingTest, LendsNoDoerToTodaysHappening) {
  Document d = test_support::run_pipeline(
      "هاجمت كتيبة الحرس قافلة الإمدادات قرب بلدة العين صباح اليوم.\n"
      "وكان المتمردون قد هاجموا القافلة في هجوم قرب بلدة العين.");
  const Event* e = test_support::first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << test_support::listing(d);
  ASSERT_EQ(e->mentions.size(), 3u) << test_support::listing(d);  // one happening, told three times
  ASSERT_FALSE(e->actor.empty());
  EXPECT_EQ(e->actor[0].name, "الحرس");
  EXPECT_NE(e->actor[0].name, "المتمردون");

  Document g = test_support::run_pipeline(
      "قصف الجيش مواقع المتمردين قرب بلدة العين صباح اليوم.\n"
      "وكانت الميليشيا قد قصفت البلدة بالمدفعية ثم قصفت الميليشيا الحي الشرقي منها.");
  e = test_support::first_of(g, "ASSAULT");
  ASSERT_NE(e, nullptr) << test_support::listing(g);
  ASSERT_FALSE(e->actor.empty());
  EXPECT_EQ(e->actor[0].name, "الجيش");
}

// A role today's telling leaves empty is filled by the earlier telling of the same deed.
TEST(EarlierTellingTest, FillsARoleLeftEmpty) {
  Document d = test_support::run_pipeline(
      "أعلن مسؤول محلي أن القافلة تعرضت لهجوم قرب بلدة العين صباح اليوم.\n"
      "وكان المتمردون قد هاجموا القافلة قرب بلدة العين.");
  const Event* e = test_support::first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << test_support::listing(d);
  ASSERT_FALSE(e->actor.empty());
  EXPECT_EQ(e->actor[0].name, "المتمردون");
}

}  // namespace
}  // namespace rasd::events

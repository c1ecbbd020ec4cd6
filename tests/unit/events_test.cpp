#include <gtest/gtest.h>

#include "rasd/events/event_builder.h"
#include "rasd/pipeline.h"
#include "run_pipeline.h"

namespace rasd::events {
namespace {

Document run(const std::string& text) { return test_support::run_pipeline(text); }

const Event* first_of(const Document& d, std::string_view type) {
  for (const auto& e : d.events)
    if (e.type == type) return &e;
  return nullptr;
}

size_t count_of(const Document& d, std::string_view type) {
  size_t n = 0;
  for (const auto& e : d.events) n += e.type == type;
  return n;
}

std::optional<double> count_value(const Document& d, const Event& e, std::string_view role) {
  for (const auto& [r, c] : e.counts)
    if (r == role) return c.quantity.value;
  return std::nullopt;
}

std::string listing(const Document& d) {
  std::string out;
  for (const auto& e : d.events) {
    out += " [" + e.type;
    for (const auto& m : e.mentions) out += " «" + std::string(m.of(d.text)) + "»";
    out += "]";
  }
  return out;
}

// The arguments of one telling: actor after the verb, place, date and count from its sentence.
TEST(EventsTest, ArgumentsFromTheSentence) {
  Document d = run("اعتقلت الشرطة الكازاخية عشرين متظاهرا في ألماتي أمس.");
  const Event* e = first_of(d, "COERCE");
  ASSERT_NE(e, nullptr) << listing(d);
  ASSERT_FALSE(e->actor.empty());
  EXPECT_NE(e->actor[0].name.find("الشرطة"), std::string::npos);
  EXPECT_EQ(e->actor[0].country, "KZ");
  ASSERT_TRUE(e->location);
  EXPECT_EQ(e->location->name, "ألماتي");
  EXPECT_EQ(*e->location->geonames_id, 1526384u);
  ASSERT_TRUE(e->date);
  EXPECT_EQ(*e->date, (CivilDate{2023, 6, 9}));
  EXPECT_EQ(count_value(d, *e, "arrested"), 20);
}

// The date comes from the sentence or not at all: never silently the publication date.
TEST(EventsTest, NoDateWithoutADateInTheSentence) {
  Document d = run("قصفت الطائرات مواقع في مدينة حلب.");
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(e->date);
}

// Without a place in the sentence, the location is the article's country, named by its code.
TEST(EventsTest, LocationFallsBackToTheArticlesCountry) {
  Document d = run("تشهد سوريا توترا متصاعدا.\nوقتل ثلاثة أشخاص في هجوم مسلح.");
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  ASSERT_TRUE(e->location);
  EXPECT_EQ(e->location->country, "SY");
  EXPECT_EQ(e->location->precision, "country");
}

// Killed and wounded in one sentence are one happening with two counts.
TEST(EventsTest, OneSentenceOneHappening) {
  Document d = run("قتل 3 أشخاص وأصيب 12 آخرون في قصف استهدف حي الشعار بحلب.");
  EXPECT_EQ(count_of(d, "ASSAULT"), 1u) << listing(d);
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(count_value(d, *e, "dead"), 3);
  EXPECT_EQ(count_value(d, *e, "injured"), 12);
}

// A happening told twice (headline and body) is one event with two mentions.
TEST(EventsTest, RetellingsFuseOnASharedCount) {
  Document d = run("مقتل 14 جنديا في هجوم على قاعدة عسكرية.\n"
                   "وقال مسؤولون إن الهجوم الذي وقع فجرا أدى إلى مقتل 14 جنديا وتدمير عربات.");
  EXPECT_EQ(count_of(d, "ASSAULT"), 1u) << listing(d);
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr);
  EXPECT_GE(e->mentions.size(), 2u);
}

// Two attacks in two cities stay two events.
TEST(EventsTest, DifferentPlacesStayApart) {
  Document d = run("قتل خمسة أشخاص في تفجير بمدينة الموصل.\nوفي بغداد، قتل شرطيان في هجوم مسلح.");
  EXPECT_EQ(count_of(d, "ASSAULT"), 2u) << listing(d);
}

// A planned deployment is not asserted.
TEST(EventsTest, FutureIsNotAsserted) {
  Document d = run("وستنشر الحكومة قوات إضافية في العاصمة الأسبوع المقبل.");
  const Event* e = first_of(d, "MOBILIZE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_EQ(e->modality, "future");
}

// A denial is negated.
TEST(EventsTest, DenialIsNegated) {
  Document d = run("ونفى الجيش قصف المستشفى.");
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(e->negated);
}

// Every mention covers its trigger and lies in the text.
TEST(EventsTest, MentionsAreInsideTheText) {
  Document d = run("تظاهر مئات الطلاب أمام الجامعة، واعتقلت قوات الأمن عددا منهم، وأصيب آخرون.");
  ASSERT_FALSE(d.events.empty());
  for (const auto& e : d.events)
    for (const auto& m : e.mentions) {
      EXPECT_LE(m.end, d.text.size());
      EXPECT_LT(m.begin, m.end);
    }
  EXPECT_NE(first_of(d, "PROTEST"), nullptr) << listing(d);
  EXPECT_NE(first_of(d, "COERCE"), nullptr) << listing(d);
}

}  // namespace
}  // namespace rasd::events

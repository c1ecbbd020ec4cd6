#include <gtest/gtest.h>

#include <algorithm>

#include "rasd/core/civil_date.h"
#include "rasd/core/table.h"
#include "rasd/events/event_builder.h"
#include "rasd/pipeline.h"
#include "event_helpers.h"
#include "run_pipeline.h"

namespace rasd::events {
namespace {

Document run(const std::string& text) { return test_support::run_pipeline(text); }

using test_support::count_of;
using test_support::first_of;
using test_support::listing;

std::optional<double> count_value(const Document& /*d*/, const Event& e, std::string_view role) {
  for (const auto& [r, c] : e.counts)
    if (r == role) return c.quantity.value;
  return std::nullopt;
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

// The event is where the sentence puts it, not at the place it is described from.
TEST(EventsTest, LocationIsTheSceneNotTheReference) {
  Document d = run("قتل ثلاثة مدنيين في قصف على الغوطة الشرقية قرب دمشق.");
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  ASSERT_TRUE(e->location.has_value());
  EXPECT_EQ(e->location->name, "الغوطة الشرقية");
}

// «المنطقة» referring back names the event's place by its antecedent.
TEST(EventsTest, LocationThroughAnAnaphor) {
  Document d = run("حاصر المسلحون منطقة زقطونة الجبلية أمس.\nوقال سكان إن المسلحين قصفوا المنطقة بقذائف الهاون.");
  bool found = false;
  for (const auto& e : d.events)
    if (e.type == "ASSAULT" && e.location) found |= e.location->name == "منطقة زقطونة";
  EXPECT_TRUE(found) << listing(d);
}

// A city and the province of the same name are compatible places: one happening.
TEST(EventsTest, CityInsideItsProvinceFuses) {
  Document d = run("قتل سبعة جنود في هجوم على مدينة دير الزور.\n"
                   "وأكد المرصد أن الهجوم في محافظة دير الزور أسفر عن مقتل سبعة جنود.");
  EXPECT_EQ(count_of(d, "ASSAULT"), 1u) << listing(d);
}

// A province and the town it is named for are one scene: a later telling there by other words,
// sharing no count, joins the event; one whose doer is plainly the other side stays apart.
TEST(EventsTest, ProvinceAndItsTownBindTellingsOfOneSide) {
  Document d = run("شنت قوات الجيش هجوما على مواقع المتمردين في محافظة إدلب صباح الثلاثاء.\n"
                   "وقال مراسلون إن قذائف الجيش دمرت عددا من الآليات في إدلب.");
  EXPECT_EQ(count_of(d, "ASSAULT"), 1u) << listing(d);
  Document o = run("شنت قوات الجيش هجوما على مواقع المتمردين في محافظة إدلب صباح الثلاثاء.\n"
                   "وقال مراسلون إن المتمردين أطلقوا قذائف على بلدات في إدلب.");
  EXPECT_EQ(count_of(o, "ASSAULT"), 2u) << listing(o);
}

// A later telling that aims at the earlier one's doer, with a doer of its own, is the answer to
// the blow, another happening: its parties are not fused into the raid's. Aimed elsewhere, the
// same telling still fuses with the raid as before: only an answer aimed at the doer is kept apart.
TEST(EventsTest, ATellingAimedAtTheDoerIsAnotherHappening) {
  Document d = run("قصفت تركيا مواقع المقاتلين الأكراد في مدينة عفرين يوم الخميس.\n"
                   "وقال مسؤول إن مسلحين أطلقوا قذائف من مدينة عفرين صوب تركيا.");
  ASSERT_EQ(count_of(d, "ASSAULT"), 2u) << listing(d);
  bool answer = false;
  for (const Event& e : d.events)
    if (e.type == "ASSAULT" && !e.recipient.empty() && e.recipient.front().name == "تركيا") {
      answer = true;
      ASSERT_FALSE(e.actor.empty()) << listing(d);
      EXPECT_EQ(e.actor.front().name, "مسلحين") << listing(d);
    }
  EXPECT_TRUE(answer) << listing(d);
  for (const Event& e : d.events)
    if (e.type == "ASSAULT" && !e.actor.empty() && e.actor.front().name == "تركيا") {
      EXPECT_TRUE(e.recipient.empty() || e.recipient.front().name != "تركيا") << listing(d);
    }
  Document o = run("قصفت تركيا مواقع المقاتلين الأكراد في مدينة عفرين يوم الخميس.\n"
                   "وقال مسؤول إن مسلحين أطلقوا قذائف من مدينة عفرين صوب القرى الحدودية.");
  EXPECT_EQ(count_of(o, "ASSAULT"), 1u) << listing(o);
}

// A verb in a relative clause on a place («المدينة التي سيطر عليها ...») describes the place: fused
// with today's happening it only fills a role, its doer does not displace the one today's telling
// found; a role today's telling left empty it still fills.
TEST(EventsTest, ARelativeClauseOnAPlaceOnlyFills) {
  Document d = run("دافع الجيش عن الغارة التي نفذت يوم الأحد في مدينة الرقة.\n"
                   "وقال طبيب في مدينة الرقة التي سيطر عليها المسلحون إن عشرة مدنيين قتلوا.");
  ASSERT_EQ(count_of(d, "ASSAULT"), 1u) << listing(d);
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_FALSE(e->actor.empty()) << listing(d);
  EXPECT_EQ(e->actor.front().name, "الجيش") << listing(d);
  Document o = run("أعلن الجيش أن الاستهداف الذي تم يوم الأحد في مدينة الرقة كان مشروعا.\n"
                   "وقال طبيب في مدينة الرقة التي سيطر عليها المسلحون إن عشرة مدنيين قتلوا.");
  ASSERT_EQ(count_of(o, "ASSAULT"), 1u) << listing(o);
  EXPECT_FALSE(first_of(o, "ASSAULT")->recipient.empty()) << listing(o);
}

// A fused event keeps the place of its first telling when a later one names another place of
// the same precision class.
TEST(EventsTest, FusedEventKeepsTheFirstTellingsPlace) {
  Document d = run("قتل عشرة مدنيين في قصف على مدينة دوما.\n"
                   "وقال ناشطون إن القصف الذي طال أيضا بلدة حمورية أسفر عن مقتل عشرة مدنيين.");
  ASSERT_EQ(count_of(d, "ASSAULT"), 1u) << listing(d);
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_TRUE(e->location.has_value());
  EXPECT_EQ(e->location->name, "مدينة دوما");
}

// A vague retelling joins the nearest earlier event of its kind and modality, over a planned
// one in between.
TEST(EventsTest, VagueTellingSkipsAPlannedEvent) {
  Document d = run("شن الجيش هجوما على مواقع المسلحين في مدينة الرقة أمس.\n"
                   "ويعتزم الجيش مهاجمة القرى المجاورة.\n"
                   "وأسفرت المواجهات عن مقتل خمسة مسلحين.");
  size_t asserted = 0;
  for (const auto& e : d.events)
    if (e.type == "ASSAULT" && e.modality != "future") ++asserted;
  EXPECT_EQ(asserted, 1u) << listing(d);
}

// A date right after a speech verb or a report noun dates the report, not the event; every
// row of data/events/report_words.tsv and a speech verb.
TEST(EventsTest, ReportDateIsNotTheEventDate) {
  const auto& t = data::table("events/report_words");
  std::vector<std::string> words = {"أفاد", "قال"};
  for (size_t r = 0; r < t.rows(); ++r) words.emplace_back(t.get(r, "word"));
  for (const auto& w : words) {
    Document d = run(w + " الجيش الأحد أن خمسة جنود قتلوا في هجوم على قاعدة عسكرية.");
    const Event* e = first_of(d, "ASSAULT");
    ASSERT_NE(e, nullptr) << w << listing(d);
    EXPECT_FALSE(e->date) << w;
  }
  // The event's own day, after its trigger, still dates it.
  Document d = run("قال الجيش إن خمسة جنود قتلوا الأحد في هجوم على قاعدة عسكرية.");
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  ASSERT_TRUE(e->date);
  EXPECT_EQ(to_iso(*e->date), "2023-06-04");
}

// A definite verbal noun retells an event: a date farther off, or a date another trigger
// between them takes, is not its own; a participle dates nothing.
TEST(EventsTest, RetoldNounsAndParticiplesTakeNoFarDate) {
  Document d = run("اندلعت احتجاجات في المدينة الأحد الماضي.\n"
                   "وأرسلت الحكومة أمس الجمعة تعزيزات أمنية كبيرة إلى المدينة لمواجهة الاحتجاجات.");
  ASSERT_EQ(count_of(d, "PROTEST"), 1u) << listing(d);
  const Event* p = first_of(d, "PROTEST");
  ASSERT_TRUE(p->date);
  EXPECT_EQ(to_iso(*p->date), "2023-06-04");
  Document q = run("اندلعت احتجاجات في المدينة الأحد الماضي.\n"
                   "ثم توسعت الاحتجاجات عندما اقتحم الأربعاء متظاهرون مقر البلدية.");
  EXPECT_EQ(count_of(q, "PROTEST"), 1u) << listing(q);
}

// Modes that name kinds of happening keep tellings apart: the demonstrations and the riots
// they turned into are two events.
TEST(EventsTest, SeparatingModesKeepTellingsApart) {
  Document d = run("خرجت مظاهرات سلمية في المدينة ثم تحولت إلى أعمال شغب في المساء.");
  EXPECT_EQ(count_of(d, "PROTEST"), 2u) << listing(d);
  Document air = run("شنت الطائرات غارات جوية على مواقع المسلحين شمال المدينة، بالتزامن مع قصف مدفعي على مواقعهم.");
  EXPECT_EQ(count_of(air, "ASSAULT"), 2u) << listing(air);
  Document one = run("خرجت مظاهرات في المدينة، وشارك في المظاهرات آلاف الطلاب.");
  EXPECT_EQ(count_of(one, "PROTEST"), 1u) << listing(one);
  // Modes of one kind (the table's `kind`) do not: an accusation told as «اتهم» and «ندد».
  Document acc = run("واتهمت المنظمة الجيش بقصف القرية.\nونددت المنظمة بقصف القرية.");
  EXPECT_EQ(count_of(acc, "ACCUSE"), 1u) << listing(acc);
  Document inq = run("واتهمت الحركة الجيش بتفجير المنزل.\nووصلت الشرطة إلى المكان وباشرت التحقيق.");
  EXPECT_EQ(count_of(inq, "ACCUSE"), 2u) << listing(inq);
}

// A trigger word that is part of a place's name tells no event; nor one inside an
// organisation's name past its first word.
TEST(EventsTest, TriggerInsideAPlaceNameIsNoEvent) {
  Document d = run("وتقدمت القوات نحو مديرية أرحب شمال العاصمة.");
  EXPECT_EQ(count_of(d, "SUPPORT"), 0u) << listing(d);
  Document o = run("وأصدرت هيئة تحرير الشام بيانا مساء الأحد.");
  EXPECT_EQ(count_of(o, "ASSAULT"), 0u) << listing(o);
  Document a = run("وأعلنت القوات تحرير مدينة الرقة مساء الأحد.");
  EXPECT_EQ(count_of(a, "ASSAULT"), 1u) << listing(a);
}

// «ل» + a verbal noun is a purpose (planned), except as the complement of a word that governs
// it: every row of data/events/lam_complements.tsv.
TEST(EventsTest, LamComplementsAreNotPurposes) {
  Document p = run("وصلت قوات إضافية إلى المدينة لقمع المحتجين.");
  const Event* planned = first_of(p, "COERCE");
  ASSERT_NE(planned, nullptr) << listing(p);
  EXPECT_EQ(planned->modality, "future");
  const auto& t = data::table("events/lam_complements");
  for (size_t r = 0; r < t.rows(); ++r) {
    if (t.get(r, "class") != "verb" || !t.get(r, "example").empty()) continue;  // examples: below
    std::string w(t.get(r, "word"));
    Document d = run("وقال شهود إن القصف " + w + " لمقتل خمسة مدنيين في السوق.");
    bool asserted_killing = false;
    for (const auto& e : d.events)
      if (e.type == "ASSAULT" && e.modality != "future") asserted_killing |= std::any_of(
          e.mentions.begin(), e.mentions.end(), [&](const Span& m) { return m.of(d.text) == "مقتل"; });
    EXPECT_TRUE(asserted_killing) << w << listing(d);
  }
}

// Every row with its own example sentence: the ل + verbal noun after the word is told (or
// referred to), not planned — no event whose word begins with the ل is future or hypothetical.
TEST(EventsTest, LamComplementRowExamples) {
  const auto& t = data::table("events/lam_complements");
  size_t tried = 0;
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string ex(t.get(r, "example"));
    if (ex.empty()) continue;
    ++tried;
    Document d = run(ex);
    size_t after_lam = 0;
    for (const auto& e : d.events)
      for (const Span& m : e.mentions) {
        std::string_view before = std::string_view(d.text).substr(0, m.begin);
        if (!(before.ends_with("\xD9\x84") || before.ends_with("\xD9\x84\xD9\x84"))) continue;  // ل, لل
        ++after_lam;
        EXPECT_NE(e.modality, "future") << t.get(r, "word") << listing(d);
        EXPECT_NE(e.modality, "hypothetical") << t.get(r, "word") << listing(d);
      }
    EXPECT_GT(after_lam, 0u) << "no event after the ل in the example of " << t.get(r, "word") << listing(d);
  }
  EXPECT_GT(tried, 5u);
}

// A noun of the table heads only the phrase right before: with an indefinite word between
// («لجنة أمس»), or a verb and its object, the ل is a purpose again.
TEST(EventsTest, LamHeadNounOnlyRightBefore) {
  Document d = run("وشكلت الحكومة لجنة أمس للتحقيق في مقتل الصحفي.");
  const Event* e = first_of(d, "ACCUSE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_EQ(e->modality, "future") << listing(d);
  Document c = run("وتوجه الوفد الحكومي للتفاوض مع المعارضة في جنيف.");
  const Event* f = first_of(c, "CONSULT");
  ASSERT_NE(f, nullptr) << listing(c);
  EXPECT_EQ(f->modality, "future") << listing(c);
}

// A verbal noun with its doer given (a pronoun, or a genitive) takes its object with ل:
// «إدانته للتفجير» is about the bombing, no purpose.
TEST(EventsTest, LamObjectOfAVerbalNounWithItsDoer) {
  Document d = run("وأعرب الوزير عن إدانته للتفجير الذي وقع في السوق.");
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_NE(e->modality, "future") << listing(d);
  Document g = run("وأعلن الحزب تأييد النواب للاعتصام أمام البرلمان.");
  const Event* p = first_of(g, "PROTEST");
  ASSERT_NE(p, nullptr) << listing(g);
  EXPECT_NE(p->modality, "future") << listing(g);
  // An object between (the doer's forces sent) leaves the ل a purpose.
  Document f = run("وأعلن الجيش تعزيزاته قوات في المدينة لقمع المحتجين.");
  const Event* c = first_of(f, "COERCE");
  ASSERT_NE(c, nullptr) << listing(f);
  EXPECT_EQ(c->modality, "future") << listing(f);
}

// The governing word may stand a few words back, its subject and a time phrase between.
TEST(EventsTest, LamComplementGovernorAFewWordsBack) {
  Document d = run("وتعرضت البلدة بعد ثلاثة أيام، في الخامس من أيار، لغارة جوية عنيفة.");
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_NE(e->modality, "future") << listing(d);
  // Another trigger between ends the reach: the purpose ل is back.
  Document p = run("وتعرضت البلدة لقصف عنيف، ونشرت الحكومة قوات لقمع المحتجين.");
  const Event* m = first_of(p, "COERCE");
  ASSERT_NE(m, nullptr) << listing(p);
  EXPECT_EQ(m->modality, "future") << listing(p);
}

// A vague telling that names its kind of act is not a retelling of clashes that named none.
TEST(EventsTest, VagueShellingIsNoRetellingOfClashes) {
  Document d = run("اندلعت مواجهات عنيفة بين الجيش والمسلحين في مدينة الرقة.\n"
                   "وقصفت مدفعية الجيش مواقع المسلحين.");
  EXPECT_EQ(count_of(d, "ASSAULT"), 2u) << listing(d);
}

// A country the trigger governs right after it («قتلوا في اليمن») is the scene, even with a town
// named earlier in the sentence; a country merely named in the sentence yields to the town.
TEST(EventsTest, CountryGovernedRightAfterTheTriggerIsTheScene) {
  Document d = run("وأقيمت في مدينة تعز جنازة لثلاثة جنود قتلوا في السودان الشهر الماضي.");
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  ASSERT_TRUE(e->location);
  EXPECT_EQ(e->location->country, "SD") << e->location->name;
  Document t = run("وقتل ثلاثة جنود أمس في مدينة تعز جنوب غرب اليمن.");
  const Event* f = first_of(t, "ASSAULT");
  ASSERT_NE(f, nullptr) << listing(t);
  ASSERT_TRUE(f->location);
  EXPECT_EQ(f->location->name, "مدينة تعز");
}

// Tellings dated in different months are different happenings, however alike; a day agrees
// with its own month.
TEST(EventsTest, DifferentMonthsKeepTellingsApart) {
  Document d = run("وفي مارس الماضي قتل مسلحون خمسة جنود في مدينة الرقة.\n"
                   "وفي مايو الماضي قتل مسلحون ثلاثة جنود في مدينة الرقة.");
  EXPECT_EQ(count_of(d, "ASSAULT"), 2u) << listing(d);
  Document same = run("وفي مايو الماضي قتل مسلحون خمسة جنود في مدينة الرقة.\n"
                      "وقتل المسلحون الجنود الخمسة في مدينة الرقة يوم 3 مايو.");
  EXPECT_EQ(count_of(same, "ASSAULT"), 1u) << listing(same);
}

// «هجوم آخر», «غارة جديدة»: an indefinite trigger noun with a word of another_markers.tsv tells
// another happening and joins no earlier event; the definite «الهجوم الآخر» may.
TEST(EventsTest, AnotherAttackIsAnotherEvent) {
  Document base = run("قتل مسلحون خمسة جنود في هجوم على قاعدة عسكرية.\nوقتل مسلحون جنديين في هجوم على قاعدة عسكرية.");
  EXPECT_EQ(count_of(base, "ASSAULT"), 1u) << listing(base);
  const auto& t = data::table("events/another_markers");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string w(t.get(r, "word"));
    Document d = run("قتل مسلحون خمسة جنود في هجوم على قاعدة عسكرية.\nوقتل مسلحون جنديين في هجوم " + w +
                     " على قاعدة عسكرية.");
    EXPECT_EQ(count_of(d, "ASSAULT"), 2u) << w << listing(d);
  }
}

// A report's own date is not the event's, but a light verb after the speech verb takes the
// date with it: «قال إنه شن الأربعاء غارة» dates the strike.
TEST(EventsTest, LightVerbTakesTheDateFromTheReport) {
  Document d = test_support::run_pipeline("وقال الجيش إنه شن الأربعاء غارة جوية على مواقع المسلحين.", "2023-06-10");
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  ASSERT_TRUE(e->date) << listing(d);
  EXPECT_EQ(e->date->day, 7);
  Document r = test_support::run_pipeline("وقال الجيش الأربعاء إن غارة جوية استهدفت مواقع المسلحين.", "2023-06-10");
  const Event* f = first_of(r, "ASSAULT");
  ASSERT_NE(f, nullptr) << listing(r);
  EXPECT_FALSE(f->date) << listing(r);
}

// A day after publication is no date of what the text says happened; a planned event keeps it.
TEST(EventsTest, HappenedEventsAreNotDatedAfterPublication) {
  Document d = test_support::run_pipeline("قتل مسلحون خمسة جنود في هجوم نهاية الأسبوع.", "2023-06-12");
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(e->date) << listing(d);
  Document f = test_support::run_pipeline("وتعتزم الحكومة نشر قوات في المدينة نهاية الأسبوع.", "2023-06-12");
  const Event* m = first_of(f, "MOBILIZE");
  ASSERT_NE(m, nullptr) << listing(f);
  EXPECT_TRUE(m->date) << listing(f);
}

// A clause opened by «فيما/بينما/في حين» tells a fact of its own: a place named there is not
// the scene of what was told before it (every row of data/events/clause_openers.tsv). Without
// the opener the place is the sentence's.
TEST(EventsTest, ClauseOpenersKeepTheirPlaceToThemselves) {
  auto killing_place = [](const Document& d) -> std::string {
    for (const auto& e : d.events)
      for (const Span& m : e.mentions)
        if (m.of(d.text) == "مقتل") return e.location && e.location->place >= 0 ? e.location->name : "";
    return "-";
  };
  Document plain = run("أسفرت المواجهات عن مقتل خمسة مسلحين فر رفاقهم باتجاه مدينة الحديدة.");
  EXPECT_EQ(killing_place(plain), "مدينة الحديدة") << listing(plain);
  const auto& t = data::table("events/clause_openers");
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string opener = std::string(t.get(r, "first")).empty() ? std::string(t.get(r, "word"))
                                                                 : std::string(t.get(r, "first")) + " " + std::string(t.get(r, "word"));
    Document d = run("أسفرت المواجهات عن مقتل خمسة مسلحين، " + opener + " فر رفاقهم باتجاه مدينة الحديدة.");
    EXPECT_EQ(killing_place(d), "") << opener << listing(d);
  }
  // «فيما يتعلق بـ» is "as regards", no clause of its own.
  Document about = run("تحدث البيان عن مقتل خمسة مسلحين فيما يتعلق بمدينة الحديدة.");
  EXPECT_EQ(killing_place(about), "مدينة الحديدة") << listing(about);
}

}  // namespace
}  // namespace rasd::events

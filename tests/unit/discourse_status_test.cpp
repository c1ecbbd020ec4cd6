// Discourse status (events/discourse_status.h): the table test that every row of
// data/events/status_cues.tsv gives its status in its position (the rules alone, rule_status: the
// learned classifier has tests of its own), one test per cue class with what must stay a report,
// and the event-level outcome (modality "generic", `background`).
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "event_helpers.h"
#include "rasd/core/table.h"
#include "rasd/events/discourse_status.h"
#include "run_pipeline.h"

namespace rasd::events {
namespace {

using test_support::listing;
using test_support::run_pipeline;
using test_support::run_pipeline_unfiltered;

std::string triggers(const Document& d) {
  std::string s;
  for (const auto& t : d.triggers) s += " [" + std::string(t.span.of(d.text)) + " " + t.type + "]";
  return s;
}

// The status of the trigger whose text is `word` (the first such), or "no trigger".
std::string status_of(const Document& d, std::string_view word) {
  for (const auto& t : d.triggers)
    if (t.span.of(d.text) == word) return std::string(status_name(rule_status(d, t, -1).status));
  return "no trigger";
}

#define EXPECT_STATUS(text, word, want)                                      \
  do {                                                                       \
    Document d_ = run_pipeline_unfiltered(text);                             \
    EXPECT_EQ(status_of(d_, word), want) << text << " |" << triggers(d_);    \
  } while (0)

TEST(DiscourseStatusTest, APlainTellingIsAReport) {
  EXPECT_STATUS("قتل مسلحون خمسة مدنيين في هجوم على القرية أمس.", "قتل", "report");
  EXPECT_STATUS("قتل مسلحون خمسة مدنيين في هجوم على القرية أمس.", "هجوم", "report");
  Document d = run_pipeline("اعتقلت الشرطة عشرة متظاهرين في العاصمة أمس.");
  const Event* e = test_support::first_of(d, "COERCE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_EQ(e->modality, "asserted");
  EXPECT_FALSE(e->background);
}

TEST(DiscourseStatusTest, AReferenceIsNamedNotReported) {
  EXPECT_STATUS("أدان الوزير الهجوم على المدرسة.", "الهجوم", "reference");
  EXPECT_STATUS("أغلقت المحال أبوابها بعد الانفجار في السوق.", "الانفجار", "reference");
  EXPECT_STATUS("شيع الأهالي ضحايا القصف في البلدة.", "القصف", "reference");
  EXPECT_STATUS("حوكم الشاب بتهمة القتل العمد.", "القتل", "reference");
  // A demonstrative before an indefinite noun is a predicate: «هذا هجوم» tells one.
  EXPECT_STATUS("قال الوزير إن هذا هجوم على سيادة البلاد.", "هجوم", "report");
  // A word between the time adjunct and the trigger is no longer its object.
  EXPECT_STATUS("وبعد ساعة قصفت الطائرات البلدة.", "قصفت", "report");
  // The labelled sentences call a recent referred happening news: it is no background alone.
  Document d = run_pipeline("أدان الوزير الهجوم على المدرسة.");
  const Event* e = test_support::first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(e->background);
}

TEST(DiscourseStatusTest, SinceAnchorsTheHappeningItGoverns) {
  EXPECT_STATUS("نزح الآلاف منذ اندلاع المعارك في الإقليم.", "المعارك", "old");
}

// What is kept, changed or broken was made before the news: the deal is named, not told; a deal
// concluded or signed in the same sentence stays a report.
TEST(DiscourseStatusTest, AKeptChangedOrBrokenDealStoodBefore) {
  EXPECT_STATUS("أكد الوزير الحفاظ على الاتفاق بين الطرفين.", "الاتفاق", "old");
  EXPECT_STATUS("أكدت الدولتان المحافظة على التعاون العسكري بينهما.", "التعاون العسكري", "old");
  EXPECT_STATUS("قالت الوزيرة إن الحكومة ترفض أي تغيير في الاتفاقية.", "الاتفاقية", "old");
  EXPECT_STATUS("وقال إن تعديلات على الاتفاق بين الطرفين ستناقش غدا.", "الاتفاق", "old");
  EXPECT_STATUS("وقال إن التعديلات على الاتفاق بين الطرفين جاهزة.", "الاتفاق", "old");
  EXPECT_STATUS("نقض الاتفاق بين الطرفين يهدد السلام.", "الاتفاق", "old");
  EXPECT_STATUS("ونقضت الجماعة الهدنة مع القبائل.", "الهدنة", "old");
  EXPECT_STATUS("ونقضوا الهدنة مع القبائل.", "الهدنة", "old");
  // A new deal is told: neither a signing nor one reached right after a change is kept.
  EXPECT_STATUS("وقع البلدان أمس اتفاقية للتعاون في مجال الطاقة.", "وقع", "report");
  EXPECT_STATUS("أعلن الطرفان اتفاقا على تغيير في الحكومة.", "اتفاقا", "report");
  EXPECT_STATUS("أعلنت الحكومة الاتفاق مع المعارضة أمس.", "الاتفاق", "report");
  // What a vote is on is before the house; the vote itself is told.
  EXPECT_STATUS("أجل المجلس التصويت على الاتفاق مع الدائنين.", "الاتفاق", "topic");
  EXPECT_STATUS("قالت الوزيرة إن البرلمان قد يصوت على الاتفاقية غدا.", "الاتفاقية", "topic");
  EXPECT_STATUS("وقال إن النواب يصوتون على الاتفاقية غدا.", "الاتفاقية", "topic");
  EXPECT_STATUS("وكانت اللجنة صوتت على الاتفاقية أمس.", "الاتفاقية", "topic");
  EXPECT_STATUS("وكان النواب صوتوا بتأييد 120 صوتا مقابل 30.", "تأييد", "report");
  Document d = run_pipeline("قالت الوزيرة إن الحكومة ترفض أي تغيير في الاتفاقية.");
  for (const auto& e : d.events)
    if (e.type == "AGREE") {
      EXPECT_TRUE(e.background) << listing(d);
    }
}

TEST(DiscourseStatusTest, ATotalOverALongPeriodIsGeneric) {
  EXPECT_STATUS("قتل الآلاف في البلاد منذ 2012.", "قتل", "generic");
  EXPECT_STATUS("اعتقلت الشرطة المئات خلال السنوات الماضية.", "اعتقلت", "generic");
  // A short span is news, and so is a first since then.
  EXPECT_STATUS("اعتقلت الشرطة عشرين شابا منذ يومين.", "اعتقلت", "report");
  EXPECT_STATUS("اجتمع الوزيران للمرة الأولى منذ عام 2011 في العاصمة.", "اجتمع", "report");
  // A counted span of months or years totals too; a span of days may time one operation.
  EXPECT_STATUS("قتل أكثر من مئتي مدني خلال سبعة أشهر في المحافظة.", "قتل", "generic");
  EXPECT_STATUS("اعتقلت الشرطة المئات على مدى 3 سنوات.", "اعتقلت", "generic");
  EXPECT_STATUS("قصفت الطائرات القرى طوال عامين.", "قصفت", "generic");
  EXPECT_STATUS("وقعت الحكومة اتفاقات كثيرة في الأعوام الماضية.", "اتفاقات", "generic");
  EXPECT_STATUS("وقعت الحكومة اتفاقية مع الجارة في العام الماضي.", "وقعت", "report");
  EXPECT_STATUS("اعتقلت الشرطة عشرين شابا خلال ثلاثة أيام من الحملة.", "اعتقلت", "report");
  EXPECT_STATUS("قصفت الطائرات القرية خلال الليل.", "قصفت", "report");
  // An ordinal time within the span tells one happening measured against it.
  EXPECT_STATUS("اعتقلت الشرطة ناشطين للمرة الثانية خلال ستة أشهر.", "اعتقلت", "report");
  EXPECT_STATUS("عقد الوزيران ثاني اجتماع بينهما خلال شهرين.", "اجتماع", "report");
  // With a speech act the span is a deadline of what is pledged or demanded.
  EXPECT_STATUS("طالب المجلس الحكومة بسحب القوات خلال ستة أشهر.", "طالب", "report");
  EXPECT_STATUS("تعهدت الحكومة بخفض الضرائب خلال ثلاث سنوات.", "تعهدت", "report");
  // A count's part set off by commas does not end the clause; a new clause after a comma does.
  EXPECT_STATUS("قتل أكثر من مئة شخص، معظمهم من المدنيين، منذ بدء الحرب.", "قتل", "generic");
  EXPECT_STATUS("قتل ثلاثة أشخاص، وأصيب آخرون، منذ بدء الحرب.", "قتل", "report");
  // A span inside a relative clause measures its antecedent.
  EXPECT_STATUS("وقع الوزير اتفاقا على القرض الذي يسدد خلال عشر سنوات.", "وقع", "report");
  EXPECT_STATUS("شغل الوزير على مدى عامين منصبا رفيعا والذي بسببه هاجم المسلحون منزله.", "هاجم", "report");
  // The period of another clause does not reach this one.
  EXPECT_STATUS("تشهد البلاد أزمة منذ 2012، وقتل مسلحون ثلاثة جنود أمس.", "قتل", "report");
  Document d = run_pipeline("قتل الآلاف في البلاد منذ 2012.");
  const Event* e = test_support::first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_EQ(e->modality, "generic");
}

TEST(DiscourseStatusTest, APresentDeedInARelativeClauseIsAHabit) {
  EXPECT_STATUS("حذر الوزير من الجماعات التي تهاجم القوافل.", "تهاجم", "generic");
  EXPECT_STATUS("كان المسلحون يهاجمون القوافل على الطريق.", "يهاجمون", "generic");
  // A speech act in the present is being made now.
  EXPECT_STATUS("انتقد الوزير الحكومة التي تهدد بقطع المعونات عن الجيران.", "تهدد", "report");
  // «في الوقت الذي» is a time, not a relative clause.
  EXPECT_STATUS("وفي الوقت الذي يهاجم فيه المسلحون القرى تفاوض الحكومة.", "يهاجم", "report");
  // A past verb after the relative tells one act.
  EXPECT_STATUS("اعتقل المسلحون الذين هاجموا القافلة.", "هاجموا", "report");
}

TEST(DiscourseStatusTest, PossibilityFearAndWishAreHypothetical) {
  EXPECT_STATUS("حذر الخبراء من احتمال هجوم على الميناء.", "هجوم", "hypothetical");
  EXPECT_STATUS("فر السكان خشية القصف على الحي.", "القصف", "hypothetical");
  EXPECT_STATUS("تزايدت المخاوف من هجوم على المدينة.", "هجوم", "hypothetical");
  EXPECT_STATUS("قد يقصف الجيش الأحياء الشرقية.", "يقصف", "hypothetical");
  // «وقد» before a past verb asserts it; a worry about talks is no fear of them: they are its topic.
  EXPECT_STATUS("وقد قتل ثلاثة جنود في الكمين.", "قتل", "report");
  EXPECT_STATUS("تراجعت الأسهم بسبب المخاوف بشأن المفاوضات مع الدائنين.", "المفاوضات", "topic");
}

TEST(DiscourseStatusTest, AnAimIsNoDeed) {
  EXPECT_STATUS("بحث الوزيران في العاصمة تعزيز التعاون الأمني.", "التعاون الأمني", "hypothetical");
  // The meeting where the aim was discussed did happen.
  EXPECT_STATUS("اجتمع الوزيران في العاصمة لبحث تعزيز التعاون الأمني.", "اجتمع", "report");
  // Cooperation told as done is no aim.
  EXPECT_STATUS("أشاد الوزير بالتعاون الأمني بين البلدين.", "التعاون الأمني", "report");
}

TEST(DiscourseStatusTest, ExpectedHappeningsAreFuture) {
  EXPECT_STATUS("يستعد الوفد للمفاوضات المرتقبة في جنيف.", "مفاوضات", "future");
  EXPECT_STATUS("حذر الخبراء من هجوم محتمل على الميناء.", "هجوم", "hypothetical");
  EXPECT_STATUS("أنهت القوات الاستعدادات للهجوم على المدينة.", "هجوم", "future");
  // The same noun told as done, with nothing expected after it.
  EXPECT_STATUS("صدت القوات الهجوم على المدينة.", "الهجوم", "report");
}

TEST(DiscourseStatusTest, ATopicIsNamedNotTold) {
  EXPECT_STATUS("اختلف الحزبان حول الاتفاق مع الدائنين.", "الاتفاق", "topic");
  EXPECT_STATUS("نشرت الصحيفة نص الاتفاق بين الحكومة والمعارضة.", "الاتفاق", "topic");
  EXPECT_STATUS("أثار النائب قضية اعتقال الصحفيين في البرلمان.", "اعتقال", "topic");
  // A place around which fighting goes on is no topic: the trigger comes first.
  EXPECT_STATUS("تدور اشتباكات عنيفة حول المطار منذ الصباح.", "اشتباكات", "report");
  // Background until a telling of it joins it; the talk itself is told.
  Document d = run_pipeline_unfiltered("اختلف الحزبان حول الاتفاق مع الدائنين.");
  const Event* e = test_support::first_of(d, "AGREE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(e->background);
  EXPECT_EQ(e->modality, "asserted");
}

TEST(DiscourseStatusTest, WhoeverAndHabitsAreGeneric) {
  EXPECT_STATUS("يعاقب القانون كل من يهاجم الصحفيين.", "يهاجم", "generic");
  EXPECT_STATUS("تقصف المدفعية القرى الحدودية كل يوم.", "تقصف", "generic");
  EXPECT_STATUS("هددت الحكومة مرارا بطرد السفير.", "هددت", "generic");
  EXPECT_STATUS("بات المسلحون يهاجمون القوافل على الطريق.", "يهاجمون", "generic");
  // «من» before a noun is the preposition; one shelling yesterday is news.
  EXPECT_STATUS("قتل ثلاثة من الجنود في الكمين.", "قتل", "report");
  EXPECT_STATUS("قصفت المدفعية القرى الحدودية أمس.", "قصفت", "report");
  // A speech act in the present is being made now.
  EXPECT_STATUS("قال الرجل إنه أصبح يهددهم بالطرد من المنزل.", "يهددهم", "report");
}

TEST(DiscourseStatusTest, AFacetOfARelationIsNoHappening) {
  EXPECT_STATUS("استعرض الجانبان أوجه التأييد الشعبي للمبادرة.", "التأييد", "generic");
  EXPECT_STATUS("أدان الوزير كل أشكال التعذيب في السجون.", "التعذيب", "generic");
}

TEST(DiscourseStatusTest, APurposeIsSought) {
  EXPECT_STATUS("أرسلت الحكومة وحدات خاصة بهدف اعتقال المهربين.", "اعتقال", "future");
  EXPECT_STATUS("تبذل الدول جهودا من أجل وقف إطلاق النار في المدينة.", "وقف إطلاق النار", "future");
  // What was done to reach it is told.
  EXPECT_STATUS("اعتقلت الشرطة المهربين بهدف تفكيك الشبكة.", "اعتقلت", "report");
  // After «بهدف», «بغية», «من أجل» an unvowelled past form is the verbal noun, the aim
  // (data/events/noun_context.tsv); at a clause's start it is the verb, told.
  EXPECT_STATUS("تقدمت القوات نحو الساحل بهدف قطع الطريق على المسلحين.", "قطع الطريق", "future");
  EXPECT_STATUS("تحركت الألوية بغية قصف مواقع المتمردين.", "قصف", "future");
  EXPECT_STATUS("وقطع المحتجون الطريق أمس.", "قطع", "report");
  // «ترمي إلى» aims at; «ترمي» alone throws.
  EXPECT_STATUS("أعلنت الحكومة خطوة ترمي إلى فرض عقوبات على الشركات.", "فرض عقوبات", "future");
  // Purpose ل on reaching: the deal is to be reached; a deal reached or announced is told.
  EXPECT_STATUS("التقى الوسطاء الطرفين أمس للتوصل إلى اتفاق بشأن الأسرى.", "اتفاق", "future");
  EXPECT_STATUS("التقى الوسطاء الطرفين أمس للتوصل إلى اتفاق بشأن الأسرى.", "التقى", "report");
  EXPECT_STATUS("توصل الطرفان أمس إلى اتفاق بشأن الأسرى.", "توصل", "report");
}

TEST(DiscourseStatusTest, ACallReachesEveryItemOfItsList) {
  const char* call = "دعا الوزير إلى ضبط النفس، والإفراج عن المعتقلين، والانسحاب من المدينة.";
  EXPECT_STATUS(call, "الإفراج", "hypothetical");
  EXPECT_STATUS(call, "الانسحاب", "hypothetical");
  EXPECT_STATUS("طالب المحتجون بمحاسبة المسؤولين وإطلاق سراح المعتقلين.", "إطلاق سراح", "hypothetical");
  Document d = run_pipeline(call);
  const Event* e = test_support::first_of(d, "RETREAT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_EQ(e->modality, "hypothetical");
  // A new clause ends the list: a finite verb, a particle after «، و», a speech verb.
  EXPECT_STATUS("دعا الوزير إلى الحوار، وقتل مسلحون ثلاثة جنود في الكمين.", "قتل", "report");
  EXPECT_STATUS("دعا الوزير إلى الحوار، وقد كان الاجتماع هادئا.", "الاجتماع", "report");
  EXPECT_STATUS("دعا الوزير إلى الحوار، وأكد أن الاعتقالات توقفت.", "الاعتقالات", "report");
  // The first item counts from the preposition that opens the complement, past the addressee.
  EXPECT_STATUS("دعت رئيسة اللجنة الدولية المستقلة للتحقيق إلى إجراء محادثات مباشرة.", "محادثات", "hypothetical");
  // A conjoined addressee is no list of items: «الحكومة والمعارضة» come before the complement.
  EXPECT_STATUS("دعا الوزير الحكومة والمعارضة في البلاد إلى استئناف المحادثات.", "المحادثات", "hypothetical");
  // «ما» opens a relative clause: what the meeting decided was decided at a meeting that was held.
  EXPECT_STATUS("حث الوزير على تنفيذ ما صدر عن اجتماع الوزراء.", "اجتماع", "report");
  // What an item governs is its object, not another item: the attack happened.
  EXPECT_STATUS("دعا الوزير إلى التحقيق في الهجوم على المدرسة.", "الهجوم", "report");
}

// A word of obligation heads a list as a call does (obligation_heads.tsv).
TEST(DiscourseStatusTest, AnObligationReachesEveryItemOfItsList) {
  const char* must = "قال الوزير إنه يجب تخفيف القيود، والإفراج عن المعتقلين، والانسحاب من المدينة.";
  EXPECT_STATUS(must, "الإفراج", "hypothetical");
  EXPECT_STATUS(must, "الانسحاب", "hypothetical");
  EXPECT_STATUS("يتعين على الطرفين الحوار، والانسحاب من المدينة.", "الانسحاب", "hypothetical");
  // A new clause after the list is told: the killing happened.
  EXPECT_STATUS("يجب تخفيف القيود، وقد قتل مسلحون ثلاثة جنود أمس.", "قتل", "report");
  EXPECT_STATUS("أعلن الجيش الانسحاب من المدينة.", "الانسحاب", "report");
  // Past the first item's word, a trigger is that deed's object: the agreement was made.
  EXPECT_STATUS("ما زال يتعين موافقة البرلمان على الاتفاق.", "الاتفاق", "report");
  // «يجب أن» opens a clause whose verb takes its own object: the crimes are real.
  EXPECT_STATUS("يجب أن تضغط الدول على الجماعة لوقف الاعتداءات على القرى.", "الاعتداءات", "report");
}

// A purpose heads a list as a call does (purpose_heads.tsv): every item is sought, yet to come.
TEST(DiscourseStatusTest, APurposeReachesEveryItemOfItsList) {
  const char* aim = "نظم العمال إضرابا في خطوة ترمي إلى تحسين الأجور في المصانع والتنديد بالفصل التعسفي.";
  EXPECT_STATUS(aim, "التنديد", "future");
  EXPECT_STATUS(aim, "إضرابا", "report");
  const char* sent = "أرسلت الحكومة وفدا إلى البلدة بهدف تهدئة الأهالي، والإفراج عن الموقوفين.";
  EXPECT_STATUS(sent, "الإفراج", "future");
  EXPECT_STATUS("أفرجت الحكومة عن الموقوفين، وأرسلت وفدا إلى البلدة.", "أفرجت", "report");
  // A new clause after the purpose is told: the arrest happened.
  EXPECT_STATUS("تحركت القوات من أجل تأمين الطريق، واعتقلت الشرطة خمسة مسلحين.", "اعتقلت", "report");
  // What an item governs is its object, not another item: the attack happened.
  EXPECT_STATUS("شكلت الوزارة لجنة بهدف التحقيق في ملابسات الهجوم على المدرسة.", "الهجوم", "report");
  // «بهدف أن» opens a clause whose verb takes its own object.
  EXPECT_STATUS("ضغطت الدول بهدف أن تنهي الجماعة الاعتداءات على القرى.", "الاعتداءات", "report");
}

// Every row of purpose_heads.tsv heads a list: its second item is sought.
TEST(DiscourseStatusTest, EveryPurposeRowHeadsAList) {
  const data::Table& t = data::table("events/purpose_heads");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string text = "تحرك الوسطاء " + std::string(t.get(r, "phrase")) + " تهدئة الأهالي والإفراج عن الموقوفين.";
    Document d = run_pipeline(text);
    EXPECT_EQ(status_of(d, "الإفراج"), "future") << "row " << t.lines[r] << ": " << text << " |" << triggers(d);
  }
}

// A present verb joined by «و» shares the generic reading of the verb it is joined to.
TEST(DiscourseStatusTest, AJoinedVerbSharesTheRelativeClause) {
  EXPECT_STATUS("وانتقد الحزب الجماعات التي تهاجم القرى وتقصف المدارس.", "تقصف", "generic");
  // A comma may close the first verb's object.
  EXPECT_STATUS("وانتقد الحزب الجماعات التي تهاجم القرى الحدودية، وتقصف مدارس الأطفال.", "تقصف", "generic");
  // A present verb after a comma joined to a told deed is told.
  EXPECT_STATUS("تقصف الطائرات المدينة منذ الصباح، وتهاجم القوات أطرافها.", "تهاجم", "report");
  // Verbal nouns between are the first verb's objects.
  EXPECT_STATUS("وأشاد بالشبان الذين يتظاهرون أمام السفارة بعد الاعتقالات ويرفضون المغادرة.", "يرفضون", "generic");
  EXPECT_STATUS("وندد بالمسلحين الذين يهاجمون القرى في موسم الحصاد ويعتقلون المزارعين.", "يعتقلون", "generic");
  // Joined to a verb told now, it is told.
  EXPECT_STATUS("وتهاجم القوات القرى وتقصف المدارس منذ الصباح.", "تقصف", "report");
  // Joined to a past verb, or after punctuation, it is a clause of its own.
  EXPECT_STATUS("وانتقد الحزب الجماعات التي هاجمت القرى وتقصف المدارس الآن.", "تقصف", "report");
  EXPECT_STATUS("وانتقد الحزب الجماعات التي تهاجم القرى، وتقصف الطائرات المدارس.", "تقصف", "report");
  // A verb between that is no trigger is the one joined to: the shelling is told.
  EXPECT_STATUS("وقال إن الجماعة التي تهاجم القرى تحاصر المدينة وتقصف المدارس.", "تقصف", "report");
}

TEST(DiscourseStatusTest, TheSubjectOfAFutureVerbIsASupposedCause) {
  EXPECT_STATUS("قال الخبير إن الإفراج عن المعتقلين سيخفف التوتر.", "الإفراج", "hypothetical");
  EXPECT_STATUS("حذر الوزير من أن أي محاولة اغتيال سوف تقابل برد حاسم.", "اغتيال", "hypothetical");
  // An object with a future relative clause was done: «فرضت عقوبات ستطال».
  EXPECT_STATUS("فرضت الحكومة عقوبات ستطال عشرات الشركات.", "فرضت", "report");
  EXPECT_STATUS("وصلت إلى المدينة مساعدات ستوزع على النازحين.", "مساعدات", "report");
  // A place name shaped like a future verb is no verb.
  EXPECT_STATUS("قال الوزير إن الهجوم على سيناء كان متوقعا.", "الهجوم", "report");
  // An obligation: what must be done has not been.
  EXPECT_STATUS("قال النائب إنه يجب على الحكومة الإفراج عن المعتقلين.", "الإفراج", "hypothetical");
}

TEST(DiscourseStatusTest, AConjunctSharesItsGovernor) {
  EXPECT_STATUS("عاد السكان إلى البلدة بعد أشهر من القصف والحصار.", "الحصار", "generic");
  EXPECT_STATUS("أدان الوزير الهجوم والاعتقالات في المدينة.", "الاعتقالات", "reference");
  EXPECT_STATUS("عاد السكان إلى البلدة بعد أشهر من القصف أو الحصار.", "الحصار", "generic");
  // A governed noun and a finite verb after «و» are two clauses.
  EXPECT_STATUS("بعد الهجوم واعتقل الجيش عشرة مسلحين.", "اعتقل", "report");
  // Words between the two break the chain: «بعد القصف على المدينة والاعتقالات».
  EXPECT_STATUS("عاد الهدوء بعد أشهر من القصف على المدينة والاعتقالات في الحي.", "الاعتقالات", "report");
}

TEST(DiscourseStatusTest, UntilAndFrameworkAreNotTold) {
  EXPECT_STATUS("تبقى القيود سارية حتى الانسحاب الكامل للقوات.", "الانسحاب", "future");
  EXPECT_STATUS("تأتي الزيارة ضمن دعمها العسكري للجيش.", "دعمها العسكري", "generic");
  // The deed before «حتى» is told; the visit itself too.
  EXPECT_STATUS("قصفت الطائرات المدينة حتى الفجر.", "قصفت", "report");
  EXPECT_STATUS("تأتي الزيارة ضمن التعاون الأمني بين البلدين.", "الزيارة", "report");
}

TEST(DiscourseStatusTest, AQuestionAssertsNothing) {
  EXPECT_STATUS("لماذا قصفت الطائرات المستشفى؟", "قصفت", "hypothetical");
  // Only the clause the question mark closes.
  EXPECT_STATUS("قصفت الطائرات المستشفى، فمن يحاسب الفاعلين؟", "قصفت", "report");
}

TEST(DiscourseStatusTest, ItsOwnOldDateMakesItBackground) {
  // Published 2023-06-10 (run_pipeline).
  Document d = run_pipeline("قصفت الطائرات البلدة في مارس 2022.");
  const Event* e = test_support::first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(e->background);
  EXPECT_EQ(e->modality, "asserted");  // it happened: background, not denied or doubted
  // A week before publication is news.
  d = run_pipeline("قصفت الطائرات البلدة في 3 يونيو.");
  e = test_support::first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(e->background);
  // A date a noun before governs is that noun's («انتخابات العام الماضي»), not the arrest's.
  d = run_pipeline("وبعد خسارته انتخابات العام الماضي اعتقلت الشرطة زعيم الحزب.");
  e = test_support::first_of(d, "COERCE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(e->background);
}

TEST(DiscourseStatusTest, PlansIntentionsAndDatesSetAreFuture) {
  EXPECT_STATUS("كشفت الصحيفة عن خطط لشن هجوم على الجزيرة.", "هجوم", "future");
  EXPECT_STATUS("أعلن الوزير عزمه الاستقالة من منصبه.", "الاستقالة", "future");
  EXPECT_STATUS("حدد الطرفان موعدا جديدا للمفاوضات بين الوفدين.", "مفاوضات", "future");
  EXPECT_STATUS("قالت الحكومة إنها لن تسمح بأي هجوم على حدودها.", "هجوم", "hypothetical");
  // A plan carried out is told: the cue after the trigger governs nothing.
  EXPECT_STATUS("نفذت القوات الهجوم وفق خطة محكمة.", "الهجوم", "report");
  // Past the window the plan no longer governs.
  EXPECT_STATUS("وضعت الوزارة خطة شاملة للطوارئ بعد أن قصفت الطائرات الحي.", "قصفت", "report");
}

TEST(DiscourseStatusTest, AFutureRelativeClauseOfItsOwnIsToCome) {
  EXPECT_STATUS("رحب الوزير بالزيارة التي ستبدأ الخميس المقبل.", "الزيارة", "future");
  EXPECT_STATUS("تحدث الرئيس عن القمة الإقليمية التي سوف تعقد في القاهرة.", "القمة", "future");
  // Indefinite, its future verb follows what was done; a past relative tells it.
  EXPECT_STATUS("وصلت إلى المدينة مساعدات ستوزع على النازحين.", "مساعدات", "report");
  EXPECT_STATUS("رحب الوزير بالزيارة التي بدأت أمس.", "الزيارة", "report");
  // A relative too far off describes another noun.
  EXPECT_STATUS("انتهت المفاوضات بين الوفدين في العاصمة الأردنية التي ستستضيف القمة.", "المفاوضات", "report");
  // A noun in construct is definite by its genitive: the relative is its own when it agrees
  // with it, else the genitive's.
  EXPECT_STATUS("وزيارة الرئيس التي ستبدأ الخميس تأجلت مرتين.", "زيارة", "future");
  EXPECT_STATUS("أدان الحزب اعتقال الناشطة التي ستحاكم الأسبوع المقبل.", "اعتقال", "reference");
  EXPECT_STATUS("انتقد الحزب هجوم المسلحين الذين سيحاكمون غدا.", "هجوم", "report");
}

// «كل» before an indefinite deed quantifies over its kind; before a definite plural it may sum
// up the ones just told, and «كل يوم» is a frequency row of its own.
TEST(DiscourseStatusTest, EveryDeedOfAKindIsNoOneHappening) {
  EXPECT_STATUS("قال الوزير إن كل اعتداء على الصحفيين جريمة لا تسقط بالتقادم.", "اعتداء", "generic");
  EXPECT_STATUS("تعهدت الحكومة بالتصدي لكل هجوم يستهدف المدنيين.", "هجوم", "generic");
  EXPECT_STATUS("قال الشهود إن كل الهجمات وقعت ليلا في الجنوب.", "الهجمات", "report");
  EXPECT_STATUS("قصفت الطائرات البلدة وقتلت كل أفراد العائلة.", "قتلت", "report");
}

// An adjective of routine names a practice: «الاعتقالات الممنهجة», «القصف المتكرر».
TEST(DiscourseStatusTest, ARoutineIsNoOneHappening) {
  EXPECT_STATUS("نددت المنظمة بالاعتقالات التعسفية الممنهجة للصحفيين.", "الاعتقالات", "generic");
  EXPECT_STATUS("تعاني القرى من القصف المتكرر منذ أسابيع.", "القصف", "generic");
  EXPECT_STATUS("يشكو السكان من الاعتقالات اليومية في الحي.", "الاعتقالات", "generic");
  EXPECT_STATUS("تتعرض البلدة لقصف بالمدفعية بشكل يومي.", "قصف", "generic");
  // The dual «يومي» dates one happening over two days: no row.
  EXPECT_STATUS("تعقد القمة يومي الخميس والجمعة في العاصمة.", "القمة", "report");
  // A deed told with its own adjective of manner stays a report.
  EXPECT_STATUS("شنت الطائرات غارات عنيفة على البلدة فجر اليوم.", "غارات", "report");
}

// A verbal noun in the genitive of another shares that one's governor.
TEST(DiscourseStatusTest, AGenitiveDeedSharesItsHeadsGovernor) {
  EXPECT_STATUS("أنهى الجيش الاستعدادات لمعركة تحرير المدينة من المسلحين.", "تحرير", "future");
  // A finite verb after a noun is no genitive of it.
  EXPECT_STATUS("عقب اشتباكات اعتقلت الشرطة عشرة مسلحين.", "اعتقلت", "report");
}

// «أنّ» takes a noun: an unvowelled past-looking verb right after it, with a future verb after,
// is the verbal noun subject of a supposed consequence.
TEST(DiscourseStatusTest, APastLookingSubjectOfAFutureVerbIsASupposedCause) {
  EXPECT_STATUS("حذر الرئيس من أن رفض الخطة سيؤدي إلى فوضى.", "رفض", "hypothetical");
  // A long subject: a genitive, a phrase and an adjective before the future verb.
  EXPECT_STATUS("قال الخبير إن فرض العقوبات الجديدة على الشركات النفطية الكبرى سيلحق الضرر بالأسواق.", "فرض العقوبات", "hypothetical");
  // Not after a time adjunct's «أن» with no future verb: «بعد أن رفض» tells a refusal.
  EXPECT_STATUS("غادر الوفد بعد أن رفض الخطة المقترحة.", "رفض", "report");
}

// Its own date after publication (2023-06-10 in run_pipeline): what is dated to come.
TEST(DiscourseStatusTest, ItsOwnDateAheadMakesItFuture) {
  EXPECT_STATUS("اقترح الحزب عقد مؤتمر في سبتمبر المقبل.", "مؤتمر", "future");
  EXPECT_STATUS("أعلنت الرئاسة عن قمة الشهر المقبل في العاصمة.", "قمة", "future");
  // A past verb is never ahead of its telling; a date of another word does not count.
  EXPECT_STATUS("عقد الحزب مؤتمرا عاما الشهر الماضي.", "مؤتمرا", "report");
  EXPECT_STATUS("اجتمع الوزيران أمس لبحث انتخابات العام المقبل.", "اجتمع", "report");
  // One word of its noun phrase may stand before the date; a verb there dates its own clause.
  EXPECT_STATUS("أعلن الحزب عن اجتماع طارئ في مايو المقبل.", "اجتماع", "future");
  EXPECT_STATUS("وجه الجيش إنذارا ينتهي في سبتمبر المقبل.", "إنذارا", "report");
  Document d = run_pipeline("تحدث الوزير عن قمة بروكسل في مارس 2015.");
  const Event* e = test_support::first_of(d, "CONSULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(e->background);
}

// A superlative measured since an episode of a year is one happening: no total.
TEST(DiscourseStatusTest, TheLargestSinceIsOneHappening) {
  EXPECT_STATUS("نفذ الجيش أكبر هجوم على المسلحين منذ حرب عام 2014.", "هجوم", "report");
}

// «كلما», «متى ما»: whenever — a habit, no one happening.
TEST(DiscourseStatusTest, WheneverIsAHabit) {
  EXPECT_STATUS("تقصف المدفعية القرى كلما تقدم المسلحون نحو الطريق.", "تقصف", "generic");
  EXPECT_STATUS("تعتقل الشرطة الطلاب متى ما خرجوا إلى الشوارع.", "تعتقل", "generic");
  EXPECT_STATUS("تقدم الجمعية المساعدات متى طلبتها الأسر المحتاجة.", "تقدم", "generic");
  EXPECT_STATUS("قصفت المدفعية القرى بعد أن تقدم المسلحون نحو الطريق.", "قصفت", "report");
}

// What is feared or possible may be told as a clause: «مخاوف من أن تندلع اشتباكات».
TEST(DiscourseStatusTest, AFearedClauseIsHypothetical) {
  EXPECT_STATUS("تسود مخاوف من أن تشهد العاصمة مظاهرات حاشدة.", "مظاهرات", "hypothetical");
  EXPECT_STATUS("نزح السكان خشية أن تقصف الطائرات الحي.", "تقصف", "hypothetical");
  // A fear voiced after the deed does not reach back to it.
  EXPECT_STATUS("قصفت الطائرات الحي وسط مخاوف من أن يتسع القتال.", "قصفت", "report");
}

// The object of a verb of discussion or review is talked over, not told; the verb's own deed
// and a deed told after it in its own clause stay reports.
TEST(DiscourseStatusTest, WhatIsDiscussedIsATopic) {
  EXPECT_STATUS("ناقش الوزيران وقف إطلاق النار في الجنوب.", "وقف إطلاق النار", "topic");
  EXPECT_STATUS("استعرض التقرير الهجمات على القرى الحدودية.", "الهجمات", "topic");
  EXPECT_STATUS("ناقش الوزيران الأزمة، وقصفت الطائرات الحي بعد ساعات.", "قصفت", "report");
}

// A verbal noun that a generic, hypothetical or future verb governs shares its reading; a
// reported verb's object stays a report.
TEST(DiscourseStatusTest, AVerbsObjectSharesItsReading) {
  EXPECT_STATUS("وبات الحزب يؤيد اعتقال المعارضين.", "اعتقال", "generic");
  EXPECT_STATUS("وأيد الحزب أمس اعتقال المعارضين.", "اعتقال", "report");
}

// What one wants done has not been done; the subject and the party asked may stand between.
// A deed the wisher did is told.
TEST(DiscourseStatusTest, AWishIsHypothetical) {
  EXPECT_STATUS("تريد الحكومة من الجيش أن ينسحب من البلدة.", "ينسحب", "hypothetical");
  EXPECT_STATUS("يرغب الحزب في توقيع الاتفاق قبل الصيف.", "توقيع الاتفاق", "hypothetical");
  EXPECT_STATUS("قال الوزير إن بلاده لا تريد الحرب، وقصفت الطائرات الحي بعد ساعات.", "قصفت", "report");
  EXPECT_STATUS("انسحب الجيش من البلدة التي تريد الحكومة بناءها.", "انسحب", "report");
}

// What is avoided or forestalled has not happened; a deed a word further on is not the one avoided.
TEST(DiscourseStatusTest, AnAvoidedDeedIsHypothetical) {
  EXPECT_STATUS("دعا الوسيط الطرفين إلى تجنب المواجهات في الحي.", "المواجهات", "hypothetical");
  EXPECT_STATUS("أرجئت المباراة لتفادي الاشتباكات بين المشجعين.", "الاشتباكات", "hypothetical");
  EXPECT_STATUS("تسعى الشركات إلى تفادي أضرار العقوبات على المصارف.", "العقوبات", "report");
}

// A scheduled meeting has not been held; a meeting held is told.
TEST(DiscourseStatusTest, AScheduledDeedIsFuture) {
  EXPECT_STATUS("بحث الوزيران القمة المقررة بين البلدين.", "القمة", "future");
  EXPECT_STATUS("وصل الوفد قبل قمة مقررة في الرياض.", "قمة", "future");
  EXPECT_STATUS("ألغى الرئيس الزيارة التي كان مقررا لها أن تبدأ غدا.", "الزيارة", "future");
  EXPECT_STATUS("عقد الوزيران قمة في الرياض وأقرا خطة العمل.", "قمة", "report");
}

// A standing commitment, a state of receiving in the present, a basis and a pledge named as a noun
// tell no one deed; the past receipt and the deed told beside them stay reports.
TEST(DiscourseStatusTest, CommitmentsStatesBasesAndPledgesAreNoDeedTold) {
  EXPECT_STATUS("جددت الحكومة التزامها الكامل بإرسال المساعدات للاجئين.", "المساعدات", "generic");
  EXPECT_STATUS("أكد الوزراء التزامهم بتقديم المساعدات للنازحين.", "تقديم المساعدات", "generic");
  EXPECT_STATUS("تحظى الفصائل بدعم عسكري من جيرانها.", "دعم عسكري", "generic");
  EXPECT_STATUS("يتلقى الجيش مساعدات عسكرية من حلفائه.", "مساعدات", "generic");
  EXPECT_STATUS("اقترح الوسيط حلا مبنيا على التنازل المتبادل.", "التنازل", "generic");
  EXPECT_STATUS("رحب الاتحاد بتعهد الطرفين بوقف القتال.", "وقف القتال", "future");
  // The deed as the subject of «تحظى» is told: the state is the attention it gets.
  EXPECT_STATUS("وتحظى زيارة الرئيس باهتمام كبير.", "زيارة", "report");
  // A past receipt is one happening; so is aid sent in a clause of its own.
  EXPECT_STATUS("تلقى الجيش مساعدات عسكرية من حلفائه أمس.", "مساعدات", "report");
  EXPECT_STATUS("أرسلت الحكومة مساعدات إلى اللاجئين أمس.", "أرسلت", "report");
}

// «لطالما» tells a habit; a need names what is not done. The same deeds told plainly stay reports.
TEST(DiscourseStatusTest, TimeAndAgainIsAHabitAndANeedIsNoDeed) {
  EXPECT_STATUS("ولطالما انتقد الحزب سياسة الحكومة في الجنوب.", "انتقد", "generic");
  EXPECT_STATUS("انتقد الحزب سياسة الحكومة في الجنوب أمس.", "انتقد", "report");
  EXPECT_STATUS("أكد الطرفان الحاجة إلى وقف إطلاق النار في المدينة.", "وقف إطلاق النار", "hypothetical");
  EXPECT_STATUS("أعلن الطرفان وقف إطلاق النار في المدينة.", "وقف إطلاق النار", "report");
}

// A definite verbal noun's own present-tense relative clause names a kind of deed someone does or
// suffers; a past one tells a happening, and so does a verb that places one going on now.
TEST(DiscourseStatusTest, APresentRelativeClauseOfItsOwnIsAKind) {
  EXPECT_STATUS("ندد الوزير بالانتهاكات التي ترتكبها الميليشيات في الريف.", "الانتهاكات", "generic");
  EXPECT_STATUS("تحدثت المنظمة عن التعذيب الجسدي الذي يتعرض له السجناء في المعتقلات.", "التعذيب", "generic");
  EXPECT_STATUS("انتقد الحزب الاعتقالات التعسفية التي تنفذها الشرطة بحق الصحفيين.", "الاعتقالات", "generic");
  // Past: one happening.
  EXPECT_STATUS("ندد الوزير بالانتهاكات التي ارتكبتها الميليشيات في الريف أمس.", "الانتهاكات", "reference");
  EXPECT_STATUS("تحدث الضابط عن الهجوم الذي تعرض له الجنود أمس.", "الهجوم", "report");
  // Going on now: told; and so is the subject of the relative's verb, with no word taking it back.
  EXPECT_STATUS("قال المتحدث إن المعارك التي تدور قرب المطار عنيفة.", "المعارك", "report");
  EXPECT_STATUS("قال المتحدث إن الاحتجاجات التي تشهدها العاصمة سلمية.", "الاحتجاجات", "report");
  EXPECT_STATUS("ندد الوزير بالهجوم الذي يأتي قبل الانتخابات بأيام.", "الهجوم", "reference");
  EXPECT_STATUS("قال المتحدث إن التحقيقات التي تجريها النيابة مستمرة.", "التحقيقات", "report");
  // A singular of one deed with ة is one happening, going on.
  EXPECT_STATUS("قال المتحدث إن الزيارة التي يقوم بها الوزير ناجحة.", "الزيارة", "report");
  EXPECT_STATUS("قال المتحدث إن الزيارات التي يقوم بها الوزير ناجحة.", "الزيارات", "generic");
  // An ordinal makes it one happening, counted.
  EXPECT_STATUS("بدأ المعلمون الإضراب الثاني الذي تنفذه النقابة هذا الشهر.", "الإضراب", "report");
  // The relative belongs to the noun after a preposition, not to the trigger.
  EXPECT_STATUS("قصفت الطائرات القرية أمس وتحدث الأهالي عن الهجوم على البلدة التي يسكنها الرعاة.", "الهجوم", "report");
  // Indefinite: no relative pronoun of its own.
  EXPECT_STATUS("وقع هجوم على القوات التي تحاصر المدينة.", "هجوم", "report");
}

// A verbal noun without the article that a future verb governs is yet to come; with the article,
// it may be a known happening a reaction to come takes up.
TEST(DiscourseStatusTest, TheObjectOfAFutureVerbIsToCome) {
  EXPECT_STATUS("قال المتحدث إن الوزير سيجري محادثات مع نظيره في العاصمة.", "محادثات", "future");
  EXPECT_STATUS("وستشارك الحكومة في مؤتمر المانحين في باريس.", "مؤتمر", "future");
  EXPECT_STATUS("أجرى الوزير محادثات مع نظيره في العاصمة أمس.", "محادثات", "report");
  EXPECT_STATUS("قال الوزير إن اللجنة ستنظر في الهجوم بعناية.", "الهجوم", "report");
  // A name shaped like a future verb is none.
  EXPECT_STATUS("أجرى الرئيس سيرجيو ماتاريلا محادثات مع الوزير أمس.", "محادثات", "report");
}

// A death toll of thousands is a war's or a period's total; tens are one attack's.
TEST(DiscourseStatusTest, AThousandDeadIsATotal) {
  EXPECT_STATUS("وخلفت المعارك في الإقليم نحو اثني عشر ألف قتيل.", "قتيل", "generic");
  EXPECT_STATUS("وقتل الآلاف في النزاع على الإقليم.", "قتل", "generic");
  EXPECT_STATUS("قتل 20 شخصا في هجوم على السوق أمس.", "قتل", "report");
  // A campaign's toll over the last weeks is news.
  EXPECT_STATUS("وقتل أكثر من ألفي مدني في القصف على المدينة خلال ثلاثة أسابيع.", "قتل", "report");
  // A year is no toll.
  EXPECT_STATUS("اعترف الرجل (مواليد 1978) بقتل جاره في القرية.", "قتل", "report");
}

// A condition after its consequence makes the consequence hypothetical; «ما إذا» (whether) asks
// about another matter and leaves the deed before it told.
TEST(DiscourseStatusTest, AConsequenceBeforeItsConditionIsHypothetical) {
  EXPECT_STATUS("قرر الجيش الانسحاب من البلدة إذا لم يتوقف القصف.", "الانسحاب", "hypothetical");
  EXPECT_STATUS("أعلن الجيش الانسحاب من البلدة أمس.", "الانسحاب", "report");
  EXPECT_STATUS("أكدت الشرطة الاعتقال ولم تحدد ما إذا كان الموقوف مسلحا.", "الاعتقال", "report");
  // A condition in a clause of its own, after a complementizer, is no condition of the deed.
  EXPECT_STATUS("قال الوزير إن الغاز استخدم في الهجوم وإنه إذا ثبت ذلك سترد الحكومة.", "الهجوم", "report");
  // A threat made on a condition is made now.
  EXPECT_STATUS("هدد الوزير بالرد إذا تكرر القصف على الحدود.", "هدد", "report");
}

// Legitimising an act and a law's object name a kind of deed.
TEST(DiscourseStatusTest, LegitimisingAndLawSpeakOfAKind) {
  EXPECT_STATUS("رفض الحزب شرعنة الاعتداء على المحتجين.", "الاعتداء", "generic");
  EXPECT_STATUS("انتقد العلماء الفتاوى التي تسعى لتشريع القتل باسم الدين.", "القتل", "generic");
  EXPECT_STATUS("يجرم القانون التعذيب في السجون.", "التعذيب", "generic");
  // «خطورة» is no cue: the seriousness of a deed («خطورة الإصابات») is as often told as the danger.
  EXPECT_STATUS("أصيب خمسة جنود في الهجوم، وتحدث الطبيب عن خطورة الإصابات.", "الإصابات", "report");
  // A bill is no cue: the deed after it is still told.
  EXPECT_STATUS("أقر البرلمان تشريعا جديدا، وقصفت الطائرات البلدة أمس.", "قصفت", "report");
  // The attack a danger is measured against is no object of «خطورة»: it stays told.
  EXPECT_STATUS("وقال الوزير إن الخطورة كبيرة بعد أن قصفت الطائرات المدينة منذ الصباح.", "قصفت", "report");
  EXPECT_STATUS("تقصف الطائرات المدينة منذ الصباح.", "تقصف", "report");
}

// «يومي» after a verbal noun is daily; before a day's name it is the dual that dates one happening.
TEST(DiscourseStatusTest, DailyIsAHabitTheDualDatesOne) {
  EXPECT_STATUS("تتعرض القرى الحدودية لقصف يومي من المدفعية.", "قصف", "generic");
  EXPECT_STATUS("خرجت احتجاجات يومي الخميس والجمعة في العاصمة.", "احتجاجات", "report");
  EXPECT_STATUS("يتعرض الصيادون لاعتداء وتهديد يومي في البحر.", "اعتداء", "generic");
  EXPECT_STATUS("نظم الطلاب مظاهرات حاشدة يومي الأحد والاثنين.", "مظاهرات", "report");
}

// The denial «ما كان … ليفعل» says a deed was never possible: no happening.
TEST(DiscourseStatusTest, ADeniedPossibilityIsNoHappening) {
  EXPECT_STATUS("لولا الدعم الخارجي ما كان الجيش ليواصل القصف على المدن.", "القصف", "hypothetical");
  EXPECT_STATUS("قال الوزير إن الحكومة لم تكن لتوقع الاتفاق دون ضمانات.", "توقع الاتفاق", "hypothetical");
  // A predicate before «ل» makes it a purpose; and a plain past «كان» tells the deed.
  EXPECT_STATUS("لم تكن القوات جاهزة لتواصل الهجوم على المدينة أمس.", "الهجوم", "report");
  // data/events/denied_possibility.tsv: a demonstrative may stand in the subject.
  EXPECT_STATUS("ما كان هؤلاء المسلحون ليهاجموا القرية.", "يهاجموا", "hypothetical");
  EXPECT_STATUS("كان الجيش قد قصف المدينة أمس قبل أن يواصل القصف اليوم.", "القصف", "report");
}

// Every row of the table, in a short sentence in its position, gives its status.
TEST(DiscourseStatusTest, EveryCueRowGivesItsStatus) {
  const data::Table& t = data::table("events/status_cues");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string cue(t.get(r, "cue")), status(t.get(r, "status")), pos(t.get(r, "position"));
    std::string req(t.get(r, "requires"));
    std::string text, trig;
    if (pos == "clause") {
      trig = "قتل";
      text = "قتل المسلحون عشرة أشخاص " + cue + (req == "year" ? " 2015" : req == "period" ? " ستة أشهر" : "") +
             " في القرية.";
      if (status == "report") text = "قتل المسلحون عشرة أشخاص " + cue + " عام 2015 في القرية.";
    } else if (pos == "relative") {
      // A resumptive word: after a present verb it makes the attacks a kind of deed. A verb of
      // happening: with an object suffix that would do so, the attacks are told.
      trig = "الهجمات";
      text = status == "report" ? "تحدث الوزير عن الهجمات التي " + cue + "ها المدينة."
                                : "تحدث الوزير عن الهجمات التي يقوم " + cue + " المسلحون في المدينة.";
    } else if (pos == "follows") {
      trig = "الهجوم";
      text = "تحدث الوزير عن الهجوم " + cue + " على القرية.";
    } else if (req == "present" || req == "present_deed" || status == "report") {
      trig = "يهاجمون";
      text = "تحدث الوزير عن المسلحين " + cue + " يهاجمون فيه القرى.";
    } else if (req == "bi_object") {
      trig = "الهجوم";
      text = "وقال المتحدث إن " + cue + " بالهجوم على القرية كان متوقعا.";
    } else if (req == "indefinite") {
      trig = "هجوم";
      text = "وقال المتحدث إن " + cue + " هجوم على القرية جريمة.";
    } else {
      trig = "الهجوم";
      text = "وقال المتحدث إن " + cue + " الهجوم على القرية كان متوقعا.";
    }
    Document d = run_pipeline(text);
    EXPECT_EQ(status_of(d, trig), status) << "row " << t.lines[r] << ": " << text << " |" << triggers(d);
  }
}

}  // namespace
}  // namespace rasd::events

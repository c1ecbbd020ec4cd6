// Modality (events/modality.h): one test per cue class, the table test that every row of
// data/events/modality_cues.tsv gives its kind before a trigger, clause boundaries, and who reports
// an event (verb-subject and subject-verb orders, a dropped speaker). Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "rasd/core/table.h"
#include "rasd/events/modality.h"
#include "rasd/events/trigger_finder.h"
#include "rasd/pipeline.h"

namespace rasd::events {
namespace {

Document run(const std::string& text) {
  static const Pipeline pipeline;
  RawDocument raw;
  raw.id = "m";
  raw.text = text;
  raw.published = "2023-01-01";
  Document d = pipeline.run(raw);
  d.triggers.clear();  // find_triggers appends; the pipeline may run it already
  find_triggers(d);
  return d;
}

// The modality of the trigger whose text is `word` (the first such), or "no trigger".
Modality of(const Document& d, std::string_view word) {
  for (const auto& t : d.triggers)
    if (t.span.of(d.text) == word) return modality_of(d, t);
  Modality none;
  none.modality = "no trigger";
  return none;
}

std::string listing(const Document& d) {
  std::string s;
  for (const auto& t : d.triggers) s += " [" + std::string(t.span.of(d.text)) + " " + t.type + "]";
  return s;
}

#define EXPECT_MODALITY(text, word, want)                                   \
  do {                                                                      \
    Document d_ = run(text);                                                \
    EXPECT_EQ(of(d_, word).modality, want) << text << " |" << listing(d_); \
  } while (0)

TEST(ModalityTest, PlainEventIsAsserted) {
  EXPECT_MODALITY("اعتقلت الشرطة عشرة أشخاص في المدينة أمس.", "اعتقلت", "asserted");
  Document d = run("اعتقلت الشرطة عشرة أشخاص في المدينة أمس.");
  Modality m = of(d, "اعتقلت");
  EXPECT_FALSE(m.negated);
  EXPECT_EQ(m.reported_by, -1);
  EXPECT_TRUE(m.cue.empty());
}

TEST(ModalityTest, NegationParticles) {
  EXPECT_MODALITY("لم تعتقل الشرطة أحدا من الطلاب.", "تعتقل", "negated");
  EXPECT_MODALITY("ولم يتم اعتقال أي صحفي في العاصمة.", "اعتقال", "negated");
  EXPECT_MODALITY("لن تقصف الطائرات القرى الحدودية.", "تقصف", "negated");
  EXPECT_MODALITY("أكد الوزير عدم اعتقال أي متظاهر.", "اعتقال", "negated");
  EXPECT_MODALITY("انتهت المسيرة دون اعتقال أحد.", "اعتقال", "negated");
  EXPECT_MODALITY("مهمة القوة ليست قمع المتظاهرين في الشوارع.", "قمع", "negated");
  Document d = run("لم تعتقل الشرطة أحدا من الطلاب.");
  EXPECT_TRUE(of(d, "تعتقل").negated);
  EXPECT_EQ(of(d, "تعتقل").cue.of(d.text), "لم");
}

TEST(ModalityTest, StillIsNotNegation) {
  EXPECT_MODALITY("لا تزال القوات تحاصر البلدة منذ أسبوع.", "تحاصر", "asserted");
}

// «وهو ما» is the relative «what», not the negation «ما»; a real negation after it still counts.
TEST(ModalityTest, RelativeMaAfterAPronounIsNotNegation) {
  EXPECT_MODALITY("أغلقت السلطات المعبر، وهو ما انتقدته المنظمة بشدة.", "انتقدته", "asserted");
  EXPECT_MODALITY("وهذا ما أدانته الحكومة في بيانها.", "أدانته", "asserted");
  EXPECT_MODALITY("وهو ما لم تنتقده المنظمة.", "تنتقده", "negated");
  EXPECT_MODALITY("ما انتقدت المنظمة الحكومة قط.", "انتقدت", "negated");
}

// A denied charge was laid all the same: the accusation stands, the denied deed does not.
TEST(ModalityTest, ADeniedChargeWasStillLaid) {
  EXPECT_MODALITY("نفت الوزارة الاتهامات الموجهة إليها.", "الاتهامات", "asserted");
  EXPECT_MODALITY("وينفي الحزب وأنصاره هذه المزاعم بشدة.", "المزاعم", "asserted");
  EXPECT_MODALITY("نفى الجيش قصف المستشفى.", "قصف", "negated");
}

TEST(ModalityTest, DenialVerbGovernsTheEvent) {
  EXPECT_MODALITY("نفى الجيش قصف المستشفى في الضاحية.", "قصف", "negated");
  Document d = run("ونفت وزارة الدفاع أن تكون قواتها قد قصفت السوق.");
  Modality m = of(d, "قصفت");
  EXPECT_EQ(m.modality, "negated") << listing(d);
  EXPECT_TRUE(m.negated);
}

TEST(ModalityTest, FuturePrefixAndIntention) {
  EXPECT_MODALITY("ستعتقل الشرطة كل من يخالف القرار.", "تعتقل", "future");
  EXPECT_MODALITY("سوف تقصف الطائرات مواقع المسلحين.", "تقصف", "future");
  EXPECT_MODALITY("تعتزم الحكومة نشر قوات على الحدود.", "نشر قوات", "future");
  EXPECT_MODALITY("ومن المقرر أن تنسحب القوات من المدينة غدا.", "تنسحب", "future");
}

TEST(ModalityTest, CallsAreNotDeeds) {
  EXPECT_MODALITY("ودعت النقابة أعضاءها إلى الإضراب عن العمل.", "الإضراب", "future");
}

TEST(ModalityTest, Hypothetical) {
  EXPECT_MODALITY("إذا هاجم المسلحون القرية فسيرد الجيش بقوة.", "هاجم", "hypothetical");
  EXPECT_MODALITY("وفي حال اعتقال أي ناشط ستخرج المظاهرات.", "اعتقال", "hypothetical");
  EXPECT_MODALITY("لن يتوقف القتال ما لم ينسحب الجنود من التلال.", "ينسحب", "hypothetical");
  EXPECT_MODALITY("إن هاجموا البلدة فسنرد عليهم.", "هاجموا", "hypothetical");
}

// A future verb just before a verbal noun plans it; a noun that only looks like one does not.
TEST(ModalityTest, AFutureVerbPlansTheNounItGoverns) {
  EXPECT_MODALITY("وستنظم النقابة إضرابا عاما الأسبوع المقبل.", "إضرابا", "future");
  EXPECT_MODALITY("وسيفتح اعتقاله الباب أمام محاكمة رفاقه.", "اعتقاله", "future");
  EXPECT_MODALITY("وشوهدت سيارات الشرطة بعد اعتقال الناشط.", "اعتقال", "asserted");
  EXPECT_MODALITY("ومنذ سنوات اعتقال الناشطين مستمر.", "اعتقال", "asserted");
  // A past-looking trigger right after a future verb is its verbal-noun object.
  EXPECT_MODALITY("وإلا فإن الحكومة ستعيد فرض العقوبات على الشركة.", "فرض العقوبات", "future");
  // A past verb one word further on is a clause of its own.
  EXPECT_MODALITY("ستعقد اللجنة جلسة فرضت بعدها الحكومة العقوبات على الشركة.", "فرضت", "asserted");
}

// A reward is offered for what may yet happen: the arrest it pays for has not taken place.
TEST(ModalityTest, ARewardIsForWhatMayHappen) {
  EXPECT_MODALITY("ورصدت الوزارة مكافأة كبيرة لمن يقدم معلومات تساعد على اعتقال القتلة.", "اعتقال", "hypothetical");
  EXPECT_MODALITY("وعرضت السلطات مكافآت لكل من يرشد عن مكان المطلوبين، ثم اعتقلت الشرطة اثنين منهم.", "اعتقلت",
                  "asserted");  // a comma ends the reward's clause
}

TEST(ModalityTest, ThatAfterSpeechVerbIsNotConditional) {
  EXPECT_MODALITY("قال المتحدث إن الشرطة اعتقلت خمسة أشخاص.", "اعتقلت", "reported");
  EXPECT_MODALITY("إن الشرطة اعتقلت خمسة أشخاص في الحي.", "اعتقلت", "asserted");
  // A bare noun after it too: the speech verb's «إن» is «that», its subject set off by commas.
  EXPECT_MODALITY("قال مسؤول في البلدية، أمس، إن مسلحين اعتقلوا خمسة أشخاص.", "اعتقلوا", "reported");
  EXPECT_MODALITY("وأكد الناطق إن عناصر الأمن تحتجز ثلاث شاحنات منذ الصباح.", "تحتجز", "reported");
  // Emphatic «إنّ» before a noun (a final ة, a verbal noun) opening a sentence is no condition.
  EXPECT_MODALITY("إن استقالة الوزير جاءت بعد ضغوط كبيرة.", "استقالة", "asserted");
  EXPECT_MODALITY("إن حملة الاعتقالات طالت العشرات.", "الاعتقالات", "asserted");
}

// A condition's consequence, after the comma that closes it, is hypothetical too; the clause after
// it is not, and neither is a sentence with no condition.
TEST(ModalityTest, AConditionsConsequenceIsHypothetical) {
  EXPECT_MODALITY("وإذا هاجم المسلحون البلدة، سيقصف الجيش مواقعهم في الجبل.", "يقصف", "hypothetical");
  EXPECT_MODALITY("ولو انسحبت القوات من التلال، لتوقف القصف على القرى.", "القصف", "hypothetical");
  EXPECT_MODALITY("وفي حال خرق الهدنة، فرض عقوبات على الطرفين.", "فرض عقوبات", "hypothetical");
  EXPECT_MODALITY("وإذا هاجم المسلحون البلدة، سيرد الجيش، وقد اعتقلت الشرطة أمس خمسة منهم.", "اعتقلت", "asserted");
  EXPECT_MODALITY("هاجم المسلحون البلدة، واعتقلت الشرطة خمسة منهم.", "اعتقلت", "asserted");
}

// «عدم» before a word of lawfulness denies the lawfulness: the deed it governs happened.
TEST(ModalityTest, UnlawfulIsNotUndone) {
  EXPECT_MODALITY("أكدت المحكمة عدم مشروعية اعتقال الصحفي.", "اعتقال", "reported");
  EXPECT_MODALITY("أكد المحامي عدم قانونية احتجاز موكله.", "احتجاز", "reported");
  EXPECT_MODALITY("وصف البرلمان عدم شرعية الحصار المفروض على المدينة.", "الحصار", "asserted");
  EXPECT_MODALITY("أكدت الحكومة عدم اعتقال أي صحفي.", "اعتقال", "negated");
}

TEST(ModalityTest, ReportedVerbSubjectObject) {
  Document d = run("وقالت وزارة الداخلية إن الشرطة اعتقلت عشرين شخصا في العاصمة.");
  Modality m = of(d, "اعتقلت");
  EXPECT_EQ(m.modality, "reported") << listing(d);
  ASSERT_GE(m.reported_by, 0);
  EXPECT_NE(m.reported_by_name.find("وزارة الداخلية"), std::string::npos) << m.reported_by_name;
}

TEST(ModalityTest, ReportedSubjectVerb) {
  Document d = run("وزارة الداخلية قالت إن الشرطة اعتقلت عشرين شخصا في العاصمة.");
  Modality m = of(d, "اعتقلت");
  EXPECT_EQ(m.modality, "reported") << listing(d);
  ASSERT_GE(m.reported_by, 0);
  EXPECT_NE(m.reported_by_name.find("وزارة الداخلية"), std::string::npos) << m.reported_by_name;
}

TEST(ModalityTest, ReportedBySourcePhraseAfter) {
  Document d = run("اعتقلت الشرطة عشرين شخصا في العاصمة، بحسب وزارة الداخلية.");
  Modality m = of(d, "اعتقلت");
  EXPECT_EQ(m.modality, "reported") << listing(d);
  EXPECT_NE(m.reported_by_name.find("وزارة الداخلية"), std::string::npos) << m.reported_by_name;
}

TEST(ModalityTest, DroppedSpeakerIsCarried) {
  Document d = run("وقالت وزارة الداخلية إن الوضع هادئ في العاصمة. وأضافت أن الشرطة اعتقلت عشرين شخصا.");
  Modality m = of(d, "اعتقلت");
  EXPECT_EQ(m.modality, "reported") << listing(d);
  EXPECT_NE(m.reported_by_name.find("وزارة الداخلية"), std::string::npos) << m.reported_by_name;
}

TEST(ModalityTest, QuotationIsReported) {
  EXPECT_MODALITY("وقال الناطق: «لقد اعتقلنا عشرة من المشتبه بهم».", "اعتقلنا", "reported");
}

TEST(ModalityTest, ReportedAndNegatedKeepsTheSpeaker) {
  Document d = run("وقالت وزارة الداخلية إن الشرطة لم تعتقل أي صحفي.");
  Modality m = of(d, "تعتقل");
  EXPECT_EQ(m.modality, "negated") << listing(d);
  EXPECT_GE(m.reported_by, 0);
}

TEST(ModalityTest, NegationDoesNotCrossAClause) {
  EXPECT_MODALITY("لم يعلق المتحدث على الأمر، واعتقلت الشرطة عشرة أشخاص.", "اعتقلت", "asserted");
  EXPECT_MODALITY("لم تتدخل الشرطة بينما قصف الجيش الحي.", "قصف", "asserted");
  EXPECT_MODALITY("لم يصدر أي تعليق. واعتقلت الشرطة عشرة أشخاص.", "اعتقلت", "asserted");
}

TEST(ModalityTest, NegationIsClose) {
  // «لم» negates «يعلق», not the verbal noun four words on.
  EXPECT_MODALITY("لم يعلق الجيش رسميا على اعتقال الصحفي.", "اعتقال", "asserted");
}

// A denial of one's part in a happening («نفى تورطه في …») leaves the happening asserted; the
// same denial verb before the trigger itself negates it. Every denied_part row.
TEST(ModalityTest, DeniedPartLeavesTheHappeningAsserted) {
  EXPECT_MODALITY("نفى الجيش قصف المستشفى.", "قصف", "negated");
  const data::Table& t = data::table("events/modality_cues");
  for (size_t r = 0; r < t.rows(); ++r) {
    if (t.get(r, "kind") != "denied_part") continue;
    std::string text = "نفى الجيش " + std::string(t.get(r, "cue")) + " في قصف المستشفى.";
    Document d = run(text);
    EXPECT_EQ(of(d, "قصف").modality, "asserted") << text << " |" << listing(d);
  }
}

// A denial verb's subject may be set off by commas; its object is the first trigger after it,
// not a happening named inside that object.
TEST(ModalityTest, DenialReachesItsObjectOnly) {
  EXPECT_MODALITY("نفى المتحدث، العقيد سالم، أمس، اعتقال الصحفي في المدينة.", "اعتقال", "negated");
  EXPECT_MODALITY("نفى المتحدث اعتقال الصحفي خلال المظاهرات.", "المظاهرات", "reported");
  // A comma followed by a conjunction ends the denial's clause (the attribution goes on).
  EXPECT_MODALITY("نفى المتحدث ذلك، واعتقال الصحفي ثابت.", "اعتقال", "reported");
}

// A mission or goal is what is to be done; «، بل» goes on with that frame but not with its
// negation: every `rather` row.
TEST(ModalityTest, RatherKeepsTheFrameNotTheNegation) {
  EXPECT_MODALITY("وقال إن مهمة القوات إيصال المساعدات إلى السكان في المدينة.", "المساعدات", "future");
  const data::Table& t = data::table("events/modality_cues");
  for (size_t r = 0; r < t.rows(); ++r) {
    if (t.get(r, "kind") != "rather") continue;
    std::string text = "وقال إن مهمة القوات ليست قمع المتظاهرين، " + std::string(t.get(r, "cue")) + " إيصال المساعدات إلى السكان.";
    Document d = run(text);
    EXPECT_EQ(of(d, "قمع").modality, "negated") << text << listing(d);
    EXPECT_EQ(of(d, "المساعدات").modality, "future") << text << listing(d);
  }
  // Without the mission the same words are what happened.
  EXPECT_MODALITY("ولم تقمع القوات المتظاهرين، بل اعتقلت قادتهم.", "اعتقلت", "asserted");
}

// A negation reaches through a quantifier to the noun phrase it opens, and no further.
TEST(ModalityTest, NegationReachesPastAQuantifier) {
  const data::Table& t = data::table("events/modality_cues");
  size_t rows = 0;
  for (size_t r = 0; r < t.rows(); ++r) {
    if (t.get(r, "kind") != "quantifier") continue;
    ++rows;
    std::string cue(t.get(r, "cue"));
    EXPECT_MODALITY("لم تسجل " + cue + " اعتقالات في المدينة أمس.", "اعتقالات", "negated");
    // Without the negation the quantifier alone denies nothing here.
    EXPECT_MODALITY("سجلت المدينة " + cue + " اعتقالات أمس.", "اعتقالات", "asserted");
  }
  EXPECT_GT(rows, 0u);
  // The quantifier must lie within the negation's own reach: here «لم» negates the comment.
  EXPECT_MODALITY("لم يعلق الوزير على أي اعتقال في المدينة.", "اعتقال", "asserted");
  // The trigger must open the quantified phrase, not lie past it.
  EXPECT_MODALITY("لم تقع أية مشكلة في الحي بعد الظهر رغم اعتقال الشبان.", "اعتقال", "asserted");
}

// A negated light verb negates the deed it takes as object; another verb keeps the deed.
TEST(ModalityTest, NegationReachesTheDeedOfALightVerb) {
  EXPECT_MODALITY("لم تعقد الحكومة اجتماعا مع النقابة أمس.", "اجتماعا", "negated");
  EXPECT_MODALITY("لم يشن الجيش أي هجوم على البلدة.", "هجوم", "negated");
  EXPECT_MODALITY("عقدت الحكومة اجتماعا مع النقابة أمس.", "اجتماعا", "asserted");
  EXPECT_MODALITY("لم يعلق الوزير الأول على الهجوم على البلدة.", "الهجوم", "asserted");
  // An exceptive asserts the deed.
  EXPECT_MODALITY("لم يشن الجيش سوى هجوم واحد على البلدة.", "هجوم", "asserted");
  EXPECT_MODALITY("لم يتمكن الحراس من احتجاز سوى ثلاثة من اللصوص.", "احتجاز", "asserted");
  // A comma ends the verb's reach.
  EXPECT_MODALITY("لم تعقد الحكومة، بعد الهجوم على البلدة، أي لقاء.", "الهجوم", "asserted");
}

// A pledge or a proposal is of what is yet to be done.
TEST(ModalityTest, APledgeIsOfWhatIsToCome) {
  EXPECT_MODALITY("تعهد الوزير بالإفراج عن المعتقلين.", "الإفراج", "future");
  EXPECT_MODALITY("أفرجت السلطات عن المعتقلين.", "أفرجت", "asserted");
}

// What was foiled did not happen; what the foilers did besides did.
TEST(ModalityTest, AFoiledAttackDidNotHappen) {
  EXPECT_MODALITY("أحبطت الشرطة هجوما على مركز أمني واعتقلت ثلاثة مسلحين.", "هجوما", "negated");
  EXPECT_MODALITY("أحبطت الشرطة هجوما على مركز أمني واعتقلت ثلاثة مسلحين.", "اعتقلت", "asserted");
}

// Every row of the table, put in a short sentence before a trigger, gives its kind.
TEST(ModalityTest, EveryCueRowGivesItsKind) {
  const data::Table& t = data::table("events/modality_cues");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string cue(t.get(r, "cue")), kind(t.get(r, "kind")), scope(t.get(r, "scope"));
    std::string req(t.get(r, "requires"));
    if (kind == "boundary" || kind == "none" || kind == "denied_part" || kind == "rather" || kind == "quantifier")
      continue;  // own tests
    // A finite verb for `verb` rows, a verbal noun otherwise (a noun is what most cues govern).
    bool verb = req.find("verb") != std::string::npos || req.find("bare_next") != std::string::npos;
    std::string trig = verb ? "اعتقلت" : "اعتقال";
    std::string text = scope == "after"    ? "اعتقلت الشرطة عشرة أشخاص، " + cue + " وزارة الداخلية."
                       : kind == "report" ? "وفي العاصمة، " + cue + " مصادر أمنية، اعتقلت الشرطة عشرة أشخاص."
                       : verb             ? cue + " " + trig + " الشرطة عشرة أشخاص."
                                          : cue + " " + trig + " عشرة أشخاص.";
    if (kind == "report") trig = "اعتقلت";
    std::string want = kind == "negation" || kind == "denial_verb" ? "negated"
                       : kind == "report"                          ? "reported"
                                                                   : kind;
    Document d = run(text);
    // A cue that is itself a trigger's phrase with «اعتقال» («هدد اعتقال» would be one THREATEN)
    // governs its act with ب: «هدد بقصف المدينة».
    bool phrase = std::none_of(d.triggers.begin(), d.triggers.end(),
                               [&](const TriggerMention& m) { return m.span.of(d.text) == trig; });
    if (phrase && kind == "future" && !verb) {
      trig = "قصف";
      text = cue + " بقصف المدينة.";
      d = run(text);
    }
    EXPECT_EQ(of(d, trig).modality, want) << "row " << t.lines[r] << ": " << text << " |" << listing(d);
  }
}

// A past-looking trigger after a construct noun («بإعادة فرض») is its genitive verbal noun, so a
// cue that takes a noun reaches it; after an adjective a verb starts its own clause.
TEST(ModalityTest, ConstructGenitiveIsANoun) {
  EXPECT_MODALITY("وهدد الوزير بإعادة فرض العقوبات على الشركات.", "فرض العقوبات", "future");
  EXPECT_MODALITY("دعا الحزب إلى مواصلة فرض القيود على الصحفيين.", "فرض القيود", "future");
  EXPECT_MODALITY("فرضت الحكومة عقوبات على الشركات بعد إعادة فتح المعبر.", "فرضت", "asserted");
  EXPECT_MODALITY("قالت مصادر محلية إن الشرطة قتلت متظاهرا في الساحة.", "قتلت", "reported");
}

// «تقرر» (it was decided) sets a deed for later, as «قررت» does; what came before it is told.
TEST(ModalityTest, ItWasDecidedIsFuture) {
  EXPECT_MODALITY("تقرر عقد اجتماع للوزراء يوم الخميس.", "اجتماع", "future");
  EXPECT_MODALITY("اجتمع الوزراء أمس، وتقرر رفع الأسعار.", "اجتمع", "asserted");
}

// A quotation mark opening a future verb's object does not part them; a comma does.
TEST(ModalityTest, AQuoteMarkDoesNotPartAFutureVerbFromItsObject) {
  EXPECT_MODALITY("وقال إن الجماعة ستواصل \"الهجمات على المدينة\".", "الهجمات", "future");
  EXPECT_MODALITY("ستعمل القوات، والهجمات على المدينة توقفت أمس.", "الهجمات", "asserted");
}

}  // namespace
}  // namespace rasd::events

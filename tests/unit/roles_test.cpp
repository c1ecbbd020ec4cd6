// Who did it to whom, the cues added for issue 20 (events/arguments.cpp): plain-word subjects
// before a named object, a visited place, an adjacent subject before its verb, an announced deed,
// control verbs (control_verbs.tsv), fate nouns (fate_nouns.tsv) and pronoun patients
// (object_pronouns.tsv). Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "rasd/core/table.h"
#include "rasd/text/normalize.h"
#include "event_helpers.h"
#include "run_pipeline.h"

namespace rasd::events {
namespace {

Document run(const std::string& text) { return test_support::run_pipeline(text); }
using test_support::first_of;
inline std::string listing(const Document& d) { return test_support::party_listing(d); }
inline bool has(const std::vector<EventParty>& ps, std::string_view w) { return test_support::has_party(ps, w); }

const Event* event_of(const Document& d, std::string_view type) { return first_of(d, type); }

// «دعا الرئيس حكومة البلاد»: a definite plain word after the verb is its subject; the named
// party after it is the object, not the doer.
TEST(RolesTest, PlainSubjectBeforeNamedObject) {
  Document d = run("ودعا الرئيس حكومة الأردن إلى مراجعة الضرائب.");
  const Event* e = event_of(d, "REQUEST");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "حكومة الأردن")) << listing(d);
  EXPECT_FALSE(has(e->actor, "حكومة الأردن")) << listing(d);
  EXPECT_TRUE(has(e->actor, "الرئيس")) << listing(d);
}

// An indefinite subject closed by its adjective («نقابات عمالية») cannot be the construct of the
// mention after it, which is then the object; without the adjective it may be («عناصر الشرطة»).
TEST(RolesTest, IndefiniteSubjectClosedByItsAdjective) {
  Document d = run("وانتقدت نقابات عمالية الحكومة الأردنية بسبب الضرائب.");
  const Event* e = event_of(d, "ACCUSE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "نقابات عمالية")) << listing(d);
  EXPECT_TRUE(has(e->recipient, "الحكومة")) << listing(d);
  EXPECT_FALSE(has(e->actor, "الحكومة")) << listing(d);
}

// «انتقد النائب المعارض الحكومة»: a definite word agreeing with the definite subject, with a
// definite word of another agreement (or a mention) right after it, is the subject's adjective;
// the word after it is the object. With one agreement for both («الرئيس السابق») the first
// stays the object.
TEST(RolesTest, SubjectAdjectiveBeforeDefiniteObject) {
  Document d = run("وانتقد النائب المستقل الحكومة في جلسة البرلمان.");
  const Event* e = event_of(d, "ACCUSE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "الحكومة")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "المستقل")) << listing(d);
  Document f = run("وانتقد النائب الرئيس السابق في جلسة البرلمان.");
  const Event* g = event_of(f, "ACCUSE");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->recipient, "الرئيس السابق")) << listing(f);
  EXPECT_FALSE(has(g->actor, "الرئيس")) << listing(f);
}

// «فتشت الشرطة منزل الوزير»: the definite genitive of a held thing («منزل», argument_cues.tsv)
// in plain words is its holder and the recipient, after a verb or a verbal noun; an indefinite
// one tells what is held («مخازن أسلحة»), and a held thing with no holder names no party.
TEST(RolesTest, PlainHolderOfAHeldThing) {
  for (const char* text : {"وفتشت الشرطة منزل المحامي أمس.", "وقامت الشرطة بتفتيش منزل المحامي أمس."}) {
    Document d = run(text);
    const Event* e = event_of(d, "COERCE");
    ASSERT_NE(e, nullptr) << text << listing(d);
    EXPECT_TRUE(has(e->recipient, "المحامي")) << text << listing(d);
    EXPECT_FALSE(has(e->recipient, "منزل")) << text << listing(d);
  }
  Document f = run("وقصفت الطائرات مخازن أسلحة قرب المدينة.");
  const Event* g = event_of(f, "ASSAULT");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_FALSE(has(g->recipient, "أسلحة")) << listing(f);
  Document h = run("وطوقت الشرطة المنزل أمس.");
  const Event* i = event_of(h, "COERCE");
  ASSERT_NE(i, nullptr) << listing(h);
  EXPECT_TRUE(i->recipient.empty()) << listing(h);
}

// «انتقد النائب الجمهوري فلان وزير الخارجية»: a person's name right after a subject told by its
// title renames it when a definite phrase follows, which is the object; with none after it the
// name stays the object.
TEST(RolesTest, NameAfterTitledSubjectRenamesIt) {
  Document d = run("وانتقد النائب الجمهوري بوب ماننغ وزير الخارجية.");
  const Event* e = event_of(d, "ACCUSE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "وزير الخارجية")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "ماننغ")) << listing(d);
  Document f = run("وانتقد النائب الجمهوري بوب ماننغ بشدة.");
  const Event* g = event_of(f, "ACCUSE");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->recipient, "ماننغ")) << listing(f);
}

// «هاجم مسلحون قوات الأمن»: a nominative plural keeps its «ن», so it heads no construct; the
// mention after it is the object, not the subject's genitive. «مسلحو الحركة» still chains.
TEST(RolesTest, NominativePluralIsNoConstructHead) {
  Document d = run("وهاجم مسلحون قوات الأمن قرب الحدود.");
  const Event* e = event_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "مسلحون")) << listing(d);
  EXPECT_TRUE(has(e->recipient, "قوات الأمن")) << listing(d);
  EXPECT_FALSE(has(e->actor, "قوات الأمن")) << listing(d);
}

// A named party right after its verb, with no word between, stays its subject.
TEST(RolesTest, NamedSubjectRightAfterVerbStays) {
  Document d = run("ودعت الحكومة الأردنية المواطنين إلى الهدوء.");
  const Event* e = event_of(d, "REQUEST");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الحكومة")) << listing(d);
}

// A place right after a visit verb is where the visitor went, never the visitor.
TEST(RolesTest, VisitedPlaceIsTheRecipient) {
  Document d = run("وكان الوزير قد زار أيضا القاهرة الشهر الماضي.");
  const Event* e = event_of(d, "CONSULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(has(e->actor, "القاهرة")) << listing(d);
  EXPECT_TRUE(has(e->recipient, "القاهرة")) << listing(d);
}

// «الوزير الألماني يدعو فرنسا»: the party right before the verb is its subject, the one after
// it its object; with «و» on the verb the party after it is the subject again.
TEST(RolesTest, AdjacentSubjectBeforeVerb) {
  Document d = run("الرئيس الفرنسي يدعو ألمانيا إلى زيادة الإنفاق.");
  const Event* e = event_of(d, "REQUEST");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الرئيس الفرنسي")) << listing(d);
  EXPECT_FALSE(has(e->actor, "ألمانيا")) << listing(d);
}

// «أعلنت الشرطة عن اعتقال ...»: a deed named as the announcement's object is the announcer's;
// a death it announces is not (fate_nouns.tsv), nor a deed after «أن».
TEST(RolesTest, AnnouncedDeedIsTheAnnouncers) {
  Document d = run("أعلنت الشرطة الأردنية أمس عن ضبط شحنة مخدرات واعتقال سبعة مهربين.");
  const Event* e = event_of(d, "COERCE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الشرطة")) << listing(d);

  Document f = run("أعلنت وزارة الصحة الأردنية مقتل ثلاثة عمال في الانفجار.");
  const Event* g = event_of(f, "ASSAULT");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_FALSE(has(g->actor, "وزارة الصحة")) << listing(f);

  Document h = run("وقالت الشرطة الأردنية إن الهجوم على الحاجز أوقع قتلى.");
  const Event* i = event_of(h, "ASSAULT");
  ASSERT_NE(i, nullptr) << listing(h);
  EXPECT_FALSE(has(i->actor, "الشرطة")) << listing(h);
}

// A speech verb that is itself a reaction (reaction_types.tsv: «أدان», «رحب», «دعا») names
// another's deed: its speaker is not the deed's doer, one row each. An announcing verb that is no
// event still names its own deed, and a call to strike keeps its caller (own_deeds).
TEST(RolesTest, ReactionNamesAnothersDeed) {
  struct Case { const char* text; const char* reaction; const char* deed; const char* speaker; };
  for (const Case& c : {Case{"أدانت الحكومة الفرنسية الهجوم على القرية.", "ACCUSE", "ASSAULT", "الحكومة"},
                        Case{"رحبت الحكومة الفرنسية بانسحاب القوات الأجنبية من المدينة.", "SUPPORT", "RETREAT", "الحكومة"},
                        Case{"دعت المنظمة الحكومة إلى رفع الحصار عن المدينة.", "REQUEST", "COERCE", "المنظمة"}}) {
    Document d = run(c.text);
    const Event* r = event_of(d, c.reaction);
    ASSERT_NE(r, nullptr) << c.text << listing(d);
    EXPECT_TRUE(has(r->actor, c.speaker)) << c.text << listing(d);
    for (const Event& e : d.events)
      if (e.type == c.deed) { EXPECT_FALSE(has(e.actor, c.speaker)) << c.text << listing(d); }
  }
  Document d = run("أعلن الجيش الأردني تدمير مواقع للمهربين.");
  const Event* e = event_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الجيش")) << listing(d);
  Document p = run("دعا الاتحاد العمالي أعضاءه إلى الإضراب يوم الأحد.");
  const Event* s = event_of(p, "PROTEST");
  ASSERT_NE(s, nullptr) << listing(p);
  EXPECT_TRUE(has(s->actor, "الاتحاد")) << listing(p);
  // The guessed doer: the welcomer before the deed is not its doer; the accused before a «ب»
  // deed is (object_doer).
  Document w = run("رحبت الحكومة الفرنسية باعتقال المتهمين بالسرقة.");
  const Event* c = event_of(w, "COERCE");
  ASSERT_NE(c, nullptr) << listing(w);
  EXPECT_FALSE(has(c->actor, "الحكومة")) << listing(w);
  EXPECT_TRUE(has(c->recipient, "المتهمين")) << listing(w);
  Document a = run("اتهمت الحكومة الفرنسية الحركة بتفجير الجسر.");
  const Event* b = event_of(a, "ASSAULT");
  ASSERT_NE(b, nullptr) << listing(a);
  EXPECT_TRUE(has(b->actor, "الحركة")) << listing(a);
  EXPECT_FALSE(has(b->actor, "الحكومة")) << listing(a);
}

// Every fate noun names what befell its genitive: the announcer is never its doer.
TEST(RolesTest, FateNounRowsAreNotAnnouncersDeeds) {
  const auto& t = data::table("events/fate_nouns");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string text = "أعلنت وزارة الداخلية الأردنية " + std::string(t.get(r, "noun")) + " شرطي في المدينة.";
    Document d = run(text);
    for (const Event& e : d.events) EXPECT_FALSE(has(e.actor, "وزارة الداخلية")) << text << listing(d);
  }
}

// A control verb's subject (control_verbs.tsv) does the verbal noun it governs; every row.
TEST(RolesTest, ControlVerbSubjectIsTheDoer) {
  const auto& t = data::table("events/control_verbs");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string text = std::string(t.get(r, "verb")) + " الجيش الأردني على اعتقال المهربين في الصحراء.";
    Document d = run(text);
    const Event* e = event_of(d, "COERCE");
    ASSERT_NE(e, nullptr) << text << listing(d);
    EXPECT_TRUE(has(e->actor, "الجيش")) << text << listing(d);
    EXPECT_FALSE(has(e->actor, "المهربين")) << text << listing(d);
  }
}

// A pronoun patient on the verb, or on a preposition after the trigger, is the nearest earlier
// party that agrees with it: plural «هم», feminine «ها», masculine «ه».
TEST(RolesTest, PronounPatientTakesTheAgreeingParty) {
  Document d = run("وصل الناشطون إلى الحدود، فاعتقلتهم الشرطة الأردنية بعد ساعة.");
  const Event* e = event_of(d, "COERCE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "الناشطون")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "الشرطة")) << listing(d);

  Document f = run("تقدمت الحكومة السورية في الريف، وشن تنظيم داعش هجوما عليها ليلا.");
  const Event* g = event_of(f, "ASSAULT");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->recipient, "الحكومة")) << listing(f);
}

// A pronoun after a verbal noun followed by a «ل» phrase is its doer, not its patient.
TEST(RolesTest, PossessivePronounWithLamIsNoPatient) {
  Document d = run("وصل الجيش الأردني إلى البلدة بعد قصفه للمواقع.");
  for (const Event& e : d.events) EXPECT_FALSE(has(e.recipient, "الجيش")) << listing(d);
}

// «استهداف التنظيم للقرى»: a «ل» phrase after a verbal noun's genitive takes the patient, so the
// genitive is the doer; a «ل» phrase that is a deed of its own is a purpose, no patient.
TEST(RolesTest, LamPhraseAfterGenitiveIsThePatient) {
  Document d = run("وأدانت الحكومة الأردنية استهداف تنظيم داعش للقرى الحدودية.");
  const Event* e = event_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "داعش")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "داعش")) << listing(d);
  EXPECT_TRUE(has(e->recipient, "للقرى")) << listing(d);
}

// «اتهم الوزير، فلان، الحكومة»: the name between commas renames the subject; the object is the
// party after it.
TEST(RolesTest, AppositionIsNotTheObject) {
  Document d = run("اتهم وزير الداخلية الأردني، سمير المبيضين، حركة حماس بتهريب السلاح.");
  const Event* e = event_of(d, "ACCUSE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(has(e->recipient, "سمير")) << listing(d);
  EXPECT_TRUE(has(e->recipient, "حماس")) << listing(d);
}

// «العقوبات البريطانية», «عقوبات الاتحاد»: the sanction's nationality adjective or genitive names
// its doer; «انتقاد الحزب للقرار» the critic (genitive_roles.tsv rows added for issue 20).
TEST(RolesTest, SanctionAndCriticismNameTheirDoer) {
  Document d = run("وتضررت المصانع الأردنية كثيرا من العقوبات البريطانية.");
  const Event* e = event_of(d, "SANCTION");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "البريطانية")) << listing(d);

  Document f = run("وتصاعد انتقاد حزب العمال للقرار في البرلمان.");
  const Event* g = event_of(f, "ACCUSE");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->actor, "حزب العمال")) << listing(f);
}

// «الهجوم الذي نفذه التنظيم», «المسيرة التي نظمها الطلاب»: the subject of a light verb with the
// noun's pronoun after a relative is the noun's doer, named or in plain words.
TEST(RolesTest, RelativeLightVerbNamesTheDoer) {
  Document d = run("وقتل جنديان في \"الهجوم الانتحاري\" الذي نفذه تنظيم داعش على الحاجز.");
  const Event* e = event_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "داعش")) << listing(d);

  Document f = run("وشارك الآلاف في المظاهرة التي نظمها العمال أمام المصنع.");
  const Event* g = event_of(f, "PROTEST");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->actor, "العمال")) << listing(f);
}

// «اعتقلت الشرطة ناشطا»: an indefinite accusative after the verb is its object, never its subject.
TEST(RolesTest, AccusativeAfterVerbIsNoSubject) {
  Document d = run("ووصل الجنود إلى القرية ثم اعتقل ناشطا في الساحة.");
  for (const Event& e : d.events) EXPECT_FALSE(has(e.actor, "ناشطا")) << listing(d);
}

// A country takes a feminine verb: after a joined verb marked masculine it is the object, and
// the clause's earlier subject did it; after a feminine one it is the subject.
TEST(RolesTest, CountryAfterMasculineJoinedVerbIsTheObject) {
  Document d = run("وصل الوزير الأردني إلى المطار، واتهم فرنسا بدعم المتمردين.");
  const Event* e = event_of(d, "ACCUSE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(has(e->actor, "فرنسا")) << listing(d);
  EXPECT_TRUE(has(e->recipient, "فرنسا")) << listing(d);

  Document f = run("وصل الوزير الأردني إلى المطار، واتهمت فرنسا المتمردين بالهجوم.");
  const Event* g = event_of(f, "ACCUSE");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->actor, "فرنسا")) << listing(f);
}

// A request's object is the party asked (object_roles.tsv REQUEST), and that party does what it
// is asked to do («داعيا الحركة إلى الانسحاب»: the movement withdraws).
TEST(RolesTest, CalledPartyDoesTheAskedForDeed) {
  Document d = run("وأكد البيان أهمية التهدئة، داعيا الفصائل المسلحة إلى الانسحاب فورا.");
  const Event* req = event_of(d, "REQUEST");
  ASSERT_NE(req, nullptr) << listing(d);
  EXPECT_TRUE(has(req->recipient, "الفصائل")) << listing(d);
  const Event* ret = event_of(d, "RETREAT");
  ASSERT_NE(ret, nullptr) << listing(d);
  EXPECT_TRUE(has(ret->actor, "الفصائل")) << listing(d);
  EXPECT_FALSE(has(ret->actor, "البيان")) << listing(d);
}

// «طالب المتحدث المعروف النقابات»: a definite passive participle agreeing with the definite subject
// right after it is the subject's adjective, not the one asked.
TEST(RolesTest, PassiveParticipleAfterSubjectIsItsAdjective) {
  Document d = run("وطالب المتحدث المعروف النقابات بوقف الإضراب.");
  const Event* e = event_of(d, "REQUEST");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(has(e->recipient, "المعروف")) << listing(d);
  EXPECT_TRUE(has(e->recipient, "النقابات")) << listing(d);
}

// Every object pronoun row: a suffix names an agreement the agreement table knows; a
// preposition row names its types.
TEST(RolesTest, ObjectPronounRowsAreWellFormed) {
  const auto& t = data::table("events/object_pronouns");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string_view kind = t.get(r, "kind");
    EXPECT_TRUE(kind == "suffix" || kind == "preposition" || kind == "carrier") << t.get(r, "form");
    if (kind == "suffix") {
      std::string_view a = t.get(r, "agreement");
      EXPECT_TRUE(a == "masc" || a == "fem" || a == "plural") << t.get(r, "form");
    } else {
      EXPECT_FALSE(t.get(r, "types").empty()) << t.get(r, "form");
    }
  }
}

// The carrier row («إيا»): a circumstantial participle with a detached object pronoun is done by
// its clause's subject to the party the pronoun stands for, never the reverse.
TEST(RolesTest, DetachedPronounIsTheParticiplesObject) {
  Document d = run("وعلقت النقابة اتصالاتها مع الشركة الجديدة، متهمة إياها بالتقصير.");
  const Event* e = event_of(d, "ACCUSE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "الشركة")) << listing(d);
  EXPECT_FALSE(has(e->actor, "الشركة")) << listing(d);
  EXPECT_TRUE(has(e->actor, "النقابة")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "النقابة")) << listing(d);
}

// «واستدعتهم للتحقيق»: a verb whose mention spans the words its sense needs still carries its
// object pronoun on its first word; the nearest earlier party that agrees is the one summoned.
TEST(RolesTest, PronounOnAVerbOfSeveralWords) {
  Document d = run("وقالت النيابة إنها تعرفت على خمسة من الموظفين، واستدعتهم للتحقيق.");
  const Event* e = event_of(d, "ACCUSE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "الموظفين")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "النيابة")) << listing(d);
}

// «داهمها رجال الأمن»: a verb of the form فاعل with «ها» is no circumstantial participle
// («داعيا»): the party after it is its subject, not its object.
TEST(RolesTest, FormThreeVerbWithPronounIsNoParticiple) {
  Document d = run("وقالت المعلمة إنها كانت في بيتها حين حاصرها جنود الاحتلال.");
  const Event* e = event_of(d, "COERCE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(has(e->recipient, "جنود")) << listing(d);
  EXPECT_TRUE(has(e->actor, "جنود")) << listing(d);
}

// A verb of undergoing (undergo_verbs.tsv) joined by «و» to the clause before, on itself or on
// its auxiliary, carries that clause's subject: it is who received the aid, not its giver, and
// the party right before the comma is not it.
TEST(RolesTest, JoinedUndergoVerbCarriesItsSubject) {
  Document d = run("نشأت الحركة في الجنوب قبل عقدين وقد تلقت مساعدات من الخارج.");
  const Event* e = event_of(d, "AID");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "الحركة")) << listing(d);
  EXPECT_FALSE(has(e->actor, "الحركة")) << listing(d);
  Document d2 = run("وسيطرت الحركة على أجزاء من الإقليم، وتلقت مساعدات من الخارج.");
  const Event* e2 = event_of(d2, "AID");
  ASSERT_NE(e2, nullptr) << listing(d2);
  EXPECT_TRUE(has(e2->recipient, "الحركة")) << listing(d2);
  EXPECT_FALSE(has(e2->recipient, "الإقليم")) << listing(d2);
}

// participle_roles.tsv: protesters named as the object of another's act are still their
// protest's doers; those held («موقوفين») are the arrest's patients, never its doers.
TEST(RolesTest, ProtesterParticipleIsItsOwnDoer) {
  Document d = run("طاردت الشرطة المحتجين الغاضبين في الأزقة.");
  const Event* e = event_of(d, "PROTEST");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "المحتجين")) << listing(d);
  EXPECT_FALSE(has(e->actor, "الشرطة")) << listing(d);
  Document d2 = run("فرقت قوات الأمن المعتصمين أمام مبنى البلدية.");
  const Event* e2 = event_of(d2, "PROTEST");
  ASSERT_NE(e2, nullptr) << listing(d2);
  EXPECT_TRUE(has(e2->actor, "المعتصمين")) << listing(d2);
  EXPECT_FALSE(has(e2->actor, "قوات الأمن")) << listing(d2);
}

TEST(RolesTest, HeldParticipleIsThePatient) {
  Document d = run("أحالت النيابة 14 موقوفا إلى المحكمة.");
  const Event* e = event_of(d, "COERCE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "موقوفا")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "المحكمة")) << listing(d);
  EXPECT_FALSE(has(e->actor, "موقوفا")) << listing(d);
  // A name in apposition right after it is who is held.
  Document d2 = run("نقلت الشرطة الموقوف خالد العمري إلى السجن المركزي.");
  const Event* e2 = event_of(d2, "COERCE");
  ASSERT_NE(e2, nullptr) << listing(d2);
  EXPECT_TRUE(has(e2->recipient, "خالد العمري")) << listing(d2);
}

// A definite patient participle right after the party it describes is that party's adjective:
// the party is who is held or hit. Not a subject and object that disagree («سلمت الشرطة الموقوفين»).
TEST(RolesTest, PatientParticipleDescribesThePartyBeforeIt) {
  Document d = run("أفرجت السلطات عن المعلمين الموقوفين أمس.");
  const Event* e = event_of(d, "COERCE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "المعلمين")) << listing(d);
  EXPECT_FALSE(has(e->actor, "المعلمين")) << listing(d);
  Document d2 = run("أحالت النيابة الصيادين الموقوفين إلى المحكمة.");
  const Event* e2 = event_of(d2, "COERCE");
  ASSERT_NE(e2, nullptr) << listing(d2);
  EXPECT_TRUE(has(e2->recipient, "الصيادين الموقوفين")) << listing(d2);
  Document d3 = run("سلمت الشرطة الموقوفين إلى النيابة.");
  const Event* e3 = event_of(d3, "COERCE");
  ASSERT_NE(e3, nullptr) << listing(d3);
  EXPECT_FALSE(has(e3->recipient, "الشرطة")) << listing(d3);
  // participle_roles.tsv «مصاب»: the wounded and the noun they describe were hit; the shooter
  // named after «بنيران» is no apposition of them.
  Document d4 = run("نقل المسعفون الجنود المصابين بنيران الجيش الإسرائيلي إلى المستشفى.");
  const Event* e4 = event_of(d4, "ASSAULT");
  ASSERT_NE(e4, nullptr) << listing(d4);
  EXPECT_TRUE(has(e4->recipient, "الجنود")) << listing(d4);
  EXPECT_FALSE(has(e4->recipient, "الجيش")) << listing(d4);
}

// double_objects.tsv «حمّل المسؤولية»: the party right before the second object is the one held
// responsible, a party between the verb and it the subject; a «ل» phrase after the second object
// is the one blamed instead, so the party before it stays the subject.
TEST(RolesTest, DoubleObjectVerbBlamesThePartyBeforeItsSecondObject) {
  Document d = run("وحمل الأهالي البلدية المسؤولية عن تراكم النفايات.");
  const Event* e = event_of(d, "ACCUSE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "البلدية")) << listing(d);
  EXPECT_TRUE(has(e->actor, "الأهالي")) << listing(d);
  Document d2 = run("وقال المجلس إنه سيحمل الدولة الروسية المسؤولية عن الحادث.");
  const Event* e2 = event_of(d2, "ACCUSE");
  ASSERT_NE(e2, nullptr) << listing(d2);
  EXPECT_TRUE(has(e2->recipient, "الدولة الروسية")) << listing(d2);
  EXPECT_FALSE(has(e2->recipient, "الدولة الروسية المسؤولية")) << listing(d2);
  Document d3 = run("وحملت الحركة، المسؤولية الكاملة عن حياة الأسرى.");
  const Event* e3 = event_of(d3, "ACCUSE");
  ASSERT_NE(e3, nullptr) << listing(d3);
  EXPECT_TRUE(has(e3->recipient, "الحركة")) << listing(d3);
  EXPECT_FALSE(has(e3->actor, "الحركة")) << listing(d3);
  Document d4 = run("وحمل الوزير المسؤولية للحكومة.");
  const Event* e4 = event_of(d4, "ACCUSE");
  ASSERT_NE(e4, nullptr) << listing(d4);
  EXPECT_FALSE(has(e4->recipient, "الوزير")) << listing(d4);
}

TEST(RolesTest, DoubleObjectRowsNameTriggerLemmas) {
  const auto& t = data::table("events/double_objects");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    EXPECT_FALSE(t.get(r, "second").empty()) << t.get(r, "lemma");
    EXPECT_NE(std::string(t.get(r, "lemma")).find(' '), std::string::npos) << t.get(r, "lemma");
  }
}

// A manner adverb («ب» and an indefinite noun) may stand between the verb's subject and its
// target cue; a «ب» phrase before «من» is no manner («طالب بمزيد من»: what is asked for).
TEST(RolesTest, MannerAdverbBeforeTheTargetCue) {
  Document d = run("واعتدى المسلحون بوحشية على أبناء القرية.");
  const Event* e = event_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "أبناء القرية")) << listing(d);
  EXPECT_TRUE(has(e->actor, "المسلحون")) << listing(d);
  Document d2 = run("وطالب المحتجون بمزيد من الأمان في المدينة.");
  const Event* e2 = event_of(d2, "REQUEST");
  ASSERT_NE(e2, nullptr) << listing(d2);
  EXPECT_FALSE(has(e2->recipient, "الأمان")) << listing(d2);
}

// A country after a request's «من», right after the verb or its subject, is the one asked (a party);
// after a deed («طرد من») or further on it is where from.
TEST(RolesTest, CountryAskedOfIsTheRecipient) {
  Document d = run("وطلبت النرويج من فرنسا إرسال خبراء إلى الحدود الشمالية.");
  const Event* e = event_of(d, "REQUEST");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "فرنسا")) << listing(d);
  EXPECT_TRUE(has(e->actor, "النرويج")) << listing(d);
  Document d2 = run("وطلبت من روسيا وقف الغارات على المدينة.");
  const Event* e2 = event_of(d2, "REQUEST");
  ASSERT_NE(e2, nullptr) << listing(d2);
  EXPECT_TRUE(has(e2->recipient, "روسيا")) << listing(d2);
  Document d3 = run("وقالت الشرطة إن الناشط طرد من فرنسا الشهر الماضي.");
  for (const Event& ev : d3.events) EXPECT_FALSE(has(ev.recipient, "فرنسا")) << listing(d3);
}

// A verb carrying its object as a pronoun takes no second object: the word or party after it is
// its subject, never the recipient.
TEST(RolesTest, VerbWithObjectPronounTakesNoSecondObject) {
  Document d = run("وكانت الكاتبة قد هددها طليقها مرارا.");
  const Event* e = event_of(d, "THREATEN");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(has(e->recipient, "طليقها")) << listing(d);
  Document d2 = run("وقال المتحدث إن الرهينة أفرج عنه الجيش اللبناني صباحا بعد وساطة الأمم المتحدة.");
  const Event* e2 = event_of(d2, "RETREAT");
  ASSERT_NE(e2, nullptr) << listing(d2);
  EXPECT_FALSE(has(e2->recipient, "الأمم المتحدة")) << listing(d2);
}

// argument_cues.tsv «يجب/يتعين/ينبغي على»: the party an obligation is laid on is the demand's
// recipient, named or in plain words, never its doer; the speaker who lays it is.
TEST(RolesTest, ObligedPartyIsTheRecipient) {
  Document d = run("قال الوزير الأردني إنه يجب على البلدية أن تصلح الطريق فورا.");
  const Event* e = event_of(d, "REQUEST");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "البلدية")) << listing(d);
  EXPECT_FALSE(has(e->actor, "البلدية")) << listing(d);
  EXPECT_TRUE(has(e->actor, "الوزير الأردني")) << listing(d);
  Document d2 = run("وقال المتحدث إنه يتعين على السكان مغادرة المنطقة قبل المساء.");
  const Event* e2 = event_of(d2, "REQUEST");
  ASSERT_NE(e2, nullptr) << listing(d2);
  EXPECT_TRUE(has(e2->recipient, "السكان")) << listing(d2);
  EXPECT_FALSE(has(e2->actor, "السكان")) << listing(d2);
  EXPECT_FALSE(has(e2->recipient, "مغادرة")) << listing(d2);
  // With no one named it lays nothing on anyone: no demand.
  EXPECT_EQ(event_of(run("وقال الوزير الأردني إنه يجب أن نعمل معا."), "REQUEST"), nullptr);
}

// relative_words.tsv auxiliaries: «كانت الحكومة قد حذرت إسرائيل»: a party before «قد» is the
// verb's subject as if adjacent to it, the party after it its object; «وقد» opens a new clause.
TEST(RolesTest, SubjectBeforeAuxiliaryQad) {
  Document d = run("وكانت الحكومة الأردنية قد حذرت إسرائيل من التصعيد في القدس.");
  const Event* e = event_of(d, "THREATEN");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الحكومة الأردنية")) << listing(d);
  EXPECT_FALSE(has(e->actor, "إسرائيل")) << listing(d);
  EXPECT_TRUE(has(e->recipient, "إسرائيل")) << listing(d);
  Document d2 = run("كانت قطر قد رفضت مطالب الدول الأربع.");
  const Event* e2 = event_of(d2, "REJECT");
  ASSERT_NE(e2, nullptr) << listing(d2);
  EXPECT_TRUE(has(e2->actor, "قطر")) << listing(d2);
  EXPECT_FALSE(has(e2->actor, "الدول")) << listing(d2);
}

// argument_cues.tsv «بين»: two sides named in plain words after a joint act's noun act together
// («محادثات بين الطرفين»); «بين صفوف» marks the victims' side, not two sides.
TEST(RolesTest, SidesInPlainWordsAfterBetween) {
  Document d = run("واستؤنفت في الدوحة أمس المفاوضات بين الطرفين بشأن الأسرى.");
  const Event* e = event_of(d, "CONSULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الطرفين")) << listing(d);
  // argument_cues.tsv «بشأن», «حول»: what the talks are about is no party to them.
  EXPECT_FALSE(has(e->recipient, "الأسرى")) << listing(d);
  Document d2 = run("وسقط جرحى بين صفوف المهاجمين في القرية.");
  const Event* e2 = event_of(d2, "ASSAULT");
  ASSERT_NE(e2, nullptr) << listing(d2);
  EXPECT_FALSE(has(e2->actor, "المهاجمين")) << listing(d2);
  EXPECT_FALSE(has(e2->actor, "صفوف")) << listing(d2);
  EXPECT_TRUE(has(e2->recipient, "المهاجمين")) << listing(d2);
}

// argument_cues.tsv «بيد»: the doer of a killing or an arrest, as «على يد»; a partitive head
// («عناصر من») between an agent cue and the party passes the cue on, where «من» alone names
// victims.
TEST(RolesTest, AgentCueOverPartitiveHead) {
  Document d = run("وقتل جنديان من الجيش العراقي بيد مقاتلي تنظيم الدولة الإسلامية قرب الموصل.");
  const Event* e = event_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "تنظيم الدولة")) << listing(d);
  EXPECT_FALSE(has(e->actor, "الجيش العراقي")) << listing(d);
  Document d2 = run("واعتقل الصحفي على يد عناصر من الشرطة العسكرية.");
  const Event* e2 = event_of(d2, "COERCE");
  ASSERT_NE(e2, nullptr) << listing(d2);
  EXPECT_TRUE(has(e2->actor, "الشرطة العسكرية")) << listing(d2);
  EXPECT_FALSE(has(e2->recipient, "الشرطة العسكرية")) << listing(d2);
  Document d3 = run("وأعلن الجيش مقتل 13 من عناصر الميليشيات في المعارك.");
  const Event* e3 = event_of(d3, "ASSAULT");
  ASSERT_NE(e3, nullptr) << listing(d3);
  EXPECT_FALSE(has(e3->actor, "الميليشيات")) << listing(d3);
}

// A target cue inside a speech act's «ب» content («اتهم الحزب الشرطة باستخدام الرصاص ضد
// الطلاب») is the content's target, not the one accused; «من» after the content still names
// the one asked.
TEST(RolesTest, TargetInsideSpeechContentIsNotTheRecipient) {
  Document d = run("واتهم الحزب الشرطة باستخدام الرصاص الحي ضد الطلاب.");
  const Event* e = event_of(d, "ACCUSE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "الشرطة")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "الطلاب")) << listing(d);
  Document d2 = run("وجاء ذلك بعد مطالبة المعلمين بأجورهم من الحكومة المحلية.");
  const Event* e2 = event_of(d2, "REQUEST");
  ASSERT_NE(e2, nullptr) << listing(d2);
  EXPECT_TRUE(has(e2->recipient, "الحكومة المحلية")) << listing(d2);
}

// A country after «عن» is a topic (locative_words.tsv) unless the trigger takes «عن» as its
// target cue (argument_cues.tsv: «رفع العقوبات عن»); «إلى»/«من» before a country still tell
// where something goes or comes from.
TEST(RolesTest, CountryAfterTargetCueAn) {
  Document d = run("وأعلنت واشنطن رفع العقوبات عن السودان.");
  const Event* e = event_of(d, "CONCEDE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "السودان")) << listing(d);
  EXPECT_TRUE(has(e->actor, "واشنطن")) << listing(d);
  Document d2 = run("وأعلن الجيش نقل خمسة جرحى من غزة إلى الأردن للعلاج.");
  for (const Event& ev : d2.events) EXPECT_FALSE(has(ev.recipient, "الأردن")) << listing(d2);
}

// argument_cues.tsv held rows «تعزيزات», «منصات», «معسكرات»: what a party holds is no
// party; its holder named after it (past more held things) suffered the attack, and never did it.
TEST(RolesTest, HolderOfReinforcementsIsTheRecipient) {
  Document d = run("واستهدفت مدفعية الجيش تعزيزات للمسلحين شرق المدينة.");
  const Event* e = event_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "مسلحين")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "تعزيزات")) << listing(d);
  Document d2 = run("واستهدفت مقاتلات التحالف تعزيزات ومعسكرات لميليشيات الحوثي في المديرية.");
  const Event* e2 = event_of(d2, "ASSAULT");
  ASSERT_NE(e2, nullptr) << listing(d2);
  EXPECT_TRUE(has(e2->recipient, "ميليشيات الحوثي")) << listing(d2);
  EXPECT_FALSE(has(e2->actor, "ميليشيات الحوثي")) << listing(d2);
}

// «بين X و Y»: both sides of a clash or of talks are its actors (PLOVER), a country or capital
// second side as much as a named one; it is no recipient.
TEST(RolesTest, SecondSideAfterBetweenIsAnActorAsAPlace) {
  Document d = run("اندلعت اشتباكات عنيفة أمس بين الجيش الأردني وسوريا على الحدود.");
  const Event* e = event_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الجيش الأردني")) << listing(d);
  EXPECT_TRUE(has(e->actor, "سوريا")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "سوريا")) << listing(d);
  Document d2 = run("وجرت في جنيف محادثات بين إيران والولايات المتحدة حول الملف النووي.");
  const Event* e2 = event_of(d2, "CONSULT");
  ASSERT_NE(e2, nullptr) << listing(d2);
  EXPECT_TRUE(has(e2->actor, "إيران")) << listing(d2);
  EXPECT_TRUE(has(e2->actor, "الولايات المتحدة")) << listing(d2);
  EXPECT_FALSE(has(e2->recipient, "الولايات المتحدة")) << listing(d2);
}

// «بين» with the first side in plain words: a named or place second side joined by «و» acts with
// it and is no recipient; a party after the phrase without «و» is not taken as a side.
TEST(RolesTest, SecondSideAfterPlainFirstSideOfBetween) {
  Document d = run("وبدأت المحادثات بين الأوروبيين والصين في بروكسل.");
  const Event* e = event_of(d, "CONSULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الأوروبيين")) << listing(d);
  EXPECT_TRUE(has(e->actor, "الصين")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "الصين")) << listing(d);
  Document d2 = run("وبدأت المحادثات بين الطرفين في بروكسل برعاية الصين.");
  const Event* e2 = event_of(d2, "CONSULT");
  ASSERT_NE(e2, nullptr) << listing(d2);
  EXPECT_TRUE(has(e2->actor, "الطرفين")) << listing(d2);
  EXPECT_FALSE(has(e2->actor, "الصين")) << listing(d2);
}

// An indefinite adjective of the noun may stand before «بين» («هدنة هشة بين»); a verb there
// («جرت بين») is no adjective: its time phrase («بين العامين») names no sides.
TEST(RolesTest, AdjectiveBeforeBetween) {
  Document d = run("وصمدت هدنة هشة بين الجيش والمسلحين في المدينة.");
  const Event* e = event_of(d, "RETREAT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الجيش")) << listing(d);
  EXPECT_TRUE(has(e->actor, "المسلحين")) << listing(d);
  Document d2 = run("وتذكر القرية المجازر التي ارتكبت بين العامين الماضيين.");
  for (const Event& ev : d2.events) EXPECT_FALSE(has(ev.actor, "العامين")) << listing(d2);
}

// «طالب عدد من النواب الحكومة»: a quantity and its partitive «من» are one party, the people
// counted, who did it; «من» after a quantity does not name the one asked. After «من» of a
// request the counted are still the ones asked.
TEST(RolesTest, QuantityWithPartitiveIsOneParty) {
  Document d = run("وطالب عدد من النواب الحكومة بإصلاح شبكة المياه.");
  const Event* e = event_of(d, "REQUEST");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "النواب")) << listing(d);
  EXPECT_TRUE(has(e->recipient, "الحكومة")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "النواب")) << listing(d);
  Document f = run("وطالبت مجموعة من النواب وزير المالية بالاستقالة.");
  const Event* g = event_of(f, "REQUEST");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->actor, "النواب")) << listing(f);
  EXPECT_TRUE(has(g->recipient, "وزير المالية")) << listing(f);
  EXPECT_FALSE(has(g->recipient, "النواب")) << listing(f);
  Document h = run("وطلب الرئيس من عدد من الوزراء تقديم استقالاتهم.");
  const Event* k = event_of(h, "REQUEST");
  ASSERT_NE(k, nullptr) << listing(h);
  EXPECT_TRUE(has(k->actor, "الرئيس")) << listing(h);
  EXPECT_TRUE(has(k->recipient, "الوزراء")) << listing(h);
  EXPECT_FALSE(has(k->actor, "الوزراء")) << listing(h);
  // «العديد من» (phrase_stops.tsv partitive) as «عدد من».
  Document m = run("ودعا العديد من النواب الحكومة إلى الاستقالة.");
  const Event* n = event_of(m, "REQUEST");
  ASSERT_NE(n, nullptr) << listing(m);
  EXPECT_TRUE(has(n->actor, "النواب")) << listing(m);
  EXPECT_TRUE(has(n->recipient, "الحكومة")) << listing(m);
  EXPECT_FALSE(has(n->recipient, "النواب")) << listing(m);
}

// «إلى» after a sent or addressed thing («طلبا إلى», «مذكرة إلى», argument_cues.tsv) names
// the one asked, before the verb of asking too; a plain «إلى» (where a file goes) keeps the
// request's own doer.
TEST(RolesTest, AddresseeAfterMessageHead) {
  Document d = run("وقدم المحامي طلبا إلى المحكمة للإفراج عن موكله.");
  const Event* e = event_of(d, "REQUEST");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "المحكمة")) << listing(d);
  EXPECT_FALSE(has(e->actor, "المحكمة")) << listing(d);
  Document f = run("ووجه النائب مذكرة إلى الحكومة يطالبها بخفض الضرائب.");
  const Event* g = event_of(f, "REQUEST");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->recipient, "الحكومة")) << listing(f);
  EXPECT_FALSE(has(g->actor, "الحكومة")) << listing(f);
  Document h = run("وطالب الوزير بإحالة الملف إلى المحكمة.");
  const Event* k = event_of(h, "REQUEST");
  ASSERT_NE(k, nullptr) << listing(h);
  EXPECT_TRUE(has(k->actor, "الوزير")) << listing(h);
  EXPECT_FALSE(has(k->actor, "المحكمة")) << listing(h);
}

// A quantity and its «من» in plain words right after the verb («طالب عشرات من المزارعين») are its
// subject, not its object (the named party after them is).
TEST(RolesTest, PlainQuantitySubjectAfterVerb) {
  Document d = run("وطالب عشرات من المزارعين الحكومة بدعم أسعار القمح.");
  const Event* e = event_of(d, "REQUEST");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "عشرات من المزارعين")) << listing(d);
  EXPECT_TRUE(has(e->recipient, "الحكومة")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "عشرات من المزارعين")) << listing(d);
}

// Every addressed-thing row of argument_cues.tsv: the party after «HEAD إلى» is the one asked,
// not the doer, in a sentence built around the row's head (written for this test).
TEST(RolesTest, EveryMessageHeadNamesItsAddressee) {
  for (const char* head : {"رسالة", "رسالتين", "برقية", "مذكرة", "خطابا", "نداء", "دعوة", "طلبا"}) {
    const std::string text = std::string("ووجه اتحاد المزارعين ") + head + " إلى الحكومة يطالبها بدعم أسعار القمح.";
    Document d = run(text);
    const Event* e = event_of(d, "REQUEST");
    ASSERT_NE(e, nullptr) << head << "\n" << listing(d);
    EXPECT_TRUE(has(e->recipient, "الحكومة")) << head << "\n" << listing(d);
    EXPECT_FALSE(has(e->actor, "الحكومة")) << head << "\n" << listing(d);
  }
}

}  // namespace
}  // namespace rasd::events

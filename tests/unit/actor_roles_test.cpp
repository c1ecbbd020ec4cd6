// Who did it (issue 20): actor readings of the clause. Sentences written for these tests.
#include <gtest/gtest.h>

#include <string>

#include "event_helpers.h"
#include "run_pipeline.h"

namespace rasd::events {
namespace {

Document run(const std::string& text) { return test_support::run_pipeline(text); }
using test_support::first_of;
inline std::string listing(const Document& d) { return test_support::party_listing(d); }
inline bool has(const std::vector<EventParty>& ps, std::string_view w) { return test_support::has_party(ps, w); }

// A capital named for its government after a speech act's noun is its doer («رفض موسكو»); after a
// noun of attack it is still the place struck.
TEST(ActorRolesTest, CapitalGenitiveOfASpeechActNounIsItsDoer) {
  Document d = run("وانتقد النائب رفض موسكو للمقترح الأوروبي.");
  const Event* e = first_of(d, "REJECT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "موسكو")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "موسكو")) << listing(d);

  Document f = run("وحذر الخبراء من انسحاب طهران من المعاهدة.");
  const Event* g = first_of(f, "REJECT");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->actor, "طهران")) << listing(f);

  Document h = run("ونددت المعارضة بقصف دمشق أمس.");
  const Event* k = first_of(h, "ASSAULT");
  ASSERT_NE(k, nullptr) << listing(h);
  EXPECT_FALSE(has(k->actor, "دمشق")) << listing(h);
  EXPECT_TRUE(has(k->recipient, "دمشق")) << listing(h);
}

// Nouns of acts done by their subject (genitive_roles.tsv rows added for issue 20): the genitive is
// the doer, never the one it is done to.
TEST(ActorRolesTest, SubjectNounsTakeTheirGenitiveAsTheDoer) {
  struct Case { const char* text; const char* type; const char* actor; };
  const Case cases[] = {
      {"وجاءت استقالة وزير المالية بعد خلاف مع الرئيس.", "RETREAT", "وزير المالية"},
      {"وبعد تخلي الرئيس عن منصبه تولى نائبه السلطة.", "RETREAT", "الرئيس"},
      {"وقال الشهود إن فرار المسلحين من القرية كان سريعا.", "RETREAT", "المسلحين"},
      {"ودعت النقابة إلى تظاهر العمال أمام الوزارة.", "PROTEST", "العمال"},
      {"وتواصل تجمهر الأهالي أمام المركز.", "PROTEST", "الأهالي"},
      {"ورحب المجلس بموافقة الحكومة على المقترح.", "AGREE", "الحكومة"},
      {"وأثار ترحيب الوزارة بالقرار جدلا.", "SUPPORT", "الوزارة"},
      {"وجاء تضامن النقابة مع المعتقلين في بيان.", "SUPPORT", "النقابة"},
      {"وتوقفت مفاوضات الحكومة مع المتمردين.", "CONSULT", "الحكومة"},
      {"واستؤنفت مباحثات الوفدين في الصباح.", "CONSULT", "الوفدين"},
      {"وقوبل اعتذار الحكومة للضحايا بالترحيب.", "CONCEDE", "الحكومة"},
      {"وانتهت مهلة الجيش للمسلحين أمس.", "THREATEN", "الجيش"},
      {"وجاءت مناشدة الأهالي للسلطات بعد الفيضان.", "REQUEST", "الأهالي"},
      {"وأثار خروج البلاد من المعاهدة قلقا.", "REJECT", "البلاد"},
      {"ورفض الوزير مزاعم المعارضة بتزوير الانتخابات.", "ACCUSE", "المعارضة"},
      {"وتواصل تنديد النقابة باعتقال الصحفي.", "ACCUSE", "النقابة"},
  };
  for (const Case& c : cases) {
    Document d = run(c.text);
    const Event* e = first_of(d, c.type);
    ASSERT_NE(e, nullptr) << c.text << listing(d);
    EXPECT_TRUE(has(e->actor, c.actor)) << c.text << listing(d);
    EXPECT_FALSE(has(e->recipient, c.actor)) << c.text << listing(d);
  }
}

// After a noun said to someone (genitive_roles.tsv addressed) a «ل» phrase is whom it is for:
// «منح الجيش مهلة للمسلحين» is the army's ultimatum to the gunmen, not theirs.
TEST(ActorRolesTest, LamAfterAnAddressedNounIsTheRecipient) {
  struct Case { const char* text; const char* type; const char* actor; const char* to; };
  const Case cases[] = {
      {"ومنح الجيش مهلة للمسلحين حتى الفجر.", "THREATEN", "الجيش", "مسلحين"},
      {"وقدمت الحكومة تنازلات للمعارضة.", "CONCEDE", "الحكومة", "معارضة"},
      {"وأطلق الأهالي مناشدة للسلطات.", "REQUEST", "الأهالي", "سلطات"},
  };
  for (const Case& c : cases) {
    Document d = run(c.text);
    const Event* e = first_of(d, c.type);
    ASSERT_NE(e, nullptr) << c.text << listing(d);
    EXPECT_TRUE(has(e->actor, c.actor)) << c.text << listing(d);
    EXPECT_TRUE(has(e->recipient, c.to)) << c.text << listing(d);
    EXPECT_FALSE(has(e->actor, c.to)) << c.text << listing(d);
  }
}

// «داعيا البلاد إلى الهدوء»: the words after a circumstantial participle are its object; its doer
// is the subject of the clause it goes on, named in plain words after that clause's verb.
TEST(ActorRolesTest, CircumstantialParticipleTakesItsClauseSubject) {
  Document d = run("رفض الزعيم المعارض النتائج أمس، داعيا البلاد إلى الهدوء.");
  const Event* e = first_of(d, "REQUEST");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(has(e->actor, "البلاد")) << listing(d);
  EXPECT_TRUE(has(e->recipient, "البلاد")) << listing(d);
  EXPECT_TRUE(has(e->actor, "الزعيم")) << listing(d);
}

// «ندين الهجوم ونطالب بمحاسبة»: a first-person plural verb joined inside a statement is the
// speaker's own call; a third-person one («ويطالبون») keeps the subject of its clause.
TEST(ActorRolesTest, FirstPersonPluralInAStatementIsTheSpeakers) {
  Document d = run("وقال الوزير في بيان \"نرفض بشدة هذا القرار ونطالب بمحاسبة المسؤولين\".");
  const Event* e = first_of(d, "REQUEST");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الوزير")) << listing(d);

  Document f = run("وقال الوزير إن المحتجين يرفضون القرار ويطالبون بمحاسبة المسؤولين.");
  const Event* g = first_of(f, "REQUEST");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_FALSE(has(g->actor, "الوزير")) << listing(f);
}

// «بنيران إسرائيلية»: an agent cue before a nationality adjective names the doer's country, as
// before a party; the ones hit stay the recipient.
TEST(ActorRolesTest, AgentCueBeforeANationalityNamesTheDoer) {
  Document d = run("وقتل ثلاثة شبان بنيران إسرائيلية قرب الحدود.");
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "إسرائيلية")) << listing(d);
  EXPECT_TRUE(has(e->recipient, "شبان")) << listing(d);
  EXPECT_FALSE(has(e->actor, "شبان")) << listing(d);
}

// «الأمين», «الدين» end in «ين» but are singulars (two letters before it): after a verb such a
// word is its subject, while a sound plural («ضابطين») stays the object.
TEST(ActorRolesTest, ShortStemInYnIsNoSoundPlural) {
  Document d = run("ورفض الأمين العام للحزب القرار بشدة.");
  const Event* e = first_of(d, "REJECT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الأمين العام")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "الأمين العام")) << listing(d);

  Document f = run("وأدانت المحكمة ضابطين أمس.");
  for (const Event& x : f.events) EXPECT_FALSE(has(x.actor, "ضابطين")) << listing(f);
}

// «وافقت الدولتان»: a feminine dual (agreement.tsv «-تان») takes a feminine verb, so after one it
// is the subject; a masculine singular after a feminine verb is still its object.
TEST(ActorRolesTest, FeminineDualIsTheSubjectOfAFeminineVerb) {
  Document d = run("وفي مفاجأة وافقت الدولتان على المقترح.");
  const Event* e = first_of(d, "AGREE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الدولتان")) << listing(d);

  Document f = run("وفي مفاجأة رفضت الحكومة الاقتراح.");
  for (const Event& x : f.events) EXPECT_FALSE(has(x.actor, "الاقتراح")) << listing(f);
}

// A country that was the subject of an earlier verb is carried to a later one joined by «و» that
// agrees with it: without the article a country takes a feminine verb, with it its form tells.
TEST(ActorRolesTest, CountrySubjectIsCarriedToAJoinedVerb) {
  Document d = run("وانتقدت كوريا الشمالية المناورات الأخيرة، وطالبت بوقفها فورا.");
  const Event* e = first_of(d, "REQUEST");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "كوريا الشمالية")) << listing(d);

  Document f = run("ورفض العراق المقترح، ودعا إلى الحوار.");
  const Event* g = first_of(f, "REQUEST");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->actor, "العراق")) << listing(f);
}

// A word measuring the deeds (deed_measures.tsv) or a count between a light verb's plain-word
// subject and its noun leaves the subject the noun's doer; with no subject before the measure
// there is none («وشنت سلسلة غارات»: carried from earlier, if at all).
TEST(ActorRolesTest, DeedMeasureBetweenALightVerbSubjectAndItsNoun) {
  struct Case { const char* text; const char* type; const char* actor; };
  const Case cases[] = {
      {"ونفذت مقاتلات حربية سلسلة غارات على البلدة.", "ASSAULT", "مقاتلات حربية"},
      {"وشنت طائرات مسيرة ثلاث غارات على البلدة.", "ASSAULT", "طائرات مسيرة"},
      {"وشنت أجهزة الأمن موجة اعتقالات في الحي.", "COERCE", "أجهزة الأمن"},
      {"وأجرى الوفدان جولة محادثات في العاصمة.", "CONSULT", "الوفدان"},
      {"ونفذت عناصر مسلحة جملة هجمات على الحواجز.", "ASSAULT", "عناصر مسلحة"},
  };
  for (const Case& c : cases) {
    Document d = run(c.text);
    const Event* e = first_of(d, c.type);
    ASSERT_NE(e, nullptr) << c.text << "\n" << listing(d);
    EXPECT_TRUE(has(e->actor, c.actor)) << c.text << "\n" << listing(d);
    EXPECT_FALSE(has(e->recipient, c.actor)) << c.text << "\n" << listing(d);
    for (const EventParty& p : e->actor) EXPECT_EQ(p.name.find("جملة"), std::string::npos) << listing(d);
  }
  Document f = run("وشنت سلسلة غارات على البلدة.");
  const Event* g = first_of(f, "ASSAULT");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(g->actor.empty()) << listing(f);
}

// A source named in plain words before a comma («بحسب المصادر،») leaves the clause after it its
// own subject: the party there neither reports the event nor is kept from doing it. A name right
// after the comma still renames the speaker («قال المتحدث، فلان، إن ...»).
TEST(ActorRolesTest, SubjectAfterAPlainWordSourceIsTheDoer) {
  Document d = run("وبحسب المصادر، اعتقلت الشرطة ثلاثة ناشطين.");
  const Event* e = first_of(d, "COERCE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الشرطة")) << listing(d);
  EXPECT_EQ(e->reported_by.find("الشرطة"), std::string::npos) << e->reported_by;

  Document f = run("وقال المتحدث، سامي الخطيب، إن الشرطة اعتقلت ثلاثة ناشطين.");
  const Event* g = first_of(f, "COERCE");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->actor, "الشرطة")) << listing(f);
  EXPECT_NE(g->reported_by.find("سامي الخطيب"), std::string::npos) << g->reported_by;
}

// A relative clause with no pronoun resuming its antecedent has the antecedent as its subject, so a
// name after the verb is the object; a pronoun on a preposition after the verb
// (resumptive_prepositions.tsv) or on a later word resumes it, and the party after the verb is
// then the clause's own subject.
TEST(ActorRolesTest, RelativeWithoutResumptivePronounHasItsAntecedentAsSubject) {
  Document d = run("وكانت الحكومة، التي تتهم حزب الله بالهجوم، قد طردت السفير.");
  const Event* e = first_of(d, "ACCUSE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الحكومة")) << listing(d);
  EXPECT_TRUE(has(e->recipient, "حزب الله")) << listing(d);
  EXPECT_FALSE(has(e->actor, "حزب الله")) << listing(d);

  Document f = run("وقال إن المعتقلين الذين فرضت الحكومة عقوبات عليهم غادروا.");
  const Event* g = first_of(f, "SANCTION");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->actor, "الحكومة")) << listing(f);
  EXPECT_FALSE(has(g->actor, "المعتقلين")) << listing(f);

  for (const char* prep : {"فيها", "منها", "عنها", "بها", "لها", "معها", "ضدها"}) {
    Document h = run(std::string("وانتقد الوزير الحركة التي هاجم ") + prep + " الجيش المسلحين.");
    const Event* k = first_of(h, "ASSAULT");
    ASSERT_NE(k, nullptr) << prep << "\n" << listing(h);
    EXPECT_TRUE(has(k->actor, "الجيش")) << prep << "\n" << listing(h);
    EXPECT_FALSE(has(k->actor, "الحركة")) << prep << "\n" << listing(h);
  }
}

// A party named in an aside set off by commas and opened by «وهو»/«وهي» (aside_openers.tsv)
// describes the party before it: no doer of a deed outside the aside. A trigger inside the aside
// still reads it.
TEST(ActorRolesTest, PartyInAnAsideIsNoDoerOutsideIt) {
  for (const char* text : {"وحدد الوزير، وهو من الحزب الحاكم، للحكومة مهلة أسبوع.",
                           "وحددت الوزيرة، وهي من الحزب الحاكم، للحكومة مهلة أسبوع.",
                           "وحدد الوزراء، وهم من الحزب الحاكم، للحكومة مهلة أسبوع.",
                           "وحدد الوزيران، وهما من الحزب الحاكم، للحكومة مهلة أسبوع.",
                           "وحددت الوزيرات، وهن من الحزب الحاكم، للحكومة مهلة أسبوع."}) {
    Document d = run(text);
    const Event* e = first_of(d, "THREATEN");
    ASSERT_NE(e, nullptr) << text << "\n" << listing(d);
    EXPECT_FALSE(has(e->actor, "الحزب")) << text << "\n" << listing(d);
  }
  Document f = run("وانسحب الحزب، وهي خطوة انتقدتها الحكومة.");
  const Event* g = first_of(f, "ACCUSE");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->actor, "الحكومة")) << listing(f);
}

// «هدد»/«توعد» (control_verbs.tsv) govern the deed threatened with «ب»: their subject does it, and
// the one threatened (the object between) does not.
TEST(ActorRolesTest, ThreatenerDoesTheThreatenedDeed) {
  Document d = run("وهدد الرئيس بالانسحاب من الاتفاق.");
  const Event* e = first_of(d, "REJECT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الرئيس")) << listing(d);

  Document f = run("وهددت الشرطة المتظاهرين بالاعتقال.");
  const Event* g = first_of(f, "COERCE");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->actor, "الشرطة")) << listing(f);
  EXPECT_FALSE(has(g->actor, "المتظاهرين")) << listing(f);
}

// A speech act's circumstantial participle («داعيا») takes its clause's subject in plain words
// though it has no article (a name the actor finder does not know); the words after the
// participle are its object.
TEST(ActorRolesTest, ParticipleTakesAClauseSubjectWithoutArticle) {
  Document d = run("وهدد فرانكلين بالانسحاب من الاتفاق، داعيا حلفاءه إلى إصلاحه.");
  const Event* e = first_of(d, "REQUEST");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "فرانكلين")) << listing(d);
  EXPECT_FALSE(has(e->actor, "حلفاءه")) << listing(d);
}

// A feminine circumstantial participle («متهمة», «داعية»: no alif written) after a comma goes on
// its clause: the clause's subject is its doer, the party after it its object.
TEST(ActorRolesTest, FeminineCircumstantialParticipleAfterAComma) {
  Document d = run("ورفضت إيران الاتهامات، متهمة واشنطن بالكذب.");
  const Event* e = first_of(d, "ACCUSE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "إيران")) << listing(d);
  EXPECT_FALSE(has(e->actor, "واشنطن")) << listing(d);
}

// Past a comma, a verb joined by «و» takes no party right before it as its subject (that party
// closed the clause before, often as its object); the earlier clause's subject carries over when it
// agrees with the verb.
TEST(ActorRolesTest, JoinedVerbAfterACommaTakesNoPartyBeforeItAsSubject) {
  Document d = run("والتقت الحكومة الرئيس جون سميث، وأدانت الهجوم على السفن.");
  const Event* e = first_of(d, "ACCUSE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الحكومة")) << listing(d);
  EXPECT_FALSE(has(e->actor, "جون سميث")) << listing(d);

  Document f = run("واعتقلت الشرطة شابا في المدينة، واعتدت بالضرب على المتظاهرين.");
  const Event* g = first_of(f, "ASSAULT");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->actor, "الشرطة")) << listing(f);

  Document h = run("وقالت الحكومة إن المسلحين هاجموا القرية.");
  const Event* k = first_of(h, "ASSAULT");
  ASSERT_NE(k, nullptr) << listing(h);
  EXPECT_TRUE(has(k->actor, "المسلحين")) << listing(h);
}

// Inside a reported statement a speech act with its own subject in plain words (after the verb,
// or between «إن» and it) is that subject's, not the source's.
TEST(ActorRolesTest, StatementClauseWithAPlainWordSubjectIsNotTheSpeakers) {
  Document d = run("وحسب الوكالة، انتقد الوزير الحكومة.");
  const Event* e = first_of(d, "ACCUSE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الوزير")) << listing(d);
  EXPECT_FALSE(has(e->actor, "الوكالة")) << listing(d);

  Document f = run("وذكر البيت الأبيض أن الرئيس طلب من الكونغرس تمويل الجدار.");
  const Event* g = first_of(f, "REQUEST");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_FALSE(has(g->actor, "البيت الأبيض")) << listing(f);

  Document h = run("وقالت الوزارة إنها تدين الهجوم.");
  const Event* k = first_of(h, "ACCUSE");
  ASSERT_NE(k, nullptr) << listing(h);
  EXPECT_TRUE(has(k->actor, "الوزارة")) << listing(h);
}

// A subject before its verb with a relative clause set off by commas between them is the verb's
// subject, and the party after the verb its object; a verb joined by «و» opens a clause of its own.
TEST(ActorRolesTest, SubjectBeforeARelativeAsideIsTheDoer) {
  Document d = run("وقال إن مصر، التي تملك حقولا في البحر، حذرت تركيا من المساس بحقوقها.");
  const Event* e = first_of(d, "THREATEN");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "مصر")) << listing(d);
  EXPECT_FALSE(has(e->actor, "تركيا")) << listing(d);

  Document f = run("وقال إن مصر، التي تملك حقولا في البحر، حذر الرئيس التركي منها.");
  for (const Event& x : f.events)
    if (x.type == "THREATEN") {
      EXPECT_FALSE(has(x.actor, "مصر")) << listing(f);  // a masculine verb
    }
}

}  // namespace
}  // namespace rasd::events

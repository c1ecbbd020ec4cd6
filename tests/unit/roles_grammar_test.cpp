// Who did it to whom, grammar read from the clause (issue 20): verbs of undergoing
// (undergo_verbs.tsv), a verb marking a plural subject, the released after «عن», a pronoun on the
// trigger's own preposition, the giver after «من», and one party never in both roles after fusion.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "rasd/core/table.h"
#include "event_helpers.h"
#include "run_pipeline.h"

namespace rasd::events {
namespace {

Document run(const std::string& text) { return test_support::run_pipeline(text); }
using test_support::first_of;
inline std::string listing(const Document& d) { return test_support::party_listing(d); }
inline bool has(const std::vector<EventParty>& ps, std::string_view w) { return test_support::has_party(ps, w); }

// Every verb of undergoing makes the antecedent of its relative clause the recipient of the noun
// it governs, never its doer.
TEST(RolesGrammarTest, UndergoVerbRowsMakeTheirSubjectTheRecipient) {
  const auto& t = data::table("events/undergo_verbs");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string text = "زار الوفد المعسكر الذي " + std::string(t.get(r, "verb")) + " لهجوم عنيف أمس.";
    Document d = run(text);
    const Event* e = first_of(d, "ASSAULT");
    ASSERT_NE(e, nullptr) << text << listing(d);
    EXPECT_TRUE(has(e->recipient, "المعسكر")) << text << listing(d);
    EXPECT_FALSE(has(e->actor, "المعسكر")) << text << listing(d);
  }
}

// The subject of a verb of undergoing stands after it (VSO, its adjectives between it and the
// noun) or before it; an agent phrase still names the doer.
TEST(RolesGrammarTest, UndergoerAfterOrBeforeTheVerb) {
  Document d = run("تعرضت دورية الشرطة لهجوم من قبل مسلحين مجهولين.");
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "الشرطة")) << listing(d);
  EXPECT_TRUE(has(e->actor, "مسلحين")) << listing(d);

  Document f = run("ويواجه الحزب الحاكم انتقادات حادة من المعارضة.");
  const Event* g = first_of(f, "ACCUSE");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->recipient, "الحزب")) << listing(f);
  EXPECT_FALSE(has(g->actor, "الحزب")) << listing(f);

  // Without a verb of undergoing, the party before the noun is no recipient of it.
  Document h = run("شن الحزب الحاكم هجوما حادا على المعارضة.");
  for (const Event& x : h.events) EXPECT_FALSE(has(x.recipient, "الحزب")) << listing(h);
}

// «طالبوا الحكومة»: a verb marking a plural subject holds it; the party after it is its object,
// and its subject is carried from the clause before.
TEST(RolesGrammarTest, PluralVerbTakesNoSubjectAfterIt) {
  Document d = run("احتشد المعلمون أمام الوزارة، وطالبوا الحكومة برفع الأجور.");
  const Event* e = first_of(d, "REQUEST");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(has(e->actor, "الحكومة")) << listing(d);
  EXPECT_TRUE(has(e->recipient, "الحكومة")) << listing(d);

  // A singular verb before its subject keeps it (VSO).
  Document f = run("وطالبت الحكومة المعلمين بالعودة إلى المدارس.");
  const Event* g = first_of(f, "REQUEST");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->actor, "الحكومة")) << listing(f);
}

// A released party after «عن», or as the pronoun on the trigger's own «عن»; a plural of people
// is no subject of a verb marked feminine singular before it.
TEST(RolesGrammarTest, ReleasedPartyAfterAn) {
  Document d = run("اعتقلت الشرطة الأردنية عددا من الصحفيين ثم أفرجت عنهم مساء السبت.");
  const Event* e = first_of(d, "RETREAT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "الصحفيين")) << listing(d);
  EXPECT_FALSE(has(e->actor, "الصحفيين")) << listing(d);
}

// A quantity leading the party right after its verb carries the case: the counted people after
// its «من» are the subject, though their plural reads like an accusative («الناشطين»); an
// accusative quantity («عددا من») is still the object.
TEST(RolesGrammarTest, QuantityLedSubjectAfterVerb) {
  Document d = run("وطالب عدد من المعلمين الوزارة بتعويضات عن أجور الموسم.");
  const Event* e = first_of(d, "REQUEST");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "المعلمين")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "المعلمين")) << listing(d);
  Document o = run("واعتقلت الشرطة عددا من المعلمين قرب السوق.");
  const Event* c = first_of(o, "COERCE");
  ASSERT_NE(c, nullptr) << listing(o);
  EXPECT_TRUE(has(c->actor, "الشرطة")) << listing(o);
  EXPECT_FALSE(has(c->actor, "المعلمين")) << listing(o);
}

// relative_words.tsv copulas: the party right after «كان» is the subject of the verb its clause
// ends in, though an aside in commas parts them; the party after the verb is its object, not its
// subject. Each copula row in a sentence of its own.
TEST(RolesGrammarTest, CopulaSubjectPastAnAside) {
  const std::map<std::string, std::pair<std::string, std::string>> sentence = {
      {"كان", {"وكان الوزير، وهو من الحزب الحاكم، قد انتقد البلدية بشدة.", "الوزير"}},
      {"كانت", {"وكانت الحكومة، وهي ائتلاف من ثلاثة أحزاب، قد انتقدت الشرطة بشدة.", "الحكومة"}},
  };
  const auto& t = data::table("events/relative_words");
  size_t seen = 0;
  for (size_t r = 0; r < t.rows(); ++r) {
    if (t.get(r, "kind") != "copula") continue;
    ++seen;
    auto it = sentence.find(std::string(t.get(r, "word")));
    ASSERT_NE(it, sentence.end()) << t.get(r, "word") << ": write a sentence for the new row";
    Document d = run(it->second.first);
    ASSERT_FALSE(d.events.empty()) << listing(d);
    EXPECT_TRUE(has(d.events[0].actor, it->second.second)) << listing(d);
  }
  EXPECT_EQ(seen, sentence.size());
  Document d = run("وكان الوزير، وهو من الحزب الحاكم، قد انتقد البلدية بشدة.");
  const Event* e = first_of(d, "ACCUSE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(has(e->actor, "البلدية")) << listing(d);
  EXPECT_FALSE(has(e->actor, "الحزب")) << listing(d);
  EXPECT_TRUE(has(e->recipient, "البلدية")) << listing(d);
  // With no aside the party before «قد» is read as adjacent to the verb, as before.
  Document n = run("وكان الجيش قد اعتقل ثلاثة مهربين.");
  const Event* c = first_of(n, "COERCE");
  ASSERT_NE(c, nullptr) << listing(n);
  EXPECT_TRUE(has(c->actor, "الجيش")) << listing(n);
  EXPECT_FALSE(has(c->actor, "مهربين")) << listing(n);
}

// party_plurals.tsv: a plural of bodies heads a copula's subject in plain words past an aside,
// agreeing with the verb; the party after the verb is its object. Each row in a sentence of its
// own; a plural of things heads none.
TEST(RolesGrammarTest, CopulaSubjectInPlainWords) {
  const auto& t = data::table("events/party_plurals");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string word(t.get(r, "word"));
    std::string text = "وكانت " + word + " الساحل، بحسب مصادر محلية، قد انتقدت البلدية بشدة.";
    Document d = run(text);
    const Event* e = first_of(d, "ACCUSE");
    ASSERT_NE(e, nullptr) << text << listing(d);
    EXPECT_TRUE(has(e->actor, word)) << text << listing(d);
    EXPECT_FALSE(has(e->actor, "البلدية")) << text << listing(d);
  }
  // Past a quantity and its «من», the counted word heads it.
  Document q = run("وكانت عشرات من روابط الصيادين، في وقت سابق، قد انتقدت البلدية بشدة.");
  const Event* c = first_of(q, "ACCUSE");
  ASSERT_NE(c, nullptr) << listing(q);
  EXPECT_TRUE(has(c->actor, "روابط")) << listing(q);
  EXPECT_FALSE(has(c->actor, "البلدية")) << listing(q);
  // A plural of things is no party.
  Document n = run("وكانت المقترحات، بحسب مصادر محلية، قد انتقدت البلدية بشدة.");
  const Event* e = first_of(n, "ACCUSE");
  ASSERT_NE(e, nullptr) << listing(n);
  EXPECT_FALSE(has(e->actor, "المقترحات")) << listing(n);
  // A singular before an unvowelled violent verb is as often its passive subject: no doer.
  Document v = run("وكانت المروحية، وهي من طراز قديم، قد دمرت تماما في الحادث.");
  for (const Event& x : v.events) EXPECT_FALSE(has(x.actor, "المروحية")) << listing(v);
}

// A verb joined by «و» past a clause mark with no subject of its own carries the earlier
// clause's subject in plain words when it agrees with it; not a thing, not a disagreeing one.
TEST(RolesGrammarTest, JoinedVerbCarriesASubjectInPlainWords) {
  Document d = run("رفضت أحزاب الساحل الخطة، وطالبت بزيادة الأجور.");
  const Event* e = first_of(d, "REQUEST");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "أحزاب الساحل")) << listing(d);
  // The verb marks the masculine: the feminine subject is not carried.
  Document m = run("رفضت أحزاب الساحل الخطة، وطالب بزيادة الأجور.");
  const Event* f = first_of(m, "REQUEST");
  ASSERT_NE(f, nullptr) << listing(m);
  EXPECT_FALSE(has(f->actor, "أحزاب")) << listing(m);
  // A thing as the earlier subject names no doer.
  Document n = run("رفضت المقترحات الجديدة الخطة، وطالبت بزيادة الأجور.");
  const Event* g = first_of(n, "REQUEST");
  ASSERT_NE(g, nullptr) << listing(n);
  EXPECT_FALSE(has(g->actor, "المقترحات")) << listing(n);
}

// «مساعدات من X»: the giver of aid.
TEST(RolesGrammarTest, AidGiverAfterMin) {
  Document d = run("ووصلت شحنة مساعدات من الحكومة الأردنية إلى المخيم.");
  const Event* e = first_of(d, "AID");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الحكومة")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "الحكومة")) << listing(d);
}

// Fusing tellings of one happening never leaves one party as both doer and recipient, though one
// telling names it by its head alone.
TEST(RolesGrammarTest, FusionKeepsOnePartyInOneRole) {
  Document d = run("أربعة حراس قتلوا في الهجوم.");
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "حراس")) << listing(d);
  EXPECT_FALSE(has(e->actor, "حراس")) << listing(d);
}

// A verb whose mention takes in the word its sense needs («نشرت الشرطة» for a deployment) still
// has that word's party, or plain words there, as its subject.
TEST(RolesGrammarTest, SubjectAmongTheWordsTheSenseNeeds) {
  Document d = run("ونشرت الشرطة الأردنية دوريات في شوارع المدينة.");
  const Event* e = first_of(d, "MOBILIZE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الشرطة")) << listing(d);

  Document f = run("وانتشرت عناصر أمنية في محيط الملعب.");
  const Event* g = first_of(f, "MOBILIZE");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->actor, "عناصر")) << listing(f);
}

// In a relative clause the verb's object pronoun stands for the antecedent: it is the patient,
// and the subject after the verb the doer.
TEST(RolesGrammarTest, RelativeAntecedentIsThePronounsPatient) {
  Document d = run("أفرجت السلطات عن المدون الذي اعتقلته الشرطة قبل شهر.");
  const Event* e = first_of(d, "COERCE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "المدون")) << listing(d);
  EXPECT_FALSE(has(e->actor, "المدون")) << listing(d);
  EXPECT_TRUE(has(e->actor, "الشرطة")) << listing(d);
}

// A relative clause whose antecedent is an act or a thing, with no pronoun resuming it, has that
// antecedent as its subject: the party after the verb is its object, and no party of the main
// clause is carried in as the doer.
TEST(RolesGrammarTest, ThingAntecedentLeavesThePartyAfterTheVerbItsObject) {
  Document d = run("ندد المحافظ بالتفجيرات التي استهدفت الشرطة المحلية في السوق.");
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "الشرطة")) << listing(d);
  EXPECT_FALSE(has(e->actor, "الشرطة")) << listing(d);
  EXPECT_FALSE(has(e->actor, "المحافظ")) << listing(d);

  // A party antecedent is still the subject of its clause.
  Document f = run("وصلت القوات التي حاصرت البلدة إلى الطريق الرئيسي.");
  const Event* g = first_of(f, "COERCE");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->actor, "القوات")) << listing(f);
}

// «طلب X من Y»: the one asked; a definite party before «من» is no head of the phrase after it.
TEST(RolesGrammarTest, AskedPartyAfterMin) {
  Document d = run("وطلب الوفد الأردني من الجانب العراقي تسليم المطلوبين.");
  const Event* e = first_of(d, "REQUEST");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الوفد")) << listing(d);
  EXPECT_TRUE(has(e->recipient, "الجانب العراقي")) << listing(d);
  EXPECT_FALSE(has(e->actor, "العراقي")) << listing(d);
}

// Plain words after a target cue past the noun's relation adjectives, and after «مع».
TEST(RolesGrammarTest, TargetWordsPastRelationAdjectives) {
  Document d = run("أعلنت الحكومة فرض رسوم جمركية على منتجات مستوردة.");
  const Event* e = first_of(d, "SANCTION");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "منتجات")) << listing(d);

  Document f = run("وأجرى الوزير محادثات مع نظيره القطري في الدوحة.");
  const Event* g = first_of(f, "CONSULT");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->recipient, "نظيره")) << listing(f);
}

// A light verb's subject in plain words between it and its noun; a word counting the deeds
// («سلسلة») is none.
TEST(RolesGrammarTest, LightVerbSubjectInPlainWords) {
  Document d = run("ونفذت طائرات حربية غارات على البلدة الحدودية.");
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "طائرات")) << listing(d);
  EXPECT_TRUE(has(e->recipient, "البلدة")) << listing(d);

  Document f = run("كما شنت سلسلة غارات على البلدة الحدودية.");
  for (const Event& x : f.events) EXPECT_FALSE(has(x.actor, "سلسلة")) << listing(f);
}

// Counted people right before a violent verb suffered it, nouns joined to the counted one by
// «و» included; none of them is its doer.
TEST(RolesGrammarTest, CountedVictimsBeforeTheVerb) {
  Document d = run("وذكرت المصادر أن عددا من الحراس قتلوا في الانفجار.");
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "الحراس")) << listing(d);
  EXPECT_FALSE(has(e->actor, "الحراس")) << listing(d);

  Document f = run("وذكرت المصادر أن أربعة من الحراس والسائقين قتلوا أمس.");
  const Event* g = first_of(f, "ASSAULT");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->recipient, "السائقين")) << listing(f);
  EXPECT_FALSE(has(g->actor, "السائقين")) << listing(f);
}

// A pronoun on a preposition after a verbal noun whose row is for its type («رفع العقوبات عنها»),
// past the noun's relation adjectives, or on a later word of its lemma («إطلاق سراحهم») is its
// patient for sure: it names the nearest earlier party that agrees, a country too, even one
// guessed as the doer when no other party before it in the sentence agrees.
TEST(RolesGrammarTest, PronounAfterTheNounNamesAnEarlierPatient) {
  Document d = run("وتتوقع كوبا زيادة صادراتها من السكر بعد رفع العقوبات عنها.");
  const Event* e = first_of(d, "CONCEDE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "كوبا")) << listing(d);
  EXPECT_FALSE(has(e->actor, "كوبا")) << listing(d);

  Document f = run("وتأمل كوبا في رفع العقوبات الاقتصادية عنها قبل نهاية العام.");
  const Event* g = first_of(f, "CONCEDE");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->recipient, "كوبا")) << listing(f);
  EXPECT_FALSE(has(g->actor, "كوبا")) << listing(f);

  Document h = run("وطالبت منظمات حقوقية بالكشف عن مصير الصحفيين المخطوفين وإطلاق سراحهم دون شروط.");
  const Event* i = first_of(h, "RETREAT");
  ASSERT_NE(i, nullptr) << listing(h);
  EXPECT_TRUE(has(i->recipient, "الصحفيين")) << listing(h);
  EXPECT_FALSE(has(i->actor, "الصحفيين")) << listing(h);

  // The party named before the guessed doer in the sentence comes first («أصدر الرئيس عفوا عنه»).
  Document p = run("وكان المعارض البارز قد أمضى عامين في السجن قبل أن يصدر الرئيس عفوا عنه.");
  const Event* q = first_of(p, "CONCEDE");
  ASSERT_NE(q, nullptr) << listing(p);
  EXPECT_TRUE(has(q->recipient, "المعارض")) << listing(p);
  EXPECT_FALSE(has(q->actor, "المعارض")) << listing(p);

  // Glued to a one-word noun the pronoun may be its doer («دعمها»): the party before stays the doer.
  Document j = run("وأعلن الوزير استمرار السعودية في دعمها للاجئين.");
  const Event* k = first_of(j, "SUPPORT");
  ASSERT_NE(k, nullptr) << listing(j);
  EXPECT_TRUE(has(k->actor, "السعودية")) << listing(j);
  EXPECT_FALSE(has(k->recipient, "السعودية")) << listing(j);
}

// «هجوم شنه التنظيم»: the light verb after the noun carries its pronoun, and its subject did the
// deed. A final «ى» is written «ا» before the pronoun («تبناها»); «قام» takes its deed through
// «ب», which then carries the pronoun («قامت به»). A «ل» phrase after the verb is no subject, and
// past another noun the pronoun is that noun's.
TEST(RolesGrammarTest, SubjectOfALightVerbAfterItsNoun) {
  Document d = run("وبعد موجة تفجيرات تبناها تنظيم القاعدة العام الماضي، شددت الحكومة الرقابة على الحدود.");
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "تنظيم القاعدة")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "تنظيم القاعدة")) << listing(d);

  Document f = run("وأدانت النقابة الهجوم الذي قامت به قوات الشرطة على مقرها.");
  const Event* g = first_of(f, "ASSAULT");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->actor, "قوات الشرطة")) << listing(f);
  EXPECT_FALSE(has(g->recipient, "قوات الشرطة")) << listing(f);

  Document h = run("وانتهت المحادثات التي أجراها وزير الخارجية الفرنسي في الرياض دون نتيجة.");
  const Event* c = first_of(h, "CONSULT");
  ASSERT_NE(c, nullptr) << listing(h);
  EXPECT_TRUE(has(c->actor, "وزير الخارجية الفرنسي")) << listing(h);
  EXPECT_FALSE(has(c->recipient, "وزير الخارجية الفرنسي")) << listing(h);

  Document v = run("وقال الرحالة في آخر زيارة قام بها للهند إنه يحب الطعام الهندي.");
  const Event* w = first_of(v, "CONSULT");
  ASSERT_NE(w, nullptr) << listing(v);
  EXPECT_FALSE(has(w->actor, "هند")) << listing(v);

  Document m = run("وتم التوصل إلى الهدنة بوساطة قامت بها قطر منتصف الليل.");
  const Event* r = first_of(m, "RETREAT");
  ASSERT_NE(r, nullptr) << listing(m);
  EXPECT_FALSE(has(r->actor, "قطر")) << listing(m);
}

// Every verb that authors the deed noun it carries the pronoun of (author_verbs.tsv) makes its
// subject the noun's doer; the party after a cue word there is none of it.
TEST(RolesGrammarTest, AuthorVerbRowsNameTheDoer) {
  const auto& t = data::table("events/author_verbs");
  ASSERT_GT(t.rows(), 0u);
  // The noun, its relative, the pronoun agreeing with it and the event it tells.
  struct Noun { std::string relative, pronoun, type; };
  const std::map<std::string, Noun> nouns = {{"العقوبات", {"التي", "ها", "SANCTION"}},
                                             {"الاتفاق", {"الذي", "ه", "AGREE"}}};
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string verb(t.get(r, "verb")), noun(t.get(r, "noun"));
    ASSERT_TRUE(nouns.count(noun)) << verb << " " << noun;
    const Noun& n = nouns.at(noun);
    Document d = run("وانتقد النائب " + noun + " " + n.relative + " " + verb + n.pronoun + " الحكومة الأردنية أمس.");
    const Event* e = first_of(d, n.type);
    ASSERT_NE(e, nullptr) << verb << listing(d);
    EXPECT_TRUE(has(e->actor, "الحكومة")) << verb << listing(d);
    EXPECT_FALSE(has(e->recipient, "الحكومة")) << verb << listing(d);
    EXPECT_FALSE(has(e->actor, "النائب")) << verb << listing(d);
  }
  Document d = run("وقال إن الاحتجاجات الرسمية التي أصدرتها إلى السفارة الهندية لم تنفع.");
  const Event* e = first_of(d, "PROTEST");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(has(e->actor, "السفارة")) << listing(d);
}

// «انتقد الرئيس الكيني، فلان، الحكومة»: a subject told by its title alone and the person's name set
// off by commas after it are one party; the name tells the actor, and neither is the recipient.
TEST(RolesGrammarTest, NameSetOffAfterATitledSubjectTellsTheActor) {
  Document d = run("وانتقد الرئيس الكيني، وليام روتو، الحكومة الألمانية بشدة.");
  const Event* e = first_of(d, "ACCUSE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "وليام روتو")) << listing(d);
  EXPECT_TRUE(has(e->recipient, "الحكومة الألمانية")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "الرئيس الكيني")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "روتو")) << listing(d);
}

// «انتهاك الحكومة للاتفاق»: a «ل» phrase after a verbal noun's genitive takes its patient, so the
// genitive did it, even when that patient is a deed noun of its own with the article; an
// indefinite one is a purpose («زيارة الوزير لبحث التعاون») and leaves the reading to the row.
TEST(RolesGrammarTest, DefiniteDeedAfterLamIsThePatient) {
  Document d = run("وتحدث المحامي عن انتهاك الحكومة للاتفاق الموقع بين الطرفين.");
  const Event* e = first_of(d, "ACCUSE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الحكومة")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "الحكومة")) << listing(d);

  Document f = run("وانتقد الحزب قمع الشرطة للمظاهرات السلمية في العاصمة.");
  const Event* g = first_of(f, "COERCE");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->actor, "الشرطة")) << listing(f);
  EXPECT_FALSE(has(g->recipient, "الشرطة")) << listing(f);
}

// A verbal noun whose mention took in the party its sense needs («استدعاء السفير», «احتجاز
// الرهائن») has that party as its genitive, the one it is done to; not for a type whose noun
// moves what it names («إرسال الجنود»: the soldiers are sent, the front is no doer either).
TEST(RolesGrammarTest, PartyJoinedToTheNounIsItsGenitive) {
  Document d = run("وقال الوزير إنه جرى استدعاء السفير الفرنسي لدى البلاد لتقديم توضيحات.");
  const Event* e = first_of(d, "ACCUSE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "السفير الفرنسي")) << listing(d);
  EXPECT_FALSE(has(e->actor, "السفير")) << listing(d);

  Document f = run("ووصلت الشرطة إلى المصرف بعد احتجاز الرهائن داخله مساء الجمعة.");
  const Event* g = first_of(f, "ASSAULT");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->recipient, "الرهائن")) << listing(f);
  EXPECT_FALSE(has(g->actor, "الرهائن")) << listing(f);

  Document h = run("وأدان البرلمان إرسال الجنود إلى الجبهة الجنوبية.");
  const Event* m = first_of(h, "MOBILIZE");
  ASSERT_NE(m, nullptr) << listing(h);
  EXPECT_FALSE(has(m->recipient, "الجنود")) << listing(h);
  EXPECT_FALSE(has(m->actor, "الجنود")) << listing(h);
}

// What a firing verb takes as its object is what it fires (fired_objects.tsv), never the
// recipient; the target follows a target cue past it, «باتجاه» among them (argument_cues.tsv).
// One sentence for each row of fired_objects.tsv.
TEST(RolesGrammarTest, FiredThingIsNoRecipientItsTargetIs) {
  struct Case {
    const char* text;
    const char* target;
    const char* fired;
  };
  const Case cases[] = {
      {"وأطلقت الجماعة قذيفتين باتجاه المعسكر الشرقي.", "المعسكر", "قذيفتين"},
      {"وقال الضابط إن المسلحين يطلقون صواريخ على المستوطنات كل ليلة.", "المستوطنات", "صواريخ"},
      {"ورصد الجيش إطلاق عشرات الصواريخ إلى المدن الساحلية.", "المدن الساحلية", "الصواريخ"},
      {"وقالت الشرطة إن الشبان أطلقوا بالونات حارقة باتجاه الحقول.", "الحقول", "بالونات"},
  };
  for (const Case& c : cases) {
    Document d = run(c.text);
    const Event* e = first_of(d, "ASSAULT");
    ASSERT_NE(e, nullptr) << c.text << listing(d);
    EXPECT_TRUE(has(e->recipient, c.target)) << c.text << listing(d);
    EXPECT_FALSE(has(e->recipient, c.fired)) << c.text << listing(d);
  }
  const auto& t = data::table("events/fired_objects");
  EXPECT_EQ(t.rows(), 4u);  // a new row needs a sentence above

  // With no target named, the fired thing is still no recipient.
  Document f = run("وأطلق المسلحون صاروخين أمس.");
  const Event* g = first_of(f, "ASSAULT");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_FALSE(has(g->recipient, "صاروخين")) << listing(f);
}


// Every row of aim_words.tsv: after a firing trigger the direction word before a country names
// the fire's target, the recipient; after a movement the same word keeps the country a
// destination, no party.
TEST(RolesGrammarTest, FireAimedAtCountryNamesItsTarget) {
  const auto& t = data::table("events/aim_words");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string text(t.get(r, "example"));
    Document d = run(text);
    const Event* e = first_of(d, "ASSAULT");
    ASSERT_NE(e, nullptr) << text << listing(d);
    EXPECT_TRUE(has(e->recipient, t.get(r, "target"))) << text << listing(d);
    EXPECT_FALSE(has(e->actor, t.get(r, "target"))) << text << listing(d);
  }
  // Every row of projectile_nouns.tsv stands between the trigger and the direction word.
  const auto& pn = data::table("events/projectile_nouns");
  ASSERT_GT(pn.rows(), 0u);
  for (size_t r = 0; r < pn.rows(); ++r) {
    std::string text = "وأطلقت الجماعة " + std::string(pn.get(r, "word")) + " صوب تركيا فجر اليوم.";
    Document d = run(text);
    const Event* e = first_of(d, "ASSAULT");
    ASSERT_NE(e, nullptr) << text << listing(d);
    EXPECT_TRUE(has(e->recipient, "تركيا")) << text << listing(d);
  }
  // Another word between governs the direction word: where the rockets could reach, no target.
  Document g = run("وأطلقت الجماعة صواريخ يمكنها الوصول إلى تركيا.");
  for (const Event& e : g.events) EXPECT_FALSE(has(e.recipient, "تركيا")) << listing(g);
  // Not a firing trigger: the country after «إلى» is where the troops went, not a recipient.
  Document f = run("وأرسلت الحكومة قوات إضافية إلى قبرص الأسبوع الماضي.");
  for (const Event& e : f.events) EXPECT_FALSE(has(e.recipient, "قبرص")) << listing(f);
}

}  // namespace
// Every row of count_subjects.tsv: a count right after the verb opens its subject (VSO), the
// counted noun's accusative «ا» notwithstanding; the people counted are the actor, not the recipient.
TEST(RolesGrammarTest, CountRightAfterTheVerbIsItsSubject) {
  const auto& t = data::table("events/count_subjects");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string text(t.get(r, "example"));
    Document d = run(text);
    const Event* e = first_of(d, std::string(t.get(r, "type")));
    ASSERT_NE(e, nullptr) << text << listing(d);
    EXPECT_TRUE(has(e->actor, t.get(r, "doer"))) << text << listing(d);
    EXPECT_FALSE(has(e->recipient, t.get(r, "doer"))) << text << listing(d);
  }
}

// A count after a verb of a type without a row is its object («طرد», «اعتقل»), and a feminine verb
// takes no masculine counted noun as its subject.
TEST(RolesGrammarTest, CountAfterOtherVerbsStaysTheObject) {
  Document d = run("وأعلنت الوزارة طرد 17 دبلوماسيا من البلاد.");
  const Event* e = first_of(d, "SANCTION");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(has(e->actor, "دبلوماسيا")) << listing(d);
  d = run("واعتقلت الشرطة نحو 20 ناشطا في العاصمة.");
  e = first_of(d, "COERCE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الشرطة")) << listing(d);
  EXPECT_FALSE(has(e->actor, "ناشطا")) << listing(d);
}

// «بطلب من X», «بدعوة من X» (argument_cues.tsv): the one who asked, a party or a country, is the
// request's doer; the verb's own «من» is still the one asked.
TEST(RolesGrammarTest, AtTheRequestOfNamesTheDoer) {
  Document d = run("وتدخل الجيش في المدينة بطلب من الحكومة المحلية.");
  const Event* e = first_of(d, "REQUEST");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الحكومة المحلية")) << listing(d);
  d = run("ووصل الوفد بطلب من الأردن لبحث الأزمة.");
  e = first_of(d, "REQUEST");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الأردن")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "الأردن")) << listing(d);
}

// A country after an agent cue is the doer (agent_country()): «من جانب», and the giver's «من» right
// after an aid noun; further on, «من» before a country tells where from.
TEST(RolesGrammarTest, CountryAfterAnAgentCueIsTheDoer) {
  Document d = run("وتعرض الحي لهجوم من جانب إسرائيل أمس.");
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "إسرائيل")) << listing(d);
  d = run("وقد تلقى اللاجئون مساعدات غذائية من قطر.");
  e = first_of(d, "AID");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "قطر")) << listing(d);
  EXPECT_TRUE(has(e->recipient, "اللاجئون")) << listing(d);
  d = run("ووصلت مساعدات غذائية وطبية إلى المخيمات قادمة من الأردن.");
  e = first_of(d, "AID");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(has(e->actor, "الأردن")) << listing(d);
  // A city after the giver's «من» is where the aid set out from.
  d = run("ووصلت مساعدات طبية من بيروت إلى القرى النائية.");
  e = first_of(d, "AID");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(has(e->actor, "بيروت")) << listing(d);
}

// A verbal noun's genitive followed by a count of people, the noun's own object, is its doer
// (object_after()); a definite number after it is its adjective, and a noun of one's fate has no doer.
TEST(RolesGrammarTest, GenitiveBeforeACountedObjectIsTheDoer) {
  Document d = run("وأدان المجلس اعتقال الشرطة 20 ناشطا في العاصمة.");
  const Event* e = first_of(d, "COERCE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الشرطة")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "الشرطة")) << listing(d);
  d = run("وأدان المجلس اعتقال الجنود الثلاثة في الكمين.");
  e = first_of(d, "COERCE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(has(e->actor, "الجنود")) << listing(d);
  d = run("وأدان المجلس مقتل الجنود 3 في الهجوم.");
  e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(has(e->actor, "الجنود")) << listing(d);
  d = run("وبلغ قتلى الجماعة أكثر من ثلاثين عنصرا خلال الشهر.");
  e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(has(e->actor, "الجماعة")) << listing(d);
  // A number after the genitive with no counted noun is the genitive's own («دبلوماسيين اثنين»).
  d = run("وتستعد الحكومة لطرد دبلوماسيين اثنين على الفور.");
  e = first_of(d, "SANCTION");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(has(e->actor, "دبلوماسيين")) << listing(d);
}

// «اتفاق تهدئة "مؤقت" أعلنته تركيا»: quotation marks between the noun and the verb carrying its
// pronoun are no words; the verb's subject is the noun's doer.
TEST(RolesGrammarTest, AuthorVerbPastQuotationMarks) {
  Document d = run("وتعثر اتفاق تهدئة \"مؤقت\" أعلنته تركيا الأسبوع الماضي.");
  const Event* e = first_of(d, "AGREE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "تركيا")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "تركيا")) << listing(d);
}

}  // namespace rasd::events

// Parties in plain words (events/word_parties.h) and the grammar that points at them
// (events/arguments.cpp, layer 5): one test per rule and per table row, on sentences written for
// these tests. Each checks what must come out and what must not.
#include <gtest/gtest.h>

#include <map>
#include <string>

#include "rasd/core/table.h"
#include "event_helpers.h"
#include "run_pipeline.h"

namespace rasd::events {
namespace {

using test_support::first_of;
inline bool has(const std::vector<EventParty>& ps, std::string_view w) { return test_support::has_party(ps, w); }
inline std::string listing(const Document& d) { return test_support::party_listing(d); }

struct Want {
  std::string actor, recipient;          // held by a party of the role ("" not checked)
  std::string not_actor, not_recipient;  // held by no party of the role ("" not checked)
};

void expect(const std::string& text, std::string_view type, const Want& w) {
  Document d = test_support::run_pipeline(text);
  const Event* e = first_of(d, type);
  ASSERT_NE(e, nullptr) << text << listing(d);
  if (!w.actor.empty()) { EXPECT_TRUE(has(e->actor, w.actor)) << text << listing(d); }
  if (!w.recipient.empty()) { EXPECT_TRUE(has(e->recipient, w.recipient)) << text << listing(d); }
  if (!w.not_actor.empty()) { EXPECT_FALSE(has(e->actor, w.not_actor)) << text << listing(d); }
  if (!w.not_recipient.empty()) { EXPECT_FALSE(has(e->recipient, w.not_recipient)) << text << listing(d); }
}

// The object after the verb, and after its subject when the subject follows the verb; a time
// word is no part of it.
TEST(WordPartiesTest, ObjectOfTheVerbIsItsRecipient) {
  expect("اعتقلت الشرطة المطلوب أمس.", "COERCE", {"الشرطة", "المطلوب", "", "أمس"});
  expect("قتل المسلحون حارس المبنى.", "ASSAULT", {"المسلحون", "حارس المبنى", "حارس", "المسلحون"});
}

// A title whose first letter is «و» («وزير», «ولي العهد») is its own word, not «و» + a stem: the
// light verb's subject in plain words. A real conjunction before it («ووزير») still opens a
// second item, never the subject.
TEST(WordPartiesTest, TitleBeginningWithWawIsNoConjunction) {
  expect("شن وزير الدفاع هجوما على المعارضة.", "ASSAULT", {"وزير الدفاع", "المعارضة", "", "وزير"});
  expect("عقد وزير الخارجية اجتماعا مع نظيره الأردني.", "CONSULT", {"وزير الخارجية", "", "نظيره", ""});
  expect("التقى الرئيس بالسفراء ووزير الخارجية.", "CONSULT", {"الرئيس", "", "وزير", ""});
}

// A target cue's phrase («على»), past the trigger's own words («ألقت ... القبض»).
TEST(WordPartiesTest, TargetCuePhraseIsTheRecipient) {
  expect("ألقت قوات الأمن القبض على المتهم الرئيسي في القضية.", "COERCE", {"قوات الأمن", "المتهم الرئيسي", "", "القبض"});
}

// A cue further on belongs to a phrase of its own: the object stands right after the verb.
TEST(WordPartiesTest, ObjectComesBeforeALaterCue) {
  expect("استهدفت طائرة أمريكية سيارة على الطريق.", "ASSAULT", {"أمريكية", "سيارة", "", "الطريق"});
}

// A nominative plural right after the verb is its subject, not its object.
TEST(WordPartiesTest, NominativePluralIsTheSubject) {
  expect("هاجم قرويون غاضبون مركز الشرطة.", "ASSAULT", {"قرويون", "مركز", "مركز", "قرويون"});
}

// «بين X و Y»: both sides act (PLOVER's two-sided events), neither is the recipient.
TEST(WordPartiesTest, BothSidesOfBetweenAreActors) {
  Document d = test_support::run_pipeline("اندلعت اشتباكات بين الجيش والمتمردين.");
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الجيش") && has(e->actor, "المتمردين")) << listing(d);
  EXPECT_TRUE(e->recipient.empty()) << listing(d);
}

// Counted people right before a violent verb suffered it; the reporter is not its doer.
TEST(WordPartiesTest, CountedVictimsBeforeTheirVerb) {
  expect("وقالت الشرطة إن خمسة أشخاص قتلوا في الهجوم.", "ASSAULT", {"", "خمسة أشخاص", "الشرطة", ""});
  Document d = test_support::run_pipeline("وقالت الشرطة إن خمسة أشخاص قتلوا في الهجوم.");
  EXPECT_TRUE(first_of(d, "ASSAULT")->actor.empty()) << listing(d);
}

// A locative word ends the phrase: the country after it is a scene, no party.
TEST(WordPartiesTest, LocativeWordEndsAPhrase) {
  expect("وأفادت مصادر بأن الجيش قصف قرى داخل سوريا.", "ASSAULT", {"الجيش", "قرى", "", "سوريا"});
}

// What a party holds («مواقع», «تجمعا») names no party: its holder does, or none.
TEST(WordPartiesTest, HeldThingsAreNoParty) {
  expect("وأفادت مصادر بأن الجيش قصف مواقع داخل سوريا.", "ASSAULT", {"الجيش", "", "", "مواقع"});
  expect("قصفت المدفعية تجمعا للمسلحين قرب البلدة.", "ASSAULT", {"", "مسلحين", "", "تجمعا"});
}

// The subject's adjective and a comma after it are no object («قتل قناص محلي، رجلا»).
TEST(WordPartiesTest, ObjectAfterTheSubjectsAdjective) {
  expect("قتل قناص سوري، رجلا في السوق.", "ASSAULT", {"", "رجلا", "", "سوري"});
}

// The subject right after its verb in plain words; another definite noun after it is the object.
TEST(WordPartiesTest, SubjectAfterItsVerb) {
  expect("وقع البلدان اتفاقية للتعاون الأمني.", "AGREE", {"البلدان", "", "اتفاقية", ""});
  expect("زار الوفد البرلماني المعسكر.", "CONSULT", {"الوفد", "المعسكر", "المعسكر", ""});
}

// A sound plural or dual in «ين» right after the verb is accusative: the object, never the subject.
TEST(WordPartiesTest, AccusativeAfterTheVerbIsTheObject) {
  expect("أدانت محكمة عسكرية ضابطين بتهمة الفساد.", "SANCTION", {"", "", "ضابطين", ""});
  expect("هدد الزعيم المعارضين بالملاحقة.", "THREATEN", {"الزعيم", "المعارضين", "المعارضين", ""});
}

// The subject between «أن/إن» and its verb, with its adjectives.
TEST(WordPartiesTest, SubjectBetweenParticleAndVerb) {
  expect("وقالت اللجنة إن الائتلاف الحاكم وافق على الهدنة.", "AGREE", {"الائتلاف", "", "اللجنة", ""});
}

// A circumstantial participle («داعيا») takes the word after it as its object.
TEST(WordPartiesTest, CircumstantialParticipleTakesItsObject) {
  expect("وأكد وزير الخارجية موقف بلاده، داعيا المعارضة إلى الحوار.", "REQUEST", {"", "المعارضة", "المعارضة", ""});
}

// A verbal noun with a possessive pronoun: its patient comes with «ل»; its doer is the subject.
TEST(WordPartiesTest, PossessedNounTakesItsPatientWithLam) {
  expect("وجدد الاتحاد الأوروبي مطالبته للحكومة بالإفراج عن المعتقلين.", "REQUEST", {"الاتحاد", "حكومة", "", ""});
}

// «other» after a noun closes its phrase: the plural subject with it is whole, and the object
// after it is the recipient; alone it names a party of its own.
TEST(WordPartiesTest, OtherContinuesTheNounBeforeIt) {
  expect("وطالب ناشطون آخرون الحكومة بالإصلاح.", "REQUEST", {"ناشطون", "الحكومة", "الحكومة", "آخرون"});
  Document d = test_support::run_pipeline("وحثت اللجنة الآخرين على الهدوء.");
  const Event* e = first_of(d, "REQUEST");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "الآخرين")) << listing(d);
}

// A counted noun in the accusative («40 دبلوماسيا») heads no genitive: the phrase ends with it
// and its accusative nisba; the clause's next words are no part of it.
TEST(WordPartiesTest, CountedAccusativeHeadsNoGenitive) {
  expect("وطردت الحكومة 40 دبلوماسيا أمريكيا ردا على القرار.", "SANCTION", {"الحكومة", "40 دبلوماسيا أمريكيا", "", "ردا"});
  expect("وصادرت الشرطة 200 صندوقا يحتوي على أسلحة.", "COERCE", {"الشرطة", "200 صندوقا", "", "يحتوي"});
}

// «هجمات 11 من سبتمبر»: a number, «من» and a month name is a day, never counted victims; a
// number, «من» and people still are.
TEST(WordPartiesTest, DayOfAMonthIsNoCount) {
  expect("وأدان الوزير هجمات 11 من سبتمبر في نيويورك.", "ASSAULT", {"", "", "", "سبتمبر"});
  expect("واعتقلت الشرطة 11 من المتظاهرين.", "COERCE", {"الشرطة", "المتظاهرين", "", ""});
}

// ---- tables ----------------------------------------------------------------------------------

// Every stop row stands where an object would and is not taken; every partitive row heads the
// phrase it counts; every adjective row continues the noun before it.
TEST(WordPartiesTest, EveryPhraseStopRow) {
  const auto& t = data::table("events/phrase_stops");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string w(t.get(r, "word"));
    std::string kind(t.get(r, "kind"));
    ASSERT_TRUE(kind == "stop" || kind == "partitive" || kind == "adjective") << w;
    if (kind == "adjective") {
      // It continues the counted noun before it, and is no object of its own.
      Document d = test_support::run_pipeline("احتجزت السلطات ثلاث سفن " + w + " في الميناء.");
      const Event* e = first_of(d, "COERCE");
      ASSERT_NE(e, nullptr) << w << listing(d);
      EXPECT_TRUE(has(e->recipient, "سفن " + w)) << w << listing(d);
    } else if (kind == "stop") {
      Document d = test_support::run_pipeline("اعتقلت الشرطة " + w + " في المدينة.");
      const Event* e = first_of(d, "COERCE");
      ASSERT_NE(e, nullptr) << w << listing(d);
      EXPECT_FALSE(has(e->recipient, w)) << w << listing(d);
    } else {
      Document d = test_support::run_pipeline("اعتقلت الشرطة " + w + " من الطلاب في المدينة.");
      const Event* e = first_of(d, "COERCE");
      ASSERT_NE(e, nullptr) << w << listing(d);
      EXPECT_TRUE(has(e->recipient, "الطلاب")) << w << listing(d);
      EXPECT_FALSE(has(e->actor, "الطلاب")) << w << listing(d);
    }
  }
}

// Every type of object_roles.tsv takes the noun after its verb (and subject) as its recipient.
TEST(WordPartiesTest, EveryObjectRoleRow) {
  const std::map<std::string, std::string> sentence = {
      {"ASSAULT", "هاجم مسلحون قافلة على الطريق."},
      {"COERCE", "احتجزت السلطات سفينة قبالة الساحل."},
      {"SANCTION", "طردت الحكومة السفير."},
      {"THREATEN", "هدد الزعيم المعارضين بالملاحقة."},
      {"ACCUSE", "اتهم الحزب الحكومة بالفساد."},
      {"CONSULT", "زار الوفد البرلماني المعسكر."},
      {"SUPPORT", "أيد المجلس الرئيس الجديد."},
      {"REQUEST", "حثت اللجنة النقابات على الحوار."},
  };
  const std::map<std::string, std::string> object = {
      {"ASSAULT", "قافلة"}, {"COERCE", "سفينة"}, {"SANCTION", "السفير"}, {"THREATEN", "المعارضين"},
      {"ACCUSE", "الحكومة"}, {"CONSULT", "المعسكر"}, {"SUPPORT", "الرئيس"}, {"REQUEST", "النقابات"},
  };
  const auto& t = data::table("events/object_roles");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string type(t.get(r, "type"));
    ASSERT_TRUE(sentence.count(type)) << type << ": write a sentence for the new row";
    expect(sentence.at(type), type, {"", object.at(type), object.at(type), ""});
  }
}

// Every relative pronoun and auxiliary of relative_words.tsv: the antecedent does the verb after
// it, the object follows.
TEST(WordPartiesTest, EveryRelativeWordRow) {
  const auto& t = data::table("events/relative_words");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string w(t.get(r, "word"));
    std::string text = t.get(r, "kind") == "relative" ? "قال شهود إن المسلحين " + w + " هاجموا القرية فروا."
                                                      : "قال شهود إن المسلحين الذين " + w + " هاجموا القرية فروا.";
    expect(text, "ASSAULT", {"المسلحين", "القرية", "القرية", "المسلحين"});
  }
}

}  // namespace
}  // namespace rasd::events

namespace rasd::events {
namespace {

// A place after a doer's noun is where it went: «زيارة القاهرة» names the host, not the visitor.
TEST(WordPartiesTest, PlaceAfterADoersNounIsItsPatient) {
  expect("وأعرب الرئيس عن سعادته بزيارة القاهرة.", "CONSULT", {"الرئيس", "القاهرة", "القاهرة", ""});
}

// A country after a statement's noun is its government speaking: the doer.
TEST(WordPartiesTest, CountryAfterAStatementsNounIsItsDoer) {
  expect("وجددت الصحيفة نقل إدانة الأردن للهجوم على المدنيين.", "ACCUSE", {"الأردن", "", "", "الأردن"});
}

// Inside reported words, a party before the trigger is its subject; the speaker only reports it.
TEST(WordPartiesTest, ReportedClauseKeepsItsOwnSubject) {
  expect("وأكد المتحدث أن الحركة طالبت بالإفراج عن الأسرى.", "REQUEST", {"الحركة", "", "المتحدث", ""});
}

}  // namespace
}  // namespace rasd::events

namespace rasd::events {
namespace {

// A measure («خمس سنوات») and a nationality adjective («أمريكية») are no recipient.
// An adjective qualifies the noun before it and names no party: a definite nisba after a
// definite noun that is no party, an indefinite accusative one after an indefinite noun. A
// counted nisba noun, and a nisba noun right after a named subject, still name the party.
TEST(WordPartiesTest, AdjectiveOfTheNounBeforeIsNoParty) {
  expect("وقد تنسحب فرنسا من الاتفاق النووي.", "SANCTION", {"فرنسا", "", "", "النووي"});
  expect("إذا انسحبت الحكومة من الاتفاق التجاري.", "SANCTION", {"الحكومة", "", "", "التجاري"});
  expect("شنت القوات قصفا عشوائيا استهدف الأحياء.", "ASSAULT", {"القوات", "الأحياء", "", "عشوائيا"});
  expect("وعقد الوزير مؤتمرا صحافيا في العاصمة.", "CONSULT", {"", "", "", "صحافيا"});
  expect("طردت الحكومة 12 دبلوماسيا في المساء.", "SANCTION", {"الحكومة", "12 دبلوماسيا", "", ""});
}

// A light verb's noun with its «ب» leads the threatened deed and names no party; the deed's
// target still does.
TEST(WordPartiesTest, LightVerbNounIsNoParty) {
  expect("وهدد الجيش بشن غارات.", "THREATEN", {"الجيش", "", "", "بشن"});
  expect("وتوعد التنظيم بشن هجمات على الشرطة.", "THREATEN", {"التنظيم", "الشرطة", "", "بشن"});
}

TEST(WordPartiesTest, MeasuresAndNationalitiesAreNoRecipient) {
  expect("أصدرت المحكمة حكما بالسجن خمس سنوات على المتهم.", "SANCTION", {"المحكمة", "", "", "سنوات"});
  expect("يخضع الرجل لعقوبات أمريكية منذ أشهر.", "SANCTION", {"", "", "", "أمريكية"});
}

}  // namespace
}  // namespace rasd::events

namespace rasd::events {
namespace {

// The forces a mobilising noun governs mobilise (genitive_roles.tsv, MOBILIZE rows): they are its
// doers, never its recipients («استنفار العشائر»).
TEST(WordPartiesTest, MobilisedForcesAreTheDoers) {
  expect("وأعلنت الوزارة استنفار العشائر في المحافظة.", "MOBILIZE", {"العشائر", "", "", "العشائر"});
}

}  // namespace
}  // namespace rasd::events

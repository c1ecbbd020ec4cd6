// Countries as parties (events/place_parties.h) and speakers as the doers of speech acts
// (events/arguments.cpp): one test per rule and per table row class, on sentences written for
// these tests.
#include <gtest/gtest.h>

#include <string>

#include "rasd/core/table.h"
#include "event_helpers.h"
#include "run_pipeline.h"

namespace rasd::events {
namespace {

using test_support::first_of;
inline std::string names(const std::vector<EventParty>& ps) { return test_support::party_names(ps); }
inline std::string listing(const Document& d) { return test_support::party_listing(d); }
inline bool has(const std::vector<EventParty>& ps, std::string_view word) { return test_support::has_party(ps, word); }

// A country subject and object of a finite verb are its doer and its target, as governments.
TEST(PlacePartiesTest, CountryIsSubjectAndObject) {
  Document d = test_support::run_pipeline("واتهمت مصر تركيا بدعم الجماعات المتشددة.");
  const Event* e = first_of(d, "ACCUSE");
  ASSERT_NE(e, nullptr) << listing(d);
  ASSERT_TRUE(has(e->actor, "مصر")) << listing(d);
  EXPECT_EQ(e->actor.front().country, "EG");
  EXPECT_EQ(e->actor.front().sector, "GOV");
  EXPECT_TRUE(has(e->recipient, "تركيا")) << listing(d);
}

// A country after a light verb's subject slot is the verbal noun's doer («إن X نفذت هجوما»).
TEST(PlacePartiesTest, CountryIsLightVerbSubject) {
  Document d = test_support::run_pipeline("وقال المتحدث إن روسيا شنت غارات على مواقع المسلحين.");
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "روسيا")) << listing(d);
}

// Every locative word or proclitic before a country makes it the scene, never a party.
TEST(PlacePartiesTest, LocativeWordsBarTheCountry) {
  const auto& t = data::table("events/locative_words");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string w(t.get(r, "word"));
    std::string before = w.ends_with('-') ? w.substr(0, w.size() - 1) : w + " ";
    Document d = test_support::run_pipeline("وقصفت الطائرات مواقع " + before + "سوريا أمس.");
    const Event* e = first_of(d, "ASSAULT");
    ASSERT_NE(e, nullptr) << w << listing(d);
    EXPECT_FALSE(has(e->actor, "سوريا") || has(e->recipient, "سوريا")) << w << listing(d);
  }
}

// Every capital of capitals.tsv named as a subject is its government; after a locative word or
// «العاصمة» it is the city, and a capital is never a guessed party.
TEST(PlacePartiesTest, EveryCapitalIsItsGovernment) {
  const auto& t = data::table("events/capitals");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string name(t.get(r, "name"));
    Document d = test_support::run_pipeline("واتهمت " + name + " المعارضة بالتحريض على العنف.");
    const Event* e = first_of(d, "ACCUSE");
    ASSERT_NE(e, nullptr) << name << listing(d);
    ASSERT_TRUE(has(e->actor, name)) << name << listing(d);
    EXPECT_EQ(e->actor.front().country, t.get(r, "country")) << name;
    EXPECT_EQ(e->actor.front().sector, "GOV") << name;
    Document f = test_support::run_pipeline("وتظاهر المحتجون في " + name + " أمس.");
    const Event* g = first_of(f, "PROTEST");
    ASSERT_NE(g, nullptr) << name << listing(f);
    EXPECT_FALSE(has(g->actor, name) || has(g->recipient, name)) << name << listing(f);
  }
  Document d = test_support::run_pipeline("وتظاهر المحتجون أمام مقر الحكومة في العاصمة طهران أمس.");
  const Event* e = first_of(d, "PROTEST");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(has(e->recipient, "طهران")) << listing(d);
  Document g = test_support::run_pipeline("وقال قائد شرطة كابول إن مسلحين هاجموا الحاجز.");
  const Event* a = first_of(g, "ASSAULT");
  ASSERT_NE(a, nullptr) << listing(g);
  EXPECT_FALSE(has(a->actor, "كابول")) << listing(g);
}

// A country joined by «و» to a barred one is barred too: «في العراق وسوريا».
TEST(PlacePartiesTest, JoinedCountrySharesTheBar) {
  Document d = test_support::run_pipeline("وقصفت الطائرات مواقع في العراق وسوريا أمس.");
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(has(e->recipient, "سوريا") || has(e->actor, "سوريا")) << listing(d);
}

// A nationality adjective after a noun whose genitive is its doer names the doer's country, one
// adjective («جوية») between them or none.
TEST(PlacePartiesTest, NisbaAfterAnAttackNounIsTheDoer) {
  for (const char* s : {"وأسفرت غارة روسية على البلدة عن دمار كبير.", "وأسفرت الغارات الجوية الروسية على البلدة عن دمار كبير."}) {
    Document d = test_support::run_pipeline(s);
    const Event* e = first_of(d, "ASSAULT");
    ASSERT_NE(e, nullptr) << s << listing(d);
    ASSERT_TRUE(has(e->actor, "روسي")) << s << listing(d);
    EXPECT_EQ(e->actor.front().country, "RU") << s;
  }
}

// After a noun whose genitive is its patient, the adjective names the one it was done to.
TEST(PlacePartiesTest, NisbaAfterAPatientNounIsNoDoer) {
  Document d = test_support::run_pipeline("وتواصلت عمليات اعتقال سوريين في المدينة.");
  const Event* e = first_of(d, "COERCE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(has(e->actor, "سوري")) << listing(d);
}

// A news agency guessed as an attack's doer is only its source: neither doer nor recipient.
TEST(PlacePartiesTest, NewsOutletIsNoGuessedDoer) {
  Document d = test_support::run_pipeline("وحصلت رويترز على صور تظهر آثار القصف في البلدة.");
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(has(e->actor, "رويترز") || has(e->recipient, "رويترز")) << listing(d);
}

// ---- speech acts without a subject (events/speech_acts.tsv) -----------------------------------

// A speech act standing in a statement is its speaker's: «قال X ...، معبرا عن رفضه».
TEST(SpeechActsTest, SpeechActInAStatementIsTheSpeakers) {
  Document d = test_support::run_pipeline("وقال وزير الخارجية سامح شكري إن الحكومة ستواصل جهودها، معبرا عن رفضه للمبادرة الجديدة.");
  const Event* e = first_of(d, "REJECT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "شكري")) << listing(d);
}

// A speech verb without a subject opens a statement of the last named speaker («وحذر من أن»).
TEST(SpeechActsTest, SubjectlessSpeechVerbIsTheLastSpeakers) {
  Document d = test_support::run_pipeline(
      "وقال وزير الخارجية سامح شكري إن بلاده تتابع الوضع عن كثب. وحذر من أن أي اعتداء سيقابل برد حازم.");
  const Event* e = first_of(d, "THREATEN");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "شكري")) << listing(d);
}

// In the quoted words a verb joined by «و» shares the subject of the clause before it.
TEST(SpeechActsTest, JoinedVerbInTheQuotedWordsIsNotTheSpeakers) {
  Document d = test_support::run_pipeline("وقالت المنظمة إن المسلحين يحتجزون السكان منذ شهور ويهددونهم بالقتل.");
  const Event* e = first_of(d, "THREATEN");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(has(e->actor, "المنظمة")) << listing(d);
}

}  // namespace
}  // namespace rasd::events

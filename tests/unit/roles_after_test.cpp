// Who an act is done to, read after its trigger (issue 20): a partner phrase across a clause mark
// before the trigger is another predicate's, a «ل» phrase right after a body as subject is its
// genitive, a threat's target is its content's.
// Sentences written for these tests.
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

// «مع X» before the trigger, past a clause mark, belongs to the earlier clause's noun: the party
// right after the verb is its object. In the trigger's own phrase «مع» still names the other side.
TEST(RolesAfterTest, PartnerAcrossAClauseBeforeTheTriggerIsNotItsRecipient) {
  Document d = run("قال المتحدث إن العلاقات مع فرنسا جيدة، واتهم ألمانيا بالكذب.");
  const Event* e = first_of(d, "ACCUSE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "ألمانيا")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "فرنسا")) << listing(d);

  Document f = run("وعقد الرئيس اجتماعا مع الوزير في القصر.");
  const Event* g = first_of(f, "CONSULT");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->recipient, "الوزير")) << listing(f);
}

// «هدد الجناح العسكري لحركة ...»: the «ل» phrase right after a subject that is a body, not a
// person, is the subject's genitive; the verb's object stands past it, or there is none.
TEST(RolesAfterTest, LamRightAfterABodySubjectIsItsGenitive) {
  Document d = run("هدد الجناح العسكري لحركة الشباب بقتل الرهائن.");
  const Event* e = first_of(d, "THREATEN");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(has(e->recipient, "حركة الشباب")) << listing(d);

  Document f = run("ودعا المكتب الإعلامي للحزب الحكومة إلى الحوار.");
  const Event* g = first_of(f, "REQUEST");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->recipient, "الحكومة")) << listing(f);
  EXPECT_FALSE(has(g->recipient, "حزب")) << listing(f);

  // A word opening in «فل» is no conjunction and «ل»: the people right after the subject are the object.
  Document h = run("احتجزت الشرطة التركية فلسطينيين في مطار المدينة.");
  const Event* k = first_of(h, "COERCE");
  ASSERT_NE(k, nullptr) << listing(h);
  EXPECT_TRUE(has(k->recipient, "فلسطينيين")) << listing(h);
}

// A threat's content is the threatener's own deed: the one threatened is the deed's target after
// its cue, or the patient genitive of the deed; a deed with no patient leaves it empty.
TEST(RolesAfterTest, ThreatenedIsTheTargetOfTheContent) {
  Document d = run("وهددت الحكومة بفرض عقوبات على كل المصارف التي تتعامل مع الشركة.");
  const Event* e = first_of(d, "THREATEN");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->recipient, "المصارف")) << listing(d);
  EXPECT_FALSE(has(e->recipient, "الشركة")) << listing(d);

  Document f = run("هددت الجماعة بتفجير المحطة الكهربائية.");
  const Event* g = first_of(f, "THREATEN");
  ASSERT_NE(g, nullptr) << listing(f);
  EXPECT_TRUE(has(g->recipient, "المحطة")) << listing(f);

  // The light noun with its «ب» inside the trigger's own words («مهددا بفرض»).
  Document m = run("وأعلن الوزير تعليق الاتفاق، مهددا بفرض رسوم على شركات أجنبية تبيع الأدوية.");
  const Event* n = first_of(m, "THREATEN");
  ASSERT_NE(n, nullptr) << listing(m);
  EXPECT_TRUE(has(n->recipient, "شركات")) << listing(m);

  Document h = run("وهددت النقابة بتنظيم إضراب شامل.");
  const Event* k = first_of(h, "THREATEN");
  ASSERT_NE(k, nullptr) << listing(h);
  EXPECT_TRUE(k->recipient.empty()) << listing(h);
}

}  // namespace
}  // namespace rasd::events

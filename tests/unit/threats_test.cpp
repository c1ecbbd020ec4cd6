#include <gtest/gtest.h>

#include "rasd/core/table.h"
#include "rasd/pipeline.h"
#include "event_helpers.h"
#include "run_pipeline.h"

namespace rasd::events {
namespace {

Document run(const std::string& text) { return test_support::run_pipeline(text); }

const Event* of_type(const Document& d, std::string_view type) { return test_support::first_of(d, type); }
using test_support::listing;

// A speaker's side, in the first person, will strike if …: a threat of violence by the speaker.
TEST(ThreatsTest, FirstPersonFutureAttackInAQuoteIsAThreat) {
  Document d = run("وقال قائد الجيش: \"سوف نكثف الغارات على مواقعهم إذا تكررت الاعتداءات\".");
  const Event* t = of_type(d, "THREATEN");
  ASSERT_NE(t, nullptr) << listing(d);
  ASSERT_EQ(t->modes.size(), 1u);
  EXPECT_EQ(t->modes[0], "violence");
  ASSERT_FALSE(t->actor.empty());
  EXPECT_NE(t->actor[0].name.find("قائد الجيش"), std::string::npos) << t->actor[0].name;
  EXPECT_EQ(t->mentions[0].of(d.text), "الغارات");
}

// A retaliation threat in the speaker's own first person («سنرد») has no doer in its clause: the
// speaker threatens. Told in the third person about others, the doer is whoever the clause names.
TEST(ThreatsTest, FirstPersonRetaliationInAQuoteIsTheSpeakers) {
  Document d = run("وقال وزير الدفاع: \"سنرد بقوة على أي اعتداء يطال حدودنا\".");
  const Event* t = of_type(d, "THREATEN");
  ASSERT_NE(t, nullptr) << listing(d);
  ASSERT_FALSE(t->actor.empty()) << listing(d);
  EXPECT_NE(t->actor[0].name.find("وزير الدفاع"), std::string::npos) << t->actor[0].name;
  Document o = run("وقال وزير الدفاع: \"الحكومة سترد بقوة على أي اعتداء يطال حدودنا\".");
  const Event* n = of_type(o, "THREATEN");
  ASSERT_NE(n, nullptr) << listing(o);
  for (const auto& a : n->actor) EXPECT_EQ(a.name.find("وزير الدفاع"), std::string::npos) << a.name;
}

// The same words without the first person are a plan someone else's side has: no threat.
TEST(ThreatsTest, ThirdPersonPlansStayPlans) {
  Document d = run("وقال قائد الجيش إن القوات سوف تكثف الغارات على مواقع المسلحين.");
  EXPECT_EQ(of_type(d, "THREATEN"), nullptr) << listing(d);
  const Event* a = of_type(d, "ASSAULT");
  ASSERT_NE(a, nullptr) << listing(d);
  EXPECT_EQ(a->modality, "future");
}

// A noun that begins with ن («نتيجة») is no first person verb: only a glued future prefix or a
// verb-only particle before the ن-word makes one (data/events/first_person.tsv).
TEST(ThreatsTest, NounsBeginningWithNunAreNoSpeakersVerbs) {
  Document d = run("وقال البيان: \"نتيجة للاشتباك، تم القضاء على ثلاثة مسلحين\".");
  EXPECT_EQ(of_type(d, "THREATEN"), nullptr) << listing(d);
  Document v = run("وقال القائد: \"سنقصف مواقعهم إذا تكررت الاعتداءات\".");
  EXPECT_NE(of_type(v, "THREATEN"), nullptr) << listing(v);
}

// What was done, told in the first person, is no threat: the act is reported.
TEST(ThreatsTest, PastActsInTheFirstPersonAreNoThreat) {
  Document d = run("وقال قائد الجيش: \"نفذنا الغارات على مواقعهم أمس\".");
  EXPECT_EQ(of_type(d, "THREATEN"), nullptr) << listing(d);
}

// The content of the threat gives its mode (data/events/threat_contents.tsv): arrests.
TEST(ThreatsTest, ThreatModeIsItsContent) {
  Document d = run("وقال وزير الداخلية: \"سنواصل اعتقال كل من يخرق حظر التجول\".");
  const Event* t = of_type(d, "THREATEN");
  ASSERT_NE(t, nullptr) << listing(d);
  ASSERT_EQ(t->modes.size(), 1u);
  EXPECT_EQ(t->modes[0], "arrest");
  // Every row names a PLOVER THREATEN mode.
  const auto& rows = data::table("events/threat_contents");
  for (size_t r = 0; r < rows.rows(); ++r) {
    std::string_view m = rows.get(r, "threat_mode");
    EXPECT_TRUE(m == "violence" || m == "arrest" || m == "restrict" || m == "expel" || m == "relations" ||
                m == "territory")
        << m;
  }
}

}  // namespace
}  // namespace rasd::events

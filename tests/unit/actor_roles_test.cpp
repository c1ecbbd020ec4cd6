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

}  // namespace
}  // namespace rasd::events

// GET /api/v1/quotes (quotes_api.cpp) over each backend: filters, position paging with totals,
// errors as JSON, and the same bytes from SQLite and PostgreSQL. Texts are written for this test.
#include <gtest/gtest.h>
#include <simdjson.h>

#include "rasd/serve/api.h"
#include "rasd/store/rows.h"
#include "store_helpers.h"

namespace rasd::serve {
namespace {

using store::test_support::Backend;
using store::test_support::BackendStores;
using store::test_support::make_doc;

// Three articles on three days, two quotes each: a named official, then an unnamed witness.
Document day_doc(int day, const std::string& official, const std::string& outlet) {
  std::string text = "صرح " + official + " بأن الجسر سيفتح قريبا. وقال شاهد إن الشاحنات عبرت اليوم.";
  Document d = make_doc("day-" + std::to_string(day), text, CivilDate{2025, 4, day}, {});
  d.outlet = outlet;
  auto span = [&](const std::string& part) {
    uint32_t at = static_cast<uint32_t>(text.find(part));
    return Span{at, at + static_cast<uint32_t>(part.size())};
  };
  Quote a;
  a.cue = span("صرح");
  a.span = span("الجسر سيفتح قريبا");
  a.speaker_name = official;
  Quote b;
  b.cue = span("وقال");
  b.span = span("الشاحنات عبرت اليوم");
  b.speaker_name = "شاهد";
  d.quotes = {a, b};
  return d;
}

std::string stored(BackendStores& stores) {
  std::unique_ptr<store::Store> s;
  store::Status st = store::open_store(stores.url(), {}, s);
  EXPECT_TRUE(st.ok) << st.message;
  if (!st.ok) return stores.url();
  store::PutResult r;
  EXPECT_TRUE(s->begin().ok);
  EXPECT_TRUE(s->put(store::flatten(day_doc(3, "المحافظ", "صحيفة أ"), "e"), r).ok);
  EXPECT_TRUE(s->put(store::flatten(day_doc(1, "وزير النقل", "صحيفة ب"), "e"), r).ok);
  EXPECT_TRUE(s->put(store::flatten(day_doc(2, "رئيس البلدية", "صحيفة أ"), "e"), r).ok);
  EXPECT_TRUE(s->commit().ok);
  return stores.url();
}

Reply call(StorePool& pool, const Params& p) { return route_api(pool, "quotes", p, ""); }

// "article#speaker" of each item, the total and the next cursor ("" when null).
struct Page {
  std::vector<std::string> items;
  int64_t total = -1, offset = -1;
  std::string next;
};

Page page_of(const Reply& r) {
  Page out;
  EXPECT_EQ(r.status, 200) << r.body;
  simdjson::dom::parser parser;
  simdjson::dom::element e;
  if (parser.parse(r.body).get(e)) {
    ADD_FAILURE() << r.body;
    return out;
  }
  out.total = int64_t(e["total"]);
  out.offset = int64_t(e["offset"]);
  for (simdjson::dom::element q : e["items"].get_array())
    out.items.push_back(std::string(std::string_view(q["article_id"])) + "#" + std::string(std::string_view(q["speaker"])));
  if (!e["next_cursor"].is_null()) out.next = std::string(std::string_view(e["next_cursor"]));
  return out;
}

class ServeQuotesApiTest : public testing::TestWithParam<Backend> {};
INSTANTIATE_TEST_SUITE_P(, ServeQuotesApiTest, testing::Values(Backend::kSqlite, Backend::kPostgres),
                         store::test_support::backend_name);

TEST_P(ServeQuotesApiTest, PagesFollowTheCursorToTheEndWithoutRepeats) {
  BackendStores stores(GetParam());
  StorePool pool(stored(stores));
  Page first = page_of(call(pool, {{"limit", "4"}}));
  EXPECT_EQ(first.items, (std::vector<std::string>{"day-1#وزير النقل", "day-1#شاهد", "day-2#رئيس البلدية", "day-2#شاهد"}));
  EXPECT_EQ(first.total, 6);
  EXPECT_EQ(first.offset, 0);
  ASSERT_FALSE(first.next.empty());
  Page second = page_of(call(pool, {{"limit", "4"}, {"cursor", first.next}}));
  EXPECT_EQ(second.items, (std::vector<std::string>{"day-3#المحافظ", "day-3#شاهد"}));
  EXPECT_EQ(second.offset, 4);
  EXPECT_EQ(second.total, 6);
  EXPECT_EQ(second.next, "");  // the last page says so
}

TEST_P(ServeQuotesApiTest, FiltersNarrowAndWhatTheyExcludeStaysOut) {
  BackendStores stores(GetParam());
  StorePool pool(stored(stores));
  EXPECT_EQ(page_of(call(pool, {{"outlet", "صحيفة أ"}, {"speaker", "شاهد"}})).items,
            (std::vector<std::string>{"day-2#شاهد", "day-3#شاهد"}));
  EXPECT_EQ(page_of(call(pool, {{"pub_from", "2025-04-02"}, {"pub_to", "2025-04-02"}, {"q", "الجسر"}})).items,
            (std::vector<std::string>{"day-2#رئيس البلدية"}));
  EXPECT_EQ(page_of(call(pool, {{"article", "day-3"}, {"speaker", "وزير"}})).items, std::vector<std::string>{});
  Page none = page_of(call(pool, {{"outlet", "صحيفة ج"}}));
  EXPECT_EQ(none.total, 0);
  EXPECT_EQ(none.next, "");
}

TEST_P(ServeQuotesApiTest, BadParametersAreJson400s) {
  BackendStores stores(GetParam());
  StorePool pool(stored(stores));
  for (const Params& p : std::vector<Params>{{{"pub_from", "April"}},
                                             {{"limit", "0"}},
                                             {{"cursor", "nonsense"}},
                                             {{"cursor", "2025-13-01:1:day-1"}},
                                             {{"type", "ASSAULT"}},
                                             {{"speaker", "أ"}, {"speaker", "ب"}},
                                             {{"q", std::string(300, 'x')}}}) {
    Reply r = call(pool, p);
    EXPECT_EQ(r.status, 400) << p.begin()->first << ": " << r.body;
    EXPECT_NE(r.body.find("\"message\""), std::string::npos) << r.body;
  }
}

TEST(ServeQuotesApiBackendsTest, TheSameBytesFromSqliteAndPostgres) {
  BackendStores lite_stores(Backend::kSqlite), pg_stores(Backend::kPostgres);
  StorePool lite(stored(lite_stores)), pg(stored(pg_stores));
  for (const Params& p : std::vector<Params>{{}, {{"limit", "3"}}, {{"speaker", "المحافظ"}}}) {
    Reply a = call(lite, p), b = call(pg, p);
    EXPECT_EQ(a.status, 200);
    EXPECT_EQ(a.body, b.body);
  }
}

}  // namespace
}  // namespace rasd::serve

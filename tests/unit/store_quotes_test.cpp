// Store::quotes and quote_count (store.h): quotes across articles, filtered by publication date,
// article, outlet, speaker and quoted words, in a stable order, paged by limit/offset and by
// position; on SQLite and on a real PostgreSQL. Also the 3 -> 4 migration that brought the
// quotes' cue and keys, and the writers `rasd quotes` prints with.
#include <gtest/gtest.h>
#include <sqlite3.h>

#include "rasd/store/quote_formats.h"
#include "rasd/store/store.h"
#include "rasd/store/table_export.h"
#include "store_helpers.h"

namespace rasd::store {
namespace {

using test_support::Backend;
using test_support::BackendStores;
using test_support::make_doc;

// Sentences written for these tests.
const std::string kTalksText = "قال الوزير إن المفاوضات ستستأنف الأسبوع المقبل. وأضاف: «لن نقبل بأي شروط مسبقة».";
const std::string kConvoyText = "وأكدت المتحدثة باسم الهلال الأحمر أن القافلة وصلت إلى البلدة صباح اليوم.";
const std::string kRoadText = "وبحسب مصدر محلي فإن الطريق الساحلي مغلق منذ يومين.";

uint32_t byte_at(const std::string& text, const std::string& part) {
  size_t at = text.find(part);
  EXPECT_NE(at, std::string::npos) << part;
  return static_cast<uint32_t>(at);
}

int64_t code_points(const std::string& text, uint32_t bytes) {
  int64_t n = 0;
  for (uint32_t i = 0; i < bytes; ++i) n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return n;
}

// A quote whose words are `words` and whose cue is `cue`, both found in the text.
Quote quote(const std::string& text, const std::string& cue, const std::string& words, const std::string& speaker,
            bool direct) {
  Quote q;
  q.cue = {byte_at(text, cue), byte_at(text, cue) + static_cast<uint32_t>(cue.size())};
  q.span = {byte_at(text, words), byte_at(text, words) + static_cast<uint32_t>(words.size())};
  q.speaker_name = speaker;
  q.direct = direct;
  return q;
}

Document talks_doc(const std::string& text = kTalksText) {
  Document d = make_doc("q-talks", text, CivilDate{2024, 3, 2}, {});
  d.outlet = "صحيفة الشمال";
  d.quotes.push_back(quote(text, "قال", "المفاوضات ستستأنف الأسبوع المقبل", "الوزير", false));
  if (text.find("لن نقبل") != std::string::npos)
    d.quotes.push_back(quote(text, "وأضاف", "لن نقبل بأي شروط مسبقة", "الوزير", true));
  return d;
}

Document convoy_doc() {
  Document d = make_doc("q-convoy", kConvoyText, CivilDate{2024, 3, 5}, {});
  d.outlet = "إذاعة الوادي";
  d.quotes.push_back(quote(kConvoyText, "وأكدت", "القافلة وصلت إلى البلدة صباح اليوم", "المتحدثة باسم الهلال الأحمر", false));
  return d;
}

// No publication date, no outlet, no named speaker.
Document road_doc() {
  Document d = make_doc("q-road", kRoadText, std::nullopt, {});
  d.quotes.push_back(quote(kRoadText, "وبحسب", "الطريق الساحلي مغلق منذ يومين", "", false));
  return d;
}

class StoreQuotesTest : public testing::TestWithParam<Backend> {
 protected:
  StoreQuotesTest() : stores(GetParam()) { reopen(); }
  void reopen() {
    store.reset();
    Status s = open_store(stores.url(), {}, store);
    ASSERT_TRUE(s.ok) << s.message;
  }
  void put(const Document& d) {
    PutResult r;
    ASSERT_TRUE(store->begin().ok);
    Status s = store->put(flatten(d, "engine-1"), r);
    ASSERT_TRUE(s.ok) << s.message;
    ASSERT_TRUE(store->commit().ok);
  }
  void put_all() {
    put(road_doc());  // stored first, listed last: undated
    put(convoy_doc());
    put(talks_doc());
  }
  std::vector<StoredQuote> quotes(const QuoteQuery& q = {}) {
    std::vector<StoredQuote> out;
    Status s = store->quotes(q, [&](const StoredQuote& x) { out.push_back(x); });
    EXPECT_TRUE(s.ok) << s.message;
    return out;
  }
  // "article#ord" of each quote, in the order given.
  std::vector<std::string> ids(const QuoteQuery& q = {}) {
    std::vector<std::string> out;
    for (const StoredQuote& x : quotes(q)) out.push_back(x.article_id + "#" + std::to_string(x.ord));
    return out;
  }
  int64_t count(const QuoteQuery& q = {}) {
    int64_t n = -1;
    Status s = store->quote_count(q, n);
    EXPECT_TRUE(s.ok) << s.message;
    return n;
  }
  BackendStores stores;
  std::unique_ptr<Store> store;
};

INSTANTIATE_TEST_SUITE_P(, StoreQuotesTest, testing::Values(Backend::kSqlite, Backend::kPostgres),
                         test_support::backend_name);

TEST_P(StoreQuotesTest, EveryQuoteInPublicationOrderWithItsSpeakerCueAndCodePoints) {
  put_all();
  EXPECT_EQ(ids(), (std::vector<std::string>{"q-talks#0", "q-talks#1", "q-convoy#0", "q-road#0"}));
  EXPECT_EQ(count(), 4);
  std::vector<StoredQuote> all = quotes();
  ASSERT_EQ(all.size(), 4u);
  const StoredQuote& added = all[1];
  EXPECT_EQ(added.speaker, std::optional<std::string>("الوزير"));
  EXPECT_EQ(added.cue, std::optional<std::string>("وأضاف"));
  EXPECT_TRUE(added.direct);
  EXPECT_FALSE(all[0].direct);
  EXPECT_EQ(added.text, "لن نقبل بأي شروط مسبقة");
  EXPECT_EQ(added.start, code_points(kTalksText, byte_at(kTalksText, "لن نقبل")));
  EXPECT_EQ(added.end - added.start, code_points(added.text, static_cast<uint32_t>(added.text.size())));
  EXPECT_EQ(added.published, std::optional<std::string>("2024-03-02"));
  EXPECT_EQ(added.outlet, std::optional<std::string>("صحيفة الشمال"));
  // An unnamed speaker and a missing outlet or date are null, never "".
  const StoredQuote& road = all[3];
  EXPECT_FALSE(road.speaker);
  EXPECT_FALSE(road.outlet);
  EXPECT_FALSE(road.published);
  EXPECT_EQ(road.cue, std::optional<std::string>("وبحسب"));
}

TEST_P(StoreQuotesTest, EachFilterKeepsItsQuotesAndLeavesTheOthersOut) {
  put_all();
  QuoteQuery q;
  q.published_from = "2024-03-03";
  EXPECT_EQ(ids(q), (std::vector<std::string>{"q-convoy#0"}));  // an undated article matches no date range
  q = {};
  q.published_to = "2024-03-02";
  EXPECT_EQ(ids(q), (std::vector<std::string>{"q-talks#0", "q-talks#1"}));
  q = {};
  q.article = "q-road";
  EXPECT_EQ(ids(q), (std::vector<std::string>{"q-road#0"}));
  q = {};
  q.outlets = {"إذاعة الوادي", "صحيفة الجنوب"};
  EXPECT_EQ(ids(q), (std::vector<std::string>{"q-convoy#0"}));
  q.outlets = {"صحيفة"};  // an outlet is named whole
  EXPECT_EQ(ids(q), std::vector<std::string>{});
  // Speaker and words in another spelling: taa marbuta as haa, alef without hamza.
  q = {};
  q.speaker = "المتحدثه باسم";
  EXPECT_EQ(ids(q), (std::vector<std::string>{"q-convoy#0"}));
  q.speaker = "الوزير";
  EXPECT_EQ(ids(q), (std::vector<std::string>{"q-talks#0", "q-talks#1"}));
  q = {};
  q.text = "الاسبوع المقبل";
  EXPECT_EQ(ids(q), (std::vector<std::string>{"q-talks#0"}));
  // Filters together must all hold: the minister's words about the road are none.
  q.text = "الطريق";
  q.speaker = "الوزير";
  EXPECT_EQ(ids(q), std::vector<std::string>{});
  EXPECT_EQ(count(q), 0);
  // LIKE's own wildcards are taken literally.
  q = {};
  q.text = "%";
  EXPECT_EQ(ids(q), std::vector<std::string>{});
}

TEST_P(StoreQuotesTest, LimitOffsetAndPositionPageWithoutRepeatsOrGaps) {
  put_all();
  QuoteQuery q;
  q.limit = 2;
  EXPECT_EQ(ids(q), (std::vector<std::string>{"q-talks#0", "q-talks#1"}));
  q.offset = 2;
  EXPECT_EQ(ids(q), (std::vector<std::string>{"q-convoy#0", "q-road#0"}));
  q.limit = 0;
  q.offset = 3;
  EXPECT_EQ(ids(q), (std::vector<std::string>{"q-road#0"}));
  // After a position: the next quotes in the order, whatever was stored since.
  QuoteQuery after;
  after.after = quotes()[1].position();
  EXPECT_EQ(count(after), 2);
  put(make_doc("q-empty", "نص بلا اقتباس.", CivilDate{2024, 3, 1}, {}));  // earlier, and no quotes
  EXPECT_EQ(ids(after), (std::vector<std::string>{"q-convoy#0", "q-road#0"}));
  after.after = quotes()[2].position();  // an undated article's position: only undated ones follow
  after.after->published = std::nullopt;
  after.after->article_id = "q-a";
  EXPECT_EQ(ids(after), (std::vector<std::string>{"q-road#0"}));
  after.after->article_id = "q-road";
  EXPECT_EQ(ids(after), std::vector<std::string>{});
}

TEST_P(StoreQuotesTest, AChangedArticleReplacesItsQuotesAndOldWordsAreGone) {
  put_all();
  std::string shorter = "قال الوزير إن المفاوضات ستستأنف الأسبوع المقبل.";
  put(talks_doc(shorter));
  QuoteQuery q;
  q.article = "q-talks";
  EXPECT_EQ(ids(q), (std::vector<std::string>{"q-talks#0"}));
  q = {};
  q.text = "شروط مسبقة";
  EXPECT_EQ(ids(q), std::vector<std::string>{});
  EXPECT_EQ(count(), 3);
}

// A store of schema version 3 (quotes without cue and keys) opened for writing gets the columns
// and its quotes' keys; a read-only open says how to migrate.
TEST_P(StoreQuotesTest, AVersionThreeStoreIsMigratedAndItsQuotesFilterByKey) {
  put_all();
  store.reset();
  const char* downgrade[] = {"ALTER TABLE quotes DROP COLUMN cue", "ALTER TABLE quotes DROP COLUMN speaker_key",
                             "ALTER TABLE quotes DROP COLUMN text_key",
                             "UPDATE meta SET value = '3' WHERE key = 'schema_version'"};
  if (GetParam() == Backend::kSqlite) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(stores.url().c_str(), &db), SQLITE_OK);
    for (const char* s : downgrade) EXPECT_EQ(sqlite3_exec(db, s, nullptr, nullptr, nullptr), SQLITE_OK) << s;
    sqlite3_close(db);
  } else {
    pqxx::connection c(stores.url());
    pqxx::work tx(c);
    for (const char* s : downgrade) tx.exec(s);
    tx.commit();
  }
  {
    std::unique_ptr<Store> ro;
    StoreOptions read_only;
    read_only.read_only = true;
    Status st = open_store(stores.url(), read_only, ro);
    EXPECT_FALSE(st.ok);
    EXPECT_NE(st.message.find("migrate"), std::string::npos) << st.message;
  }
  reopen();
  QuoteQuery q;
  q.speaker = "المتحدثه";
  EXPECT_EQ(ids(q), (std::vector<std::string>{"q-convoy#0"}));
  q = {};
  q.text = "مغلق";
  EXPECT_EQ(ids(q), (std::vector<std::string>{"q-road#0"}));
  EXPECT_FALSE(quotes()[0].cue);  // not recoverable without the engine: null until processed again
}

TEST(StoreQuoteRowsTest, FlattenKeepsTheCueAndNormalisedKeys) {
  ArticleRow a = flatten(convoy_doc(), "engine-1");
  ASSERT_EQ(a.quotes.size(), 1u);
  EXPECT_EQ(a.quotes[0].cue, "وأكدت");
  EXPECT_EQ(a.quotes[0].speaker_key.find("ة"), std::string::npos);  // folded like every loose key
  EXPECT_FALSE(a.quotes[0].text_key.empty());
  // A quote with no cue span keeps no cue.
  Document d = road_doc();
  d.quotes[0].cue = {};
  EXPECT_EQ(flatten(d, "engine-1").quotes[0].cue, "");
}

TEST(StoreQuoteFormatsTest, CsvJsonAndTableRows) {
  StoredQuote q;
  q.article_id = "a,1";
  q.ord = 2;
  q.speaker = "الوزير";
  q.cue = "وأضاف";
  q.direct = true;
  q.start = 10, q.end = 20;
  q.text = "كلمات \"بين\" علامتين";
  q.published = "2024-03-02";
  std::string csv;
  QuoteWriter w(QuoteFormat::kCsv);
  w.begin(csv);
  w.add(q, csv);
  EXPECT_EQ(csv, "article_id,ord,published,outlet,speaker,cue,direct,start,end,text,title,url\r\n"
                 "\"a,1\",2,2024-03-02,,الوزير,وأضاف,true,10,20,\"كلمات \"\"بين\"\" علامتين\",,\r\n");
  std::string json;
  append_quote_json(q, json);
  EXPECT_NE(json.find("\"outlet\":null"), std::string::npos) << json;
  EXPECT_NE(json.find("\"direct\":true"), std::string::npos) << json;
  std::string table;
  QuoteWriter t(QuoteFormat::kTable);
  q.text = std::string(200, 'x');
  q.speaker.reset();
  t.add(q, table);
  EXPECT_EQ(table.back(), '\n');
  EXPECT_EQ(table.find('\n'), table.size() - 1);  // one line
  EXPECT_LE(display_width(table) - 1, 100u);      // a long quote is shortened to the terminal
  EXPECT_NE(table.find("…»"), std::string::npos);
  EXPECT_NE(table.find("- "), std::string::npos);  // the unknown speaker
  EXPECT_EQ(table.find("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"), std::string::npos);
  t.end(table);
  EXPECT_EQ(table.substr(table.find('\n') + 1), "1 quote\n");
}

}  // namespace
}  // namespace rasd::store

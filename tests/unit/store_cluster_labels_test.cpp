// The store's cluster labels (store/cluster_labels.h): kept per event and per cluster on both
// backends, redone by each batch inside its transaction, the same whatever the ingest order,
// current after tombstones, filtered on, and added to a store of the previous schema version.
// Documents are built by hand (store_helpers.h); the sentences are written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <pqxx/pqxx>

#include "rasd/store/store.h"
#include "store_helpers.h"

namespace rasd::store {
namespace {

using test_support::Backend;
using test_support::BackendStores;
using test_support::EventSpec;
using test_support::make_doc;

constexpr CivilDate kJun3{2025, 6, 3}, kJun4{2025, 6, 4}, kJun9{2025, 6, 9};

// A shelling of one town told three ways, and another shelling elsewhere the same day.
const std::string kTellingA = "قصفت مدفعية مجهولة بلدة الوادي الأخضر فجر اليوم وقتل خمسة أشخاص.";
const std::string kTellingB = "قتل أربعة مدنيين على الأقل في قصف استهدف بلدة الوادي الأخضر.";
const std::string kTellingC = "أفاد سكان بأن القصف على بلدة الوادي الأخضر أوقع ستة قتلى.";
const std::string kElsewhere = "قصفت طائرات مسيرة قرية التلال البعيدة في الشمال.";

EventSpec shelling(const std::string& trigger, std::optional<double> dead, uint32_t town = 7001) {
  return {.type = "ASSAULT", .trigger = trigger, .date = kJun3, .country = "SY", .place = "الوادي الأخضر",
          .dead = dead, .admin1 = "09", .geonames_id = town, .lat = 35.1, .lon = 36.2};
}

Document telling(const std::string& id, const std::string& outlet, const std::string& text, CivilDate published,
                 const std::vector<EventSpec>& events) {
  Document d = make_doc(id, text, published, events);
  d.outlet = outlet;
  return d;
}

std::vector<Document> four_articles() {
  return {telling("t-a", "outlet-one", kTellingA, kJun3, {shelling("قصفت", 5)}),
          telling("t-b", "outlet-two", kTellingB, kJun4, {shelling("قصف", 4)}),
          telling("t-c", "outlet-three", kTellingC, kJun4, {shelling("القصف", 6)}),
          telling("t-d", "outlet-two", kElsewhere, kJun3,
                  {{.type = "ASSAULT", .trigger = "قصفت", .date = kJun3, .country = "SY", .place = "التلال البعيدة",
                    .admin1 = "09", .geonames_id = 7002}})};
}

class StoreClusterLabels : public testing::TestWithParam<Backend> {
 protected:
  BackendStores stores{GetParam()};
  std::string now = "2026-02-01T08:00:00.000Z";

  std::unique_ptr<Store> open(const std::string& name = "store") {
    std::unique_ptr<Store> s;
    StoreOptions o;
    o.clock = [this] { return now; };
    Status st = open_store(stores.url(name), o, s);
    EXPECT_TRUE(st.ok) << st.message;
    if (!s) throw std::runtime_error("no store: " + st.message);
    return s;
  }
  // The documents in batches of `batch` articles.
  void ingest(Store& s, const std::vector<Document>& docs, size_t batch = 1) {
    for (size_t at = 0; at < docs.size(); at += batch) {
      ASSERT_TRUE(s.begin().ok);
      for (size_t i = at; i < docs.size() && i < at + batch; ++i) {
        PutResult r;
        Status st = s.put(flatten(docs[i], "engine-1"), r);
        ASSERT_TRUE(st.ok) << st.message;
      }
      Status c = s.commit();
      ASSERT_TRUE(c.ok) << c.message;
    }
  }
  static std::map<std::string, StoredEvent> by_article(Store& s, EventQuery q = {}) {
    std::map<std::string, StoredEvent> out;
    EXPECT_TRUE(s.query(q, [&](const StoredEvent& e) { out[e.article_id] = e; }).ok);
    return out;
  }
};

INSTANTIATE_TEST_SUITE_P(, StoreClusterLabels, testing::Values(Backend::kSqlite, Backend::kPostgres),
                         test_support::backend_name);

TEST_P(StoreClusterLabels, ThreeTellingsShareOneLabelAndAnotherPlaceKeepsItsOwn) {
  auto s = open();
  ingest(*s, four_articles());
  auto ev = by_article(*s);
  ASSERT_EQ(ev.size(), 4u);
  // The first report (published first) names the cluster.
  const std::string id = ev["t-a"].event_id;
  for (const char* a : {"t-a", "t-b", "t-c"}) {
    ASSERT_TRUE(ev[a].cluster_id) << a;
    EXPECT_EQ(*ev[a].cluster_id, id) << a;
    EXPECT_EQ(ev[a].cluster_events, 3);
    EXPECT_EQ(ev[a].cluster_articles, 3);
    EXPECT_EQ(ev[a].cluster_outlets, 3);
    EXPECT_EQ(ev[a].first_report, "2025-06-03");
  }
  // The other village: a cluster of its own, not the town's.
  ASSERT_TRUE(ev["t-d"].cluster_id);
  EXPECT_EQ(*ev["t-d"].cluster_id, ev["t-d"].event_id);
  EXPECT_EQ(ev["t-d"].cluster_articles, 1);
  // The filter: the cluster's three events, not the fourth.
  auto members = by_article(*s, {.cluster = id});
  EXPECT_EQ(members.size(), 3u);
  EXPECT_FALSE(members.count("t-d"));
  EXPECT_TRUE(by_article(*s, {.cluster = "no-such-cluster"}).empty());
}

TEST_P(StoreClusterLabels, IngestOrderAndBatchesDoNotChangeTheLabels) {
  std::vector<Document> docs = four_articles();
  // A same-day telling far from the rest in time, so windows of several days are met.
  docs.push_back(telling("t-e", "outlet-one", kTellingA, kJun9,
                         {{.type = "ASSAULT", .trigger = "قصفت", .date = kJun9, .country = "SY",
                           .place = "الوادي الأخضر", .admin1 = "09", .geonames_id = 7001}}));
  std::vector<Document> reversed(docs.rbegin(), docs.rend());
  std::vector<Document> shuffled = {docs[2], docs[4], docs[0], docs[3], docs[1]};
  {
    auto a = open("forward");
    ingest(*a, docs, 1);
    auto b = open("reversed");
    ingest(*b, reversed, 1);
    auto c = open("shuffled");
    ingest(*c, shuffled, 2);
    auto d = open("one-batch");
    ingest(*d, reversed, 10);
  }
  // Every table but the change feed's order of articles: labels and cluster rows alike.
  auto labels = [&](const std::string& name) {
    std::string dump = stores.dump(name);
    std::string out;
    for (const char* table : {"SELECT * FROM clusters", "SELECT * FROM events"}) {
      size_t at = dump.find(table);
      out += dump.substr(at, dump.find("SELECT", at + 1) - at);
    }
    return out;
  };
  std::string forward = labels("forward");
  EXPECT_NE(forward.find("\t3\t3\t3\t2025-06-03"), std::string::npos) << forward;  // the town's cluster row
  EXPECT_EQ(labels("reversed"), forward);
  EXPECT_EQ(labels("shuffled"), forward);
  EXPECT_EQ(labels("one-batch"), forward);
}

TEST_P(StoreClusterLabels, ATombstonedTellingLeavesTheClusterAndAnUnchangedReIngestWritesNothing) {
  auto s = open();
  std::vector<Document> docs = four_articles();
  ingest(*s, docs, 2);
  std::string before = stores.dump();
  ingest(*s, docs, 3);  // unchanged: nothing at all changes
  EXPECT_EQ(stores.dump(), before);

  // Telling B is corrected: the text no longer reports the shelling (its event is tombstoned).
  now = "2026-02-02T08:00:00.000Z";
  ingest(*s, {telling("t-b", "outlet-two", "تحدث سكان البلدة عن الحياة اليومية هناك.", kJun4, {})});
  auto ev = by_article(*s);
  EXPECT_FALSE(ev.count("t-b"));
  EXPECT_EQ(ev["t-a"].cluster_articles, 2);
  EXPECT_EQ(ev["t-c"].cluster_articles, 2);
  EXPECT_EQ(ev["t-c"].cluster_outlets, 2);
  EXPECT_EQ(*ev["t-c"].cluster_id, ev["t-a"].event_id);

  // The first report is corrected away too: the cluster is named by the next report.
  ingest(*s, {telling("t-a", "outlet-one", "تحدث سكان البلدة عن الطقس.", kJun3, {})});
  ev = by_article(*s);
  ASSERT_TRUE(ev["t-c"].cluster_id);
  EXPECT_EQ(*ev["t-c"].cluster_id, ev["t-c"].event_id);
  EXPECT_EQ(ev["t-c"].cluster_articles, 1);
  // No cluster row is left for a label no event carries.
  std::string dump = stores.dump();
  size_t rows = dump.find("SELECT * FROM clusters");
  std::string clusters = dump.substr(rows);
  EXPECT_EQ(std::count(clusters.begin(), clusters.end(), '\n'), 3);  // the query line and two clusters
}

TEST_P(StoreClusterLabels, APutOutsideABatchIsLabelledToo) {
  auto s = open();
  std::vector<Document> docs = four_articles();
  for (size_t i = 0; i < 3; ++i) {
    PutResult r;
    ASSERT_TRUE(s->put(flatten(docs[i], "engine-1"), r).ok);
  }
  auto ev = by_article(*s);
  EXPECT_EQ(ev["t-b"].cluster_articles, 3);
}

// A later telling joins an earlier one's happening: the earlier event is updated in the change
// feed (its cluster now counts two articles), the new one is only added, an unrelated event is
// not touched; an unchanged re-ingest adds no row.
TEST_P(StoreClusterLabels, ALaterTellingPutsTheFirstTellingInTheFeedAsUpdated) {
  auto s = open();
  std::vector<Document> docs = four_articles();
  ingest(*s, {docs[0], docs[3]});  // telling A and the other village
  auto before = by_article(*s);
  int64_t last = 0;
  ASSERT_TRUE(s->changes("0", [&](const Change& c) { last = c.seq; }).ok);
  EXPECT_EQ(last, 2);  // two events added, nothing more

  now = "2026-02-03T09:30:00.000Z";
  ingest(*s, {docs[1]});  // telling B, a day later
  std::vector<Change> feed;
  ASSERT_TRUE(s->changes(std::to_string(last), [&](const Change& c) { feed.push_back(c); }).ok);
  auto ev = by_article(*s);
  ASSERT_EQ(feed.size(), 2u);
  EXPECT_EQ(feed[0].kind, "added");
  EXPECT_EQ(feed[0].event_id, ev["t-b"].event_id);
  EXPECT_EQ(feed[1].kind, "updated");
  EXPECT_EQ(feed[1].event_id, before["t-a"].event_id);
  EXPECT_EQ(feed[1].article_id, "t-a");
  EXPECT_EQ(feed[1].at, now);
  ASSERT_TRUE(feed[1].event && feed[1].event->cluster_id);
  EXPECT_EQ(*feed[1].event->cluster_id, before["t-a"].event_id);
  EXPECT_EQ(feed[1].event->cluster_articles, 2);
  EXPECT_EQ(feed[1].event->updated_at, now);
  for (const Change& c : feed) EXPECT_NE(c.event_id, before["t-d"].event_id);
  // The unrelated village keeps its time; the first telling's content is the same, only newer.
  EXPECT_EQ(ev["t-d"].updated_at, before["t-d"].updated_at);
  EXPECT_EQ(ev["t-a"].created_at, before["t-a"].created_at);
  EXPECT_EQ(ev["t-a"].content, before["t-a"].content);

  // The same articles again, and one forced through the writes: no label changes, no feed rows.
  now = "2026-02-04T10:00:00.000Z";
  ingest(*s, {docs[0], docs[1], docs[3]});
  ASSERT_TRUE(s->begin().ok);
  PutResult r;
  ASSERT_TRUE(s->put(flatten(docs[1], "engine-1"), r, true).ok);
  ASSERT_TRUE(s->commit().ok);
  size_t more = 0;
  ASSERT_TRUE(s->changes(std::to_string(feed.back().seq), [&](const Change&) { ++more; }).ok);
  EXPECT_EQ(more, 0u);
  EXPECT_EQ(by_article(*s)["t-a"].updated_at, "2026-02-03T09:30:00.000Z");
}

// A telling from a new outlet about a happening already told twice by one outlet: the cluster's
// label stays, but its outlet count moves, so both earlier events are updated.
TEST_P(StoreClusterLabels, ANewOutletUpdatesEveryEarlierMember) {
  auto s = open();
  std::vector<Document> docs = four_articles();
  Document again = docs[1];
  again.id = "t-b2";
  again.outlet = "outlet-one";
  ingest(*s, {docs[0], again});
  auto before = by_article(*s);
  ASSERT_EQ(before["t-b2"].cluster_outlets, 1);
  int64_t last = 0;
  ASSERT_TRUE(s->changes("0", [&](const Change& c) { last = c.seq; }).ok);
  now = "2026-02-05T07:00:00.000Z";
  ingest(*s, {docs[2]});  // outlet-three
  std::map<std::string, std::string> kinds;  // article -> kind
  ASSERT_TRUE(s->changes(std::to_string(last), [&](const Change& c) { kinds[c.article_id] += c.kind; }).ok);
  EXPECT_EQ(kinds, (std::map<std::string, std::string>{{"t-a", "updated"}, {"t-b2", "updated"}, {"t-c", "added"}}));
  EXPECT_EQ(by_article(*s)["t-a"].cluster_outlets, 2);
}

// A store written before labels existed (schema version 2) is labelled when opened for writing,
// and a read-only open says what to do.
TEST_P(StoreClusterLabels, AVersionTwoStoreIsMigrated) {
  int64_t last = 0;
  {
    auto s = open();
    ingest(*s, four_articles());
    ASSERT_TRUE(s->changes("0", [&](const Change& c) { last = c.seq; }).ok);
  }
  // Back to version 2: no clusters table, no label column (nor version 4's quote columns).
  const char* downgrade[] = {"DROP TABLE clusters", "DROP INDEX events_cluster",
                             "ALTER TABLE events DROP COLUMN cluster_id", "ALTER TABLE quotes DROP COLUMN cue",
                             "ALTER TABLE quotes DROP COLUMN speaker_key", "ALTER TABLE quotes DROP COLUMN text_key",
                             "UPDATE meta SET value = '2' WHERE key = 'schema_version'"};
  if (GetParam() == Backend::kSqlite) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open(stores.url().c_str(), &db), SQLITE_OK);
    for (const char* q : downgrade) EXPECT_EQ(sqlite3_exec(db, q, nullptr, nullptr, nullptr), SQLITE_OK) << q;
    sqlite3_close(db);
  } else {
    pqxx::connection c(stores.url());
    pqxx::work tx(c);
    for (const char* q : downgrade) tx.exec(q);
    tx.commit();
  }
  {
    std::unique_ptr<Store> ro;
    StoreOptions read_only;
    read_only.read_only = true;
    Status st = open_store(stores.url(), read_only, ro);
    EXPECT_FALSE(st.ok);
    EXPECT_NE(st.message.find("schema version 2"), std::string::npos) << st.message;
    EXPECT_NE(st.message.find("migrate"), std::string::npos) << st.message;
  }
  auto s = open();
  auto ev = by_article(*s);
  ASSERT_TRUE(ev["t-c"].cluster_id);
  EXPECT_EQ(*ev["t-c"].cluster_id, ev["t-a"].event_id);
  EXPECT_EQ(ev["t-c"].cluster_articles, 3);
  EXPECT_EQ(*ev["t-d"].cluster_id, ev["t-d"].event_id);
  // A copy following the feed learns every label: each live event once more, as updated.
  std::map<std::string, std::string> kinds;  // event -> kinds since the migration
  ASSERT_TRUE(s->changes(std::to_string(last), [&](const Change& c) { kinds[c.event_id] += c.kind; }).ok);
  EXPECT_EQ(kinds.size(), 4u);
  for (const auto& [id, kind] : kinds) EXPECT_EQ(kind, "updated") << id;
}

}  // namespace
}  // namespace rasd::store

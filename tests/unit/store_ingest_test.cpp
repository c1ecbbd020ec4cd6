// `rasd ingest` as a library call (store/ingest.h) over the whole pipeline: a second run over the
// same input changes nothing, and a process killed in the middle of a batch leaves a store that
// a rerun turns into exactly the store of an uninterrupted run; two ingests at once both land.
// Each test runs on SQLite and on a real PostgreSQL.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <set>
#include <sstream>

#include "rasd/store/ingest.h"
#include "store_helpers.h"

namespace rasd::store {
namespace {

using test_support::Backend;
using test_support::BackendStores;

// Short articles written for this test, as JSON Lines: numbers first..last, then one that fails.
std::string articles(int first = 1, int last = 20) {
  std::string out;
  for (int n = first; n <= last; ++n) {
    out += "{\"id\": \"art-" + std::to_string(n) + "\", \"published\": \"2024-02-" + (n < 10 ? "0" : "") +
           std::to_string(n) + "\", \"text\": \"اعتقلت الشرطة " + std::to_string(n + 2) +
           " أشخاص في مدينة حمص يوم الأحد. وتظاهر " + std::to_string(n * 10) +
           " شخصا أمام المحكمة احتجاجا على اعتقالهم.\"}\n";
  }
  out += "{\"id\": \"broken\", \"text\": 7}\n";  // fails extraction: stored with its error
  return out;
}

const Pipeline& pipeline() {
  static const Pipeline p;
  return p;
}

StoreOptions pinned_clock() {
  StoreOptions o;
  o.clock = [] { return std::string("2026-02-01T00:00:00.000Z"); };
  return o;
}

IngestStats ingest_into(Store& store, std::function<void(size_t)> after = {}, const std::string& input = articles()) {
  IngestOptions o;
  o.extract.format = io::InputFormat::kJsonl;
  o.batch_size = 3;
  o.engine_version = "test-engine";
  o.after_article = std::move(after);
  Ingester ingester(store, pipeline(), o);
  std::istringstream in(input);
  ingester.read(in, "articles");
  Status done = ingester.finish();
  EXPECT_TRUE(done.ok) << done.message;
  return ingester.stats();
}

IngestStats ingest(const std::string& path, std::function<void(size_t)> after = {}, const std::string& input = articles()) {
  std::unique_ptr<Store> store;
  Status s = open_store(path, pinned_clock(), store);
  EXPECT_TRUE(s.ok) << s.message;
  if (!store) return {};
  return ingest_into(*store, std::move(after), input);
}

// A real store whose process dies right after its n-th put: inside a batch's transaction, with
// rows written and not committed.
class DyingStore : public Store {
 public:
  DyingStore(Store& real, size_t die_after) : real_(real), die_after_(die_after) {}
  Status begin() override { return real_.begin(); }
  Status commit() override { return real_.commit(); }
  void rollback() override { real_.rollback(); }
  Status put(const ArticleRow& a, PutResult& r, bool force) override {
    Status s = real_.put(a, r, force);
    if (++puts_ == die_after_) std::raise(SIGKILL);
    return s;
  }
  Status query(const EventQuery& q, const std::function<void(const StoredEvent&)>& s) override { return real_.query(q, s); }
  Status changes(std::string_view since, const std::function<void(const Change&)>& s) override {
    return real_.changes(since, s);
  }
  Status article_text(std::string_view id, std::optional<std::string>& t) override { return real_.article_text(id, t); }
  Status article(std::string_view id, std::optional<StoredArticle>& a) override { return real_.article(id, a); }
  Status quotes(const QuoteQuery& q, const std::function<void(const StoredQuote&)>& s) override { return real_.quotes(q, s); }
  Status quote_count(const QuoteQuery& q, int64_t& n) override { return real_.quote_count(q, n); }

 private:
  Store& real_;
  size_t die_after_, puts_ = 0;
};

class StoreIngestTest : public testing::TestWithParam<Backend> {};
INSTANTIATE_TEST_SUITE_P(, StoreIngestTest, testing::Values(Backend::kSqlite, Backend::kPostgres),
                         test_support::backend_name);

TEST_P(StoreIngestTest, ASecondRunOverTheSameInputChangesNothing) {
  BackendStores stores(GetParam());
  IngestStats first = ingest(stores.url());
  EXPECT_EQ(first.articles, 21u);
  EXPECT_EQ(first.added, 20u);
  EXPECT_EQ(first.failed, 1u);
  EXPECT_GT(first.events_added, 20u);  // every article tells of an arrest and a protest
  std::string before = stores.dump();
  IngestStats second = ingest(stores.url());
  EXPECT_EQ(second.unchanged, 20u);
  EXPECT_EQ(second.added + second.updated, 0u);
  EXPECT_EQ(second.events_added + second.events_updated + second.events_deleted, 0u);
  EXPECT_EQ(stores.dump(), before);
  EXPECT_EQ(summary_line(second).substr(0, 50), "21 articles: 0 new, 0 updated, 20 unchanged, 1 fai");
}

TEST_P(StoreIngestTest, AKillInTheMiddleOfABatchThenARerunGivesTheUninterruptedStore) {
  BackendStores stores(GetParam());
  ingest(stores.url("whole"));
  // Batches of 3 commit after articles 3 and 6. Die holding 7 and 8 processed but not written,
  // then again with 7 and 8 written inside the open transaction (ids, sequence numbers taken).
  for (bool mid_write : {false, true}) {
    SCOPED_TRACE(mid_write ? "killed while writing" : "killed while processing");
    std::string killed = stores.url(mid_write ? "killed-writing" : "killed");  // created before the fork
    pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      if (!mid_write) ingest(killed, [](size_t n) { if (n == 8) std::raise(SIGKILL); });
      std::unique_ptr<Store> real;
      if (open_store(killed, pinned_clock(), real).ok) {
        DyingStore dying(*real, 8);
        ingest_into(dying);
      }
      _exit(0);  // not reached
    }
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
    std::string partial = stores.dump(mid_write ? "killed-writing" : "killed");
    EXPECT_NE(partial.find("art-6\t"), std::string::npos);
    EXPECT_EQ(partial.find("art-7\t"), std::string::npos);  // the open batch left nothing

    IngestStats rerun = ingest(killed);
    EXPECT_EQ(rerun.unchanged, 6u);
    EXPECT_EQ(rerun.added, 14u);
    EXPECT_EQ(stores.dump(mid_write ? "killed-writing" : "killed"), stores.dump("whole"));
  }
}

TEST_P(StoreIngestTest, TwoIngestsAtOnceBothLandWhole) {
  BackendStores stores(GetParam());
  std::string url = stores.url();
  ingest(url, {}, "");  // the schema exists, so both processes race on batches, not on set-up
  // Two processes (as two `rasd ingest` runs), each with its own half, in batches of 3.
  pid_t kids[2];
  for (int k = 0; k < 2; ++k) {
    kids[k] = fork();
    ASSERT_GE(kids[k], 0);
    if (kids[k] == 0) {
      IngestStats s = ingest(url, {}, k == 0 ? articles(1, 10) : articles(11, 20));
      _exit(s.added == 10 && !testing::Test::HasFailure() ? 0 : 1);
    }
  }
  for (pid_t kid : kids) {
    int status = 0;
    ASSERT_EQ(waitpid(kid, &status, 0), kid);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << status;
  }
  // Every article once, every event once, and the feed's sequence numbers unique and complete.
  std::unique_ptr<Store> store;
  ASSERT_TRUE(open_store(url, pinned_clock(), store).ok);
  std::set<std::string> articles_seen, events_seen;
  size_t events = 0;
  ASSERT_TRUE(store->query({.all = true}, [&](const StoredEvent& e) {
    ++events;
    articles_seen.insert(e.article_id);
    events_seen.insert(e.event_id);
  }).ok);
  EXPECT_EQ(articles_seen.size(), 20u);
  EXPECT_EQ(events_seen.size(), events);
  std::vector<Change> feed;
  ASSERT_TRUE(store->changes("0", [&](const Change& c) { feed.push_back(c); }).ok);
  // Each event added once; the neighbouring days' arrests also regroup, so later 'updated' rows
  // come from labelling (one article's batch joins another's happening).
  size_t added = 0;
  for (size_t i = 0; i < feed.size(); ++i) {
    EXPECT_EQ(feed[i].seq, static_cast<int64_t>(i + 1));
    if (feed[i].kind == "added") ++added;
    else EXPECT_EQ(feed[i].kind, "updated");
  }
  EXPECT_EQ(added, events);
  // A second run over both halves finds all of it stored.
  IngestStats again = ingest(url, {}, articles(1, 20));
  EXPECT_EQ(again.unchanged, 20u);
  EXPECT_EQ(again.added, 0u);
}

// A store whose disk "fills up" at the n-th article: everything else goes to a real store.
class FailingStore : public Store {
 public:
  FailingStore(Store& real, size_t fail_at) : real_(real), fail_at_(fail_at) {}
  Status begin() override { return real_.begin(); }
  Status commit() override { return real_.commit(); }
  void rollback() override { real_.rollback(); }
  Status put(const ArticleRow& a, PutResult& r, bool force) override {
    if (++puts_ == fail_at_) return Status::error("database or disk is full");
    return real_.put(a, r, force);
  }
  Status query(const EventQuery& q, const std::function<void(const StoredEvent&)>& s) override { return real_.query(q, s); }
  Status changes(std::string_view since, const std::function<void(const Change&)>& s) override {
    return real_.changes(since, s);
  }
  Status article_text(std::string_view id, std::optional<std::string>& t) override { return real_.article_text(id, t); }
  Status article(std::string_view id, std::optional<StoredArticle>& a) override { return real_.article(id, a); }
  Status quotes(const QuoteQuery& q, const std::function<void(const StoredQuote&)>& s) override { return real_.quotes(q, s); }
  Status quote_count(const QuoteQuery& q, int64_t& n) override { return real_.quote_count(q, n); }

 private:
  Store& real_;
  size_t fail_at_, puts_ = 0;
};

TEST_P(StoreIngestTest, AStoreErrorRollsBackItsBatchAndStopsTheIngest) {
  BackendStores stores(GetParam());
  std::unique_ptr<Store> real;
  ASSERT_TRUE(open_store(stores.url(), pinned_clock(), real).ok);
  FailingStore failing(*real, 8);  // batches of 3: articles 7 and 8 share the failing batch
  IngestOptions o;
  o.extract.format = io::InputFormat::kJsonl;
  o.batch_size = 3;
  o.engine_version = "test-engine";
  {
    Ingester ingester(failing, pipeline(), o);
    std::istringstream in(articles());
    ingester.read(in, "articles");
    Status s = ingester.finish();
    EXPECT_FALSE(s.ok);
    EXPECT_NE(s.message.find("disk is full"), std::string::npos);
    EXPECT_EQ(ingester.stats().articles, 6u);  // the summary counts what was stored
  }
  std::string stored = stores.dump();
  EXPECT_NE(stored.find("art-6\t"), std::string::npos);
  EXPECT_EQ(stored.find("art-7\t"), std::string::npos);  // rolled back with its batch
  EXPECT_EQ(stored.find("art-9\t"), std::string::npos);  // nothing after the error
  // The rerun on a healthy store completes it.
  real.reset();
  IngestStats rerun = ingest(stores.url());
  EXPECT_EQ(rerun.unchanged, 6u);
  EXPECT_EQ(rerun.added, 14u);
}

}  // namespace
}  // namespace rasd::store

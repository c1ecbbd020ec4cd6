// `rasd ingest` as a library call (store/ingest.h) over the whole pipeline: a second run over the
// same input changes nothing, and a process killed in the middle of a batch leaves a store that
// a rerun turns into exactly the store of an uninterrupted run.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <sstream>

#include "rasd/store/ingest.h"
#include "store_helpers.h"

namespace rasd::store {
namespace {

using test_support::dump;
using test_support::TempStore;

// Twenty short articles written for this test, as JSON Lines.
std::string articles() {
  std::string out;
  for (int n = 1; n <= 20; ++n) {
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

IngestStats ingest(const std::string& path, std::function<void(size_t)> after = {}) {
  std::unique_ptr<Store> store;
  Status s = open_store(path, pinned_clock(), store);
  EXPECT_TRUE(s.ok) << s.message;
  IngestOptions o;
  o.extract.format = io::InputFormat::kJsonl;
  o.batch_size = 3;
  o.engine_version = "test-engine";
  o.after_article = std::move(after);
  Ingester ingester(*store, pipeline(), o);
  std::istringstream in(articles());
  ingester.read(in, "articles");
  Status done = ingester.finish();
  EXPECT_TRUE(done.ok) << done.message;
  return ingester.stats();
}

TEST(StoreIngestTest, ASecondRunOverTheSameInputChangesNothing) {
  TempStore tmp;
  IngestStats first = ingest(tmp.path());
  EXPECT_EQ(first.articles, 21u);
  EXPECT_EQ(first.added, 20u);
  EXPECT_EQ(first.failed, 1u);
  EXPECT_GT(first.events_added, 20u);  // every article tells of an arrest and a protest
  std::string before = dump(tmp.path());
  IngestStats second = ingest(tmp.path());
  EXPECT_EQ(second.unchanged, 20u);
  EXPECT_EQ(second.added + second.updated, 0u);
  EXPECT_EQ(second.events_added + second.events_updated + second.events_deleted, 0u);
  EXPECT_EQ(dump(tmp.path()), before);
  EXPECT_EQ(summary_line(second).substr(0, 50), "21 articles: 0 new, 0 updated, 20 unchanged, 1 fai");
}

TEST(StoreIngestTest, AKillInTheMiddleOfABatchThenARerunGivesTheUninterruptedStore) {
  TempStore tmp;
  ingest(tmp.path("whole.db"));

  pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    // Batches of 3 commit after articles 3 and 6; die holding 7 and 8 in an open transaction.
    ingest(tmp.path("killed.db"), [](size_t n) { if (n == 8) std::raise(SIGKILL); });
    _exit(0);  // not reached
  }
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL);
  std::string partial = dump(tmp.path("killed.db"));
  EXPECT_NE(partial.find("art-6\t"), std::string::npos);
  EXPECT_EQ(partial.find("art-7\t"), std::string::npos);  // the open batch left nothing

  IngestStats rerun = ingest(tmp.path("killed.db"));
  EXPECT_EQ(rerun.unchanged, 6u);
  EXPECT_EQ(rerun.added, 14u);
  EXPECT_EQ(dump(tmp.path("killed.db")), dump(tmp.path("whole.db")));
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

 private:
  Store& real_;
  size_t fail_at_, puts_ = 0;
};

TEST(StoreIngestTest, AStoreErrorRollsBackItsBatchAndStopsTheIngest) {
  TempStore tmp;
  std::unique_ptr<Store> real;
  ASSERT_TRUE(open_store(tmp.path(), pinned_clock(), real).ok);
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
  std::string stored = dump(tmp.path());
  EXPECT_NE(stored.find("art-6\t"), std::string::npos);
  EXPECT_EQ(stored.find("art-7\t"), std::string::npos);  // rolled back with its batch
  EXPECT_EQ(stored.find("art-9\t"), std::string::npos);  // nothing after the error
  // The rerun on a healthy store completes it.
  IngestStats rerun = ingest(tmp.path());
  EXPECT_EQ(rerun.unchanged, 6u);
  EXPECT_EQ(rerun.added, 14u);
}

}  // namespace
}  // namespace rasd::store

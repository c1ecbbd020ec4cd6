// Count claims in the store (issue 17, disputed figures): every telling's figure of an event is
// kept in its content beside the chosen one, in code points, on SQLite and on PostgreSQL alike;
// a re-ingest is unchanged only when the claims are too; a store written before claims were
// stored (content version 1) keeps working and says its claims are unknown until the article is
// processed again. The texts are written for this test.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <tuple>

#include "rasd/store/event_content.h"
#include "rasd/store/export.h"
#include "rasd/store/store.h"
#include "store_helpers.h"

namespace rasd::store {
namespace {

using test_support::Backend;
using test_support::BackendStores;
using test_support::make_doc;

// An emoji and vowel marks before the figures: byte, UTF-16 and code-point offsets all differ.
const std::string kTollText =
    "🔴 عاجل: قُتل ستة مدنيين في قصف مدفعي على سوق شعبي بمدينة حمص صباح الخميس. "
    "وقال مسعفون لاحقا إن عدد القتلى ارتفع إلى أحد عشر، فيما أصيب نحو عشرين آخرين.";

Span bytes_of(const std::string& text, const std::string& part) {
  size_t at = text.find(part);
  EXPECT_NE(at, std::string::npos) << part;
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + part.size())};
}

uint32_t cp_of(const std::string& text, size_t bytes) {
  uint32_t n = 0;
  for (size_t i = 0; i < bytes; ++i) n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  return n;
}

std::pair<std::string, EventCount> count(const std::string& text, const std::string& role, const std::string& words,
                                         double value, Qualifier q = Qualifier::kExact) {
  EventCount c;
  c.quantity.span = bytes_of(text, words);
  c.quantity.value = value;
  c.quantity.qualifier = q;
  if (q == Qualifier::kApprox) c.quantity.min = value * 0.8, c.quantity.max = value * 1.2;
  return {role, c};
}

// One shelling told twice: the first telling says six dead, the later one eleven; the injured
// are told once. The chosen dead figure is the first precise one (kCountRule).
Document toll_doc(const std::string& later = "أحد عشر", double later_value = 11, const std::string& text = kTollText) {
  Document d = make_doc("toll", text, CivilDate{2025, 6, 6},
                        {{.type = "ASSAULT", .trigger = "قصف", .date = CivilDate{2025, 6, 5}, .country = "SY"}});
  Event& e = d.events[0];
  e.mentions.push_back(bytes_of(text, "ارتفع"));
  e.counts = {count(text, "dead", "ستة", 6), count(text, "injured", "نحو عشرين", 20, Qualifier::kApprox)};
  e.count_claims = {e.counts[0], count(text, "dead", later, later_value), e.counts[1]};
  return d;
}

struct Store1 {
  Backend backend;
  BackendStores stores;
  std::string now = "2026-02-01T08:00:00.000Z";
  std::unique_ptr<Store> store;
  explicit Store1(Backend b) : backend(b), stores(b) {
    StoreOptions o;
    o.clock = [this] { return now; };
    Status s = open_store(stores.url(), o, store);
    EXPECT_TRUE(s.ok) << s.message;
    if (!store) throw std::runtime_error("no store: " + s.message);
  }
  PutResult put(const Document& doc, const std::string& engine = "engine-1", bool force = false) {
    PutResult r;
    EXPECT_TRUE(store->begin().ok);
    Status s = store->put(flatten(doc, engine), r, force);
    EXPECT_TRUE(s.ok) << s.message;
    EXPECT_TRUE(store->commit().ok);
    return r;
  }
  std::vector<StoredEvent> query() {
    std::vector<StoredEvent> out;
    EventQuery q;
    q.all = true;
    EXPECT_TRUE(store->query(q, [&](const StoredEvent& e) { out.push_back(e); }).ok);
    return out;
  }
  std::vector<Change> changes(const std::string& since) {
    std::vector<Change> out;
    EXPECT_TRUE(store->changes(since, [&](const Change& c) { out.push_back(c); }).ok);
    return out;
  }
};

// ---- rows (backend-neutral) --------------------------------------------------------------------
TEST(StoreClaimsRowsTest, EveryTellingsFigureIsFlattenedInCodePointsWithTheChosenOneMarked) {
  ArticleRow a = flatten(toll_doc(), "engine-1");
  ASSERT_EQ(a.events.size(), 1u);
  const EventRow& e = a.events[0];
  EXPECT_EQ(std::get<double>(e.at("dead")), 6);  // the column keeps the chosen figure only
  ASSERT_EQ(e.claims.size(), 3u);
  EXPECT_EQ(e.count_rule, kCountRule);
  struct Want { const char* role; const char* words; double value; bool chosen; };
  const Want want[] = {{"dead", "ستة", 6, true}, {"dead", "أحد عشر", 11, false}, {"injured", "نحو عشرين", 20, true}};
  for (size_t i = 0; i < 3; ++i) {
    const ClaimRow& c = e.claims[i];
    EXPECT_EQ(c.role, want[i].role);
    EXPECT_EQ(c.text, want[i].words);
    EXPECT_EQ(c.value, want[i].value);
    EXPECT_EQ(c.chosen, want[i].chosen) << i;
    size_t at = kTollText.find(want[i].words);
    EXPECT_EQ(c.start, cp_of(kTollText, at));  // code points, not bytes
    EXPECT_EQ(c.end - c.start, cp_of(want[i].words, std::string(want[i].words).size()));
  }
  EXPECT_EQ(e.claims[2].qualifier, "approx");
  EXPECT_EQ(e.claims[2].min, 16);
  EXPECT_FALSE(e.claims[0].min.has_value());  // an exact figure has no bounds written

  // The content reads back whole, as version 2.
  std::string json = e.content_json();
  EventContent back;
  ASSERT_TRUE(parse_event_content(json, back));
  EXPECT_EQ(back.version, 2);
  EXPECT_TRUE(content_has_claims(json));
  EXPECT_EQ(back.count_rule, std::string(kCountRule));
  ASSERT_TRUE(back.claims.has_value());
  ASSERT_EQ(back.claims->size(), 3u);
  for (size_t i = 0; i < 3; ++i) {
    const ClaimRow &x = (*back.claims)[i], &y = e.claims[i];
    EXPECT_EQ(std::tie(x.role, x.text, x.value, x.min, x.max, x.qualifier, x.start, x.end, x.chosen),
              std::tie(y.role, y.text, y.value, y.min, y.max, y.qualifier, y.start, y.end, y.chosen));
  }
}

TEST(StoreClaimsRowsTest, AnEventWithoutFiguresHasAnEmptyListAndOtherRolesAreNotClaims) {
  Document d = toll_doc();
  d.events[0].counts.clear();
  d.events[0].count_claims = {count(kTollText, "displaced", "عشرين", 20)};  // a role no column holds
  EventRow e = flatten(d, "engine-1").events[0];
  EXPECT_TRUE(e.claims.empty());
  EventContent back;
  ASSERT_TRUE(parse_event_content(e.content_json(), back));
  ASSERT_TRUE(back.claims.has_value());  // known to be none, not unknown
  EXPECT_TRUE(back.claims->empty());
  EXPECT_NE(e.content_json().find("\"count_claims\":[]"), std::string::npos);
}

TEST(StoreClaimsRowsTest, AVersion1ContentHasUnknownClaims) {
  std::string v1 = test_support::version1_content(flatten(toll_doc(), "engine-1").events[0].content_json());
  EXPECT_FALSE(content_has_claims(v1));
  EventContent back;
  ASSERT_TRUE(parse_event_content(v1, back));
  EXPECT_EQ(back.version, 1);
  EXPECT_FALSE(back.claims.has_value());
  EXPECT_FALSE(back.count_rule.has_value());
  EXPECT_EQ(back.mentions.size(), 2u);  // what version 1 held still reads
  // A quote in a stored word cannot pass for the member: inside a string it is escaped.
  Document d = toll_doc();
  d.events[0].actor.push_back({"\"count_claims\":", "", "", -1, -1, 0});
  std::string tricky = test_support::version1_content(flatten(d, "engine-1").events[0].content_json());
  EXPECT_FALSE(content_has_claims(tricky));
}

// ---- the store, on each backend ----------------------------------------------------------------
class StoreClaimsTest : public testing::TestWithParam<Backend> {};
INSTANTIATE_TEST_SUITE_P(, StoreClaimsTest, testing::Values(Backend::kSqlite, Backend::kPostgres),
                         test_support::backend_name);

TEST_P(StoreClaimsTest, TellingsThatDisagreeAreStoredSideBySideAndExportedInJsonl) {
  Store1 s(GetParam());
  s.put(toll_doc());
  auto events = s.query();
  ASSERT_EQ(events.size(), 1u);
  std::string line;
  write_event_jsonl(events[0], line);
  simdjson::dom::parser parser;
  simdjson::dom::element j;
  ASSERT_FALSE(parser.parse(line).get(j)) << line;
  simdjson::dom::array claims;
  ASSERT_FALSE(j["count_claims"].get_array().get(claims)) << line;
  ASSERT_EQ(claims.size(), 3u);
  std::vector<double> dead;
  for (auto c : claims) {
    uint64_t a = c["figure"]["start"], b = c["figure"]["end"];
    // The words are where the offsets say, in the stored text counted in code points.
    std::string_view words = c["text"];
    size_t at = kTollText.find(std::string(words));
    ASSERT_NE(at, std::string::npos);
    EXPECT_EQ(a, cp_of(kTollText, at));
    EXPECT_EQ(b, cp_of(kTollText, at + words.size()));
    if (std::string_view(c["role"]) == "dead") dead.push_back(double(c["figure"]["value"]));
  }
  EXPECT_EQ(dead, (std::vector<double>{6, 11}));
  EXPECT_EQ(double(j["dead"]), 6);
  EXPECT_EQ(std::string_view(j["count_rule"]), kCountRule);
}

TEST_P(StoreClaimsTest, ReIngestIsUnchangedOnlyWhileTheClaimsAreTheSame) {
  Store1 s(GetParam());
  s.put(toll_doc());
  std::string before = s.stores.dump();
  s.now = "2026-02-02T08:00:00.000Z";
  EXPECT_EQ(s.put(toll_doc()).fate, ArticleFate::kUnchanged);
  // Processed again (--force): same claims, so the event is unchanged and the feed quiet.
  PutResult forced = s.put(toll_doc(), "engine-1", true);
  EXPECT_EQ(forced.events_unchanged, 1u);
  EXPECT_EQ(forced.events_updated, 0u);
  auto feed = s.changes("0");
  ASSERT_EQ(feed.size(), 1u);
  EXPECT_EQ(feed[0].kind, "added");

  // A new engine reads the later telling as twelve: only a claim changed, the chosen figure did
  // not, and still the event is updated and the feed says so with the new claims.
  std::string later = "وقال مسعفون لاحقا إن عدد القتلى ارتفع إلى اثني عشر، فيما أصيب نحو عشرين آخرين.";
  std::string text2 = kTollText.substr(0, kTollText.find("وقال")) + later;
  s.now = "2026-02-03T08:00:00.000Z";
  PutResult r = s.put(toll_doc("اثني عشر", 12, text2), "engine-2");
  EXPECT_EQ(r.events_updated, 1u);
  feed = s.changes("2026-02-03");
  ASSERT_EQ(feed.size(), 1u);
  EXPECT_EQ(feed[0].kind, "updated");
  ASSERT_TRUE(feed[0].event.has_value());
  EXPECT_EQ(std::get<double>(feed[0].event->row.at("dead")), 6);
  EventContent c;
  ASSERT_TRUE(parse_event_content(feed[0].event->content, c));
  ASSERT_TRUE(c.claims && c.claims->size() == 3u);
  EXPECT_EQ((*c.claims)[1].value, 12);
  EXPECT_EQ((*c.claims)[1].text, "اثني عشر");
  EXPECT_FALSE((*c.claims)[1].chosen);
}

// A store an older rasd wrote (content version 1) keeps being read: its claims are null, not
// made up and not an empty list; the same article with the same engine stays unchanged (nothing
// is reprocessed), and processing it again brings the claims as an ordinary update in the feed.
TEST_P(StoreClaimsTest, AVersion1RowReadsAsUnknownClaimsUntilItsArticleIsProcessedAgain) {
  Store1 s(GetParam());
  s.put(toll_doc());
  auto events = s.query();
  ASSERT_EQ(events.size(), 1u);
  test_support::make_version1(s.backend, s.stores.url(), events[0].event_id, events[0].content);
  events = s.query();
  ASSERT_EQ(events.size(), 1u);
  EXPECT_FALSE(content_has_claims(events[0].content));
  std::string line;
  write_event_jsonl(events[0], line);
  simdjson::dom::parser parser;
  simdjson::dom::element j;
  ASSERT_FALSE(parser.parse(line).get(j)) << line;
  EXPECT_TRUE(j["count_claims"].is_null()) << line;
  EXPECT_EQ(line.find("count_claims"), line.rfind("count_claims"));  // said once
  EXPECT_EQ(double(j["dead"]), 6);  // the columns are whole

  std::string old_dump = s.stores.dump();
  s.now = "2026-02-04T08:00:00.000Z";
  EXPECT_EQ(s.put(toll_doc()).fate, ArticleFate::kUnchanged);
  EXPECT_EQ(s.stores.dump(), old_dump);

  PutResult r = s.put(toll_doc(), "engine-2");
  EXPECT_EQ(r.fate, ArticleFate::kUpdated);
  EXPECT_EQ(r.events_updated, 1u);
  auto feed = s.changes("2026-02-04");
  ASSERT_EQ(feed.size(), 1u);
  EXPECT_EQ(feed[0].kind, "updated");
  EXPECT_EQ(feed[0].event_id, events[0].event_id);  // the same id: only its content grew
  ASSERT_TRUE(feed[0].event.has_value());
  EXPECT_TRUE(content_has_claims(feed[0].event->content));
}

// The same article on both backends is the same content, byte for byte.
TEST(StoreClaimsBackendsTest, SqliteAndPostgresHoldTheSameClaims) {
  Store1 lite(Backend::kSqlite), pg(Backend::kPostgres);
  lite.put(toll_doc());
  pg.put(toll_doc());
  auto a = lite.query(), b = pg.query();
  ASSERT_EQ(a.size(), 1u);
  ASSERT_EQ(b.size(), 1u);
  EXPECT_EQ(a[0].content, b[0].content);
  std::string la, lb;
  write_event_jsonl(a[0], la);
  write_event_jsonl(b[0], lb);
  EXPECT_EQ(la, lb);
  EXPECT_TRUE(content_has_claims(a[0].content));
}

}  // namespace
}  // namespace rasd::store

// The event store (src/rasd/store): stable ids, idempotent re-ingest, updates in place,
// tombstones, the change feed, every query filter and the CSV/JSON writers, on SQLite and on a
// real PostgreSQL (pg_test_server.h) with the same tests.
// Documents are built by hand (store_helpers.h) so these tests fix the store's behaviour
// whatever the engine finds; store_ingest_test.cpp drives the whole pipeline.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "rasd/store/export.h"
#include "rasd/store/identity.h"
#include "rasd/store/store.h"
#include "store_helpers.h"

namespace rasd::store {
namespace {

using test_support::Backend;
using test_support::BackendStores;
using test_support::EventSpec;
using test_support::make_doc;
using test_support::TempStore;

constexpr CivilDate kMar1{2024, 3, 1}, kMar2{2024, 3, 2}, kMay10{2024, 5, 10}, kMay11{2024, 5, 11};

// Sentences written for these tests.
const std::string kProtestText = "تظاهر مئات الطلاب في المدينة أمس. واعتقلت الشرطة عشرة منهم.";
const std::string kAttackText = "هاجم مسلحون قرية نائية فقتلوا ثلاثة من القرويين. ونفى الجيش أنه قصف القرية.";

// The protest article; without the arrest sentence when `arrest` is false.
Document protest_doc(const std::string& text = kProtestText, bool arrest = true) {
  std::vector<EventSpec> events = {{.type = "PROTEST", .trigger = "تظاهر", .date = kMar1, .country = "EG",
                                    .place = "المدينة", .actors = {"الطلاب"}}};
  if (arrest)
    events.push_back({.type = "COERCE", .trigger = "اعتقلت", .date = kMar1, .country = "EG",
                      .actors = {"الشرطة"}, .recipients = {"الطلاب"}});
  return make_doc("a-protest", text, kMar2, events);
}

Document attack_doc() {
  return make_doc("a-attack", kAttackText, kMay11,
                  {{.type = "ASSAULT", .trigger = "هاجم", .date = kMay10, .country = "SY",
                    .actors = {"مسلحون"}, .recipients = {"القرويين"}, .dead = 3},
                   {.type = "ASSAULT", .trigger = "قصف", .negated = true, .date = kMay10, .country = "SY",
                    .actors = {"الجيش"}},
                   {.type = "PROTEST", .trigger = "نائية", .modality = "future", .country = "SY"}});
}

struct Fixture {
  BackendStores stores;
  std::string now = "2026-01-01T10:00:00.000Z";
  std::unique_ptr<Store> store;
  explicit Fixture(Backend backend = Backend::kSqlite) : stores(backend) { reopen(); }
  void reopen() {
    store.reset();
    StoreOptions o;
    o.clock = [this] { return now; };
    Status s = open_store(stores.url(), o, store);
    EXPECT_TRUE(s.ok) << s.message;
    if (!store) throw std::runtime_error("no store: " + s.message);  // ends the test, not the process
  }
  std::string dump() { return stores.dump(); }
  PutResult put(const Document& doc, const std::string& engine = "engine-1", bool force = false) {
    PutResult r;
    EXPECT_TRUE(store->begin().ok);
    Status s = store->put(flatten(doc, engine), r, force);
    EXPECT_TRUE(s.ok) << s.message;
    EXPECT_TRUE(store->commit().ok);
    return r;
  }
  std::vector<StoredEvent> query(EventQuery q = {}) {
    std::vector<StoredEvent> out;
    Status s = store->query(q, [&](const StoredEvent& e) { out.push_back(e); });
    EXPECT_TRUE(s.ok) << s.message;
    return out;
  }
  std::vector<Change> changes(const std::string& since) {
    std::vector<Change> out;
    Status s = store->changes(since, [&](const Change& c) { out.push_back(c); });
    EXPECT_TRUE(s.ok) << s.message;
    return out;
  }
};

std::vector<std::string> types_of(const std::vector<StoredEvent>& events) {
  std::vector<std::string> out;
  for (const auto& e : events) out.push_back(e.row.type());
  return out;
}

std::string text_of(const Value& v) { return std::holds_alternative<std::string>(v) ? std::get<std::string>(v) : ""; }

// ---- identity (backend-neutral) ----------------------------------------------------------
EventRow row(const std::string& type, uint32_t start, uint32_t end) {
  EventRow r;
  r.at("type") = type;
  r.mentions.push_back({start, end, ""});
  return r;
}

TEST(StoreIdentityTest, SameTypeAndOverlapKeepTheIdOtherwiseNewOrDeleted) {
  std::vector<KnownEvent> known = {{"ev-a", "PROTEST", {{10, 20, ""}}, "c1", false},
                                   {"ev-b", "COERCE", {{40, 50, ""}}, "c2", false},
                                   {"ev-c", "ASSAULT", {{70, 80, ""}}, "c3", false}};
  // PROTEST moved a little (still overlapping), COERCE now another type, ASSAULT gone.
  std::vector<EventRow> fresh = {row("PROTEST", 15, 25), row("ASSAULT", 40, 50)};
  Reconciled r = reconcile("art", known, fresh, {"c1-changed", "c9"});
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_EQ(r.events[0].id, "ev-a");
  EXPECT_EQ(r.events[0].fate, Fate::kUpdated);
  EXPECT_EQ(r.events[1].fate, Fate::kAdded);  // same place, another type: not the same happening
  EXPECT_NE(r.events[1].id, "ev-b");
  EXPECT_EQ(r.deleted, (std::vector<std::string>{"ev-b", "ev-c"}));
}

TEST(StoreIdentityTest, SameContentIsUnchangedAndATombstoneComesBack) {
  std::vector<KnownEvent> known = {{"ev-a", "PROTEST", {{10, 20, ""}}, "c1", false},
                                   {"ev-t", "ASSAULT", {{30, 35, ""}}, "c2", true}};
  Reconciled r = reconcile("art", known, {row("PROTEST", 10, 20), row("ASSAULT", 33, 40)}, {"c1", "c2"});
  EXPECT_EQ(r.events[0].fate, Fate::kUnchanged);
  EXPECT_EQ(r.events[1].id, "ev-t");
  EXPECT_EQ(r.events[1].fate, Fate::kRestored);
  EXPECT_TRUE(r.deleted.empty());  // a tombstone is not deleted twice
}

TEST(StoreIdentityTest, TheLargestOverlapWinsAndEachKnownEventIsUsedOnce) {
  std::vector<KnownEvent> known = {{"ev-a", "PROTEST", {{10, 20, ""}}, "c", false}};
  Reconciled r = reconcile("art", known, {row("PROTEST", 18, 30), row("PROTEST", 10, 19)}, {"x", "y"});
  EXPECT_EQ(r.events[1].id, "ev-a");  // 9 shared code points beat 2
  EXPECT_EQ(r.events[0].fate, Fate::kAdded);
}

TEST(StoreIdentityTest, NewIdsAreDerivedFromArticleTypeAndMentionAndNeverCollide) {
  Reconciled a = reconcile("art", {}, {row("PROTEST", 5, 9), row("PROTEST", 5, 9)}, {"x", "y"});
  Reconciled b = reconcile("art", {}, {row("PROTEST", 5, 9)}, {"x"});
  Reconciled c = reconcile("other", {}, {row("PROTEST", 5, 9)}, {"x"});
  EXPECT_EQ(a.events[0].id, b.events[0].id);  // same input, same id: a rebuilt store agrees
  EXPECT_NE(a.events[0].id, a.events[1].id);
  EXPECT_NE(a.events[0].id, c.events[0].id);
  EXPECT_TRUE(a.events[0].id.starts_with("ev-"));
}

TEST(StoreIdentityTest, MentionsFollowTheirLinesWhenParagraphsAreAddedOrCut) {
  // Written for this test: three paragraphs; a new first paragraph is inserted and the
  // second one is cut.
  std::string old_text = "أ ب\nتظاهر الطلاب\nاعتقل شرطي\nانتهى";
  std::string new_text = "سطر جديد تماما\nأ ب\nاعتقل شرطي\nانتهى";
  auto cp = [](std::string_view s, std::string_view word) {
    size_t bytes = s.find(word);
    uint32_t n = 0;
    for (size_t i = 0; i < bytes; ++i) n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
    return n;
  };
  std::vector<KnownEvent> known = {
      {"ev-arrest", "COERCE", {{cp(old_text, "اعتقل"), cp(old_text, "اعتقل") + 5, ""}}, "c", false},
      {"ev-protest", "PROTEST", {{cp(old_text, "تظاهر"), cp(old_text, "تظاهر") + 5, ""}}, "c", false}};
  realign(known, old_text, new_text);
  EXPECT_EQ(known[0].mentions[0].start, cp(new_text, "اعتقل"));  // moved with its line
  EXPECT_EQ(known[0].mentions[0].end, cp(new_text, "اعتقل") + 5);
  Reconciled r = reconcile("art", known, {row("COERCE", cp(new_text, "اعتقل"), cp(new_text, "اعتقل") + 5)}, {"c"});
  EXPECT_EQ(r.events[0].id, "ev-arrest");
  EXPECT_EQ(r.events[0].fate, Fate::kUnchanged);
  EXPECT_EQ(r.deleted, (std::vector<std::string>{"ev-protest"}));  // its paragraph is gone
}

// ---- rows ----------------------------------------------------------------------------------
TEST(StoreRowsTest, StatusFollowsTheContractsReadingOfAsserted) {
  EXPECT_EQ(event_status("asserted", false, false), "asserted");
  EXPECT_EQ(event_status("reported", false, false), "asserted");  // a report is still news
  EXPECT_EQ(event_status("asserted", true, false), "negated");
  EXPECT_EQ(event_status("negated", false, false), "negated");
  EXPECT_EQ(event_status("planned", false, false), "future");
  EXPECT_EQ(event_status("conditional", false, false), "hypothetical");
  EXPECT_EQ(event_status("generic", false, false), "generic");
  EXPECT_EQ(event_status("asserted", false, true), "background");
}

TEST(StoreRowsTest, FlattenKeepsProvenanceAndCodePointMentions) {
  Document doc = protest_doc();
  ArticleRow a = flatten(doc, "engine-1");
  EXPECT_EQ(a.sha256, sha256_hex(doc.text));
  EXPECT_EQ(sha256_hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(a.published, "2024-03-02");
  ASSERT_EQ(a.events.size(), 2u);
  const EventRow& coerce = a.events[1];
  ASSERT_EQ(coerce.mentions.size(), 1u);
  // Code points, not bytes: the Arabic text is two bytes a letter.
  std::u32string_view trigger = U"اعتقلت";
  EXPECT_EQ(coerce.mentions[0].end - coerce.mentions[0].start, trigger.size());
  EXPECT_EQ(coerce.mentions[0].text, "اعتقلت");
  EXPECT_EQ(text_of(coerce.at("actor")), "الشرطة");
  // Hand-built documents have no sentences: the evidence is the mention; the pipeline's have.
  EXPECT_EQ(text_of(coerce.at("evidence")), "اعتقلت");
  Document split = doc;
  uint32_t second = static_cast<uint32_t>(doc.text.find("واعتقلت"));
  split.sentences = {{{0, second - 1}}, {{second, static_cast<uint32_t>(doc.text.size())}}};
  EXPECT_EQ(text_of(flatten(split, "engine-1").events[1].at("evidence")), "واعتقلت الشرطة عشرة منهم.");
  EXPECT_EQ(text_of(coerce.at("status")), "asserted");
  // Page structure the other rows do not hold, in code points.
  Document page = doc;
  page.boilerplate = {{second, static_cast<uint32_t>(doc.text.size())}};
  page.source_line = SourceLine{{0, 10}, {"وكالة"}, true};  // five letters, ten bytes
  ArticleRow p = flatten(page, "engine-1");
  EXPECT_EQ(p.boilerplate, "[{\"start\":34,\"end\":59}]");
  EXPECT_EQ(p.source_line, "{\"start\":0,\"end\":5,\"outlets\":[\"وكالة\"],\"agencies\":true}");
  EXPECT_EQ(a.boilerplate, "[]");
  EXPECT_FALSE(a.source_line.has_value());
  // Another publication date is another input even with the same text.
  Document redated = doc;
  redated.published_raw = "2024-03-03";
  EXPECT_NE(flatten(redated, "engine-1").input_sha256, a.input_sha256);
  EXPECT_EQ(flatten(redated, "engine-1").sha256, a.sha256);
}

// Background events (the discourse-status work adds Event::background) are kept out of the
// default query; while the engine has no such field, nothing is background.
template <class E>
bool mark_background(E& e) {
  if constexpr (requires { e.background; }) {
    e.background = true;
    return true;
  } else {
    return false;
  }
}

TEST(StoreRowsTest, ABackgroundEventIsNotAssertedNews) {
  Document doc = protest_doc();
  bool has_field = mark_background(doc.events[0]);
  ArticleRow a = flatten(doc, "engine-1");
  EXPECT_EQ(text_of(a.events[0].at("status")), has_field ? "background" : "asserted");
  EXPECT_EQ(std::get<int64_t>(a.events[0].at("background")), has_field ? 1 : 0);
  EXPECT_EQ(text_of(a.events[1].at("status")), "asserted");
}

// ---- the store, on each backend ----------------------------------------------------------------
class StoreTest : public testing::TestWithParam<Backend> {};
INSTANTIATE_TEST_SUITE_P(, StoreTest, testing::Values(Backend::kSqlite, Backend::kPostgres),
                         test_support::backend_name);

TEST_P(StoreTest, ReIngestingAnUnchangedArticleChangesNothing) {
  Fixture f(GetParam());
  EXPECT_EQ(f.put(protest_doc()).fate, ArticleFate::kNew);
  std::string before = f.dump();
  f.now = "2026-01-02T10:00:00.000Z";
  PutResult r = f.put(protest_doc());
  EXPECT_EQ(r.fate, ArticleFate::kUnchanged);
  EXPECT_EQ(r.events_added + r.events_updated + r.events_deleted, 0u);
  EXPECT_EQ(f.dump(), before);  // not even a timestamp moved
}

TEST_P(StoreTest, AChangedTextUpdatesInPlaceAndEventsKeepTheirIds) {
  Fixture f(GetParam());
  f.put(protest_doc());
  auto before = f.query();
  ASSERT_EQ(before.size(), 2u);
  f.now = "2026-01-02T10:00:00.000Z";
  // A correction after publication: a sentence added at the end with a new event.
  Document edited = protest_doc(kProtestText + " وأصيب شرطي بجروح.");
  edited.events.push_back(make_doc("x", edited.text, kMar2, {{.type = "ASSAULT", .trigger = "وأصيب"}}).events[0]);
  PutResult r = f.put(edited);
  EXPECT_EQ(r.fate, ArticleFate::kUpdated);
  EXPECT_EQ(r.events_added, 1u);
  EXPECT_EQ(r.events_unchanged, 2u);
  auto after = f.query();
  ASSERT_EQ(after.size(), 3u);
  std::set<std::string> ids;
  for (const auto& e : after) ids.insert(e.event_id);
  for (const auto& e : before) EXPECT_TRUE(ids.count(e.event_id)) << e.event_id;
  for (const auto& e : after)
    EXPECT_EQ(e.created_at.substr(0, 10), e.row.type() == "ASSAULT" ? "2026-01-02" : "2026-01-01");
  std::optional<std::string> text;
  ASSERT_TRUE(f.store->article_text("a-protest", text).ok);
  EXPECT_EQ(text, edited.text);
}

TEST_P(StoreTest, AParagraphAddedOnTopMovesTheMentionsAndKeepsTheIds) {
  Fixture f(GetParam());
  f.put(protest_doc());
  auto before = f.query();
  PutResult r = f.put(protest_doc("تحديث: أضيفت تفاصيل جديدة.\n" + kProtestText));
  EXPECT_EQ(r.events_updated, 2u);  // their offsets moved
  EXPECT_EQ(r.events_added + r.events_deleted, 0u);
  auto after = f.query();
  ASSERT_EQ(after.size(), before.size());
  for (size_t i = 0; i < after.size(); ++i) EXPECT_EQ(after[i].event_id, before[i].event_id);
}

TEST_P(StoreTest, ANewEngineVersionUpdatesTheArticleAndOnlyChangedEvents) {
  Fixture f(GetParam());
  f.put(protest_doc());
  Document better = protest_doc();
  better.events[1].counts.push_back({"arrested", EventCount{}});
  better.events[1].counts.back().second.quantity.value = 10;
  f.now = "2026-01-03T00:00:00.000Z";
  PutResult r = f.put(better, "engine-2");
  EXPECT_EQ(r.fate, ArticleFate::kUpdated);
  EXPECT_EQ(r.events_updated, 1u);
  EXPECT_EQ(r.events_unchanged, 1u);
  auto events = f.query({.types = {"COERCE"}});
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(std::get<double>(events[0].row.at("arrested")), 10);
  EXPECT_EQ(events[0].created_at, "2026-01-01T10:00:00.000Z");
  EXPECT_EQ(events[0].updated_at, "2026-01-03T00:00:00.000Z");
  // The same engine again: nothing to do.
  EXPECT_EQ(f.put(better, "engine-2").fate, ArticleFate::kUnchanged);
}

TEST_P(StoreTest, ARemovedEventLeavesATombstoneAndTheFeedListsChangesInOrder) {
  Fixture f(GetParam());
  f.put(protest_doc());
  f.now = "2026-01-02T00:00:00.000Z";
  // The arrest sentence is withdrawn.
  Document cut = protest_doc("تظاهر مئات الطلاب في المدينة أمس.", false);
  PutResult r = f.put(cut);
  EXPECT_EQ(r.events_deleted, 1u);
  EXPECT_EQ(types_of(f.query()), (std::vector<std::string>{"PROTEST"}));
  EXPECT_EQ(types_of(f.query({.all = true})), (std::vector<std::string>{"PROTEST"}));  // gone for --all too
  f.now = "2026-01-03T00:00:00.000Z";
  PutResult back = f.put(protest_doc());  // and restored
  EXPECT_EQ(back.events_added, 1u);

  auto feed = f.changes("0");
  std::vector<std::string> kinds;
  for (const auto& c : feed) kinds.push_back(c.kind + " " + c.at.substr(0, 10));
  EXPECT_EQ(kinds, (std::vector<std::string>{"added 2026-01-01", "added 2026-01-01", "deleted 2026-01-02",
                                             "added 2026-01-03"}));
  EXPECT_EQ(feed[2].event_id, feed[3].event_id);  // the same id comes back
  EXPECT_EQ(feed[1].event_id, feed[2].event_id);
  EXPECT_TRUE(feed[3].event.has_value());
  for (size_t i = 1; i < feed.size(); ++i) EXPECT_GT(feed[i].seq, feed[i - 1].seq);
  // A time cursor is inclusive, a sequence cursor exclusive.
  EXPECT_EQ(f.changes("2026-01-02T00:00:00.000Z").size(), 2u);
  EXPECT_EQ(f.changes("2026-01-02").size(), 2u);
  EXPECT_EQ(f.changes("2026-01-02T00:00:00Z").size(), 2u);  // without milliseconds: the same instant
  EXPECT_EQ(f.changes("2026-01-02T00:00").size(), 2u);
  EXPECT_EQ(f.changes("2026-01-02T00:00:00.001Z").size(), 1u);
  EXPECT_EQ(f.changes(std::to_string(feed[2].seq)).size(), 1u);
  EXPECT_TRUE(f.changes("2027-01-01").empty());
}

TEST_P(StoreTest, ChangeCursorsAreSequenceNumbersOrIsoTimes) {
  EXPECT_EQ(change_cursor("42"), "42");
  EXPECT_EQ(change_cursor("2026-01-02"), "2026-01-02");
  EXPECT_EQ(change_cursor("2026-01-02T03:04"), "2026-01-02T03:04:00.000Z");
  EXPECT_EQ(change_cursor("2026-01-02T03:04:05Z"), "2026-01-02T03:04:05.000Z");
  EXPECT_EQ(change_cursor("2026-01-02T03:04:05.5"), "2026-01-02T03:04:05.500Z");
  EXPECT_EQ(change_cursor("2026-01-02T03:04:05.123456Z"), "2026-01-02T03:04:05.123Z");
  for (const char* bad : {"", "yesterday", "2026-1-2", "2026-01-02 03:04", "2026-01-02T03", "2026-01-02T03:04:05.",
                          "2026-01-02T03:04:05+03:00", "-5"})
    EXPECT_FALSE(change_cursor(bad).has_value()) << bad;
  Fixture f(GetParam());
  EXPECT_FALSE(f.store->changes("yesterday", [](const Change&) {}).ok);
}

TEST_P(StoreTest, EveryFilter) {
  Fixture f(GetParam());
  f.put(protest_doc());
  f.put(attack_doc());
  auto q = [&](EventQuery query) { return types_of(f.query(query)); };
  using V = std::vector<std::string>;
  // Default: asserted events only, in date order.
  EXPECT_EQ(q({}), (V{"PROTEST", "COERCE", "ASSAULT"}));
  EXPECT_EQ(q({.all = true}).size(), 5u);
  EXPECT_EQ(q({.statuses = {"negated"}}), (V{"ASSAULT"}));
  EXPECT_EQ(q({.statuses = {"future", "negated"}}), (V{"ASSAULT", "PROTEST"}));
  // Event dates (inclusive); an undated event drops out of any date filter.
  EXPECT_EQ(q({.date_from = "2024-03-02"}), (V{"ASSAULT"}));
  EXPECT_EQ(q({.date_to = "2024-03-01"}), (V{"PROTEST", "COERCE"}));
  EXPECT_EQ(q({.date_from = "2024-01-01", .all = true}).size(), 4u);
  // Publication dates.
  EXPECT_EQ(q({.published_from = "2024-05-11", .published_to = "2024-05-11"}), (V{"ASSAULT"}));
  EXPECT_EQ(q({.published_to = "2024-05-10"}), (V{"PROTEST", "COERCE"}));
  // Type and country, any of several.
  EXPECT_EQ(q({.types = {"COERCE", "ASSAULT"}}), (V{"COERCE", "ASSAULT"}));
  EXPECT_EQ(q({.countries = {"SY"}}), (V{"ASSAULT"}));
  EXPECT_EQ(q({.countries = {"EG", "SY"}}).size(), 3u);
  // Party names on the normalised key: «الشرطه» finds «الشرطة», a part of a name is enough.
  EXPECT_EQ(q({.actor = "الشرطه"}), (V{"COERCE"}));
  EXPECT_EQ(q({.actor = "مسلح"}), (V{"ASSAULT"}));
  EXPECT_EQ(q({.recipient = "الطلاب"}), (V{"COERCE"}));
  EXPECT_TRUE(q({.recipient = "الشرطة"}).empty());
  EXPECT_TRUE(q({.actor = "%"}).empty());  // LIKE's wildcards are literal text
  EXPECT_EQ(q({.all = true, .article = "a-attack"}).size(), 3u);
}

// Written for this test: an air raid on a hill town (with a title), a shooting in another
// country whose admin1 code is the same digits, and two events on either side of the antimeridian.
std::vector<Document> placed_docs() {
  Document north = make_doc("a-north", "قصفت طائرات حربية سوقا في بلدة جبلية فقتلت سبعة مدنيين. وأطلقت الشرطة الغاز على محتجين.",
                            kMar2,
                            {{.type = "ASSAULT", .trigger = "قصفت", .date = kMar1, .country = "SY", .place = "بلدة جبلية",
                              .dead = 7, .modes = {"aerial"}, .admin1 = "09", .geonames_id = 170063, .lat = 36.2, .lon = 37.15},
                             {.type = "COERCE", .trigger = "وأطلقت", .date = kMar1, .country = "SY",
                              .modes = {"crowd-control", "arrest"}}});
  north.title = "غارة على سوق في الشمال";
  Document south = make_doc("a-south", "أطلق مسلحون النار على حافلة فقتلوا راكبين.", kMay11,
                            {{.type = "ASSAULT", .trigger = "أطلق", .date = kMay10, .country = "YE", .place = "حافلة",
                              .dead = 2, .modes = {"firearms"}, .admin1 = "09", .geonames_id = 71137, .lat = 15.35, .lon = 44.2}});
  Document pacific = make_doc("a-pacific", "تظاهر صيادون في جزيرة شرقية. وتظاهر آخرون في جزيرة غربية.", kMay11,
                              {{.type = "PROTEST", .trigger = "تظاهر صيادون", .date = kMay10, .country = "FJ", .place = "جزيرة",
                                .modes = {"demo"}, .lat = -17.0, .lon = 179.5},
                               {.type = "PROTEST", .trigger = "وتظاهر", .date = kMay10, .country = "FJ", .place = "جزيرة",
                                .modes = {"demo"}, .lat = -16.5, .lon = -179.5}});
  return {north, south, pacific};
}

TEST_P(StoreTest, ModePlaceBoxTextAndTollFilters) {
  Fixture f(GetParam());
  for (const Document& d : placed_docs()) f.put(d);
  auto q = [&](EventQuery query) {
    std::vector<std::string> out;
    for (const auto& e : f.query(query)) out.push_back(e.article_id + ":" + e.row.type());
    return out;
  };
  using V = std::vector<std::string>;
  ASSERT_EQ(q({}).size(), 5u);
  // Modes: one of the event's, whole; several: any of them.
  EXPECT_EQ(q({.modes = {"aerial"}}), (V{"a-north:ASSAULT"}));
  EXPECT_EQ(q({.modes = {"arrest"}}), (V{"a-north:COERCE"}));  // the second of two modes
  EXPECT_EQ(q({.modes = {"Aerial"}}), (V{"a-north:ASSAULT"}));  // modes are lower case on both backends
  EXPECT_TRUE(q({.modes = {"aer"}}).empty());                   // not a part of one
  EXPECT_TRUE(q({.modes = {"%"}}).empty());
  EXPECT_EQ(q({.modes = {"aerial", "firearms"}}), (V{"a-north:ASSAULT", "a-south:ASSAULT"}));
  // Admin1: a bare code is any country's, "CC.code" one country's.
  EXPECT_EQ(q({.admin1 = {"09"}}), (V{"a-north:ASSAULT", "a-south:ASSAULT"}));
  EXPECT_EQ(q({.admin1 = {"YE.09"}}), (V{"a-south:ASSAULT"}));
  EXPECT_EQ(q({.admin1 = {"SY.09", "YE.10"}}), (V{"a-north:ASSAULT"}));
  EXPECT_TRUE(q({.admin1 = {"EG.09"}}).empty());
  // GeoNames ids.
  EXPECT_EQ(q({.geonames_ids = {71137}}), (V{"a-south:ASSAULT"}));
  EXPECT_EQ(q({.geonames_ids = {1, 170063}}), (V{"a-north:ASSAULT"}));
  // Boxes: events without a point drop out; a box may cross the antimeridian.
  EXPECT_EQ(q({.bbox = BoundingBox{36, 35, 38, 37}}), (V{"a-north:ASSAULT"}));
  EXPECT_EQ(q({.bbox = BoundingBox{30, 10, 50, 40}}), (V{"a-north:ASSAULT", "a-south:ASSAULT"}));
  EXPECT_EQ(q({.bbox = BoundingBox{170, -20, -170, -10}}), (V{"a-pacific:PROTEST", "a-pacific:PROTEST"}));
  EXPECT_EQ(q({.bbox = BoundingBox{179, -20, 180, -10}}), (V{"a-pacific:PROTEST"}));
  EXPECT_TRUE(q({.bbox = BoundingBox{-170, -20, 170, -10}}).empty());
  EXPECT_TRUE(q({.bbox = BoundingBox{36, 37, 38, 40}}).empty());  // the right longitudes, not latitudes
  // Full text over the article's title and text on the loose key: «بلده» finds «بلدة», harakat
  // are ignored, the title counts, and every event of a matching article comes back.
  EXPECT_EQ(q({.text = "بلده جبليه"}), (V{"a-north:ASSAULT", "a-north:COERCE"}));
  EXPECT_EQ(q({.text = "حَافِلَة"}), (V{"a-south:ASSAULT"}));
  EXPECT_EQ(q({.text = "في الشمال"}), (V{"a-north:ASSAULT", "a-north:COERCE"}));
  EXPECT_TRUE(q({.text = "قطار"}).empty());
  EXPECT_TRUE(q({.text = "_"}).empty());
  // Minimum dead, on the conservative figure; events without a toll drop out.
  EXPECT_EQ(q({.min_dead = 2}), (V{"a-north:ASSAULT", "a-south:ASSAULT"}));
  EXPECT_EQ(q({.min_dead = 2.5}), (V{"a-north:ASSAULT"}));
  EXPECT_TRUE(q({.min_dead = 8}).empty());
  // Filters combine.
  EXPECT_EQ(q({.countries = {"YE"}, .min_dead = 1}), (V{"a-south:ASSAULT"}));
  EXPECT_TRUE(q({.modes = {"aerial"}, .admin1 = {"YE.09"}}).empty());
}

TEST(StoreQueryTest, BoxesAreFourNumbersInRange) {
  auto b = parse_bbox("36.5,35,38,37.25");
  ASSERT_TRUE(b);
  EXPECT_EQ(b->min_lon, 36.5);
  EXPECT_EQ(b->max_lat, 37.25);
  EXPECT_TRUE(parse_bbox("170, -20, -170, -10"));  // crosses the antimeridian
  for (const char* bad : {"", "1,2,3", "1,2,3,4,5", "a,2,3,4", "1,,3,4", "1,2,3,4x", "0,91,1,92", "181,0,182,1",
                          "0,10,1,5", "nan,0,1,1", "0,0,inf,1"})
    EXPECT_FALSE(parse_bbox(bad)) << bad;
}

TEST_P(StoreTest, AnArticleWithHundredsOfEventsIsStoredWholeWithContiguousChanges) {
  // More rows than one statement's parameters may carry on PostgreSQL: the rest follows in order.
  Fixture f(GetParam());
  Document doc;
  doc.id = "a-long";
  const std::string word = "قصف ";
  for (int i = 0; i < 800; ++i) doc.text += word;
  for (uint32_t i = 0; i < 800; ++i) {
    Event e;
    e.type = "ASSAULT";
    e.modality = "asserted";
    uint32_t at = i * static_cast<uint32_t>(word.size());
    e.mentions.push_back({at, at + 6});
    doc.events.push_back(std::move(e));
  }
  PutResult r = f.put(doc);
  EXPECT_EQ(r.events_added, 800u);
  auto events = f.query({.all = true});
  ASSERT_EQ(events.size(), 800u);
  EXPECT_EQ(std::get<int64_t>(events.back().row.at("mention_count")), 1);
  auto feed = f.changes("0");
  ASSERT_EQ(feed.size(), 800u);
  for (size_t i = 0; i < feed.size(); ++i) EXPECT_EQ(feed[i].seq, static_cast<int64_t>(i + 1)) << i;
  EXPECT_EQ(f.changes("799").size(), 1u);
  EXPECT_EQ(f.put(doc).fate, ArticleFate::kUnchanged);
}

TEST_P(StoreTest, ARolledBackBatchLeavesNothing) {
  Fixture f(GetParam());
  PutResult r;
  ASSERT_TRUE(f.store->begin().ok);
  ASSERT_TRUE(f.store->put(flatten(protest_doc(), "engine-1"), r).ok);
  f.store->rollback();
  EXPECT_TRUE(f.query({.all = true}).empty());
  EXPECT_TRUE(f.changes("0").empty());
}

TEST_P(StoreTest, AFailedArticleIsStoredWithItsErrors) {
  Fixture f(GetParam());
  Document bad;
  bad.id = "broken";
  bad.add_error("invalid-json", "not JSON", std::nullopt, true);
  f.put(bad);
  std::string d = f.dump();
  EXPECT_NE(d.find("\nbroken\t"), std::string::npos) << d;          // the article row
  EXPECT_NE(d.find("\nbroken\t0\tinvalid-json\tnot JSON\t"), std::string::npos) << d;  // its error
}

TEST_P(StoreTest, AReadOnlyStoreRefusesWritesAndReads) {
  Fixture f(GetParam());
  f.put(protest_doc());
  StoreOptions ro;
  ro.read_only = true;
  std::unique_ptr<Store> reader;
  ASSERT_TRUE(open_store(f.stores.url(), ro, reader).ok);
  std::vector<std::string> types;
  ASSERT_TRUE(reader->query({}, [&](const StoredEvent& e) { types.push_back(e.row.type()); }).ok);
  EXPECT_EQ(types, (std::vector<std::string>{"PROTEST", "COERCE"}));
  PutResult r;
  Status w = reader->begin();
  if (w.ok) w = reader->put(flatten(attack_doc(), "engine-1"), r);
  EXPECT_FALSE(w.ok);
  reader->rollback();
  EXPECT_EQ(f.query({.all = true}).size(), 2u);
}

TEST(StoreSqliteTest, BadLocationsAreClearErrors) {
  TempStore tmp;
  std::unique_ptr<Store> s;
  StoreOptions ro;
  ro.read_only = true;
  EXPECT_FALSE(open_store(tmp.path("missing.db"), ro, s).ok);  // a query never creates a store
  EXPECT_FALSE(std::filesystem::exists(tmp.path("missing.db")));
  Status url = open_store("mysql://localhost/x", {}, s);
  EXPECT_FALSE(url.ok);
  EXPECT_NE(url.message.find("SQLite"), std::string::npos);
  EXPECT_NE(url.message.find("postgresql://"), std::string::npos);
  EXPECT_FALSE(open_store(tmp.path("no-such-dir") + "/x.db", {}, s).ok);
  // Another program's SQLite file is not a store.
  sqlite3* db = nullptr;
  sqlite3_open(tmp.path("other.db").c_str(), &db);
  sqlite3_exec(db, "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                   "INSERT INTO meta VALUES('schema_version', '999');", nullptr, nullptr, nullptr);
  sqlite3_close(db);
  Status other = open_store(tmp.path("other.db"), {}, s);
  EXPECT_FALSE(other.ok);
  EXPECT_NE(other.message.find("schema version 999"), std::string::npos);
  // sqlite:PATH is the same store as PATH.
  EXPECT_TRUE(open_store("sqlite:" + tmp.path("a.db"), {}, s).ok);
  EXPECT_TRUE(std::filesystem::exists(tmp.path("a.db")));
}

TEST(StorePostgresTest, BadServersAreClearErrorsAndAReadOnlyOpenCreatesNothing) {
  BackendStores stores(Backend::kPostgres);
  std::unique_ptr<Store> s;
  // No server behind the socket: a Status naming the server, without its password.
  Status gone = open_store("postgresql://rasd:s3cret@/rasd?host=/nonexistent-dir&port=1", {}, s);
  EXPECT_FALSE(gone.ok);
  EXPECT_FALSE(s);
  EXPECT_NE(gone.message.find("cannot connect to PostgreSQL"), std::string::npos) << gone.message;
  EXPECT_EQ(gone.message.find("s3cret"), std::string::npos) << gone.message;
  EXPECT_EQ(gone.message.find('\n'), std::string::npos);
  // A role the server does not know: refused at authentication, said so.
  std::string stranger = stores.url();
  stranger.replace(stranger.find("user=rasd"), 9, "user=no_such_role");
  Status auth = open_store(stranger, {}, s);
  EXPECT_FALSE(auth.ok);
  EXPECT_NE(auth.message.find("role \"no_such_role\" does not exist"), std::string::npos) << auth.message;
  // postgres:// is the same scheme; a malformed URI is an error too.
  EXPECT_FALSE(open_store("postgres://localhost:notaport/x", {}, s).ok);
  std::string url = stores.url();
  // A database that does not exist.
  std::string missing = url;
  missing.replace(missing.find("rasd_test_"), 10, "no_such_db_");
  Status nodb = open_store(missing, {}, s);
  EXPECT_FALSE(nodb.ok);
  EXPECT_NE(nodb.message.find("does not exist"), std::string::npos) << nodb.message;
  // A read-only open of an empty database: not a store, and no table was created.
  StoreOptions ro;
  ro.read_only = true;
  Status empty = open_store(url, ro, s);
  EXPECT_FALSE(empty.ok);
  EXPECT_NE(empty.message.find("not a rasd store"), std::string::npos) << empty.message;
  pqxx::connection c(url);
  pqxx::read_transaction tx(c);
  EXPECT_EQ(tx.exec("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")[0][0].as<int>(), 0);
  tx.commit();
  // Opening for writing creates it; a second open finds it; another version is refused.
  ASSERT_TRUE(open_store(url, {}, s).ok);
  s.reset();
  ASSERT_TRUE(open_store(url, ro, s).ok);
  s.reset();
  pqxx::work w(c);
  w.exec("UPDATE meta SET value = '999' WHERE key = 'schema_version'");
  w.commit();
  Status other = open_store(url, {}, s);
  EXPECT_FALSE(other.ok);
  EXPECT_NE(other.message.find("schema version 999"), std::string::npos) << other.message;
}

TEST(StorePostgresTest, ABatchWithAFailedWriteIsNotReportedCommitted) {
  // PostgreSQL aborts a transaction at its first failed statement and a COMMIT then rolls it
  // back: the store says so rather than report a stored batch.
  BackendStores stores(Backend::kPostgres);
  std::unique_ptr<Store> s;
  ASSERT_TRUE(open_store(stores.url(), {}, s).ok);
  {
    pqxx::connection c(stores.url());
    pqxx::work w(c);
    w.exec("ALTER TABLE articles ADD CONSTRAINT short_ids CHECK (length(id) < 12)");  // a write that fails
    w.commit();
  }
  PutResult r;
  ASSERT_TRUE(s->begin().ok);
  ASSERT_TRUE(s->put(flatten(protest_doc(), "engine-1"), r).ok);  // "a-protest": accepted
  Document long_id = attack_doc();
  long_id.id = "an-article-with-a-long-id";
  EXPECT_FALSE(s->put(flatten(long_id, "engine-1"), r).ok);
  Status c = s->commit();
  EXPECT_FALSE(c.ok);
  EXPECT_NE(c.message.find("rolled back"), std::string::npos) << c.message;
  size_t n = 0;
  ASSERT_TRUE(s->query({.all = true}, [&](const StoredEvent&) { ++n; }).ok);
  EXPECT_EQ(n, 0u);  // the good article went with its batch
  // The next batch starts clean.
  ASSERT_TRUE(s->begin().ok);
  ASSERT_TRUE(s->put(flatten(protest_doc(), "engine-1"), r).ok);
  EXPECT_TRUE(s->commit().ok);
}

TEST(StorePostgresTest, ALostConnectionIsAStatusAndTheBatchIsGone) {
  BackendStores stores(Backend::kPostgres);
  std::unique_ptr<Store> s;
  ASSERT_TRUE(open_store(stores.url(), {}, s).ok);
  PutResult r;
  ASSERT_TRUE(s->begin().ok);
  ASSERT_TRUE(s->put(flatten(protest_doc(), "engine-1"), r).ok);
  // The server ends this session (an administrator, a restart): the library reports it.
  {
    pqxx::connection admin(stores.url());
    pqxx::nontransaction tx(admin);
    tx.exec("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() "
            "AND pid <> pg_backend_pid()");
  }
  Status c = s->commit();
  EXPECT_FALSE(c.ok);
  s->rollback();
  std::unique_ptr<Store> again;
  ASSERT_TRUE(open_store(stores.url(), {}, again).ok);
  size_t n = 0;
  ASSERT_TRUE(again->query({.all = true}, [&](const StoredEvent&) { ++n; }).ok);
  EXPECT_EQ(n, 0u);
}

// ---- writers ---------------------------------------------------------------------------------
TEST(StoreExportTest, CsvFieldsAreQuotedOnlyWhenRfc4180NeedsIt) {
  auto field = [](std::string_view s) { std::string out; append_csv_field(out, s); return out; };
  EXPECT_EQ(field("قصف"), "قصف");
  EXPECT_EQ(field("أ، ب"), "أ، ب");  // the Arabic comma is not a separator
  EXPECT_EQ(field("a,b"), "\"a,b\"");
  EXPECT_EQ(field("say \"x\""), "\"say \"\"x\"\"\"");
  EXPECT_EQ(field("line\nbreak"), "\"line\nbreak\"");
  EXPECT_EQ(field(" padded"), "\" padded\"");
  EXPECT_EQ(field(""), "");
}

TEST(StoreExportTest, CsvRowsHaveTheHeadersColumnsAndJsonKeepsMentions) {
  Fixture f;
  f.put(attack_doc());
  std::string csv;
  write_csv_header(csv);
  size_t columns = std::count(csv.begin(), csv.end(), ',') + 1;
  EXPECT_EQ(columns, 2 + kEventColumnCount + 6 + 3);  // ... updated_at, cluster_id, cluster_articles, cluster_outlets
  EXPECT_TRUE(csv.ends_with(",updated_at,cluster_id,cluster_articles,cluster_outlets\r\n"));
  for (const auto& e : f.query({.all = true})) {
    std::string line;
    write_event_csv(e, line);
    EXPECT_TRUE(line.ends_with("\r\n"));
    EXPECT_EQ(static_cast<size_t>(std::count(line.begin(), line.end(), ',')) + 1, columns) << line;
    std::string json;
    write_event_jsonl(e, json);
    EXPECT_NE(json.find("\"event_id\":\"" + e.event_id + "\""), std::string::npos);
    EXPECT_NE(json.find("\"mentions\":[{\"start\":"), std::string::npos);
    // Every live event is labelled; alone in its store, each is its own cluster of one article.
    EXPECT_NE(json.find("\"cluster_id\":\"" + e.event_id + "\",\"cluster_events\":1,\"cluster_articles\":1"),
              std::string::npos) << json;
    EXPECT_TRUE(line.ends_with("," + e.event_id + ",1,1\r\n")) << line;
  }
  std::string line;
  write_event_csv(f.query({.types = {"ASSAULT"}})[0], line);
  EXPECT_NE(line.find(",3,"), std::string::npos);  // dead: 3, an integer, not 3.0
  EXPECT_NE(line.find(",false,false,"), std::string::npos);
}

}  // namespace
}  // namespace rasd::store

// GET /api/v1/articles/{id} over each backend: the same stored article served from a SQLite store
// and from a throw-away PostgreSQL (pg_test_server.h) gives the same bytes, with its provenance,
// entities, quotes, errors and page structure; a missing id is a JSON 404 on both. The text and
// names are written for this test.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <simdjson.h>

#include <filesystem>
#include <thread>

#include "rasd/serve/server.h"
#include "rasd/serve/text_spans.h"
#include "rasd/store/rows.h"
#include "store_helpers.h"

namespace rasd::serve {
namespace {

using store::test_support::Backend;
using store::test_support::BackendStores;
using store::test_support::make_doc;

const std::string kText = "عمّان - وكالات: قال المتحدث باسم الدفاع المدني «أنقذنا عشرين شخصاً من السيول». وأفاد شهود أن المياه غمرت الشوارع.";
const std::string kOtherText = "زار الوزير مدينة إربد صباح اليوم.";
// Two tellings that disagree on the toll, and an article as an older rasd stored it (no claims).
const std::string kTollText =
    "انفجرت سيارة مفخخة قرب محطة حافلات في مدينة الرقة مساء الجمعة، وأفادت الشرطة بمقتل أربعة أشخاص. "
    "وقالت مصادر طبية لاحقا إن عدد القتلى بلغ سبعة.";
const std::string kOldText = "أحرق محتجون إطارات في شارع رئيسي بمدينة صور صباح الأحد، وأصيب ثلاثة منهم.";

// The span of the first `part` in `text`, in bytes (the engine's offsets before storing).
Span span_of(const std::string& text, const std::string& part) {
  size_t at = text.find(part);
  EXPECT_NE(at, std::string::npos) << part;
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + part.size())};
}

Document rescue_doc() {
  Document d = make_doc("rescue", kText, CivilDate{2025, 3, 4},
                        {{.type = "AID", .trigger = "أنقذنا", .date = CivilDate{2025, 3, 4}, .country = "JO"}});
  d.outlet = "outlet-x";
  d.url = "https://example.org/news/1";
  d.title = "سيول في العاصمة";
  Entity place;
  place.type = EntityType::kLoc;
  place.name = "عمّان";
  place.canonical = "عمان";
  place.mentions = {span_of(kText, "عمّان")};
  place.geonames_id = 250441;
  place.country = "JO";
  place.admin1 = "16";
  place.lat = 31.95522;
  place.lon = 35.94503;
  place.precision = "city";
  Entity org;  // no place: its geographic columns are null
  org.type = EntityType::kOrg;
  org.name = "الدفاع المدني";
  org.mentions = {span_of(kText, "الدفاع المدني")};
  d.entities = {place, org};
  Quote direct;
  direct.span = span_of(kText, "أنقذنا عشرين شخصاً من السيول");
  direct.direct = true;
  direct.speaker_name = "المتحدث باسم الدفاع المدني";
  Quote reported;  // no speaker named
  reported.span = span_of(kText, "المياه غمرت الشوارع");
  d.quotes = {direct, reported};
  d.boilerplate = {span_of(kText, "عمّان - وكالات:")};
  d.source_line = SourceLine{span_of(kText, "عمّان - وكالات:"), {}, true};
  d.errors = {{"odd-quote", "a quotation mark without its pair", span_of(kText, "«").begin, false},
              {"no-place", "a warning with no place in the text", std::nullopt, false}};
  return d;
}

EventCount figure(const std::string& text, const std::string& words, double value) {
  EventCount c;
  c.quantity.span = span_of(text, words);
  c.quantity.value = value;
  return c;
}

Document toll_doc() {
  Document d = make_doc("toll", kTollText, CivilDate{2025, 3, 8},
                        {{.type = "ASSAULT", .trigger = "انفجرت", .date = CivilDate{2025, 3, 7}, .country = "SY"}});
  d.outlet = "outlet-y";
  Event& e = d.events[0];
  e.mentions.push_back(span_of(kTollText, "بلغ"));
  e.counts = {{"dead", figure(kTollText, "أربعة", 4)}};
  e.count_claims = {e.counts[0], {"dead", figure(kTollText, "سبعة", 7)}};
  return d;
}

Document old_doc() {
  Document d = make_doc("older", kOldText, CivilDate{2025, 3, 9},
                        {{.type = "PROTEST", .trigger = "أحرق", .date = CivilDate{2025, 3, 9}, .country = "LB"}});
  d.events[0].counts = {{"injured", figure(kOldText, "ثلاثة", 3)}};
  d.events[0].count_claims = d.events[0].counts;
  return d;
}

struct Served {
  BackendStores stores;
  Server server;
  std::thread thread;
  int port = 0;
  explicit Served(Backend backend) : stores(backend) {
    {
      std::unique_ptr<store::Store> s;
      store::StoreOptions o;
      o.clock = [] { return std::string("2026-03-01T09:00:00.000Z"); };
      store::Status st = store::open_store(stores.url(), o, s);
      EXPECT_TRUE(st.ok) << st.message;
      if (!st.ok) return;
      store::PutResult r;
      EXPECT_TRUE(s->begin().ok);
      EXPECT_TRUE(s->put(store::flatten(rescue_doc(), "engine-t"), r).ok);
      Document other = make_doc("visit", kOtherText, CivilDate{2025, 3, 5}, {});
      Entity city;
      city.name = "إربد";
      city.mentions = {span_of(kOtherText, "إربد")};
      other.entities = {city};
      EXPECT_TRUE(s->put(store::flatten(other, "engine-t"), r).ok);
      EXPECT_TRUE(s->put(store::flatten(toll_doc(), "engine-t"), r).ok);
      EXPECT_TRUE(s->put(store::flatten(old_doc(), "engine-t"), r).ok);
      EXPECT_TRUE(s->commit().ok);
      // The older article's event as a store of content version 1 holds it.
      store::EventQuery q;
      q.article = "older";
      std::vector<store::StoredEvent> old_events;
      EXPECT_TRUE(s->query(q, [&](const store::StoredEvent& e) { old_events.push_back(e); }).ok);
      EXPECT_EQ(old_events.size(), 1u);
      for (const auto& e : old_events) store::test_support::make_version1(backend, stores.url(), e.event_id, e.content);
    }
    ServeOptions o;
    o.db = stores.url();
    o.port = 0;
    o.workers = 2;
    store::Status st = server.start(o, port);
    EXPECT_TRUE(st.ok) << st.message;
    if (!st.ok) return;
    thread = std::thread([this] { server.run(); });
    for (int i = 0; i < 200 && get("/api/v1/meta").first != 200; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  ~Served() {
    if (thread.joinable()) {
      server.stop();
      thread.join();
    }
  }
  // A plain HTTP/1.1 GET over a socket (the linked cpp-httplib is built with its own options, so
  // the test does not include its header): the status and the body.
  std::pair<int, std::string> get(const std::string& path) const {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
      ::close(fd);
      return {0, ""};
    }
    std::string request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    (void)!::write(fd, request.data(), request.size());
    std::string all;
    char buf[65536];
    ssize_t n;
    while ((n = ::read(fd, buf, sizeof buf)) > 0) all.append(buf, static_cast<size_t>(n));
    ::close(fd);
    size_t head_end = all.find("\r\n\r\n");
    if (all.size() < 12 || head_end == std::string::npos) return {0, ""};
    return {std::stoi(all.substr(9, 3)), all.substr(head_end + 4)};
  }
};

TEST(ServeArticleBackendsTest, AnArticleIsTheSameJsonOnSqliteAndPostgres) {
  Served lite(Backend::kSqlite), pg(Backend::kPostgres);
  auto [ls, lbody] = lite.get("/api/v1/articles/rescue");
  auto [ps, pbody] = pg.get("/api/v1/articles/rescue");
  ASSERT_EQ(ls, 200) << lbody;
  ASSERT_EQ(ps, 200) << pbody;
  EXPECT_EQ(lbody, pbody);

  simdjson::dom::parser parser;
  simdjson::dom::element a;
  ASSERT_FALSE(parser.parse(pbody).get(a)) << pbody;
  // Provenance.
  auto stored = a["stored"];
  EXPECT_EQ(std::string_view(stored["outlet"]), "outlet-x");
  EXPECT_EQ(std::string_view(stored["url"]), "https://example.org/news/1");
  EXPECT_EQ(std::string_view(stored["title"]), "سيول في العاصمة");
  EXPECT_EQ(std::string_view(stored["published"]), "2025-03-04");
  EXPECT_EQ(std::string_view(stored["sha256"]), store::sha256_hex(kText));
  EXPECT_EQ(std::string_view(stored["engine_version"]), "engine-t");
  EXPECT_EQ(std::string_view(stored["processed_at"]), "2026-03-01T09:00:00.000Z");
  EXPECT_EQ(int64_t(stored["failed"]), 0);
  EXPECT_EQ(int64_t(stored["boilerplate"].at(0)["start"]), 0);
  EXPECT_TRUE(bool(stored["source_line"]["agencies"]));
  // Entities, in stored order, this article's only (the other article's city is not here).
  auto entities = a["entities"].get_array();
  ASSERT_EQ(entities.size(), 2u);
  auto place = entities.at(0);
  EXPECT_EQ(std::string_view(place["name"]), "عمّان");
  EXPECT_EQ(int64_t(place["geonames_id"]), 250441);
  EXPECT_NEAR(double(place["lat"]), 31.95522, 1e-3);  // io_number rounds coordinates
  EXPECT_EQ(std::string_view(place["admin1"]), "16");
  EXPECT_EQ(int64_t(place["mentions"].at(0)["start"]), 0);
  EXPECT_EQ(int64_t(place["mentions"].at(0)["end"]), 5);  // code points: the shadda is one
  auto org = entities.at(1);
  EXPECT_EQ(std::string_view(org["type"]), "ORG");
  EXPECT_TRUE(org["geonames_id"].is_null());
  EXPECT_TRUE(org["lat"].is_null());
  // Quotes, in code points, with and without a speaker.
  auto quotes = a["quotes"].get_array();
  ASSERT_EQ(quotes.size(), 2u);
  CodePoints cps(kText);
  auto q = quotes.at(0);
  EXPECT_EQ(cps.slice({uint32_t(int64_t(q["start"])), uint32_t(int64_t(q["end"]))}), std::string_view(q["text"]));
  EXPECT_EQ(std::string_view(q["text"]), "أنقذنا عشرين شخصاً من السيول");
  EXPECT_EQ(int64_t(q["direct"]), 1);
  EXPECT_EQ(std::string_view(q["speaker"]), "المتحدث باسم الدفاع المدني");
  EXPECT_EQ(std::string_view(quotes.at(1)["speaker"]), "");  // stored as an empty name
  EXPECT_EQ(int64_t(quotes.at(1)["direct"]), 0);
  // Errors, with a code-point start or none.
  auto errors = a["errors"].get_array();
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(std::string_view(errors.at(0)["code"]), "odd-quote");
  EXPECT_EQ(int64_t(errors.at(0)["start"]), int64_t(CodePoints(kText.substr(0, kText.find("«"))).size()));
  EXPECT_TRUE(errors.at(1)["start"].is_null());

  // A missing id is a JSON 404 on both, and the same one.
  auto [lm, lmbody] = lite.get("/api/v1/articles/no-such-article");
  auto [pm, pmbody] = pg.get("/api/v1/articles/no-such-article");
  EXPECT_EQ(lm, 404);
  EXPECT_EQ(pm, 404);
  EXPECT_EQ(lmbody, pmbody);
  simdjson::dom::element e;
  ASSERT_FALSE(parser.parse(pmbody).get(e)) << pmbody;
  EXPECT_EQ(int64_t(e["status"]), 404);
}

// The dispute panel's source: an event's count claims come from the store, the same bytes on
// both backends, in events/{id} and in the article view's events; an event stored before claims
// were says null (unknown) rather than recomputing them with the serving engine.
TEST(ServeArticleBackendsTest, EventsServeTheirStoredCountClaimsOnSqliteAndPostgres) {
  Served lite(Backend::kSqlite), pg(Backend::kPostgres);
  simdjson::dom::parser parser;
  for (const char* article : {"toll", "older"}) {
    auto [ls, lbody] = lite.get(std::string("/api/v1/articles/") + article);
    auto [ps, pbody] = pg.get(std::string("/api/v1/articles/") + article);
    ASSERT_EQ(ls, 200) << lbody;
    ASSERT_EQ(ps, 200) << pbody;
    EXPECT_EQ(lbody, pbody);
    simdjson::dom::element a;
    ASSERT_FALSE(parser.parse(pbody).get(a)) << pbody;
    std::string id(std::string_view(a["events"].at(0)["event_id"]));
    std::string in_article = simdjson::to_string(a["events"].at(0)["count_claims"]);
    auto [le, lev] = lite.get("/api/v1/events/" + id);
    auto [pe, pev] = pg.get("/api/v1/events/" + id);
    ASSERT_EQ(le, 200) << lev;
    ASSERT_EQ(pe, 200) << pev;
    EXPECT_EQ(lev, pev);
    simdjson::dom::element e;
    ASSERT_FALSE(parser.parse(pev).get(e)) << pev;
    auto claims = e["event"]["count_claims"];
    EXPECT_EQ(simdjson::to_string(claims), in_article);  // one source for both views
    if (std::string_view(article) == "older") {
      EXPECT_TRUE(claims.is_null()) << pev;
      EXPECT_TRUE(e["counts"]["injured"]["rule"].is_null()) << pev;
      EXPECT_EQ(double(e["counts"]["injured"]["value"]), 3);  // the columns still serve
      continue;
    }
    CodePoints cps(kTollText);
    std::vector<std::pair<double, bool>> figures;
    for (auto c : claims.get_array()) {
      EXPECT_EQ(std::string_view(c["role"]), "dead");
      auto f = c["figure"];
      EXPECT_EQ(cps.slice({uint32_t(uint64_t(f["start"])), uint32_t(uint64_t(f["end"]))}), std::string_view(c["text"]));
      figures.push_back({double(f["value"]), bool(c["chosen"])});
    }
    EXPECT_EQ(figures, (std::vector<std::pair<double, bool>>{{4, true}, {7, false}})) << pev;
    EXPECT_EQ(std::string_view(e["counts"]["dead"]["rule"]), kCountRule);
    EXPECT_EQ(double(e["counts"]["dead"]["value"]), 4);
    // Each claim lies in one telling's sentence: the panel puts it there.
    auto tellings = e["tellings"].get_array();
    ASSERT_EQ(tellings.size(), 2u) << pev;
    for (size_t i = 0; i < 2; ++i) {
      auto f = claims.at(i)["figure"];
      auto t = tellings.at(i);
      EXPECT_LE(int64_t(t["start"]), int64_t(f["start"]));
      EXPECT_LE(int64_t(f["end"]), int64_t(t["end"]));
    }
  }
}

}  // namespace
}  // namespace rasd::serve

// The HTTP API end to end: a store built from hand-made documents, the server started in-process
// on an ephemeral loopback port, and raw HTTP requests (so the bytes sent are exactly the
// test's, traversal probes included). Texts are written for these tests.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <simdjson.h>

#include <deque>
#include <filesystem>
#include <fstream>
#include <set>
#include <thread>

#include "rasd/serve/server.h"
#include "rasd/serve/text_spans.h"
#include "rasd/store/rows.h"
#include "store_helpers.h"

namespace rasd::serve {
namespace {

using store::test_support::EventSpec;
using store::test_support::make_doc;
using store::test_support::TempStore;

// An emoji (two UTF-16 units, one code point) and vowelled words before the trigger: a client
// counting bytes or UTF-16 units would point elsewhere.
const std::string kFloodText = "🌧️ هَطَلَتْ أمطارٌ غزيرة. وتظاهر السكان أمام مبنى البلدية مطالبين بالتعويض.";
const std::string kRaidText = "شنّ مسلحون هجوما على حاجز للشرطة فقتلوا خمسة عناصر. وأصيب اثنان آخران.";
const std::string kTalkText = "أعلن الوزير أن المحادثات ستستأنف الأسبوع المقبل في العاصمة.";

struct Response {
  int status = 0;
  std::string headers, body;
  std::string header(const std::string& name) const {
    std::string lower = headers;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    std::string key = "\r\n" + name + ":";
    for (char& c : key) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    size_t at = lower.find(key);
    if (at == std::string::npos) return "";
    size_t start = at + key.size(), end = headers.find("\r\n", start);
    std::string v = headers.substr(start, end - start);
    while (!v.empty() && v.front() == ' ') v.erase(0, 1);
    return v;
  }
};

// Chunked bodies (exports) are joined.
std::string dechunk(const std::string& body) {
  std::string out;
  size_t pos = 0;
  while (pos < body.size()) {
    size_t eol = body.find("\r\n", pos);
    if (eol == std::string::npos) break;
    size_t n = std::stoul(body.substr(pos, eol - pos), nullptr, 16);
    if (n == 0) break;
    out += body.substr(eol + 2, n);
    pos = eol + 2 + n + 2;
  }
  return out;
}

Response raw(int port, const std::string& request) {
  Response r;
  int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(static_cast<uint16_t>(port));
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    ::close(fd);
    return r;
  }
  (void)!::write(fd, request.data(), request.size());
  std::string all;
  char buf[65536];
  ssize_t n;
  while ((n = ::read(fd, buf, sizeof buf)) > 0) all.append(buf, static_cast<size_t>(n));
  ::close(fd);
  size_t head_end = all.find("\r\n\r\n");
  if (head_end == std::string::npos) return r;
  r.headers = all.substr(0, head_end + 2);
  r.body = all.substr(head_end + 4);
  if (r.header("Transfer-Encoding") == "chunked") r.body = dechunk(r.body);
  r.status = std::stoi(all.substr(9, 3));
  return r;
}

Response get(int port, const std::string& target, const std::string& extra = "") {
  return raw(port, "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + extra + "\r\n");
}

// The JSON error shape every failure has.
void expect_error(const Response& r, int status) {
  EXPECT_EQ(r.status, status) << r.body;
  simdjson::dom::parser p;
  simdjson::dom::element e;
  ASSERT_FALSE(p.parse(r.body).get(e)) << r.body;
  int64_t s = 0;
  EXPECT_FALSE(e["status"].get_int64().get(s));
  EXPECT_EQ(s, status);
  std::string_view m;
  EXPECT_FALSE(e["message"].get_string().get(m));
  EXPECT_FALSE(m.empty());
}

class ServeApiTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new TempStore();
    // The dashboard folder, with a secret beside it that no path may reach.
    web_ = std::filesystem::path(tmp_->path("web"));
    std::filesystem::create_directories(web_ / "vendor");
    std::ofstream(web_ / "index.html") << "<!doctype html><title>t</title>";
    std::ofstream(web_ / "vendor" / "shape.geojson") << R"({"type":"FeatureCollection","features":[]})";
    std::ofstream(web_ / ".hidden") << "hidden-file";
    std::ofstream(tmp_->path("secret.txt")) << "SECRET-OUTSIDE";
    std::filesystem::create_symlink(tmp_->path("secret.txt"), web_ / "link.txt");
    {
      std::unique_ptr<store::Store> s;
      store::StoreOptions o;
      o.clock = [] { return std::string("2026-02-01T08:00:00.000Z"); };
      ASSERT_TRUE(store::open_store(tmp_->path(), o, s).ok);
      ASSERT_TRUE(s->begin().ok);
      store::PutResult r;
      ASSERT_TRUE(s->put(store::flatten(make_doc("flood", kFloodText, CivilDate{2025, 1, 7},
                                                 {{.type = "PROTEST", .trigger = "وتظاهر", .date = CivilDate{2025, 1, 6},
                                                   .country = "JO", .place = "البلدية", .actors = {"السكان"}}}),
                                        "engine-t"),
                         r)
                      .ok);
      ASSERT_TRUE(s->put(store::flatten(make_doc("raid", kRaidText, CivilDate{2025, 1, 9},
                                                 {{.type = "ASSAULT", .trigger = "هجوما", .date = CivilDate{2025, 1, 8},
                                                   .country = "IQ", .actors = {"مسلحون"}, .recipients = {"الشرطة"},
                                                   .dead = 5}}),
                                        "engine-t"),
                         r)
                      .ok);
      ASSERT_TRUE(s->put(store::flatten(make_doc("talk", kTalkText, CivilDate{2025, 1, 20},
                                                 {{.type = "CONSULT", .trigger = "المحادثات", .modality = "future",
                                                   .date = CivilDate{2025, 1, 27}, .country = "IQ"}}),
                                        "engine-t"),
                         r)
                      .ok);
      ASSERT_TRUE(s->commit().ok);
    }
    server_ = new Server();
    ServeOptions o;
    o.db = tmp_->path();
    o.port = 0;
    o.static_dir = web_.string();
    o.workers = 4;
    store::Status st = server_->start(o, port_);
    ASSERT_TRUE(st.ok) << st.message;
    thread_ = new std::thread([] { server_->run(); });
    for (int i = 0; i < 200 && get(port_, "/api/v1/meta").status != 200; ++i)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  static void TearDownTestSuite() {
    server_->stop();
    thread_->join();
    delete thread_;
    delete server_;
    delete tmp_;
  }

  static simdjson::dom::element json(const Response& r) {
    // One parser per document, kept, so earlier elements stay valid while later ones are parsed.
    static std::deque<simdjson::dom::parser> parsers;
    simdjson::dom::element e;
    EXPECT_FALSE(parsers.emplace_back().parse(r.body).get(e)) << r.body;
    return e;
  }
  static std::vector<std::string> ids(simdjson::dom::element page) {
    std::vector<std::string> out;
    for (simdjson::dom::element i : page["items"].get_array()) out.emplace_back(std::string_view(i["event_id"]));
    return out;
  }

  static std::vector<std::string> articles(simdjson::dom::element page) {
    std::vector<std::string> out;
    for (simdjson::dom::element i : page["items"].get_array()) out.emplace_back(std::string_view(i["article_id"]));
    return out;
  }

  static TempStore* tmp_;
  static std::filesystem::path web_;
  static Server* server_;
  static std::thread* thread_;
  static int port_;
};
TempStore* ServeApiTest::tmp_ = nullptr;
std::filesystem::path ServeApiTest::web_;
Server* ServeApiTest::server_ = nullptr;
std::thread* ServeApiTest::thread_ = nullptr;
int ServeApiTest::port_ = 0;

TEST_F(ServeApiTest, EventsDefaultToAssertedAndFilterByTypeCountryAndDate) {
  Response r = get(port_, "/api/v1/events");
  ASSERT_EQ(r.status, 200);
  EXPECT_NE(r.header("Content-Type").find("application/json"), std::string::npos);
  auto page = json(r);
  EXPECT_EQ(int64_t(page["total"]), 2);  // the future talks are not asserted
  EXPECT_EQ(int64_t(page["schema_version"]), store::kSchemaVersion);
  EXPECT_TRUE(page["next_cursor"].is_null());
  EXPECT_EQ(ids(json(get(port_, "/api/v1/events?all=1"))).size(), 3u);
  EXPECT_EQ(articles(json(get(port_, "/api/v1/events?country=iq"))), std::vector<std::string>{"raid"});
  EXPECT_EQ(ids(json(get(port_, "/api/v1/events?type=PROTEST,ASSAULT&from=2025-01-07&to=2025-01-31"))).size(), 1u);
  EXPECT_EQ(ids(json(get(port_, "/api/v1/events?min_dead=1"))).size(), 1u);
  EXPECT_EQ(ids(json(get(port_, "/api/v1/events?status=future"))).size(), 1u);
  // q matches the evidence sentence, normalised (no vowel marks, any alef)
  EXPECT_EQ(ids(json(get(port_, "/api/v1/events?q=%D8%A7%D9%84%D8%A8%D9%84%D8%AF%D9%8A%D8%A9"))).size(), 1u);
}

TEST_F(ServeApiTest, EventsRefuseUnknownOrMalformedParameters) {
  expect_error(get(port_, "/api/v1/events?colour=red"), 400);
  expect_error(get(port_, "/api/v1/events?from=07-01-2025"), 400);
  expect_error(get(port_, "/api/v1/events?type=assault"), 400);
  expect_error(get(port_, "/api/v1/events?country=IRQ"), 400);
  expect_error(get(port_, "/api/v1/events?status=maybe"), 400);
  expect_error(get(port_, "/api/v1/events?limit=0"), 400);
  expect_error(get(port_, "/api/v1/events?limit=ten"), 400);
  expect_error(get(port_, "/api/v1/events?sort=colour"), 400);
  expect_error(get(port_, "/api/v1/events?type=PROTEST&type=ASSAULT"), 400);
  expect_error(get(port_, "/api/v1/events?cursor=nonsense"), 400);
  expect_error(get(port_, "/api/v1/events?cursor=1:no-such-event"), 409);
}

TEST_F(ServeApiTest, CursorPagesCoverEveryEventOnceAndThePageIsCapped) {
  std::vector<std::string> seen;
  std::string url = "/api/v1/events?all=1&limit=1";
  for (int guard = 0; guard < 10; ++guard) {
    auto page = json(get(port_, url));
    EXPECT_EQ(int64_t(page["limit"]), 1);
    for (auto& id : ids(page)) seen.push_back(id);
    if (page["next_cursor"].is_null()) break;
    url = "/api/v1/events?all=1&limit=1&cursor=" + std::string(std::string_view(page["next_cursor"]));
  }
  EXPECT_EQ(seen.size(), 3u);
  EXPECT_EQ(std::set<std::string>(seen.begin(), seen.end()).size(), 3u);
  EXPECT_EQ(int64_t(json(get(port_, "/api/v1/events?limit=100000"))["limit"]), 1000);
}

TEST_F(ServeApiTest, SortingPutsTheDeadliestFirstAndUndatedLast) {
  EXPECT_EQ(articles(json(get(port_, "/api/v1/events?all=1&sort=dead&order=desc"))),
            (std::vector<std::string>{"raid", "flood", "talk"}));  // no count sorts after any count
  EXPECT_EQ(articles(json(get(port_, "/api/v1/events?all=1&sort=date&order=desc"))),
            (std::vector<std::string>{"talk", "raid", "flood"}));
  EXPECT_EQ(articles(json(get(port_, "/api/v1/events?all=1&sort=date&order=asc"))),
            (std::vector<std::string>{"flood", "raid", "talk"}));
}

TEST_F(ServeApiTest, OneEventHasCodePointMentionsTheirSentencesAndCounts) {
  auto list = ids(json(get(port_, "/api/v1/events?type=PROTEST")));
  ASSERT_EQ(list.size(), 1u);
  auto e = json(get(port_, "/api/v1/events/" + list[0]));
  ASSERT_EQ(e["tellings"].get_array().size(), 1u);
  auto telling = e["tellings"].at(0);
  // Code points: the emoji and its variation selector are two, each vowel mark one.
  CodePoints cps(kFloodText);
  auto mention = telling["mentions"].at(0);
  Span32 span{uint32_t(int64_t(mention["start"])), uint32_t(int64_t(mention["end"]))};
  EXPECT_EQ(cps.slice(span), "وتظاهر");
  EXPECT_EQ(std::string_view(mention["text"]), "وتظاهر");
  EXPECT_EQ(span.start, 26u);  // 2 (emoji and its selector) + 1 + 22 (the vowelled first sentence) + 1
  EXPECT_EQ(std::string_view(telling["sentence"]), "وتظاهر السكان أمام مبنى البلدية مطالبين بالتعويض.");
  EXPECT_EQ(cps.slice({uint32_t(int64_t(telling["start"])), uint32_t(int64_t(telling["end"]))}),
            std::string_view(telling["sentence"]));
  auto raid = ids(json(get(port_, "/api/v1/events?type=ASSAULT")));
  auto r = json(get(port_, "/api/v1/events/" + raid[0]));
  EXPECT_EQ(double(r["counts"]["dead"]["value"]), 5.0);
  EXPECT_TRUE(r["counts"]["injured"].error());  // no injured count was stored: none is made up
  expect_error(get(port_, "/api/v1/events/no-such-event"), 404);
  expect_error(get(port_, "/api/v1/events/" + list[0] + "?x=1"), 400);
}

TEST_F(ServeApiTest, AnArticleHasItsTextHashVersionAndSpans) {
  Response r = get(port_, "/api/v1/articles/flood");
  ASSERT_EQ(r.status, 200);
  auto a = json(r);
  EXPECT_EQ(std::string_view(a["text"]), kFloodText);
  EXPECT_EQ(std::string_view(a["sha256"]), store::sha256_hex(kFloodText));
  EXPECT_EQ(std::string_view(a["stored"]["sha256"]), store::sha256_hex(kFloodText));
  EXPECT_EQ(std::string_view(a["stored"]["engine_version"]), "engine-t");
  EXPECT_EQ(int64_t(a["length"]), int64_t(CodePoints(kFloodText).size()));
  EXPECT_EQ(a["events"].get_array().size(), 1u);
  EXPECT_TRUE(a["entities"].is_array());
  EXPECT_TRUE(a["quotes"].is_array());
  // Counts and dates are recomputed by this engine, and say so.
  auto raid = json(get(port_, "/api/v1/articles/raid"));
  bool five = false;
  for (auto c : raid["counts"].get_array()) five = five || double(c["value"]) == 5.0;
  EXPECT_TRUE(five);
  EXPECT_EQ(std::string_view(raid["recomputed_by"]), store::engine_version());
  expect_error(get(port_, "/api/v1/articles/nothing-here"), 404);
}

TEST_F(ServeApiTest, AggregateCountsEventsDeadAndArticlesPerBucket) {
  auto day = json(get(port_, "/api/v1/aggregate?by=day&all=1"));
  EXPECT_EQ(day["rows"].get_array().size(), 3u);
  auto week = json(get(port_, "/api/v1/aggregate?by=week&all=1"));
  // 6 and 8 January 2025 share the week of Monday 6 January; the 27th is another week.
  auto rows = week["rows"].get_array();
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(std::string_view(rows.at(0)["key"]), "2025-01-06");
  EXPECT_EQ(int64_t(rows.at(0)["events"]), 2);
  EXPECT_EQ(int64_t(rows.at(0)["articles"]), 2);
  EXPECT_EQ(double(rows.at(0)["dead"]), 5.0);
  auto country = json(get(port_, "/api/v1/aggregate?by=country"));
  EXPECT_EQ(country["rows"].get_array().size(), 2u);
  EXPECT_EQ(int64_t(country["total"]["events"]), 2);
  auto month = json(get(port_, "/api/v1/aggregate?by=month&country=JO"));
  EXPECT_EQ(std::string_view(month["rows"].at(0)["key"]), "2025-01");
  expect_error(get(port_, "/api/v1/aggregate?by=year"), 400);
  expect_error(get(port_, "/api/v1/aggregate?limit=3"), 400);
}

TEST_F(ServeApiTest, ChangesFollowTheFeedAndNeedACursor) {
  auto all = json(get(port_, "/api/v1/changes?since=0"));
  EXPECT_EQ(all["items"].get_array().size(), 3u);
  std::string next{std::string_view(all["next_since"])};
  EXPECT_EQ(json(get(port_, "/api/v1/changes?since=" + next))["items"].get_array().size(), 0u);
  auto first = json(get(port_, "/api/v1/changes?since=0&limit=1"));
  EXPECT_EQ(first["items"].get_array().size(), 1u);
  EXPECT_TRUE(bool(first["more"]));
  expect_error(get(port_, "/api/v1/changes"), 400);
  expect_error(get(port_, "/api/v1/changes?since=yesterday"), 400);
}

TEST_F(ServeApiTest, ExportsStreamTheStoresFormatsWithTheFilterInHeaders) {
  Response csv = get(port_, "/api/v1/export?format=csv&all=1");
  ASSERT_EQ(csv.status, 200);
  EXPECT_NE(csv.header("Content-Type").find("text/csv"), std::string::npos);
  EXPECT_NE(csv.header("Content-Disposition").find("attachment"), std::string::npos);
  EXPECT_EQ(csv.header("X-Rasd-Filter"), "format=csv&all=1");
  EXPECT_EQ(csv.body.rfind("event_id,article_id,type", 0), 0u);
  size_t lines = 0;
  for (size_t at = 0; (at = csv.body.find("\r\n", at)) != std::string::npos; at += 2) ++lines;
  EXPECT_EQ(lines, 4u);  // header and three events (no text field holds a line break here)
  Response jsonl = get(port_, "/api/v1/export?type=ASSAULT");
  EXPECT_EQ(std::count(jsonl.body.begin(), jsonl.body.end(), '\n'), 1);
  EXPECT_NE(jsonl.body.find("\"ASSAULT\""), std::string::npos);
  EXPECT_EQ(jsonl.body.find("\"PROTEST\""), std::string::npos);
  // GeoJSON: one FeatureCollection, whole, with the GeoJSON media type and extension.
  Response geo = get(port_, "/api/v1/export?format=geojson&all=1");
  ASSERT_EQ(geo.status, 200);
  EXPECT_NE(geo.header("Content-Type").find("application/geo+json"), std::string::npos);
  EXPECT_NE(geo.header("Content-Disposition").find(".geojson"), std::string::npos);
  auto fc = json(geo);
  EXPECT_EQ(std::string_view(fc["type"]), "FeatureCollection");
  EXPECT_EQ(fc["features"].get_array().size(), 3u);
  expect_error(get(port_, "/api/v1/export?format=xlsx"), 400);
}

TEST_F(ServeApiTest, MetaCountsAndCredits) {
  auto m = json(get(port_, "/api/v1/meta"));
  EXPECT_EQ(int64_t(m["events"]), 3);
  EXPECT_EQ(int64_t(m["events_asserted"]), 2);
  EXPECT_EQ(std::string_view(m["date_from"]), "2025-01-06");
  EXPECT_EQ(std::string_view(m["date_to"]), "2025-01-27");
  EXPECT_GE(m["credits"].get_array().size(), 1u);
  expect_error(get(port_, "/api/v1/meta?x=1"), 400);
  expect_error(get(port_, "/api/v1/nothing"), 404);
  expect_error(get(port_, "/api/v2/events"), 404);
}

TEST_F(ServeApiTest, StaticFilesStayInsideTheDashboardFolder) {
  Response index = get(port_, "/");
  ASSERT_EQ(index.status, 200);
  EXPECT_NE(index.header("Content-Security-Policy").find("default-src 'self'"), std::string::npos);
  EXPECT_EQ(index.header("X-Content-Type-Options"), "nosniff");
  EXPECT_EQ(get(port_, "/vendor/shape.geojson").header("Content-Type"), "application/geo+json");
  for (std::string probe : {"/../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt", "/..%2fsecret.txt",
                            "/%252e%252e/secret.txt", "/vendor/../../secret.txt", "/..%5csecret.txt",
                            "/..\\secret.txt", "/vendor%5c..%5c..%5csecret.txt", "/....//secret.txt",
                            "//etc/passwd", "/link.txt", "/.hidden", "/vendor/", "/%00index.html"}) {
    Response r = get(port_, probe);
    EXPECT_NE(r.status, 200) << probe;
    EXPECT_EQ(r.body.find("SECRET-OUTSIDE"), std::string::npos) << probe;
    EXPECT_EQ(r.body.find("hidden-file"), std::string::npos) << probe;
  }
}

TEST_F(ServeApiTest, HardeningRefusesWritesMultiRangeAndOversizedRequests) {
  expect_error(raw(port_, "POST /api/v1/events HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 0\r\n\r\n"),
               405);
  expect_error(raw(port_, "DELETE /api/v1/events HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"), 405);
  expect_error(get(port_, "/index.html", "Range: bytes=0-1,0-1,0-1\r\n"), 416);
  expect_error(get(port_, "/" + std::string(2000, 'a')), 414);
  // A large body is refused without being read (the answer comes although it was never sent).
  Response big = raw(port_, "POST /api/v1/events HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Length: 10000000\r\n\r\n");
  EXPECT_TRUE(big.status == 405 || big.status == 413) << big.status;
  expect_error(get(port_, "/api/v1/meta", "X-Long: " + std::string(10000, 'a') + "\r\n"), 400);
  std::string many;
  for (int i = 0; i < 100; ++i) many += "X-H" + std::to_string(i) + ": v\r\n";
  expect_error(get(port_, "/api/v1/meta", many), 431);
  expect_error(raw(port_, "NONSENSE\r\n\r\n"), 400);
  // A single range on a static file is fine.
  EXPECT_EQ(get(port_, "/index.html", "Range: bytes=0-3\r\n").status, 206);
}

// Last of the suite: it adds two tellings of one happening and takes them away again.
TEST_F(ServeApiTest, AnEventListsItsClustersOtherTellingsAndTheListFiltersByCluster) {
  auto lone = ids(json(get(port_, "/api/v1/events?type=PROTEST")));
  ASSERT_EQ(lone.size(), 1u);
  auto one = json(get(port_, "/api/v1/events/" + lone[0]));
  EXPECT_EQ(std::string_view(one["cluster"]["id"]), lone[0]);  // alone: its own cluster of one
  EXPECT_EQ(int64_t(one["cluster"]["articles"]), 1);
  EXPECT_EQ(one["cluster"]["siblings"].get_array().size(), 0u);
  EXPECT_EQ(ids(json(get(port_, "/api/v1/events?cluster=" + lone[0]))), lone);
  EXPECT_TRUE(ids(json(get(port_, "/api/v1/events?cluster=no-such-cluster"))).empty());

  const std::string first = "انهار جسر قديم فوق النهر في بلدة السهل ومات ثلاثة عمال.";
  const std::string second = "قال شهود إن أربعة عمال ماتوا حين انهار الجسر في بلدة السهل.";
  auto doc = [](const std::string& id, const std::string& outlet, const std::string& text, double dead) {
    Document d = make_doc(id, text, CivilDate{2025, 2, 3},
                          {{.type = "ASSAULT", .trigger = "انهار", .date = CivilDate{2025, 2, 3}, .country = "JO",
                            .place = "السهل", .dead = dead, .geonames_id = 990001}});
    d.outlet = outlet;
    return d;
  };
  auto put = [&](const std::vector<Document>& docs) {
    std::unique_ptr<store::Store> s;
    ASSERT_TRUE(store::open_store(tmp_->path(), {}, s).ok);
    ASSERT_TRUE(s->begin().ok);
    store::PutResult r;
    for (const Document& d : docs) ASSERT_TRUE(s->put(store::flatten(d, "engine-t"), r).ok);
    ASSERT_TRUE(s->commit().ok);
  };
  put({doc("bridge-1", "outlet-one", first, 3), doc("bridge-2", "outlet-two", second, 4)});
  auto both = ids(json(get(port_, "/api/v1/events?type=ASSAULT&from=2025-02-01")));
  ASSERT_EQ(both.size(), 2u);
  auto e = json(get(port_, "/api/v1/events/" + both[1]));
  EXPECT_EQ(int64_t(e["event"]["cluster_articles"]), 2);
  EXPECT_EQ(int64_t(e["cluster"]["outlets"]), 2);
  std::string id{std::string_view(e["cluster"]["id"])};
  auto siblings = e["cluster"]["siblings"];
  ASSERT_EQ(siblings.get_array().size(), 1u);
  EXPECT_EQ(std::string_view(siblings.at(0)["event_id"]), both[0]);
  EXPECT_EQ(std::string_view(siblings.at(0)["outlet"]), "outlet-one");
  EXPECT_EQ(double(siblings.at(0)["counts"]["dead"]["value"]), 3.0);  // its own figure, beside this one's 4
  EXPECT_EQ(double(e["counts"]["dead"]["value"]), 4.0);
  EXPECT_EQ(ids(json(get(port_, "/api/v1/events?cluster=" + id))).size(), 2u);
  // Taken away again: both corrected to texts without the collapse.
  put({make_doc("bridge-1", "كان الجسر قديما.", CivilDate{2025, 2, 3}, {}),
       make_doc("bridge-2", "تحدث شهود عن الجسر.", CivilDate{2025, 2, 3}, {})});
  EXPECT_TRUE(ids(json(get(port_, "/api/v1/events?cluster=" + id))).empty());
}

TEST(ServeStartTest, DefaultsToLoopbackAndNeverCreatesAStore) {
  ServeOptions o;
  EXPECT_EQ(o.host, "127.0.0.1");
  TempStore tmp;
  o.db = tmp.path("missing.db");
  o.port = 0;
  Server s;
  int port = 0;
  EXPECT_FALSE(s.start(o, port).ok);
  EXPECT_FALSE(std::filesystem::exists(o.db));
}

}  // namespace
}  // namespace rasd::serve

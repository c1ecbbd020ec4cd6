// The ACLED-style export (store/acled.h): every row of data/store/acled_types.tsv and
// acled_inter.tsv, the interaction code, and a whole row written from a stored event.
#include <gtest/gtest.h>

#include <algorithm>

#include "rasd/core/table.h"
#include "rasd/store/acled.h"
#include "store_helpers.h"

namespace rasd::store {
namespace {

using test_support::make_doc;
using test_support::TempStore;

// Each row is reached by its own minimal event: its type, its mode, and parties that fit.
TEST(StoreAcledTest, EveryTypeRowIsReachedByTheEventItDescribes) {
  const data::Table& t = data::table("store/acled_types");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string mode(t.get(r, "mode"));
    std::vector<std::string> modes;
    if (mode != "*") modes.push_back(mode);
    bool clash = t.get(r, "parties") == "clash";
    AcledType a = acled_type(t.get(r, "type"), modes, clash ? 2 : 1, clash ? 0 : 1);
    EXPECT_EQ(a.event_type, t.get(r, "event_type")) << "row " << r;
    EXPECT_EQ(a.sub_event_type, t.get(r, "sub_event_type")) << "row " << r;
    EXPECT_EQ(a.disorder_type, t.get(r, "disorder_type")) << "row " << r;
    // ACLED's categories: protests and riots are demonstrations, strategic developments neither.
    if (a.event_type == "Strategic developments") {
      EXPECT_EQ(a.disorder_type, "Strategic developments");
    }
    if (a.event_type == "Battles" || a.event_type == "Explosions/Remote violence") {
      EXPECT_EQ(a.disorder_type, "Political violence");
    }
    if (a.event_type == "Riots" || a.event_type == "Protests") {
      EXPECT_NE(a.disorder_type.find("Demonstrations"), std::string::npos);
    }
  }
}

TEST(StoreAcledTest, ModesAndPartiesChooseTheKindOfEvent) {
  // A remote weapon decides even when the sides fight each other or other means are named.
  EXPECT_EQ(acled_type("ASSAULT", {"heavy-weapons"}, 2, 0).sub_event_type, "Shelling/artillery/missile attack");
  EXPECT_EQ(acled_type("ASSAULT", {"firearms", "aerial"}, 1, 1).sub_event_type, "Air/drone strike");
  EXPECT_EQ(acled_type("ASSAULT", {"explosives", "suicide-attack"}, 1, 1).sub_event_type, "Suicide bomb");
  // Gunfire: two sides is a battle, a doer and a victim an attack.
  EXPECT_EQ(acled_type("ASSAULT", {"firearms"}, 2, 0).event_type, "Battles");
  EXPECT_EQ(acled_type("ASSAULT", {"firearms"}, 2, 1).event_type, "Violence against civilians");
  EXPECT_EQ(acled_type("ASSAULT", {}, 1, 0).sub_event_type, "Attack");
  EXPECT_EQ(acled_type("PROTEST", {"demo", "riot"}, 1, 0).event_type, "Riots");
  EXPECT_EQ(acled_type("PROTEST", {"strike"}, 1, 0).sub_event_type, "Peaceful protest");
  // Words are not ACLED events.
  for (const char* verbal : {"CONSULT", "ACCUSE", "REQUEST", "THREATEN", "SANCTION"})
    EXPECT_TRUE(acled_type(verbal, {}, 1, 1).event_type.empty()) << verbal;
}

TEST(StoreAcledTest, EveryInterRowAndTheInteractionCode) {
  const data::Table& t = data::table("store/acled_inter");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    int code = acled_inter(t.get(r, "sector"));
    EXPECT_EQ(code, std::stoi(std::string(t.get(r, "inter")))) << t.get(r, "sector");
    EXPECT_TRUE(code >= 1 && code <= 8);
  }
  EXPECT_EQ(acled_inter("UNK"), 0);
  EXPECT_EQ(acled_inter(""), 0);
  EXPECT_EQ(acled_interaction(1, 7), 17);
  EXPECT_EQ(acled_interaction(7, 1), 17);  // lower code first
  EXPECT_EQ(acled_interaction(2, 0), 20);  // one side alone
  EXPECT_EQ(acled_interaction(0, 7), 0);
}

std::vector<std::string> csv_cells(const std::string& line) {
  std::vector<std::string> cells(1);
  bool quoted = false;
  for (char c : line) {
    if (c == '"') quoted = !quoted;
    else if (c == ',' && !quoted) cells.emplace_back();
    else if (c != '\r' && c != '\n') cells.back() += c;
  }
  return cells;
}

TEST(StoreAcledTest, ARowHasAcledsColumnsThenRasdsAndOnlyAcledEventsAreWritten) {
  TempStore tmp;
  std::unique_ptr<Store> store;
  StoreOptions o;
  o.clock = [] { return std::string("2024-05-11T06:30:00.000Z"); };
  ASSERT_TRUE(open_store(tmp.path(), o, store).ok);
  // Written for this test.
  Document doc = make_doc("a", "قصفت القوات قرية فقتلت ثلاثة مدنيين، واجتمع الوزيران، وتظاهر نحو مئتي عامل.",
                          CivilDate{2024, 5, 11},
                          {{.type = "ASSAULT", .trigger = "قصفت", .date = CivilDate{2024, 5, 10}, .country = "SY",
                            .place = "قرية", .actors = {"القوات"}, .recipients = {"مدنيين"}, .dead = 3},
                           {.type = "CONSULT", .trigger = "واجتمع", .country = "SY"},
                           {.type = "PROTEST", .trigger = "وتظاهر", .country = "SY", .actors = {"عامل"}}});
  EventCount crowd;
  crowd.quantity.value = 200;
  crowd.quantity.qualifier = Qualifier::kApprox;
  doc.events[2].counts.push_back({"size", crowd});
  doc.events[0].modes = {"heavy-weapons"};
  doc.events[0].actor[0].sector = "MIL";
  doc.events[0].recipient[0].sector = "CVL";
  PutResult r;
  ASSERT_TRUE(store->begin().ok);
  ASSERT_TRUE(store->put(flatten(doc, "e"), r).ok);
  ASSERT_TRUE(store->commit().ok);

  std::string header;
  write_acled_header(header);
  std::vector<std::string> columns = csv_cells(header);
  // ACLED's current 31 come first, in its order.
  ASSERT_GE(columns.size(), 31u);
  EXPECT_EQ(columns[0], "event_id_cnty");
  EXPECT_EQ(columns[4], "disorder_type");
  EXPECT_EQ(columns[14], "civilian_targeting");
  EXPECT_EQ(columns[29], "tags");
  EXPECT_EQ(columns[30], "timestamp");
  EXPECT_EQ(columns[31], "rasd_event_id");
  for (const char* gone : {"data_id", "event_id_no_cnty", "iso3"})
    EXPECT_EQ(std::find(columns.begin(), columns.end(), gone), columns.end()) << gone;
  std::vector<std::string> rows;
  ASSERT_TRUE(store->query({.all = true}, [&](const StoredEvent& e) {
    std::string line;
    if (write_event_acled(e, line)) rows.push_back(line);
    else EXPECT_TRUE(line.empty());
  }).ok);
  ASSERT_EQ(rows.size(), 2u);  // the meeting is not an ACLED event
  std::vector<std::string> cells = csv_cells(rows[0]);
  ASSERT_EQ(cells.size(), columns.size());
  auto cell = [&](const char* name) {
    return cells[static_cast<size_t>(std::find(columns.begin(), columns.end(), name) - columns.begin())];
  };
  EXPECT_EQ(cell("event_date"), "2024-05-10");
  EXPECT_EQ(cell("year"), "2024");
  EXPECT_EQ(cell("event_type"), "Explosions/Remote violence");
  EXPECT_EQ(cell("actor1"), "القوات");
  EXPECT_EQ(cell("inter1"), "1");
  EXPECT_EQ(cell("inter2"), "7");
  EXPECT_EQ(cell("interaction"), "17");
  EXPECT_EQ(cell("fatalities"), "3");
  EXPECT_EQ(cell("geo_precision"), "1");
  EXPECT_EQ(cell("timestamp"), "1715409000");  // 2024-05-11T06:30:00Z
  EXPECT_EQ(cell("country_code"), "SY");
  // From Debian's iso-codes (scripts/install-deps installs it).
  EXPECT_EQ(cell("country"), "Syria");
  EXPECT_EQ(cell("iso"), "760");
  EXPECT_EQ(cell("disorder_type"), "Political violence");
  EXPECT_EQ(cell("civilian_targeting"), "Civilian targeting");
  EXPECT_EQ(cell("tags"), "");
  EXPECT_EQ(cell("event_id_cnty"), cell("rasd_event_id"));
  cells = csv_cells(rows[1]);
  ASSERT_EQ(cells.size(), columns.size());
  EXPECT_EQ(cell("event_type"), "Protests");
  EXPECT_EQ(cell("disorder_type"), "Demonstrations");
  EXPECT_EQ(cell("civilian_targeting"), "");
  EXPECT_EQ(cell("tags"), "crowd size=around 200");
  EXPECT_EQ(cell("fatalities"), "0");
}

}  // namespace
}  // namespace rasd::store

// Events across articles (store/clusters.h): which tellings of different articles are grouped as
// one happening, and which must stay apart.
#include <gtest/gtest.h>

#include <map>

#include "rasd/store/clusters.h"
#include "rasd/store/rows.h"
#include "rasd/text/normalize.h"
#include "run_pipeline.h"

namespace rasd::store {
namespace {

ClusterEvent ev(std::string id, std::string article, std::string outlet, std::string date) {
  ClusterEvent e;
  e.event_id = std::move(id);
  e.article_id = std::move(article);
  e.outlet = std::move(outlet);
  e.published = date;
  e.type = "ASSAULT";
  e.status = "asserted";
  e.date = std::move(date);
  e.date_precision = "day";
  return e;
}

ClusterEvent at_city(ClusterEvent e, int64_t geonames, std::string admin1, std::string country = "SY") {
  e.country = std::move(country);
  e.admin1 = std::move(admin1);
  e.geo_precision = "city";
  e.geonames_id = geonames;
  return e;
}

std::map<std::string, std::string> cluster_of(const std::vector<ClusterEvent>& events) {
  std::map<std::string, std::string> out;
  for (const Cluster& c : cluster_events(events))
    for (size_t m : c.members) out[events[m].event_id] = c.id;
  return out;
}

TEST(StoreClusters, SamePlaceAndDayInThreeArticlesIsOneHappening) {
  std::vector<ClusterEvent> v = {at_city(ev("a1", "A", "x", "2024-03-10"), 170063, "09"),
                                 at_city(ev("b1", "B", "y", "2024-03-10"), 170063, "09"),
                                 at_city(ev("c1", "C", "z", "2024-03-11"), 170063, "09")};
  auto clusters = cluster_events(v);
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].id, "a1");  // the first report's id
  EXPECT_EQ(clusters[0].articles, 3u);
  EXPECT_EQ(clusters[0].outlets, 3u);
  EXPECT_EQ(clusters[0].first_report, "2024-03-10");
}

TEST(StoreClusters, WhatMustStayApart) {
  ClusterEvent base = at_city(ev("a1", "A", "x", "2024-03-10"), 170063, "09");
  // Another city of the same province, the same day.
  EXPECT_FALSE(same_happening(base, at_city(ev("b1", "B", "y", "2024-03-10"), 163345, "09")));
  // The same city three days later.
  EXPECT_FALSE(same_happening(base, at_city(ev("b1", "B", "y", "2024-03-13"), 170063, "09")));
  // Another type.
  ClusterEvent protest = at_city(ev("b1", "B", "y", "2024-03-10"), 170063, "09");
  protest.type = "PROTEST";
  EXPECT_FALSE(same_happening(base, protest));
  // Another status: a denied attack is not the reported one.
  ClusterEvent denied = at_city(ev("b1", "B", "y", "2024-03-10"), 170063, "09");
  denied.status = "negated";
  EXPECT_FALSE(same_happening(base, denied));
  // Two events of one article: the pipeline already decided they are two.
  EXPECT_FALSE(same_happening(base, at_city(ev("a2", "A", "x", "2024-03-10"), 170063, "09")));
  // Doers of different countries.
  ClusterEvent x = base, y = at_city(ev("b1", "B", "y", "2024-03-10"), 170063, "09");
  x.actors = {"جيش"};
  x.actor_country = "SY";
  y.actors = {"طيران روسي"};
  y.actor_country = "RU";
  EXPECT_FALSE(same_happening(x, y));
  // Nothing but a type and a day.
  EXPECT_FALSE(same_happening(ev("a1", "A", "x", "2024-03-10"), ev("b1", "B", "y", "2024-03-10")));
  // Undated and unpublished: no day at all.
  ClusterEvent undated = base, undated2 = at_city(ev("b1", "B", "y", ""), 170063, "09");
  undated.date = undated.published = "";
  EXPECT_FALSE(same_happening(undated, undated2));
}

TEST(StoreClusters, CoarserPlacesHoldFinerOnes) {
  ClusterEvent city = at_city(ev("a1", "A", "x", "2024-03-10"), 170063, "09");
  ClusterEvent province = ev("b1", "B", "y", "2024-03-10");
  province.country = "SY";
  province.admin1 = "09";
  province.geo_precision = "admin1";
  province.geonames_id = 170062;
  // A province holds many happenings a day: a party named by both must tie them.
  EXPECT_FALSE(same_happening(city, province));
  city.actors = {"قوات الحكومة"};
  province.actors = {"قوات الحكومة"};
  EXPECT_TRUE(same_happening(city, province));
  // Two tellings of a whole country on one day, with no party in common, are two happenings.
  ClusterEvent decree_a = ev("d1", "D", "x", "2024-03-10"), decree_b = ev("d2", "E", "y", "2024-03-10");
  for (ClusterEvent* e : {&decree_a, &decree_b}) {
    e->country = "SY";
    e->geo_precision = "country";
    e->geonames_id = 163843;
  }
  EXPECT_FALSE(same_happening(decree_a, decree_b));
  ClusterEvent other_province = province;
  other_province.admin1 = "12";  // (the same party, another province)
  other_province.geonames_id = 170654;
  EXPECT_FALSE(same_happening(city, other_province));
  // A country-wide telling joins a city's only with a party tying them.
  ClusterEvent country = ev("c1", "C", "z", "2024-03-10");
  country.country = "SY";
  country.geo_precision = "country";
  city.actors.clear();
  EXPECT_FALSE(same_happening(city, country));
  city.recipients = {"سوق شعبي"};
  country.recipients = {"سوق"};
  EXPECT_TRUE(same_happening(city, country));
  country.country = "IQ";
  EXPECT_FALSE(same_happening(city, country));
}

TEST(StoreClusters, PartiesNamedOnlyByWhatTheyAreAreCollective) {
  for (const char* name : {"قوات الأمن", "الجيش", "الجيش الإسرائيلي", "مسلحون مجهولون", "رجال الشرطة المحلية",
                           "القوات الحكومية", "المتظاهرين"})
    EXPECT_TRUE(collective_party(name)) << name;
  for (const char* name : {"حركة النهضة", "سليم الراشد", "قوات سوريا الديمقراطية", "جبهة الخلاص", "الأمم المتحدة"})
    EXPECT_FALSE(collective_party(name)) << name;
}

// «The army» in two tellings of one province does not make them one happening: many units act in
// a province on a day. A named party does; and a collective one does not part them either.
TEST(StoreClusters, ACollectivePartyDoesNotTieACityToItsProvince) {
  ClusterEvent city = at_city(ev("a1", "A", "x", "2024-03-10"), 170063, "09");
  ClusterEvent province = ev("b1", "B", "y", "2024-03-10");
  province.country = "SY";
  province.admin1 = "09";
  province.geo_precision = "admin1";
  province.date = "";  // dated only by its publication day
  auto party = [](ClusterEvent& e, std::string name) {
    e.actors = {text::loose_key(name)};
    e.actors_collective = {collective_party(name)};
  };
  party(city, "الجيش");
  party(province, "الجيش السوري");
  EXPECT_FALSE(same_happening(city, province));
  party(province, "الجيش");
  EXPECT_FALSE(same_happening(city, province));
  party(city, "حركة النهضة");
  party(province, "حركة النهضة");
  EXPECT_TRUE(same_happening(city, province));
  // Both texts stating the same day: then the same collective party ties them.
  party(city, "الجيش");
  party(province, "الجيش");
  province.date = city.date;
  EXPECT_TRUE(same_happening(city, province));
  province.date = "";  // the publication day stands in for the date: no longer
  EXPECT_FALSE(same_happening(city, province));
  // The same sentence word for word (one report printed twice) ties them as a spot does.
  city.evidence = province.evidence = text::loose_key("أعلن الجيش أنه قصف مواقع في المحافظة.");
  EXPECT_TRUE(same_happening(city, province));
  // At one spot a collective party neither ties nor parts: the spot ties them.
  ClusterEvent twin = at_city(ev("c1", "C", "z", "2024-03-10"), 170063, "09");
  party(city, "الجيش");
  party(twin, "الجيش السوري");
  EXPECT_TRUE(same_happening(city, twin));
}

TEST(StoreClusters, AnUnknownPlaceNamedTheSameWayIsOnePlace) {
  ClusterEvent a = ev("a1", "A", "x", "2024-03-10"), b = ev("b1", "B", "y", "2024-03-10");
  for (ClusterEvent* e : {&a, &b}) {
    e->country = "YE";
    e->geo_precision = "village";
    e->location = "قرية الصفا";
  }
  EXPECT_TRUE(same_happening(a, b));
  b.location = "قرية المروة";
  EXPECT_FALSE(same_happening(a, b));
}

// Complete linkage: a province-wide telling may match two cities of its province, but the two
// cities are two places, so they never end in one cluster through it.
TEST(StoreClusters, NoChainingThroughACoarseTelling) {
  ClusterEvent province = ev("p", "P", "x", "2024-03-10");
  province.country = "SY";
  province.admin1 = "09";
  province.geo_precision = "admin1";
  province.recipients = {"قافلة"};
  std::vector<ClusterEvent> v = {province, at_city(ev("c1", "C1", "y", "2024-03-10"), 170063, "09"),
                                 at_city(ev("c2", "C2", "z", "2024-03-10"), 163345, "09")};
  v[1].recipients = v[2].recipients = {"قافلة إغاثة"};
  v[0].published = "2024-03-10T08:00";
  v[1].published = "2024-03-10T09:00";
  v[2].published = "2024-03-10T10:00";
  auto c = cluster_of(v);
  EXPECT_EQ(c["p"], c["c1"]);
  EXPECT_NE(c["c1"], c["c2"]);
}

TEST(StoreClusters, TheSameEventsInAnyOrderGiveTheSameClusters) {
  std::vector<ClusterEvent> v = {at_city(ev("a1", "A", "x", "2024-03-10"), 170063, "09"),
                                 at_city(ev("b1", "B", "y", "2024-03-10"), 170063, "09"),
                                 at_city(ev("d1", "D", "y", "2024-03-10"), 163345, "09"),
                                 at_city(ev("c1", "C", "z", "2024-03-11"), 170063, "09")};
  auto forward = cluster_of(v);
  std::reverse(v.begin(), v.end());
  EXPECT_EQ(cluster_of(v), forward);
  EXPECT_EQ(forward["c1"], "a1");
  EXPECT_EQ(forward["d1"], "d1");
}

TEST(StoreClusters, TheSameOutletTwiceCountsOnce) {
  std::vector<ClusterEvent> v = {at_city(ev("a1", "A", "x", "2024-03-10"), 170063, "09"),
                                 at_city(ev("b1", "B", "x", "2024-03-10"), 170063, "09"),
                                 at_city(ev("c1", "C", "", "2024-03-10"), 170063, "09")};
  auto clusters = cluster_events(v);
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].articles, 3u);
  EXPECT_EQ(clusters[0].outlets, 2u);  // x, and the unknown outlet of C as its own
}

// End to end: three articles written for this test tell one air strike three ways; a fourth
// tells another attack the same day elsewhere, a fifth the same kind of strike a week later.
TEST(StoreClusters, ThreeTellingsOfOneStrikeFromThePipeline) {
  struct Art {
    const char* id;
    const char* outlet;
    const char* published;
    const char* text;
  };
  const Art arts[] = {
      {"a", "outlet-a", "2024-03-10",
       "قتل خمسة مدنيين وأصيب عشرة آخرون في غارة جوية استهدفت سوقا شعبيا في مدينة حلب صباح اليوم الأحد."},
      {"b", "outlet-b", "2024-03-10",
       "قصفت طائرات حربية سوقا في مدينة حلب اليوم الأحد، ما أسفر عن مقتل ستة مدنيين."},
      {"c", "outlet-c", "2024-03-11",
       "قالت مصادر طبية إن سبعة مدنيين قتلوا في غارة جوية على سوق بمدينة حلب أمس الأحد."},
      {"d", "outlet-a", "2024-03-10", "قتل جنديان في هجوم مسلح على حاجز عسكري في مدينة درعا اليوم الأحد."},
      {"e", "outlet-b", "2024-03-17", "قتل أربعة مدنيين في غارة جوية على سوق في مدينة حلب اليوم الأحد."},
  };
  std::vector<ClusterEvent> events;
  for (const Art& a : arts) {
    Document doc = test_support::run_pipeline(a.text, a.published);
    ArticleRow row = flatten(doc, "test");
    size_t assaults = 0;
    for (size_t i = 0; i < row.events.size(); ++i) {
      if (row.events[i].type() != "ASSAULT") continue;
      ++assaults;
      events.push_back(ClusterEvent::from(row.events[i], std::string(a.id) + "-" + std::to_string(i), a.id,
                                          a.outlet, a.published));
    }
    ASSERT_EQ(assaults, 1u) << a.id;
  }
  auto c = cluster_of(events);
  EXPECT_EQ(c["a-0"], c["b-0"]);
  EXPECT_EQ(c["a-0"], c["c-0"]);
  EXPECT_NE(c["a-0"], c["d-0"]);
  EXPECT_NE(c["a-0"], c["e-0"]);
}

}  // namespace
}  // namespace rasd::store

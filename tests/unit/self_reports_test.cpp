// An institution reporting its own deed (events/self_reports.h, data/events/self_reporters.tsv):
// every table row with a sentence of its kind, and the reporters that stay reporters only.
// Sentences written for these tests.
#include <gtest/gtest.h>

#include <map>
#include <string>
#include <tuple>

#include "rasd/core/table.h"
#include "event_helpers.h"
#include "run_pipeline.h"

namespace rasd::events {
namespace {

using test_support::first_of;
inline std::string listing(const Document& d) { return test_support::party_listing(d); }
inline bool has(const std::vector<EventParty>& ps, std::string_view word) { return test_support::has_party(ps, word); }

using Row = std::tuple<std::string, std::string, std::string>;  // type, mode, sector

// One sentence per row: the body tells the deed with no doer in its clause, and the reporter.
const std::map<Row, std::pair<std::string, std::string>>& examples() {
  static const std::map<Row, std::pair<std::string, std::string>> m = {
      {{"ASSAULT", "aerial", "MIL"}, {"وقالت قيادة الجيش في بيان إن 12 غارة جوية نفذت قرب مدينة حمص.", "الجيش"}},
      {{"ASSAULT", "drone", "MIL"}, {"وقال الجيش الأردني في بيان إن غارة بطائرة مسيرة نفذت على مخزن للأسلحة قرب الحدود.", "الجيش الأردني"}},
      {{"MOBILIZE", "*", "MIL"}, {"وقال الجيش اللبناني في بيان إن تعزيزات عسكرية أرسلت إلى الحدود الشمالية.", "الجيش اللبناني"}},
      {{"COERCE", "arrest", "COP"}, {"وقالت الشرطة الفرنسية إن عملية الاعتقال جرت فجر الثلاثاء في مدينة ليون.", "الشرطة الفرنسية"}},
      {{"COERCE", "arrest", "MIL"}, {"وقال الجيش الأردني إن عملية اعتقال المهربين جرت فجر الثلاثاء قرب الحدود.", "الجيش الأردني"}},
      {{"COERCE", "seize", "COP"}, {"وقالت الشرطة الفرنسية إن عملية المصادرة جرت فجر الثلاثاء في مدينة ليون.", "الشرطة الفرنسية"}},
      {{"SANCTION", "discontinue", "GOV"}, {"وقالت وزارة المالية الأمريكية إن العقوبات تستهدف شركات النفط الفنزويلية.", "وزارة المالية"}},
      {{"SANCTION", "withdraw", "GOV"}, {"وقالت وزارة الخارجية الكندية إن سحب السفير جاء احتجاجا على التصريحات.", "وزارة الخارجية"}},
      {{"SANCTION", "expel", "GOV"}, {"وقالت وزارة الخارجية الكندية إن طرد الدبلوماسيين جاء ردا على التصريحات.", "وزارة الخارجية"}},
      {{"ACCUSE", "allege", "JUD"}, {"وقالت النيابة العامة في بيان إن المتهمين أحيلوا إلى المحاكمة الجنائية.", "النيابة العامة"}},
      {{"ACCUSE", "investigate", "JUD"}, {"وقالت النيابة العامة في بيان إن التحقيق في القضية بدأ صباح الأحد.", "النيابة العامة"}},
  };
  return m;
}

// Every row of self_reporters.tsv has its sentence, and there the reporter is the doer.
TEST(SelfReportsTest, EveryRowMakesTheReporterTheDoer) {
  const auto& t = data::table("events/self_reporters");
  ASSERT_GT(t.rows(), 0u);
  for (size_t r = 0; r < t.rows(); ++r) {
    Row row{std::string(t.get(r, "type")), std::string(t.get(r, "mode")), std::string(t.get(r, "sector"))};
    auto it = examples().find(row);
    ASSERT_NE(it, examples().end()) << std::get<0>(row) << " " << std::get<1>(row) << " " << std::get<2>(row) << ": no example";
    Document d = test_support::run_pipeline(it->second.first);
    const Event* e = first_of(d, std::get<0>(row));
    ASSERT_NE(e, nullptr) << it->second.first << listing(d);
    EXPECT_TRUE(has(e->actor, it->second.second)) << it->second.first << listing(d);
    EXPECT_FALSE(has(e->recipient, it->second.second)) << it->second.first << listing(d);
  }
}

// The reported clause's own subject is the doer, not the police reporting it.
TEST(SelfReportsTest, ClauseSubjectStaysTheDoer) {
  Document d = test_support::run_pipeline("وقالت الشرطة إن مسلحين قتلوا ثلاثة أشخاص في مدينة حلب.");
  const Event* e = first_of(d, "ASSAULT");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "مسلحين")) << listing(d);
  EXPECT_FALSE(has(e->actor, "الشرطة")) << listing(d);
}

// A subject before a verbal noun's light verb («إن موسكو قررت طرد») is its doer, not the minister.
TEST(SelfReportsTest, LightVerbSubjectBarsTheReporter) {
  Document d = test_support::run_pipeline("وقال وزير الخارجية الكندي إن موسكو قررت طرد الدبلوماسيين الكنديين.");
  const Event* e = first_of(d, "SANCTION");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_FALSE(has(e->actor, "وزير الخارجية")) << listing(d);
}

// A party of an earlier clause of the report, past a comma, is no subject of the noun's clause.
TEST(SelfReportsTest, EarlierClausePartyDoesNotBar) {
  Document d = test_support::run_pipeline(
      "وقالت الشرطة الفرنسية إن المدنيين غادروا الحي، وإن عملية المصادرة جرت فجر الثلاثاء في مدينة ليون.");
  const Event* e = first_of(d, "COERCE");
  ASSERT_NE(e, nullptr) << listing(d);
  EXPECT_TRUE(has(e->actor, "الشرطة الفرنسية")) << listing(d);
  EXPECT_FALSE(has(e->actor, "المدنيين")) << listing(d);
}

// A source («مصدر عسكري») and a rights group tell others' deeds.
TEST(SelfReportsTest, SourcesAndGroupsAreNoDoers) {
  for (const char* text : {"وقال مصدر عسكري إن 12 غارة جوية نفذت قرب مدينة حمص.",
                           "وقالت منظمة العفو الدولية إن غارات جوية نفذت على قرى في ريف إدلب."}) {
    Document d = test_support::run_pipeline(text);
    const Event* e = first_of(d, "ASSAULT");
    ASSERT_NE(e, nullptr) << text << listing(d);
    EXPECT_TRUE(e->actor.empty()) << text << listing(d);
  }
}

// A reaction between the reporter and the deed (reaction_types.tsv: «ترحب ب», «ستطالب ب») names
// another's deed: the ministry welcoming a recall did not recall anyone.
TEST(SelfReportsTest, ReactionNamesAnothersDeed) {
  for (const char* text : {"وقالت وزارة الخارجية الكندية في بيان إنها ترحب بسحب السفير الروسي من أوتاوا.",
                           "وقالت وزارة الخارجية الكندية إنها ستطالب بتفسير لطرد الدبلوماسيين الكنديين من موسكو."}) {
    Document d = test_support::run_pipeline(text);
    const Event* e = first_of(d, "SANCTION");
    ASSERT_NE(e, nullptr) << text << listing(d);
    EXPECT_FALSE(has(e->actor, "وزارة الخارجية")) << text << listing(d);
  }
}

}  // namespace
}  // namespace rasd::events

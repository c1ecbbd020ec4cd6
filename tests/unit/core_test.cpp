#include <gtest/gtest.h>

#include "rasd/core/civil_date.h"
#include "rasd/core/hash.h"
#include "rasd/core/offsets.h"
#include "rasd/core/table.h"

namespace rasd {
namespace {

TEST(CivilDateTest, WeekdaysAndArithmetic) {
  EXPECT_EQ(weekday({2022, 1, 8}), 6);   // a Saturday
  EXPECT_EQ(weekday({2022, 1, 7}), 5);   // Friday
  EXPECT_EQ(weekday({1969, 12, 28}), 0); // Sunday, before the epoch
  EXPECT_EQ(add_days({2022, 1, 1}, -1), (CivilDate{2021, 12, 31}));
  EXPECT_EQ(add_days({2024, 2, 28}, 1), (CivilDate{2024, 2, 29}));
  for (long d = -800000; d < 800000; d += 997) EXPECT_EQ(days_from_civil(civil_from_days(d)), d);
}

TEST(CivilDateTest, ParseIsoDate) {
  EXPECT_EQ(parse_iso_date("2022-01-08"), (CivilDate{2022, 1, 8}));
  EXPECT_EQ(parse_iso_date("2022-01-08T10:00:00Z"), (CivilDate{2022, 1, 8}));
  EXPECT_FALSE(parse_iso_date("2022-13-01"));
  EXPECT_FALSE(parse_iso_date("2023-02-29"));
  EXPECT_FALSE(parse_iso_date("08/01/2022"));
  EXPECT_FALSE(parse_iso_date("2022-01-08x"));
  EXPECT_FALSE(parse_iso_date(""));
  EXPECT_EQ(to_iso({2022, 1, 8}), "2022-01-08");
}

// A view is looked up as it is: without is_transparent, find(std::string_view) would not compile
// (a view does not convert to std::string implicitly).
static_assert(requires(const StringSet& s, std::string_view v) { s.find(v); });
static_assert(requires(const StringMap<int>& m, std::string_view v) { m.find(v); });

TEST(StringHashTest, ViewsFindStringsAndHashAlike) {
  const StringMap<int> cities{{"طرابلس", 1}, {"نواكشوط", 2}};
  const std::string text = "حط الوفد في نواكشوط قادما من طرابلس";
  const std::string_view view(text);
  const std::string nouakchott = "نواكشوط";
  auto it = cities.find(view.substr(text.find(nouakchott), nouakchott.size()));
  ASSERT_NE(it, cities.end());
  EXPECT_EQ(it->second, 2);
  EXPECT_EQ(cities.find(view.substr(0, text.find(' '))), cities.end());  // «حط»: not a city
  EXPECT_EQ(cities.find(view.substr(text.find(nouakchott), 4)), cities.end());  // a prefix is not the word
  EXPECT_EQ(StringHash{}(nouakchott), StringHash{}(std::string_view(nouakchott)));
  EXPECT_NE(StringHash{}("أمن"), StringHash{}("امن"));  // hamza matters: keys are normalised before
  const StringSet words{"نهر", "جبل"};
  EXPECT_TRUE(words.contains(std::string_view("جبل")));
  EXPECT_FALSE(words.contains(std::string_view("جبال")));
}

TEST(CodePointIndexTest, CountsCodePointsNotBytes) {
  std::string text = "a" "ب" "😀" "c";  // 1 + 2 + 4 + 1 bytes
  CodePointIndex cp(text);
  EXPECT_EQ(cp(0), 0u);
  EXPECT_EQ(cp(1), 1u);
  EXPECT_EQ(cp(3), 2u);
  EXPECT_EQ(cp(7), 3u);
  EXPECT_EQ(cp(8), 4u);
  EXPECT_EQ(cp.size(), 4u);
  EXPECT_EQ(cp(5), 2u);  // inside the emoji: its own start
}

TEST(CodePointIndexTest, LongTextAcrossBlocks) {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "سلام ";
  CodePointIndex cp(text);
  EXPECT_EQ(cp(static_cast<uint32_t>(text.size())), 5000u);
  EXPECT_EQ(cp(9 * 500), 5u * 500);
}

// Every compiled table has a header and a note column for reviewers.
TEST(TableTest, EveryTableHasHeaderAndNotes) {
  ASSERT_FALSE(data::all_tables().empty());
  for (const auto& t : data::all_tables()) {
    EXPECT_FALSE(t.columns.empty()) << t.name;
    EXPECT_GE(t.column("note"), 0) << t.name << " has no note column";
    EXPECT_EQ(t.cells() % t.columns.size(), 0u) << t.name;
  }
}

// A table name the code asks for and the build did not compile is a bug: it must stop the run
// loudly, not hand a stage an empty table.
TEST(TableDeathTest, MissingTableAborts) {
  EXPECT_EQ(data::table("text/function_words").name, "text/function_words");
  EXPECT_DEATH((void)data::table("no/such/table"), "no data table 'no/such/table'");
}

}  // namespace
}  // namespace rasd

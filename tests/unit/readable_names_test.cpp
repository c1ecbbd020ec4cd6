// Names from hashtags read as prose names (text/readable_names.h), in the record's every name
// field, while offsets still point at the text as written.
#include "rasd/text/readable_names.h"

#include <gtest/gtest.h>

#include "run_pipeline.h"

namespace rasd::text {
namespace {

TEST(ReadableNames, HashtagMarksGo) {
  EXPECT_EQ(readable_name("#قطاع_غزة"), "قطاع غزة");
  EXPECT_EQ(readable_name("محافظة #حلب"), "محافظة حلب");
  EXPECT_EQ(readable_name("#جيش__التحرير_"), "جيش التحرير");
  EXPECT_EQ(readable_name("#Free_Press"), "Free Press");
}

TEST(ReadableNames, OtherTextUnchanged) {
  EXPECT_EQ(readable_name("وزارة الداخلية"), "وزارة الداخلية");
  EXPECT_EQ(readable_name("الفرقة #5"), "الفرقة #5");  // a number sign is no hashtag
  EXPECT_EQ(readable_name(""), "");
}

TEST(ReadableNames, TheRecordsNamesReadAsProse) {
  std::string text = "قصفت طائرات حربية #مطار_الضبعة العسكري في محافظة #دير_الزور صباح اليوم.";
  Document doc = test_support::run_pipeline(text, "2024-02-11");
  ASSERT_FALSE(doc.events.empty());
  const Event& e = doc.events.front();
  ASSERT_TRUE(e.location.has_value());
  EXPECT_EQ(e.location->name.find('_'), std::string::npos) << e.location->name;
  EXPECT_EQ(e.location->name.find('#'), std::string::npos) << e.location->name;
  bool deir = false;
  for (const Entity& x : doc.entities) {
    EXPECT_EQ(x.name.find('_'), std::string::npos) << x.name;
    deir |= x.name == "دير الزور";
  }
  EXPECT_TRUE(deir) << "the province in the hashtag is found";
  // The evidence still points at the hashtag as written.
  EXPECT_NE(text.find("#دير_الزور"), std::string::npos);
}

}  // namespace
}  // namespace rasd::text

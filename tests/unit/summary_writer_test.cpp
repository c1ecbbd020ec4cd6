// The readable summary (`--output summary`, the README's first command) shows every event with its
// parties, place, date, counts, status and tellings in context, and every quote.
#include <gtest/gtest.h>

#include "rasd/io/summary_writer.h"
#include "run_pipeline.h"

namespace rasd {
namespace {

using test_support::run_pipeline;

std::string summary_of(const std::string& text) {
  std::string out;
  io::write_summary(run_pipeline(text), out);
  return out;
}

TEST(SummaryWriterTest, ShowsAnEventWithItsFields) {
  std::string s = summary_of("اعتقلت الشرطة عشرين متظاهرا في بغداد يوم الخميس.");
  EXPECT_NE(s.find("event:      COERCE"), std::string::npos) << s;
  EXPECT_NE(s.find("[asserted"), std::string::npos) << s;
  EXPECT_NE(s.find("arrested: 20"), std::string::npos) << s;
  EXPECT_NE(s.find("بغداد"), std::string::npos) << s;
  EXPECT_NE(s.find("when:     2023-06-08"), std::string::npos) << s;
  // The telling is shown in its sentence with the trigger bracketed.
  EXPECT_NE(s.find("[اعتقلت] الشرطة"), std::string::npos) << s;
}

TEST(SummaryWriterTest, ShowsNegationAsTheStatus) {
  std::string s = summary_of("نفت الحكومة اعتقال أي صحفي خلال الاحتجاجات الأخيرة.");
  size_t at = s.find("event:      COERCE");
  ASSERT_NE(at, std::string::npos) << s;
  EXPECT_NE(s.find("negated", at), std::string::npos) << s;
}

// An episode dated long before publication (2023-06-10) is marked background in the bracket;
// today's is not.
TEST(SummaryWriterTest, ShowsBackgroundInTheStatus) {
  std::string s = summary_of("في مارس 2021 اعتقلت الشرطة عشرين متظاهرا في بغداد.");
  size_t at = s.find("event:      COERCE");
  ASSERT_NE(at, std::string::npos) << s;
  EXPECT_NE(s.find("[asserted, background", at), std::string::npos) << s;
  s = summary_of("اعتقلت الشرطة عشرين متظاهرا في بغداد يوم الخميس.");
  EXPECT_EQ(s.find("background"), std::string::npos) << s;
}

TEST(SummaryWriterTest, ShowsQuotesWithTheirSpeaker) {
  std::string s = summary_of("وقال وزير الداخلية العراقي إن الوضع هادئ في العاصمة.");
  EXPECT_NE(s.find("quote:      وزير الداخلية العراقي said that «الوضع هادئ في العاصمة"), std::string::npos) << s;
}

TEST(SummaryWriterTest, NoEventLineWhereTheTextHasNone) {
  std::string s = summary_of("ارتفعت أسعار الذهب في الأسواق العالمية صباح اليوم.");
  EXPECT_EQ(s.find("event:"), std::string::npos) << s;
}

}  // namespace
}  // namespace rasd

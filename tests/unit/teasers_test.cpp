#include "rasd/text/teasers.h"

#include <gtest/gtest.h>

#include "rasd/core/table.h"
#include "rasd/pipeline.h"

namespace rasd::text {
namespace {

Document run(const std::string& text) {
  static const Pipeline pipeline;
  RawDocument raw;
  raw.text = text;
  return pipeline.run(raw);
}

// A story of connected paragraphs about a flood.
const char* kStory =
    "غمرت مياه الفيضانات أحياء واسعة من مدينة الساحل بعد أمطار غزيرة استمرت ثلاثة أيام متتالية دون توقف.\n"
    "وقال رئيس البلدية إن فرق الإنقاذ أجلت مئات العائلات من الأحياء المنخفضة القريبة من مجرى النهر.\n"
    "وأضاف أن مياه الفيضانات ألحقت أضرارا كبيرة بالطرق والجسور والمدارس في الأحياء المتضررة من المدينة.\n"
    "من جهته، أعلن الدفاع المدني أن فرق الإنقاذ ستواصل عمليات الإجلاء طوال الليل في أحياء المدينة المتضررة.\n";

// Ledes of unrelated stories, each opening without a connective.
const char* kTeasers =
    "أعلنت شركة الطيران الوطنية عن تسيير رحلات جديدة إلى ثلاث عواصم أوروبية ابتداء من الشهر المقبل بأسعار مخفضة للمسافرين.\n"
    "فاز المنتخب الأول لكرة القدم على نظيره في مباراة ودية أقيمت مساء الثلاثاء على الملعب الكبير وسط حضور جماهيري لافت.\n"
    "كشفت دراسة علمية حديثة أن تناول الخضروات الورقية يوميا يقلل من خطر الإصابة بأمراض القلب لدى كبار السن بنسبة ملحوظة.\n";

TEST(TeasersTest, TrailingUnrelatedLedesAreBoilerplate) {
  Document d = run(std::string(kStory) + kTeasers);
  ASSERT_EQ(d.boilerplate.size(), 3u);
  EXPECT_NE(std::string(d.boilerplate[0].of(d.text)).find("شركة الطيران"), std::string::npos);
  for (const auto& s : d.sentences)
    if (s.span.of(d.text).find("الفيضانات") != std::string_view::npos) {
      EXPECT_EQ(s.kind, SentenceKind::kBody);
    }
}

// Two unconnected closing paragraphs are not a run of teasers.
TEST(TeasersTest, TwoParagraphsAreNoRun) {
  std::string teasers(kTeasers);
  teasers = teasers.substr(teasers.find('\n') + 1);
  Document d = run(std::string(kStory) + teasers);
  EXPECT_TRUE(d.boilerplate.empty());
}

// Closing paragraphs that keep to the story's words are the story, connective or not.
TEST(TeasersTest, CohesiveClosingParagraphsStay) {
  std::string closing =
      "تسببت مياه الفيضانات في انقطاع الكهرباء عن أحياء المدينة المتضررة لساعات طويلة وسط استمرار الأمطار الغزيرة.\n"
      "أجلت فرق الإنقاذ العائلات المتبقية من الأحياء المنخفضة القريبة من مجرى النهر إلى المدارس في المدينة.\n"
      "تضررت الطرق والجسور في الأحياء القريبة من النهر بعد ارتفاع مياه الفيضانات خلال الأيام الثلاثة الماضية.\n";
  Document d = run(std::string(kStory) + closing);
  EXPECT_TRUE(d.boilerplate.empty());
}

// A story whose own paragraphs do not connect (a column, a list) is left alone.
TEST(TeasersTest, UnconnectedStoryIsLeftAlone) {
  std::string story =
      "غمرت مياه الفيضانات أحياء واسعة من مدينة الساحل بعد أمطار غزيرة استمرت ثلاثة أيام متتالية.\n"
      "أجلت فرق الإنقاذ مئات العائلات من الأحياء المنخفضة القريبة من مجرى النهر خلال الليل.\n"
      "ألحقت المياه أضرارا كبيرة بالطرق والجسور والمدارس في الأحياء المتضررة من المدينة.\n"
      "أعلن الدفاع المدني مواصلة عمليات الإجلاء طوال الليل في أحياء المدينة المتضررة.\n";
  Document d = run(story + kTeasers);
  EXPECT_TRUE(d.boilerplate.empty());
}

// Every connective row opens a paragraph that continues the story.
TEST(TeasersTest, EveryConnectiveRowConnects) {
  const auto& t = data::table("text/connectives");
  ASSERT_GT(t.rows(), 10u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string w(t.get(r, "word"));
    std::string teasers(kTeasers);
    // The first teaser now opens with the connective: the run shrinks to two, so none is marked.
    Document d = run(std::string(kStory) + w + " " + teasers);
    EXPECT_TRUE(d.boilerplate.empty()) << w;
  }
}

}  // namespace
}  // namespace rasd::text

#include "rasd/io/html_reader.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace rasd::io {
namespace {

std::string fixture(const std::string& name) {
  std::ifstream f(std::string(RASD_SOURCE_DIR) + "/tests/data/html/" + name, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  EXPECT_FALSE(ss.str().empty()) << name;
  return ss.str();
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

bool has_error(const RawDocument& raw, const std::string& code) {
  for (const RecordError& e : raw.errors)
    if (e.code == code) return true;
  return false;
}

TEST(HtmlReaderTest, ArticleBodyOneBlockPerLine) {
  RawDocument raw = read_html(fixture("article.html"), "article");
  EXPECT_TRUE(raw.text_is_extracted);
  EXPECT_EQ(raw.id, "article");
  EXPECT_EQ(raw.text,
            "الأمطار تغلق طرقا في المدينة\n"
            "أغلقت السلطات المحلية ثلاثة طرق رئيسية صباح الثلاثاء بعد أمطار غزيرة.\n"
            "وقال متحدث باسم البلدية إن فرق الطوارئ «تعمل منذ الفجر» على فتح المصارف.\n"
            "خسائر محدودة\n"
            "ولم تسجل إصابات، بحسب الدفاع المدني.\n"
            "إغلاق الطريق الشمالي\n"
            "تحويل السير إلى الطريق الدائري\n"
            "نرجو من الأهالي البقاء في بيوتهم.");
  EXPECT_TRUE(raw.errors.empty());
}

TEST(HtmlReaderTest, DropsNavScriptsHiddenAndFurniture) {
  std::string t = read_html(fixture("article.html"), "a").text;
  for (const char* gone : {"الرئيسية", "شعار الموقع", "لا تقرأ هذا", "نص من سكربت", "رابط خارجي", "شارك",
                           "نص مخفي", "خبر آخر عن الطقس", "رابط أول", "فعّل", "رسم", "ابحث", "بحث",
                           "خبر جانبي", "تعليق قارئ", "اشترك", "جميع الحقوق", "color"})
    EXPECT_FALSE(has(t, gone)) << gone;
}

TEST(HtmlReaderTest, EntitiesDecodedAndWhitespaceCollapsed) {
  std::string t = read_html(fixture("article.html"), "a").text;
  EXPECT_TRUE(has(t, "«تعمل منذ الفجر»"));
  EXPECT_TRUE(has(t, "ولم تسجل إصابات، بحسب"));
  EXPECT_FALSE(has(t, "  "));
}

TEST(HtmlReaderTest, Metadata) {
  RawDocument raw = read_html(fixture("article.html"), "a");
  ASSERT_TRUE(raw.title);
  EXPECT_EQ(*raw.title, "الأمطار تغلق طرقا في المدينة | موقع تجريبي");
  ASSERT_TRUE(raw.published);
  EXPECT_EQ(*raw.published, "2023-03-14");
  ASSERT_TRUE(raw.url);
  EXPECT_EQ(*raw.url, "https://example.org/news/rain-roads");
}

TEST(HtmlReaderTest, MostParagraphTextWinsWithoutArticle) {
  RawDocument raw = read_html(fixture("paragraphs.html"), "p");
  EXPECT_EQ(raw.text,
            "سد جديد على النهر\n"
            "2 يوليو 2021\n"
            "افتتحت الحكومة سدا جديدا على النهر بعد خمس سنوات من العمل.\n"
            "ويخزن السد نحو مليار متر مكعب من المياه، وفق وزارة الري.\n"
            "وقال الوزير إن المشروع سيوفر المياه لمئات القرى.");
  ASSERT_TRUE(raw.title);
  EXPECT_EQ(*raw.title, "سد جديد على النهر");  // og:title when there is no <title>
  ASSERT_TRUE(raw.published);
  EXPECT_EQ(*raw.published, "2021-07-02");  // <time datetime>
  ASSERT_TRUE(raw.url);
  EXPECT_EQ(*raw.url, "https://example.org/dam");  // og:url without a canonical link
}

TEST(HtmlReaderTest, TagSoupWithUnclosedTags) {
  RawDocument raw = read_html(fixture("tag_soup.html"), "soup");
  EXPECT_EQ(raw.text,
            "حريق في سوق قديم\n"
            "اندلع حريق في سوق شعبي مساء الأحد.\n"
            "وقالت الشرطة إن النيران امتدت إلى متجرين مجاورين.\n"
            "لا إصابات\n"
            "أضرار مادية\n"
            "وفتحت السلطات تحقيقا & قالت إن السبب ماس كهربائي");
  EXPECT_TRUE(raw.errors.empty());
}

TEST(HtmlReaderTest, PageWithoutBodyIsEmptyNotFatal) {
  RawDocument raw = read_html(fixture("no_body.html"), "nobody");
  EXPECT_TRUE(raw.text.empty());
  ASSERT_EQ(raw.errors.size(), 1u);
  EXPECT_EQ(raw.errors[0].code, "empty-html");
  EXPECT_FALSE(raw.errors[0].fatal);
  EXPECT_FALSE(raw.errors[0].start);
  ASSERT_TRUE(raw.title);
  EXPECT_EQ(*raw.title, "صفحة بلا متن");
}

TEST(HtmlReaderTest, EmptyAndGarbageInputNeverFail) {
  for (std::string in : {std::string(), std::string("\xFF\xFE<<<>>>&&&"), std::string("<p>"),
                         std::string("نص بلا وسوم")}) {
    RawDocument raw = read_html(in, "x");
    if (raw.text.empty()) {
      EXPECT_TRUE(has_error(raw, "empty-html"));
    }
  }
  EXPECT_EQ(read_html("نص بلا وسوم", "x").text, "نص بلا وسوم");
}

TEST(HtmlReaderTest, DeepNestingIsBoundedAndFast) {
  std::string deep = "<html><body>";
  for (int i = 0; i < 200000; ++i) deep += "<div>";
  deep += "<p>نص عميق.</p></body></html>";
  RawDocument raw = read_html(deep, "deep");
  EXPECT_EQ(raw.text, "نص عميق.");
  EXPECT_TRUE(has_error(raw, "html-too-deep"));
}

TEST(HtmlReaderTest, TooManyTagsAreDroppedTextKept) {
  // gumbo's tree grows with the tag count, not the byte count: past the cap tags become spaces.
  std::string page = "<html><body><p>بداية الخبر.</p>";
  for (int i = 0; i < 250000; ++i) page += "<br>";
  page += "<p>نهاية الخبر.</p><script>var hidden = 1;</script><!-- ملاحظة --></body></html>";
  RawDocument raw = read_html(page, "many");
  EXPECT_TRUE(has_error(raw, "html-too-many-tags"));
  EXPECT_FALSE(has_error(raw, "html-too-deep"));
  EXPECT_TRUE(has(raw.text, "بداية الخبر."));
  EXPECT_TRUE(has(raw.text, "نهاية الخبر."));
  EXPECT_FALSE(has(raw.text, "hidden")) << "a script past the cap is dropped with its code";
  EXPECT_FALSE(has(raw.text, "ملاحظة"));
  EXPECT_FALSE(has(raw.text, "<p>"));
  // A page under the cap is parsed untouched.
  EXPECT_FALSE(has_error(read_html(fixture("article.html"), "a"), "html-too-many-tags"));
}

TEST(HtmlReaderTest, OversizedInputIsTruncatedWithAnError) {
  std::string big = "<html><body><p>بداية النص.</p><!--";
  big.append((16u << 20) + 100 - big.size(), 'x');  // one long comment: cheap to parse
  RawDocument raw = read_html(big, "big");
  EXPECT_TRUE(has_error(raw, "document-truncated"));
  EXPECT_TRUE(raw.text.rfind("بداية النص.", 0) == 0);
}

}  // namespace
}  // namespace rasd::io

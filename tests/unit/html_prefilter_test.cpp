// Bounds applied to HTML before gumbo (src/rasd/io/html_prefilter): pages written for these tests.
#include "rasd/io/html_prefilter.h"

#include <gtest/gtest.h>

#include <string>

#include "rasd/io/html_reader.h"

namespace rasd::io {
namespace {

std::string attrs(size_t n, const std::string& prefix = "data-a") {
  std::string s;
  for (size_t k = 0; k < n; ++k) s += " " + prefix + std::to_string(k) + "=\"" + std::to_string(k) + "\"";
  return s;
}

TEST(HtmlPrefilterTest, PageWithinTheBoundIsUntouched) {
  std::string out;
  std::string page = "<html><body><p class=\"x\" id=y hidden>قال الوزير إن الوضع هادئ.</p></body></html>";
  EXPECT_FALSE(bound_attributes(page, out));
  EXPECT_TRUE(out.empty());
  std::string at_bound = "<p" + attrs(kMaxAttributes) + ">نص</p>";
  EXPECT_FALSE(bound_attributes(at_bound, out));
}

TEST(HtmlPrefilterTest, KeepsTheFirstAttributesOfATag) {
  std::string out;
  std::string page = "<div><p" + attrs(kMaxAttributes + 40) + " title='آخر'>نص الخبر</p><p a=1>تالية</p></div>";
  ASSERT_TRUE(bound_attributes(page, out));
  EXPECT_EQ(out, "<div><p" + attrs(kMaxAttributes) + " >نص الخبر</p><p a=1>تالية</p></div>");
  // Values with spaces, '>' inside quotes, bare values and names without values are each one.
  std::string mixed = "<p";
  for (size_t k = 0; k < kMaxAttributes; ++k) mixed += k % 3 == 0 ? " a" + std::to_string(k) + "=\"x > y\"" :
                                                     k % 3 == 1 ? " b" + std::to_string(k) + "=bare" :
                                                                  " c" + std::to_string(k);
  std::string kept = mixed;
  mixed += " extra=1>نص</p>";
  ASSERT_TRUE(bound_attributes(mixed, out = {}));
  EXPECT_EQ(out, kept + " >نص</p>");
}

TEST(HtmlPrefilterTest, ScriptsAndCommentsAreNotTags) {
  std::string out;
  std::string inside = "<p" + attrs(kMaxAttributes + 5) + ">";
  std::string page = "<script>var s = '" + inside + "';</script><!-- " + inside + " --><p>نص</p>";
  EXPECT_FALSE(bound_attributes(page, out));
  std::string upper = "<SCRIPT>var s = '" + inside + "';</SCRIPT><p" + attrs(kMaxAttributes + 1) + ">نص</p>";
  ASSERT_TRUE(bound_attributes(upper, out));
  EXPECT_NE(out.find(inside), std::string::npos);  // the script's text is kept as written
  EXPECT_EQ(out.find("data-a" + std::to_string(kMaxAttributes) + "=", out.find("</SCRIPT>")), std::string::npos);
}

// The reader calls the bound: a tag with very many distinct attributes still yields its text.
TEST(HtmlPrefilterTest, ReaderReadsATagWithManyAttributes) {
  std::string page = "<html><body><p" + attrs(100000) + ">قال الوزير إن الوضع هادئ.</p></body></html>";
  RawDocument raw = read_html(page, "many");
  EXPECT_EQ(raw.text, "قال الوزير إن الوضع هادئ.");
}

}  // namespace
}  // namespace rasd::io

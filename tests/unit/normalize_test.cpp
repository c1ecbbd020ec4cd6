#include "rasd/text/normalize.h"

#include <gtest/gtest.h>

#include "rasd/core/table.h"
#include "rasd/text/utf8.h"

namespace rasd::text {
namespace {

struct Case { const char* what; const char* in; const char* key; };

// One row per folding family of data/text/normalize.tsv.
TEST(NormalizeTest, FoldsEachFamily) {
  const Case cases[] = {
      {"alef hamza above", "أعلن", "اعلن"},
      {"alef hamza below", "إطلاق", "اطلاق"},
      {"alef madda", "آلاف", "الاف"},
      {"alef wasla", "ٱلناس", "الناس"},
      {"hamza on waw", "مسؤول", "مسوول"},
      {"hamza on yeh", "رئيس", "رييس"},
      {"alef maqsura", "كبرى", "كبري"},
      {"taa marbuta kept by default", "الشرطة", "الشرطة"},
      {"tatweel", "بـالـعاصمة", "بالعاصمة"},
      {"diacritics", "حَذَّرَ", "حذر"},
      {"dagger alef", "هٰذا", "هذا"},
      {"Arabic-Indic digits", "٢٠٢٢", "2022"},
      {"Persian digits", "۱۴۰۰", "1400"},
      {"Arabic comma, semicolon, question mark", "نعم، لا؛ لماذا؟", "نعم, لا; لماذا?"},
      {"decimal and thousands separators", "٢٫٥ و١٬٥٠٠", "2.5 و1,500"},
      {"percent", "٧٠٪", "70%"},
      {"guillemets and curly quotes", "«أ» “ب”", "\"ا\" \"ب\""},
      {"dashes", "أ–ب—ج", "ا-ب-ج"},
      {"no-break and thin spaces", "أ\u00A0ب\u2009ج", "ا ب ج"},
      {"bidi and zero-width marks", "\u200Fأ\u200Eب\u202Bج\u202C\u2066د\u2069\uFEFF", "ابجد"},
      {"Latin lower-cased", "NATO Reuters", "nato reuters"},
      {"presentation forms via NFKC", "\uFEF7\uFEE3\uFEE4", "لامم"},
      {"lam-alef ligature with hamza", "\uFEFB", "لا"},
      {"Farsi yeh and keheh", "کی", "كي"},
      {"lone CR is a space", "أ\rب", "ا ب"},
  };
  for (const auto& c : cases) EXPECT_EQ(normalize_key(c.in), c.key) << c.what;
}

// normalize_key copies plain ASCII and two-byte letters without a rule straight through; what it
// gives must stay what normalize() (code point by code point) gives, ill-formed bytes included.
TEST(NormalizeTest, KeyFastPathAgreesWithTheFullNormalisation) {
  const std::string inputs[] = {
      "Hello World 2024", "أعلنت الحكومة عن خطة جديدة", "كبرى مدينة", "MixED عربي Text",
      std::string("\xC3("),       // a two-byte lead before a non-continuation byte
      std::string("\x80\xBF"),   // lone continuation bytes
      std::string("\xC0\x80"),   // an overlong NUL
      std::string("\xC1\xBF"),   // an overlong ASCII letter
      std::string("\xD8"),        // a lead byte cut short at the end
      std::string("ب\xD9"),       // a letter, then a lead byte cut short
      "\u00C9t\u00E9 \u00A0", "\uFEF7\uFEE3", "٢٠٢٢ ٪ «أ»",
  };
  for (bool taa : {false, true})
    for (bool maqsura : {false, true}) {
      NormalizeOptions o;
      o.fold_taa_marbuta = taa;
      o.fold_alef_maqsura = maqsura;
      for (const auto& in : inputs) EXPECT_EQ(normalize_key(in, o), normalize(in, o).key) << in;
    }
  EXPECT_EQ(normalize_key("ABC"), "abc");
  EXPECT_NE(normalize_key("أب"), "أب");  // a letter with a rule is folded, not copied
}

TEST(NormalizeTest, TaaMarbutaAndAlefMaqsuraOptions) {
  NormalizeOptions o;
  o.fold_taa_marbuta = true;
  EXPECT_EQ(normalize_key("مدينة", o), "مدينه");
  EXPECT_EQ(loose_key("قوة"), "قوه");
  o.fold_alef_maqsura = false;
  EXPECT_EQ(normalize_key("مستشفى", o), "مستشفى");
}

// The map: every key byte points back into the original, and spans round-trip.
TEST(NormalizeTest, OffsetMapPointsBackIntoTheOriginal) {
  std::string text = "وَأَعْلَنَتْ الشُّرطةُ اعتقالَ ٤٠ شخصاً";
  NormalizedText n = normalize(text);
  ASSERT_EQ(n.to_orig.size(), n.key.size() + 1);
  EXPECT_EQ(n.to_orig.back(), text.size());
  for (size_t i = 1; i < n.to_orig.size(); ++i) EXPECT_LE(n.to_orig[i - 1], n.to_orig[i]);
  // Find "40" in the key and map it back: the original shows Arabic-Indic digits.
  size_t k = n.key.find("40");
  ASSERT_NE(k, std::string::npos);
  Span s = n.orig_span(static_cast<uint32_t>(k), static_cast<uint32_t>(k + 2));
  EXPECT_EQ(s.of(text), "٤٠");
  // A diacritised word maps back whole, marks included up to the next kept letter.
  size_t w = n.key.find("الشرطة");
  Span ws = n.orig_span(static_cast<uint32_t>(w), static_cast<uint32_t>(w + std::string("الشرطة").size()));
  EXPECT_EQ(ws.of(text).substr(0, std::string("الشُّرطة").size()), "الشُّرطة");
}

TEST(NormalizeTest, IdempotentOnEveryTableRow) {
  const auto& t = data::table("text/normalize");
  ASSERT_GT(t.rows(), 100u);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string s;
    unsigned cp = std::stoul(std::string(t.get(r, "from")), nullptr, 16);
    append(s, static_cast<char32_t>(cp));
    NormalizeOptions all;  // every optional class on, so each row takes effect
    all.fold_taa_marbuta = true;
    std::string once = normalize_key("ب" + s + "ب", all);
    EXPECT_EQ(normalize_key(once, all), once) << "row at line " << t.lines[r];
    // Rows map to something different from the source (or drop it).
    EXPECT_NE(once, "ب" + s + "ب") << "row at line " << t.lines[r] << " changes nothing";
  }
}

TEST(NormalizeTest, TableRowsAreWellFormed) {
  const auto& t = data::table("text/normalize");
  ASSERT_GE(t.column("from"), 0);
  ASSERT_GE(t.column("to"), 0);
  ASSERT_GE(t.column("class"), 0);
  const std::string classes = " alef hamza alef_maqsura taa_marbuta variant tatweel diacritic digit punct quote dash space invisible ";
  for (size_t r = 0; r < t.rows(); ++r)
    EXPECT_NE(classes.find(" " + std::string(t.get(r, "class")) + " "), std::string::npos)
        << "unknown class at line " << t.lines[r];
}

}  // namespace
}  // namespace rasd::text

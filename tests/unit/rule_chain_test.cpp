// text/rule_chain: ICU's rule files run without ICU's registry give ICU's own output.
#include "rasd/text/rule_chain.h"

#include <gtest/gtest.h>
#include <unicode/translit.h>

#include <memory>
#include <string>

namespace rasd::text {
namespace {

std::string utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

struct Both {
  std::unique_ptr<RuleChain> arabic_latin = RuleChain::from_icu_data("Arabic-Latin");
  std::unique_ptr<RuleChain> latin_ascii = RuleChain::from_icu_data("Latin-ASCII");
  std::unique_ptr<icu::Transliterator> icu_chain;
  Both() {
    UErrorCode status = U_ZERO_ERROR;
    icu_chain.reset(icu::Transliterator::createInstance("Arabic-Latin; Latin-ASCII", UTRANS_FORWARD, status));
  }
  // "" when the two agree, else what each made of the input.
  std::string differ(const icu::UnicodeString& in) const {
    icu::UnicodeString ours(in), theirs(in);
    arabic_latin->transliterate(ours);
    latin_ascii->transliterate(ours);
    icu_chain->transliterate(theirs);
    if (ours == theirs) return {};
    return "[" + utf8(in) + "] icu [" + utf8(theirs) + "] ours [" + utf8(ours) + "]";
  }
  std::string run(const std::string& in) const {
    icu::UnicodeString s = icu::UnicodeString::fromUTF8(in);
    arabic_latin->transliterate(s);
    latin_ascii->transliterate(s);
    return utf8(s);
  }
};

TEST(RuleChainTest, BuildsTheNamedRuleFilesAndNothingElse) {
  EXPECT_NE(RuleChain::from_icu_data("Arabic-Latin"), nullptr);  // an alias of "Arab-Latn"
  EXPECT_NE(RuleChain::from_icu_data("Latin-ASCII"), nullptr);
  EXPECT_EQ(RuleChain::from_icu_data("No-Such-Thing"), nullptr);
  EXPECT_EQ(RuleChain::from_icu_data(""), nullptr);
}

TEST(RuleChainTest, WritesArabicInAsciiLetters) {
  Both both;
  ASSERT_TRUE(both.arabic_latin && both.latin_ascii && both.icu_chain);
  EXPECT_EQ(both.run("سمير"), "smyr");
  EXPECT_EQ(both.run("عادل"), "ʿadl");                 // the ʿayn keeps its half ring
  EXPECT_EQ(both.run("ثابت"), "thabt");               // a digraph's underline dropped
  EXPECT_EQ(both.run("أنور"), "anwr");                 // the hamza seat's mark dropped
  EXPECT_EQ(both.run("رقم ٤٫٥"), "rqm 4,5");           // the decimal mark between digits
  EXPECT_EQ(both.run("Nile-نيل"), "Nile-nyl");          // Latin and hyphen untouched
  EXPECT_EQ(both.run(""), "");
}

// The equivalence, over every code point of the Arabic blocks and the Latin and common ranges,
// alone and beside a letter, a digit, a mark and a decimal point (the only rules with context),
// and every pair within the Arabic block.
TEST(RuleChainTest, SameAsIcuOnEveryArabicAndLatinCodePoint) {
  Both both;
  ASSERT_TRUE(both.arabic_latin && both.latin_ascii && both.icu_chain);
  int bad = 0;
  auto check = [&](const icu::UnicodeString& s) {
    std::string d = both.differ(s);
    if (!d.empty() && ++bad <= 10) ADD_FAILURE() << d;
  };
  const UChar32 neighbours[] = {0x628, 0x627, 0x31, 0x661, 0x61, 0x300, 0x64E, 0x651, 0x20, 0x66B};
  for (UChar32 c = 1; c < 0x10000; ++c) {
    bool arabic = (c >= 0x600 && c < 0x800) || (c >= 0x8A0 && c < 0x900) || (c >= 0xFB50 && c < 0xFF00);
    if (!(c < 0x3000 || arabic)) continue;
    if (c >= 0xD800 && c < 0xE000) continue;
    check(icu::UnicodeString(c));
    if (!arabic && c >= 0x250) continue;
    for (UChar32 n : neighbours) {
      check(icu::UnicodeString(n).append(c));
      check(icu::UnicodeString(c).append(n));
      check(icu::UnicodeString(n).append(c).append(n));
    }
  }
  for (UChar32 c = 0x600; c < 0x700; ++c)
    for (UChar32 d = 0x600; d < 0x700; ++d) check(icu::UnicodeString(c).append(d));
  EXPECT_EQ(bad, 0);
}

}  // namespace
}  // namespace rasd::text

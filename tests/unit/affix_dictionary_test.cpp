// The compiled hunspell-ar dictionary (text/affix_dictionary) gives libhunspell's answers: word by
// word on examples written here, and against libhunspell itself on every stem of the .dic, on
// every Arabic string of one or two letters (and of presentation forms), and on stems dressed with
// the .aff's own prefixes and suffixes (right ones and wrong ones). Skipped when the build had no dictionary.
#include "rasd/text/affix_dictionary.h"

#include <gtest/gtest.h>
#include <hunspell/hunspell.hxx>

#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "rasd/text/lexicon.h"

namespace {

using rasd::text::AffixDictionary;

const char* kAff = "/usr/share/hunspell/ar.aff";
const char* kDic = "/usr/share/hunspell/ar.dic";

bool have_dictionary() { return AffixDictionary::get() && std::ifstream(kAff) && std::ifstream(kDic); }

std::optional<bool> spell(const std::string& w) { return AffixDictionary::get()->spell(w); }

TEST(AffixDictionary, KnowsWordsWithTheirAffixes) {
  if (!have_dictionary()) GTEST_SKIP() << "no hunspell-ar at build time";
  for (const char* w : {"كتاب", "الكتاب", "والكتاب", "بالمدارس", "وسيكتبونها", "فاستقبلناهم", "للمدينة", "مدينتهم", "ككتاب"})
    EXPECT_EQ(spell(w), std::optional<bool>(true)) << w;
  // Made-up foreign names and a doubled last letter are not words.
  for (const char* w : {"زاكوفيتش", "بيرلوني", "كتابب"}) EXPECT_EQ(spell(w), std::optional<bool>(false)) << w;
}

TEST(AffixDictionary, AppliesTheInputConversion) {
  if (!have_dictionary()) GTEST_SKIP() << "no hunspell-ar at build time";
  // ICONV turns alef wasla into alef before the look-up.
  EXPECT_EQ(spell("ٱلكتاب"), std::optional<bool>(true));
}

TEST(AffixDictionary, LeavesOtherWordsToHunspell) {
  if (!have_dictionary()) GTEST_SKIP() << "no hunspell-ar at build time";
  // Latin letters (case rules), ASCII digits (hunspell accepts numbers), hyphens (word breaks),
  // marks hunspell-ar ignores, and nothing at all are not decided here.
  for (const char* w : {"", "Obama", "123", "كتاب-مدينة", "كِتاب", "كتـاب", "كتابA"}) EXPECT_FALSE(spell(w).has_value()) << w;
  // Presentation forms are: no stem has them, so a word spelled with them is unknown.
  EXPECT_EQ(spell("\uFEDB\uFE98\uFE8E\uFE8F"), std::optional<bool>(false));
  // The lexicon still answers them through libhunspell.
  EXPECT_TRUE(rasd::text::ArabicLexicon::get().known("123"));
  EXPECT_FALSE(rasd::text::ArabicLexicon::get().known("Obama"));
  // The lexicon drops the marks first (tashkeel, tatweel, dagger alef), whatever stands around
  // them; the letters left are asked as they are.
  const auto& lex = rasd::text::ArabicLexicon::get();
  EXPECT_TRUE(lex.known("كتاب"));
  EXPECT_TRUE(lex.known("كِتَابٌ"));
  EXPECT_TRUE(lex.known("كتـاب"));
  EXPECT_FALSE(lex.known("كتابب"));
  EXPECT_FALSE(lex.known("كِتَاببٌ"));
}

std::vector<std::string> fields(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> out;
  for (std::string f; in >> f;) out.push_back(f);
  return out;
}

// Drops the marks callers drop (hunspell-ar ignores them; this class leaves them to it).
std::string bare(const std::string& w) {
  std::string out;
  for (size_t i = 0; i < w.size();) {
    unsigned char b = static_cast<unsigned char>(w[i]);
    size_t n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
    std::string c = w.substr(i, n);
    i += n;
    if (n == 2) {
      unsigned cp = ((b & 0x1F) << 6) | (static_cast<unsigned char>(c[1]) & 0x3F);
      if ((cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640 || (cp >= 0x0610 && cp <= 0x061A)) continue;
    }
    out += c;
  }
  return out;
}

TEST(AffixDictionary, AgreesWithLibhunspell) {
  if (!have_dictionary()) GTEST_SKIP() << "no hunspell-ar at build time";
  Hunspell hunspell(kAff, kDic);
  std::vector<std::string> prefixes{""}, suffixes{""}, stems;
  {
    std::ifstream aff(kAff);
    for (std::string line; std::getline(aff, line);) {
      auto f = fields(line);
      if (f.size() < 4 || (f[0] != "PFX" && f[0] != "SFX") || std::isdigit(static_cast<unsigned char>(f[3][0]))) continue;
      std::string app = f[3].substr(0, f[3].find('/'));
      (f[0] == "PFX" ? prefixes : suffixes).push_back(app == "0" ? "" : bare(app));
      if (f[2] != "0") (f[0] == "PFX" ? prefixes : suffixes).push_back(bare(f[2]));
    }
    std::ifstream dic(kDic);
    std::string line;
    std::getline(dic, line);
    while (std::getline(dic, line)) stems.push_back(bare(line.substr(0, line.find_first_of("/\t"))));
  }
  ASSERT_GT(stems.size(), 100000u);
  std::vector<std::string> words;
  for (size_t i = 0; i < stems.size(); i += 4) words.push_back(stems[i]);
  std::vector<std::string> letters;
  for (char32_t c = 0x0621; c <= 0x064A; ++c) letters.push_back({static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))});
  for (const auto& a : letters) {
    words.push_back(a);
    for (const auto& b : letters) words.push_back(a + b);
  }
  // Presentation forms (a PDF's Arabic), alone, in pairs and inside stems: in no stem, so unknown
  // but through ICONV's lam-alef ligatures.
  std::vector<std::string> forms;
  for (char32_t c = 0xFE70; c <= 0xFEFC; ++c)
    forms.push_back({static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)), static_cast<char>(0x80 | (c & 0x3F))});
  for (const auto& a : forms) {
    words.push_back(a);
    for (const auto& b : forms) words.push_back(a + b);
  }
  std::mt19937 rng(19);
  for (int i = 0; i < 5000; ++i) words.push_back(stems[rng() % stems.size()] + forms[rng() % forms.size()]);
  auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  for (int i = 0; i < 40000; ++i) {
    std::string w = pick(stems);
    if (rng() % 3 == 0) w = pick(prefixes) + w;
    if (rng() % 3 != 0) w += pick(suffixes);
    if (rng() % 3 == 0) w += pick(suffixes);
    words.push_back(w);
  }
  size_t decided = 0, known = 0, differ = 0;
  for (const std::string& w : words) {
    auto ours = AffixDictionary::get()->spell(w);
    if (!ours) continue;
    ++decided;
    bool theirs = hunspell.spell(w);
    known += theirs;
    if (*ours != theirs && ++differ <= 20) ADD_FAILURE() << w << ": compiled " << *ours << ", libhunspell " << theirs;
  }
  EXPECT_EQ(differ, 0u);
  // Both answers occur in numbers, so agreement means something.
  EXPECT_GT(decided, words.size() * 9 / 10);
  EXPECT_GT(known, decided / 10);
  EXPECT_LT(known, decided * 9 / 10);
}

}  // namespace

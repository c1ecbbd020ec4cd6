// geo::place_key: names of plain Arabic letters are keyed without tokenising, with the key the
// tokenised path gives (each word's normalised key, ة folded, a final hamza after alef dropped).
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "rasd/geo/gazetteer.h"
#include "rasd/text/tokenize.h"

namespace rasd::geo {
namespace {

// The key through the tokeniser, as place_key made every key before its plain-letter path.
std::string tokenised_key(std::string_view name) {
  std::string key;
  for (const Token& t : text::tokenize(name)) {
    if (t.kind != TokenKind::kWord && t.kind != TokenKind::kLatin && t.kind != TokenKind::kNumber) continue;
    if (!key.empty()) key += ' ';
    key += fold_taa(t.key);
  }
  return fold_final_hamza(key);
}

std::string letter(char32_t c) {
  std::string s;
  s += static_cast<char>(0xC0 | (c >> 6));
  s += static_cast<char>(0x80 | (c & 0x3F));
  return s;
}

TEST(PlaceKeyTest, PlainLetterNamesKeyAsTheirTokens) {
  EXPECT_EQ(place_key("مدينة الزرقاء"), "مدينه الزرقا");     // ة folded, the final hamza dropped
  EXPECT_EQ(place_key("أريحا"), place_key("اريحا"));          // the hamza seat folded
  EXPECT_EQ(place_key("  وادي   الريان "), "وادي الريان");   // spaces between words collapse
  EXPECT_EQ(place_key(""), "");
  // Every letter of the plain range alone, in pairs, and in two-word names, against the
  // tokenised key; and names outside the range (marks, tatweel, digits, Latin) that take it.
  std::vector<std::string> letters;
  for (char32_t c = 0x0621; c <= 0x064A; ++c)
    if (c < 0x063B || c > 0x0640) letters.push_back(letter(c));
  int checked = 0;
  for (const std::string& a : letters)
    for (const std::string& b : letters) {
      for (const std::string& name : {a, a + b, a + b + a, "ال" + a + b + "ة", a + " " + b + "اء", b + "اء " + a}) {
        EXPECT_EQ(place_key(name), tokenised_key(name)) << name;
        ++checked;
      }
    }
  EXPECT_EQ(checked, 36 * 36 * 6);  // 36 letters
  for (std::string_view name : {"حلب٢", "بغداد 2", "تـونس", "دِمَشق", "Nablus نابلس", "عين-الحلوة", "بيروت،"})
    EXPECT_EQ(place_key(name), tokenised_key(name)) << name;
}

}  // namespace
}  // namespace rasd::geo

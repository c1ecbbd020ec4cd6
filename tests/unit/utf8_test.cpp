#include "rasd/text/utf8.h"

#include <gtest/gtest.h>

namespace rasd::text {
namespace {

// Valid Arabic passes through untouched.
TEST(Utf8Test, ValidArabicUnchanged) {
  std::string s = "قالت الشرطة إن المحتجين تفرقوا";
  auto r = sanitize(s);
  EXPECT_EQ(r.text, s);
  EXPECT_TRUE(r.errors.empty());
}

struct BadCase {
  const char* what;
  std::string in;
  std::string out;
  uint32_t invalid;
};

// Each maximal ill-formed subpart becomes one U+FFFD, as Python's errors="replace" does.
TEST(Utf8Test, IllFormedSequencesReplacedOneEach) {
  const std::string R = "\xEF\xBF\xBD";
  const BadCase cases[] = {
      {"lone continuation", "a\x80" "b", "a" + R + "b", 1},
      {"two continuations", "\x80\xBF", R + R, 2},
      {"overlong slash", "\xC0\xAF", R + R, 2},
      {"overlong 3-byte", "\xE0\x80\xAF", R + R + R, 3},
      {"surrogate", "\xED\xA0\x80", R + R + R, 3},
      {"above U+10FFFF", "\xF4\x90\x80\x80", R + R + R + R, 4},
      {"truncated 3-byte at end", "\xD9\x82\xE2\x80", "\xD9\x82" + R, 1},
      {"truncated 2-byte mid", "\xD9" "x", R + "x", 1},
      {"F5..FF", "\xFF\xFE", R + R, 2},
      {"2-byte lead at the very end", "\xD8\xA8" "a\xD9", "\xD8\xA8" "a" + R, 1},
      {"2-byte lead before a lead", "\xD8\xD8\xA8", R + "\xD8\xA8", 1},
  };
  for (const auto& c : cases) {
    auto r = sanitize(c.in);
    EXPECT_EQ(r.text, c.out) << c.what;
    EXPECT_EQ(r.invalid_sequences, c.invalid) << c.what;
    ASSERT_FALSE(r.errors.empty()) << c.what;
    EXPECT_EQ(r.errors[0].code, "invalid-utf8") << c.what;
    EXPECT_TRUE(is_valid(r.text)) << c.what;
  }
}

TEST(Utf8Test, NulReplacedAndReported) {
  auto r = sanitize(std::string("ab\0c", 4));
  EXPECT_EQ(r.text, "ab\xEF\xBF\xBD" "c");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code, "nul-byte");
  EXPECT_EQ(*r.errors[0].start, 2u);
}

// Runs of ASCII and two-byte letters are copied whole: a NUL after one is still found, at its place.
TEST(Utf8Test, NulAfterARunOfLettersKeepsItsPosition) {
  auto r = sanitize(std::string("\xD8\xA8\xD9\x8A" "ab\0", 7));
  EXPECT_EQ(r.text, "\xD8\xA8\xD9\x8A" "ab\xEF\xBF\xBD");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(*r.errors[0].start, 6u);
}

// BOM and CR stay: offsets are into the text as given.
TEST(Utf8Test, BomAndCrKept) {
  std::string s = "\xEF\xBB\xBF" "سطر\r\nآخر";
  auto r = sanitize(s);
  EXPECT_EQ(r.text, s);
  EXPECT_TRUE(r.errors.empty());
}

TEST(Utf8Test, NextPrevRoundTrip) {
  std::string s = "بـ٢ 😀";
  size_t i = 0;
  std::u32string cps;
  while (i < s.size()) cps += next(s, i);
  EXPECT_EQ(cps, U"بـ٢ 😀");
  size_t j = s.size();
  EXPECT_EQ(prev(s, j), U'😀');
  EXPECT_EQ(j, s.size() - 4);
}

TEST(Utf8Test, FloorBoundaryNeverSplitsASequence) {
  std::string s = "ألماتي";  // 2 bytes a letter
  EXPECT_EQ(floor_boundary(s, 3), 2u);
  EXPECT_EQ(floor_boundary(s, 4), 4u);
  EXPECT_EQ(floor_boundary(s, 100), s.size());
}

}  // namespace
}  // namespace rasd::text

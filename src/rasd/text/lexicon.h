// The Arabic known-word list: Debian's hunspell-ar dictionary (108,000 stems with their affixes),
// through libhunspell. Stages ask it whether a word is an ordinary Arabic word; transliterated
// foreign names («توكاييف») and most village names are not. Loaded at the first known() call
// (about 0.15 s, once per process); when the dictionary is not installed every word counts as unknown and
// `available()` says so. Safe to call from several threads (calls are serialised).
#pragma once

#include <string_view>

namespace rasd::text {

class ArabicLexicon {
 public:
  static const ArabicLexicon& get();
  // `word` as written (hamzas kept); diacritics and tatweel are dropped before the look-up.
  bool known(std::string_view word) const;
  bool available() const;

  ArabicLexicon(const ArabicLexicon&) = delete;
  ArabicLexicon& operator=(const ArabicLexicon&) = delete;
  ~ArabicLexicon();

 private:
  ArabicLexicon();
  struct Impl;
  Impl* impl_;  // owned
};

}  // namespace rasd::text

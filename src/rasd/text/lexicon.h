// The Arabic known-word list: Debian's hunspell-ar dictionary (108,000 stems with their affixes).
// Stages ask it whether a word is an ordinary Arabic word; transliterated foreign names
// («توكاييف») and most village names are not. Arabic words are answered by the copy compiled into
// the binary at build time (text/affix_dictionary: hunspell's answers, nothing loaded); other
// words by libhunspell, loaded at the first such word (about 0.15 s, once per process, calls
// serialised). When no dictionary is available every word counts as unknown and `available()`
// says so. Safe to call from several threads.
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

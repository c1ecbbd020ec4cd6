// hunspell's spelling check, for Arabic words, over the dictionary compiled into the binary
// (text/affix_dictionary_data.h): the same answers as Hunspell::spell() on Debian's hunspell-ar
// without its start-up (about 0.15 s to parse the files) or its lock. It follows hunspell's
// affix stripping: a stem, a prefix (crossed with a suffix when both allow it), a suffix, two
// suffixes through continuation classes, and a prefix with two suffixes; conditions on the
// stripped word; ICONV before all. Words it does not cover (anything outside the Arabic blocks,
// where hunspell's case, number and hyphen rules apply) are left to libhunspell by the caller.
#pragma once

#include <optional>
#include <string_view>

namespace rasd::text {

class AffixDictionary {
 public:
  // The compiled dictionary; nullptr when the build had none (or one it could not compile).
  static const AffixDictionary* get();
  // hunspell's answer for `word` (UTF-8, no tashkeel or tatweel), or nullopt when `word` is
  // outside what this class decides (empty, or a code point after ICONV outside the Arabic blocks
  // U+0600..06FF, 0750..077F, 08A0..08FF and the presentation forms FB50..FDFF, FE70..FEFC).
  std::optional<bool> spell(std::string_view word) const;

  struct Impl;
  ~AffixDictionary();

 private:
  AffixDictionary();
  Impl* impl_;  // owned
};

}  // namespace rasd::text

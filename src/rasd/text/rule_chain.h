// One of ICU's rule-based transliterators ("Arabic-Latin", "Latin-ASCII") built from ICU's own
// rule data without ICU's transliterator registry. The registry indexes every transliterator ICU
// ships before it builds the first one (~140M instructions, a fifth of a second under valgrind,
// paid by every process that names a transliterator); these two only need their rules, their
// global filter and the normalisation passes their rules name, which this reads from the same
// resource ICU reads and runs the way ICU's compound transliterator runs them, so the output is
// ICU's (tests/unit/rule_chain_test.cpp compares the two on every Arabic and Latin code point).
#pragma once

#include <unicode/unistr.h>

#include <memory>
#include <string_view>

namespace rasd::text {

class RuleChain {
 public:
  // Null when the ID is not a plain rule file of ICU's data, or its rules use a form this does
  // not run (an ID pass other than NFC/NFD/NFKC/NFKD, a variable shared across passes): the
  // caller then falls back to icu::Transliterator::createInstance.
  static std::unique_ptr<RuleChain> from_icu_data(std::string_view id);
  ~RuleChain();
  RuleChain(const RuleChain&) = delete;
  RuleChain& operator=(const RuleChain&) = delete;

  // In place, as icu::Transliterator::transliterate(text) does. Not safe for concurrent calls
  // on one chain (ICU's rule passes keep no state, but this mirrors ICU's contract).
  void transliterate(icu::UnicodeString& text) const;

 private:
  struct Impl;
  explicit RuleChain(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace rasd::text

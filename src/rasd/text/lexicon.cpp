#include "rasd/text/lexicon.h"

#include <hunspell/hunspell.hxx>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

#include "rasd/text/utf8.h"

namespace rasd::text {

struct ArabicLexicon::Impl {
  std::unique_ptr<Hunspell> hunspell;
  std::mutex mu;  // Hunspell keeps per-call state: one caller at a time
};

namespace {

// RASD_HUNSPELL_DIR overrides the Debian location (for tests of the fallback).
std::string dictionary_dir() {
  const char* dir = std::getenv("RASD_HUNSPELL_DIR");
  return dir ? dir : "/usr/share/hunspell";
}

bool is_mark(char32_t c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 || (c >= 0x0610 && c <= 0x061A);
}

}  // namespace

ArabicLexicon::ArabicLexicon() : impl_(new Impl) {
  std::string aff = dictionary_dir() + "/ar.aff", dic = dictionary_dir() + "/ar.dic";
  if (std::ifstream(aff) && std::ifstream(dic)) impl_->hunspell = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
}

ArabicLexicon::~ArabicLexicon() { delete impl_; }

const ArabicLexicon& ArabicLexicon::get() {
  static const ArabicLexicon lexicon;
  return lexicon;
}

bool ArabicLexicon::available() const { return impl_->hunspell != nullptr; }

bool ArabicLexicon::known(std::string_view word) const {
  if (!impl_->hunspell || word.empty()) return false;
  // Stages ask about the same words again and again (each mention, each stage): a per-thread memo
  // of hunspell's answers spares the slow affix search and the lock on every repeat. Bounded by
  // clearing it when full; the answers never change, so the output does not either.
  constexpr size_t kMemoCap = 1 << 17;
  thread_local std::string bare;
  thread_local std::unordered_map<std::string, bool> memo;
  bare.clear();
  for (size_t i = 0; i < word.size();) {
    char32_t c = next(word, i);
    if (!is_mark(c)) append(bare, c);
  }
  if (auto it = memo.find(bare); it != memo.end()) return it->second;
  bool answer;
  {
    std::lock_guard<std::mutex> lock(impl_->mu);
    answer = impl_->hunspell->spell(bare);
  }
  if (memo.size() >= kMemoCap) memo.clear();
  memo.emplace(bare, answer);
  return answer;
}

}  // namespace rasd::text

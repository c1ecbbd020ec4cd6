#include "rasd/text/lexicon.h"

#include <hunspell/hunspell.hxx>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

#include "rasd/core/hash.h"
#include "rasd/text/affix_dictionary.h"
#include "rasd/text/utf8.h"

namespace rasd::text {

struct ArabicLexicon::Impl {
  std::string aff, dic;
  bool present = false;  // both files readable: what available() reports, without loading them
  // The dictionary compiled into the binary answers Arabic words without loading anything;
  // libhunspell is loaded only for the rest (Latin letters, digits, hyphens). Not used when
  // RASD_HUNSPELL_DIR names other files: those are what the caller wants asked.
  const AffixDictionary* compiled = nullptr;
  // Parsing the dictionary is most of a process's start-up (about 0.15 s): it waits for the first
  // word asked about, so a run that asks none (empty input, a usage error) does not pay it.
  std::once_flag loaded;
  std::unique_ptr<Hunspell> hunspell;
  std::mutex mu;  // Hunspell keeps per-call state: one caller at a time
  Hunspell* load() {
    std::call_once(loaded, [&] {
      if (present) hunspell = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
    });
    return hunspell.get();
  }
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
  impl_->aff = dictionary_dir() + "/ar.aff";
  impl_->dic = dictionary_dir() + "/ar.dic";
  impl_->present = std::ifstream(impl_->aff) && std::ifstream(impl_->dic);
  if (!std::getenv("RASD_HUNSPELL_DIR")) impl_->compiled = AffixDictionary::get();
}

ArabicLexicon::~ArabicLexicon() { delete impl_; }

const ArabicLexicon& ArabicLexicon::get() {
  // Never destroyed: freeing hunspell's million small allocations at exit costs a process about
  // 20 ms and gains nothing (the system takes the memory back at once).
  static const ArabicLexicon& lexicon = *new ArabicLexicon;
  return lexicon;
}

bool ArabicLexicon::available() const { return impl_->present || impl_->compiled; }

bool ArabicLexicon::known(std::string_view word) const {
  if (!available() || word.empty()) return false;
  // Stages ask about the same words again and again (each mention, each stage): a per-thread memo
  // of hunspell's answers spares the slow affix search and the lock on every repeat. Bounded by
  // clearing it when full; the answers never change, so the output does not either.
  constexpr size_t kMemoCap = 1 << 17;
  thread_local std::string bare;
  thread_local StringMap<bool> memo;
  bare.clear();
  for (size_t i = 0; i < word.size();) {
    // ASCII and well-formed two-byte letters that are no mark are their own encoding: copied.
    unsigned char b = static_cast<unsigned char>(word[i]);
    if (b < 0x80) {
      bare += static_cast<char>(b);
      ++i;
      continue;
    }
    if (b >= 0xC2 && b <= 0xDF && i + 1 < word.size()) {
      unsigned char b1 = static_cast<unsigned char>(word[i + 1]);
      if ((b1 & 0xC0) == 0x80 && !is_mark(static_cast<char32_t>((b & 0x1F) << 6 | (b1 & 0x3F)))) {
        bare.append(word.data() + i, 2);
        i += 2;
        continue;
      }
    }
    char32_t c = next(word, i);
    if (!is_mark(c)) append(bare, c);
  }
  if (auto it = memo.find(bare); it != memo.end()) return it->second;
  std::optional<bool> compiled = impl_->compiled ? impl_->compiled->spell(bare) : std::nullopt;
  bool answer;
  if (compiled) {
    answer = *compiled;
  } else {
    Hunspell* hunspell = impl_->load();
    if (!hunspell) return false;
    std::lock_guard<std::mutex> lock(impl_->mu);
    answer = hunspell->spell(bare);
  }
  if (memo.size() >= kMemoCap) memo.clear();
  memo.emplace(bare, answer);
  return answer;
}

}  // namespace rasd::text

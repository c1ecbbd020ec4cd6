#include "rasd/actors/transliterate.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>
#include <unordered_map>

#include "rasd/core/hash.h"
#include "rasd/text/rule_chain.h"

namespace rasd::actors {
namespace {

// The two rule files built straight from ICU's data (text/rule_chain.h: ICU's registry costs
// ~140M instructions to build before the first transliterator); ICU's own compound when they
// cannot be, with the same output.
struct Latin {
  std::unique_ptr<text::RuleChain> arabic_latin, latin_ascii;
  std::unique_ptr<icu::Transliterator> t;
  std::mutex mu;  // an ICU Transliterator is not safe for concurrent use
  Latin() : arabic_latin(text::RuleChain::from_icu_data("Arabic-Latin")),
            latin_ascii(text::RuleChain::from_icu_data("Latin-ASCII")) {
    if (arabic_latin && latin_ascii) return;
    UErrorCode status = U_ZERO_ERROR;
    t.reset(icu::Transliterator::createInstance("Arabic-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) t.reset();
  }
  bool ready() const { return t || (arabic_latin && latin_ascii); }
  std::string run(std::string_view text) {
    icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
    {
      std::lock_guard<std::mutex> lock(mu);
      if (t) {
        t->transliterate(s);
      } else {
        arabic_latin->transliterate(s);
        latin_ascii->transliterate(s);
      }
    }
    std::string out;
    s.toUTF8String(out);
    return out;
  }
};

}  // namespace

// Word by word: ICU costs ~90k instructions a call and takes a process-wide lock, while names
// share their words («محمد», «عبد») from article to article. Splitting at ASCII spaces changes
// nothing: no rule of Arabic-Latin or Latin-ASCII looks across a space (their only contexts are
// digits around the Arabic decimal marks and a Latin letter or digit before combining marks), and
// normalisation composes nothing across a space.
std::string to_latin(std::string_view arabic) {
  static Latin latin;
  if (!latin.ready()) return {};
  constexpr size_t kMaxWords = 1 << 14;
  thread_local StringMap<std::string> memo;
  std::string out;
  out.reserve(arabic.size());
  size_t i = 0;
  while (true) {
    size_t j = arabic.find(' ', i);
    std::string_view word = arabic.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i);
    if (!word.empty()) {
      auto it = memo.find(word);
      if (it == memo.end()) {
        if (memo.size() >= kMaxWords) memo.clear();
        it = memo.emplace(std::string(word), latin.run(word)).first;
      }
      out += it->second;
    }
    if (j == std::string_view::npos) break;
    out += ' ';
    i = j + 1;
  }
  return out;
}

}  // namespace rasd::actors

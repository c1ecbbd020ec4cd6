#include "rasd/actors/transliterate.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <mutex>

namespace rasd::actors {
namespace {

struct Latin {
  std::unique_ptr<icu::Transliterator> t;
  std::mutex mu;  // an ICU Transliterator is not safe for concurrent use
  Latin() {
    UErrorCode status = U_ZERO_ERROR;
    t.reset(icu::Transliterator::createInstance("Arabic-Latin; Latin-ASCII", UTRANS_FORWARD, status));
    if (U_FAILURE(status)) t.reset();
  }
};

}  // namespace

std::string to_latin(std::string_view arabic) {
  static Latin latin;
  if (!latin.t) return {};
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(icu::StringPiece(arabic.data(), static_cast<int32_t>(arabic.size())));
  {
    std::lock_guard<std::mutex> lock(latin.mu);
    latin.t->transliterate(s);
  }
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace rasd::actors

// UTF-8 repair: the output is valid, NUL-free, equal to an independent reference decoder (ICU's
// U8_NEXT, which replaces each maximal ill-formed subpart like Python's errors="replace"), and
// sanitize is idempotent.
#include <unicode/utf8.h>

#include "fuzz_checks.h"
#include "rasd/text/utf8.h"

using namespace rasd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in = fuzz::bytes(data, size);
  text::SanitizeResult r = text::sanitize(in);
  FUZZ_CHECK(text::is_valid(r.text));
  FUZZ_CHECK(r.text.find('\0') == std::string::npos);

  // Reference: ICU decodes (U+FFFD per maximal subpart), NUL -> U+FFFD, literal U+FFFD counted.
  std::string ref;
  uint32_t ref_bad = 0, ref_nul = 0;
  const auto* s = reinterpret_cast<const uint8_t*>(in.data());
  int32_t i = 0, n = static_cast<int32_t>(size);
  while (i < n) {
    UChar32 c;
    U8_NEXT(s, i, n, c);
    if (c < 0) { ++ref_bad; c = 0xFFFD; }
    else if (c == 0) { ++ref_nul; c = 0xFFFD; }
    text::append(ref, static_cast<char32_t>(c));
  }
  FUZZ_CHECK(r.text == ref);
  FUZZ_CHECK(r.invalid_sequences == ref_bad);
  FUZZ_CHECK(r.nul_bytes == ref_nul);
  FUZZ_CHECK(r.errors.size() == (ref_bad > 0) + (ref_nul > 0));
  for (const RecordError& e : r.errors) {
    FUZZ_CHECK(e.start && *e.start + 3 <= r.text.size());
    FUZZ_CHECK(r.text.compare(*e.start, 3, "\xEF\xBF\xBD") == 0);
  }
  // Valid, NUL-free input passes through untouched.
  if (text::is_valid(in) && in.find('\0') == std::string_view::npos) FUZZ_CHECK(r.text == in && r.errors.empty());

  // Idempotent: nothing left to repair.
  text::SanitizeResult again = text::sanitize(r.text);
  FUZZ_CHECK(again.text == r.text);
  FUZZ_CHECK(again.errors.empty() && again.invalid_sequences == 0 && again.nul_bytes == 0);

  // Stepping: next() walks the code points forward, prev() backward, floor_boundary is a boundary.
  size_t count = 0;
  for (size_t k = 0; k < r.text.size();) {
    size_t before = k;
    text::next(r.text, k);
    FUZZ_CHECK(k > before && k <= r.text.size() && fuzz::on_boundary(r.text, k));
    ++count;
  }
  FUZZ_CHECK(count == fuzz::code_points(r.text));
  for (size_t k = r.text.size(); k > 0;) {
    size_t before = k;
    text::prev(r.text, k);
    FUZZ_CHECK(k < before && fuzz::on_boundary(r.text, k));
  }
  for (size_t m : {size_t{0}, size / 2, size, size + 1}) {
    size_t b = text::floor_boundary(r.text, m);
    FUZZ_CHECK(b <= m && b <= r.text.size() && fuzz::on_boundary(r.text, b));
  }
  return 0;
}

// The normalised key and its offset map: to_orig has key.size()+1 entries, non-decreasing, each
// on a code-point boundary of the input; the key is valid UTF-8 and a fixed point; orig_span of
// every key range lies inside the input, on code-point boundaries.
#include "fuzz_checks.h"
#include "rasd/text/normalize.h"

using namespace rasd;

namespace {

void check(std::string_view t, const text::NormalizeOptions& opts) {
  text::NormalizedText n = text::normalize(t, opts);
  FUZZ_CHECK(text::is_valid(n.key));
  FUZZ_CHECK(n.to_orig.size() == n.key.size() + 1);
  FUZZ_CHECK(n.to_orig.back() == t.size());
  for (size_t i = 0; i < n.to_orig.size(); ++i) {
    FUZZ_CHECK(n.to_orig[i] <= t.size());
    FUZZ_CHECK(fuzz::on_boundary(t, n.to_orig[i]));
    if (i) FUZZ_CHECK(n.to_orig[i - 1] <= n.to_orig[i]);
  }
  FUZZ_CHECK(text::normalize_key(t, opts) == n.key);
  // Idempotence (normalize.h's stated invariant).
  text::NormalizedText again = text::normalize(n.key, opts);
  if (again.key != n.key)
    std::fprintf(stderr, "not idempotent:\n  key  %s\n  key2 %s\n", n.key.c_str(), again.key.c_str());
  FUZZ_CHECK(again.key == n.key);

  // orig_span over key ranges between key code-point boundaries: every single code point, every
  // prefix/suffix pair at a stride, and the whole key.
  std::vector<uint32_t> cuts;
  for (uint32_t i = 0; i <= n.key.size(); ++i)
    if (fuzz::on_boundary(n.key, i)) cuts.push_back(i);
  auto span_ok = [&](uint32_t kb, uint32_t ke) {
    Span s = n.orig_span(kb, ke);
    FUZZ_CHECK(s.begin <= s.end && s.end <= t.size());
    FUZZ_CHECK(fuzz::on_boundary(t, s.begin) && fuzz::on_boundary(t, s.end));  // evidence is whole code points
    if (kb < ke) FUZZ_CHECK(s.begin == n.to_orig[kb]);
  };
  for (size_t k = 0; k + 1 < cuts.size(); ++k) span_ok(cuts[k], cuts[k + 1]);
  size_t stride = cuts.size() / 16 + 1;
  for (size_t a = 0; a < cuts.size(); a += stride)
    for (size_t b = a; b < cuts.size(); b += stride) span_ok(cuts[a], cuts[b]);
  span_ok(0, static_cast<uint32_t>(n.key.size()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string t = text::sanitize(fuzz::bytes(data, size)).text;
  check(t, {});
  text::NormalizeOptions loose;
  loose.fold_taa_marbuta = true;
  check(t, loose);
  FUZZ_CHECK(text::loose_key(t) == text::normalize_key(t, loose));
  text::NormalizeOptions keep;
  keep.fold_alef_maqsura = false;
  check(t, keep);
  return 0;
}

// The normalised match key: what every matcher compares, while evidence stays in the original.
// Rules are rows of data/text/normalize.tsv (alef/hamza forms, alef maqsura, optional taa marbuta,
// tatweel, diacritics, Arabic-Indic and Persian digits, Arabic punctuation, quotes and dashes,
// spaces, bidi and zero-width marks); Arabic presentation forms go through ICU NFKC first.
//
// Invariants (tested): normalize(normalize(x).key).key == normalize(x).key; to_orig is
// non-decreasing, has key.size()+1 entries, and every entry is a code-point boundary of the input.
#pragma once

#include <cstdint>
#include <string>
#include <unordered_set>
#include <string_view>
#include <vector>

#include "rasd/core/hash.h"
#include "rasd/core/span.h"

namespace rasd::text {

struct NormalizeOptions {
  bool fold_alef_maqsura = true;   // ى -> ي
  bool fold_taa_marbuta = false;   // ة -> ه (off by default: it merges e.g. «قوة»/«قوه»; on for loose keys)
};

struct NormalizedText {
  std::string key;                 // normalised UTF-8
  std::vector<uint32_t> to_orig;   // key byte i came from the input code point starting at to_orig[i];
                                   // to_orig[key.size()] == input size
  // The input bytes that produced key bytes [kb, ke).
  Span orig_span(uint32_t kb, uint32_t ke) const;
};

// Normalises `text`; offsets in the map are relative to `text`.
NormalizedText normalize(std::string_view text, const NormalizeOptions& opts = {});
// Only the key (no map), for table entries and look-ups.
std::string normalize_key(std::string_view text, const NormalizeOptions& opts = {});

// The normalised keys of one column of a data table (data/<table>.tsv): the word lists stages
// look tokens up in. Built on each call: callers keep it in a function-local static.
StringSet key_set(std::string_view table, std::string_view column);
// The key with taa marbuta folded too (ة -> ه): the loose key used when matching names.
std::string loose_key(std::string_view text);

}  // namespace rasd::text

// The hunspell-ar dictionary compiled at build time (tools/compile_hunspell.cpp writes
// generated/ar_dictionary.cpp from Debian's ar.aff and ar.dic): stems in an open-addressing hash
// table, their flag sets and the affix rules, all as constant arrays in the binary, so asking
// about a word parses nothing (hunspell itself spends about 0.15 s parsing the files). Read by
// text/affix_dictionary; the layout is shared by the generator and the reader, nothing else.
#pragma once

#include <cstdint>
#include <string_view>

namespace rasd::text::affix_data {

// One PFX or SFX line. Strings are [offset, offset + length) in `Compiled::pool`.
struct Affix {
  uint16_t flag;
  uint8_t cross_product;  // the rule's Y/N: may combine with an affix of the other side
  uint32_t strip, strip_len, append, append_len, condition, condition_len;
  int32_t continuation;  // flag set of the continuation classes (two-level suffixes), -1 none
};

struct Compiled {
  bool present;      // false: no dictionary at build time, or one using features not compiled
  const char* pool;  // every string
  // Stem i: bytes [stem_offset[i], +stem_length[i]); its homonyms (one per .dic line) are
  // homonym_set[homonym_begin[i] .. homonym_begin[i + 1]), each a flag set index.
  const uint32_t* stem_offset;
  const uint16_t* stem_length;
  const uint32_t* homonym_begin;
  const uint32_t* homonym_set;
  uint32_t stems;
  // Flag set k: sorted flags[set_begin[k] .. set_begin[k + 1]).
  const uint32_t* set_begin;
  const uint16_t* flags;
  uint32_t sets;
  // slots[hash & slot_mask], probing linearly: stem index + 1, 0 for an empty slot.
  const uint32_t* slots;
  uint32_t slot_mask;
  const Affix* prefixes;
  uint32_t prefix_count;
  const Affix* suffixes;
  uint32_t suffix_count;
  // ICONV: pairs (from, to) as pool offsets and lengths: from_off, from_len, to_off, to_len.
  const uint32_t* iconv;
  uint32_t iconv_count;
};

const Compiled& compiled();

// FNV-1a, 64 bits: the generator and the reader must agree on it.
constexpr uint64_t hash(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

}  // namespace rasd::text::affix_data

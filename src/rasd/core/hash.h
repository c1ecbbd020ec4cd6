// The engine's one string hash, for its maps and sets of words and phrases. XXH3 from Debian's
// libxxhash-dev, inlined (XXH_INLINE_ALL): on the engine's keys, short Arabic words of 4-20 bytes,
// it hashes about 2.5 times faster than std::hash (libstdc++'s out-of-line _Hash_bytes loop) and
// twice as fast as the eight-bytes-a-step mix rasd had written for itself.
//
// Transparent: a StringMap or StringSet of std::string is asked with a std::string_view (or a
// std::string, or a literal) and builds no string to look a view up.
//
// Not for anything stored or compared across runs: the NER model's feature hashes have their own
// (actors/ner/features.h string_hash), fixed by the model file.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#ifndef XXH_INLINE_ALL
#define XXH_INLINE_ALL
#endif
#include <xxhash.h>

namespace rasd {

struct StringHash {
  using is_transparent = void;
  // Deliberately not noexcept: libstdc++ keeps each node's hash code (and compares it before the
  // string) only for a hash that may throw or is not "fast"; a noexcept hash would be called again
  // on every node a look-up walks past in its bucket and on every node at each rehash.
  size_t operator()(std::string_view s) const { return static_cast<size_t>(XXH3_64bits(s.data(), s.size())); }
};

template <class V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
template <class V>
using StringMultimap = std::unordered_multimap<std::string, V, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

}  // namespace rasd

// Features of the statistical name tagger (actors/ner): what the averaged perceptron sees of each
// token. The choices follow ../shared/notes/ner.md: clitic-aware stems and affixes (names carry
// proclitics: «وبغداد», «لواشنطن»), the foreign-word signal (hunspell-ar membership, long vowel
// runs as in «توكاييف»), gazetteers as evidence rather than answers, and the words around.
//
// A feature reads as a string («s=بغداد», «k-1|s=الرئيس|كاراموف») but is never built as one while
// tagging: each token's strings are hashed once, and a feature's 64-bit id combines its name's
// hash with its values' (the neighbours' words are reused, not re-hashed). The model keeps a
// weight row per id. Training and tagging call the same extractor, so the two never drift apart.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "rasd/core/document.h"
#include "rasd/core/hash.h"

namespace rasd::actors::ner {

// Bumped whenever a feature changes meaning: a model trained with another version is refused.
// 2: word clusters (data/ner/clusters.tsv) of the token and its neighbours.
// 3: ids combined from per-token hashes; context-word classes (data/ner/context_words.tsv);
//    the shape of Latin words.
// 4: nationality adjectives (nisba.h) on the token and beside it.
inline constexpr uint32_t kFeatureVersion = 4;

// One token as the extractor sees it: views that outlive the extraction call.
struct TokenText {
  std::string_view surface;  // as written (hamzas kept: hunspell needs them)
  std::string_view key;      // normalised (text/normalize.h)
  std::string_view stem;     // proclitics stripped (text::proclitic_stem of key)
  TokenKind kind = TokenKind::kWord;
};

// Name lists shipped inside the model (ANERgazet-style: one name per entry, possibly several
// words), matched on loose keys (geo::place_key) longest first.
struct NameLists {
  // loose key of an entry -> bit set of list types (1 PER, 2 ORG, 4 LOC)
  StringMap<uint8_t> entries;
  // The same entries by the combined hash of their words (phrase_hash): what tagging looks up.
  std::unordered_map<uint64_t, uint8_t> by_hash;
  // The phrase hashes of the first words of every entry of two or more words: a run whose first
  // word is not here begins no entry, and tagging looks no further.
  std::unordered_set<uint64_t> begins_by_hash;
  size_t max_words = 0;
  void add(std::string_view name, uint8_t type_bit);
  // An entry already in loose-key form (place_key), as the model file stores it.
  void add_key(const std::string& key, uint8_t type_bits);
};

// The hash of one word's string, and of a phrase from its words' hashes: a phrase is looked up
// without building its string.
uint64_t string_hash(std::string_view s);
uint64_t phrase_hash(uint64_t so_far, uint64_t word);

// Builds a TokenText for a word read from a training file (one word, no spaces): the same key and
// stem the tokenizer would give, even for strings it would split («U.S.»). `key_store` owns the
// normalised key and stem (two strings per token) and must outlive the result.
TokenText token_text(std::string_view word, std::string& key_store, std::string& stem_store);

// hunspell-ar membership of a token (surface, surface without proclitics, or normalised stem),
// cached per surface form: a look-up costs ~14 µs and news repeats its words. Thread-safe.
bool lexicon_known(const TokenText& t);

class Model;

class FeatureExtractor {
 public:
  explicit FeatureExtractor(const NameLists& lists) : lists_(lists) {}

  // The hashed features of every token of one sentence: out[i] gets token i's.
  void extract(std::span<const TokenText> sentence, std::vector<std::vector<uint64_t>>& out) const;
  // The same features as readable strings (tests and debugging); slow. feature_id() of a
  // string gives the id extract() gives that feature.
  std::vector<std::vector<std::string>> extract_strings(std::span<const TokenText> sentence) const;
  // The emission scores of `model` for every token: emit[i * kTags + t], the sum of the weight
  // rows of extract()'s features in extract()'s order, so they equal Model::decode()'s to the bit.
  // Without building the feature lists; the features of the token alone (before the context
  // ones) are summed once per word type and thread and reused, and the context features' rows
  // are looked up once per value (small domains) or per neighbouring word type, not hashed per token.
  void emissions(std::span<const TokenText> sentence, const Model& model, std::vector<float>& emit) const;

 private:
  template <class Sink>
  void run(std::span<const TokenText> sentence, Sink&& sink) const;
  const NameLists& lists_;
};

// FNV-1a and a final mix: options and text fingerprints.
uint64_t feature_hash(std::string_view s);
// The id of a feature written as extract_strings() writes it: «name=value|value|...».
uint64_t feature_id(std::string_view feature);

}  // namespace rasd::actors::ner

// Features of the statistical name tagger (actors/ner): what the averaged perceptron sees of each
// token. The choices follow ../shared/notes/ner.md: clitic-aware stems and affixes (names carry
// proclitics: «وبغداد», «لواشنطن»), the foreign-word signal (hunspell-ar membership, long vowel
// runs as in «توكاييف»), gazetteers as evidence rather than answers, and the words around.
//
// Features are strings («s=بغداد», «k-1=الرئيس») hashed to 64 bits; the model keeps a weight row
// per hash. Training and tagging call the same extractor, so the two can never drift apart.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rasd/core/document.h"

namespace rasd::actors::ner {

// Bumped whenever a feature changes meaning: a model trained with another version is refused.
// 2: word clusters (data/ner/clusters.tsv) of the token and its neighbours.
inline constexpr uint32_t kFeatureVersion = 2;

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
  std::unordered_map<std::string, uint8_t> entries;
  size_t max_words = 0;
  void add(std::string_view name, uint8_t type_bit);
};

// Builds a TokenText for a word read from a training file (one word, no spaces): the same key and
// stem the tokenizer would give, even for strings it would split («U.S.»). `key_store` owns the
// normalised key and stem (two strings per token) and must outlive the result.
TokenText token_text(std::string_view word, std::string& key_store, std::string& stem_store);

// hunspell-ar membership of a token (surface, surface without proclitics, or normalised stem),
// cached per surface form: a look-up costs ~14 µs and news repeats its words. Thread-safe.
bool lexicon_known(const TokenText& t);

class FeatureExtractor {
 public:
  explicit FeatureExtractor(const NameLists& lists) : lists_(lists) {}

  // The hashed features of every token of one sentence: out[i] gets token i's.
  void extract(std::span<const TokenText> sentence, std::vector<std::vector<uint64_t>>& out) const;
  // The same features as readable strings (tests and debugging); slow.
  std::vector<std::vector<std::string>> extract_strings(std::span<const TokenText> sentence) const;

 private:
  template <class Sink>
  void run(std::span<const TokenText> sentence, Sink&& sink) const;
  const NameLists& lists_;
};

uint64_t feature_hash(std::string_view s);

}  // namespace rasd::actors::ner

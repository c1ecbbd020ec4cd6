// Context words of the name tagger (data/ner/context_words.tsv): titles, heads of organisations,
// sports sides, outlets, place type words and speech verbs. The tagger sees the class of the
// words around a token, so «منتخب» before a country it has only seen as a place, or «قال» before
// a surname it never saw, is evidence that holds for names outside the labelled data.
#pragma once

#include <cstdint>
#include <string_view>
#include <string>
#include <unordered_map>

#include "rasd/actors/ner/features.h"
#include "rasd/core/hash.h"

namespace rasd::actors::ner {

enum class ContextClass : uint8_t { kNone = 0, kTitle, kOrg, kTeam, kMedia, kPlace, kSpeech, kSport };
inline constexpr int kContextClasses = 8;
std::string_view context_class_name(ContextClass c);  // "-", "title", "org", ...

class ContextWords {
 public:
  static const ContextWords& get();  // built on first use, thread-safely
  // The class of a token by its stem, else its key (normalised; taa marbuta folded here).
  ContextClass of(std::string_view stem, std::string_view key) const;
  size_t size() const { return rows_; }  // rows read (each is found under one or two forms)
  // FNV-1a of the table's cells, recorded in the model: a changed table asks for a retrain.
  uint64_t fingerprint() const { return fingerprint_; }

 private:
  ContextWords();
  StringMap<ContextClass> map_;
  size_t rows_ = 0;
  uint64_t fingerprint_ = 0;
};

}  // namespace rasd::actors::ner

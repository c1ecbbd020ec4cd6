#include "rasd/actors/ner/context_words.h"

#include <string>

#include "rasd/core/table.h"
#include "rasd/geo/gazetteer.h"
#include "rasd/text/clitics.h"
#include "rasd/text/normalize.h"

namespace rasd::actors::ner {
namespace {
constexpr std::string_view kNames[kContextClasses] = {"-", "title", "org", "team", "media", "place", "speech", "sport"};
}  // namespace

std::string_view context_class_name(ContextClass c) { return kNames[static_cast<size_t>(c)]; }

ContextWords::ContextWords() {
  const data::Table& t = data::table("ner/context_words");
  int word = t.column("word"), cls = t.column("class");
  uint64_t h = 1469598103934665603ull;
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string_view name = t.at(r, static_cast<size_t>(cls));
    ContextClass c = ContextClass::kNone;
    for (int k = 1; k < kContextClasses; ++k)
      if (kNames[k] == name) c = static_cast<ContextClass>(k);
    // An unknown class is a table error its unit test reports (the row then counts for nothing).
    if (c != ContextClass::kNone) {
      // Under the key and under the stem the tokenizer gives it: a word that begins like a
      // clitic («لواء», «كاتب») loses that letter in the stem of «ولواء», «والكاتب».
      std::string key = text::normalize_key(t.at(r, static_cast<size_t>(word)));
      map_.emplace(geo::fold_taa(key), c);
      map_.emplace(geo::fold_taa(text::proclitic_stem(key)), c);
      ++rows_;
    }
    for (size_t col = 0; col < t.columns.size(); ++col) {
      if (t.columns[col] == "note") continue;  // reviewers' words do not change what is learnt
      for (unsigned char ch : t.at(r, col)) { h ^= ch; h *= 1099511628211ull; }
      h ^= '\t'; h *= 1099511628211ull;
    }
  }
  fingerprint_ = h;
}

const ContextWords& ContextWords::get() {
  static const ContextWords words;
  return words;
}

ContextClass ContextWords::of(std::string_view stem, std::string_view key) const {
  // Callers pass taa-folded forms (the extractor folds every token once).
  if (auto it = map_.find(stem); it != map_.end()) return it->second;
  if (key.size() != stem.size())
    if (auto it = map_.find(key); it != map_.end()) return it->second;
  return ContextClass::kNone;
}

}  // namespace rasd::actors::ner

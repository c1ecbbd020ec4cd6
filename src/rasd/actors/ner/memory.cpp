#include "rasd/actors/ner/memory.h"

#include <algorithm>
#include <map>
#include <string>

#include "rasd/actors/ner/model.h"
#include "rasd/core/hash.h"

static_assert(rasd::actors::ner::begin_tag(rasd::actors::ner::NameType::kPer) + 1 == 2, "memory.h spells I-PER as 2");

namespace rasd::actors::ner {
namespace {

constexpr size_t kMaxWords = 4;

struct Memory {
  int type = -1;  // NameType; -2 when the document gave the name two types
  float score = 0;
};

void note(std::map<std::string, Memory>& m, const std::string& key, int type, float score) {
  auto [it, fresh] = m.try_emplace(key, Memory{type, score});
  if (fresh) return;
  if (it->second.type != type) it->second.type = -2;
  else it->second.score = std::max(it->second.score, score);
}

}  // namespace

size_t remember_names(std::vector<TaggedSentence>& doc, float confident) {
  // Ordered map: the pass is deterministic whatever the hash of a string.
  std::map<std::string, Memory> memory;
  for (const TaggedSentence& s : doc)
    for (size_t i = 0; i < s.tags.size();) {
      if (!is_begin(s.tags[i])) { ++i; continue; }
      size_t j = i + 1;
      while (j < s.tags.size() && is_inside(s.tags[j])) ++j;
      int type = static_cast<int>(type_of(s.tags[i]));
      float score = *std::min_element(s.margin.begin() + static_cast<ptrdiff_t>(i), s.margin.begin() + static_cast<ptrdiff_t>(j));
      if (type != static_cast<int>(NameType::kMisc) && score >= confident && j - i <= kMaxWords) {
        std::string key(s.stems[i]);
        for (size_t k = i + 1; k < j; ++k) (key += ' ') += s.stems[k];
        note(memory, key, type, score);
        // The short form of a person: the last word, when it is foreign (a surname like
        // «توكاييف»; an Arabic one like «الأسد» is also a common word).
        if (type == static_cast<int>(NameType::kPer) && j - i >= 2 && s.foreign[j - 1])
          note(memory, std::string(s.stems[j - 1]), type, score);
      }
      i = j;
    }
  // First words of the remembered names: most tokens are rejected on this set, unbuilt keys.
  // A hash set: one hash per token where a binary search made a dozen string comparisons.
  StringSet firsts;
  for (const auto& [k, m] : memory)
    if (m.type >= 0) firsts.emplace(std::string_view(k).substr(0, k.find(' ')));
  auto may_start = [&](std::string_view w) { return firsts.contains(w); };
  size_t added = 0;
  std::string key;
  std::vector<size_t> span_first, span_end;
  std::vector<float> span_score;
  for (TaggedSentence& s : doc) {
    // Each token's predicted span and its weakest margin: a window may take over spans the
    // tagger was unsure of (a club read as a city, a name cut in two) when they lie inside it.
    size_t len = s.tags.size();
    span_first.assign(len, 0);
    span_end.assign(len, 0);
    span_score.assign(len, 0);
    for (size_t i = 0; i < len;) {
      size_t j = i + 1;
      if (s.tags[i] != 0)
        while (j < len && is_inside(s.tags[j])) ++j;
      float m = *std::min_element(s.margin.begin() + static_cast<ptrdiff_t>(i), s.margin.begin() + static_cast<ptrdiff_t>(j));
      for (size_t k = i; k < j; ++k) span_first[k] = i, span_end[k] = j, span_score[k] = m;
      i = j;
    }
    auto open = [&](size_t k, size_t from, size_t to) {
      if (s.stems[k].empty()) return false;
      if (s.tags[k] == 0) return true;
      return span_score[k] < confident && span_first[k] >= from && span_end[k] <= to;
    };
    for (size_t i = 0; i < len;) {
      if (s.stems[i].empty() || !may_start(s.stems[i]) || (s.tags[i] != 0 && span_first[i] != i)) { ++i; continue; }
      size_t found = 0;
      Memory hit;
      for (size_t n = std::min(kMaxWords, len - i); n >= 1 && !found; --n) {
        bool free = true;
        for (size_t k = i; k < i + n; ++k) free = free && open(k, i, i + n);
        if (!free) continue;
        key = s.stems[i];
        for (size_t k = i + 1; k < i + n; ++k) (key += ' ') += s.stems[k];
        auto it = memory.find(key);
        if (it != memory.end() && it->second.type >= 0) { found = n; hit = it->second; }
      }
      if (!found) { i = s.tags[i] == 0 ? i + 1 : span_end[i]; continue; }
      int b = begin_tag(static_cast<NameType>(hit.type));
      bool changed = false;
      for (size_t k = i; k < i + found; ++k) {
        int t = k == i ? b : b + 1;
        changed = changed || s.tags[k] != t;
        s.tags[k] = t;
        s.margin[k] = hit.score;
      }
      added += changed;
      i += found;
    }
  }
  return added;
}

}  // namespace rasd::actors::ner

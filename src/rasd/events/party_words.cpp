// The word-list and form signs of whether a phrase's head word can name a party (party_words.h).
#include "rasd/events/party_words.h"

#include "rasd/actors/actor_lexicon.h"
#include "rasd/actors/ner/clusters.h"
#include "rasd/core/hash.h"
#include "rasd/core/table.h"
#include "rasd/events/word_parties.h"
#include "rasd/text/normalize.h"

namespace rasd::events {
namespace {

constexpr size_t kPluralBytes = 10;  // «ون»/«ين» after three letters at least: shorter words end so by their root

// A table's first column, keyed as the tokenizer's stems are (normalised, no article).
StringSet column_set(std::string_view table, std::string_view column) {
  StringSet out;
  const auto& t = data::table(table);
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string_view w = t.get(r, column);
    out.insert(text::normalize_key(w.substr(0, w.find(' '))));
  }
  return out;
}

std::string_view stem_of(const Token& t) { return t.stem.empty() ? std::string_view(t.key) : std::string_view(t.stem); }

bool listed(const StringSet& set, std::string_view stem) {
  if (set.count(std::string(stem))) return true;
  // The accusative «ا» of an indefinite noun («قتيلا»).
  return stem.ends_with("\xD8\xA7") && set.count(std::string(stem.substr(0, stem.size() - 2)));
}

}  // namespace

std::vector<std::string> party_signs(const Document& doc, uint32_t lead, uint32_t end) {
  static const StringSet count_nouns = column_set("events/count_nouns", "noun");
  static const StringSet place_types = column_set("places/type_words", "word");
  std::vector<std::string> out;
  uint32_t h = lead;
  // Past a count or a partitive and its «من»: the head is the noun counted.
  while (h < end && (doc.tokens[h].kind != TokenKind::kWord || quantified_at(doc, h) ||
                     doc.tokens[h].key == "\xD9\x85\xD9\x86"))  // من
    ++h;
  if (h >= end) return {"sign=no-head"};
  if (h > lead) out.emplace_back("sign=counted");
  const Token& t = doc.tokens[h];
  std::string_view stem = stem_of(t);
  const actors::Lexicon& lx = actors::lexicon();
  size_t before = out.size();
  if (actors::match_phrase(lx.titles, doc, h, end, false).row >= 0) out.emplace_back("sign=title");
  if (actors::match_phrase(lx.nouns, doc, h, end, true).row >= 0) out.emplace_back("sign=actor-noun");
  if (actors::match_phrase(lx.heads, doc, h, end, true).row >= 0) out.emplace_back("sign=org-head");
  if (!actors::demonym_country(t).empty()) out.emplace_back("sign=nationality");
  if (listed(count_nouns, stem)) out.emplace_back("sign=count-noun");
  if (listed(place_types, stem)) out.emplace_back("sign=place-type");
  if (out.size() == before) out.emplace_back("sign=none");
  // Its form: a sound masculine plural names people; a relation adjective qualifies a noun.
  if (stem.size() >= kPluralBytes && (stem.ends_with("\xD9\x88\xD9\x86") || stem.ends_with("\xD9\x8A\xD9\x86")))  // ون ين
    out.emplace_back("sign=plural-people");
  else if (nisba_like(t))
    out.emplace_back("sign=relation-adjective");
  out.push_back("sign-cluster=" + std::to_string(actors::ner::WordClusters::get().of(stem).coarse));
  return out;
}

}  // namespace rasd::events

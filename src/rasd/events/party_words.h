// Whether plain words can name a party at all (issue 20's role chooser, events/role_model.h): the
// signs the project's word lists and the word's form give about a phrase's head word. A title
// (data/actors/titles.tsv), an unnamed actor noun (actor_nouns.tsv), an organisation head
// (org_heads.tsv), a nationality (demonyms.tsv), a noun of counted people (count_nouns.tsv) or a
// sound masculine plural (nouns in «ون»/«ين» name people) can; a place type word
// (places/type_words.tsv) names a place, and its word cluster (data/ner/clusters.tsv, from
// unlabelled news) groups it with words of its kind. Features, not rules: the model weighs them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "rasd/core/document.h"

namespace rasd::events {

// The signs of the phrase's head word (its first word past a count or a partitive «عدد من»),
// among tokens [lead, end): names as `sign=...` features; `sign=none` when no list knows it.
std::vector<std::string> party_signs(const Document& doc, uint32_t lead, uint32_t end);

}  // namespace rasd::events

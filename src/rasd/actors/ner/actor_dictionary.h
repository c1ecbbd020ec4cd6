// UniversalPetrarch's Arabic actor dictionary (../shared/data/actors/actor_dict_ar_v4.txt, MIT) as
// typed name lists for the tagger. The dictionary mixes people, organisations, places and generic
// roles under CAMEO codes that do not say which is which, so each entry is typed by its words:
// a head of an organisation first («حركة», «حزب»: data/actors/org_heads.tsv and the org / team /
// media context words) makes it an organisation; a title first («الشيخ», «وزير») is dropped and
// what follows is a person; a place type word first, a bare country code or a lone word with no
// role is a place or a common noun and is left to the gazetteer. A lone word is kept only when its
// code names a group (REB, OPP, PTY, ...) or a dated role held by someone (a person).
// The lists are evidence for the tagger, never answers: it learns how far to trust them apart
// from ANERgazet's (bits kDictPer / kDictOrg of NameLists).
#pragma once

#include <cstddef>
#include <string_view>

#include "rasd/actors/ner/features.h"

namespace rasd::actors::ner {

inline constexpr uint8_t kDictPer = 8;
inline constexpr uint8_t kDictOrg = 16;

struct DictionaryCounts {
  size_t entries = 0, persons = 0, organisations = 0, skipped = 0;
};

// Adds the typed entries of a dictionary text (the file's format: `ENTRY [CODE]` or `ENTRY` then
// tab-indented `[CODE DATES]` lines; words joined by `_`) to `lists`.
DictionaryCounts add_actor_dictionary(std::string_view text, NameLists& lists);

}  // namespace rasd::actors::ner

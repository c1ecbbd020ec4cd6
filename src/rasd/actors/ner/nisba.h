// Nationality adjectives (nisba) for the name tagger. Sport and culture news writes a person as
// «the Brazilian X» («البرازيلي فلان») and a club as «X the English» («فلان الإنجليزي»): the
// adjective beside an unseen name says a name is there, and which side of it. A word is a nisba
// when data/actors/demonyms.tsv lists it or when the grammar of nisba makes it from a country the
// gazetteer knows: the stem ends in ي / ية / يون / يين and what is left, with the article, a
// final ا / يا or ستان, is a country («برتغالي» ← «البرتغال», «سوري» ← «سوريا»).
#pragma once

#include <string_view>

namespace rasd::actors::ner {

// `stem`: the token's normalised key without proclitics and article (text::proclitic_stem).
// Cached per thread; thread-safe.
bool is_nisba(std::string_view stem);

}  // namespace rasd::actors::ner

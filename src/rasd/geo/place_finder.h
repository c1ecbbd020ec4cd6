// Place recognition and resolution: fills Document::places from ::tokens and ::sentences, and adds
// one LOC entity per place to Document::entities.
//
// Recognition: the longest run of words whose loose key is a gazetteer name, the first word read
// through its clitic analyses («بألماتي», «وفي موسكو», «لكازاخستان»); and a type word followed by a
// name («محافظة صعدة», «مطار ألماتي», «قرية ...») even when no gazetteer knows the name. A name known
// only as a small town (and so often also a common word) needs a locative cue before it.
// Resolution: among the places a name may be, the one whose country the article's other
// unambiguous places name, then the larger kind (country > admin1 > city), then population.
// Page furniture and the credit line are never read.
#pragma once

#include "rasd/core/document.h"

namespace rasd::geo {

void find_places(Document& doc);

// The article's country, from its places once found: the country most named, a mention of the
// country itself counting double (a story naming Yemen and three Yemeni towns is Yemeni though it
// names Saudi Arabia twice); "" when no place has a country. A domestic actor without a country,
// and an event whose only place is an unknown village, are placed there.
std::string main_country(const Document& doc);

}  // namespace rasd::geo

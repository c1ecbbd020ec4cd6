// Countries as parties: «قصفت إسرائيل», «تتهم السعودية إيران» name a government acting, though
// the place finder, not the actor finder, found the name. A country mention is a party unless a
// locative word or proclitic before it makes it a scene, a source or a destination
// (data/events/locative_words.tsv), the place finder reads it relative («قرب»), or it lies inside
// an actor mention («حكومة اليمن»). Its party is the government: sector GOV, the country's code.
#pragma once

#include <cstdint>

#include "rasd/core/document.h"

namespace rasd::events {

// Whether place mention p (index into Document::places) may name a party.
bool country_party(const Document& doc, size_t p);

// The LOC entity of place mention p, -1 when it has none.
int32_t place_entity(const Document& doc, size_t p);

// The party place mention p names (its entity's name, the country's code, sector GOV).
EventParty place_party(const Document& doc, size_t p);

}  // namespace rasd::events

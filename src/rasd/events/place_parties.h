// Countries as parties: «قصفت إسرائيل», «تتهم السعودية إيران» name a government acting, though
// the place finder, not the actor finder, found the name. A country mention is a party unless a
// locative word or proclitic before it makes it a scene, a source or a destination
// (data/events/locative_words.tsv), the place finder reads it relative («قرب»), or it lies inside
// an actor mention («حكومة اليمن»). Its party is the government: sector GOV, the country's code.
// A nationality adjective after a verbal noun names its doer's country the same way.
#pragma once

#include <cstdint>
#include <string>

#include "rasd/core/document.h"

namespace rasd::events {

// Whether mention m is a capital named for its government (data/events/capitals.tsv): its name
// and the country the place finder resolved both match a row.
bool capital_of_country(const Document& doc, const PlaceMention& m);

// Whether place mention p (index into Document::places) may name a party: a country, or a capital.
bool country_party(const Document& doc, size_t p);

// Whether place mention p names a country (or its capital) outside any actor mention, whatever
// word stands before it: a caller whose trigger governs that word as its target cue («رفع
// العقوبات عن إيران») reads the country as its government though «عن» alone blocks it.
bool country_named(const Document& doc, size_t p);

// The LOC entity of place mention p, -1 when it has none.
int32_t place_entity(const Document& doc, size_t p);

// The party place mention p names (its entity's name, the country's code, sector GOV).
EventParty place_party(const Document& doc, size_t p);

// The country a nationality adjective names, when token t is one outside any actor mention
// («غارة إسرائيلية», «القصف الروسي»); "" otherwise.
std::string nisba_country(const Document& doc, uint32_t t);

// The party nationality adjective t names: the adjective as written, its country, sector GOV.
EventParty nisba_party(const Document& doc, uint32_t t);

}  // namespace rasd::events

// Parties named by plain words: the object of «اعتقلت الشرطة المطلوب», the target of «هجوم على
// قرية», the counted victims of «مقتل ستة أشخاص» are parties though the actor finder, which looks
// for political and social actors, names none there. When the grammar of a trigger points at a
// position (events/arguments.cpp) and no actor mention stands there, the noun phrase that does
// is the party: a head noun (or a count and its noun, or a partitive «عدد من» and its noun) and
// what may follow it in one phrase: a genitive after an indefinite head, definite and
// nationality adjectives. Time words, adverbs and pronouns (data/events/phrase_stops.tsv),
// function and locative words (data/text/function_words.tsv, data/events/locative_words.tsv) and
// places are no part of one.
#pragma once

#include <cstdint>

#include "rasd/core/document.h"

namespace rasd::events {

struct WordPhrase {
  uint32_t first = 0, end = 0;  // tokens
  bool empty() const { return end <= first; }
};

// The noun phrase that starts at token k and ends no later than token `limit`; empty when the
// word at k cannot head a party (a function word, a time word, a word with a preposition or a
// conjunction glued to it, a date, a trigger, punctuation). With `glued`, the head word may carry a
// preposition («للمركز»: a «ل» phrase a caller reads as a genitive).
WordPhrase noun_phrase(const Document& doc, uint32_t k, uint32_t limit, bool glued = false);

// Whether token k is a noun in the nominative sound masculine plural («مسلحون»): after a verb,
// its subject, never its object.
bool nominative_plural(const Document& doc, uint32_t k);

// Whether the token is a nationality or relation adjective by its form («الحكومية», «محليين»).
bool nisba_like(const Token& t);

// Whether a head count («ستة») or a partitive («عدد من», phrase_stops.tsv) starts at token k.
bool quantified_at(const Document& doc, uint32_t k);

// Whether a quantity with no preposition of its own and its partitive «من» start at token k
// («عدد من», «عشرات من»): the people counted follow, and the pair leads their party.
bool partitive_at(const Document& doc, uint32_t k);

// The party a phrase names: its words as written, no entity, country or sector.
EventParty word_party(const Document& doc, WordPhrase p);

}  // namespace rasd::events

// How many: the quantities of a sentence bound to an event's trigger as dead, injured, arrested
// or size (participants, troops). Victim and participant nouns are rows of
// data/events/count_nouns.tsv; counts a noun's grammatical number implies without a numeral
// («مقتل القيادي» 1, «قتل طفلان» 2) are rows of data/events/count_implied.tsv.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "rasd/core/document.h"

namespace rasd::events {

struct CountBinding {
  std::string role;      // dead | injured | arrested | size
  Quantity quantity;     // a copy of a Document::quantities entry, or an implied count whose
                         // span is the noun that implies it
  Span evidence;         // the words that bind it («مقتل 7 من أفراد الشرطة»)
};

std::vector<CountBinding> counts_for(const Document& doc, const TriggerMention& trigger);

}  // namespace rasd::events

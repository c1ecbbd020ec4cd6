// Events: from triggers to records. For each trigger in story text, the event's arguments are
// read from its clause, then its sentence (never from another sentence, and never a silent
// publication date): actor and recipient from the actor mentions around it, location from the
// place mentions (else the article's country), date from the sentence's date mention, counts from
// events/counts.h, modality and attribution from events/modality.h. Then fusion: events of one
// type within a sentence are one telling; across sentences, tellings that share a specific
// argument (a count, a place finer than a country, a named actor) and conflict on none are one
// happening with several mentions.
// Reads tokens, sentences, places, actors, quantities, dates and triggers; fills Document::events.
#pragma once

#include "rasd/core/document.h"
#include "rasd/events/event_filter_model.h"

namespace rasd::events {

// status_model: the status classifier (events/status_model.h) over the status rules; nullptr,
// the rules alone.
void build_events(Document& doc, const FilterModel* status_model = nullptr);

}  // namespace rasd::events

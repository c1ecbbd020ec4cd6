// Whether the text asserts, denies, plans or only reports an event, and who reports it.
// (Whether the sentence reports it at all, or refers to it, dates it long before or speaks of no
// one happening, is events/discourse_status.h.)
// Reads Document::tokens, ::sentences, ::actors and ::quotes-to-be (speech verbs); cues are rows
// of data/events/modality_cues.tsv.
#pragma once

#include <cstdint>
#include <string>

#include "rasd/core/document.h"

namespace rasd::events {

struct Modality {
  std::string modality = "asserted";  // asserted | reported | future | hypothetical | negated
  bool negated = false;               // the text denies it («لم تعتقل», «نفى ... اعتقال»)
  int32_t reported_by = -1;           // index into Document::actors of who the text says reports it
  std::string reported_by_name;       // that actor's name as written («وزارة الداخلية»), "" when none
  Span cue;                           // the cue's span (empty when asserted)
};

Modality modality_of(const Document& doc, const TriggerMention& trigger);

}  // namespace rasd::events

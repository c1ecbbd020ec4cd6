// Reads back what StoredEvent::content keeps beyond the columns (EventRow::content_json): the
// event's mentions (code-point spans and their text) and its actors and recipients, for the
// exports that keep them (PLOVER JSONL, the first mention's span in GeoJSON).
#pragma once

#include <string_view>
#include <vector>

#include "rasd/store/rows.h"

namespace rasd::store {

struct EventContent {
  std::vector<MentionRow> mentions;
  std::vector<PartyRow> actors, recipients;
};

// False (and `out` empty) when `json` is not an event content object; missing members are empty.
bool parse_event_content(std::string_view json, EventContent& out);

}  // namespace rasd::store

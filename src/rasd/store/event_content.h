// Reads back what StoredEvent::content keeps beyond the columns (EventRow::content_json): the
// event's mentions (code-point spans and their text), its actors and recipients, and its count
// claims, for the exports and API calls that show them.
//
// Content versions: 1 (rasd before count claims were stored) has columns, mentions and parties;
// 2 adds "count_rule" and "count_claims" (always present, [] when no telling gave a figure). A
// store holds both until every article is processed again: a version-1 event's claims are
// unknown (nullopt), not empty.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

#include "rasd/store/rows.h"

namespace rasd::store {

inline constexpr int kEventContentVersion = 2;

struct EventContent {
  int version = kEventContentVersion;
  std::vector<MentionRow> mentions;
  std::vector<PartyRow> actors, recipients;
  std::optional<std::string> count_rule;
  std::optional<std::vector<ClaimRow>> claims;  // nullopt: not stored (version 1)
};

// False (and `out` empty) when `json` is not an event content object; missing members are empty.
bool parse_event_content(std::string_view json, EventContent& out);

// Whether a stored content holds its claims (version 2), without parsing it: content_json writes
// the member as "count_claims":, and inside a JSON string every quote is escaped, so the bytes
// can only be the member's key.
bool content_has_claims(std::string_view json);

}  // namespace rasd::store

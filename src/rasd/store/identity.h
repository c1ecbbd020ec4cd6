// Stable event ids across re-ingest, whatever database holds them. An event keeps its id when it
// is the same happening: same article, same type, overlapping mentions (code points). Live
// events are preferred to tombstones; a new event that overlaps a tombstone brings it back under
// its old id. Ids of new events are derived from the article id, the type and the first mention,
// so rebuilding a store from the same inputs gives the same ids.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "rasd/store/rows.h"

namespace rasd::store {

// What the store holds of an article's earlier events (live and tombstoned).
struct KnownEvent {
  std::string id;
  std::string type;
  std::vector<MentionRow> mentions;  // only start/end are read
  std::string content;               // EventRow::content_json() as stored
  bool deleted = false;
};

enum class Fate {
  kAdded,      // a new id
  kRestored,   // a tombstone's id again (the feed calls it added)
  kUpdated,    // same id, different content
  kUnchanged,  // same id, same content
};

struct Reconciled {
  struct Match {
    std::string id;
    Fate fate = Fate::kAdded;
  };
  std::vector<Match> events;         // one per fresh event, in order
  std::vector<std::string> deleted;  // live known events no fresh event matched: tombstone them
};

// Moves the known events' mentions from `old_text` to where the same words are in `new_text`,
// so a correction elsewhere in the article (a paragraph added on top, a sentence cut) does not
// break overlaps. Lines (paragraphs) are aligned by their longest common subsequence; a mention
// in a line that is gone or was edited moves with the nearest unchanged line before it.
void realign(std::vector<KnownEvent>& known, std::string_view old_text, std::string_view new_text);

// Matches the fresh events of `article_id` to the known ones. `contents[i]` is
// fresh[i].content_json(). Greedy on the largest overlap, so each known event is used once.
Reconciled reconcile(std::string_view article_id, const std::vector<KnownEvent>& known,
                     const std::vector<EventRow>& fresh, const std::vector<std::string>& contents);

}  // namespace rasd::store

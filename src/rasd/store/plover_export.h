// PLOVER JSON Lines (`--format plover`): one POLECAT-like record per stored event, the shape the
// PLOVER manual's "Data Fields" and the NGEC/POLECAT coder use (../shared/notes/plover.md §5),
// with every span kept. Field by field:
//   id, event_type, mode [list], context [list; rasd codes none yet: always empty],
//   date (YYYY-MM-DD or null), date_precision, date_raw (the words that dated it), pub_date,
//   actor / recipient [lists of {entity_text, country (ISO 3166-1 alpha-2), sector}],
//   event_loc {extracted_place, geonameid, lat, lon, country_code (alpha-2), admin1_code,
//              geo_precision} or null,
//   size {dead, injured, arrested, size: {value, min, max, qualifier}} (only those reported),
//   status, modality, negated, background, reported_by,
//   event_text [mention texts], text_info [{start, end, text}] (code points into the article),
//   text (the sentence of the first mention), story_id (article id),
//   cite_info {url, title, publication (outlet)}, created_at, updated_at.
#pragma once

#include <string>

#include "rasd/store/store.h"

namespace rasd::store {

// One record and a newline.
void write_event_plover(const StoredEvent& e, std::string& out);

}  // namespace rasd::store

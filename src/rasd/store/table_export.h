// `--format table`: a short, readable table of events for a terminal (what `scripts/run` prints).
// Columns: date, type, mode, dead, injured, country, place, actor → recipient. Fixed widths in
// terminal cells (display_width: harakat and other marks take none, wide characters two), long
// text cut with "…", so the table streams.
//
// Right-to-left text: the Latin and numeric columns come first and every Arabic cell but the last
// ends with a LEFT-TO-RIGHT MARK (U+200E, zero width). A terminal that applies the Unicode bidi algorithm
// then reverses each Arabic cell inside its own column instead of swapping the Arabic columns
// with each other, and the arrow stays between actor and recipient pointing from the one to the
// other; a terminal that does not shows the cells in logical order at the same positions. The
// table is for reading; csv, geojson and plover are for tools.
#pragma once

#include <string>
#include <string_view>

#include "rasd/store/store.h"

namespace rasd::store {

// Terminal cells `s` (valid UTF-8) takes: 0 for combining marks and format characters, 2 for East
// Asian wide and fullwidth characters, 1 otherwise.
size_t display_width(std::string_view s);

// `s` cut (with "…") or padded with spaces to exactly `width` cells.
std::string fit(std::string_view s, size_t width);

void write_table_header(std::string& out);
void write_event_table(const StoredEvent& e, std::string& out);

}  // namespace rasd::store

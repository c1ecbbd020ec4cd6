// The sidecar every `rasd export` writes beside its file (FILE.meta.json), so a snapshot of a
// living store can be cited and reloaded without guessing: what format and schema, which engine
// made the events, when the snapshot was taken, which filters chose the rows, how many rows, the
// field names, and whose data it holds. It is a separate file, never a comment line on top of a
// CSV (pandas and readr would read that line as the header).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rasd/store/store.h"

namespace rasd::store {

struct ExportMeta {
  std::string format;          // export_format_name()
  std::string file;            // the export's file name (no directory)
  std::string snapshot_time;   // ISO 8601 UTC: when the query began
  std::string engine_version;  // engine_version() of this rasd
  EventQuery filters;
  size_t rows = 0;
  bool excel_bom = false;
  std::vector<std::string> fields;  // column or property names, in order; empty for nested records
};

// The sidecar's path: `export_path` + ".meta.json".
std::string export_meta_path(std::string_view export_path);

// The sidecar as a JSON object (and a newline): rasd_export_meta (this layout's version),
// schema_version (kSchemaVersion), engine_version, snapshot_time, format, file, encoding, rows,
// filters {...}, fields [...], credits [{name, licence, url, note}], offsets ("code points").
std::string export_meta_json(const ExportMeta& meta);

}  // namespace rasd::store

// The formats `rasd query` prints and `rasd export` writes, behind one writer so both commands
// (and the HTTP server later) offer the same list: jsonl, csv, acled, geojson, geojsonseq,
// plover and table. A writer frames the output (header row, FeatureCollection brackets) and
// counts the rows it wrote (acled leaves out events of no ACLED kind).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rasd/store/store.h"

namespace rasd::store {

enum class ExportFormat { kJsonl, kCsv, kAcled, kGeojson, kGeojsonSeq, kPlover, kTable };

// Names in the order --help lists them.
const std::vector<std::string>& export_format_names();
std::optional<ExportFormat> parse_export_format(std::string_view name);
std::string_view export_format_name(ExportFormat f);
// The usual file extension: "jsonl", "csv", "geojson", "geojsonl", "txt".
std::string_view export_format_extension(ExportFormat f);
// The field names each row has (CSV columns, GeoJSON properties); empty for nested records.
std::vector<std::string> export_format_fields(ExportFormat f);

struct WriterOptions {
  // A UTF-8 BOM before a CSV so that Excel shows Arabic; pandas and readr read the first column
  // name wrongly with it, so it is off by default (../shared/notes/dashboard.md §2.6).
  bool excel_bom = false;
};

class EventWriter {
 public:
  explicit EventWriter(ExportFormat format, WriterOptions options = {});
  void begin(std::string& out);
  void add(const StoredEvent& e, std::string& out);
  void end(std::string& out);
  size_t rows() const { return rows_; }

 private:
  ExportFormat format_;
  WriterOptions options_;
  size_t rows_ = 0;
};

}  // namespace rasd::store

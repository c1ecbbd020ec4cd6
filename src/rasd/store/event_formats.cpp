#include "rasd/store/event_formats.h"

#include "rasd/store/acled.h"
#include "rasd/store/export.h"
#include "rasd/store/geojson_export.h"
#include "rasd/store/plover_export.h"
#include "rasd/store/table_export.h"

namespace rasd::store {
namespace {

struct FormatInfo {
  ExportFormat format;
  std::string_view name, extension;
};

constexpr FormatInfo kFormats[] = {
    {ExportFormat::kJsonl, "jsonl", "jsonl"},          {ExportFormat::kCsv, "csv", "csv"},
    {ExportFormat::kAcled, "acled", "csv"},            {ExportFormat::kGeojson, "geojson", "geojson"},
    {ExportFormat::kGeojsonSeq, "geojsonseq", "geojsonl"}, {ExportFormat::kPlover, "plover", "jsonl"},
    {ExportFormat::kTable, "table", "txt"},
};

const FormatInfo& info(ExportFormat f) {
  for (const FormatInfo& i : kFormats)
    if (i.format == f) return i;
  return kFormats[0];
}

// The names of a CSV header line.
std::vector<std::string> header_names(const std::string& header) {
  std::vector<std::string> out;
  std::string name;
  for (char c : header) {
    if (c == ',' || c == '\r' || c == '\n') {
      if (!name.empty()) out.push_back(name);
      name.clear();
    } else {
      name += c;
    }
  }
  return out;
}

}  // namespace

const std::vector<std::string>& export_format_names() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (const FormatInfo& i : kFormats) v.emplace_back(i.name);
    return v;
  }();
  return names;
}

std::optional<ExportFormat> parse_export_format(std::string_view name) {
  for (const FormatInfo& i : kFormats)
    if (i.name == name) return i.format;
  return std::nullopt;
}

std::string_view export_format_name(ExportFormat f) { return info(f).name; }
std::string_view export_format_extension(ExportFormat f) { return info(f).extension; }

std::vector<std::string> export_format_fields(ExportFormat f) {
  std::string header;
  switch (f) {
    case ExportFormat::kCsv: write_csv_header(header); return header_names(header);
    case ExportFormat::kAcled: write_acled_header(header); return header_names(header);
    case ExportFormat::kGeojson:
    case ExportFormat::kGeojsonSeq: {
      std::vector<std::string> out;
      for (std::string_view n : geojson_property_names()) out.emplace_back(n);
      return out;
    }
    default: return {};
  }
}

EventWriter::EventWriter(ExportFormat format, WriterOptions options) : format_(format), options_(options) {}

void EventWriter::begin(std::string& out) {
  bool csv = format_ == ExportFormat::kCsv || format_ == ExportFormat::kAcled;
  if (csv && options_.excel_bom) out += "\xEF\xBB\xBF";
  if (format_ == ExportFormat::kCsv) write_csv_header(out);
  if (format_ == ExportFormat::kAcled) write_acled_header(out);
  if (format_ == ExportFormat::kGeojson) write_geojson_begin(out);
  if (format_ == ExportFormat::kTable) write_table_header(out);
}

void EventWriter::add(const StoredEvent& e, std::string& out) {
  switch (format_) {
    case ExportFormat::kJsonl: write_event_jsonl(e, out); break;
    case ExportFormat::kCsv: write_event_csv(e, out); break;
    case ExportFormat::kAcled:
      if (!write_event_acled(e, out)) return;
      break;
    case ExportFormat::kGeojson:
      if (rows_) out += ",\n";
      write_geojson_feature(e, out);
      break;
    case ExportFormat::kGeojsonSeq:
      write_geojson_feature(e, out);
      out += '\n';
      break;
    case ExportFormat::kPlover: write_event_plover(e, out); break;
    case ExportFormat::kTable: write_event_table(e, out); break;
  }
  ++rows_;
}

void EventWriter::end(std::string& out) {
  if (format_ == ExportFormat::kGeojson) write_geojson_end(out);
  if (format_ == ExportFormat::kTable) out += std::to_string(rows_) + (rows_ == 1 ? " event\n" : " events\n");
}

}  // namespace rasd::store

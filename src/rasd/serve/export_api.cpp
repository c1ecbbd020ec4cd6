// GET /api/v1/export?format=NAME plus the event filters: every format of `rasd export`
// (store/event_formats.h), streamed in chunks so an export of the whole store never sits in
// memory. The filter and versions travel in headers, never as a comment line on top of a CSV
// (pandas and readr would read it as the header).
#include "rasd/serve/api.h"
#include "rasd/serve/filters.h"
#include "rasd/store/event_formats.h"
#include "rasd/store/rows.h"

namespace rasd::serve {
namespace {

std::string_view content_type(store::ExportFormat f) {
  switch (f) {
    case store::ExportFormat::kJsonl:
    case store::ExportFormat::kPlover: return "application/x-ndjson; charset=utf-8";
    case store::ExportFormat::kCsv:
    case store::ExportFormat::kAcled: return "text/csv; charset=utf-8";
    case store::ExportFormat::kGeojson: return "application/geo+json; charset=utf-8";
    case store::ExportFormat::kGeojsonSeq: return "application/geo+json-seq; charset=utf-8";
    case store::ExportFormat::kTable: return "text/plain; charset=utf-8";
  }
  return "application/octet-stream";
}

}  // namespace

Reply export_events(StorePool& pool, const Params& p, std::string_view query_string) {
  EventFilter f;
  if (auto e = parse_filter(p, {"format"}, f)) return error_reply(400, *e);
  std::string name = param(p, "format");
  if (name.empty()) name = "jsonl";
  auto format = store::parse_export_format(name);
  if (!format) {
    std::string list;
    for (const std::string& n : store::export_format_names()) list += (list.empty() ? "" : ", ") + n;
    return error_reply(400, "'format' is one of " + list);
  }
  Reply r;
  r.content_type = std::string(content_type(*format));
  std::string suffix = *format == store::ExportFormat::kAcled ? "-acled" : "";
  r.headers.push_back({"Content-Disposition", "attachment; filename=\"rasd-events" + suffix + "." +
                                                  std::string(store::export_format_extension(*format)) + "\""});
  r.headers.push_back({"X-Rasd-Schema-Version", std::to_string(store::kSchemaVersion)});
  r.headers.push_back({"X-Rasd-Engine-Version", store::engine_version()});
  r.headers.push_back({"X-Rasd-Filter", std::string(query_string)});
  r.stream = [&pool, f, fmt = *format](const std::function<bool(std::string_view)>& write) {
    std::string buffer;
    bool client_gone = false;
    store::EventWriter writer(fmt);
    writer.begin(buffer);
    store::Status st = pool.with([&](store::Store& s) {
      return select_events(s, f, [&](const store::StoredEvent& e) {
        if (client_gone) return;  // query() cannot be stopped; skip the rest cheaply
        writer.add(e, buffer);
        if (buffer.size() >= (1u << 16)) {
          client_gone = !write(buffer);
          buffer.clear();
        }
      });
    });
    if (!st || client_gone) return false;
    writer.end(buffer);
    return buffer.empty() || write(buffer);
  };
  return r;
}

}  // namespace rasd::serve

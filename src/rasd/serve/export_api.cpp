// GET /api/v1/export?format=jsonl|csv|acled plus the event filters: the store's own writers
// (store/export.h, store/acled.h), streamed in chunks so an export of the whole store never sits
// in memory. The filter and versions travel in headers, never as a comment line on top of a
// CSV (pandas and readr would read it as the header).
#include "rasd/serve/api.h"
#include "rasd/serve/filters.h"
#include "rasd/store/acled.h"
#include "rasd/store/export.h"
#include "rasd/store/rows.h"

namespace rasd::serve {

Reply export_events(StorePool& pool, const Params& p, std::string_view query_string) {
  EventFilter f;
  if (auto e = parse_filter(p, {"format"}, f)) return error_reply(400, *e);
  std::string format = param(p, "format");
  if (format.empty()) format = "jsonl";
  if (format != "jsonl" && format != "csv" && format != "acled")
    return error_reply(400, "'format' is jsonl, csv or acled");
  Reply r;
  bool jsonl = format == "jsonl";
  r.content_type = jsonl ? "application/x-ndjson; charset=utf-8" : "text/csv; charset=utf-8";
  r.headers.push_back({"Content-Disposition", std::string("attachment; filename=\"rasd-events") +
                                                  (format == "acled" ? "-acled" : "") + (jsonl ? ".jsonl\"" : ".csv\"")});
  r.headers.push_back({"X-Rasd-Schema-Version", std::to_string(store::kSchemaVersion)});
  r.headers.push_back({"X-Rasd-Engine-Version", store::engine_version()});
  r.headers.push_back({"X-Rasd-Filter", std::string(query_string)});
  r.stream = [&pool, f, format](const std::function<bool(std::string_view)>& write) {
    std::string buffer;
    bool client_gone = false;
    if (format == "csv") store::write_csv_header(buffer);
    if (format == "acled") store::write_acled_header(buffer);
    size_t rows = 0;
    store::Status st = pool.with([&](store::Store& s) {
      return select_events(s, f, [&](const store::StoredEvent& e) {
        if (client_gone) return;  // query() cannot be stopped; skip the rest cheaply
        if (format == "csv") store::write_event_csv(e, buffer);
        else if (format == "acled") rows += store::write_event_acled(e, rows + 1, buffer);
        else store::write_event_jsonl(e, buffer);
        if (buffer.size() >= (1u << 16)) {
          client_gone = !write(buffer);
          buffer.clear();
        }
      });
    });
    if (!st || client_gone) return false;
    return buffer.empty() || write(buffer);
  };
  return r;
}

}  // namespace rasd::serve

#include "query_command.h"

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "event_filters.h"
#include "rasd/store/event_formats.h"
#include "rasd/store/export.h"
#include "rasd/store/store.h"

namespace rasd::cli {
namespace {

struct QueryArgs {
  std::string db = "rasd.db";
  std::string format = "jsonl";
  std::string changes_since;
  EventFilterArgs filters;
};

int run(QueryArgs a) {
  if (int rc = check_event_filters(a.filters, "rasd query")) return rc;
  if (!a.changes_since.empty() && !store::change_cursor(a.changes_since)) {
    std::fprintf(stderr, "rasd query: --changes-since '%s' is neither a sequence number nor an ISO time\n",
                 a.changes_since.c_str());
    return 2;
  }
  std::unique_ptr<store::Store> db;
  store::StoreOptions options;
  options.read_only = true;
  if (store::Status s = store::open_store(a.db, options, db); !s) {
    std::fprintf(stderr, "rasd query: %s\n", s.message.c_str());
    return 3;
  }
  std::string buffer;
  auto flush = [&] {
    std::fwrite(buffer.data(), 1, buffer.size(), stdout);
    buffer.clear();
  };
  store::Status status;
  if (!a.changes_since.empty()) {
    status = db->changes(a.changes_since, [&](const store::Change& c) {
      store::write_change_jsonl(c, buffer);
      if (buffer.size() > (1u << 16)) flush();
    });
  } else {
    store::EventWriter writer(*store::parse_export_format(a.format));  // validated by CLI11
    writer.begin(buffer);
    status = db->query(a.filters.q, [&](const store::StoredEvent& e) {
      writer.add(e, buffer);
      if (buffer.size() > (1u << 16)) flush();
    });
    writer.end(buffer);
  }
  flush();
  std::fflush(stdout);
  if (!status) {
    std::fprintf(stderr, "rasd query: %s\n", status.message.c_str());
    return 3;
  }
  return 0;
}

}  // namespace

void add_query_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<QueryArgs>();
  CLI::App* cmd = app.add_subcommand("query", "Print stored events (filtered) or the store's change feed");
  cmd->footer(
      "By default only asserted events (reported ones included) are printed; --all adds negated,\n"
      "future, hypothetical, generic and background ones, --status picks some. Dates are\n"
      "YYYY-MM-DD, ranges inclusive. Several --type/--country/--status values match any of them.\n"
      "--changes-since T prints the change feed instead: added, updated and deleted events in\n"
      "order, since a time T (ISO 8601, inclusive) or after a sequence number T (from 'seq').\n"
      "Exit status: 0 done; 2 usage error; 3 store error (no such store, not a rasd store).");
  cmd->add_option("--db", args->db, "Store: a SQLite file PATH or sqlite:PATH, or postgresql://... (libpq URI)")
      ->capture_default_str();
  cmd->add_option("--format", args->format,
                  "jsonl: one JSON object per event; csv: RFC 4180 with a header row; acled: ACLED's 31 columns, "
                  "then rasd's (ACLED's kinds of event only); geojson, geojsonseq: GeoJSON points, flat properties "
                  "(a FeatureCollection, or one Feature per line); plover: POLECAT-like records with spans; "
                  "table: a short table for the terminal")
      ->check(CLI::IsMember(store::export_format_names()))->capture_default_str();
  add_event_filters(cmd, args->filters);
  cmd->add_option("--changes-since", args->changes_since, "Print the change feed since time or sequence number T");
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace rasd::cli

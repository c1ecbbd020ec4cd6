#include "query_command.h"

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "rasd/core/civil_date.h"
#include "rasd/store/acled.h"
#include "rasd/store/export.h"
#include "rasd/store/store.h"

namespace rasd::cli {
namespace {

struct QueryArgs {
  std::string db = "rasd.db";
  std::string format = "jsonl";
  std::string changes_since;
  std::string bbox;
  double min_dead = -1;
  store::EventQuery q;
};

int run(QueryArgs a) {
  if (!a.bbox.empty()) {
    a.q.bbox = store::parse_bbox(a.bbox);
    if (!a.q.bbox) {
      std::fprintf(stderr, "rasd query: --bbox '%s' is not min_lon,min_lat,max_lon,max_lat in degrees\n", a.bbox.c_str());
      return 2;
    }
  }
  if (a.min_dead >= 0) a.q.min_dead = a.min_dead;
  for (const std::string* d : {&a.q.date_from, &a.q.date_to, &a.q.published_from, &a.q.published_to}) {
    if (!d->empty() && !parse_iso_date(*d)) {
      std::fprintf(stderr, "rasd query: '%s' is not a YYYY-MM-DD date\n", d->c_str());
      return 2;
    }
  }
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
    bool csv = a.format == "csv", acled = a.format == "acled";
    if (csv) store::write_csv_header(buffer);
    if (acled) store::write_acled_header(buffer);
    size_t rows = 0;
    status = db->query(a.q, [&](const store::StoredEvent& e) {
      if (csv) store::write_event_csv(e, buffer);
      else if (acled) rows += store::write_event_acled(e, rows + 1, buffer);
      else store::write_event_jsonl(e, buffer);
      if (buffer.size() > (1u << 16)) flush();
    });
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
      "YYYY-MM-DD, ranges inclusive. Several --type/--mode/--country/--admin1/--geonames-id/--status\n"
      "values (repeated or comma-separated) match any of them; different filters must all match.\n"
      "Text filters (--text, --actor, --recipient) match on the normalised spelling (hamza, taa\n"
      "marbuta, harakat folded). --bbox crosses the antimeridian when min_lon > max_lon.\n"
      "--changes-since T prints the change feed instead: added, updated and deleted events in\n"
      "order, since a time T (ISO 8601, inclusive) or after a sequence number T (from 'seq').\n"
      "Exit status: 0 done; 2 usage error; 3 store error (no such store, not a rasd store).");
  cmd->add_option("--db", args->db, "Store: a SQLite file PATH or sqlite:PATH, or postgresql://... (libpq URI)")
      ->capture_default_str();
  cmd->add_option("--format", args->format,
                  "jsonl: one JSON object per event; csv: RFC 4180 with a header row; acled: ACLED's 31 columns, "
                  "then rasd's (ACLED's kinds of event only)")
      ->check(CLI::IsMember({"jsonl", "csv", "acled"}))->capture_default_str();
  cmd->add_option("--from", args->q.date_from, "Events on or after this date");
  cmd->add_option("--to", args->q.date_to, "Events on or before this date");
  cmd->add_option("--published-from", args->q.published_from, "Articles published on or after this date");
  cmd->add_option("--published-to", args->q.published_to, "Articles published on or before this date");
  cmd->add_option("--type", args->q.types, "PLOVER event type (ASSAULT, PROTEST, ...)")->delimiter(',');
  cmd->add_option("--country", args->q.countries, "ISO 3166-1 alpha-2 country of the event's place")->delimiter(',');
  cmd->add_option("--mode", args->q.modes, "PLOVER mode of the event (aerial, demo, arrest, ...)")->delimiter(',');
  cmd->add_option("--admin1", args->q.admin1, "GeoNames admin1 code of the event's place: CC.code (SY.09) or code")
      ->delimiter(',');
  cmd->add_option("--geonames-id", args->q.geonames_ids, "GeoNames id of the event's place")->delimiter(',');
  cmd->add_option("--bbox", args->bbox, "Events whose point lies in min_lon,min_lat,max_lon,max_lat (degrees)");
  cmd->add_option("--text", args->q.text, "Text in the article's title or body (Arabic, normalised spelling)");
  cmd->add_option("--min-dead", args->min_dead, "At least this many dead")->check(CLI::NonNegativeNumber);
  cmd->add_option("--actor", args->q.actor, "Text in an actor's name");
  cmd->add_option("--recipient", args->q.recipient, "Text in a recipient's name");
  cmd->add_option("--status", args->q.statuses, "asserted, negated, future, hypothetical, generic, background")
      ->delimiter(',')->check(CLI::IsMember({"asserted", "negated", "future", "hypothetical", "generic", "background"}));
  cmd->add_option("--article", args->q.article, "Only this article's events");
  cmd->add_flag("--all", args->q.all, "Events of every status");
  cmd->add_option("--changes-since", args->changes_since, "Print the change feed since time or sequence number T");
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace rasd::cli

#include "event_filters.h"

#include <cstdio>

#include "rasd/core/civil_date.h"

namespace rasd::cli {

void add_event_filters(CLI::App* cmd, EventFilterArgs& f) {
  store::EventQuery& q = f.q;
  cmd->add_option("--from", q.date_from, "Events on or after this date");
  cmd->add_option("--to", q.date_to, "Events on or before this date");
  cmd->add_option("--published-from", q.published_from, "Articles published on or after this date");
  cmd->add_option("--published-to", q.published_to, "Articles published on or before this date");
  cmd->add_option("--type", q.types, "PLOVER event type (ASSAULT, PROTEST, ...)")->delimiter(',');
  cmd->add_option("--country", q.countries, "ISO 3166-1 alpha-2 country of the event's place")->delimiter(',');
  cmd->add_option("--mode", q.modes, "PLOVER mode of the event (aerial, demo, arrest, ...)")->delimiter(',');
  cmd->add_option("--admin1", q.admin1, "GeoNames admin1 code of the event's place: CC.code (SY.09) or code")
      ->delimiter(',');
  cmd->add_option("--geonames-id", q.geonames_ids, "GeoNames id of the event's place")->delimiter(',');
  cmd->add_option("--bbox", f.bbox, "Events whose point lies in min_lon,min_lat,max_lon,max_lat (degrees)");
  cmd->add_option("--text", q.text, "Text in the article's title or body (Arabic, normalised spelling)");
  cmd->add_option("--min-dead", f.min_dead, "At least this many dead")->check(CLI::NonNegativeNumber);
  cmd->add_option("--actor", q.actor, "Text in an actor's name");
  cmd->add_option("--recipient", q.recipient, "Text in a recipient's name");
  cmd->add_option("--status", q.statuses, "asserted, negated, future, hypothetical, generic, background")
      ->delimiter(',')->check(CLI::IsMember({"asserted", "negated", "future", "hypothetical", "generic", "background"}));
  cmd->add_option("--article", q.article, "Only this article's events");
  cmd->add_option("--cluster", q.cluster, "Only this cluster's events (a cluster_id: the happening across articles)");
  cmd->add_flag("--all", q.all, "Events of every status");
}

int check_event_filters(EventFilterArgs& f, const char* command) {
  store::EventQuery& q = f.q;
  for (const std::string* d : {&q.date_from, &q.date_to, &q.published_from, &q.published_to}) {
    if (!d->empty() && !parse_iso_date(*d)) {
      std::fprintf(stderr, "%s: '%s' is not a YYYY-MM-DD date\n", command, d->c_str());
      return 2;
    }
  }
  if (!f.bbox.empty()) {
    q.bbox = store::parse_bbox(f.bbox);
    if (!q.bbox) {
      std::fprintf(stderr, "%s: --bbox '%s' is not min_lon,min_lat,max_lon,max_lat in degrees\n", command,
                   f.bbox.c_str());
      return 2;
    }
  }
  if (f.min_dead >= 0) q.min_dead = f.min_dead;
  return 0;
}

}  // namespace rasd::cli

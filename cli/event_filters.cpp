#include "event_filters.h"

#include <cstdio>

#include "rasd/core/civil_date.h"

namespace rasd::cli {

void add_event_filters(CLI::App* cmd, store::EventQuery& q) {
  cmd->add_option("--from", q.date_from, "Events on or after this date");
  cmd->add_option("--to", q.date_to, "Events on or before this date");
  cmd->add_option("--published-from", q.published_from, "Articles published on or after this date");
  cmd->add_option("--published-to", q.published_to, "Articles published on or before this date");
  cmd->add_option("--type", q.types, "PLOVER event type (ASSAULT, PROTEST, ...)")->delimiter(',');
  cmd->add_option("--country", q.countries, "ISO 3166-1 alpha-2 country of the event's place")->delimiter(',');
  cmd->add_option("--actor", q.actor, "Text in an actor's name");
  cmd->add_option("--recipient", q.recipient, "Text in a recipient's name");
  cmd->add_option("--status", q.statuses, "asserted, negated, future, hypothetical, generic, background")
      ->delimiter(',')->check(CLI::IsMember({"asserted", "negated", "future", "hypothetical", "generic", "background"}));
  cmd->add_option("--article", q.article, "Only this article's events");
  cmd->add_flag("--all", q.all, "Events of every status");
}

int check_event_filters(const store::EventQuery& q, const char* command) {
  for (const std::string* d : {&q.date_from, &q.date_to, &q.published_from, &q.published_to}) {
    if (!d->empty() && !parse_iso_date(*d)) {
      std::fprintf(stderr, "%s: '%s' is not a YYYY-MM-DD date\n", command, d->c_str());
      return 2;
    }
  }
  return 0;
}

}  // namespace rasd::cli

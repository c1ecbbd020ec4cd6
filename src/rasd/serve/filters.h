// The one place query-string filters become a store query: every endpoint that selects events
// (events, aggregate, export) and the dashboard's URL state use these names, so a filter added
// here works everywhere at once. Filters the store's EventQuery lacks (admin1, text, min_dead)
// are applied here on top of query(); when the store learns them, move them into the query.
//
//   from, to            event date, YYYY-MM-DD, inclusive
//   pub_from, pub_to    the article's publication date
//   type                PLOVER types, comma-separated, any of
//   country             ISO 3166-1 alpha-2, comma-separated, any of
//   admin1              first-level division names or codes as stored, comma-separated, any of
//   actor, recipient    text in a party's name
//   status              asserted, negated, future, hypothetical, generic, background (any of)
//   all=1               every status
//   article             one article's events
//   cluster             one cluster's events (the happening several articles tell: its cluster_id)
//   q                   text in the evidence sentence, place or party names (normalised)
//   min_dead            at least this many dead (conservative count)
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "rasd/serve/reply.h"
#include "rasd/store/store.h"

namespace rasd::serve {

struct EventFilter {
  store::EventQuery query;
  std::vector<std::string> admin1;
  std::string text_key;  // normalised `q`
  std::optional<double> min_dead;
  // The filters query() does not apply.
  bool matches(const store::StoredEvent& e) const;
};

// Parses the filter parameters; any other parameter must be in `extra` (an endpoint's own, like
// limit or by). Returns an error message for an unknown parameter or a malformed value.
std::optional<std::string> parse_filter(const Params& params, const std::set<std::string>& extra,
                                        EventFilter& out);

// Runs the filter: query() plus matches(), in the store's order.
store::Status select_events(store::Store& s, const EventFilter& f,
                            const std::function<void(const store::StoredEvent&)>& sink);

}  // namespace rasd::serve

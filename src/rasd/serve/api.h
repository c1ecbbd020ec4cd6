// The JSON API under /api/v1/ (issue 18), one handler per endpoint, each a plain function of the
// query string over a pool of read-only store connections. Handlers never throw: a bad request
// is a 400, a missing thing a 404, a store failure a 500, each as {"status", "message"}.
//
//   events          filtered, sorted, cursor-paged events      (events_api.cpp)
//   events/{id}     one event, its mentions as code-point spans with their sentences and counts
//   articles/{id}   the stored text, hash, engine version and every span   (article_api.cpp)
//   aggregate       counts by day, week, month, country or admin1           (aggregate.cpp)
//   changes         the change feed after a cursor                          (feed_api.cpp)
//   export          the store's writers, streamed                           (export_api.cpp)
//   meta            counts, date range, versions, data credits              (feed_api.cpp)
//   quotes          filtered, position-paged quotes across articles         (quotes_api.cpp)
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "rasd/serve/reply.h"
#include "rasd/serve/store_pool.h"

namespace rasd::serve {

// The version of the API's own JSON shapes (the stored data's is store::kSchemaVersion).
inline constexpr int kApiVersion = 1;
// The hard cap on a page of events or changes: a client wanting everything pages or exports.
inline constexpr size_t kMaxPage = 1000;
inline constexpr size_t kDefaultPage = 100;

Reply events_list(StorePool& pool, const Params& p);
Reply event_one(StorePool& pool, std::string_view id, const Params& p);
Reply article_one(StorePool& pool, std::string_view id, const Params& p);
Reply aggregate(StorePool& pool, const Params& p);
Reply changes(StorePool& pool, const Params& p);
Reply export_events(StorePool& pool, const Params& p, std::string_view query_string);
Reply meta(StorePool& pool, const Params& p);
Reply quotes_list(StorePool& pool, const Params& p);

// Routes an API path (after "/api/v1/") to its handler; unknown paths are a JSON 404.
Reply route_api(StorePool& pool, std::string_view rest, const Params& p, std::string_view query_string);

// A limit parameter: default when absent, an error for a non-number or a number < 1, capped at kMaxPage.
std::optional<std::string> parse_limit(const Params& p, size_t& limit);

// JSON of one stored event (the export's JSON Lines object, without the newline).
std::string event_json(const store::StoredEvent& e);

}  // namespace rasd::serve

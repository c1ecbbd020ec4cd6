#include "rasd/serve/api.h"

namespace rasd::serve {
namespace {

// An id in a path: printable ASCII or UTF-8, no slash, bounded (ids are article ids from
// the input and ids derived from them).
bool plausible_id(std::string_view id) {
  if (id.empty() || id.size() > 512) return false;
  for (char c : id)
    if (c == '/' || static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return false;
  return true;
}

}  // namespace

Reply route_api(StorePool& pool, std::string_view rest, const Params& p, std::string_view query_string) {
  if (rest == "events") return events_list(pool, p);
  if (rest == "aggregate") return aggregate(pool, p);
  if (rest == "changes") return changes(pool, p);
  if (rest == "export") return export_events(pool, p, query_string);
  if (rest == "meta") return meta(pool, p);
  if (rest == "quotes") return quotes_list(pool, p);
  for (std::string_view prefix : {"events/", "articles/"}) {
    if (!rest.starts_with(prefix)) continue;
    std::string_view id = rest.substr(prefix.size());
    if (!plausible_id(id)) return error_reply(404, "not an id");
    return prefix == "events/" ? event_one(pool, id, p) : article_one(pool, id, p);
  }
  return error_reply(404, "no such API endpoint; see /api/v1/meta and the README");
}

}  // namespace rasd::serve

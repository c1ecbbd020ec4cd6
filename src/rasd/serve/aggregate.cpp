// GET /api/v1/aggregate?by=day|week|month|country|admin1 plus the event filters: per bucket the
// number of events, the dead, injured and arrested (sums of the conservative counts), and the
// number of distinct articles beside the event count, because a count that grows with coverage
// is not a count that grows with violence. Weeks start on Monday (ISO 8601) and are named by
// that Monday's date. Events without the bucket's key (undated, unplaced) are counted apart.
#include <map>
#include <set>

#include "rasd/core/civil_date.h"
#include "rasd/io/json_writer.h"
#include "rasd/serve/api.h"
#include "rasd/serve/filters.h"
#include "rasd/serve/text_spans.h"

namespace rasd::serve {
namespace {

struct Bucket {
  size_t events = 0;
  double dead = 0, injured = 0, arrested = 0;
  std::set<std::string> articles;
  void add(const store::StoredEvent& e) {
    ++events;
    auto num = [&](const char* c) {
      const auto* d = std::get_if<double>(&e.row.at(c));
      return d ? *d : 0.0;
    };
    dead += num("dead");
    injured += num("injured");
    arrested += num("arrested");
    articles.insert(e.article_id);
  }
  void json(std::string& out) const {
    out += "\"events\":" + std::to_string(events) + ",\"dead\":" + io_number(dead) +
           ",\"injured\":" + io_number(injured) + ",\"arrested\":" + io_number(arrested) +
           ",\"articles\":" + std::to_string(articles.size());
  }
};

// The bucket key of an event, or "" when it has none.
std::string key_of(const store::StoredEvent& e, const std::string& by) {
  const auto* s = [&]() -> const std::string* {
    if (by == "country") return std::get_if<std::string>(&e.row.at("country"));
    if (by == "admin1") return std::get_if<std::string>(&e.row.at("admin1"));
    return std::get_if<std::string>(&e.row.at("event_date"));
  }();
  if (!s || s->empty()) return "";
  if (by == "country" || by == "admin1") {
    // admin1 names repeat across countries: keep them apart.
    if (by == "admin1") {
      const auto* c = std::get_if<std::string>(&e.row.at("country"));
      return (c ? *c : std::string()) + "/" + *s;
    }
    return *s;
  }
  std::optional<CivilDate> d = parse_iso_date(s->substr(0, 10));
  if (!d) return "";
  if (by == "month") return s->substr(0, 7);
  if (by == "week") return to_iso(add_days(*d, -((weekday(*d) + 6) % 7)));
  return to_iso(*d);
}

}  // namespace

Reply aggregate(StorePool& pool, const Params& p) {
  EventFilter f;
  if (auto e = parse_filter(p, {"by"}, f)) return error_reply(400, *e);
  std::string by = param(p, "by");
  if (by.empty()) by = "day";
  if (by != "day" && by != "week" && by != "month" && by != "country" && by != "admin1")
    return error_reply(400, "'by' is day, week, month, country or admin1");
  std::map<std::string, Bucket> buckets;
  Bucket total, unkeyed;
  store::Status st = pool.with([&](store::Store& s) {
    return select_events(s, f, [&](const store::StoredEvent& e) {
      total.add(e);
      std::string k = key_of(e, by);
      (k.empty() ? unkeyed : buckets[k]).add(e);
    });
  });
  if (!st) return error_reply(500, "store: " + st.message);
  Reply r;
  r.body = "{\"api_version\":" + std::to_string(kApiVersion) + ",\"by\":";
  io::append_json_string(r.body, by);
  r.body += ",\"rows\":[";
  bool first = true;
  for (const auto& [k, b] : buckets) {
    r.body += first ? "{\"key\":" : ",{\"key\":";
    first = false;
    io::append_json_string(r.body, k);
    r.body += ',';
    b.json(r.body);
    r.body += '}';
  }
  r.body += "],\"total\":{";
  total.json(r.body);
  r.body += "},\"without_key\":{";
  unkeyed.json(r.body);
  r.body += "}}\n";
  return r;
}

}  // namespace rasd::serve

// GET /api/v1/changes?since= (the change feed, polled: a long-lived connection would pin one of
// cpp-httplib's workers, see server.cpp) and GET /api/v1/meta.
#include <map>
#include <set>

#include <simdjson.h>

#include "rasd/io/json_writer.h"
#include "rasd/serve/api.h"
#include "rasd/store/export.h"
#include "rasd/store/rows.h"

namespace rasd::serve {
namespace {

// ISO 3166-1 alpha-2 -> numeric from Debian's iso-codes: the map's outlines (world-atlas) are
// keyed by the numeric code, the store by alpha-2. Empty when iso-codes is not installed.
const std::map<std::string, std::string>& numeric_codes() {
  static const std::map<std::string, std::string> codes = [] {
    std::map<std::string, std::string> out;
    simdjson::padded_string json;
    if (simdjson::padded_string::load("/usr/share/iso-codes/json/iso_3166-1.json").get(json)) return out;
    simdjson::dom::parser parser;
    simdjson::dom::element doc;
    simdjson::dom::array list;
    if (parser.parse(json).get(doc) || doc["3166-1"].get_array().get(list)) return out;
    for (simdjson::dom::element c : list) {
      std::string_view a2, num;
      if (!c["alpha_2"].get_string().get(a2) && !c["numeric"].get_string().get(num)) out[std::string(a2)] = num;
    }
    return out;
  }();
  return codes;
}

}  // namespace

Reply changes(StorePool& pool, const Params& p) {
  for (const auto& [name, value] : p)
    if (name != "since" && name != "limit") return error_reply(400, "unknown parameter '" + name + "'");
  bool has_since = false;
  std::string since = param(p, "since", &has_since);
  if (!has_since || since.empty()) return error_reply(400, "'since' is required: a sequence number (0 for all) or an ISO time");
  if (!store::change_cursor(since)) return error_reply(400, "'since' is neither a sequence number nor an ISO time");
  size_t limit = 0;
  if (auto e = parse_limit(p, limit)) return error_reply(400, *e);
  std::string items;
  size_t n = 0;
  int64_t last = -1;
  bool more = false;
  store::Status st = pool.with([&](store::Store& s) {
    return s.changes(since, [&](const store::Change& c) {
      if (n == limit) { more = true; return; }
      if (n++) items += ',';
      std::string line;
      store::write_change_jsonl(c, line);
      if (!line.empty() && line.back() == '\n') line.pop_back();
      items += line;
      last = c.seq;
    });
  });
  if (!st) return error_reply(500, "store: " + st.message);
  Reply r;
  r.body = "{\"api_version\":" + std::to_string(kApiVersion) + ",\"items\":[" + items + "],\"next_since\":";
  // The next poll's cursor: the last sequence number seen, or the same cursor when nothing came.
  io::append_json_string(r.body, last >= 0 ? std::to_string(last) : since);
  r.body += std::string(",\"more\":") + (more ? "true" : "false") + "}\n";
  return r;
}

Reply meta(StorePool& pool, const Params& p) {
  if (!p.empty()) return error_reply(400, "meta takes no parameters");
  size_t all = 0, asserted = 0;
  std::set<std::string> articles, types, countries;
  std::string first, last;
  store::Status st = pool.with([&](store::Store& s) {
    store::EventQuery q;
    q.all = true;
    return s.query(q, [&](const store::StoredEvent& e) {
      ++all;
      if (const auto* v = std::get_if<std::string>(&e.row.at("status")); v && *v == "asserted") ++asserted;
      articles.insert(e.article_id);
      types.insert(e.row.type());
      if (const auto* c = std::get_if<std::string>(&e.row.at("country")); c && !c->empty()) countries.insert(*c);
      if (const auto* d = std::get_if<std::string>(&e.row.at("event_date")); d && !d->empty()) {
        if (first.empty() || *d < first) first = *d;
        if (last.empty() || *d > last) last = *d;
      }
    });
  });
  if (!st) return error_reply(500, "store: " + st.message);
  auto list = [](const std::set<std::string>& s) {
    std::string out = "[";
    for (const auto& v : s) {
      if (out.size() > 1) out += ',';
      io::append_json_string(out, v);
    }
    return out + "]";
  };
  auto str = [](const std::string& v) {
    std::string out;
    if (v.empty()) return std::string("null");
    io::append_json_string(out, v);
    return out;
  };
  auto numeric_json = [](const std::set<std::string>& s) {
    std::string out = "{";
    for (const auto& c : s) {
      auto it = numeric_codes().find(c);
      if (it == numeric_codes().end()) continue;
      if (out.size() > 1) out += ',';
      io::append_json_string(out, c);
      out += ':';
      io::append_json_string(out, it->second);
    }
    return out + "}";
  };
  Reply r;
  r.body = "{\"api_version\":" + std::to_string(kApiVersion) + ",\"schema_version\":" +
           std::to_string(store::kSchemaVersion) + ",\"engine_version\":" + str(store::engine_version()) +
           ",\"events\":" + std::to_string(all) + ",\"events_asserted\":" + std::to_string(asserted) +
           ",\"articles_with_events\":" + std::to_string(articles.size()) + ",\"date_from\":" + str(first) +
           ",\"date_to\":" + str(last) + ",\"types\":" + list(types) + ",\"countries\":" + list(countries) +
           ",\"country_numeric\":" + numeric_json(countries) + ",\"max_page\":" + std::to_string(kMaxPage) +
           ",\"credits\":[\"Place names and coordinates: GeoNames (CC BY 4.0)\","
           "\"Boundaries: Natural Earth via world-atlas (public domain)\"]}\n";
  return r;
}

}  // namespace rasd::serve

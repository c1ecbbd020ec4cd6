#include "rasd/store/event_content.h"

#include <simdjson.h>

namespace rasd::store {
namespace {

std::string str(simdjson::dom::element e, const char* key) {
  std::string_view s;
  return e[key].get_string().get(s) ? std::string() : std::string(s);
}

void parties(simdjson::dom::element doc, const char* key, std::vector<PartyRow>& out) {
  simdjson::dom::array list;
  if (doc[key].get_array().get(list)) return;
  for (simdjson::dom::element p : list) out.push_back({str(p, "name"), str(p, "country"), str(p, "sector")});
}

}  // namespace

bool parse_event_content(std::string_view json, EventContent& out) {
  out = {};
  // One parser per thread: exports call this once per event.
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (parser.parse(json.data(), json.size()).get(doc) || !doc.is_object()) return false;
  simdjson::dom::array mentions;
  if (!doc["mentions"].get_array().get(mentions)) {
    for (simdjson::dom::element m : mentions) {
      uint64_t start = 0, end = 0;
      if (m["start"].get_uint64().get(start) || m["end"].get_uint64().get(end)) continue;
      out.mentions.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(end), str(m, "text")});
    }
  }
  parties(doc, "actors", out.actors);
  parties(doc, "recipients", out.recipients);
  std::string_view rule;
  if (!doc["count_rule"].get_string().get(rule)) out.count_rule = std::string(rule);
  simdjson::dom::array claims;
  if (doc["count_claims"].get_array().get(claims)) {
    out.version = 1;
    return true;
  }
  out.claims.emplace();
  for (simdjson::dom::element c : claims) {
    ClaimRow k;
    k.role = str(c, "role");
    k.text = str(c, "text");
    simdjson::dom::element f;
    if (c["figure"].get(f)) continue;
    for (auto [key, v] : {std::pair{"value", &k.value}, std::pair{"min", &k.min}, std::pair{"max", &k.max}}) {
      double d = 0;
      if (!f[key].get_double().get(d)) *v = d;
    }
    k.qualifier = str(f, "qualifier");
    uint64_t start = 0, end = 0;
    if (f["start"].get_uint64().get(start) || f["end"].get_uint64().get(end)) continue;
    k.start = static_cast<uint32_t>(start);
    k.end = static_cast<uint32_t>(end);
    bool chosen = false;
    k.chosen = !c["chosen"].get_bool().get(chosen) && chosen;
    out.claims->push_back(std::move(k));
  }
  return true;
}

bool content_has_claims(std::string_view json) { return json.find("\"count_claims\":") != std::string_view::npos; }

}  // namespace rasd::store

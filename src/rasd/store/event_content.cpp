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
  return true;
}

}  // namespace rasd::store

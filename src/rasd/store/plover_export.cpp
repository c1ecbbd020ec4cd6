#include "rasd/store/plover_export.h"

#include <cmath>
#include <cstdio>

#include "rasd/io/json_writer.h"
#include "rasd/store/event_content.h"

namespace rasd::store {
namespace {

void key(std::string& out, std::string_view k) {
  out += ',';
  io::append_json_string(out, k);
  out += ':';
}

void str_or_null(std::string& out, std::string_view s) {
  if (s.empty()) out += "null"; else io::append_json_string(out, s);
}

std::string text(const StoredEvent& e, std::string_view column) {
  const Value& v = e.row.at(column);
  return std::holds_alternative<std::string>(v) ? std::get<std::string>(v) : std::string();
}

void number_or_null(std::string& out, const Value& v) {
  char buf[40];
  if (const auto* d = std::get_if<double>(&v); d && std::isfinite(*d)) {
    if (*d == std::floor(*d) && std::fabs(*d) < 1e15) std::snprintf(buf, sizeof buf, "%.0f", *d);
    else std::snprintf(buf, sizeof buf, "%.10g", *d);
    out += buf;
  } else if (const auto* n = std::get_if<int64_t>(&v)) {
    out += std::to_string(*n);
  } else {
    out += "null";
  }
}

bool flag(const StoredEvent& e, std::string_view column) {
  const auto* n = std::get_if<int64_t>(&e.row.at(column));
  return n && *n;
}

// "a; b" -> ["a","b"]
void string_list(std::string& out, std::string_view joined) {
  out += '[';
  size_t start = 0;
  bool first = true;
  while (!joined.empty() && start <= joined.size()) {
    size_t at = joined.find("; ", start);
    std::string_view item = joined.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start);
    if (!first) out += ',';
    io::append_json_string(out, item);
    first = false;
    if (at == std::string_view::npos) break;
    start = at + 2;
  }
  out += ']';
}

void entities(std::string& out, const std::vector<PartyRow>& parties) {
  out += '[';
  for (size_t i = 0; i < parties.size(); ++i) {
    if (i) out += ',';
    out += "{\"entity_text\":";
    io::append_json_string(out, parties[i].name);
    out += ",\"country\":";
    str_or_null(out, parties[i].country);
    out += ",\"sector\":";
    str_or_null(out, parties[i].sector);
    out += '}';
  }
  out += ']';
}

void event_loc(std::string& out, const StoredEvent& e) {
  std::string place = text(e, "location"), country = text(e, "country");
  if (place.empty() && country.empty()) { out += "null"; return; }
  out += "{\"extracted_place\":";
  str_or_null(out, place);
  key(out, "geonameid");
  number_or_null(out, e.row.at("geonames_id"));
  key(out, "lat");
  number_or_null(out, e.row.at("latitude"));
  key(out, "lon");
  number_or_null(out, e.row.at("longitude"));
  key(out, "country_code");
  str_or_null(out, country);
  key(out, "admin1_code");
  str_or_null(out, text(e, "admin1"));
  key(out, "geo_precision");
  str_or_null(out, text(e, "geo_precision"));
  out += '}';
}

void size(std::string& out, const StoredEvent& e) {
  out += '{';
  bool first = true;
  for (std::string_view count : {"dead", "injured", "arrested", "size"}) {
    std::string c(count);
    if (std::holds_alternative<std::monostate>(e.row.at(c))) continue;
    if (!first) out += ',';
    first = false;
    io::append_json_string(out, c);
    out += ":{\"value\":";
    number_or_null(out, e.row.at(c));
    out += ",\"min\":";
    number_or_null(out, e.row.at(c + "_min"));
    out += ",\"max\":";
    number_or_null(out, e.row.at(c + "_max"));
    out += ",\"qualifier\":";
    str_or_null(out, text(e, c + "_qualifier"));
    out += '}';
  }
  out += '}';
}

}  // namespace

void write_event_plover(const StoredEvent& e, std::string& out) {
  EventContent content;
  parse_event_content(e.content, content);  // a bad content leaves the lists empty, the record whole
  out += "{\"id\":";
  io::append_json_string(out, e.event_id);
  key(out, "event_type");
  io::append_json_string(out, e.row.type());
  key(out, "mode");
  string_list(out, text(e, "modes"));
  key(out, "context");
  out += "[]";
  key(out, "date");
  str_or_null(out, text(e, "event_date"));
  key(out, "date_precision");
  str_or_null(out, text(e, "date_precision"));
  key(out, "date_raw");
  str_or_null(out, text(e, "date_text"));
  key(out, "pub_date");
  str_or_null(out, e.published.value_or(""));
  key(out, "actor");
  entities(out, content.actors);
  key(out, "recipient");
  entities(out, content.recipients);
  key(out, "event_loc");
  event_loc(out, e);
  key(out, "size");
  size(out, e);
  key(out, "status");
  str_or_null(out, text(e, "status"));
  key(out, "modality");
  str_or_null(out, text(e, "modality"));
  key(out, "negated");
  out += flag(e, "negated") ? "true" : "false";
  key(out, "background");
  out += flag(e, "background") ? "true" : "false";
  key(out, "reported_by");
  str_or_null(out, text(e, "reported_by"));
  key(out, "event_text");
  out += '[';
  for (size_t i = 0; i < content.mentions.size(); ++i) {
    if (i) out += ',';
    io::append_json_string(out, content.mentions[i].text);
  }
  out += ']';
  key(out, "text_info");
  out += '[';
  for (size_t i = 0; i < content.mentions.size(); ++i) {
    if (i) out += ',';
    out += "{\"start\":" + std::to_string(content.mentions[i].start) +
           ",\"end\":" + std::to_string(content.mentions[i].end) + ",\"text\":";
    io::append_json_string(out, content.mentions[i].text);
    out += '}';
  }
  out += ']';
  key(out, "text");
  str_or_null(out, text(e, "evidence"));
  key(out, "story_id");
  io::append_json_string(out, e.article_id);
  // The happening across articles (the store's label): POLECAT has no such field.
  key(out, "cluster_id");
  str_or_null(out, e.cluster_id.value_or(""));
  key(out, "cluster_articles");
  out += e.cluster_id ? std::to_string(e.cluster_articles) : "null";
  key(out, "cluster_outlets");
  out += e.cluster_id ? std::to_string(e.cluster_outlets) : "null";
  key(out, "cite_info");
  out += "{\"url\":";
  str_or_null(out, e.url.value_or(""));
  out += ",\"title\":";
  str_or_null(out, e.title.value_or(""));
  out += ",\"publication\":";
  str_or_null(out, e.outlet.value_or(""));
  out += '}';
  key(out, "created_at");
  str_or_null(out, e.created_at);
  key(out, "updated_at");
  str_or_null(out, e.updated_at);
  out += "}\n";
}

}  // namespace rasd::store

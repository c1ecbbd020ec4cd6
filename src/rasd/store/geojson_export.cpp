#include "rasd/store/geojson_export.h"

#include <cmath>
#include <cstdio>

#include "rasd/io/json_writer.h"
#include "rasd/store/event_content.h"

namespace rasd::store {
namespace {

bool is_coordinate(std::string_view column) { return column == "latitude" || column == "longitude"; }

// Coordinates: at most 7 decimals (about 1 cm; RFC 7946 §11.2 advises no more), zeros trimmed.
void append_coordinate(std::string& out, double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%.7f", v);
  std::string_view s = buf;
  while (s.back() == '0') s.remove_suffix(1);
  if (s.back() == '.') s.remove_suffix(1);
  out += s;
}

void key(std::string& out, std::string_view k) {
  out += ',';
  io::append_json_string(out, k);
  out += ':';
}

void opt_string(std::string& out, std::string_view k, const std::optional<std::string>& v) {
  key(out, k);
  if (v && !v->empty()) io::append_json_string(out, *v); else out += "null";
}

// A column in its kind's one JSON type. Counts are whole numbers of people: written as integers,
// so GDAL types them Integer in every export rather than Integer or Real by the data at hand.
void column_value(std::string& out, const Column& c, const Value& v) {
  if (std::holds_alternative<std::monostate>(v)) { out += "null"; return; }
  switch (c.kind) {
    case Kind::kText:
      if (const auto* s = std::get_if<std::string>(&v); s && !s->empty()) io::append_json_string(out, *s);
      else out += "null";
      return;
    case Kind::kBool:
      if (const auto* n = std::get_if<int64_t>(&v)) out += *n ? "true" : "false";
      else out += "null";
      return;
    case Kind::kInt:
    case Kind::kReal: {
      double d = 0;
      if (const auto* n = std::get_if<int64_t>(&v)) d = static_cast<double>(*n);
      else if (const auto* r = std::get_if<double>(&v)) d = *r;
      else { out += "null"; return; }
      if (!std::isfinite(d)) { out += "null"; return; }
      out += std::to_string(std::llround(d));
      return;
    }
  }
}

}  // namespace

const std::vector<std::string_view>& geojson_property_names() {
  static const std::vector<std::string_view> names = [] {
    std::vector<std::string_view> v{"event_id", "article_id", "cluster_id", "cluster_articles", "cluster_outlets"};
    for (const Column& c : kEventColumns)
      if (!is_coordinate(c.name)) v.push_back(c.name);
    for (std::string_view s : {"mention_start", "mention_end", "outlet", "url", "published", "title", "created_at",
                               "updated_at"})
      v.push_back(s);
    return v;
  }();
  return names;
}

void write_geojson_feature(const StoredEvent& e, std::string& out) {
  out += "{\"type\":\"Feature\",\"id\":";
  io::append_json_string(out, e.event_id);
  out += ",\"geometry\":";
  const double* lat = std::get_if<double>(&e.row.at("latitude"));
  const double* lon = std::get_if<double>(&e.row.at("longitude"));
  if (lat && lon && std::isfinite(*lat) && std::isfinite(*lon)) {
    out += "{\"type\":\"Point\",\"coordinates\":[";
    append_coordinate(out, *lon);
    out += ',';
    append_coordinate(out, *lat);
    out += "]}";
  } else {
    out += "null";
  }
  out += ",\"properties\":{\"event_id\":";
  io::append_json_string(out, e.event_id);
  key(out, "article_id");
  io::append_json_string(out, e.article_id);
  opt_string(out, "cluster_id", e.cluster_id);
  key(out, "cluster_articles");
  out += e.cluster_id ? std::to_string(e.cluster_articles) : "null";
  key(out, "cluster_outlets");
  out += e.cluster_id ? std::to_string(e.cluster_outlets) : "null";
  for (size_t i = 0; i < kEventColumnCount; ++i) {
    if (is_coordinate(kEventColumns[i].name)) continue;
    key(out, kEventColumns[i].name);
    column_value(out, kEventColumns[i], e.row.values[i]);
  }
  // The first mention's span (code points into the article text): where to start reading.
  EventContent content;
  bool has_mention = parse_event_content(e.content, content) && !content.mentions.empty();
  key(out, "mention_start");
  out += has_mention ? std::to_string(content.mentions[0].start) : "null";
  key(out, "mention_end");
  out += has_mention ? std::to_string(content.mentions[0].end) : "null";
  opt_string(out, "outlet", e.outlet);
  opt_string(out, "url", e.url);
  opt_string(out, "published", e.published);
  opt_string(out, "title", e.title);
  opt_string(out, "created_at", e.created_at);
  opt_string(out, "updated_at", e.updated_at);
  out += "}}";
}

void write_geojson_begin(std::string& out) {
  out += "{\"type\":\"FeatureCollection\",\"name\":\"rasd_events\",\"features\":[\n";
}

void write_geojson_end(std::string& out) { out += "\n]}\n"; }

}  // namespace rasd::store

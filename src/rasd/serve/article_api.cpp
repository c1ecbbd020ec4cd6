// GET /api/v1/articles/{id}: what the article view draws. The text as stored, its hash (checked
// against the text), the engine version that processed it, and every span in code points:
// event triggers (from the events), entities and quotes (stored), counts and dates.
//
// Everything stored comes through the Store interface (article_text, article, query), so every
// backend serves the same JSON. Counts and dates are not stored as spans: they are recomputed
// from the stored text by this engine's pipeline and marked with this engine's version, so a
// reader can tell them from stored ones.
#include <memory>
#include <type_traits>

#include "rasd/core/civil_date.h"
#include "rasd/core/offsets.h"
#include "rasd/io/json_writer.h"
#include "rasd/pipeline.h"
#include "rasd/serve/api.h"
#include "rasd/serve/text_spans.h"
#include "rasd/store/rows.h"

namespace rasd::serve {
namespace {

void add_text(std::string& out, std::string_view key, const std::optional<std::string>& v) {
  out += ',';
  io::append_json_string(out, key);
  out += ':';
  if (v) io::append_json_string(out, *v);
  else out += "null";
}

// ,"key":v with v an integer, a number or null.
template <class T>
void add_number(std::string& out, std::string_view key, const std::optional<T>& v) {
  out += ',';
  io::append_json_string(out, key);
  out += ':';
  if (!v) out += "null";
  else if constexpr (std::is_floating_point_v<T>) out += io_number(*v);
  else out += std::to_string(*v);
}

// The stored record's JSON: "stored" (metadata; flags as the integers 0/1 the tables hold),
// "entities", "quotes", "errors"; stored JSON columns are spliced as they are.
std::string stored_json(const store::StoredArticle& a) {
  std::string out = ",\"stored\":{";
  io::append_json_string(out, "outlet");
  out += ':';
  if (a.outlet) io::append_json_string(out, *a.outlet);
  else out += "null";
  add_text(out, "url", a.url);
  add_text(out, "title", a.title);
  add_text(out, "published", a.published);
  add_text(out, "published_raw", a.published_raw);
  add_text(out, "sha256", a.sha256);
  add_text(out, "engine_version", a.engine_version);
  add_text(out, "processed_at", a.processed_at);
  add_number(out, "failed", std::optional<int>(a.failed ? 1 : 0));
  out += ",\"boilerplate\":" + a.boilerplate + ",\"source_line\":" + a.source_line.value_or("null");
  out += "},\"entities\":[";
  for (size_t i = 0; i < a.entities.size(); ++i) {
    const auto& e = a.entities[i];
    out += i ? ",{" : "{";
    io::append_json_string(out, "type");
    out += ':';
    io::append_json_string(out, e.type);
    add_text(out, "name", e.name);
    add_text(out, "canonical", e.canonical);
    add_number(out, "geonames_id", e.geonames_id);
    add_text(out, "country", e.country);
    add_text(out, "admin1", e.admin1);
    add_number(out, "lat", e.lat);
    add_number(out, "lon", e.lon);
    add_text(out, "precision", e.precision);
    out += ",\"mentions\":" + e.mentions + "}";
  }
  out += "],\"quotes\":[";
  for (size_t i = 0; i < a.quotes.size(); ++i) {
    const auto& q = a.quotes[i];
    out += i ? ",{" : "{";
    io::append_json_string(out, "speaker");
    out += ':';
    if (q.speaker) io::append_json_string(out, *q.speaker);
    else out += "null";
    add_number(out, "start", std::optional<int64_t>(q.start));
    add_number(out, "end", std::optional<int64_t>(q.end));
    add_number(out, "direct", std::optional<int>(q.direct ? 1 : 0));
    add_text(out, "text", q.text);
    out += '}';
  }
  out += "],\"errors\":[";
  for (size_t i = 0; i < a.errors.size(); ++i) {
    const auto& x = a.errors[i];
    out += i ? ",{" : "{";
    io::append_json_string(out, "code");
    out += ':';
    io::append_json_string(out, x.code);
    add_text(out, "message", x.message);
    add_number(out, "start", x.start);
    out += '}';
  }
  out += ']';
  return out;
}

const Pipeline& pipeline() {
  static const Pipeline p;  // immutable and thread-safe (pipeline.h)
  return p;
}

// Counts and dates found by this engine in the stored text, in code points.
std::string recomputed_spans(const std::string& text, const std::optional<std::string>& published) {
  RawDocument raw;
  raw.id = "view";
  raw.text = text;
  raw.published = published;
  Document doc = pipeline().run(std::move(raw));
  CodePointIndex cp(doc.text);
  std::string out = ",\"counts\":[";
  bool first = true;
  for (const Quantity& q : doc.quantities) {
    if (!q.value) continue;
    out += first ? "" : ",";
    first = false;
    out += "{\"start\":" + std::to_string(cp(q.span.begin)) + ",\"end\":" + std::to_string(cp(q.span.end)) +
           ",\"value\":" + io_number(*q.value) + ",\"unit\":";
    io::append_json_string(out, q.unit);
    out += '}';
  }
  out += "],\"dates\":[";
  first = true;
  for (const DateMention& d : doc.dates) {
    out += first ? "" : ",";
    first = false;
    out += "{\"start\":" + std::to_string(cp(d.span.begin)) + ",\"end\":" + std::to_string(cp(d.span.end)) +
           ",\"date\":";
    if (d.date) io::append_json_string(out, to_iso(*d.date));
    else out += "null";
    out += '}';
  }
  out += "],\"recomputed_by\":";
  io::append_json_string(out, store::engine_version());
  return out;
}

}  // namespace

Reply article_one(StorePool& pool, std::string_view id, const Params& p) {
  if (!p.empty()) return error_reply(400, "articles/{id} takes no parameters");
  std::optional<std::string> text;
  std::optional<store::StoredArticle> record;
  std::vector<store::StoredEvent> events;
  store::Status st = pool.with([&](store::Store& s) {
    store::Status ts = s.article_text(id, text);
    if (!ts || !text) return ts;
    if (store::Status as = s.article(id, record); !as) return as;
    store::EventQuery q;
    q.article = std::string(id);
    q.all = true;  // the view shows denied and background events too, marked
    return s.query(q, [&](const store::StoredEvent& e) { events.push_back(e); });
  });
  if (!st) return error_reply(500, "store: " + st.message);
  if (!text) return error_reply(404, "no article with this id");
  std::optional<std::string> published;
  if (!events.empty()) published = events.front().published;
  Reply r;
  r.body = "{\"api_version\":" + std::to_string(kApiVersion) + ",\"id\":";
  io::append_json_string(r.body, id);
  r.body += ",\"text\":";
  io::append_json_string(r.body, *text);
  CodePoints cps(*text);
  r.body += ",\"length\":" + std::to_string(cps.size()) + ",\"sha256\":";
  io::append_json_string(r.body, store::sha256_hex(*text));
  if (record) r.body += stored_json(*record);
  r.body += ",\"events\":[";
  for (size_t i = 0; i < events.size(); ++i) {
    if (i) r.body += ',';
    r.body += event_json(events[i]);
  }
  r.body += ']';
  r.body += recomputed_spans(*text, published);
  r.body += "}\n";
  return r;
}

}  // namespace rasd::serve

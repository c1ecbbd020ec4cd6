#include "rasd/store/export.h"

#include <cmath>
#include <cstdio>

#include "rasd/io/json_writer.h"
#include "rasd/store/event_content.h"

namespace rasd::store {
namespace {

std::string number_text(double v) {
  if (!std::isfinite(v)) return {};
  char buf[32];
  if (v == std::floor(v) && std::fabs(v) < 1e15) std::snprintf(buf, sizeof buf, "%.0f", v);
  else std::snprintf(buf, sizeof buf, "%.10g", v);
  return buf;
}

void json_opt(std::string& out, std::string_view key, const std::optional<std::string>& v) {
  out += ',';
  io::append_json_string(out, key);
  out += ':';
  if (v) io::append_json_string(out, *v); else out += "null";
}

void csv_opt(std::string& out, const std::optional<std::string>& v) {
  out += ',';
  if (v) append_csv_field(out, *v);
}

// The stored event object with the store's own fields around it.
void event_object(const StoredEvent& e, std::string& out) {
  out += "{\"event_id\":";
  io::append_json_string(out, e.event_id);
  out += ",\"article_id\":";
  io::append_json_string(out, e.article_id);
  // content is a JSON object: splice its members in.
  if (e.content.size() > 2) {
    out += ',';
    out.append(e.content, 1, e.content.size() - 2);
  }
  // An event stored before claims were (content version 1): null says "not known", where []
  // would say "no figure was told". Processing the article again fills them.
  if (!content_has_claims(e.content)) out += ",\"count_claims\":null";
  json_opt(out, "outlet", e.outlet);
  json_opt(out, "url", e.url);
  json_opt(out, "published", e.published);
  json_opt(out, "created_at", e.created_at);
  json_opt(out, "updated_at", e.updated_at);
  append_cluster_json(e, out);
  out += '}';
}

}  // namespace

void append_cluster_json(const StoredEvent& e, std::string& out) {
  json_opt(out, "cluster_id", e.cluster_id);
  const std::pair<const char*, int64_t> counts[] = {
      {"cluster_events", e.cluster_events}, {"cluster_articles", e.cluster_articles}, {"cluster_outlets", e.cluster_outlets}};
  for (const auto& [name, n] : counts) {
    out += ",\"";
    out += name;
    out += "\":";
    out += e.cluster_id ? std::to_string(n) : "null";
  }
  json_opt(out, "cluster_first_report", e.first_report);
}

void append_csv_field(std::string& out, std::string_view field) {
  bool quote = !field.empty() && (field.front() == ' ' || field.back() == ' ');
  for (char c : field)
    if (c == ',' || c == '"' || c == '\n' || c == '\r') { quote = true; break; }
  if (!quote) { out += field; return; }
  out += '"';
  for (char c : field) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

void write_event_jsonl(const StoredEvent& e, std::string& out) {
  event_object(e, out);
  out += '\n';
}

void write_csv_header(std::string& out) {
  out += "event_id,article_id";
  for (const Column& c : kEventColumns) {
    out += ',';
    out += c.name;
  }
  out += ",outlet,url,published,title,created_at,updated_at,cluster_id,cluster_articles,cluster_outlets\r\n";
}

void write_event_csv(const StoredEvent& e, std::string& out) {
  append_csv_field(out, e.event_id);
  out += ',';
  append_csv_field(out, e.article_id);
  for (size_t i = 0; i < kEventColumnCount; ++i) {
    out += ',';
    const Value& v = e.row.values[i];
    if (const auto* s = std::get_if<std::string>(&v)) append_csv_field(out, *s);
    else if (const auto* n = std::get_if<int64_t>(&v))
      out += kEventColumns[i].kind == Kind::kBool ? (*n ? "true" : "false") : std::to_string(*n);
    else if (const auto* d = std::get_if<double>(&v)) out += number_text(*d);
  }
  csv_opt(out, e.outlet);
  csv_opt(out, e.url);
  csv_opt(out, e.published);
  csv_opt(out, e.title);
  csv_opt(out, e.created_at);
  csv_opt(out, e.updated_at);
  csv_opt(out, e.cluster_id);
  out += ',';
  if (e.cluster_id) out += std::to_string(e.cluster_articles);
  out += ',';
  if (e.cluster_id) out += std::to_string(e.cluster_outlets);
  out += "\r\n";
}

void write_change_jsonl(const Change& c, std::string& out) {
  out += "{\"seq\":" + std::to_string(c.seq) + ",\"at\":";
  io::append_json_string(out, c.at);
  out += ",\"change\":";
  io::append_json_string(out, c.kind);
  out += ",\"event_id\":";
  io::append_json_string(out, c.event_id);
  out += ",\"article_id\":";
  io::append_json_string(out, c.article_id);
  out += ",\"event\":";
  if (c.event) event_object(*c.event, out); else out += "null";
  out += "}\n";
}

}  // namespace rasd::store

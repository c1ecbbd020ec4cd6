#include "rasd/store/schema.h"

#include <charconv>
#include <string_view>

namespace rasd::store {

const char* column_type(const SqlDialect& d, Kind k) {
  switch (k) {
    case Kind::kText: return d.text;
    case Kind::kInt: case Kind::kBool: return d.integer;
    case Kind::kReal: return d.real;
  }
  return d.text;
}

namespace {
// {T} text, {I} integer, {R} real, {S} the sequence key, {COLS} the event columns.
std::string expand(std::string_view tmpl, const SqlDialect& d, const std::string& cols) {
  std::string out;
  out.reserve(tmpl.size() * 2);
  for (size_t i = 0; i < tmpl.size(); ++i) {
    if (tmpl[i] == '{') {
      size_t close = tmpl.find('}', i);
      std::string_view key = tmpl.substr(i + 1, close - i - 1);
      if (key == "T") out += d.text;
      else if (key == "I") out += d.integer;
      else if (key == "R") out += d.real;
      else if (key == "S") out += d.seq_key;
      else if (key == "COLS") out += cols;
      i = close;
      continue;
    }
    out += tmpl[i];
  }
  return out;
}
}  // namespace

std::string migration_sql(int from, const SqlDialect& d) {
  // 2 -> 3: the cluster label (the clusters table itself comes with schema_sql).
  if (from == 2) return expand("ALTER TABLE events ADD COLUMN cluster_id {T};", d, "");
  // 3 -> 4: the quotes query's columns. Old rows get their keys from quote_keys_to_fill
  // (quotes_sql.h); their cue stays null until the article is processed again.
  if (from == 3)
    return expand("ALTER TABLE quotes ADD COLUMN cue {T}; ALTER TABLE quotes ADD COLUMN speaker_key {T}; "
                  "ALTER TABLE quotes ADD COLUMN text_key {T};",
                  d, "");
  return {};
}

std::string version_hint(const std::string& stored) {
  int v = -1;
  auto [end, ec] = std::from_chars(stored.data(), stored.data() + stored.size(), v);
  if (ec == std::errc() && end == stored.data() + stored.size() && v >= kOldestMigratedSchema && v < kSchemaVersion)
    return " (open it once for writing to migrate it: rasd ingest --db URL --format jsonl < /dev/null)";
  return " (ingest the articles again into a new store)";
}

std::string schema_sql(const SqlDialect& d) {
  std::string cols;
  for (const Column& c : kEventColumns) cols += ",\n  " + std::string(c.name) + " " + column_type(d, c.kind);
  // The template names types by placeholder: {T} text, {I} integer, {R} real, {S} the sequence key.
  const std::string_view tmpl = R"(
CREATE TABLE IF NOT EXISTS meta(key {T} PRIMARY KEY, value {T} NOT NULL);
CREATE TABLE IF NOT EXISTS articles(
  id {T} PRIMARY KEY, outlet {T}, url {T}, title {T}, published {T}, published_raw {T},
  text {T} NOT NULL, text_key {T} NOT NULL, sha256 {T} NOT NULL, input_sha256 {T} NOT NULL,
  engine_version {T} NOT NULL, processed_at {T} NOT NULL, failed {I} NOT NULL,
  boilerplate {T} NOT NULL, source_line {T});
CREATE TABLE IF NOT EXISTS events(
  event_id {T} PRIMARY KEY,
  article_id {T} NOT NULL REFERENCES articles(id),
  ord {I} NOT NULL{COLS},
  actor_key {T}, recipient_key {T}, content {T} NOT NULL,
  created_at {T} NOT NULL, updated_at {T} NOT NULL, deleted_at {T}, cluster_id {T});
CREATE INDEX IF NOT EXISTS events_article ON events(article_id);
CREATE INDEX IF NOT EXISTS events_cluster ON events(cluster_id);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE TABLE IF NOT EXISTS clusters(
  cluster_id {T} PRIMARY KEY, events {I} NOT NULL, articles {I} NOT NULL, outlets {I} NOT NULL,
  first_report {T});
CREATE INDEX IF NOT EXISTS events_date ON events(event_date);
CREATE INDEX IF NOT EXISTS events_type ON events(type);
CREATE INDEX IF NOT EXISTS events_country ON events(country);
CREATE TABLE IF NOT EXISTS mentions(
  event_id {T} NOT NULL REFERENCES events(event_id), ord {I} NOT NULL,
  cp_start {I} NOT NULL, cp_end {I} NOT NULL, text {T} NOT NULL,
  PRIMARY KEY(event_id, ord));
CREATE TABLE IF NOT EXISTS entities(
  article_id {T} NOT NULL REFERENCES articles(id), ord {I} NOT NULL, type {T} NOT NULL,
  name {T} NOT NULL, canonical {T}, geonames_id {I}, country {T}, admin1 {T},
  lat {R}, lon {R}, precision {T}, mentions {T} NOT NULL, PRIMARY KEY(article_id, ord));
CREATE TABLE IF NOT EXISTS quotes(
  article_id {T} NOT NULL REFERENCES articles(id), ord {I} NOT NULL, speaker {T},
  cp_start {I} NOT NULL, cp_end {I} NOT NULL, direct {I} NOT NULL, text {T} NOT NULL,
  cue {T}, speaker_key {T}, text_key {T},
  PRIMARY KEY(article_id, ord));
CREATE TABLE IF NOT EXISTS errors(
  article_id {T} NOT NULL REFERENCES articles(id), ord {I} NOT NULL, code {T} NOT NULL,
  message {T} NOT NULL, cp_start {I}, PRIMARY KEY(article_id, ord));
CREATE TABLE IF NOT EXISTS changes(
  seq {S}, at {T} NOT NULL,
  kind {T} NOT NULL CHECK(kind IN ('added', 'updated', 'deleted')),
  event_id {T} NOT NULL, article_id {T} NOT NULL);
CREATE INDEX IF NOT EXISTS changes_at ON changes(at);
)";
  return expand(tmpl, d, cols);
}

}  // namespace rasd::store

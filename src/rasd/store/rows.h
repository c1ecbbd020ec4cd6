// What the store keeps of one processed article, independent of the database behind it:
// the article's provenance, its events flattened into the columns queries and exports need,
// each event's mentions, and the article's entities, quotes and errors. Offsets are code points
// (the output contract's), so a row read back points into the stored text exactly as a record
// of `rasd extract` would.
//
// One list of event columns (kEventColumns) drives the SQL schema, inserts, reads, the CSV header
// and the JSON export, so a column added here appears everywhere at once.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "rasd/core/document.h"

namespace rasd::store {

// A cell: null, integer, real or text. Booleans are integers 0/1 with Kind::kBool.
using Value = std::variant<std::monostate, int64_t, double, std::string>;

enum class Kind { kText, kInt, kReal, kBool };

struct Column {
  std::string_view name;
  Kind kind;
};

// The flattened event, in output order. Counts: value is the conservative reading
// (GUIDELINES.md), min/max the bounds, qualifier exact|approx|at_least|at_most|range|vague.
// Parties: several names joined by "; " in text order, their countries and sectors likewise.
// evidence: the sentence holding the first mention.
inline constexpr Column kEventColumns[] = {
    {"type", Kind::kText},          {"modes", Kind::kText},
    {"status", Kind::kText},        {"modality", Kind::kText},
    {"negated", Kind::kBool},       {"background", Kind::kBool},
    {"reported_by", Kind::kText},   {"event_date", Kind::kText},
    {"date_precision", Kind::kText}, {"date_text", Kind::kText},
    {"location", Kind::kText},      {"country", Kind::kText},
    {"admin1", Kind::kText},        {"geonames_id", Kind::kInt},
    {"latitude", Kind::kReal},      {"longitude", Kind::kReal},
    {"geo_precision", Kind::kText},
    {"dead", Kind::kReal},          {"dead_min", Kind::kReal},
    {"dead_max", Kind::kReal},      {"dead_qualifier", Kind::kText},
    {"injured", Kind::kReal},       {"injured_min", Kind::kReal},
    {"injured_max", Kind::kReal},   {"injured_qualifier", Kind::kText},
    {"arrested", Kind::kReal},      {"arrested_min", Kind::kReal},
    {"arrested_max", Kind::kReal},  {"arrested_qualifier", Kind::kText},
    {"size", Kind::kReal},          {"size_min", Kind::kReal},
    {"size_max", Kind::kReal},      {"size_qualifier", Kind::kText},
    {"actor", Kind::kText},         {"actor_country", Kind::kText},
    {"actor_sector", Kind::kText},  {"recipient", Kind::kText},
    {"recipient_country", Kind::kText}, {"recipient_sector", Kind::kText},
    {"mention_count", Kind::kInt},  {"evidence", Kind::kText},
};
inline constexpr size_t kEventColumnCount = std::size(kEventColumns);

// Index of a named event column; a name not in the list is a programming error (-1).
int event_column(std::string_view name);

struct MentionRow {
  uint32_t start = 0, end = 0;  // code points into the article text
  std::string text;
};

struct PartyRow {
  std::string name, country, sector;
};

// One telling's figure for a role (the output contract's count_claims): tolls are updated and
// disputed within an article, and the event's column keeps only the chosen one.
struct ClaimRow {
  std::string role;                         // dead | injured | arrested | size
  std::string text;                         // the figure's words as written
  std::optional<double> value, min, max;
  std::string qualifier;                    // exact | approx | at_least | at_most | range | vague
  uint32_t start = 0, end = 0;              // code points of `text` in the article
  bool chosen = false;                      // the event's figure for this role
};

struct EventRow {
  std::vector<Value> values = std::vector<Value>(kEventColumnCount);  // by kEventColumns
  std::vector<MentionRow> mentions;
  std::vector<PartyRow> actors, recipients;
  // Every telling's figure in the order told, the chosen ones included, and the rule that chose
  // (Event::count_claims, kCountRule). Always written into the content (content version 2).
  std::vector<ClaimRow> claims;
  std::string count_rule;
  std::string party_keys[2];  // normalised actor and recipient names, for text filters

  Value& at(std::string_view column) { return values[static_cast<size_t>(event_column(column))]; }
  const Value& at(std::string_view column) const { return values[static_cast<size_t>(event_column(column))]; }
  std::string type() const;
  // A text column's value; "" when null (or not text).
  std::string text(std::string_view column) const;
  // The event as one flat JSON object (columns, then mentions, parties, the count rule and
  // claims): what the store compares to tell an updated event from an unchanged one, and what
  // `query` prints.
  std::string content_json() const;
};

struct EntityRow {
  std::string type, name, canonical, country, admin1, precision;
  std::optional<int64_t> geonames_id;
  std::optional<double> lat, lon;
  std::string mentions_json;  // [{"start":..,"end":..},...]
};

struct QuoteRow {
  std::string speaker;
  uint32_t start = 0, end = 0;
  bool direct = false;
  std::string text;
  std::string cue;                     // the speech verb or cue phrase as written; "" none
  std::string speaker_key, text_key;   // loose normalised keys: what the quotes query matches
};

struct ErrorRow {
  std::string code, message;
  std::optional<uint32_t> start;
};

struct ArticleRow {
  std::string id;
  std::optional<std::string> outlet, url, title, published;  // published: ISO date when it parsed
  std::optional<std::string> published_raw;
  std::string text;
  std::string text_key;        // title and text on the loose normalised key: what full-text filters match
  std::string sha256;          // of the text, hex
  std::string input_sha256;    // of everything the engine reads (text, dates, title, url, outlet), hex
  std::string engine_version;
  bool failed = false;
  std::string boilerplate;     // JSON [{"start","end"}, ...] in code points
  std::optional<std::string> source_line;  // JSON {"start","end","outlets","agencies"}
  std::vector<EventRow> events;
  std::vector<EntityRow> entities;
  std::vector<QuoteRow> quotes;
  std::vector<ErrorRow> errors;
};

// A cell as JSON: null, a string, a number, or true/false for a Kind::kBool column.
void append_json_value(std::string& out, const Value& v, Kind kind);

// Flattens a processed document. `engine_version` names the engine that processed it.
ArticleRow flatten(const Document& doc, std::string_view engine_version);

// Lower-case hex SHA-256 (nettle).
std::string sha256_hex(std::string_view bytes);

// The status the default query keeps: "asserted" (asserted or reported), else "negated",
// "future", "hypothetical", "generic" or "background" (contract: how the scorer reads it).
std::string event_status(std::string_view modality, bool negated, bool background);

// This engine's version: the release, the commit it was configured from and a hash of the
// compiled data tables, so a change of tables alone makes re-ingest update articles.
const std::string& engine_version();

}  // namespace rasd::store

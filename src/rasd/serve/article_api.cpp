// GET /api/v1/articles/{id}: what the article view draws. The text as stored, its hash (checked
// against the text), the engine version that processed it, and every span in code points:
// event triggers (from the events), entities and quotes (stored), counts and dates.
//
// The Store interface has no call for an article's metadata, entities or quotes (only
// article_text), so for a SQLite store they are read here from its tables, read-only; on another
// backend those parts are omitted and the rest comes from article_text() and query(). Counts and
// dates are not stored as spans: they are recomputed from the stored text by this engine's
// pipeline and marked with this engine's version, so a reader can tell them from stored ones.
#include <sqlite3.h>

#include <memory>
#include <set>

#include "rasd/core/civil_date.h"
#include "rasd/core/offsets.h"
#include "rasd/io/json_writer.h"
#include "rasd/pipeline.h"
#include "rasd/serve/api.h"
#include "rasd/serve/text_spans.h"
#include "rasd/store/rows.h"

namespace rasd::serve {
namespace {

std::optional<std::string> sqlite_path(const std::string& url) {
  std::string_view p = url;
  if (p.starts_with("sqlite://")) p.remove_prefix(9);
  else if (p.starts_with("sqlite:")) p.remove_prefix(7);
  else if (p.find("://") != std::string_view::npos) return std::nullopt;
  return std::string(p);
}

struct Sqlite {
  sqlite3* db = nullptr;
  ~Sqlite() { if (db) sqlite3_close(db); }
};
struct Statement {
  sqlite3_stmt* s = nullptr;
  ~Statement() { if (s) sqlite3_finalize(s); }
};

std::string column_json(sqlite3_stmt* s, int c) {
  switch (sqlite3_column_type(s, c)) {
    case SQLITE_NULL: return "null";
    case SQLITE_INTEGER: return std::to_string(sqlite3_column_int64(s, c));
    case SQLITE_FLOAT: return io_number(sqlite3_column_double(s, c));
    default: {
      std::string out;
      const auto* t = reinterpret_cast<const char*>(sqlite3_column_text(s, c));
      io::append_json_string(out, t ? std::string_view(t, static_cast<size_t>(sqlite3_column_bytes(s, c))) : "");
      return out;
    }
  }
}

// One row per result as a JSON object; `json_columns` are stored JSON and are spliced raw.
bool rows_json(sqlite3* db, const char* sql, std::string_view id, const std::set<std::string>& json_columns,
               std::string& out) {
  Statement st;
  if (sqlite3_prepare_v2(db, sql, -1, &st.s, nullptr) != SQLITE_OK) return false;
  sqlite3_bind_text(st.s, 1, id.data(), static_cast<int>(id.size()), SQLITE_TRANSIENT);
  out += '[';
  bool first = true;
  int rc;
  while ((rc = sqlite3_step(st.s)) == SQLITE_ROW) {
    out += first ? "{" : ",{";
    first = false;
    for (int c = 0; c < sqlite3_column_count(st.s); ++c) {
      if (c) out += ',';
      std::string name = sqlite3_column_name(st.s, c);
      io::append_json_string(out, name);
      out += ':';
      if (json_columns.count(name) && sqlite3_column_type(st.s, c) == SQLITE_TEXT)
        out += reinterpret_cast<const char*>(sqlite3_column_text(st.s, c));
      else out += column_json(st.s, c);
    }
    out += '}';
  }
  out += ']';
  return rc == SQLITE_DONE;
}

// The stored parts of an article only a SQLite store can give (see the header).
bool sqlite_article(const std::string& path, std::string_view id, std::string& fields, bool& found) {
  Sqlite db;
  found = false;
  if (sqlite3_open_v2(path.c_str(), &db.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) return false;
  sqlite3_busy_timeout(db.db, 2000);
  std::string row;
  if (!rows_json(db.db,
                 "SELECT outlet, url, title, published, published_raw, sha256, engine_version, processed_at, failed, "
                 "boilerplate, source_line FROM articles WHERE id = ?",
                 id, {"boilerplate", "source_line"}, row))
    return false;
  if (row == "[]") return true;
  found = true;
  fields = ",\"stored\":" + row.substr(1, row.size() - 2) + ",\"entities\":";
  if (!rows_json(db.db,
                 "SELECT type, name, canonical, geonames_id, country, admin1, lat, lon, precision, mentions "
                 "FROM entities WHERE article_id = ? ORDER BY ord",
                 id, {"mentions"}, fields))
    return false;
  fields += ",\"quotes\":";
  if (!rows_json(db.db,
                 "SELECT speaker, cp_start AS start, cp_end AS end, direct, text FROM quotes WHERE article_id = ? "
                 "ORDER BY ord",
                 id, {}, fields))
    return false;
  fields += ",\"errors\":";
  return rows_json(db.db, "SELECT code, message, cp_start AS start FROM errors WHERE article_id = ? ORDER BY ord", id,
                   {}, fields);
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
  std::vector<store::StoredEvent> events;
  store::Status st = pool.with([&](store::Store& s) {
    store::Status ts = s.article_text(id, text);
    if (!ts || !text) return ts;
    store::EventQuery q;
    q.article = std::string(id);
    q.all = true;  // the view shows denied and background events too, marked
    return s.query(q, [&](const store::StoredEvent& e) { events.push_back(e); });
  });
  if (!st) return error_reply(500, "store: " + st.message);
  if (!text) return error_reply(404, "no article with this id");
  std::string stored;
  bool found = false;
  if (auto path = sqlite_path(pool.url())) {
    if (!sqlite_article(*path, id, stored, found)) return error_reply(500, "store: cannot read the article's spans");
  }
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
  r.body += stored;
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

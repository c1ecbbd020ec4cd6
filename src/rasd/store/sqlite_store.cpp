#include "rasd/store/sqlite_store.h"

#include <chrono>
#include <cstdlib>
#include <map>
#include <tuple>
#include <thread>

#include "rasd/store/cluster_labels.h"
#include "rasd/store/identity.h"
#include "rasd/store/query_sql.h"
#include "rasd/store/quotes_sql.h"
#include "rasd/store/schema.h"
#include "rasd/store/sqlite_db.h"

namespace rasd::store {
namespace {

using sqlite::Db;
using sqlite::DbError;
using sqlite::Stmt;

std::string event_column_list(std::string_view prefix) {
  std::string out;
  for (const Column& c : kEventColumns) {
    out += ", ";
    out += prefix;
    out += c.name;
  }
  return out;
}

void bind_value(Stmt& s, int i, const Value& v) {
  if (std::holds_alternative<std::monostate>(v)) s.bind_null(i);
  else if (const auto* t = std::get_if<std::string>(&v)) s.bind(i, std::string_view(*t));
  else if (const auto* n = std::get_if<int64_t>(&v)) s.bind(i, *n);
  else s.bind(i, std::get<double>(v));
}

Value read_value(const Stmt& s, int c, Kind kind) {
  if (s.is_null(c)) return {};
  switch (kind) {
    case Kind::kText: return s.text(c);
    case Kind::kInt: case Kind::kBool: return s.integer(c);
    case Kind::kReal: return s.real(c);
  }
  return {};
}

template <class T>
void bind_opt(Stmt& s, int i, const std::optional<T>& v) {
  if (!v) s.bind_null(i);
  else if constexpr (std::is_same_v<T, std::string>) s.bind(i, std::string_view(*v));
  else if constexpr (std::is_floating_point_v<T>) s.bind(i, static_cast<double>(*v));
  else s.bind(i, static_cast<int64_t>(*v));
}

std::optional<std::string> opt_text(const Stmt& s, int c) {
  if (s.is_null(c)) return std::nullopt;
  return s.text(c);
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) if (c < '0' || c > '9') return false;
  return true;
}

class SqliteStore final : public Store {
 public:
  SqliteStore(const std::string& path, const StoreOptions& options)
      : db_(path, options.read_only ? Db::Mode::kReadOnly : Db::Mode::kCreate),
        clock_(options.clock ? options.clock : utc_now),
        read_only_(options.read_only) {
    if (!read_only_) set_up();
    db_.exec("PRAGMA foreign_keys=ON;");
    Stmt version(db_, "SELECT value FROM meta WHERE key = 'schema_version'");
    if (!version.step()) throw DbError("not a rasd store (no schema version)");
    if (version.text(0) != std::to_string(kSchemaVersion))
      throw DbError("store schema version " + version.text(0) + ", this rasd reads version " +
                    std::to_string(kSchemaVersion) + version_hint(version.text(0)));
  }

  // WAL mode and the schema, in one write transaction. Two ingests starting on a new file race
  // here, and switching the journal mode answers SQLITE_BUSY at once instead of waiting on the
  // busy handler: so a busy or locked answer is retried for as long as the busy timeout allows.
  void set_up() {
    for (int attempt = 0;; ++attempt) {
      try {
        db_.exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        db_.exec("BEGIN IMMEDIATE");
        bool migrate = migrate_from_previous();
        db_.exec(schema_sql(kSqliteDialect).c_str());
        {
          Stmt meta(db_, "INSERT OR IGNORE INTO meta(key, value) VALUES('schema_version', ?)");
          meta.bind(1, std::to_string(kSchemaVersion)).run();
        }
        if (migrate) {
          LabelWork all;
          all.everything = true;
          relabel(label_sql(), all);
          Stmt meta(db_, "UPDATE meta SET value = ? WHERE key = 'schema_version'");
          meta.bind(1, std::to_string(kSchemaVersion)).run();
        }
        db_.exec("COMMIT");
        return;
      } catch (const DbError&) {
        int code = sqlite3_errcode(db_.handle()) & 0xff;
        if (!sqlite3_get_autocommit(db_.handle())) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
        if ((code != SQLITE_BUSY && code != SQLITE_LOCKED) || attempt >= 200) throw;
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
      }
    }
  }

  Status begin() override {
    return guard([&] {
      work_ = {};
      db_.exec("BEGIN IMMEDIATE");
    });
  }
  // The batch's cluster labels are redone inside its transaction, just before it commits.
  Status commit() override {
    return guard([&] {
      relabel(label_sql(), work_);
      db_.exec("COMMIT");
    });
  }
  void rollback() override {
    work_ = {};
    try { db_.exec("ROLLBACK"); } catch (const DbError&) {}  // nothing open: nothing to undo
  }

  Status put(const ArticleRow& a, PutResult& result, bool force) override {
    // Outside a batch: a batch of one, so its labels are written with it.
    if (!read_only_ && sqlite3_get_autocommit(db_.handle())) {
      if (Status s = begin(); !s) return s;
      if (Status s = guard([&] { put_article(a, result, force); }); !s) {
        rollback();
        return s;
      }
      if (Status s = commit(); !s) {
        rollback();
        return s;
      }
      return {};
    }
    return guard([&] { put_article(a, result, force); });
  }

  Status query(const EventQuery& q, const std::function<void(const StoredEvent&)>& sink) override {
    return guard([&] { run_query(q, sink); });
  }

  Status changes(std::string_view since, const std::function<void(const Change&)>& sink) override {
    return guard([&] { run_changes(since, sink); });
  }

  Status article_text(std::string_view id, std::optional<std::string>& text) override {
    return guard([&] {
      Stmt s(db_, "SELECT text FROM articles WHERE id = ?");
      s.bind(1, id);
      text = s.step() ? std::optional<std::string>(s.text(0)) : std::nullopt;
    });
  }

  Status quotes(const QuoteQuery& q, const std::function<void(const StoredQuote&)>& sink) override {
    return guard([&] {
      SqlFilter f = quote_select_sql(q, [](size_t n) { return "?" + std::to_string(n); });
      Stmt s(db_, f.sql.c_str());
      for (size_t i = 0; i < f.args.size(); ++i) bind_value(s, static_cast<int>(i + 1), f.args[i]);
      while (s.step()) {
        StoredQuote r;
        r.article_id = s.text(0);
        r.ord = s.integer(1);
        r.speaker = opt_text(s, 2), r.cue = opt_text(s, 3);
        r.start = s.integer(4), r.end = s.integer(5), r.direct = s.integer(6) != 0;
        r.text = s.text(7);
        r.outlet = opt_text(s, 8), r.url = opt_text(s, 9), r.title = opt_text(s, 10), r.published = opt_text(s, 11);
        sink(r);
      }
    });
  }

  Status quote_count(const QuoteQuery& q, int64_t& total) override {
    return guard([&] {
      SqlFilter f = quote_count_sql(q, [](size_t n) { return "?" + std::to_string(n); });
      Stmt s(db_, f.sql.c_str());
      for (size_t i = 0; i < f.args.size(); ++i) bind_value(s, static_cast<int>(i + 1), f.args[i]);
      total = s.step() ? s.integer(0) : 0;
    });
  }

  Status article(std::string_view id, std::optional<StoredArticle>& out) override {
    return guard([&] {
      out.reset();
      auto opt = [](const Stmt& s, int c) { return s.is_null(c) ? std::nullopt : std::optional<std::string>(s.text(c)); };
      auto opt_int = [](const Stmt& s, int c) { return s.is_null(c) ? std::nullopt : std::optional<int64_t>(s.integer(c)); };
      auto opt_real = [](const Stmt& s, int c) { return s.is_null(c) ? std::nullopt : std::optional<double>(s.real(c)); };
      Stmt a(db_,
             "SELECT outlet, url, title, published, published_raw, sha256, engine_version, processed_at, failed, "
             "boilerplate, source_line FROM articles WHERE id = ?");
      a.bind(1, id);
      if (!a.step()) return;
      StoredArticle r;
      r.id = std::string(id);
      r.outlet = opt(a, 0), r.url = opt(a, 1), r.title = opt(a, 2), r.published = opt(a, 3);
      r.published_raw = opt(a, 4);
      r.sha256 = a.text(5), r.engine_version = a.text(6), r.processed_at = a.text(7);
      r.failed = a.integer(8) != 0;
      r.boilerplate = a.text(9);
      r.source_line = opt(a, 10);
      Stmt e(db_,
             "SELECT type, name, canonical, geonames_id, country, admin1, lat, lon, precision, mentions "
             "FROM entities WHERE article_id = ? ORDER BY ord");
      e.bind(1, id);
      while (e.step())
        r.entities.push_back({e.text(0), e.text(1), opt(e, 2), opt_int(e, 3), opt(e, 4), opt(e, 5), opt_real(e, 6),
                              opt_real(e, 7), opt(e, 8), e.text(9)});
      Stmt q(db_, "SELECT speaker, cp_start, cp_end, direct, text FROM quotes WHERE article_id = ? ORDER BY ord");
      q.bind(1, id);
      while (q.step()) r.quotes.push_back({opt(q, 0), q.integer(1), q.integer(2), q.integer(3) != 0, q.text(4)});
      Stmt x(db_, "SELECT code, message, cp_start FROM errors WHERE article_id = ? ORDER BY ord");
      x.bind(1, id);
      while (x.step()) r.errors.push_back({x.text(0), x.text(1), opt_int(x, 2)});
      out = std::move(r);
    });
  }

 private:
  // A store from kOldestMigratedSchema on is brought up to date step by step (schema.h
  // migration_sql); true when so. Older stores, and newer ones, are left for the version check to refuse.
  bool migrate_from_previous() {
    {
      Stmt has_meta(db_, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'");
      if (!has_meta.step()) return false;
    }
    int from = 0;
    {
      Stmt version(db_, "SELECT value FROM meta WHERE key = 'schema_version'");
      if (!version.step()) return false;
      from = std::atoi(version.text(0).c_str());
      if (version.text(0) != std::to_string(from) || from < kOldestMigratedSchema || from >= kSchemaVersion) return false;
    }
    for (int v = from; v < kSchemaVersion; ++v) {
      std::string step = migration_sql(v, kSqliteDialect);
      if (step.empty()) throw DbError("no migration from schema version " + std::to_string(v));
      db_.exec(step.c_str());
    }
    fill_quote_keys();
    return true;
  }

  // Quotes stored before their keys existed get them (schema 3 -> 4).
  void fill_quote_keys() {
    std::vector<std::tuple<std::string, int64_t, std::string, std::string>> rows;
    {
      Stmt s(db_, kQuotesWithoutKeysSql);
      while (s.step()) rows.emplace_back(s.text(0), s.integer(1), s.is_null(2) ? "" : s.text(2), s.text(3));
    }
    Stmt u(db_, "UPDATE quotes SET speaker_key = ?, text_key = ? WHERE article_id = ? AND ord = ?");
    for (const auto& [article, ord, speaker, text] : rows) {
      std::string sk, tk;
      quote_keys(speaker, text, sk, tk);
      u.bind(1, std::string_view(sk)).bind(2, std::string_view(tk)).bind(3, std::string_view(article)).bind(4, ord).run();
    }
  }

  // The cluster labels' SQL (cluster_labels.h) on this connection; statements are cached by text.
  LabelSql label_sql() {
    LabelSql l;
    l.marker = [](size_t n) { return "?" + std::to_string(n); };
    l.events = [this](const std::string& where, const std::vector<Value>& args,
                      const std::function<void(const StoredEvent&)>& sink) {
      Stmt& s = cached(label_select_sql() + where);
      for (size_t i = 0; i < args.size(); ++i) bind_value(s, static_cast<int>(i + 1), args[i]);
      std::vector<StoredEvent> rows;  // read through before the sink may run other statements
      while (s.step()) rows.push_back(read_event(s));
      s.reset();
      for (const StoredEvent& e : rows) sink(e);
    };
    l.exec = [this](const std::string& sql, const std::vector<Value>& args) {
      Stmt& s = cached(sql);
      for (size_t i = 0; i < args.size(); ++i) bind_value(s, static_cast<int>(i + 1), args[i]);
      s.run();
    };
    l.updated = [this](const std::vector<std::pair<std::string, std::string>>& events) {
      const std::string now = clock_();
      Stmt& touch = cached("UPDATE events SET updated_at = ? WHERE event_id = ?");
      for (const auto& [event_id, article_id] : events) {
        touch.bind(1, std::string_view(now)).bind(2, std::string_view(event_id)).run();
        record_change(now, "updated", event_id, article_id);
      }
    };
    return l;
  }

  Stmt& cached(const std::string& sql) {
    auto& slot = label_stmts_[sql];
    return stmt(slot, sql);
  }

  template <class F>
  Status guard(F f) {
    try {
      f();
      return {};
    } catch (const DbError& e) {
      return Status::error(e.what());
    } catch (const std::exception& e) {
      return Status::error(std::string("store: ") + e.what());
    }
  }

  // A cached prepared statement, reset: one that threw half-way is usable again.
  Stmt& stmt(std::unique_ptr<Stmt>& slot, std::string_view sql) {
    if (!slot) slot = std::make_unique<Stmt>(db_, sql);
    else slot->reset();
    return *slot;
  }

  std::vector<KnownEvent> known_events(const std::string& article_id) {
    std::vector<KnownEvent> known;
    std::map<std::string, size_t> index;
    Stmt& ev = stmt(known_events_, "SELECT event_id, type, content, deleted_at FROM events WHERE article_id = ? ORDER BY ord");
    ev.bind(1, std::string_view(article_id));
    while (ev.step()) {
      index[ev.text(0)] = known.size();
      known.push_back({ev.text(0), ev.text(1), {}, ev.text(2), !ev.is_null(3)});
    }
    ev.reset();
    Stmt& m = stmt(known_mentions_,
                   "SELECT m.event_id, m.cp_start, m.cp_end FROM mentions m JOIN events e USING(event_id) "
                   "WHERE e.article_id = ? ORDER BY m.event_id, m.ord");
    m.bind(1, std::string_view(article_id));
    while (m.step()) {
      auto it = index.find(m.text(0));
      if (it == index.end()) continue;
      known[it->second].mentions.push_back(
          {static_cast<uint32_t>(m.integer(1)), static_cast<uint32_t>(m.integer(2)), {}});
    }
    m.reset();
    return known;
  }

  void write_article(const ArticleRow& a, const std::string& now) {
    Stmt& s = stmt(upsert_article_, R"(
INSERT INTO articles(id, outlet, url, title, published, published_raw, text, sha256, input_sha256,
                     engine_version, processed_at, failed, boilerplate, source_line, text_key)
VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)
ON CONFLICT(id) DO UPDATE SET outlet = ?2, url = ?3, title = ?4, published = ?5, published_raw = ?6,
  text = ?7, sha256 = ?8, input_sha256 = ?9, engine_version = ?10, processed_at = ?11, failed = ?12,
  boilerplate = ?13, source_line = ?14, text_key = ?15)");
    s.bind(1, std::string_view(a.id));
    bind_opt(s, 2, a.outlet);
    bind_opt(s, 3, a.url);
    bind_opt(s, 4, a.title);
    bind_opt(s, 5, a.published);
    bind_opt(s, 6, a.published_raw);
    s.bind(7, std::string_view(a.text)).bind(8, std::string_view(a.sha256)).bind(9, std::string_view(a.input_sha256));
    s.bind(10, std::string_view(a.engine_version)).bind(11, std::string_view(now));
    s.bind(12, int64_t{a.failed}).bind(13, a.boilerplate);
    bind_opt(s, 14, a.source_line);
    s.bind(15, std::string_view(a.text_key));
    s.run();

    // The article's own layers are replaced whole: they have no identity of their own.
    stmt(del_entities_, "DELETE FROM entities WHERE article_id = ?").bind(1, a.id).run();
    stmt(del_quotes_, "DELETE FROM quotes WHERE article_id = ?").bind(1, a.id).run();
    stmt(del_errors_, "DELETE FROM errors WHERE article_id = ?").bind(1, a.id).run();
    Stmt& en = stmt(ins_entity_,
                    "INSERT INTO entities(article_id, ord, type, name, canonical, geonames_id, country, admin1, "
                    "lat, lon, precision, mentions) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (size_t i = 0; i < a.entities.size(); ++i) {
      const EntityRow& e = a.entities[i];
      en.bind(1, std::string_view(a.id)).bind(2, static_cast<int64_t>(i)).bind(3, std::string_view(e.type));
      en.bind(4, std::string_view(e.name)).bind(5, std::string_view(e.canonical));
      bind_opt(en, 6, e.geonames_id);
      en.bind(7, std::string_view(e.country)).bind(8, std::string_view(e.admin1));
      bind_opt(en, 9, e.lat);
      bind_opt(en, 10, e.lon);
      en.bind(11, std::string_view(e.precision)).bind(12, std::string_view(e.mentions_json));
      en.run();
    }
    Stmt& qu = stmt(ins_quote_,
                    "INSERT INTO quotes(article_id, ord, speaker, cp_start, cp_end, direct, text, cue, speaker_key, "
                    "text_key) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (size_t i = 0; i < a.quotes.size(); ++i) {
      const QuoteRow& q = a.quotes[i];
      qu.bind(1, std::string_view(a.id)).bind(2, static_cast<int64_t>(i)).bind(3, std::string_view(q.speaker));
      qu.bind(4, int64_t{q.start}).bind(5, int64_t{q.end}).bind(6, int64_t{q.direct}).bind(7, std::string_view(q.text));
      qu.bind(8, std::string_view(q.cue)).bind(9, std::string_view(q.speaker_key)).bind(10, std::string_view(q.text_key));
      qu.run();
    }
    Stmt& er = stmt(ins_error_, "INSERT INTO errors(article_id, ord, code, message, cp_start) VALUES(?, ?, ?, ?, ?)");
    for (size_t i = 0; i < a.errors.size(); ++i) {
      const ErrorRow& e = a.errors[i];
      er.bind(1, std::string_view(a.id)).bind(2, static_cast<int64_t>(i)).bind(3, std::string_view(e.code));
      er.bind(4, std::string_view(e.message));
      bind_opt(er, 5, e.start);
      er.run();
    }
  }

  // Writes an event's columns and mentions: a new row (insert) or the row of an existing id.
  void write_event(const std::string& id, const std::string& article_id, size_t ord, const EventRow& e,
                   const std::string& content, const std::string& now, bool insert) {
    if (insert) {
      std::string sql = "INSERT INTO events(event_id, article_id, ord" + event_column_list("") +
                        ", actor_key, recipient_key, content, created_at, updated_at, deleted_at) VALUES(?, ?, ?";
      for (size_t i = 0; i < kEventColumnCount; ++i) sql += ", ?";
      sql += ", ?, ?, ?, ?, ?, NULL)";
      Stmt& s = stmt(ins_event_, sql);
      s.bind(1, std::string_view(id)).bind(2, std::string_view(article_id)).bind(3, static_cast<int64_t>(ord));
      int i = 4;
      for (const Value& v : e.values) bind_value(s, i++, v);
      for (const std::string* v : {&e.party_keys[0], &e.party_keys[1], &content, &now, &now}) s.bind(i++, *v);
      s.run();
    } else {
      std::string sql = "UPDATE events SET ord = ?";
      for (const Column& c : kEventColumns) sql += ", " + std::string(c.name) + " = ?";
      sql += ", actor_key = ?, recipient_key = ?, content = ?, updated_at = ?, deleted_at = NULL WHERE event_id = ?";
      Stmt& s = stmt(upd_event_, sql);
      s.bind(1, static_cast<int64_t>(ord));
      int i = 2;
      for (const Value& v : e.values) bind_value(s, i++, v);
      for (const std::string* v : {&e.party_keys[0], &e.party_keys[1], &content, &now, &id}) s.bind(i++, *v);
      s.run();
      stmt(del_mentions_, "DELETE FROM mentions WHERE event_id = ?").bind(1, std::string_view(id)).run();
    }
    Stmt& m = stmt(ins_mention_, "INSERT INTO mentions(event_id, ord, cp_start, cp_end, text) VALUES(?, ?, ?, ?, ?)");
    for (size_t k = 0; k < e.mentions.size(); ++k) {
      m.bind(1, std::string_view(id)).bind(2, static_cast<int64_t>(k));
      m.bind(3, int64_t{e.mentions[k].start}).bind(4, int64_t{e.mentions[k].end});
      m.bind(5, std::string_view(e.mentions[k].text)).run();
    }
  }

  void record_change(const std::string& now, const char* kind, const std::string& event_id, const std::string& article_id) {
    Stmt& s = stmt(ins_change_, "INSERT INTO changes(at, kind, event_id, article_id) VALUES(?, ?, ?, ?)");
    s.bind(1, std::string_view(now)).bind(2, std::string_view(kind));
    s.bind(3, std::string_view(event_id)).bind(4, std::string_view(article_id)).run();
    work_.in_feed.insert(event_id);
  }

  void put_article(const ArticleRow& a, PutResult& result, bool force) {
    if (read_only_) throw DbError("the store is open read-only");
    result = {};
    Stmt& prev = stmt(find_article_, "SELECT input_sha256, engine_version, text FROM articles WHERE id = ?");
    prev.bind(1, std::string_view(a.id));
    bool existed = prev.step();
    bool same = existed && prev.text(0) == a.input_sha256 && prev.text(1) == a.engine_version;
    std::string old_text = existed && !same ? prev.text(2) : std::string();
    prev.reset();
    if (same && !force) {
      result.fate = ArticleFate::kUnchanged;
      return;
    }
    std::string now = clock_();
    note_article(label_sql(), a.id, work_);
    std::vector<KnownEvent> known = known_events(a.id);
    if (existed && !same) realign(known, old_text, a.text);
    write_article(a, now);

    std::vector<std::string> contents;
    contents.reserve(a.events.size());
    for (const EventRow& e : a.events) contents.push_back(e.content_json());
    Reconciled r = reconcile(a.id, known, a.events, contents);
    for (size_t i = 0; i < a.events.size(); ++i) {
      const auto& m = r.events[i];
      switch (m.fate) {
        case Fate::kAdded:
          write_event(m.id, a.id, i, a.events[i], contents[i], now, true);
          record_change(now, "added", m.id, a.id);
          ++result.events_added;
          break;
        case Fate::kRestored:
          write_event(m.id, a.id, i, a.events[i], contents[i], now, false);
          record_change(now, "added", m.id, a.id);
          ++result.events_added;
          break;
        case Fate::kUpdated:
          write_event(m.id, a.id, i, a.events[i], contents[i], now, false);
          record_change(now, "updated", m.id, a.id);
          ++result.events_updated;
          break;
        case Fate::kUnchanged:
          // Only its place in the article's order may move; that is not a change of the event.
          stmt(set_ord_, "UPDATE events SET ord = ? WHERE event_id = ?")
              .bind(1, static_cast<int64_t>(i)).bind(2, std::string_view(m.id)).run();
          ++result.events_unchanged;
          break;
      }
    }
    for (const std::string& id : r.deleted) {
      stmt(tombstone_, "UPDATE events SET deleted_at = ?, updated_at = ? WHERE event_id = ?")
          .bind(1, std::string_view(now)).bind(2, std::string_view(now)).bind(3, std::string_view(id)).run();
      record_change(now, "deleted", id, a.id);
      ++result.events_deleted;
    }
    bool events_changed = result.events_added || result.events_updated || result.events_deleted;
    result.fate = !existed ? ArticleFate::kNew
                  : (same && !events_changed) ? ArticleFate::kUnchanged
                                              : ArticleFate::kUpdated;
  }

  static StoredEvent read_event(const Stmt& s) {
    StoredEvent ev;
    ev.event_id = s.text(0);
    ev.article_id = s.text(1);
    ev.created_at = s.text(2);
    ev.updated_at = s.text(3);
    ev.deleted_at = opt_text(s, 4);
    ev.content = s.text(5);
    ev.outlet = opt_text(s, 6);
    ev.url = opt_text(s, 7);
    ev.published = opt_text(s, 8);
    ev.title = opt_text(s, 9);
    for (size_t i = 0; i < kEventColumnCount; ++i)
      ev.row.values[i] = read_value(s, kEventSelectFixed + static_cast<int>(i), kEventColumns[i].kind);
    const int c = kEventSelectFixed + static_cast<int>(kEventColumnCount);
    ev.cluster_id = opt_text(s, c);
    ev.cluster_events = s.is_null(c + 1) ? 0 : s.integer(c + 1);
    ev.cluster_articles = s.is_null(c + 2) ? 0 : s.integer(c + 2);
    ev.cluster_outlets = s.is_null(c + 3) ? 0 : s.integer(c + 3);
    ev.first_report = opt_text(s, c + 4);
    return ev;
  }

  void run_query(const EventQuery& q, const std::function<void(const StoredEvent&)>& sink) {
    // Numbered markers: the filter's clauses need not be built in the order they read.
    SqlFilter f = event_filter_sql(q, [](size_t n) { return "?" + std::to_string(n); });
    Stmt s(db_, event_select_sql() + f.sql + std::string(event_order_sql()));
    for (size_t i = 0; i < f.args.size(); ++i) bind_value(s, static_cast<int>(i + 1), f.args[i]);
    while (s.step()) sink(read_event(s));
  }

  void run_changes(std::string_view since, const std::function<void(const Change&)>& sink) {
    std::optional<std::string> normal = change_cursor(since);
    if (!normal) throw DbError("'" + std::string(since) + "' is neither a sequence number nor an ISO time");
    since = *normal;
    bool cursor = all_digits(since);
    Stmt s(db_, cursor ? "SELECT seq, at, kind, event_id, article_id FROM changes WHERE seq > ? ORDER BY seq"
                       : "SELECT seq, at, kind, event_id, article_id FROM changes WHERE at >= ? ORDER BY seq");
    if (cursor) s.bind(1, static_cast<int64_t>(std::stoll(std::string(since))));
    else s.bind(1, since);
    Stmt ev(db_, event_select_sql() + " WHERE e.event_id = ? AND e.deleted_at IS NULL");
    while (s.step()) {
      Change c;
      c.seq = s.integer(0);
      c.at = s.text(1);
      c.kind = s.text(2);
      c.event_id = s.text(3);
      c.article_id = s.text(4);
      ev.bind(1, std::string_view(c.event_id));
      if (ev.step()) c.event = read_event(ev);
      ev.reset();
      sink(c);
    }
  }

  Db db_;
  std::function<std::string()> clock_;
  bool read_only_;
  std::unique_ptr<Stmt> known_events_, known_mentions_, upsert_article_, del_entities_, del_quotes_, del_errors_,
      ins_entity_, ins_quote_, ins_error_, ins_event_, upd_event_, del_mentions_, ins_mention_, ins_change_,
      find_article_, set_ord_, tombstone_;
  std::map<std::string, std::unique_ptr<Stmt>> label_stmts_;
  LabelWork work_;  // what the open batch touched
};

}  // namespace

Status open_sqlite_store(const std::string& path, const StoreOptions& options, std::unique_ptr<Store>& out) {
  try {
    out = std::make_unique<SqliteStore>(path, options);
    return {};
  } catch (const DbError& e) {
    out.reset();
    return Status::error(e.what());
  }
}

}  // namespace rasd::store

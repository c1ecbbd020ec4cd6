#include "rasd/store/postgres_store.h"

#include <pqxx/pqxx>

#include <charconv>
#include <cstdlib>
#include <map>

#include "rasd/store/cluster_labels.h"
#include "rasd/store/identity.h"
#include "rasd/store/query_sql.h"
#include "rasd/store/quotes_sql.h"
#include "rasd/store/schema.h"

namespace rasd::store {
namespace {

// Every writer takes this transaction-scoped advisory lock (per database) first.
constexpr int64_t kWriterLock = 0x72617364;  // "rasd"

struct PgError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

// Parameters as libpq takes them: text or null. PostgreSQL text cannot hold NUL, which only a
// field outside the sanitised text could carry (an id, a title): it becomes U+FFFD, as the
// sanitiser does with the text.
class Params {
 public:
  Params& text(std::string_view v) {
    std::string& s = values_.emplace_back(std::in_place).value();
    s.reserve(v.size());
    for (char c : v) {
      if (c == '\0') s += "\xEF\xBF\xBD";
      else s += c;
    }
    return *this;
  }
  Params& null() {
    values_.emplace_back();
    return *this;
  }
  Params& integer(int64_t v) { return text(std::to_string(v)); }
  Params& real(double v) {
    char buf[32];
    auto r = std::to_chars(buf, buf + sizeof buf, v);  // shortest text that reads back the same
    return text(std::string_view(buf, static_cast<size_t>(r.ptr - buf)));
  }
  Params& value(const Value& v) {
    if (std::holds_alternative<std::monostate>(v)) return null();
    if (const auto* t = std::get_if<std::string>(&v)) return text(*t);
    if (const auto* n = std::get_if<int64_t>(&v)) return integer(*n);
    return real(std::get<double>(v));
  }
  template <class T>
  Params& opt(const std::optional<T>& v) {
    if (!v) return null();
    if constexpr (std::is_same_v<T, std::string>) return text(*v);
    else if constexpr (std::is_floating_point_v<T>) return real(static_cast<double>(*v));
    else return integer(static_cast<int64_t>(*v));
  }
  Params& append(Params&& other) {
    for (auto& v : other.values_) values_.push_back(std::move(v));
    return *this;
  }
  size_t size() const { return values_.size(); }
  // What libpq reads: a pointer per value, null for NULL; valid while this object is unchanged.
  std::vector<const char*> pointers() const {
    std::vector<const char*> out;
    out.reserve(values_.size());
    for (const auto& v : values_) out.push_back(v ? v->c_str() : nullptr);
    return out;
  }

 private:
  std::vector<std::optional<std::string>> values_;
};

std::optional<std::string> opt_text(const pqxx::field& f) {
  if (f.is_null()) return std::nullopt;
  return std::string(f.c_str(), f.size());
}

Value read_value(const pqxx::field& f, Kind kind) {
  if (f.is_null()) return {};
  switch (kind) {
    case Kind::kText: return std::string(f.c_str(), f.size());
    case Kind::kInt: case Kind::kBool: return f.as<int64_t>();
    case Kind::kReal: return f.as<double>();
  }
  return {};
}

StoredEvent read_event(const pqxx::row& r, int at = 0) {
  StoredEvent ev;
  ev.event_id = r[at + 0].c_str();
  ev.article_id = r[at + 1].c_str();
  ev.created_at = r[at + 2].c_str();
  ev.updated_at = r[at + 3].c_str();
  ev.deleted_at = opt_text(r[at + 4]);
  ev.content = std::string(r[at + 5].c_str(), r[at + 5].size());
  ev.outlet = opt_text(r[at + 6]);
  ev.url = opt_text(r[at + 7]);
  ev.published = opt_text(r[at + 8]);
  ev.title = opt_text(r[at + 9]);
  for (size_t i = 0; i < kEventColumnCount; ++i)
    ev.row.values[i] = read_value(r[at + kEventSelectFixed + static_cast<int>(i)], kEventColumns[i].kind);
  const int c = at + kEventSelectFixed + static_cast<int>(kEventColumnCount);
  ev.cluster_id = opt_text(r[c]);
  ev.cluster_events = r[c + 1].is_null() ? 0 : r[c + 1].as<int64_t>();
  ev.cluster_articles = r[c + 2].is_null() ? 0 : r[c + 2].as<int64_t>();
  ev.cluster_outlets = r[c + 3].is_null() ? 0 : r[c + 3].as<int64_t>();
  ev.first_report = opt_text(r[c + 4]);
  return ev;
}

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) if (c < '0' || c > '9') return false;
  return true;
}

// A libpq message is several lines; a Status is one.
std::string one_line(std::string_view m) {
  std::string out;
  for (char c : m) {
    bool space = c == '\n' || c == '\t' || c == ' ';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

class PgStore final : public Store {
 public:
  PgStore(const std::string& url, const StoreOptions& options)
      : conn_(with_connect_timeout(url)), clock_(options.clock ? options.clock : utc_now), read_only_(options.read_only) {
    // Keep the server's notices ("relation already exists, skipping") off the user's stderr.
    conn_.set_variable("client_min_messages", "warning");
    if (read_only_) {
      conn_.set_variable("default_transaction_read_only", "on");
    } else {
      set_up();
    }
    pqxx::read_transaction tx(conn_);
    if (tx.exec("SELECT to_regclass('meta') IS NOT NULL")[0][0].as<bool>() == false)
      throw PgError("not a rasd store (no schema version)");
    pqxx::result v = tx.exec("SELECT value FROM meta WHERE key = 'schema_version'");
    if (v.empty()) throw PgError("not a rasd store (no schema version)");
    std::string version = v[0][0].c_str();
    if (version != std::to_string(kSchemaVersion))
      throw PgError("store schema version " + version + ", this rasd reads version " + std::to_string(kSchemaVersion) +
                    version_hint(version));
  }

  Status begin() override {
    return guard([&] {
      if (read_only_) throw PgError("the store is open read-only");
      if (tx_) throw PgError("a batch is already open");
      tx_ = std::make_unique<pqxx::work>(conn_);
      batch_failed_ = false;
      work_ = {};
      tx_->exec("SELECT pg_advisory_xact_lock(" + std::to_string(kWriterLock) + ")");
    });
  }
  // After a failed statement PostgreSQL has aborted the transaction, and COMMIT would quietly
  // roll it back: say so instead of reporting a stored batch.
  Status commit() override {
    return guard([&] {
      if (!tx_) return;
      auto tx = std::move(tx_);
      if (batch_failed_) {
        tx->abort();
        throw PgError("a write of this batch failed; the batch was rolled back");
      }
      // The batch's cluster labels are redone inside its transaction, just before it commits.
      try {
        relabel(label_sql(*tx), work_);
      } catch (...) {
        tx->abort();
        throw;
      }
      tx->commit();
    });
  }
  void rollback() override {
    work_ = {};
    try {
      if (tx_) tx_->abort();
    } catch (const std::exception&) {}  // a lost connection has nothing to undo
    tx_.reset();
  }

  Status put(const ArticleRow& a, PutResult& result, bool force) override {
    return guard([&] {
      if (read_only_) throw PgError("the store is open read-only");
      if (tx_) {
        try {
          put_article(*tx_, a, result, force);
        } catch (...) {
          batch_failed_ = true;
          throw;
        }
        return;
      }
      // Outside a batch: a batch of one.
      pqxx::work tx(conn_);
      tx.exec("SELECT pg_advisory_xact_lock(" + std::to_string(kWriterLock) + ")");
      work_ = {};
      put_article(tx, a, result, force);
      relabel(label_sql(tx), work_);
      tx.commit();
    });
  }

  Status query(const EventQuery& q, const std::function<void(const StoredEvent&)>& sink) override {
    return guard([&] {
      reading([&](pqxx::transaction_base& tx) {
        SqlFilter f = event_filter_sql(q, [](size_t n) { return "$" + std::to_string(n); });
        Params p;
        for (const Value& v : f.args) p.value(v);
        // A server-side cursor: a large store streams in pages instead of arriving in one result.
        std::vector<const char*> values = p.pointers();
        tx.exec_params("DECLARE rasd_events NO SCROLL CURSOR FOR " + event_select_sql() + f.sql +
                           std::string(event_order_sql()),
                       pqxx::prepare::make_dynamic_params(values));
        for (;;) {
          pqxx::result page = tx.exec("FETCH 500 FROM rasd_events");
          for (const pqxx::row& r : page) sink(read_event(r));
          if (page.size() < 500) break;
        }
        tx.exec("CLOSE rasd_events");
      });
    });
  }

  Status changes(std::string_view since, const std::function<void(const Change&)>& sink) override {
    return guard([&] {
      std::optional<std::string> normal = change_cursor(since);
      if (!normal) throw PgError("'" + std::string(since) + "' is neither a sequence number nor an ISO time");
      bool cursor = all_digits(*normal);
      reading([&](pqxx::transaction_base& tx) {
        // The event as it is now rides along (a left join: none once deleted).
        std::string select = event_select_sql();
        select.insert(std::string_view("SELECT ").size(), "c.seq, c.at, c.kind, c.event_id, c.article_id, ");
        select.replace(select.find(kEventFromSql), std::string::npos,
                       " FROM changes c LEFT JOIN events e ON e.event_id = c.event_id AND e.deleted_at IS NULL"
                       " LEFT JOIN articles a ON a.id = e.article_id LEFT JOIN clusters cl ON cl.cluster_id = e.cluster_id");
        Params p;
        p.text(*normal);
        std::vector<const char*> values = p.pointers();
        tx.exec_params("DECLARE rasd_changes NO SCROLL CURSOR FOR " + select +
                           (cursor ? " WHERE c.seq > $1::bigint" : " WHERE c.at >= $1") + " ORDER BY c.seq",
                       pqxx::prepare::make_dynamic_params(values));
        for (;;) {
          pqxx::result page = tx.exec("FETCH 500 FROM rasd_changes");
          for (const pqxx::row& r : page) {
            Change c;
            c.seq = r[0].as<int64_t>();
            c.at = r[1].c_str();
            c.kind = r[2].c_str();
            c.event_id = r[3].c_str();
            c.article_id = r[4].c_str();
            if (!r[5].is_null()) c.event = read_event(r, 5);
            sink(c);
          }
          if (page.size() < 500) break;
        }
        tx.exec("CLOSE rasd_changes");
      });
    });
  }

  Status article_text(std::string_view id, std::optional<std::string>& text) override {
    return guard([&] {
      reading([&](pqxx::transaction_base& tx) {
        Params p;
        p.text(id);
        std::vector<const char*> values = p.pointers();
        pqxx::result r =
            tx.exec_params("SELECT text FROM articles WHERE id = $1", pqxx::prepare::make_dynamic_params(values));
        text = r.empty() ? std::nullopt : std::optional<std::string>(std::string(r[0][0].c_str(), r[0][0].size()));
      });
    });
  }

  Status quotes(const QuoteQuery& q, const std::function<void(const StoredQuote&)>& sink) override {
    return guard([&] {
      reading([&](pqxx::transaction_base& tx) {
        SqlFilter f = quote_select_sql(q, [](size_t n) { return "$" + std::to_string(n); });
        Params p;
        for (const Value& v : f.args) p.value(v);
        std::vector<const char*> values = p.pointers();
        // A server-side cursor, as for events: a large store streams in pages.
        tx.exec_params("DECLARE rasd_quotes NO SCROLL CURSOR FOR " + f.sql, pqxx::prepare::make_dynamic_params(values));
        for (;;) {
          pqxx::result page = tx.exec("FETCH 500 FROM rasd_quotes");
          for (const pqxx::row& r : page) {
            StoredQuote x;
            x.article_id = std::string(r[0].c_str(), r[0].size());
            x.ord = r[1].as<int64_t>();
            x.speaker = opt_text(r[2]), x.cue = opt_text(r[3]);
            x.start = r[4].as<int64_t>(), x.end = r[5].as<int64_t>(), x.direct = r[6].as<int64_t>() != 0;
            x.text = std::string(r[7].c_str(), r[7].size());
            x.outlet = opt_text(r[8]), x.url = opt_text(r[9]), x.title = opt_text(r[10]), x.published = opt_text(r[11]);
            sink(x);
          }
          if (page.size() < 500) break;
        }
        tx.exec("CLOSE rasd_quotes");
      });
    });
  }

  Status quote_count(const QuoteQuery& q, int64_t& total) override {
    return guard([&] {
      reading([&](pqxx::transaction_base& tx) {
        SqlFilter f = quote_count_sql(q, [](size_t n) { return "$" + std::to_string(n); });
        Params p;
        for (const Value& v : f.args) p.value(v);
        std::vector<const char*> values = p.pointers();
        total = tx.exec_params(f.sql, pqxx::prepare::make_dynamic_params(values))[0][0].as<int64_t>();
      });
    });
  }

  Status article(std::string_view id, std::optional<StoredArticle>& out) override {
    return guard([&] {
      out.reset();
      reading([&](pqxx::transaction_base& tx) {
        Params p;
        p.text(id);
        std::vector<const char*> values = p.pointers();
        auto run = [&](const char* sql) { return tx.exec_params(sql, pqxx::prepare::make_dynamic_params(values)); };
        auto text = [](const pqxx::field& f) { return std::string(f.c_str(), f.size()); };
        auto opt_int = [](const pqxx::field& f) { return f.is_null() ? std::nullopt : std::optional<int64_t>(f.as<int64_t>()); };
        auto opt_real = [](const pqxx::field& f) { return f.is_null() ? std::nullopt : std::optional<double>(f.as<double>()); };
        pqxx::result a = run(
            "SELECT outlet, url, title, published, published_raw, sha256, engine_version, processed_at, failed, "
            "boilerplate, source_line FROM articles WHERE id = $1");
        if (a.empty()) return;
        StoredArticle r;
        r.id = std::string(id);
        const pqxx::row& m = a[0];
        r.outlet = opt_text(m[0]), r.url = opt_text(m[1]), r.title = opt_text(m[2]), r.published = opt_text(m[3]);
        r.published_raw = opt_text(m[4]);
        r.sha256 = text(m[5]), r.engine_version = text(m[6]), r.processed_at = text(m[7]);
        r.failed = m[8].as<int64_t>() != 0;
        r.boilerplate = text(m[9]);
        r.source_line = opt_text(m[10]);
        for (const pqxx::row& e : run("SELECT type, name, canonical, geonames_id, country, admin1, lat, lon, precision, "
                                      "mentions FROM entities WHERE article_id = $1 ORDER BY ord"))
          r.entities.push_back({text(e[0]), text(e[1]), opt_text(e[2]), opt_int(e[3]), opt_text(e[4]), opt_text(e[5]),
                                opt_real(e[6]), opt_real(e[7]), opt_text(e[8]), text(e[9])});
        for (const pqxx::row& q :
             run("SELECT speaker, cp_start, cp_end, direct, text FROM quotes WHERE article_id = $1 ORDER BY ord"))
          r.quotes.push_back({opt_text(q[0]), q[1].as<int64_t>(), q[2].as<int64_t>(), q[3].as<int64_t>() != 0, text(q[4])});
        for (const pqxx::row& x : run("SELECT code, message, cp_start FROM errors WHERE article_id = $1 ORDER BY ord"))
          r.errors.push_back({text(x[0]), text(x[1]), opt_int(x[2])});
        out = std::move(r);
      });
    });
  }

 private:
  // libpq waits for an unreachable host as long as TCP does; a store that does not answer in
  // 10 s is reported instead (an explicit connect_timeout in the URL wins).
  static std::string with_connect_timeout(const std::string& url) {
    if (url.find("connect_timeout=") != std::string::npos) return url;
    return url + (url.find('?') == std::string::npos ? "?" : "&") + "connect_timeout=10";
  }

  // Tables, indexes and the schema version, once, under the writers' lock: two ingests starting
  // on an empty database would otherwise race on CREATE TABLE IF NOT EXISTS.
  void set_up() {
    pqxx::work tx(conn_);
    tx.exec("SELECT pg_advisory_xact_lock(" + std::to_string(kWriterLock) + ")");
    bool migrate = migrate_from_previous(tx);
    tx.exec(schema_sql(kPostgresDialect));
    // Trigram index for the full-text filter's LIKE '%...%', where the extension may be created
    // (pg_trgm is a trusted extension); without it the filter scans.
    {
      pqxx::subtransaction sub(tx, "trgm");
      try {
        sub.exec("CREATE EXTENSION IF NOT EXISTS pg_trgm");
        sub.exec("CREATE INDEX IF NOT EXISTS articles_text_key ON articles USING gin (text_key gin_trgm_ops)");
        sub.commit();
      } catch (const pqxx::sql_error&) {
        sub.abort();
      }
    }
    tx.exec("INSERT INTO meta(key, value) VALUES('schema_version', '" + std::to_string(kSchemaVersion) +
            "') ON CONFLICT (key) DO NOTHING");
    if (migrate) {
      LabelWork all;
      all.everything = true;
      relabel(label_sql(tx), all);
      tx.exec("UPDATE meta SET value = '" + std::to_string(kSchemaVersion) + "' WHERE key = 'schema_version'");
    }
    tx.commit();
  }

  // A store from kOldestMigratedSchema on is brought up to date step by step (schema.h
  // migration_sql); true when so.
  bool migrate_from_previous(pqxx::transaction_base& tx) {
    if (!tx.exec("SELECT to_regclass('meta') IS NOT NULL")[0][0].as<bool>()) return false;
    pqxx::result v = tx.exec("SELECT value FROM meta WHERE key = 'schema_version'");
    if (v.empty()) return false;
    std::string stored = v[0][0].c_str();
    int from = std::atoi(stored.c_str());
    if (stored != std::to_string(from) || from < kOldestMigratedSchema || from >= kSchemaVersion) return false;
    for (int step = from; step < kSchemaVersion; ++step) {
      std::string sql = migration_sql(step, kPostgresDialect);
      if (sql.empty()) throw PgError("no migration from schema version " + std::to_string(step));
      tx.exec(sql);
    }
    // Quotes stored before their keys existed get them (schema 3 -> 4).
    for (const pqxx::row& r : tx.exec(kQuotesWithoutKeysSql)) {
      std::string sk, tk;
      quote_keys(r[2].is_null() ? "" : std::string(r[2].c_str(), r[2].size()), std::string(r[3].c_str(), r[3].size()),
                 sk, tk);
      Params p;
      p.text(sk).text(tk).text(std::string_view(r[0].c_str(), r[0].size())).integer(r[1].as<int64_t>());
      std::vector<const char*> values = p.pointers();
      tx.exec_params("UPDATE quotes SET speaker_key = $1, text_key = $2 WHERE article_id = $3 AND ord = $4",
                     pqxx::prepare::make_dynamic_params(values));
    }
    return true;
  }

  // The cluster labels' SQL (cluster_labels.h) in this transaction.
  LabelSql label_sql(pqxx::transaction_base& tx) {
    LabelSql l;
    l.marker = [](size_t n) { return "$" + std::to_string(n); };
    l.events = [this, &tx](const std::string& where, const std::vector<Value>& args,
                           const std::function<void(const StoredEvent&)>& sink) {
      Params p;
      for (const Value& v : args) p.value(v);
      for (const pqxx::row& r : run(tx, label_select_sql() + where, p)) sink(read_event(r));
    };
    l.exec = [this, &tx](const std::string& sql, const std::vector<Value>& args) {
      Params p;
      for (const Value& v : args) p.value(v);
      run(tx, sql, p);
    };
    l.updated = [this, &tx](const std::vector<std::pair<std::string, std::string>>& events) {
      const std::string now = clock_();
      // One statement per chunk: a statement's rows number themselves after the changes stored
      // before it, so a chunk must see the previous chunk's rows.
      for (size_t at = 0; at < events.size(); at += 1000) {
        Inserts ins;
        size_t changes = changes_table(ins);
        Params p;
        p.text(now);
        std::string in;
        for (size_t i = at; i < events.size() && i < at + 1000; ++i) {
          ins.row(changes).text(now).text("updated").text(events[i].first).text(events[i].second);
          p.text(events[i].first);
          in += (i > at ? ", $" : "$") + std::to_string(p.size());
        }
        run(tx, "UPDATE events SET updated_at = $1 WHERE event_id IN (" + in + ")", p);
        ins.send(*this, tx);
      }
    };
    return l;
  }

  template <class F>
  void reading(F f) {
    if (tx_) return f(*tx_);  // inside a batch: see its own writes
    pqxx::read_transaction tx(conn_);
    f(tx);
    tx.commit();
  }

  template <class F>
  Status guard(F f) {
    try {
      f();
      return {};
    } catch (const pqxx::broken_connection& e) {
      return Status::error("lost the connection to PostgreSQL: " + one_line(e.what()));
    } catch (const std::exception& e) {
      return Status::error("PostgreSQL: " + one_line(e.what()));
    }
  }

  pqxx::result run(pqxx::transaction_base& tx, const std::string& sql, const Params& p) {
    std::vector<const char*> values = p.pointers();
    return tx.exec_params(sql, pqxx::prepare::make_dynamic_params(values));
  }

  std::vector<KnownEvent> known_events(pqxx::transaction_base& tx, const std::string& article_id) {
    std::vector<KnownEvent> known;
    std::map<std::string, size_t> index;
    Params p;
    p.text(article_id);
    for (const pqxx::row& r :
         run(tx, "SELECT event_id, type, content, deleted_at FROM events WHERE article_id = $1 ORDER BY ord", p)) {
      index[r[0].c_str()] = known.size();
      known.push_back({r[0].c_str(), r[1].c_str(), {}, std::string(r[2].c_str(), r[2].size()), !r[3].is_null()});
    }
    for (const pqxx::row& r : run(tx,
                                  "SELECT m.event_id, m.cp_start, m.cp_end FROM mentions m JOIN events e USING(event_id) "
                                  "WHERE e.article_id = $1 ORDER BY m.event_id, m.ord",
                                  p)) {
      auto it = index.find(r[0].c_str());
      if (it == index.end()) continue;
      known[it->second].mentions.push_back(
          {static_cast<uint32_t>(r[1].as<int64_t>()), static_cast<uint32_t>(r[2].as<int64_t>()), {}});
    }
    return known;
  }

  // The rows one article adds, sent in one statement: a data-modifying CTE per table, in the
  // order the tables were declared (foreign keys are checked at the end of the statement). One
  // round trip per article instead of one per row or table; the server may be across a network.
  // Before PostgreSQL's 65535-parameter limit the rest goes in a following statement.
  class Inserts {
   public:
    // `head` ends in "VALUES"; a numbered table's rows get their 1-based index in the statement
    // as a first value (for sequence numbers counted from the statement's start).
    size_t table(std::string head, size_t columns, std::string tail = "", bool numbered = false) {
      tables_.push_back({std::move(head), std::move(tail), columns, numbered, {}});
      return tables_.size() - 1;
    }
    Params& row(size_t table) { return tables_[table].rows.emplace_back(); }

    void send(PgStore& store, pqxx::transaction_base& tx) {
      constexpr size_t kMaxParams = 30000;
      std::vector<std::string> parts;
      Params params;
      auto emit = [&] {
        if (parts.empty()) return;
        std::string sql;
        for (size_t k = 0; k + 1 < parts.size(); ++k) sql += (k ? ", w" : "WITH w") + std::to_string(k) + " AS (" + parts[k] + ")";
        sql += (parts.size() > 1 ? " " : "") + parts.back();
        store.run(tx, sql, params);
        parts.clear();
        params = Params();
      };
      for (Table& t : tables_) {
        size_t width = t.columns + (t.numbered ? 1 : 0);
        for (size_t done = 0; done < t.rows.size();) {
          if (params.size() + width > kMaxParams) emit();
          std::string part = t.head;
          for (size_t n = 1; done < t.rows.size() && params.size() + width <= kMaxParams; ++n, ++done) {
            part += n > 1 ? ", (" : " (";
            if (t.numbered) params.integer(static_cast<int64_t>(n));
            params.append(std::move(t.rows[done]));
            for (size_t k = 0; k < width; ++k)
              part += (k ? ", $" : "$") + std::to_string(params.size() - width + k + 1);
            part += ")";
          }
          parts.push_back(part + t.tail);
        }
      }
      emit();
      tables_.clear();
    }

   private:
    struct Table {
      std::string head, tail;
      size_t columns;
      bool numbered;
      std::vector<Params> rows;
    };
    std::vector<Table> tables_;
  };

  // The article's row and its own layers (entities, quotes, errors), into `ins`.
  void write_article(pqxx::transaction_base& tx, Inserts& ins, const ArticleRow& a, const std::string& now,
                     bool existed) {
    size_t article = ins.table(
        "INSERT INTO articles(id, outlet, url, title, published, published_raw, text, sha256, input_sha256, "
        "engine_version, processed_at, failed, boilerplate, source_line, text_key) VALUES",
        15,
        " ON CONFLICT(id) DO UPDATE SET outlet = EXCLUDED.outlet, url = EXCLUDED.url, title = EXCLUDED.title, "
        "published = EXCLUDED.published, published_raw = EXCLUDED.published_raw, text = EXCLUDED.text, "
        "sha256 = EXCLUDED.sha256, input_sha256 = EXCLUDED.input_sha256, engine_version = EXCLUDED.engine_version, "
        "processed_at = EXCLUDED.processed_at, failed = EXCLUDED.failed, boilerplate = EXCLUDED.boilerplate, "
        "source_line = EXCLUDED.source_line, text_key = EXCLUDED.text_key");
    Params& p = ins.row(article);
    p.text(a.id).opt(a.outlet).opt(a.url).opt(a.title).opt(a.published).opt(a.published_raw);
    p.text(a.text).text(a.sha256).text(a.input_sha256).text(a.engine_version).text(now);
    p.integer(a.failed).text(a.boilerplate).opt(a.source_line).text(a.text_key);

    // The article's own layers are replaced whole: they have no identity of their own.
    if (existed) {
      Params id;
      id.text(a.id);
      run(tx, "DELETE FROM entities WHERE article_id = $1", id);
      run(tx, "DELETE FROM quotes WHERE article_id = $1", id);
      run(tx, "DELETE FROM errors WHERE article_id = $1", id);
    }
    size_t entities = ins.table(
        "INSERT INTO entities(article_id, ord, type, name, canonical, geonames_id, country, admin1, lat, lon, "
        "precision, mentions) VALUES",
        12);
    for (size_t i = 0; i < a.entities.size(); ++i) {
      const EntityRow& r = a.entities[i];
      Params& e = ins.row(entities);
      e.text(a.id).integer(static_cast<int64_t>(i)).text(r.type).text(r.name).text(r.canonical).opt(r.geonames_id);
      e.text(r.country).text(r.admin1).opt(r.lat).opt(r.lon).text(r.precision).text(r.mentions_json);
    }
    size_t quotes = ins.table(
        "INSERT INTO quotes(article_id, ord, speaker, cp_start, cp_end, direct, text, cue, speaker_key, text_key) VALUES",
        10);
    for (size_t i = 0; i < a.quotes.size(); ++i) {
      const QuoteRow& r = a.quotes[i];
      ins.row(quotes).text(a.id).integer(static_cast<int64_t>(i)).text(r.speaker).integer(r.start).integer(r.end)
          .integer(r.direct).text(r.text).text(r.cue).text(r.speaker_key).text(r.text_key);
    }
    size_t errors = ins.table("INSERT INTO errors(article_id, ord, code, message, cp_start) VALUES", 5);
    for (size_t i = 0; i < a.errors.size(); ++i)
      ins.row(errors).text(a.id).integer(static_cast<int64_t>(i)).text(a.errors[i].code).text(a.errors[i].message)
          .opt(a.errors[i].start);
  }

  static std::string insert_event_head() {
    std::string sql = "INSERT INTO events(event_id, article_id, ord";
    for (const Column& c : kEventColumns) sql += ", " + std::string(c.name);
    return sql + ", actor_key, recipient_key, content, created_at, updated_at) VALUES";
  }

  // An existing row (updated or restored from its tombstone): its columns, its mentions dropped.
  void update_event(pqxx::transaction_base& tx, const std::string& id, size_t ord, const EventRow& e,
                    const std::string& content, const std::string& now) {
    std::string sql = "UPDATE events SET ord = $1";
    size_t n = 1;
    for (const Column& c : kEventColumns) sql += ", " + std::string(c.name) + " = $" + std::to_string(++n);
    sql += ", actor_key = $" + std::to_string(n + 1) + ", recipient_key = $" + std::to_string(n + 2) +
           ", content = $" + std::to_string(n + 3) + ", updated_at = $" + std::to_string(n + 4) +
           ", deleted_at = NULL WHERE event_id = $" + std::to_string(n + 5);
    Params p;
    p.integer(static_cast<int64_t>(ord));
    for (const Value& v : e.values) p.value(v);
    p.text(e.party_keys[0]).text(e.party_keys[1]).text(content).text(now).text(id);
    run(tx, sql, p);
    Params d;
    d.text(id);
    run(tx, "DELETE FROM mentions WHERE event_id = $1", d);
  }

  // Rows of the change feed, numbered after the stored ones: (at, kind, event id, article id).
  static size_t changes_table(Inserts& ins) {
    return ins.table(
        "INSERT INTO changes(seq, at, kind, event_id, article_id) "
        "SELECT (SELECT coalesce(max(seq), 0) FROM changes) + v.n::bigint, v.at, v.kind, v.event_id, v.article_id "
        "FROM (VALUES",
        4, ") AS v(n, at, kind, event_id, article_id)", true);
  }

  // The SQLite backend's put, step for step (sqlite_store.cpp): the same fates, rows and changes
  // in the same order; only the writes are grouped into multi-row statements.
  void put_article(pqxx::transaction_base& tx, const ArticleRow& a, PutResult& result, bool force) {
    result = {};
    Params id;
    id.text(a.id);
    pqxx::result prev = run(tx, "SELECT input_sha256, engine_version, text FROM articles WHERE id = $1", id);
    bool existed = !prev.empty();
    bool same = existed && prev[0][0].c_str() == a.input_sha256 && prev[0][1].c_str() == a.engine_version;
    std::string old_text = existed && !same ? std::string(prev[0][2].c_str(), prev[0][2].size()) : std::string();
    if (same && !force) {
      result.fate = ArticleFate::kUnchanged;
      return;
    }
    std::string now = clock_();
    if (existed) note_article(label_sql(tx), a.id, work_);
    else work_.articles.insert(a.id);
    std::vector<KnownEvent> known;
    if (existed) known = known_events(tx, a.id);
    if (existed && !same) realign(known, old_text, a.text);
    Inserts ins;
    write_article(tx, ins, a, now, existed);

    std::vector<std::string> contents;
    contents.reserve(a.events.size());
    for (const EventRow& e : a.events) contents.push_back(e.content_json());
    Reconciled r = reconcile(a.id, known, a.events, contents);
    size_t inserts = ins.table(insert_event_head(), 3 + kEventColumnCount + 5);
    size_t mentions = ins.table("INSERT INTO mentions(event_id, ord, cp_start, cp_end, text) VALUES", 5);
    // Change numbers: the next ones under the writers' lock, not a sequence object, whose numbers
    // are spent even by a batch that rolls back; a killed ingest rerun must give the very store
    // an uninterrupted run gives (sequence numbers included), as SQLite's AUTOINCREMENT does.
    size_t changes = changes_table(ins);
    auto change = [&](const char* kind, const std::string& event_id) {
      ins.row(changes).text(now).text(kind).text(event_id).text(a.id);
      work_.in_feed.insert(event_id);
    };
    for (size_t i = 0; i < a.events.size(); ++i) {
      const auto& m = r.events[i];
      const EventRow& e = a.events[i];
      if (m.fate == Fate::kUnchanged) {
        // Only its place in the article's order may move; that is not a change of the event.
        Params o;
        o.integer(static_cast<int64_t>(i)).text(m.id);
        run(tx, "UPDATE events SET ord = $1 WHERE event_id = $2", o);
        ++result.events_unchanged;
        continue;
      }
      if (m.fate == Fate::kAdded) {
        Params& p = ins.row(inserts);
        p.text(m.id).text(a.id).integer(static_cast<int64_t>(i));
        for (const Value& v : e.values) p.value(v);
        p.text(e.party_keys[0]).text(e.party_keys[1]).text(contents[i]).text(now).text(now);
      } else {
        update_event(tx, m.id, i, e, contents[i], now);
      }
      for (size_t k = 0; k < e.mentions.size(); ++k)
        ins.row(mentions).text(m.id).integer(static_cast<int64_t>(k)).integer(e.mentions[k].start)
            .integer(e.mentions[k].end).text(e.mentions[k].text);
      change(m.fate == Fate::kUpdated ? "updated" : "added", m.id);
      ++(m.fate == Fate::kUpdated ? result.events_updated : result.events_added);
    }
    for (const std::string& dead : r.deleted) {
      Params t;
      t.text(now).text(dead);
      run(tx, "UPDATE events SET deleted_at = $1, updated_at = $1 WHERE event_id = $2", t);
      change("deleted", dead);
      ++result.events_deleted;
    }
    ins.send(*this, tx);
    bool events_changed = result.events_added || result.events_updated || result.events_deleted;
    result.fate = !existed ? ArticleFate::kNew
                  : (same && !events_changed) ? ArticleFate::kUnchanged
                                              : ArticleFate::kUpdated;
  }

  pqxx::connection conn_;
  std::function<std::string()> clock_;
  bool read_only_;
  std::unique_ptr<pqxx::work> tx_;  // the open batch
  bool batch_failed_ = false;       // a put of the open batch threw
  LabelWork work_;                  // what the open batch touched
};

}  // namespace

std::string redact_query_password(std::string out);

std::string redact_password(std::string_view url) {
  std::string out = redact_query_password(std::string(url));
  size_t scheme = out.find("://");
  if (scheme == std::string::npos) return out;
  size_t at = out.find('@', scheme + 3), slash = out.find('/', scheme + 3);
  if (at == std::string::npos || (slash != std::string::npos && slash < at)) return out;
  size_t colon = out.find(':', scheme + 3);
  if (colon != std::string::npos && colon < at) out.replace(colon + 1, at - colon - 1, "***");
  return out;
}

std::string redact_query_password(std::string out) {
  for (size_t at = out.find("password="); at != std::string::npos; at = out.find("password=", at + 1)) {
    size_t end = out.find('&', at);
    out.replace(at + 9, (end == std::string::npos ? out.size() : end) - at - 9, "***");
  }
  return out;
}

Status open_postgres_store(const std::string& url, const StoreOptions& options, std::unique_ptr<Store>& out) {
  out.reset();
  try {
    out = std::make_unique<PgStore>(url, options);
    return {};
  } catch (const pqxx::broken_connection& e) {
    return Status::error("cannot connect to PostgreSQL at " + redact_password(url) + ": " + one_line(e.what()));
  } catch (const std::exception& e) {
    return Status::error("PostgreSQL store " + redact_password(url) + ": " + one_line(e.what()));
  }
}

}  // namespace rasd::store

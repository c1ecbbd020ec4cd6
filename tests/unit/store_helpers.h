// Fixtures for the store tests: documents built by hand (so the tests pin the store's behaviour,
// not the engine's), temporary stores on each backend (a SQLite file, a database on the test
// PostgreSQL) and a dump of every table for comparing stores.
#pragma once

#include <gtest/gtest.h>
#include <sqlite3.h>

#include <unistd.h>

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "rasd/core/document.h"
#include "rasd/store/store.h"
#include "pg_test_server.h"

namespace rasd::store::test_support {

struct EventSpec {
  std::string type{};
  std::string trigger{};  // its first occurrence in the text is the mention
  std::string modality = "asserted";
  bool negated = false;
  std::optional<CivilDate> date{};
  std::string country{}, place{};
  std::vector<std::string> actors{}, recipients{};
  std::optional<double> dead{};
  std::vector<std::string> modes{};
  std::string admin1{};
  std::optional<uint32_t> geonames_id{};
  std::optional<double> lat{}, lon{};
};

inline Document make_doc(const std::string& id, const std::string& text, std::optional<CivilDate> published,
                         const std::vector<EventSpec>& events) {
  Document doc;
  doc.id = id;
  doc.text = text;
  doc.published = published;
  if (published) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", published->year, published->month, published->day);
    doc.published_raw = buf;
  }
  for (const EventSpec& s : events) {
    Event e;
    e.type = s.type;
    e.modality = s.modality;
    e.negated = s.negated;
    e.date = s.date;
    size_t at = text.find(s.trigger);
    EXPECT_NE(at, std::string::npos) << s.trigger;
    if (at != std::string::npos)
      e.mentions.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(at + s.trigger.size())});
    e.modes = s.modes;
    if (!s.country.empty() || !s.place.empty()) {
      EventPlace p;
      p.name = s.place;
      p.country = s.country;
      p.admin1 = s.admin1;
      p.geonames_id = s.geonames_id;
      p.lat = s.lat;
      p.lon = s.lon;
      p.precision = s.place.empty() ? "country" : "city";
      e.location = p;
    }
    for (const auto& a : s.actors) e.actor.push_back({a, "", "", -1, -1, 0});
    for (const auto& r : s.recipients) e.recipient.push_back({r, "", "", -1, -1, 0});
    if (s.dead) {
      EventCount c;
      c.quantity.value = *s.dead;
      e.counts.push_back({"dead", c});
    }
    doc.events.push_back(std::move(e));
  }
  return doc;
}

// A store file in a fresh temporary directory, removed at the end of the test.
class TempStore {
 public:
  TempStore() {
    dir_ = std::filesystem::temp_directory_path() /
           ("rasd-store-" + std::to_string(::getpid()) + "-" + std::to_string(counter()++));
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  ~TempStore() { std::filesystem::remove_all(dir_); }
  std::string path(const std::string& name = "store.db") const { return (dir_ / name).string(); }

 private:
  static int& counter() { static int n = 0; return n; }
  std::filesystem::path dir_;
};

// Every row of every table, in key order: two stores with equal dumps hold the same data.
inline const char* const kDumpQueries[] = {
    "SELECT * FROM articles ORDER BY id",          "SELECT * FROM events ORDER BY event_id",
    "SELECT * FROM mentions ORDER BY event_id, ord", "SELECT * FROM entities ORDER BY article_id, ord",
    "SELECT * FROM quotes ORDER BY article_id, ord", "SELECT * FROM errors ORDER BY article_id, ord",
    "SELECT * FROM changes ORDER BY seq",           "SELECT * FROM clusters ORDER BY cluster_id",
};

inline std::string dump(const std::string& path) {
  sqlite3* db = nullptr;
  EXPECT_EQ(sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
  std::string out;
  for (const char* q : kDumpQueries) {
    out += q;
    out += '\n';
    sqlite3_exec(
        db, q,
        [](void* o, int n, char** values, char**) {
          auto* s = static_cast<std::string*>(o);
          for (int i = 0; i < n; ++i) *s += (values[i] ? values[i] : "NULL") + std::string("\t");
          *s += '\n';
          return 0;
        },
        &out, nullptr);
  }
  sqlite3_close(db);
  return out;
}

// The same dump of a PostgreSQL store.
inline std::string dump_pg(const std::string& url) {
  std::string out;
  try {
    pqxx::connection c(url);
    pqxx::read_transaction tx(c);
    for (const char* q : kDumpQueries) {
      out += q;
      out += '\n';
      for (const pqxx::row& r : tx.exec(q)) {
        for (const pqxx::field& f : r) out += (f.is_null() ? std::string("NULL") : std::string(f.c_str(), f.size())) + "\t";
        out += '\n';
      }
    }
  } catch (const std::exception& e) {
    ADD_FAILURE() << "dump of " << url << ": " << e.what();
  }
  return out;
}

enum class Backend { kSqlite, kPostgres };

inline void PrintTo(Backend b, std::ostream* os) { *os << (b == Backend::kSqlite ? "SQLite" : "PostgreSQL"); }

inline std::string backend_name(const testing::TestParamInfo<Backend>& info) {
  return info.param == Backend::kSqlite ? "SQLite" : "PostgreSQL";
}

// Named empty stores of one backend for one test: SQLite files in a temporary directory, or
// fresh databases on the process's test PostgreSQL.
class BackendStores {
 public:
  explicit BackendStores(Backend backend) : backend_(backend) {
    if (backend_ == Backend::kPostgres && !PgTestServer::instance().ok())
      ADD_FAILURE() << "PostgreSQL store tests cannot run: " << PgTestServer::instance().error();
  }
  Backend backend() const { return backend_; }

  // The store URL of `name`; the same name gives the same store.
  std::string url(const std::string& name = "store") {
    if (backend_ == Backend::kSqlite) return tmp_.path(name + ".db");
    auto it = databases_.find(name);
    if (it != databases_.end()) return it->second;
    std::string u = "postgresql:///missing?host=/nonexistent";  // the server is missing: open fails
    if (PgTestServer::instance().ok()) {
      try {
        u = PgTestServer::instance().new_database();
      } catch (const std::exception& e) {
        ADD_FAILURE() << "cannot create a test database: " << e.what();
      }
    }
    return databases_[name] = u;
  }

  std::string dump(const std::string& name = "store") {
    return backend_ == Backend::kSqlite ? test_support::dump(url(name)) : dump_pg(url(name));
  }

 private:
  Backend backend_;
  TempStore tmp_;
  std::map<std::string, std::string> databases_;
};

// Runs one SQL statement on a store of either backend (to make a store as an older rasd left it).
inline void exec_sql(Backend backend, const std::string& url, const std::string& sql) {
  if (backend == Backend::kSqlite) {
    sqlite3* db = nullptr;
    ASSERT_EQ(sqlite3_open_v2(url.c_str(), &db, SQLITE_OPEN_READWRITE, nullptr), SQLITE_OK);
    char* err = nullptr;
    EXPECT_EQ(sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err), SQLITE_OK) << (err ? err : "");
    sqlite3_free(err);
    sqlite3_close(db);
    return;
  }
  try {
    pqxx::connection c(url);
    pqxx::work w(c);
    w.exec(sql);
    w.commit();
  } catch (const std::exception& e) {
    ADD_FAILURE() << sql << ": " << e.what();
  }
}

// `content` as a store of content version 1 holds it: the count rule and claims (the last
// members content_json writes) cut off.
inline std::string version1_content(const std::string& content) {
  size_t at = content.find(",\"count_rule\":");
  EXPECT_NE(at, std::string::npos) << content;
  return at == std::string::npos ? content : content.substr(0, at) + "}";
}

// Rewrites one event's stored content as content version 1 (no claims), on either backend.
inline void make_version1(Backend backend, const std::string& url, const std::string& event_id,
                          const std::string& content) {
  std::string quoted;
  for (char c : version1_content(content)) quoted += c == '\'' ? std::string("''") : std::string(1, c);
  exec_sql(backend, url, "UPDATE events SET content = '" + quoted + "' WHERE event_id = '" + event_id + "'");
}

}  // namespace rasd::store::test_support

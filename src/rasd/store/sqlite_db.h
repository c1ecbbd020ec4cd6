// A thin RAII layer over the SQLite C API for the SQLite store (sqlite_store.cpp): a connection,
// prepared statements with bind/step/column, and one exception type that the store turns into a
// Status at its public edge. Nothing here knows the schema.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace rasd::store::sqlite {

// A failed SQLite call; caught by SqliteStore and returned as a Status, never past the library.
struct DbError : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Stmt;

class Db {
 public:
  enum class Mode { kReadOnly, kReadWrite, kCreate };
  // Opens the database file; throws DbError with SQLite's message.
  Db(const std::string& path, Mode mode);
  ~Db();
  Db(const Db&) = delete;
  Db& operator=(const Db&) = delete;

  void exec(const char* sql);  // one or more statements without parameters
  sqlite3* handle() const { return db_; }
  [[noreturn]] void fail(std::string_view what) const;

 private:
  sqlite3* db_ = nullptr;
};

// A prepared statement; bind() is 1-based like SQLite, column() 0-based.
class Stmt {
 public:
  Stmt(Db& db, std::string_view sql);
  ~Stmt();
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Stmt& bind(int i, std::string_view v);
  Stmt& bind(int i, int64_t v);
  Stmt& bind(int i, double v);
  Stmt& bind_null(int i);
  Stmt& bind(int i, const std::string& v) { return bind(i, std::string_view(v)); }
  Stmt& bind(int i, const char* v) { return bind(i, std::string_view(v)); }
  Stmt& bind(int i, const std::optional<std::string>& v) { return v ? bind(i, std::string_view(*v)) : bind_null(i); }

  bool step();   // true: a row is ready; false: done. Throws on error.
  void run();    // step() through to the end (INSERT/UPDATE/DELETE)
  void reset();  // ready to bind and run again

  bool is_null(int c) const { return sqlite3_column_type(stmt_, c) == SQLITE_NULL; }
  int64_t integer(int c) const { return sqlite3_column_int64(stmt_, c); }
  double real(int c) const { return sqlite3_column_double(stmt_, c); }
  std::string text(int c) const;
  int type(int c) const { return sqlite3_column_type(stmt_, c); }

 private:
  Db& db_;
  sqlite3_stmt* stmt_ = nullptr;
};

}  // namespace rasd::store::sqlite

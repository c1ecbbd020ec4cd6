// The store's tables, once for every backend: the same tables, columns, keys and indexes, in
// each database's own type names, so a column added here (or to kEventColumns) appears in SQLite
// and PostgreSQL alike.
#pragma once

#include <string>

#include "rasd/store/rows.h"
#include "rasd/store/store.h"

namespace rasd::store {

struct SqlDialect {
  const char* text;     // a text column («TEXT», or with a byte-order collation)
  const char* integer;  // a 64-bit integer
  const char* real;     // a double
  const char* seq_key;  // the change feed's sequence column: an integer primary key, gap-free
};

inline constexpr SqlDialect kSqliteDialect{"TEXT", "INTEGER", "REAL", "INTEGER PRIMARY KEY AUTOINCREMENT"};
// Text compares byte by byte (COLLATE "C", the database's locale aside), as in SQLite, so ISO
// dates, times and ids sort and compare the same on both. seq is assigned under the writer's
// lock (postgres_store.cpp), not by a sequence that would skip numbers of rolled-back batches.
inline constexpr SqlDialect kPostgresDialect{"TEXT COLLATE \"C\"", "BIGINT", "DOUBLE PRECISION", "BIGINT PRIMARY KEY"};

// Every CREATE TABLE and CREATE INDEX statement (IF NOT EXISTS), separated by semicolons.
std::string schema_sql(const SqlDialect& d);

// What brings a store of schema version `from` to version from + 1; run in turn from the stored
// version up to kSchemaVersion, before schema_sql (its CREATE ... IF NOT EXISTS add what is
// missing). "" when no step is known, and such a store must be re-ingested.
std::string migration_sql(int from, const SqlDialect& d);

// What to do about a store of another schema version, for the error that refuses it: open it
// for writing to migrate it (kOldestMigratedSchema or newer), or re-ingest into a new store.
std::string version_hint(const std::string& stored);

// The type name of an event column of this kind (booleans are integers 0/1).
const char* column_type(const SqlDialect& d, Kind k);

}  // namespace rasd::store

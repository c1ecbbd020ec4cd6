// The PostgreSQL backend of the event store (store.h), for a team sharing one store: the same
// tables, ids, tombstones and change feed as the SQLite backend, through libpqxx 6.4 (Debian's
// libpqxx-dev, a C++ API over libpq; ../shared/notes/dashboard.md §4.3 measured it from C++20).
//
// A batch is one transaction. Writers take turns batch by batch (a transaction-scoped advisory
// lock), as SQLite's one writer does: two ingests never reconcile the same article at once, and
// change sequence numbers commit in order, so a reader's cursor never skips a late commit.
#pragma once

#include <memory>
#include <string>

#include "rasd/store/store.h"

namespace rasd::store {

// Connects to the libpq URI `url` ("postgresql://[user[:password]@][host][:port][/dbname][?k=v]",
// or "postgres://..."), creates the tables unless they exist (never when read-only) and checks the
// schema version. Errors name the server without its password.
Status open_postgres_store(const std::string& url, const StoreOptions& options, std::unique_ptr<Store>& out);

// `url` with any password replaced by "***", for messages.
std::string redact_password(std::string_view url);

}  // namespace rasd::store

// The SQLite backend of the event store (store.h): one file, WAL journal (readers never block
// the writer), one transaction per batch, synchronous=NORMAL (in WAL mode a process crash loses
// nothing committed; only a power cut may lose the last batches, never corrupt the file).
#pragma once

#include <memory>
#include <string>

#include "rasd/store/store.h"

namespace rasd::store {

// Opens or creates the store at `path`; checks the schema version.
Status open_sqlite_store(const std::string& path, const StoreOptions& options, std::unique_ptr<Store>& out);

}  // namespace rasd::store

// Read-only store connections for the server's workers. A Store serves one thread at a time
// (store.h), so each request borrows a connection and gives it back; connections are opened on
// demand and kept, at most one per worker that ever needed one.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "rasd/store/store.h"

namespace rasd::serve {

class StorePool {
 public:
  explicit StorePool(std::string url) : url_(std::move(url)) {}
  // Opens one connection now, so a missing or foreign store fails at start, not at the first request.
  store::Status check();
  // Runs `fn` with a borrowed connection; a connection whose call failed is dropped, not reused.
  store::Status with(const std::function<store::Status(store::Store&)>& fn);

 private:
  store::Status open(std::unique_ptr<store::Store>& out);
  std::string url_;
  std::mutex mutex_;
  std::vector<std::unique_ptr<store::Store>> idle_;
};

}  // namespace rasd::serve

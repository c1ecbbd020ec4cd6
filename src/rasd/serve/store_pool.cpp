#include "rasd/serve/store_pool.h"

namespace rasd::serve {

store::Status StorePool::open(std::unique_ptr<store::Store>& out) {
  store::StoreOptions options;
  options.read_only = true;  // the server never writes: a bug here cannot damage the store
  return store::open_store(url_, options, out);
}

store::Status StorePool::check() {
  std::unique_ptr<store::Store> s;
  if (store::Status st = open(s); !st) return st;
  // A read proves the file is a rasd store, not just a readable SQLite file.
  store::EventQuery q;
  q.article = "\x01";
  if (store::Status st = s->query(q, [](const store::StoredEvent&) {}); !st) return st;
  std::lock_guard lock(mutex_);
  idle_.push_back(std::move(s));
  return {};
}

store::Status StorePool::with(const std::function<store::Status(store::Store&)>& fn) {
  std::unique_ptr<store::Store> s;
  {
    std::lock_guard lock(mutex_);
    if (!idle_.empty()) {
      s = std::move(idle_.back());
      idle_.pop_back();
    }
  }
  if (!s)
    if (store::Status st = open(s); !st) return st;
  store::Status st = fn(*s);
  if (st) {
    std::lock_guard lock(mutex_);
    idle_.push_back(std::move(s));
  }
  return st;
}

}  // namespace rasd::serve

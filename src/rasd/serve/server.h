// `rasd serve`: the JSON API (api.h) and the dashboard's files over HTTP, on cpp-httplib.
// Hardening (issue 18): loopback by default, the store opened read-only, bounded requests
// (payload, URI, path, timeouts), multi-range requests refused, static files only from inside
// the dashboard folder, a content security policy of 'self', and a worker pool sized for
// browsers' keep-alive connections.
#pragma once

#include <memory>
#include <string>

#include "rasd/store/store.h"

namespace rasd::serve {

struct ServeOptions {
  std::string db = "rasd.db";
  std::string host = "127.0.0.1";
  int port = 8080;            // 0: any free port (tests)
  std::string static_dir;     // the dashboard's folder; empty: API only
  size_t workers = 128;       // see server.cpp for why this many
  size_t keep_alive_requests = 5;  // per connection, then it is closed and requeued (fairness)
  bool log = false;           // one line per request on stderr
};

class Server {
 public:
  Server();
  ~Server();
  // Opens the store and binds; `bound_port` is the port listened on.
  store::Status start(const ServeOptions& options, int& bound_port);
  // Serves until stop(); returns false when listening failed.
  bool run();
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rasd::serve

// cpp-httplib from Debian (libcpp-httplib-dev 0.11, a compiled library: linked, not header-only,
// so security fixes such as CVE-2023-26130 arrive with Debian's updates). Its compiled-in
// defaults need changing before it faces a browser (../shared/notes/dashboard.md §4.1):
// - CPPHTTPLIB_THREAD_POOL_COUNT is baked into the .so; the pool is set with new_task_queue.
//   One worker is pinned per keep-alive connection (a browser opens about six), and connections
//   beyond the pool wait in a FIFO behind whole keep-alive sessions: with 32 workers, 200 wrk
//   connections saw 2 s waits and timeouts; with 128 none (bench/serve-load.sh). An idle worker
//   costs a stack, not CPU, so the pool is sized for connections, not cores; keep-alive is short.
// - The payload limit is unlimited by default; this API reads no bodies.
// - 0.11 builds every part of a multi-range response in memory: such requests are refused.
// - The listen backlog is 5 in the .so: a burst of browsers or a load test overflows it and the
//   dropped SYNs come back after 1, 3, 7 s. The bound socket is given a real backlog.
// - Static files go through our own handler, not set_mount_point, so the path check, MIME
//   types (.geojson) and headers are ours.
#include "rasd/serve/server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "rasd/serve/api.h"
#include "rasd/serve/static_files.h"
#include "rasd/serve/store_pool.h"

namespace rasd::serve {

namespace {
constexpr size_t kMaxPath = 1024;            // longer paths are not ours (and std::regex recurses on them)
constexpr size_t kMaxPayload = 64 * 1024;    // GET-only API: nothing large is ever sent to us
constexpr size_t kMaxHeaders = 64;           // browsers send about 15
constexpr const char* kCsp =
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

void send(const Reply& r, httplib::Response& res) {
  res.status = r.status;
  for (const auto& [k, v] : r.headers) res.set_header(k, v);
  if (r.stream) {
    auto stream = r.stream;
    res.set_chunked_content_provider(r.content_type, [stream](size_t, httplib::DataSink& sink) {
      bool ok = stream([&sink](std::string_view chunk) { return sink.write(chunk.data(), chunk.size()); });
      if (ok) sink.done();
      return ok;  // false cuts the connection: a truncated export must not look whole
    });
  } else {
    res.set_content(r.body, r.content_type);
  }
}

void send_error(httplib::Response& res, int status, const std::string& message) { send(error_reply(status, message), res); }

}  // namespace

// The listening socket is protected in httplib::Server; this is the only reason to derive.
struct HttpServer : httplib::Server {
  bool widen_backlog() { return ::listen(svr_sock_, SOMAXCONN) == 0; }
};

struct Server::Impl {
  HttpServer http;
  std::unique_ptr<StorePool> pool;
  std::unique_ptr<StaticFiles> files;
};

Server::Server() : impl_(std::make_unique<Impl>()) {}
Server::~Server() { stop(); }

store::Status Server::start(const ServeOptions& o, int& bound_port) {
  impl_->pool = std::make_unique<StorePool>(o.db);
  if (store::Status s = impl_->pool->check(); !s) return s;
  if (!o.static_dir.empty()) {
    impl_->files = std::make_unique<StaticFiles>();
    if (std::string e = impl_->files->open(o.static_dir); !e.empty()) return store::Status::error(e);
  }
  HttpServer& http = impl_->http;
  size_t workers = o.workers;
  http.new_task_queue = [workers] { return new httplib::ThreadPool(workers); };
  http.set_keep_alive_max_count(o.keep_alive_requests);
  http.set_keep_alive_timeout(2);
  http.set_read_timeout(5);
  http.set_write_timeout(10);
  http.set_payload_max_length(kMaxPayload);
  http.set_tcp_nodelay(true);
  http.set_default_headers({{"Content-Security-Policy", kCsp},
                            {"X-Content-Type-Options", "nosniff"},
                            {"Referrer-Policy", "no-referrer"},
                            {"Cross-Origin-Resource-Policy", "same-origin"}});
  http.set_pre_routing_handler([](const httplib::Request& req, httplib::Response& res) {
    if (req.method != "GET" && req.method != "HEAD") {
      send_error(res, 405, "only GET and HEAD are served");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.path.size() > kMaxPath || req.target.size() > 4 * kMaxPath) {
      send_error(res, 414, "the path is too long");
      return httplib::Server::HandlerResponse::Handled;
    }
    // One header line is capped at 8 KiB inside the library (a 400); their number is not.
    if (req.headers.size() > kMaxHeaders) {
      send_error(res, 431, "too many request headers");
      return httplib::Server::HandlerResponse::Handled;
    }
    if (req.ranges.size() > 1) {
      // 0.11 applies a request's ranges to whatever is answered, this error included; the
      // Request is the server's own non-const object, so dropping them here is sound.
      const_cast<httplib::Request&>(req).ranges.clear();
      send_error(res, 416, "multi-range requests are not served");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  StorePool* pool = impl_->pool.get();
  http.Get(R"(/api/v1/(.*))", [pool](const httplib::Request& req, httplib::Response& res) {
    size_t q = req.target.find('?');
    std::string qs = q == std::string::npos ? std::string() : req.target.substr(q + 1);
    Reply r = route_api(*pool, std::string_view(req.path).substr(8), req.params, qs);
    r.headers.push_back({"Cache-Control", "no-store"});
    send(r, res);
  });
  http.Get(R"(/api(/.*)?)", [](const httplib::Request&, httplib::Response& res) {
    send_error(res, 404, "the API lives under /api/v1/");
  });
  StaticFiles* files = impl_->files.get();
  http.Get(R"(/.*)", [files](const httplib::Request& req, httplib::Response& res) {
    if (!files) return send_error(res, 404, "no dashboard folder (--static) is served");
    StaticFiles::File f;
    if (std::string e = files->find(req.path, f); !e.empty()) return send_error(res, 404, e);
    res.set_content(std::move(f.body), f.content_type);
    res.set_header("Cache-Control", "no-cache");
  });
  // cpp-httplib's own errors (400 on a bad request line, 413, 416) come with an empty body: give
  // them the API's JSON. Ours already have one and are left alone (Unhandled), which also keeps
  // 0.11 from applying a request's ranges to an error body.
  http.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    send_error(res, res.status, res.status == 413 ? "the request is too large" : "the request was refused");
    return httplib::Server::HandlerResponse::Handled;
  }));
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr) {
    send_error(res, 500, "internal error");
  });
  if (o.log)
    http.set_logger([](const httplib::Request& req, const httplib::Response& res) {
      std::fprintf(stderr, "%d %s %s\n", res.status, req.method.c_str(), req.target.c_str());
    });
  int port = o.port == 0 ? http.bind_to_any_port(o.host) : (http.bind_to_port(o.host, o.port) ? o.port : -1);
  if (port < 0) return store::Status::error("cannot listen on " + o.host + ":" + std::to_string(o.port));
  if (!http.widen_backlog()) return store::Status::error("cannot set the listen backlog");
  bound_port = port;
  return {};
}

bool Server::run() { return impl_->http.listen_after_bind(); }

void Server::stop() {
  if (impl_ && impl_->http.is_running()) impl_->http.stop();
}

}  // namespace rasd::serve

// `rasd serve`: the HTTP API and the dashboard (src/rasd/serve/). A thin front: options in,
// server up until SIGINT/SIGTERM.
#include "serve_command.h"

#include <csignal>
#include <cstdio>
#include <filesystem>
#include <memory>

#include "rasd/serve/server.h"

namespace rasd::cli {
namespace {

serve::Server* g_server = nullptr;

extern "C" void on_signal(int) {
  // stop() only flips a flag and shuts the listening socket down: safe enough from a handler.
  if (g_server) g_server->stop();
}

int run(serve::ServeOptions o, bool static_given) {
  // The built-in dashboard folder is the source tree's web/; a binary run elsewhere serves the
  // API alone rather than refusing to start. A folder named with --static must exist.
  std::error_code ec;
  if (!static_given && !std::filesystem::is_directory(o.static_dir, ec)) o.static_dir.clear();
  serve::Server server;
  int port = 0;
  if (store::Status s = server.start(o, port); !s) {
    std::fprintf(stderr, "rasd serve: %s\n", s.message.c_str());
    return 3;
  }
  g_server = &server;
  std::signal(SIGINT, on_signal);
  std::signal(SIGTERM, on_signal);
  std::fprintf(stderr, "rasd serve: http://%s:%d/ (store %s%s)\n", o.host.c_str(), port, o.db.c_str(),
               o.static_dir.empty() ? ", API only" : "");
  bool ok = server.run();
  g_server = nullptr;
  return ok ? 0 : 3;
}

}  // namespace

void add_serve_command(CLI::App& app, int& exit_code) {
  auto o = std::make_shared<serve::ServeOptions>();
#ifdef RASD_WEB_DIR
  o->static_dir = RASD_WEB_DIR;
#endif
  CLI::App* cmd = app.add_subcommand("serve", "Serve the store over an HTTP JSON API and the dashboard");
  cmd->footer(
      "The API is under /api/v1/ (events, events/{id}, articles/{id}, aggregate, changes, export,\n"
      "meta); the dashboard is at /. Listens on loopback unless --host says otherwise; the store\n"
      "is opened read-only. Exit status: 0 stopped; 2 usage error; 3 store or socket error.");
  cmd->add_option("--db", o->db, "Store: a SQLite file PATH or sqlite:PATH")->capture_default_str();
  cmd->add_option("--host", o->host, "Address to listen on")->capture_default_str();
  cmd->add_option("--port", o->port, "Port (0: any free port)")->check(CLI::Range(0, 65535))->capture_default_str();
  CLI::Option* static_opt = cmd->add_option("--static", o->static_dir, "The dashboard's folder (web/)")->capture_default_str();
  cmd->add_option("--workers", o->workers, "Worker threads: one per open connection (browsers keep several alive)")
      ->check(CLI::Range(2, 256))->capture_default_str();
  cmd->add_option("--keep-alive-requests", o->keep_alive_requests,
                  "Requests per connection before it is closed, so waiting connections get a worker")
      ->check(CLI::Range(1, 1000))->capture_default_str();
  cmd->add_flag("--log", o->log, "One line per request on stderr");
  cmd->callback([o, static_opt, &exit_code] { exit_code = run(*o, static_opt->count() > 0); });
}

}  // namespace rasd::cli

// A throw-away PostgreSQL for the store tests: initdb into a temporary directory, a server on a
// unix socket in that directory (no TCP port, no /run/postgresql, no systemd), started once per
// test process on first use and stopped and deleted when the process ends. As root it runs as the
// `postgres` user (initdb refuses root), the recipe of ../shared/notes/dashboard.md §4.4.
//
// When the PostgreSQL binaries are missing, error() says so and the PostgreSQL cases FAIL: a CI
// without them must not pass by skipping (scripts/install-deps installs postgresql-15).
// A process that dies (a crash, a timeout) leaves its server behind: the directory names its
// process, and the next start stops and deletes the servers of processes no longer alive.
#pragma once

#include <pqxx/pqxx>
#include <pwd.h>
#include <signal.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace rasd::store::test_support {

class PgTestServer {
 public:
  // The process's server, started on the first call.
  static PgTestServer& instance() {
    static PgTestServer server;
    return server;
  }

  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  // A libpq URI for a new, empty database (a fresh one per call).
  std::string new_database() {
    static int n = 0;
    std::string name = "rasd_test_" + std::to_string(::getpid()) + "_" + std::to_string(n++);
    pqxx::connection admin(url("postgres"));
    pqxx::nontransaction tx(admin);
    tx.exec("CREATE DATABASE " + name);
    return url(name);
  }

  std::string url(const std::string& database) const {
    return "postgresql:///" + database + "?host=" + dir_ + "&port=" + std::to_string(kPort) + "&user=rasd";
  }

  ~PgTestServer() {
    // A forked child that exits normally must not stop its parent's server.
    if (started_ && ::getpid() == owner_) run(as_owner() + "'" + bin_ + "/pg_ctl' -D '" + dir_ + "/data' -m immediate -w stop >/dev/null 2>&1");
    if (!dir_.empty() && ::getpid() == owner_) std::filesystem::remove_all(dir_);
  }

 private:
  static constexpr int kPort = 55432;

  PgTestServer() : owner_(::getpid()) {
    bin_ = find_bin();
    if (bin_.empty()) {
      error_ = "PostgreSQL server binaries (initdb, pg_ctl) not found: install postgresql-15 (scripts/install-deps) "
               "or set RASD_PG_BIN";
      return;
    }
    reap_orphans();
    std::string tmpl = "/tmp/rasd-pg-" + std::to_string(owner_) + "-XXXXXX";
    if (!::mkdtemp(tmpl.data())) {
      error_ = "cannot create a temporary directory";
      return;
    }
    dir_ = tmpl;
    if (::geteuid() == 0) {
      struct passwd* pw = ::getpwnam("postgres");
      if (!pw) {
        error_ = "running as root and there is no 'postgres' user to run the server as";
        return;
      }
      if (::chown(dir_.c_str(), pw->pw_uid, pw->pw_gid) != 0) {
        error_ = "cannot hand " + dir_ + " to the postgres user";
        return;
      }
    }
    // -N: no fsync (a test server); trust on the socket in a private directory.
    if (run(as_owner() + "'" + bin_ + "/initdb' -N -D '" + dir_ + "/data' -U rasd --auth=trust -E UTF8 --locale=C.UTF-8 >'" +
            dir_ + "/initdb.log' 2>&1") != 0) {
      error_ = "initdb failed (see " + dir_ + "/initdb.log)";
      return;
    }
    started_ = run(as_owner() + "'" + bin_ + "/pg_ctl' -D '" + dir_ + "/data' -l '" + dir_ + "/server.log' -w start -o \"" +
                   "-c listen_addresses='' -c unix_socket_directories='" + dir_ + "' -c port=" + std::to_string(kPort) +
                   " -c fsync=off -c full_page_writes=off\" >/dev/null 2>&1") == 0;
    if (!started_) error_ = "the test PostgreSQL did not start (see " + dir_ + "/server.log)";
  }

  void reap_orphans() const {
    std::error_code ec;
    for (const auto& d : std::filesystem::directory_iterator("/tmp", ec)) {
      std::string name = d.path().filename().string();
      if (!name.starts_with("rasd-pg-")) continue;
      pid_t pid = static_cast<pid_t>(std::atol(name.c_str() + 8));
      if (pid <= 0 || ::kill(pid, 0) == 0 || errno != ESRCH) continue;
      run(as_owner() + "'" + bin_ + "/pg_ctl' -D '" + d.path().string() + "/data' -m immediate -w stop >/dev/null 2>&1");
      std::filesystem::remove_all(d.path(), ec);
    }
  }

  std::string as_owner() const { return ::geteuid() == 0 ? "runuser -u postgres -- " : ""; }

  static int run(const std::string& command) { return std::system(command.c_str()); }

  static std::string find_bin() {
    std::vector<std::string> candidates;
    if (const char* env = std::getenv("RASD_PG_BIN")) candidates.push_back(env);
    std::error_code ec;
    for (const auto& d : std::filesystem::directory_iterator("/usr/lib/postgresql", ec))
      candidates.push_back((d.path() / "bin").string());
    for (const auto& c : candidates)
      if (std::filesystem::exists(c + "/initdb") && std::filesystem::exists(c + "/pg_ctl")) return c;
    return {};
  }

  pid_t owner_;
  std::string bin_, dir_, error_;
  bool started_ = false;
};

}  // namespace rasd::store::test_support

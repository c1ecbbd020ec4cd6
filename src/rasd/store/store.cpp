#include "rasd/store/store.h"

#include <chrono>
#include <cstdio>
#include <ctime>

#include "rasd/store/sqlite_store.h"

namespace rasd::store {

std::string utc_now() {
  using namespace std::chrono;
  auto now = system_clock::now();
  auto ms = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
  std::time_t t = system_clock::to_time_t(now);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[80];  // room for any int the format could print
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1,
                tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms));
  return buf;
}

Status open_store(std::string_view url, const StoreOptions& options, std::unique_ptr<Store>& out) {
  out.reset();
  std::string_view path = url;
  if (path.starts_with("sqlite://")) path.remove_prefix(9);
  else if (path.starts_with("sqlite:")) path.remove_prefix(7);
  else if (size_t colon = path.find("://"); colon != std::string_view::npos)
    return Status::error("unsupported store URL '" + std::string(url) +
                         "': this rasd stores into SQLite (a file path or sqlite:PATH)");
  if (path.empty()) return Status::error("empty store path");
  return open_sqlite_store(std::string(path), options, out);
}

}  // namespace rasd::store

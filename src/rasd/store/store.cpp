#include "rasd/store/store.h"

#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>

#include "rasd/store/postgres_store.h"
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

std::optional<std::string> change_cursor(std::string_view since) {
  if (!since.empty() && since.find_first_not_of("0123456789") == std::string_view::npos) return std::string(since);
  if (since.ends_with("Z")) since.remove_suffix(1);
  auto digits = [&](size_t at, size_t n) {
    if (at + n > since.size()) return false;
    for (size_t i = at; i < at + n; ++i)
      if (since[i] < '0' || since[i] > '9') return false;
    return true;
  };
  if (!digits(0, 4) || since.size() < 10 || since[4] != '-' || !digits(5, 2) || since[7] != '-' || !digits(8, 2))
    return std::nullopt;
  std::string out(since.substr(0, 10));
  if (since.size() == 10) return out;
  // The time: HH:MM, then optional :SS and .fraction (milliseconds kept, padded).
  if (since[10] != 'T' || !digits(11, 2) || since.size() < 16 || since[13] != ':' || !digits(14, 2)) return std::nullopt;
  out += since.substr(10, 6);
  std::string sec = "00", frac;
  size_t i = 16;
  if (i < since.size()) {
    if (since[i] != ':' || !digits(i + 1, 2)) return std::nullopt;
    sec = std::string(since.substr(i + 1, 2));
    i += 3;
    if (i < since.size()) {
      if (since[i] != '.' || i + 1 == since.size()) return std::nullopt;
      frac = std::string(since.substr(i + 1));
      if (frac.find_first_not_of("0123456789") != std::string::npos) return std::nullopt;
    }
  }
  frac = (frac + "000").substr(0, 3);
  return out + ":" + sec + "." + frac + "Z";
}

std::optional<BoundingBox> parse_bbox(std::string_view text) {
  double v[4];
  for (int i = 0; i < 4; ++i) {
    size_t comma = text.find(',');
    if ((i < 3) == (comma == std::string_view::npos)) return std::nullopt;
    std::string_view part = text.substr(0, comma);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    auto r = std::from_chars(part.data(), part.data() + part.size(), v[i]);
    if (part.empty() || r.ec != std::errc() || r.ptr != part.data() + part.size() || !std::isfinite(v[i]))
      return std::nullopt;
    text = i < 3 ? text.substr(comma + 1) : std::string_view();
  }
  BoundingBox b{v[0], v[1], v[2], v[3]};
  if (std::fabs(b.min_lon) > 180 || std::fabs(b.max_lon) > 180 || std::fabs(b.min_lat) > 90 ||
      std::fabs(b.max_lat) > 90 || b.min_lat > b.max_lat)
    return std::nullopt;
  return b;
}

Status open_store(std::string_view url, const StoreOptions& options, std::unique_ptr<Store>& out) {
  out.reset();
  if (url.starts_with("postgresql://") || url.starts_with("postgres://"))
    return open_postgres_store(std::string(url), options, out);
  std::string_view path = url;
  if (path.starts_with("sqlite://")) path.remove_prefix(9);
  else if (path.starts_with("sqlite:")) path.remove_prefix(7);
  else if (size_t colon = path.find("://"); colon != std::string_view::npos)
    return Status::error("unsupported store URL '" + std::string(url) +
                         "': a store is a SQLite file (PATH or sqlite:PATH) or a PostgreSQL database "
                         "(postgresql://...)");
  if (path.empty()) return Status::error("empty store path");
  return open_sqlite_store(std::string(path), options, out);
}

}  // namespace rasd::store

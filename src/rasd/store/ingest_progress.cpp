#include "rasd/store/ingest_progress.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace rasd::store {

std::string duration_text(double seconds) {
  long s = std::lround(std::max(0.0, seconds));
  char buf[32];
  if (s < 60) std::snprintf(buf, sizeof buf, "%lds", s);
  else if (s < 3600) std::snprintf(buf, sizeof buf, "%ldm%02lds", s / 60, s % 60);
  else std::snprintf(buf, sizeof buf, "%ldh%02ldm", s / 3600, (s % 3600) / 60);
  return buf;
}

std::string progress_line(const ProgressSample& s) {
  std::string out = std::to_string(s.articles) + (s.articles == 1 ? " article" : " articles");
  char buf[64];
  // A rate over less than a second is noise.
  if (s.seconds >= 1) {
    std::snprintf(buf, sizeof buf, ", %.1f/s", s.articles / s.seconds);
    out += buf;
  }
  if (s.bytes_total > 0) {
    double share = std::min(1.0, static_cast<double>(s.bytes_done) / static_cast<double>(s.bytes_total));
    std::snprintf(buf, sizeof buf, ", %d%%", static_cast<int>(share * 100));
    out += buf;
    if (s.seconds >= 1 && share > 0 && share < 1)
      out += ", " + duration_text(s.seconds * (1 - share) / share) + " left";
  }
  return out;
}

}  // namespace rasd::store

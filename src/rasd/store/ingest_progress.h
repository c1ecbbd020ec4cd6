// The progress line `rasd ingest` redraws on a terminal during a long ingest: articles done,
// rate, share of the input read and time left. Time left is extrapolated from bytes read, the
// one measure known in advance for every input format (a JSON Lines file has no article count
// until it is read); without a known total (a pipe) the line shows only articles and rate.
#pragma once

#include <cstdint>
#include <string>

namespace rasd::store {

struct ProgressSample {
  size_t articles = 0;
  double seconds = 0;           // since the ingest began
  uint64_t bytes_done = 0;
  uint64_t bytes_total = 0;     // 0: unknown
};

// "1234 articles, 56.7/s, 37%, 2m05s left" (parts that cannot be known yet are left out).
std::string progress_line(const ProgressSample& s);

// "45s", "2m05s", "1h02m".
std::string duration_text(double seconds);

}  // namespace rasd::store

#include "rasd/actors/ner/clusters.h"

#include <charconv>

#include "rasd/core/table.h"

namespace rasd::actors::ner {
namespace {
int to_int(std::string_view s) {
  int v = -1;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}
}  // namespace

WordClusters::WordClusters() {
  const data::Table& t = data::table("ner/clusters");
  int word = t.column("word"), fine = t.column("fine"), coarse = t.column("coarse");
  uint64_t h = 1469598103934665603ull;
  map_.reserve(t.rows());
  for (size_t r = 0; r < t.rows(); ++r) {
    std::string_view w = t.at(r, static_cast<size_t>(word));
    Cluster c{to_int(t.at(r, static_cast<size_t>(fine))), to_int(t.at(r, static_cast<size_t>(coarse)))};
    map_.emplace(w, c);
    for (size_t col = 0; col < t.columns.size(); ++col) {
      for (unsigned char ch : t.at(r, col)) { h ^= ch; h *= 1099511628211ull; }
      h ^= '\t'; h *= 1099511628211ull;
    }
  }
  fingerprint_ = h;
}

const WordClusters& WordClusters::get() {
  static const WordClusters clusters;
  return clusters;
}

Cluster WordClusters::of(std::string_view stem) const {
  auto it = map_.find(stem);
  return it == map_.end() ? Cluster{} : it->second;
}

}  // namespace rasd::actors::ner

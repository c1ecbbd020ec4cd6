// Word clusters for the name tagger's features: data/ner/clusters.tsv (compiled in), written at
// import time by tools/ner_clusters.cpp from 50k unlabelled news articles. A name the labelled
// data never showed still shares a cluster with names it did («ساركوزي» with «نتنياهو»).
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "rasd/core/hash.h"

namespace rasd::actors::ner {

struct Cluster {
  int fine = -1, coarse = -1;  // -1: not among the clustered words (rare: itself a name signal)
};

class WordClusters {
 public:
  static const WordClusters& get();  // built on first use, thread-safely
  // By the tokenizer's stem (normalised key without proclitics).
  Cluster of(std::string_view stem) const;
  size_t size() const { return map_.size(); }
  // FNV-1a of the table's cells, recorded in the model so a retrained table is noticed.
  uint64_t fingerprint() const { return fingerprint_; }

 private:
  WordClusters();
  std::unordered_map<std::string_view, Cluster, StringHash> map_;  // views into the compiled-in table
  uint64_t fingerprint_ = 0;
};

}  // namespace rasd::actors::ner

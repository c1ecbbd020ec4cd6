// Clusters of stored events as JSON Lines: one object per happening told by several articles,
// with its members and every member's figures side by side (the disputed counts across outlets:
// each telling's value, outlet and article; none is chosen over the others here).
#pragma once

#include <string>
#include <vector>

#include "rasd/store/clusters.h"
#include "rasd/store/store.h"

namespace rasd::store {

// Groups stored events (store/clusters.h) and appends one line per cluster of at least
// `min_articles` articles, largest first, then by first report.
void append_clusters_jsonl(const std::vector<StoredEvent>& events, size_t min_articles, std::string& out,
                           const ClusterOptions& options = {});

}  // namespace rasd::store

// Clusters of stored events as JSON Lines: one object per happening told by several articles,
// with its members and every member's figures side by side (the disputed counts across outlets:
// each telling's value, outlet and article; none is chosen over the others here).
#pragma once

#include <string>
#include <vector>

#include "rasd/store/clusters.h"
#include "rasd/store/store.h"

namespace rasd::store {

// The clusters the store labelled these events with (StoredEvent::cluster_id), with the stored
// cluster's articles, outlets and first report (the whole cluster's, whatever query chose the events).
std::vector<Cluster> stored_clusters(const std::vector<StoredEvent>& events);

// Appends one line per cluster (members index `events`) of at least `min_articles` articles,
// largest first, then by first report.
void append_clusters_jsonl(const std::vector<StoredEvent>& events, std::vector<Cluster> clusters,
                           size_t min_articles, std::string& out);

}  // namespace rasd::store

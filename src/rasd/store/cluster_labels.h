// The store's cluster labels (clusters.h grouping, kept in events.cluster_id and the clusters
// table): which events a batch's writes may regroup, and regrouping them, in the SQL both
// backends run. Called inside the batch's transaction, after its articles are written.
//
// Grouping only joins events at most cluster_reach() days apart, so a batch's writes can move
// labels only near the days its events had before and have now. The labels redone are those of
// every event within twice the reach of those days (the neighbours' neighbours, whose best
// match may change), of the written articles, and of every member of a cluster any of them was
// in (so no stored cluster is left half relabelled). Outside that window the labels stay as they
// are; a full relabel (migration) groups the whole store at once.
//
// A live event whose label, or whose cluster's article or outlet count, changes is an updated
// event: a downstream copy following the change feed must learn that it now tells one happening
// with others. Events the batch already put in the feed (added, updated, deleted) are not
// recorded twice, and tombstones are not brought back into it.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "rasd/store/clusters.h"
#include "rasd/store/rows.h"
#include "rasd/store/store.h"

namespace rasd::store {

// What a batch's writes touched.
struct LabelWork {
  std::set<std::string> articles;  // written articles
  std::set<long> days;             // days (cluster_day) their events had before the writes
  std::set<std::string> clusters;  // labels their events had before the writes
  std::set<std::string> in_feed;   // events the batch's writes already put in the change feed
  bool everything = false;         // relabel the whole store
  bool empty() const { return articles.empty() && !everything; }
};

// The backend's side: run SQL with numbered parameters.
struct LabelSql {
  std::function<std::string(size_t)> marker;  // the n-th parameter's marker, 1-based ("?n", "$n")
  // Events selected by label_select_sql() + where; each read as a StoredEvent (columns only).
  std::function<void(const std::string& where, const std::vector<Value>& args,
                     const std::function<void(const StoredEvent&)>& sink)>
      events;
  std::function<void(const std::string& sql, const std::vector<Value>& args)> exec;
  // The events labelling changed, as (event id, article id): the backend bumps their updated_at
  // and appends an 'updated' change for each, in this order, in the same transaction.
  std::function<void(const std::vector<std::pair<std::string, std::string>>& events)> updated;
};

// Before an article's events are rewritten: their days and labels, into `work`.
void note_article(const LabelSql& sql, const std::string& article_id, LabelWork& work);

// After the writes: regroups the events `work` reaches and writes the labels and cluster rows
// that changed (none when nothing did, so an unchanged store stays byte for byte the same).
// Clears `work`.
void relabel(const LabelSql& sql, LabelWork& work, const ClusterOptions& options = {});

}  // namespace rasd::store

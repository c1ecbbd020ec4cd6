#include "rasd/store/cluster_labels.h"

#include <map>
#include <optional>
#include <tuple>

#include "rasd/core/civil_date.h"

namespace rasd::store {
namespace {

ClusterEvent cluster_event(const StoredEvent& e) {
  return ClusterEvent::from(e.row, e.event_id, e.article_id, e.outlet.value_or(""), e.published.value_or(""));
}

std::string iso(long day) { return to_iso(civil_from_days(day)); }

// A cluster row as stored: events, articles, outlets, first report.
using ClusterRow = std::tuple<int64_t, int64_t, int64_t, std::optional<std::string>>;

class Relabel {
 public:
  explicit Relabel(const LabelSql& sql) : sql_(sql) {}

  // Reads the events `where` selects into the set (each once).
  void read(const std::string& where, const std::vector<Value>& args) {
    sql_.events(where, args, [&](const StoredEvent& e) {
      if (events_.count(e.event_id)) return;
      if (e.cluster_id) {
        if (!old_rows_.count(*e.cluster_id))
          old_rows_[*e.cluster_id] = {e.cluster_events, e.cluster_articles, e.cluster_outlets, e.first_report};
        if (!done_clusters_.count(*e.cluster_id)) pending_.insert(*e.cluster_id);
      }
      events_.emplace(e.event_id, e);
    });
  }

  // " IN (m1, m2, ...)" over `values`, in chunks a statement can hold.
  template <class F>
  void in_chunks(const std::string& head, const std::vector<std::string>& values, F run) {
    for (size_t at = 0; at < values.size(); at += 500) {
      std::vector<Value> args;
      std::string sql = head + " IN (";
      for (size_t i = at; i < values.size() && i < at + 500; ++i) {
        args.emplace_back(values[i]);
        sql += (i > at ? ", " : "") + sql_.marker(args.size());
      }
      run(sql + ")", args);
    }
  }

  // Every member of these clusters.
  void read_clusters(const std::set<std::string>& clusters) {
    std::vector<std::string> ids;
    for (const std::string& c : clusters)
      if (done_clusters_.insert(c).second) ids.push_back(c);
    in_chunks(" WHERE e.cluster_id", ids, [&](const std::string& w, const std::vector<Value>& a) { read(w, a); });
  }

  // Every member of every cluster met so far: a stored cluster is relabelled whole or not at all.
  void close_clusters() {
    while (!pending_.empty()) {
      std::set<std::string> ids;
      ids.swap(pending_);
      read_clusters(ids);
    }
  }

  const std::map<std::string, StoredEvent>& events() const { return events_; }

  void write(const ClusterOptions& options, const std::set<std::string>& in_feed) {
    std::vector<const StoredEvent*> live;
    for (const auto& [id, e] : events_)
      if (!e.deleted_at) live.push_back(&e);
    std::vector<ClusterEvent> input;
    input.reserve(live.size());
    for (const StoredEvent* e : live) input.push_back(cluster_event(*e));
    std::map<std::string, std::string> label;  // event id -> cluster id
    std::map<std::string, ClusterRow> rows;
    for (const Cluster& c : cluster_events(input, options)) {
      for (size_t m : c.members) label[live[m]->event_id] = c.id;
      rows[c.id] = {static_cast<int64_t>(c.members.size()), static_cast<int64_t>(c.articles),
                    static_cast<int64_t>(c.outlets),
                    c.first_report.empty() ? std::nullopt : std::optional<std::string>(c.first_report)};
    }
    std::vector<std::pair<std::string, std::string>> updated;
    for (const auto& [id, e] : events_) {
      auto it = label.find(id);
      std::optional<std::string> now = it == label.end() ? std::nullopt : std::optional<std::string>(it->second);
      bool relabelled = now != e.cluster_id;
      if (relabelled)
        sql_.exec("UPDATE events SET cluster_id = " + sql_.marker(1) + " WHERE event_id = " + sql_.marker(2),
                  {now ? Value(*now) : Value(), Value(id)});
      if (e.deleted_at || !now || in_feed.count(id)) continue;
      // The counts an export shows beside the label: articles and outlets telling the happening.
      const ClusterRow& row = rows.at(*now);
      if (relabelled || std::get<1>(row) != e.cluster_articles || std::get<2>(row) != e.cluster_outlets)
        updated.emplace_back(id, e.article_id);
    }
    if (!updated.empty()) sql_.updated(updated);
    for (const auto& [id, row] : old_rows_)
      if (!rows.count(id)) sql_.exec("DELETE FROM clusters WHERE cluster_id = " + sql_.marker(1), {Value(id)});
    for (const auto& [id, row] : rows) {
      auto old = old_rows_.find(id);
      if (old != old_rows_.end() && old->second == row) continue;
      const auto& [n, articles, outlets, first] = row;
      std::string m[5];
      for (size_t i = 0; i < 5; ++i) m[i] = sql_.marker(i + 1);
      sql_.exec("INSERT INTO clusters(cluster_id, events, articles, outlets, first_report) VALUES(" + m[0] + ", " +
                    m[1] + ", " + m[2] + ", " + m[3] + ", " + m[4] + ") ON CONFLICT(cluster_id) DO UPDATE SET events = " +
                    m[1] + ", articles = " + m[2] + ", outlets = " + m[3] + ", first_report = " + m[4],
                {Value(id), Value(n), Value(articles), Value(outlets), first ? Value(*first) : Value()});
    }
  }

 private:
  const LabelSql& sql_;
  std::map<std::string, StoredEvent> events_;
  std::map<std::string, ClusterRow> old_rows_;
  std::set<std::string> pending_, done_clusters_;
};

}  // namespace

void note_article(const LabelSql& sql, const std::string& article_id, LabelWork& work) {
  work.articles.insert(article_id);
  sql.events(" WHERE e.article_id = " + sql.marker(1), {Value(article_id)}, [&](const StoredEvent& e) {
    if (e.deleted_at) return;
    if (auto d = cluster_day(cluster_event(e))) work.days.insert(*d);
    if (e.cluster_id) work.clusters.insert(*e.cluster_id);
  });
}

void relabel(const LabelSql& sql, LabelWork& work, const ClusterOptions& options) {
  if (work.empty()) return;
  Relabel r(sql);
  if (work.everything) {
    r.read(" WHERE e.deleted_at IS NULL OR e.cluster_id IS NOT NULL", {});
  } else {
    std::vector<std::string> articles(work.articles.begin(), work.articles.end());
    r.in_chunks(" WHERE e.article_id", articles, [&](const std::string& w, const std::vector<Value>& a) { r.read(w, a); });
    // Their days now, beside the days they had before.
    for (const auto& [id, e] : r.events())
      if (auto d = cluster_day(cluster_event(e)); d && !e.deleted_at) work.days.insert(*d);
    // The days within twice the reach of a touched day, as runs of consecutive days.
    const long span = 2 * cluster_reach(options);
    std::vector<std::pair<long, long>> runs;
    for (long d : work.days) {
      if (!runs.empty() && d - span <= runs.back().second + 1) runs.back().second = d + span;
      else runs.push_back({d - span, d + span});
    }
    for (const auto& [lo, hi] : runs) {
      // By the event's own date, and by the publication day (undated events fall back on it);
      // each query reads one index. More than the window does no harm: it is regrouped too.
      std::string from = iso(lo), to = iso(hi), after = iso(hi + 1);
      r.read(" WHERE e.deleted_at IS NULL AND e.event_date >= " + sql.marker(1) + " AND e.event_date <= " +
                 sql.marker(2),
             {Value(from), Value(to)});
      r.read(" WHERE e.deleted_at IS NULL AND a.published >= " + sql.marker(1) + " AND a.published < " +
                 sql.marker(2),
             {Value(from), Value(after)});
    }
    r.read_clusters(work.clusters);
  }
  r.close_clusters();
  r.write(options, work.in_feed);
  if (work.everything) {
    sql.exec("DELETE FROM clusters WHERE cluster_id NOT IN (SELECT cluster_id FROM events WHERE cluster_id IS NOT NULL)",
             {});
  }
  work = {};
}

}  // namespace rasd::store

#include "rasd/store/cluster_json.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "rasd/io/json_writer.h"

namespace rasd::store {
namespace {

void key(std::string& out, std::string_view k, bool first = false) {
  if (!first) out += ',';
  io::append_json_string(out, k);
  out += ':';
}

void text_or_null(std::string& out, const std::optional<std::string>& v) {
  if (v && !v->empty()) io::append_json_string(out, *v);
  else out += "null";
}

void value(std::string& out, const EventRow& row, std::string_view column) {
  append_json_value(out, row.at(column), kEventColumns[event_column(column)].kind);
}

}  // namespace

std::vector<Cluster> stored_clusters(const std::vector<StoredEvent>& events) {
  std::vector<Cluster> out;
  std::map<std::string, size_t> index;
  for (size_t i = 0; i < events.size(); ++i) {
    const StoredEvent& e = events[i];
    const std::string& id = e.cluster_id ? *e.cluster_id : e.event_id;
    auto [it, added] = index.emplace(id, out.size());
    if (added) {
      Cluster c;
      c.id = id;
      c.articles = e.cluster_id ? static_cast<size_t>(e.cluster_articles) : 1;
      c.outlets = e.cluster_id ? static_cast<size_t>(e.cluster_outlets) : 1;
      c.first_report = e.first_report.value_or(e.published.value_or(""));
      out.push_back(std::move(c));
    }
    out[it->second].members.push_back(i);
  }
  // Members in order of first report, as cluster_events gives them.
  for (Cluster& c : out)
    std::stable_sort(c.members.begin(), c.members.end(), [&](size_t a, size_t b) {
      return std::tie(events[a].published, events[a].article_id, events[a].event_id) <
             std::tie(events[b].published, events[b].article_id, events[b].event_id);
    });
  return out;
}

void append_clusters_jsonl(const std::vector<StoredEvent>& events, std::vector<Cluster> clusters,
                           size_t min_articles, std::string& out) {
  std::stable_sort(clusters.begin(), clusters.end(), [](const Cluster& a, const Cluster& b) {
    if (a.articles != b.articles) return a.articles > b.articles;
    return a.first_report < b.first_report;
  });
  static const char* kRoles[] = {"dead", "injured", "arrested", "size"};
  for (const Cluster& c : clusters) {
    if (c.articles < min_articles) continue;
    const StoredEvent& first = events[c.members.front()];
    out += '{';
    key(out, "cluster_id", true); io::append_json_string(out, c.id);
    key(out, "type"); value(out, first.row, "type");
    key(out, "articles"); out += std::to_string(c.articles);
    key(out, "outlets"); out += std::to_string(c.outlets);
    key(out, "first_report"); text_or_null(out, c.first_report);
    key(out, "events"); out += '[';
    for (size_t i = 0; i < c.members.size(); ++i) {
      const StoredEvent& e = events[c.members[i]];
      if (i) out += ',';
      out += '{';
      key(out, "event_id", true); io::append_json_string(out, e.event_id);
      key(out, "article_id"); io::append_json_string(out, e.article_id);
      key(out, "outlet"); text_or_null(out, e.outlet);
      key(out, "published"); text_or_null(out, e.published);
      for (const char* col : {"event_date", "location", "country", "actor", "recipient"}) {
        key(out, col);
        value(out, e.row, col);
      }
      out += '}';
    }
    out += ']';
    // Each role's figures as the tellings give them: an analyst compares, the store decides nothing.
    key(out, "counts"); out += '{';
    bool any_role = false;
    for (const char* role : kRoles) {
      std::string claims;
      for (size_t m : c.members) {
        const StoredEvent& e = events[m];
        if (std::holds_alternative<std::monostate>(e.row.at(role))) continue;
        claims += claims.empty() ? "" : ",";
        claims += '{';
        key(claims, "value", true); value(claims, e.row, role);
        key(claims, "qualifier"); value(claims, e.row, std::string(role) + "_qualifier");
        key(claims, "outlet"); text_or_null(claims, e.outlet);
        key(claims, "event_id"); io::append_json_string(claims, e.event_id);
        claims += '}';
      }
      if (claims.empty()) continue;
      key(out, role, !any_role);
      any_role = true;
      out += '[' + claims + ']';
    }
    out += "}}\n";
  }
}

}  // namespace rasd::store

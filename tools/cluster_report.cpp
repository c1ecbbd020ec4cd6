// Measures the grouping of events across articles (store/clusters.h) on a set of articles:
// reads JSON Lines articles (id, text, published, outlet) on standard input, runs the pipeline,
// groups the asserted events and prints how many clusters hold several articles and outlets, and
// every such cluster with each member's article, outlet, date, place, parties and sentence, for
// a reader to judge whether each is one happening (over-merging) and to look for happenings left
// in pieces.
//   zstdcat ../shared/corpus/news-ar.jsonl.zst | head -2000 | build/rasd_cluster_report [--all]
#include <simdjson.h>

#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "rasd/pipeline.h"
#include "rasd/store/clusters.h"
#include "rasd/store/rows.h"

namespace {

std::string text_of(const rasd::store::Value& v) {
  if (const auto* s = std::get_if<std::string>(&v)) return *s;
  if (const auto* i = std::get_if<int64_t>(&v)) return std::to_string(*i);
  if (const auto* d = std::get_if<double>(&v)) return std::to_string(static_cast<int64_t>(*d));
  return "";
}

}  // namespace

int main(int argc, char** argv) {
  bool all = argc > 1 && std::string(argv[1]) == "--all";  // print every multi-article cluster
  rasd::Pipeline pipeline;
  simdjson::dom::parser parser;
  std::vector<rasd::store::ClusterEvent> events;
  std::vector<rasd::store::EventRow> rows;
  std::string line;
  size_t articles = 0;
  while (std::getline(std::cin, line)) {
    simdjson::dom::element e;
    std::string_view id, text, published, outlet;
    if (parser.parse(line).get(e) || e["id"].get(id) || e["text"].get(text)) continue;
    rasd::RawDocument raw;
    raw.id = std::string(id);
    raw.text = std::string(text);
    if (!e["published"].get(published)) raw.published = std::string(published);
    if (!e["outlet"].get(outlet)) raw.outlet = std::string(outlet);
    rasd::Document doc = pipeline.run(raw);
    rasd::store::ArticleRow a = rasd::store::flatten(doc, "report");
    ++articles;
    for (size_t i = 0; i < a.events.size(); ++i) {
      if (text_of(a.events[i].at("status")) != "asserted") continue;
      events.push_back(rasd::store::ClusterEvent::from(a.events[i], a.id + "#" + std::to_string(i), a.id,
                                                       a.outlet.value_or(""), a.published.value_or("")));
      rows.push_back(a.events[i]);
    }
  }
  auto clusters = rasd::store::cluster_events(events);
  std::map<size_t, size_t> by_articles;
  size_t multi_outlet = 0, grouped_events = 0;
  for (const auto& c : clusters) {
    ++by_articles[c.articles];
    if (c.outlets > 1) ++multi_outlet;
    if (c.articles > 1) grouped_events += c.members.size();
  }
  std::printf("%zu articles, %zu asserted events, %zu clusters; %zu events in %zu clusters of several articles "
              "(%zu of several outlets)\n",
              articles, events.size(), clusters.size(), grouped_events, clusters.size() - by_articles[1],
              multi_outlet);
  std::printf("articles per cluster:");
  for (const auto& [k, v] : by_articles) std::printf(" %zu:%zu", k, v);
  std::printf("\n");
  size_t shown = 0;
  for (const auto& c : clusters) {
    if (c.articles < 2 || (!all && shown >= 40)) continue;
    ++shown;
    std::printf("\n== %s: %zu events, %zu articles, %zu outlets, first %s\n", c.id.c_str(), c.members.size(),
                c.articles, c.outlets, c.first_report.c_str());
    for (size_t m : c.members) {
      const auto& e = events[m];
      const auto& r = rows[m];
      std::printf("  %s [%s] %s %s %s | %s -> %s | %.160s\n", e.article_id.c_str(), e.outlet.c_str(),
                  e.type.c_str(), text_of(r.at("event_date")).c_str(), text_of(r.at("location")).c_str(),
                  text_of(r.at("actor")).c_str(), text_of(r.at("recipient")).c_str(),
                  text_of(r.at("evidence")).c_str());
    }
  }
  return 0;
}

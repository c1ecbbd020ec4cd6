// Trigger recall on ../shared/gold (the seed article and dev.gold.jsonl): for each required gold
// event, is there a trigger overlapping one of its evidence phrases with one of its accepted
// types? Also counts triggers outside every gold evidence phrase (events, optional ones and
// negatives), per type: a rough precision view, since gold evidence marks only reported events.
// Measurement only: nothing here feeds the lexicon. Skipped when ../shared is absent.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "rasd/events/trigger_finder.h"
#include "gold_corpus.h"
#include "rasd/pipeline.h"

namespace rasd::events {
namespace {

namespace fs = std::filesystem;

struct Tally {
  std::map<std::string, std::pair<int, int>> recall;  // first gold type -> (hit, total)
  std::map<std::string, int> outside;                 // trigger type -> count outside gold evidence
  std::vector<std::string> misses;
};

// One gold event or negative, copied out of the JSON.
struct GoldEvent {
  std::vector<std::string> types, evidence;
  bool required = false, negative = false;
};

std::vector<GoldEvent> read_events(simdjson::dom::element gold) {
  std::vector<GoldEvent> out;
  for (std::string_view key : {"events", "negatives"}) {
    simdjson::dom::array list;
    if (gold.at_key(key).get(list) != simdjson::SUCCESS) continue;
    for (simdjson::dom::element ev : list) {
      GoldEvent g;
      g.negative = key == "negatives";
      bool req = false;
      if (ev.at_key("required").get(req) == simdjson::SUCCESS) g.required = req && !g.negative;
      simdjson::dom::array a;
      if (ev.at_key("types").get(a) == simdjson::SUCCESS)
        for (simdjson::dom::element t : a) g.types.emplace_back(std::string_view(t.get_string().value()));
      if (ev.at_key("evidence").get(a) == simdjson::SUCCESS)
        for (simdjson::dom::element t : a) g.evidence.emplace_back(std::string_view(t.get_string().value()));
      out.push_back(std::move(g));
    }
  }
  return out;
}

void score(const std::string& text, const std::string& published, const std::vector<GoldEvent>& gold, Tally& tally) {
  static const Pipeline pipeline;
  RawDocument raw;
  raw.id = "gold";
  raw.text = text;
  raw.published = published;
  Document d = pipeline.run(raw);
  find_triggers(d);
  auto overlaps = [](Span a, Span b) { return a.begin < b.end && b.begin < a.end; };
  std::vector<Span> all;
  for (const GoldEvent& ev : gold) {
    std::vector<Span> spans;
    for (const auto& phrase : ev.evidence)
      for (size_t i = d.text.find(phrase); i != std::string::npos; i = d.text.find(phrase, i + 1))
        spans.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + phrase.size())});
    all.insert(all.end(), spans.begin(), spans.end());
    if (!ev.required || ev.types.empty()) continue;
    bool hit = false;
    for (const auto& tm : d.triggers)
      for (Span s : spans)
        if (overlaps(tm.span, s) && std::find(ev.types.begin(), ev.types.end(), tm.type) != ev.types.end()) hit = true;
    auto& r = tally.recall[ev.types.front()];
    ++r.second;
    r.first += hit;
    if (!hit) tally.misses.push_back(ev.types.front() + ": " + (ev.evidence.empty() ? "" : ev.evidence.front()));
  }
  for (const auto& tm : d.triggers) {
    bool inside = false;
    for (Span s : all) inside |= overlaps(tm.span, s);
    if (!inside) {
      ++tally.outside[tm.type];
      if (std::getenv("RASD_TRIGGERS_SHOW")) std::cout << "  outside " << tm.type << " " << tm.span.of(d.text) << "\n";
    }
  }
}

TEST(TriggerGold, RecallOfRequiredGoldEvents) {
  Tally tally;
  bool have = gold::for_each_gold([&](const std::string& text, const std::string& published, simdjson::dom::element g) {
    auto events = read_events(g);
    score(text, published, events, tally);
  });
  if (!have) GTEST_SKIP() << "no gold at " << gold::shared_dir();
  int hit = 0, total = 0, outside = 0;
  std::string report = "required gold events with a trigger of an accepted type, by first type:\n";
  for (const auto& [type, r] : tally.recall) {
    report += "  " + type + " " + std::to_string(r.first) + "/" + std::to_string(r.second) + "\n";
    hit += r.first;
    total += r.second;
  }
  report += "triggers outside every gold evidence phrase:\n";
  for (const auto& [type, n] : tally.outside) {
    report += "  " + type + " " + std::to_string(n) + "\n";
    outside += n;
  }
  report += "missed:\n";
  for (const auto& m : tally.misses) report += "  " + m + "\n";
  std::cout << report << "recall " << hit << "/" << total << ", outside " << outside << "\n";
  ASSERT_GT(total, 0);
  // Floor below the measured figure, so lexicon edits that lose recall fail here.
  EXPECT_GE(static_cast<double>(hit) / total, 0.85) << report;
}

}  // namespace
}  // namespace rasd::events

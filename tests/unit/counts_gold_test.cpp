// Count accuracy on ../shared/gold (seed + dev.gold.jsonl): for each required gold event with
// counts, the triggers inside its evidence phrases are asked for counts (events/counts.h); a gold
// key is right when one of them binds that role to an accepted value (value, or min when there
// is no value). Measurement only: nothing here feeds the tables. Skipped when ../shared is absent.
// RASD_COUNTS_SHOW=1 prints each miss.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "rasd/events/counts.h"
#include "rasd/events/trigger_finder.h"
#include "gold_corpus.h"
#include "rasd/pipeline.h"

namespace rasd::events {
namespace {

namespace fs = std::filesystem;

// Measured 42/43 (0.98) with implied counts (data/events/count_implied.tsv: «مقتل القيادي» 1,
// «قتل طفلان» 2); 30/43 before them.
constexpr double kFloor = 0.9;

using Tally = std::map<std::string, std::pair<int, int>>;  // count key -> (right, total)

void score(const std::string& text, const std::string& published, simdjson::dom::element gold, Tally& tally) {
  static const Pipeline pipeline;
  RawDocument raw;
  raw.id = "gold";
  raw.text = text;
  raw.published = published;
  Document d = pipeline.run(raw);
  find_triggers(d);
  simdjson::dom::array events;
  if (gold.at_key("events").get(events) != simdjson::SUCCESS) return;
  for (simdjson::dom::element ev : events) {
    bool required = false;
    simdjson::dom::object counts;
    if (ev.at_key("required").get(required) != simdjson::SUCCESS || !required) continue;
    bool has_counts = ev.at_key("counts").get(counts) == simdjson::SUCCESS;
    // Bindings of every trigger inside one of the evidence phrases: role -> values.
    std::multimap<std::string, double> got;
    std::string first_evidence;
    simdjson::dom::array evidence;
    if (ev.at_key("evidence").get(evidence) == simdjson::SUCCESS)
      for (simdjson::dom::element e : evidence) {
        std::string phrase(std::string_view(e.get_string().value()));
        if (first_evidence.empty()) first_evidence = phrase;
        for (size_t i = d.text.find(phrase); i != std::string::npos; i = d.text.find(phrase, i + 1)) {
          Span s{static_cast<uint32_t>(i), static_cast<uint32_t>(i + phrase.size())};
          for (const auto& t : d.triggers)
            if (s.contains(t.span))
              for (const auto& b : counts_for(d, t)) {
                const Quantity& q = b.quantity;
                if (q.value) got.emplace(b.role, *q.value);
                else if (q.min) got.emplace(b.role, *q.min);
              }
        }
      }
    // Precision view: a role bound where the gold event has no such count.
    for (const auto& [role, value] : got) {
      bool known = false;
      if (has_counts)
        for (auto [key, accepted] : counts) known |= std::string_view(key) == role;
      if (!known) {
        ++tally["spurious " + role].second;
        if (std::getenv("RASD_COUNTS_SHOW")) std::cout << "  spurious " << role << " " << value << " «" << first_evidence << "»\n";
      }
    }
    if (!has_counts) continue;
    for (auto [key, accepted] : counts) {
      std::string role(key);
      bool right = false;
      simdjson::dom::array values;
      if (accepted.get(values) != simdjson::SUCCESS) continue;
      for (auto [it, end] = got.equal_range(role); it != end; ++it)
        for (simdjson::dom::element a : values) {
          double v = 0;
          if (a.get(v) == simdjson::SUCCESS && v == it->second) right = true;
          int64_t n = 0;
          if (a.get(n) == simdjson::SUCCESS && static_cast<double>(n) == it->second) right = true;
        }
      auto& r = tally[role];
      ++r.second;
      r.first += right;
      if (!right && std::getenv("RASD_COUNTS_SHOW")) {
        std::cout << "  miss " << role << " «" << first_evidence << "» got";
        for (auto [it, end] = got.equal_range(role); it != end; ++it) std::cout << " " << it->second;
        std::cout << "\n";
      }
    }
  }
}

TEST(CountsGold, AccuracyOfRequiredGoldCounts) {
  Tally tally;
  bool have = gold::for_each_gold([&](const std::string& text, const std::string& published, simdjson::dom::element g) {
    score(text, published, g, tally);
  });
  if (!have) GTEST_SKIP() << "no gold at " << gold::shared_dir();
  int right = 0, total = 0;
  for (const auto& [key, r] : tally) {
    if (key.starts_with("spurious ")) {
      std::cout << "counts " << key << " " << r.second << "\n";
      continue;
    }
    std::cout << "counts " << key << " " << r.first << "/" << r.second << "\n";
    right += r.first;
    total += r.second;
  }
  std::cout << "counts all " << right << "/" << total << "\n";
  ASSERT_GT(total, 0);
  // Floor a margin below the measured figure, so table or rule edits that lose accuracy fail.
  EXPECT_GE(static_cast<double>(right) / total, kFloor);
}

}  // namespace
}  // namespace rasd::events

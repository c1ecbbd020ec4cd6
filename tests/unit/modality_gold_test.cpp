// Modality on ../shared/gold (the seed article and dev.gold.jsonl), measurement only; triggers count when of
// one of the entry's types: nothing here
// feeds the cue table. For each gold `negatives` entry, the triggers inside its evidence: how many
// entries get a non-asserted modality (negated, future, hypothetical); and for required gold events,
// how many entries have a trigger wrongly read as non-asserted. Skipped when ../shared is absent.
#include <gtest/gtest.h>
#include <simdjson.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

#include "rasd/events/modality.h"
#include "rasd/events/trigger_finder.h"
#include "gold_corpus.h"
#include "rasd/pipeline.h"

namespace rasd::events {
namespace {

namespace fs = std::filesystem;

bool asserted(const Modality& m) {
  return !m.negated && m.modality != "negated" && m.modality != "future" && m.modality != "hypothetical";
}

struct Tally {
  int neg_total = 0, neg_caught = 0;   // negatives with a trigger / of those, all non-asserted
  int req_total = 0, req_wrong = 0;    // required events with a trigger / of those, read non-asserted
  std::string report;
};

void score(const std::string& text, const std::string& published, simdjson::dom::element gold, Tally& t) {
  static const Pipeline pipeline;
  RawDocument raw;
  raw.id = "gold";
  raw.text = text;
  raw.published = published;
  Document d = pipeline.run(raw);
  d.triggers.clear();
  find_triggers(d);
  for (std::string_view key : {"negatives", "events"}) {
    simdjson::dom::array list;
    if (gold.at_key(key).get(list) != simdjson::SUCCESS) continue;
    for (simdjson::dom::element ev : list) {
      bool required = false;
      if (key == "events" && (ev.at_key("required").get(required) != simdjson::SUCCESS || !required)) continue;
      simdjson::dom::array evidence;
      if (ev.at_key("evidence").get(evidence) != simdjson::SUCCESS) continue;
      std::vector<std::string> types;
      simdjson::dom::array ta;
      if (ev.at_key("types").get(ta) == simdjson::SUCCESS)
        for (simdjson::dom::element x : ta) types.emplace_back(std::string_view(x.get_string().value()));
      // The triggers of an accepted type inside any occurrence of any evidence phrase.
      int triggers = 0, non_asserted = 0;
      std::string seen;
      for (simdjson::dom::element e : evidence) {
        std::string_view phrase = e.get_string().value();
        for (size_t i = d.text.find(phrase); i != std::string::npos; i = d.text.find(phrase, i + 1)) {
          Span s{static_cast<uint32_t>(i), static_cast<uint32_t>(i + phrase.size())};
          for (const auto& tm : d.triggers) {
            if (!s.contains(tm.span)) continue;
            if (!types.empty() && std::find(types.begin(), types.end(), tm.type) == types.end()) continue;
            Modality m = modality_of(d, tm);
            ++triggers;
            non_asserted += !asserted(m);
            seen += " [" + std::string(tm.span.of(d.text)) + " " + m.modality + "]";
          }
        }
      }
      if (triggers == 0) continue;
      std::string id = gold::field(ev, "id");
      if (key == "negatives") {
        ++t.neg_total;
        bool caught = non_asserted == triggers;  // every trigger there must be non-asserted
        t.neg_caught += caught;
        if (!caught) t.report += "  negative asserted: " + id + seen + "\n";
      } else {
        ++t.req_total;
        bool wrong = non_asserted == triggers;  // the event is lost only if no trigger stays asserted
        t.req_wrong += wrong;
        if (wrong) t.report += "  required non-asserted: " + id + seen + "\n";
      }
    }
  }
}

TEST(ModalityGold, NegativesAndRequiredEvents) {
  Tally tally;
  bool have = gold::for_each_gold([&](const std::string& text, const std::string& published, simdjson::dom::element g) {
    score(text, published, g, tally);
  });
  if (!have) GTEST_SKIP() << "no gold at " << gold::shared_dir();
  std::cout << tally.report << "negatives with a trigger read non-asserted " << tally.neg_caught << "/"
            << tally.neg_total << "; required events wrongly non-asserted " << tally.req_wrong << "/"
            << tally.req_total << "\n";
  ASSERT_GT(tally.req_total, 0);
  // Floors a margin below the measured figures (5/7 negatives, 0/75 required lost), so cue edits
  // that lose ground fail here.
  EXPECT_GE(tally.neg_caught, 4) << tally.report;
  EXPECT_LE(tally.req_wrong, 2) << tally.report;
}

}  // namespace
}  // namespace rasd::events

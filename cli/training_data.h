// What the train-* commands share when they read the labelled sentences and gold articles: which
// outlets a shipped model may learn from (one list, so a licence decision is made once) and small
// readers of the JSON records and option lists.
#pragma once

#include <CLI/CLI.hpp>
#include <simdjson.h>

#include <cstdint>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "file_text.h"

namespace rasd::cli {

// The outlets whose texts a shipped model may learn from: the ANT corpus's (Apache-2.0).
// SaudiNewsNet's (CC BY-NC-SA) serve measurement only (SENTENCES.md).
inline constexpr const char* kFreeOutlets = "skynews,france24,CNN,BBC,alarabia,Jawhara FM";

// The options every perceptron-trained model's command takes: where the labelled texts are, which
// outlets and articles it may learn from, the learner's settings and the model's threshold.
struct PerceptronTrainArgs {
  std::vector<std::string> sentences, gold;
  std::string out, outlets = kFreeOutlets, exclude_articles, dump;
  int epochs = 10;
  uint64_t seed = 1;
  int min_count = 2;
  float threshold = 0;
};

// Registers PerceptronTrainArgs' options on a train-* command. `unit` names what one example is
// («trigger», «telling») and `threshold_help` what the threshold decides, in the command's words.
inline void add_perceptron_options(CLI::App* cmd, PerceptronTrainArgs& a, const std::string& unit,
                                   const std::string& threshold_help) {
  cmd->add_option("--sentences", a.sentences, "Labelled sentences (JSON Lines, ../shared/gold/SENTENCES.md)")->required();
  cmd->add_option("--gold", a.gold, "Gold articles (rasd-gold/1 JSON Lines with the text, ../shared/gold/dev.gold.jsonl)");
  cmd->add_option("--out", a.out, "Model file to write")->required();
  cmd->add_option("--outlets", a.outlets,
                  "Comma-separated outlets to learn from (default: the ANT outlets, whose licence allows it)");
  cmd->add_option("--exclude-articles", a.exclude_articles,
                  "File of article ids (one a line) left out (cross-validation)");
  cmd->add_option("--dump", a.dump, "Also write each " + unit + "'s label, article, type, words and features (TSV), for study");
  cmd->add_option("--epochs", a.epochs, "Perceptron epochs")->check(CLI::Range(1, 100));
  cmd->add_option("--seed", a.seed, "Shuffle seed");
  cmd->add_option("--min-count", a.min_count, "Drop features seen in fewer examples")->check(CLI::Range(1, 1000));
  cmd->add_option("--threshold", a.threshold, threshold_help);
}

// A string field of a record, empty when absent or not a string.
template <class Json>
std::string_view str_field(Json o, std::string_view key) {
  std::string_view v;
  if (o.at_key(key).get(v) != simdjson::SUCCESS) return {};
  return v;
}

// The strings of an array field («types»), empty when absent.
inline std::vector<std::string> strings_of(simdjson::dom::element e, std::string_view key) {
  std::vector<std::string> out;
  simdjson::dom::array a;
  if (e.at_key(key).get(a) == simdjson::SUCCESS)
    for (auto x : a) if (std::string_view v; x.get(v) == simdjson::SUCCESS) out.emplace_back(v);
  return out;
}

// The items of a comma-separated option («--outlets a,b»), empty items dropped.
inline std::set<std::string> comma_set(const std::string& list) {
  std::set<std::string> out;
  for (size_t at = 0; at <= list.size();) {
    size_t comma = std::min(list.find(',', at), list.size());
    if (comma > at) out.insert(list.substr(at, comma - at));
    at = comma + 1;
  }
  return out;
}

// The lines of a file as a set (article ids to exclude); false when it cannot be read.
inline bool read_line_set(const std::string& path, std::set<std::string>& out) {
  return for_each_line(path, [&](const std::string& line, size_t) { return out.insert(line), true; });
}

}  // namespace rasd::cli

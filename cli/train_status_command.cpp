#include "train_status_command.h"

#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "file_text.h"
#include "training_data.h"
#include "rasd/events/status_model.h"
#include "rasd/pipeline.h"
#include "rasd/text/normalize.h"

namespace rasd::cli {
namespace {

using TrainStatusArgs = PerceptronTrainArgs;

int fail(const std::string& what) {
  std::fprintf(stderr, "rasd train-status: %s\n", what.c_str());
  return 1;
}

int run(const TrainStatusArgs& a) {
  std::set<std::string> outlets = comma_set(a.outlets);
  std::set<std::string> excluded;
  if (!a.exclude_articles.empty() &&
      !read_line_set(a.exclude_articles, excluded))
    return fail("cannot open '" + a.exclude_articles + "'");
  Options options;
  options.event_model = "none";  // every telling of the tables: the filter's choice is not learnt
  options.status_model = "none";  // the collector records the rules' reading; no model is read
  Pipeline pipeline(options);
  std::vector<events::FilterExample> examples;
  std::unique_ptr<std::ofstream> dump;
  if (!a.dump.empty()) dump = std::make_unique<std::ofstream>(a.dump, std::ios::binary);
  size_t used = 0, used_gold = 0, skipped = 0, positives = 0;
  simdjson::dom::parser parser;
  // Runs the engine (rules only) on one text and labels each telling the status rules judged.
  auto learn = [&](RawDocument raw, const std::string& group, auto&& label) {
    events::StatusCollector collector;
    Document doc = pipeline.run(std::move(raw));
    for (events::StatusSample& s : collector.take()) {
      const TriggerMention& m = doc.triggers[s.trigger];
      std::optional<bool> known = label(m, doc);
      if (!known) continue;
      positives += *known;
      if (dump) {
        *dump << (*known ? 1 : 0) << '\t' << group << '\t' << m.type << '\t' << text::normalize_key(m.span.of(doc.text));
        for (const auto& f : s.features) *dump << '\t' << f;
        *dump << '\n';
      }
      examples.push_back({std::move(s.features), *known, group});
    }
  };
  bool malformed = false;
  for (const auto& path : a.sentences) {
    bool read = for_each_line(path, [&](const std::string& line, size_t line_no) {
      simdjson::dom::element rec;
      if (parser.parse(line).get(rec) != simdjson::SUCCESS || !rec.is_object()) {
        std::fprintf(stderr, "rasd train-status: %s:%zu: not a JSON object\n", path.c_str(), line_no);
        return !(malformed = true);
      }
      std::string outlet(str_field(rec, "outlet")), article(str_field(rec, "article"));
      if (!outlets.count(outlet) || excluded.count(article)) return ++skipped, true;
      ++used;
      std::vector<events::LabelledEvent> labelled;
      simdjson::dom::array arr;
      if (rec.at_key("events").get(arr) == simdjson::SUCCESS)
        for (auto e : arr)
          labelled.push_back({strings_of(e, "types"), std::string(str_field(e, "status")),
                              text::normalize_key(str_field(e, "trigger"))});
      RawDocument raw;
      raw.id = std::string(str_field(rec, "sid"));
      raw.text = std::string(str_field(rec, "sentence"));
      if (auto p = str_field(rec, "published"); !p.empty()) raw.published = std::string(p);
      learn(std::move(raw), article, [&](const TriggerMention& m, const Document& doc) {
        return events::status_label(m.type, text::normalize_key(m.span.of(doc.text)), labelled);
      });
      return true;
    });
    if (!read) return malformed ? 1 : fail("cannot open '" + path + "'");
  }
  // Gold articles (rasd-gold/1): a telling inside an event's evidence of its type is asserted
  // (the file lists asserted events only); inside a negative's (denied, planned, conditional,
  // called for) it is not. Elsewhere it is not learnt from.
  for (const auto& path : a.gold) {
    bool read = for_each_line(path, [&](const std::string& line, size_t line_no) {
      simdjson::dom::element rec, d;
      if (parser.parse(line).get(rec) != simdjson::SUCCESS || rec.at_key("doc").get(d) != simdjson::SUCCESS) {
        std::fprintf(stderr, "rasd train-status: %s:%zu: not a gold record\n", path.c_str(), line_no);
        return !(malformed = true);
      }
      std::string id(str_field(d, "id"));
      if (excluded.count(id) || str_field(d, "text").empty()) return ++skipped, true;
      ++used_gold;
      RawDocument raw;
      raw.id = id;
      raw.text = std::string(str_field(d, "text"));
      if (auto p = str_field(d, "published"); !p.empty()) raw.published = std::string(p);
      struct Evidence {
        std::string words;
        std::vector<std::string> types;
        bool asserted;
      };
      std::vector<Evidence> evidence;
      for (auto [key, asserted] : {std::pair{"events", true}, std::pair{"negatives", false}}) {
        simdjson::dom::array arr;
        if (rec.at_key(key).get(arr) != simdjson::SUCCESS) continue;
        for (auto e : arr)
          for (const auto& w : strings_of(e, "evidence"))
            if (!w.empty()) evidence.push_back({w, strings_of(e, "types"), asserted});
      }
      learn(std::move(raw), id, [&](const TriggerMention& m, const Document& doc) -> std::optional<bool> {
        std::optional<bool> out;
        for (const auto& e : evidence) {
          if (std::find(e.types.begin(), e.types.end(), m.type) == e.types.end()) continue;
          for (size_t at = doc.text.find(e.words); at != std::string::npos; at = doc.text.find(e.words, at + 1))
            if (at <= m.span.begin && m.span.end <= at + e.words.size()) {
              if (out && *out != e.asserted) return std::nullopt;  // both readings: no label
              out = e.asserted;
            }
        }
        return out;
      });
      return true;
    });
    if (!read) return malformed ? 1 : fail("cannot open '" + path + "'");
  }
  if (examples.empty()) return fail("no labelled tellings in the training data");
  events::FilterTrainOptions opt;
  opt.epochs = a.epochs;
  opt.seed = a.seed;
  opt.min_count = a.min_count;
  opt.threshold = a.threshold;
  opt.description = "status sentences=" + std::to_string(used) + " gold-articles=" + std::to_string(used_gold) +
                    " tellings=" + std::to_string(examples.size()) + " asserted=" + std::to_string(positives) +
                    " epochs=" + std::to_string(a.epochs) + " seed=" + std::to_string(a.seed) +
                    " min-count=" + std::to_string(a.min_count) + " outlets=" + a.outlets +
                    (excluded.empty() ? "" : " excluded-articles=" + std::to_string(excluded.size()));
  events::FilterModel model = events::train_filter(examples, opt);
  size_t right = 0;
  for (const auto& e : examples) right += model.keep(e.features) == e.event;
  std::string error;
  if (!model.save(a.out, &error)) return fail(error);
  std::printf("train-status: %zu sentences and %zu gold articles used, %zu skipped (other outlets or excluded articles)\n",
              used, used_gold, skipped);
  std::printf("train-status: %zu labelled tellings, %zu asserted; %zu features; wrote %s\n", examples.size(), positives,
              model.features(), a.out.c_str());
  std::printf("train-status: resubstitution accuracy %.3f (not a measure: see tools/cv-events.py --status)\n",
              double(right) / double(examples.size()));
  return 0;
}

}  // namespace

void add_train_status_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<TrainStatusArgs>();
  auto* cmd = app.add_subcommand("train-status", "Train the status classifier on labelled sentences (data/models/README.md)");
  add_perceptron_options(cmd, *args, "telling", "Call a telling asserted when its score is at least this");
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace rasd::cli

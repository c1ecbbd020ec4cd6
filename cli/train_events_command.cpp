#include "train_events_command.h"

#include <simdjson.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "file_text.h"
#include "training_data.h"
#include "rasd/events/event_filter.h"
#include "rasd/pipeline.h"
#include "rasd/text/normalize.h"

namespace rasd::cli {
namespace {

struct TrainEventsArgs : PerceptronTrainArgs {
  bool all_rows = false;  // learn from one-sense rows' triggers too
};

int cannot_open(const std::string& path) {
  std::fprintf(stderr, "rasd train-events: cannot open '%s'\n", path.c_str());
  return 1;
}

int run(const TrainEventsArgs& a) {
  std::set<std::string> outlets = comma_set(a.outlets);
  std::set<std::string> excluded;
  if (!a.exclude_articles.empty()) {
    if (!read_line_set(a.exclude_articles, excluded))
      return cannot_open(a.exclude_articles);
  }
  Options options;
  options.event_model = "none";  // the tables' triggers, unfiltered
  Pipeline pipeline(options);
  std::vector<events::FilterExample> examples;
  size_t used_gold = 0;
  std::unique_ptr<std::ofstream> dump;
  if (!a.dump.empty()) dump = std::make_unique<std::ofstream>(a.dump, std::ios::binary);
  size_t used = 0, skipped = 0, positives = 0;
  simdjson::dom::parser parser;
  // label(m) is true (event sense), false (another sense) or nullopt (unknown: not learnt from).
  auto add_examples = [&](const Document& doc, const std::string& group, auto&& label) {
    events::TriggerFeatures features(doc);
    for (size_t t = 0; t < doc.triggers.size(); ++t) {
      const TriggerMention& m = doc.triggers[t];
      if (!m.many_senses && !a.all_rows) continue;  // the filter never judges them
      std::optional<bool> known = label(m);
      if (!known) continue;
      events::FilterExample ex;
      ex.features = features.of(t);
      ex.event = *known;
      ex.group = group;
      positives += ex.event;
      if (dump) {
        *dump << (ex.event ? 1 : 0) << '\t' << group << '\t' << m.type << '\t' << text::normalize_key(m.span.of(doc.text));
        for (const auto& f : ex.features) *dump << '\t' << f;
        *dump << '\n';
      }
      examples.push_back(std::move(ex));
    }
  };
  bool malformed = false;  // a line that is not a record: the run stops with its message
  for (const auto& path : a.sentences) {
    bool read = for_each_line(path, [&](const std::string& line, size_t line_no) {
      simdjson::dom::object rec;
      if (parser.parse(line).get(rec) != simdjson::SUCCESS) {
        std::fprintf(stderr, "rasd train-events: %s:%zu: not a JSON object\n", path.c_str(), line_no);
        return !(malformed = true);
      }
      std::string outlet(str_field(rec, "outlet")), article(str_field(rec, "article"));
      if (!outlets.count(outlet) || excluded.count(article)) return ++skipped, true;
      ++used;
      std::vector<std::vector<std::string>> types;
      std::vector<std::string> non_events;
      simdjson::dom::array arr;
      if (rec.at_key("events").get(arr) == simdjson::SUCCESS)
        for (auto e : arr) types.push_back(strings_of(e, "types"));
      if (rec.at_key("non_events").get(arr) == simdjson::SUCCESS)
        for (auto e : arr) {
          std::string_view w;
          if (e.at_key("word").get(w) == simdjson::SUCCESS) non_events.push_back(text::normalize_key(w));
        }
      RawDocument raw;
      raw.id = std::string(str_field(rec, "sid"));
      raw.text = std::string(str_field(rec, "sentence"));
      if (auto p = str_field(rec, "published"); !p.empty()) raw.published = std::string(p);
      Document doc = pipeline.run(std::move(raw));
      add_examples(doc, article, [&](const TriggerMention& m) -> std::optional<bool> {
        return events::sense_label(m.type, text::normalize_key(m.span.of(doc.text)), types, non_events);
      });
      return true;
    });
    if (!read) return malformed ? 1 : cannot_open(path);
  }
  // Gold articles (rasd-gold/1, one record a line): a trigger is in its event sense when it lies
  // inside the evidence of an event or a negative (a denied or planned event is still one) of
  // its type. Only those are learnt from: evidence is the shortest phrase of each telling, and a
  // count's «القتلى» or a retelling outside it is not thereby a word in another sense.
  for (const auto& path : a.gold) {
    bool read = for_each_line(path, [&](const std::string& line, size_t line_no) {
      simdjson::dom::object rec, d;
      if (parser.parse(line).get(rec) != simdjson::SUCCESS || rec.at_key("doc").get(d) != simdjson::SUCCESS) {
        std::fprintf(stderr, "rasd train-events: %s:%zu: not a gold record\n", path.c_str(), line_no);
        return !(malformed = true);
      }
      std::string id(str_field(d, "id"));
      if (excluded.count(id) || str_field(d, "text").empty()) return ++skipped, true;
      ++used_gold;
      RawDocument raw;
      raw.id = id;
      raw.text = std::string(str_field(d, "text"));
      if (auto p = str_field(d, "published"); !p.empty()) raw.published = std::string(p);
      Document doc = pipeline.run(std::move(raw));
      struct Evidence {
        Span span;
        std::vector<std::string> types;
      };
      std::vector<Evidence> evidence;
      for (auto key : {"events", "negatives"}) {
        simdjson::dom::array arr;
        if (rec.at_key(key).get(arr) != simdjson::SUCCESS) continue;
        for (auto e : arr) {
          std::vector<std::string> ts = strings_of(e, "types");
          simdjson::dom::array ev;
          if (e.at_key("evidence").get(ev) != simdjson::SUCCESS) continue;
          for (auto x : ev) {
            std::string_view v;
            if (x.get(v) != simdjson::SUCCESS || v.empty()) continue;
            for (size_t at = doc.text.find(v); at != std::string::npos; at = doc.text.find(v, at + 1))
              evidence.push_back({{static_cast<uint32_t>(at), static_cast<uint32_t>(at + v.size())}, ts});
          }
        }
      }
      add_examples(doc, id, [&](const TriggerMention& m) -> std::optional<bool> {
        for (const auto& e : evidence)
          if (e.span.begin <= m.span.begin && m.span.end <= e.span.end &&
              std::find(e.types.begin(), e.types.end(), m.type) != e.types.end())
            return true;
        return std::nullopt;
      });
      return true;
    });
    if (!read) return malformed ? 1 : cannot_open(path);
  }
  if (examples.empty()) { std::fprintf(stderr, "rasd train-events: no triggers in the training sentences\n"); return 1; }
  events::FilterTrainOptions opt;
  opt.epochs = a.epochs;
  opt.seed = a.seed;
  opt.min_count = a.min_count;
  opt.threshold = a.threshold;
  opt.description = "sentences=" + std::to_string(used) + " gold-articles=" + std::to_string(used_gold) + " triggers=" + std::to_string(examples.size()) +
                    " events=" + std::to_string(positives) + " epochs=" + std::to_string(a.epochs) + " seed=" +
                    std::to_string(a.seed) + " min-count=" + std::to_string(a.min_count) + (a.all_rows ? " all-rows" : "") + " outlets=" + a.outlets +
                    (excluded.empty() ? "" : " excluded-articles=" + std::to_string(excluded.size()));
  auto t0 = std::chrono::steady_clock::now();
  events::FilterModel model = events::train_filter(examples, opt);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  size_t right = 0;
  for (const auto& e : examples) right += model.keep(e.features) == e.event;
  std::string error;
  if (!model.save(a.out, &error)) { std::fprintf(stderr, "rasd train-events: %s\n", error.c_str()); return 1; }
  std::printf("train-events: %zu sentences and %zu gold articles used, %zu skipped (other outlets or excluded articles)\n",
              used, used_gold, skipped);
  std::printf("train-events: %zu triggers, %zu in their event sense; trained in %.2f s; %zu features; wrote %s\n",
              examples.size(), positives, secs, model.features(), a.out.c_str());
  std::printf("train-events: resubstitution accuracy %.3f (not a measure: see tools/cv-events.py)\n",
              double(right) / double(examples.size()));
  return 0;
}

}  // namespace

void add_train_events_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<TrainEventsArgs>();
  auto* cmd = app.add_subcommand("train-events", "Train the event filter on labelled sentences (data/models/README.md)");
  add_perceptron_options(cmd, *args, "trigger", "Keep a trigger whose score is at least this");
  cmd->add_flag("--all-rows", args->all_rows, "Learn from the triggers of one-sense rows too (the filter judges only many-sense ones)");
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace rasd::cli

#include "train_roles_command.h"

#include <simdjson.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "file_text.h"
#include "training_data.h"
#include "rasd/events/role_model.h"
#include "rasd/pipeline.h"

namespace rasd::cli {
namespace {

int fail(const std::string& what) {
  std::fprintf(stderr, "rasd train-roles: %s\n", what.c_str());
  return 1;
}

// A labelled event's trigger words and its parties (SENTENCES.md); a role absent or empty says
// nothing (the scorer counts only roles that name someone).
struct LabelledRoles {
  std::vector<std::string> types;
  std::string trigger;
  std::vector<std::string> actor, recipient;
};

int run(const PerceptronTrainArgs& a) {
  std::set<std::string> outlets = comma_set(a.outlets);
  std::set<std::string> excluded;
  if (!a.exclude_articles.empty() && !read_line_set(a.exclude_articles, excluded))
    return fail("cannot open '" + a.exclude_articles + "'");
  Options options;
  options.role_model = "none";  // the collector records the rules' choices; no model is read
  Pipeline pipeline(options);
  std::vector<events::FilterExample> examples;
  std::unique_ptr<std::ofstream> dump;
  if (!a.dump.empty()) dump = std::make_unique<std::ofstream>(a.dump, std::ios::binary);
  size_t used = 0, skipped = 0;
  // Per role: labelled parties met in a telling, the rules right, some candidate right (the ceiling).
  size_t met[2] = {0, 0}, rules_right[2] = {0, 0}, oracle[2] = {0, 0};
  simdjson::dom::parser parser;
  bool malformed = false;
  for (const auto& path : a.sentences) {
    bool read = for_each_line(path, [&](const std::string& line, size_t line_no) {
      simdjson::dom::element rec;
      if (parser.parse(line).get(rec) != simdjson::SUCCESS || !rec.is_object()) {
        std::fprintf(stderr, "rasd train-roles: %s:%zu: not a JSON object\n", path.c_str(), line_no);
        return !(malformed = true);
      }
      std::string outlet(str_field(rec, "outlet")), article(str_field(rec, "article"));
      if (!outlets.count(outlet) || excluded.count(article)) return ++skipped, true;
      ++used;
      std::string text(str_field(rec, "sentence"));
      std::vector<LabelledRoles> labelled;
      simdjson::dom::array arr;
      if (rec.at_key("events").get(arr) == simdjson::SUCCESS)
        for (auto e : arr)
          labelled.push_back({strings_of(e, "types"), std::string(str_field(e, "trigger")), strings_of(e, "actor"),
                              strings_of(e, "recipient")});
      RawDocument raw;
      raw.id = std::string(str_field(rec, "sid"));
      raw.text = text;
      if (auto p = str_field(rec, "published"); !p.empty()) raw.published = std::string(p);
      events::RoleCollector collector;
      Document doc = pipeline.run(std::move(raw));
      for (const events::RoleSample& s : collector.take()) {
        const TriggerMention& tr = doc.triggers[s.trigger];
        const Sentence& sentence = doc.sentences[s.sentence];
        // The labelled event of the telling's type whose trigger words overlap it (the scorer's match).
        const LabelledRoles* e = nullptr;
        for (const auto& l : labelled) {
          size_t at = l.trigger.empty() ? std::string::npos : text.find(l.trigger);
          if (at == std::string::npos || std::find(l.types.begin(), l.types.end(), tr.type) == l.types.end()) continue;
          if (at < tr.span.end && tr.span.begin < at + l.trigger.size()) {
            e = &l;
            break;
          }
        }
        if (!e) continue;
        std::vector<std::vector<std::string>> names;
        for (const auto& c : s.candidates) names.push_back(events::candidate_names(doc, c));
        for (int role = 0; role < 2; ++role) {
          const std::vector<std::string>& want = role == 0 ? e->actor : e->recipient;
          if (want.empty()) continue;
          auto slot = role == 0 ? events::RoleSlot::kActor : events::RoleSlot::kRecipient;
          ++met[role];
          bool any = false, rules = false;
          for (size_t i = 0; i < s.candidates.size(); ++i) {
            bool right = std::any_of(names[i].begin(), names[i].end(),
                                     [&](const std::string& n) { return events::name_match(n, want); });
            any |= right;
            const auto& c = s.candidates[i];
            rules |= right && (role == 0 ? c.as_actor : c.as_recipient) != events::ArgStrength::kNone;
            std::vector<std::string> f = events::role_features(doc, tr, sentence, s.candidates, i, slot);
            if (dump) {
              *dump << (right ? 1 : 0) << '\t' << article << '\t' << tr.type << '\t' << names[i].front();
              for (const auto& x : f) *dump << '\t' << x;
              *dump << '\n';
            }
            examples.push_back({std::move(f), right, article});
          }
          examples.push_back({events::none_features(tr, s.candidates, slot), !any, article});
          oracle[role] += any;
          rules_right[role] += rules;
        }
      }
      return true;
    });
    if (!read) return malformed ? 1 : fail("cannot open '" + path + "'");
  }
  if (examples.empty()) return fail("no labelled parties in the training data");
  events::FilterTrainOptions opt;
  opt.epochs = a.epochs;
  opt.seed = a.seed;
  opt.min_count = a.min_count;
  opt.threshold = a.threshold;
  opt.description = "roles sentences=" + std::to_string(used) + " roles=" + std::to_string(met[0] + met[1]) +
                    " candidates=" + std::to_string(examples.size()) + " epochs=" + std::to_string(a.epochs) +
                    " seed=" + std::to_string(a.seed) + " min-count=" + std::to_string(a.min_count) +
                    " margin=" + std::to_string(a.threshold) + " outlets=" + a.outlets +
                    (excluded.empty() ? "" : " excluded-articles=" + std::to_string(excluded.size()));
  events::FilterModel model = events::train_filter(examples, opt);
  std::string error;
  if (!model.save(a.out, &error)) return fail(error);
  std::printf("train-roles: %zu sentences used, %zu skipped (other outlets or excluded articles)\n", used, skipped);
  for (int role = 0; role < 2; ++role)
    std::printf("train-roles: %s: %zu labelled in a telling; the rules' choice right %zu (%.3f), some candidate right %zu (%.3f: the ceiling)\n",
                role == 0 ? "actor" : "recipient", met[role], rules_right[role],
                met[role] ? double(rules_right[role]) / double(met[role]) : 0.0, oracle[role],
                met[role] ? double(oracle[role]) / double(met[role]) : 0.0);
  std::printf("train-roles: %zu candidate examples; %zu features; wrote %s\n", examples.size(), model.features(), a.out.c_str());
  return 0;
}

}  // namespace

void add_train_roles_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<PerceptronTrainArgs>();
  auto* cmd = app.add_subcommand("train-roles", "Train the role chooser on labelled sentences (data/models/README.md)");
  add_perceptron_options(cmd, *args, "candidate", "Replace the rules' choice only when a candidate outscores it by this margin");
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace rasd::cli

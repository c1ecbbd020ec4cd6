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

// Why no candidate names a labelled party (the diagnostic of `--misses`): not in the sentence's
// words at all, the second conjunct of «X و Y» after a candidate, beyond the finder's token window,
// inside the trigger's own words, a mention or country the finder saw in its window but did not
// keep, or plain words; «+clause» when a clause mark stands between it and the trigger.
std::string miss_class(const Document& doc, const TriggerMention& tr, const Sentence& s,
                       const std::vector<events::RoleCandidate>& cands, const std::vector<std::string>& want,
                       uint32_t& distance) {
  constexpr uint32_t kWindow = 12;  // argument_finder.h's kArgumentWindow
  auto [i, j] = events::locate_name(doc, s, want, tr.first_token);
  distance = 0;
  if (i == j) return "absent";
  if (i < tr.end_token && tr.first_token < j) return "in-trigger";
  bool before = j <= tr.first_token;
  distance = before ? tr.first_token - j : i - tr.end_token;
  std::string clause = events::cues::clause_break(doc, before ? j : tr.end_token, before ? tr.first_token : i) ? "+clause" : "";
  // «X و Y»: the conjunction glued to Y or standing alone, a candidate or mention ending right before it.
  uint32_t conj = UINT32_MAX;
  if (!events::cues::without_conjunction(doc.tokens[i].key).empty()) conj = i;
  else if (i > s.first_token && doc.tokens[i - 1].key == "\xD9\x88") conj = i - 1;  // و
  if (conj != UINT32_MAX) {
    bool after_party = std::any_of(cands.begin(), cands.end(), [&](const events::RoleCandidate& c) { return c.end == conj; }) ||
                       std::any_of(doc.actors.begin(), doc.actors.end(), [&](const ActorMention& m) { return m.end_token == conj; });
    if (after_party) return "conjunct" + clause;
  }
  bool named = std::any_of(doc.actors.begin(), doc.actors.end(),
                           [&](const ActorMention& m) { return m.first_token < j && i < m.end_token; }) ||
               std::any_of(doc.places.begin(), doc.places.end(),
                           [&](const PlaceMention& m) { return m.first_token < j && i < m.end_token; });
  if (distance > kWindow) return std::string(named ? "far-mention" : "far-words") + clause;
  return std::string(named ? "mention" : "words") + clause;
}

int run(const PerceptronTrainArgs& a, const std::string& misses_path, bool finder_only, bool binary) {
  std::set<std::string> outlets = comma_set(a.outlets);
  std::set<std::string> excluded;
  if (!a.exclude_articles.empty() && !read_line_set(a.exclude_articles, excluded))
    return fail("cannot open '" + a.exclude_articles + "'");
  Options options;
  options.role_model = "none";  // the collector records the rules' choices; no model is read
  Pipeline pipeline(options);
  std::vector<events::FilterExample> examples;
  std::vector<events::RoleChoiceExample> choices;
  std::unique_ptr<std::ofstream> dump;
  if (!a.dump.empty()) dump = std::make_unique<std::ofstream>(a.dump, std::ios::binary);
  std::unique_ptr<std::ofstream> misses;
  if (!misses_path.empty()) misses = std::make_unique<std::ofstream>(misses_path, std::ios::binary);
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
      std::vector<events::RoleSample> samples = collector.take();
      if (finder_only)  // the candidate set before the model's own (the diagnostic's "before")
        for (events::RoleSample& s : samples)
          std::erase_if(s.candidates, [](const events::RoleCandidate& c) { return c.origin != events::RoleCandidate::Origin::kFinder; });
      for (const events::RoleSample& s : samples) {
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
          auto slot = role == 0 ? events::RoleSlot::kActor : events::RoleSlot::kRecipient;
          bool rules_empty = std::none_of(s.candidates.begin(), s.candidates.end(), [&](const events::RoleCandidate& c) {
            return (role == 0 ? c.as_actor : c.as_recipient) != events::ArgStrength::kNone;
          });
          // An empty list says the sentence names no one for the role (SENTENCES.md): where the
          // rules named none too, "none" is right and every candidate wrong, so the model learns
          // when not to fill.
          if (want.empty()) {
            if (!rules_empty) continue;
            events::RoleChoiceExample none_right;
            for (size_t i = 0; i < s.candidates.size(); ++i) {
              none_right.options.push_back(events::role_features(doc, tr, sentence, s.candidates, i, slot));
              none_right.right.push_back(false);
              examples.push_back({none_right.options.back(), false, article});
            }
            none_right.options.push_back(events::none_features(tr, s.candidates, slot));
            none_right.right.push_back(true);
            examples.push_back({none_right.options.back(), true, article});
            choices.push_back(std::move(none_right));
            continue;
          }
          ++met[role];
          bool any = false, rules = false;
          // The model fills only a role the rules left empty (choose_roles), so it learns from those
          // alone; every telling still counts in the ceiling and the misses.
          bool learn = rules_empty;
          events::RoleChoiceExample choice;
          for (size_t i = 0; i < s.candidates.size(); ++i) {
            bool right = std::any_of(names[i].begin(), names[i].end(),
                                     [&](const std::string& n) { return events::name_match(n, want); });
            any |= right;
            const auto& c = s.candidates[i];
            rules |= right && (role == 0 ? c.as_actor : c.as_recipient) != events::ArgStrength::kNone;
            std::vector<std::string> f = events::role_features(doc, tr, sentence, s.candidates, i, slot);
            if (!learn) continue;
            if (dump) {
              *dump << (right ? 1 : 0) << '\t' << article << '\t' << tr.type << '\t' << names[i].front();
              for (const auto& x : f) *dump << '\t' << x;
              *dump << '\n';
            }
            choice.options.push_back(f);
            choice.right.push_back(right);
            examples.push_back({std::move(f), right, article});
          }
          if (learn) {
            examples.push_back({events::none_features(tr, s.candidates, slot), !any, article});
            choice.options.push_back(examples.back().features);
            choice.right.push_back(!any);
            choices.push_back(std::move(choice));
          }
          if (misses && !any) {
            uint32_t distance = 0;
            std::string why = miss_class(doc, tr, sentence, s.candidates, want, distance);
            *misses << (role == 0 ? "actor" : "recipient") << '\t' << why << '\t' << article << '\t'
                    << str_field(rec, "sid") << '\t' << tr.type << '\t' << distance << '\n';
          }
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
                    " margin=" + std::to_string(a.threshold) + (binary ? " learner=binary" : " learner=ranking") + " outlets=" + a.outlets +
                    (excluded.empty() ? "" : " excluded-articles=" + std::to_string(excluded.size()));
  events::FilterModel model = binary ? events::train_filter(examples, opt) : events::train_role_ranker(choices, opt);
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
  auto misses = std::make_shared<std::string>();
  auto finder_only = std::make_shared<bool>(false);
  auto binary = std::make_shared<bool>(false);
  auto* cmd = app.add_subcommand("train-roles", "Train the role chooser on labelled sentences (data/models/README.md)");
  add_perceptron_options(cmd, *args, "candidate", "Replace the rules' choice only when a candidate outscores it by this margin");
  cmd->add_option("--misses", *misses,
                  "Also write each labelled party no candidate names: role, why, article, sid, type, distance (TSV)");
  cmd->add_flag("--finder-candidates", *finder_only,
                "Learn and measure over the argument finder's candidates alone, without those offered to the model only");
  cmd->add_flag("--binary", *binary,
                "Learn each candidate alone (the event filter's binary perceptron) instead of ranking a telling's candidates");
  cmd->callback([args, misses, finder_only, binary, &exit_code] {
    exit_code = run(*args, *misses, *finder_only, *binary);
  });
}

}  // namespace rasd::cli

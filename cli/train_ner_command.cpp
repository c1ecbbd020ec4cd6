#include "train_ner_command.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "file_text.h"
#include "rasd/actors/ner/train.h"

namespace rasd::cli {
namespace {

struct TrainNerArgs {
  std::vector<std::string> train;  // each gives its last --holdout-percent as a holdout
  std::vector<std::string> segmented;  // of the training files, those a clitic segmenter wrote
  bool align_heads = false;  // cut from the other files' spans the heads the first leaves out
  std::vector<std::string> dev;  // scored only
  std::string out, anergazet;
  int epochs = 10;
  uint64_t seed = 1;
  int holdout_percent = 10;
  int min_count = 2;
  int orders = 1;
  float org_bias = 0.0f;     // TrainOptions::org_bias
  size_t memory_block = 0;  // > 0: also score with document memory over blocks of this many sentences
  float memory_confident = 5.0f;
  std::string predictions;  // write `word gold predicted` for every held-out and dev sentence
};

std::string base_name(const std::string& path) {
  size_t slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string hex(uint64_t v) {
  char b[17];
  std::snprintf(b, sizeof b, "%016llx", static_cast<unsigned long long>(v));
  return b;
}

int run(const TrainNerArgs& a) {
  using namespace rasd::actors::ner;
  std::vector<BioFile> files;
  std::string trained_from;  // file names and FNV-1a hashes, recorded in the model
  for (const std::string& path : a.train) {
    auto text = slurp(path);
    if (!text) { std::fprintf(stderr, "rasd train-ner: cannot open '%s'\n", path.c_str()); return 1; }
    auto file = parse_bio(*text);
    if (!file) { std::fprintf(stderr, "rasd train-ner: '%s' is not a `token TAG` file\n", path.c_str()); return 1; }
    bool seg = std::find(a.segmented.begin(), a.segmented.end(), path) != a.segmented.end();
    if (seg) {
      size_t n = join_clitics(*file);
      std::printf("train-ner: %s: %zu clitic tokens joined to their words\n", path.c_str(), n);
    }
    trained_from += (trained_from.empty() ? "train=" : " train=") + base_name(path) + (seg ? " joined" : "") +
                    " train-fnv=" + hex(feature_hash(*text));
    files.push_back(std::move(*file));
  }
  std::vector<BioFile> devs;
  for (const std::string& path : a.dev) {
    std::string error;
    auto d = read_bio(path, &error);
    if (!d) { std::fprintf(stderr, "rasd train-ner: %s\n", error.c_str()); return 1; }
    devs.push_back(std::move(*d));
  }
  NameLists lists;
  std::string lists_note = "none";
  if (!a.anergazet.empty()) {
    std::string error;
    auto l = read_anergazet(a.anergazet, &error);
    if (!l) { std::fprintf(stderr, "rasd train-ner: %s\n", error.c_str()); return 1; }
    lists = std::move(*l);
    lists_note = base_name(a.anergazet) + "(" + std::to_string(lists.entries.size()) + ")";
  }
  // Each training file's last sentences are held out, a contiguous block: the corpora run article
  // by article, so a random sample of sentences would share articles (and names) with training.
  std::vector<LabelledSentence> train;
  size_t first_train = 0;  // train[0, first_train) comes from the first file
  std::vector<std::vector<LabelledSentence>> holdouts;
  for (size_t f = 0; f < files.size(); ++f) {
    auto& all = files[f].sentences;
    size_t held = (all.size() * static_cast<size_t>(a.holdout_percent) + 99) / 100;
    train.insert(train.end(), all.begin(), all.end() - static_cast<ptrdiff_t>(held));
    if (f == 0) first_train = train.size();
    holdouts.emplace_back(all.end() - static_cast<ptrdiff_t>(held), all.end());
    std::printf("train-ner: %s: %zu sentences, %zu tokens (%zu unknown tags read as O); training on %zu, holding out the last %zu (%d%%)\n",
                a.train[f].c_str(), all.size(), files[f].tokens, files[f].unknown_tags, all.size() - held, held,
                a.holdout_percent);
  }
  if (a.align_heads && files.size() > 1) {
    // Learnt from the first file's training part only: the holdouts stay as published.
    auto heads = outside_heads(std::vector<LabelledSentence>(train.begin(), train.begin() + static_cast<ptrdiff_t>(first_train)));
    size_t cut = cut_heads(train, heads, first_train);
    std::printf("train-ner: %zu words head names outside them in %s; cut from %zu spans of the other files\n",
                heads.size(), base_name(a.train.front()).c_str(), cut);
  }
  // No held-out article may be trained on through another file (ANERcorp and its relabelled copy).
  std::vector<const std::vector<LabelledSentence>*> held;
  for (const auto& h : holdouts) held.push_back(&h);
  for (const auto& d : devs) held.push_back(&d.sentences);
  if (size_t dropped = drop_overlaps(train, held))
    std::printf("train-ner: dropped %zu training sentences that repeat held-out or dev text\n", dropped);
  TrainingNames names;
  names.add(train);

  TrainOptions opt;
  opt.epochs = a.epochs;
  opt.seed = a.seed;
  opt.min_count = a.min_count;
  opt.orders = a.orders;
  opt.org_bias = a.org_bias;
  opt.description = trained_from + " holdout-percent=" + std::to_string(a.holdout_percent) + " lists=" + lists_note + (a.align_heads ? " align-heads" : "");
  auto t0 = std::chrono::steady_clock::now();
  Model model = actors::ner::train(train, lists, opt, &std::cout);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::string error;
  if (!model.save(a.out, &error)) { std::fprintf(stderr, "rasd train-ner: %s\n", error.c_str()); return 1; }
  std::string bytes = model.serialise();
  std::printf("train-ner: trained in %.1f s; %zu features kept; wrote %s (%.2f MB, options hash %s)\n", secs,
              model.features(), a.out.c_str(), bytes.size() / 1e6, hex(model.options_hash()).c_str());
  std::printf("train-ner: options: %s\n", model.options().c_str());
  if (!a.predictions.empty()) {
    std::ofstream out(a.predictions, std::ios::binary);
    auto dump = [&](const std::vector<LabelledSentence>& set, const std::string& title) {
      out << "# " << title << "\n";
      for (const auto& s : set) {
        std::vector<int> p = tag_words(model, s.words);
        for (size_t i = 0; i < s.words.size(); ++i)
          out << s.words[i] << ' ' << tag_name(s.tags[i]) << ' ' << tag_name(p[i]) << '\n';
        out << '\n';
      }
    };
    for (size_t f = 0; f < holdouts.size(); ++f) dump(holdouts[f], "holdout " + base_name(a.train[f]));
    for (size_t d = 0; d < devs.size(); ++d) dump(devs[d].sentences, "dev " + base_name(a.dev[d]));
    if (!out) { std::fprintf(stderr, "rasd train-ner: cannot write '%s'\n", a.predictions.c_str()); return 1; }
  }
  // Every table splits its names into those seen in training and the unseen ones.
  auto holdout_title = [&](size_t f) {
    return "holdout (last " + std::to_string(a.holdout_percent) + "% of " + base_name(a.train[f]) + ", " +
           std::to_string(holdouts[f].size()) + " sentences)";
  };
  auto dev_title = [&](size_t d) {
    return "dev (" + base_name(a.dev[d]) + ", " + std::to_string(devs[d].sentences.size()) + " sentences)";
  };
  for (size_t f = 0; f < holdouts.size(); ++f)
    if (!holdouts[f].empty()) std::fputs(format_scores(evaluate(model, holdouts[f], &names), holdout_title(f) + ":").c_str(), stdout);
  for (size_t d = 0; d < devs.size(); ++d)
    std::fputs(format_scores(evaluate(model, devs[d].sentences, &names), dev_title(d) + ":").c_str(), stdout);
  if (a.memory_block > 0) {
    // Document memory is a tagging-time pass (memory.h): scored here on pseudo-documents.
    std::string how = " with document memory (blocks of " + std::to_string(a.memory_block) + " sentences, confident " +
                      std::to_string(a.memory_confident).substr(0, 4) + "):";
    for (size_t f = 0; f < holdouts.size(); ++f)
      if (!holdouts[f].empty())
        std::fputs(format_scores(evaluate_with_memory(model, holdouts[f], a.memory_block, a.memory_confident, &names),
                                 holdout_title(f) + how).c_str(), stdout);
    for (size_t d = 0; d < devs.size(); ++d)
      std::fputs(format_scores(evaluate_with_memory(model, devs[d].sentences, a.memory_block, a.memory_confident, &names),
                               dev_title(d) + how).c_str(), stdout);
  }
  return 0;
}

}  // namespace

void add_train_ner_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<TrainNerArgs>();
  CLI::App* cmd = app.add_subcommand("train-ner", "Train the statistical name tagger on a BIO file");
  cmd->footer(
      "Input: `token TAG` lines, a blank line between sentences; ANERcorp (PERS LOC ORG MISC) and\n"
      "AQMAR (PER LOC ORG MIS) tags; Wojood's nested tags are read outermost, GPE as LOC, its\n"
      "other types as O. The last --holdout-percent of each training file's sentences are held\n"
      "out and scored, as is --dev: exact-span entity P/R/F1 and token scores per type, and\n"
      "entity scores for names seen in training and unseen ones. Training sentences that repeat\n"
      "held-out or dev text are dropped.\n"
      "Deterministic: the same files and options give the same model bytes.");
  cmd->add_option("--train", args->train,
                  "Training file(s) (BIO), repeatable or several after one --train; each one's last sentences are held out")
      ->required()->expected(1, -1);
  cmd->add_option("--segmented", args->segmented,
                  "Training files (also given to --train) whose clitics a segmenter split off («و بغداد»): "
                  "joined back to words before training")
      ->expected(1, -1);
  cmd->add_flag("--align-heads", args->align_heads,
                 "Cut from the other training files' spans the head words the first file leaves outside names "
                 "(«مدينة», «مطار»)");
  cmd->add_option("--dev", args->dev, "Development file(s) (BIO), scored only; repeatable")->expected(1, -1);
  cmd->add_option("--out", args->out, "Model file to write")->required();
  cmd->add_option("--epochs", args->epochs, "Perceptron passes over the data")->capture_default_str()->check(CLI::Range(1, 100));
  cmd->add_option("--seed", args->seed, "Seed of the sentence order")->capture_default_str();
  cmd->add_option("--holdout-percent", args->holdout_percent, "Share of each training file held out")->capture_default_str()->check(CLI::Range(0, 90));
  cmd->add_option("--orders", args->orders, "Average the models of this many sentence orders (seeds seed, seed+1, ...)")
      ->capture_default_str()->check(CLI::Range(1, 20));
  cmd->add_option("--min-count", args->min_count, "Drop features seen fewer times")->capture_default_str()->check(CLI::Range(1, 1000));
  cmd->add_option("--org-bias", args->org_bias, "Added to the organisation tags' weights on every token after training")
      ->capture_default_str();
  cmd->add_option("--memory-block", args->memory_block,
                  "Also score with document memory, taking blocks of this many sentences as documents");
  cmd->add_option("--memory-confident", args->memory_confident, "Margin a name needs to be remembered (these scores only; tagging uses 5)")->capture_default_str();
  cmd->add_option("--predictions", args->predictions, "Write `word gold predicted` lines of the held-out and dev sentences here");
  cmd->add_option("--anergazet", args->anergazet, "ANERgazet directory (name lists stored in the model)");
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace rasd::cli

#include "train_ner_command.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "rasd/actors/ner/train.h"

namespace rasd::cli {
namespace {

struct TrainNerArgs {
  std::vector<std::string> train;  // the first file gives the holdout; the others are all trained on
  std::string dev, out, anergazet;
  int epochs = 10;
  uint64_t seed = 1;
  int holdout_percent = 10;
  int min_count = 2;
  size_t memory_block = 0;  // > 0: also score with document memory over blocks of this many sentences
  float memory_confident = 5.0f;
};

std::optional<std::string> slurp(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return std::nullopt;
  std::ostringstream buf;
  buf << f.rdbuf();
  return buf.str();
}

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
    trained_from += (trained_from.empty() ? "train=" : " train=") + base_name(path) + " train-fnv=" + hex(feature_hash(*text));
    files.push_back(std::move(*file));
  }
  std::optional<BioFile> dev;
  if (!a.dev.empty()) {
    std::string error;
    dev = read_bio(a.dev, &error);
    if (!dev) { std::fprintf(stderr, "rasd train-ner: %s\n", error.c_str()); return 1; }
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
  // The holdout is the file's last sentences, a contiguous block: ANERcorp runs article by
  // article, so a random sample of sentences would share articles (and names) with training.
  auto& all = files.front().sentences;
  size_t held = (all.size() * static_cast<size_t>(a.holdout_percent) + 99) / 100;
  std::vector<LabelledSentence> train(all.begin(), all.end() - static_cast<ptrdiff_t>(held));
  std::vector<LabelledSentence> holdout(all.end() - static_cast<ptrdiff_t>(held), all.end());
  std::printf("train-ner: %s: %zu sentences, %zu tokens (%zu unknown tags read as O); training on %zu, holding out the last %zu (%d%%)\n",
              a.train.front().c_str(), all.size(), files.front().tokens, files.front().unknown_tags, train.size(), holdout.size(),
              a.holdout_percent);
  for (size_t f = 1; f < files.size(); ++f) {
    std::printf("train-ner: %s: %zu sentences, %zu tokens (%zu unknown tags read as O); training on all\n",
                a.train[f].c_str(), files[f].sentences.size(), files[f].tokens, files[f].unknown_tags);
    train.insert(train.end(), files[f].sentences.begin(), files[f].sentences.end());
  }

  TrainOptions opt;
  opt.epochs = a.epochs;
  opt.seed = a.seed;
  opt.min_count = a.min_count;
  opt.description = trained_from + " holdout-percent=" + std::to_string(a.holdout_percent) + " lists=" + lists_note;
  auto t0 = std::chrono::steady_clock::now();
  Model model = actors::ner::train(train, lists, opt, &std::cout);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  std::string error;
  if (!model.save(a.out, &error)) { std::fprintf(stderr, "rasd train-ner: %s\n", error.c_str()); return 1; }
  std::string bytes = model.serialise();
  std::printf("train-ner: trained in %.1f s; %zu features kept; wrote %s (%.2f MB, options hash %s)\n", secs,
              model.features(), a.out.c_str(), bytes.size() / 1e6, hex(model.options_hash()).c_str());
  std::printf("train-ner: options: %s\n", model.options().c_str());
  if (!holdout.empty())
    std::fputs(format_scores(evaluate(model, holdout), "holdout (last " + std::to_string(a.holdout_percent) + "% of " +
                                                         base_name(a.train.front()) + ", " + std::to_string(holdout.size()) + " sentences):").c_str(), stdout);
  if (dev)
    std::fputs(format_scores(evaluate(model, dev->sentences), "dev (" + base_name(a.dev) + ", " +
                                                                  std::to_string(dev->sentences.size()) + " sentences):").c_str(), stdout);
  if (a.memory_block > 0) {
    // Document memory is a tagging-time pass (memory.h): scored here on pseudo-documents.
    std::string how = " with document memory (blocks of " + std::to_string(a.memory_block) + " sentences, confident " +
                      std::to_string(a.memory_confident).substr(0, 4) + "):";
    if (!holdout.empty())
      std::fputs(format_scores(evaluate_with_memory(model, holdout, a.memory_block, a.memory_confident), "holdout" + how).c_str(), stdout);
    if (dev)
      std::fputs(format_scores(evaluate_with_memory(model, dev->sentences, a.memory_block, a.memory_confident), "dev" + how).c_str(), stdout);
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
      "other types as O. The last --holdout-percent of the first training file's sentences\n"
      "are held out and scored, as is --dev: exact-span entity P/R/F1 and token scores per type.\n"
      "Deterministic: the same files and options give the same model bytes.");
  cmd->add_option("--train", args->train,
                  "Training file(s) (BIO), repeatable or several after one --train; the holdout comes from the first")
      ->required()->expected(1, -1);
  cmd->add_option("--dev", args->dev, "Development file (BIO), scored only");
  cmd->add_option("--out", args->out, "Model file to write")->required();
  cmd->add_option("--epochs", args->epochs, "Perceptron passes over the data")->capture_default_str()->check(CLI::Range(1, 100));
  cmd->add_option("--seed", args->seed, "Seed of the sentence order")->capture_default_str();
  cmd->add_option("--holdout-percent", args->holdout_percent, "Share of the training file held out")->capture_default_str()->check(CLI::Range(0, 90));
  cmd->add_option("--min-count", args->min_count, "Drop features seen fewer times")->capture_default_str()->check(CLI::Range(1, 1000));
  cmd->add_option("--memory-block", args->memory_block,
                  "Also score with document memory, taking blocks of this many sentences as documents");
  cmd->add_option("--memory-confident", args->memory_confident, "Margin a name needs to be remembered (these scores only; tagging uses 5)")->capture_default_str();
  cmd->add_option("--anergazet", args->anergazet, "ANERgazet directory (name lists stored in the model)");
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace rasd::cli

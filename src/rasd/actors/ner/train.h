// Training and measuring the name tagger: BIO files in, an averaged perceptron out, and the
// exact-span entity scores (conlleval's definition) plus token scores per type.
#pragma once

#include <array>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "rasd/actors/ner/model.h"

namespace rasd::actors::ner {

struct LabelledSentence {
  std::vector<std::string> words;
  std::vector<int> tags;  // model tags (model.h)
};

struct BioFile {
  std::vector<LabelledSentence> sentences;
  size_t tokens = 0;
  size_t unknown_tags = 0;  // tags outside PER/ORG/LOC/MISC (read as O)
};

// Reads `token TAG` lines (the tag is the last white-space separated field), blank lines between
// sentences. ANERcorp (PERS, MISC) and AQMAR (PER, MIS) tags are both understood.
std::optional<BioFile> read_bio(const std::string& path, std::string* error);
std::optional<BioFile> parse_bio(std::string_view text);

// Re-joins the tokens of a clitic segmenter (WikiFANE: «و بغداد», «اقسام ه») into words as news
// writes them («وبغداد», «اقسامه»), so that training sees what the tokenizer gives at run time:
// a lone و ف ب ل ك joins the next word, a lone pronoun (ه ها هم هما هن كم نا) the previous one
// (ة becoming ت). The joined word takes the word's tag, B- when the clitic opened the name; an I-
// left after O becomes B-. Returns the number of tokens joined.
size_t join_clitics(BioFile& file);

// Span conventions differ between corpora: ANERcorp leaves a type word outside the name («مدينة»
// O, «حمص» B-LOC), WikiFANE keeps it inside («مطار القاهرة» B I). These find the words `reference`
// leaves outside a following name at least `min_outside` times and keeps inside at most a quarter
// as often (by normalised stem), and cut them from the head of `other`'s multi-word spans.
// Returns the number of spans cut.
std::unordered_set<std::string> outside_heads(const std::vector<LabelledSentence>& reference, size_t min_outside = 3);
// Cuts in other[from, end): the sentences before `from` are left alone.
size_t cut_heads(std::vector<LabelledSentence>& other, const std::unordered_set<std::string>& heads, size_t from = 0);

// ANERgazet's three lists (AlignedPersGazetteer.txt, AlignedOrgGazetteer.txt,
// AlignedLocGazetteer.txt) from `dir`; its "====" and "****" separator lines are skipped.
std::optional<NameLists> read_anergazet(const std::string& dir, std::string* error);

struct TrainOptions {
  int epochs = 10;
  uint64_t seed = 1;
  int min_count = 2;  // features seen fewer times are dropped: they only memorise
  int orders = 1;     // > 1: average the models of this many sentence orders (seed, seed + 1, ...)
  // Added to B-ORG and I-ORG on the feature every token has («bias») once training is done:
  // the perceptron under-calls organisations (on the ANERcorp holdout P .71, R .57, against
  // .82/.90 for places), whose one-word clubs, brands and parties it mostly never saw. In the
  // averaged weights' units, so it belongs to one recipe (tools/ner_train.sh gives 6).
  float org_bias = 0.0f;
  std::string description;  // recorded in the model (what it was trained from)
};

// Trains on `train` and returns the quantised model. Deterministic: the same sentences, lists
// and options give the same model bytes. Progress lines go to `log` when given.
Model train(const std::vector<LabelledSentence>& train, const NameLists& lists, const TrainOptions& options,
            std::ostream* log);

// The model's tags for one sentence of words (as in a BIO file).
std::vector<int> tag_words(const Model& model, const std::vector<std::string>& words);

struct Counts {
  size_t tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0; }
  double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0; }
  double f1() const { double p = precision(), r = recall(); return p + r > 0 ? 2 * p * r / (p + r) : 0; }
};

// The names of a training set, by their words' normalised keys: a held-out name found here was
// "seen" (the tagger may have memorised it), one not found is "unseen" (it must be inferred from
// its shape and context). Unseen names are what new news brings, so the split is reported.
class TrainingNames {
 public:
  void add(const std::vector<LabelledSentence>& sentences);
  bool seen(const std::vector<std::string>& words, size_t begin, size_t end) const;
  size_t size() const { return keys_.size(); }

 private:
  std::unordered_set<std::string> keys_;
};

// Drops training sentences that share most of their word trigrams with a held-out sentence
// (the same article in two files, e.g. ANERcorp and its relabelled copy). Returns how many.
size_t drop_overlaps(std::vector<LabelledSentence>& train, const std::vector<const std::vector<LabelledSentence>*>& held);

struct Scores {
  std::array<Counts, kTypes> entity{}, token{};
  // Exact-span entities split by TrainingNames (gold and predicted spans alike): filled when
  // add() is given the names.
  std::array<Counts, kTypes> seen{}, unseen{};
  bool split = false;
  size_t tokens = 0, correct = 0;  // token accuracy over all nine tags
  void add(const std::vector<int>& gold, const std::vector<int>& predicted,
           const std::vector<std::string>* words = nullptr, const TrainingNames* names = nullptr);
  // Micro average over PER, ORG, LOC (the types rasd emits).
  Counts entity_main() const;
  Counts token_main() const;
};

Scores evaluate(const Model& model, const std::vector<LabelledSentence>& sentences,
                const TrainingNames* names = nullptr);
// The same with document memory (memory.h) over blocks of `block` consecutive sentences taken
// as documents: the files mark no article boundaries.
Scores evaluate_with_memory(const Model& model, const std::vector<LabelledSentence>& sentences, size_t block,
                            float confident, const TrainingNames* names = nullptr);
// A readable table: per type P/R/F1 for exact-span entities and for tokens, then accuracy.
std::string format_scores(const Scores& s, const std::string& title);

}  // namespace rasd::actors::ner

// The learned role chooser (issue 20): who did it and to whom where the argument rules of
// events/arguments.cpp name no one. The rules read the cues in layers and let the first sure one
// decide; a role none of them fills may still be named by the sum of weak evidence. This scores
// every candidate (the finder's, and the wider set offered to the model alone) and "none" for
// each role the rules left empty, with the grammar position and the rules' own choices as
// features, and takes the best; it never moves a role the rules filled (held out, its
// replacements were wrong more often than right).
//
// The learner is a ranking perceptron over a telling's options (train_role_ranker), written in
// the event filter's text format (events/event_filter_model.h). `rasd train-roles` writes it
// (data/models/README.md); tools/cv-role-model.py cross-validates it by article and
// tools/role-candidate-misses.py says which labelled parties no candidate names.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rasd/core/document.h"
#include "rasd/events/argument_cues.h"
#include "rasd/events/arguments.h"
#include "rasd/events/event_filter_model.h"
#include "rasd/events/word_parties.h"

namespace rasd::events {

// One party a telling's role may go to, as the argument finder saw it.
struct RoleCandidate {
  enum class Kind : uint8_t { kMention, kPlace, kNisba, kWords };
  Kind kind = Kind::kMention;
  int32_t index = -1;          // Document::actors (kMention), Document::places (kPlace), a token (kNisba)
  uint32_t lead = 0, end = 0;  // the phrase's tokens (head words included)
  std::vector<cues::Role> cues;  // what the words right before it say (argument_cues.tsv)
  bool speaker = false;        // reports the statement the trigger is in
  bool counted = false;        // a count right before it
  bool held = false;           // headed by what a party holds («مواقع ...»)
  // The grammar bars it as the doer, as the rules' offer() does: what a party holds, a party in an
  // aside that does not hold the trigger. The model never takes it for the actor.
  bool no_actor = false;
  // What the rules made of it: the strength they gave it as actor and as recipient (kNone: not chosen).
  ArgStrength as_actor = ArgStrength::kNone, as_recipient = ArgStrength::kNone;
  // Where it comes from: the finder's candidates and the rules' parties, or offered to the model
  // alone (Finder::more_candidates): a mention or country of the sentence the finder did not
  // keep, the second conjunct of «X و Y», a plain-word noun phrase in the window.
  enum class Origin : uint8_t { kFinder, kSentence, kConjunct, kWords };
  Origin origin = Origin::kFinder;
};

enum class RoleSlot : uint8_t { kActor, kRecipient };

// The features of candidate c for `slot` of trigger `tr` in sentence `s` (all prefixed by the
// slot): its kind and sector, side and distance, what stands between it and the trigger (commas,
// clause marks, quotes, other triggers), the clitic or word before it, its definiteness, its cues,
// the rules' choice of it; each crossed with the trigger's form where the form changes its sense.
std::vector<std::string> role_features(const Document& doc, const TriggerMention& tr, const Sentence& s,
                                       const std::vector<RoleCandidate>& all, size_t c, RoleSlot slot);
// The features of "none" for the slot: the trigger's type and form, how surely the rules filled
// the slot, how many candidates there are.
std::vector<std::string> none_features(const TriggerMention& tr, const std::vector<RoleCandidate>& all, RoleSlot slot);

// The model's choice for each slot: an index into `all`, or all.size() for none. The rules'
// choice stands; an empty role takes the best candidate when it beats "none" by the model's
// threshold (a margin: 0 takes the best). The actor is chosen first; the recipient among the rest.
struct RoleChoice {
  size_t actor, recipient;
};
RoleChoice choose_roles(const FilterModel& model, const Document& doc, const TriggerMention& tr, const Sentence& s,
                        const std::vector<RoleCandidate>& all);

// Applies a choice to the rules' arguments: a changed role is reset and filled by its candidate
// at a guess's strength (the model is no grammar rule: when tellings fuse, a party a rule named
// in another telling displaces it), "none" empties it.
void apply_choice(const std::vector<RoleCandidate>& all, RoleChoice choice, Arguments& out);

// The hook at the end of the argument finder: with a collector active, records the telling's
// candidates (the rules stand); else with a model in force on this thread, re-chooses.
void rechoose_roles(const Document& doc, const TriggerMention& tr, const Sentence& s, std::vector<RoleCandidate> all,
                    Arguments& out);

// The role model `which` names: "none" nullptr (the rules alone), "" the shipped file
// (data/models/role-model.txt), else a file; nullptr with `error` set when it cannot be read.
const FilterModel* role_filter_model(const std::string& which, std::string* error = nullptr);
std::string default_role_model_path();

// The model the argument finder uses on this thread while a scope is alive (the pipeline opens one
// around event building): a thread-local, so that no signature between the pipeline and the
// finder changes for it.
class RoleModelScope {
 public:
  explicit RoleModelScope(const FilterModel* model);
  ~RoleModelScope();
  RoleModelScope(const RoleModelScope&) = delete;
  RoleModelScope& operator=(const RoleModelScope&) = delete;
  static const FilterModel* active();

 private:
  const FilterModel* previous_;
};

// A candidate's words as the scorer compares names: its phrase, and a mention's own name.
std::vector<std::string> candidate_names(const Document& doc, const RoleCandidate& c);

// score.py's name match: equal after normalisation, or one a whole-token run inside the other,
// the article and its glued prepositions off each word.
bool name_match(std::string_view pred, const std::vector<std::string>& golds);

// Where sentence s names a labelled party: the longest run of words (up to eight) whose match key
// lies inside one of its names, the nearest token `near` among equals; {0, 0} when none does (the
// candidates' diagnostic, `rasd train-roles --misses`).
std::pair<uint32_t, uint32_t> locate_name(const Document& doc, const Sentence& s, const std::vector<std::string>& golds,
                                          uint32_t near);

// One choice to learn from: a telling's role, its options (each candidate's features, then
// "none"'s) and which of them name the labelled party ("none" alone when no candidate does).
struct RoleChoiceExample {
  std::vector<std::vector<std::string>> options;
  std::vector<bool> right;
};

// A ranking perceptron over the choices (averaged; Collins 2002): where the best-scoring option
// is wrong, the best-scoring right one gains its features and the wrong one loses its. It learns
// which candidate beats the others of its telling, which a binary perceptron, judging each
// alone, does not. Deterministic; features seen in fewer than min_count options are dropped.
FilterModel train_role_ranker(const std::vector<RoleChoiceExample>& choices, const FilterTrainOptions& options);

// What training reads: each telling the finder judged while a collector is active on this thread,
// with its candidates and the rules' arguments (the model is not applied then).
struct RoleSample {
  uint32_t trigger = 0;  // index into Document::triggers
  uint32_t sentence = 0;  // index into Document::sentences
  std::vector<RoleCandidate> candidates;
};

class RoleCollector {
 public:
  RoleCollector();
  ~RoleCollector();
  RoleCollector(const RoleCollector&) = delete;
  RoleCollector& operator=(const RoleCollector&) = delete;
  std::vector<RoleSample> take() { return std::move(samples_); }
  static RoleCollector* active();
  void add(RoleSample s) { samples_.push_back(std::move(s)); }

 private:
  std::vector<RoleSample> samples_;
  RoleCollector* previous_;
};

}  // namespace rasd::events

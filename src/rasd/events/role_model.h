// The learned role chooser (issue 20): which of a telling's candidate parties is its actor, which
// its recipient. The rules of events/arguments.cpp read the cues in layers and let the first sure
// one decide; where cues conflict (a subject at a distance against a «ل» phrase next to the
// verb, the reporter against the clause's own subject) the sum of weak evidence may decide better.
// This scores every candidate the rules had (and "none") for each role, with the rules' own
// choice and strength as features among the rest, and takes the best.
//
// The learner is the event filter's averaged perceptron (events/event_filter_model.h, called, not
// copied), one binary example per candidate and role (the labelled party or not); at run time the
// highest-scoring candidate wins. The model is its text format. `rasd train-roles` writes it
// (data/models/README.md); tools/cv-role-model.py cross-validates it by article.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
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
  // What the rules made of it: the strength they gave it as actor and as recipient (kNone: not chosen).
  ArgStrength as_actor = ArgStrength::kNone, as_recipient = ArgStrength::kNone;
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

// The model's choice for each slot: an index into `all`, or all.size() for none. The actor is
// chosen first; the recipient among the rest. A candidate replaces the rules' choice only when it
// outscores it by the model's threshold (a margin: 0 takes the best).
struct RoleChoice {
  size_t actor, recipient;
};
RoleChoice choose_roles(const FilterModel& model, const Document& doc, const TriggerMention& tr, const Sentence& s,
                        const std::vector<RoleCandidate>& all);

// Applies a choice to the rules' arguments: a changed role is reset and filled by its candidate
// (medium strength: the model is no grammar rule), "none" empties it.
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

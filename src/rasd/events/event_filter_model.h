// The event filter's model (issue 15): a binary averaged perceptron over string features of one
// trigger in its context (events/event_filter.h), saying whether the trigger is used in its event
// sense («أصيب الجنود» yes, «أصيب اللاعب» no). Rules settle what rules can (data/triggers/*.tsv);
// this weighs the many weak cues no row can: the governed noun's class, numbers and victim nouns
// nearby, an article's sport or market vocabulary.
//
// The name tagger's perceptron (actors/ner) is a BIO sequence model over hashed features; this one
// is a single binary decision, so it shares the algorithm (averaged perceptron, deterministic
// shuffles) but not the file: the file here is text, one feature and its weight a line, so a
// reviewer can read what the model learnt (`grep '^rule=' data/models/status-model.txt`).
//
// File format (UTF-8 text):
//   "rasd-events-filter 1"                      magic and format version
//   "features <v>"                              the feature set's version (event_filter.cpp)
//   "threshold <t>"                             keep a trigger when its score >= t
//   "options <text>"                            how it was trained (for the README)
//   "<feature>\t<weight>" ...                   sorted by feature, weights with 4 decimals
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rasd/core/hash.h"

namespace rasd::events {

// The version of the features event_filter.cpp extracts; a model of another version is refused.
inline constexpr int kFilterFeatureVersion = 1;

class FilterModel {
 public:
  // The weights' sum over the features (unknown ones weigh nothing).
  float score(const std::vector<std::string>& features) const;
  bool keep(const std::vector<std::string>& features) const { return score(features) >= threshold_; }

  float threshold() const { return threshold_; }
  void set_threshold(float t) { threshold_ = t; }
  const std::string& options() const { return options_; }
  size_t features() const { return weights_.size(); }

  std::string serialise() const;
  static std::optional<FilterModel> parse(std::string_view text, std::string* error);
  static std::optional<FilterModel> load(const std::string& path, std::string* error);
  bool save(const std::string& path, std::string* error) const;

  static FilterModel from_weights(StringMap<float> weights, float threshold, std::string options);

 private:
  StringMap<float> weights_;
  float threshold_ = 0;
  std::string options_;
};

struct FilterExample {
  std::vector<std::string> features;
  bool event = false;   // the trigger is used in its event sense
  std::string group;    // the article it comes from (cross-validation splits by it)
};

struct FilterTrainOptions {
  int epochs = 10;
  uint64_t seed = 1;
  int min_count = 2;          // features seen in fewer examples are dropped: they only memorise
  float threshold = 0;
  std::string description;    // recorded in the model
};

// Deterministic: the same examples (in the same order) and options give the same model.
FilterModel train_filter(const std::vector<FilterExample>& examples, const FilterTrainOptions& options);

// A labelled sentence's reading of one trigger of `type` whose words are `trigger_text`: an event
// when one of the sentence's labelled events (any status: the filter judges sense, not whether
// the sentence reports it) lists the type, unless the trigger is one of the words the labels
// name as used in another sense. `non_event_words` and `trigger_text` are normalised keys.
bool sense_label(std::string_view type, std::string_view trigger_text,
                 const std::vector<std::vector<std::string>>& event_types,
                 const std::vector<std::string>& non_event_words);

// A model the engine reads at run time, loaded once per path for the process and shared by every
// thread: `which` is "none" (nullptr, no error), "" the shipped file `models/<shipped_file>` under
// $RASD_DATA_DIR (or the source tree's data/), or a path. A file that cannot be read or parsed gives
// nullptr and its message in *error. The event filter and the status classifier both use it.
const FilterModel* shared_model(const std::string& which, std::string_view shipped_file, std::string* error);

// $RASD_DATA_DIR (or the source tree's data/) + "/models/" + file.
std::string shipped_model_path(std::string_view file);

}  // namespace rasd::events

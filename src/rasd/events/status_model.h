// The learned status classifier (issue 15): whether a telling the rules of events/discourse_status
// judged is asserted news or not (generic, hypothetical, future). The rules read one cue at a
// time and stop at the first; many statuses show only in the sum of weak cues no row can hold:
// a bare plural with no date or count of its own, an imperfect verb in a clause with «كل»,
// a verbal noun after a modal three words back, an opinion's vocabulary. This weighs them, with
// the rules' own reading as one feature among the rest.
//
// The learner is the event filter's averaged perceptron (events/event_filter_model.h, called, not
// copied); the model is its text format, positive = asserted. `rasd train-status` writes it
// (data/models/status-model.txt, data/models/README.md); tools/cv-events.py --status
// cross-validates it by article.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <string>
#include <vector>

#include "rasd/core/document.h"
#include "rasd/events/discourse_status.h"
#include "rasd/events/event_filter_model.h"

namespace rasd::events {

// The features of one telling: its form, clitics, definiteness and number; the words and word
// classes around it (positional within two, a bag within its clause's reach); the particles,
// question marks, dates and numbers of its sentence; and the rules' reading `rule`.
std::vector<std::string> status_features(const Document& doc, const TriggerMention& trigger, int32_t date_mention,
                                         Status rule);

// The shape features' pieces: a stem's first code point (a verb's tense prefix) and its last
// `letters` code points (a noun's number), whole characters of any length in bytes.
std::string first_letter(std::string_view stem);
std::string last_letters(std::string_view stem, size_t letters);

// The status model `which` names: "" the shipped one (default_status_model_path()), "none"
// nullptr (the rules alone), else a file. Loaded once per path and kept; nullptr with `error` set
// when it cannot be read (rasd::Engine::create refuses to run then).
const FilterModel* status_filter_model(const std::string& which, std::string* error = nullptr);
// $RASD_DATA_DIR/models/status-model.txt, the source tree's data/ when unset.
std::string default_status_model_path();

// The rules' reading overruled where the model scores a report or reference below its threshold:
// it becomes generic (no one happening told: the largest class of non-asserted tellings). A
// non-asserted reading of the rules stands (held out by article, the model's overrulings of them
// were right about one time in four); old and topic readings are background, not modality.
StatusReading learned_status(const FilterModel& model, const std::vector<std::string>& features,
                             const TriggerMention& trigger, StatusReading rule);

// A labelled sentence's event (SENTENCES.md): its acceptable types, status and trigger words
// (a normalised key).
struct LabelledEvent {
  std::vector<std::string> types;
  std::string status;   // asserted | background | future | hypothetical | negated | generic
  std::string trigger;
};

// The status label of an engine telling of `type` whose words are `trigger_key`: true (asserted),
// false (generic, hypothetical, future, negated) or nullopt (not learnt from). Only a labelled
// event of the type says: the one whose trigger overlaps the telling's words, else all of the
// type (asserted when one is). A sentence with no event of the type says nothing of status (the
// word may be in another sense, or of another type); a background-only reading neither.
std::optional<bool> status_label(std::string_view type, std::string_view trigger_key,
                                 const std::vector<LabelledEvent>& events);

// What training reads: each telling discourse_status() judges while a collector is active on this
// thread is recorded with its rules-only reading and features (the model is not applied then).
struct StatusSample {
  uint32_t trigger = 0;  // index into Document::triggers
  Status rule = Status::kReport;
  std::vector<std::string> features;
};

class StatusCollector {
 public:
  StatusCollector();
  ~StatusCollector();
  StatusCollector(const StatusCollector&) = delete;
  StatusCollector& operator=(const StatusCollector&) = delete;
  std::vector<StatusSample> take();

  static StatusCollector* active();  // this thread's, or nullptr
  void add(StatusSample s) { samples_.push_back(std::move(s)); }

 private:
  std::vector<StatusSample> samples_;
  StatusCollector* previous_;
};

}  // namespace rasd::events

// The trained event filter: after the trigger tables have matched (events/trigger_finder.h), a
// per-trigger classifier (events/event_filter_model.h) drops the triggers that are not used in
// their event sense («أصيب اللاعب في الركبة», «تحرير التجارة», «هجوم الفريق»). It runs before the
// events are built, so a dropped trigger tells nothing.
//
// Features (version kFilterFeatureVersion) of a trigger, each alone and joined with its PLOVER
// type («T:ASSAULT|...») so that one model serves every type and the rarer types borrow the
// general cues: the row's lemma; the word's form and proclitics (definite, a preposition glued
// on); verb, verbal noun or participle, passive; the two words on each side and their word
// clusters (actors/ner/clusters.h: a word the labels never showed shares a cluster with ones they
// did); the class of the governed or governing noun (an actor's sector, a place), numbers and
// dates near it; the other trigger types in its sentence; and the vocabulary of the sentence and
// the article (data/events/sense_domains.tsv: sport, economy, health, culture).
#pragma once

#include <string>
#include <vector>

#include "rasd/core/document.h"
#include "rasd/events/event_filter_model.h"

namespace rasd::events {

// The features of a document's triggers (the layers before the events must be filled). What
// does not depend on the trigger (per-token actors and places, per-sentence dates, domains and
// trigger types, the article's domains) is gathered once, so a document costs linear time.
class TriggerFeatures {
 public:
  explicit TriggerFeatures(const Document& doc);
  std::vector<std::string> of(size_t trigger) const;

 private:
  struct SentenceInfo {
    std::vector<std::string> dates, domains, types;
  };
  const Document& doc_;
  std::vector<int32_t> sentence_;                  // per token, -1 outside a sentence
  std::vector<SentenceInfo> sentences_;
  std::vector<std::string> actor_start_, actor_end_;  // per token: sector of an actor starting / ending there
  std::vector<uint8_t> place_start_;
  std::vector<int32_t> quantity_at_;               // per token: the quantity starting there, -1
  std::vector<std::string> doc_domains_;
};

// Drops the triggers of many-sense rows (`senses` in data/triggers/*.tsv) that `model` reads as
// used in another sense; a one-sense row's trigger is never dropped. Keeps the order of the rest.
void filter_triggers(Document& doc, const FilterModel& model);

// The model named by Options::event_model: "" or "none" no filter (nullptr), else a file path.
// No filter ships: cross-validated by article it does not beat the trigger tables alone
// (data/models/README.md), so it is for those who train one on their own labelled sentences.
// Loaded once per path and process; nullptr with `error` set when it cannot be read.
const FilterModel* event_filter_model(const std::string& which, std::string* error = nullptr);

// The domain a sentence word belongs to («مباراة» sport, «البورصة» economy), "" for none.
std::string_view sense_domain(std::string_view stem);

}  // namespace rasd::events

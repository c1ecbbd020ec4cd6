// Discourse status of one telling: whether its sentence reports the happening as news, or only
// refers to it, dates it long before, speaks of no one happening, or of one that may yet come.
// Decided from the trigger's own position, not from cue words anywhere in the sentence: the word
// that governs it («بعد الهجوم», «أدان التفجير», «احتمال هجوم»), the words right after it
// («الاجتماع المرتقب»), the period its clause totals over («منذ عام 2015»), its tense in a
// relative clause («التي تدعم»), its own date and whether its clause is a question; and whether
// it lies in what a call or threat asks for («دعا إلى وقف القتال، والإفراج عن الأسرى»).
// Cues are rows of data/events/status_cues.tsv; negation and reports stay in events/modality.h.
// Reads Document::tokens, ::sentences, ::dates and ::triggers.
#pragma once

#include <cstdint>
#include <string_view>

#include "rasd/core/document.h"

namespace rasd::events {

enum class Status : uint8_t {
  kReport,        // told as having happened or happening (the default)
  kReference,     // named as known: object of a reaction, time adjunct, charge, victims' genitive
  kOld,           // its own date lies more than about a month before publication, or «منذ» anchors it
  kGeneric,       // no one happening: a habit, a total over a long period
  kHypothetical,  // a possibility, a fear, a wish, a question
  kFuture,        // expected or scheduled
  kTopic,         // what talk is about («بحثا حول الاتفاق», «نص الاتفاق»): named as known, not told
};

struct StatusReading {
  Status status = Status::kReport;
  Span cue;  // the words that decided it; empty for a report
};

class FilterModel;  // events/event_filter_model.h

// `date_mention` is the telling's own date (an index into Document::dates, -1 when none).
// The rules' reading overruled by the learned classifier `model` where it disagrees
// (status_model.h); nullptr, the rules alone.
StatusReading discourse_status(const Document& doc, const TriggerMention& trigger, int32_t date_mention,
                               const FilterModel* model = nullptr);
// The rules of data/events/status_cues.tsv alone.
StatusReading rule_status(const Document& doc, const TriggerMention& trigger, int32_t date_mention);

std::string_view status_name(Status s);

}  // namespace rasd::events

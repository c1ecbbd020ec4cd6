// Whether a telling is framed as earlier than the article's news: a past verb in the pluperfect
// («وكان الوزير، بحسب مصادر، قد زار العاصمة», «وكان المبعوث زار») or after «سبق أن». Such a
// telling recalls background to today's happening; fused with a telling of today's from another
// sentence, it only fills a role that one left empty (event_builder.cpp merge). Frames are rows
// of data/events/earlier_frames.tsv. Reads Document::tokens and ::actors.
#pragma once

#include "rasd/core/document.h"

namespace rasd::events {

bool told_earlier(const Document& doc, const TriggerMention& tr, const Sentence& s);

}  // namespace rasd::events

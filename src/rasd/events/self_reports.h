// An institution reporting its own deed: «قالت القيادة إن 12 غارة نُفذت», «قالت النيابة إن
// المتهمين أُحيلوا إلى المحاكمة». When the reported clause names no doer (a passive verb, a
// verbal noun with no agent) and the reporter is a body whose office is that kind of deed
// (data/events/self_reporters.tsv: type × mode × sector), the reporter is the doer. Sources,
// witnesses, media and NGOs are no such sector, so they stay reporters of others' deeds.
#pragma once

#include <cstdint>

#include "rasd/core/document.h"

namespace rasd::events {

// Whether actor `reporter` (index into Document::actors, -1 none), reporting trigger `tr` of
// sentence `s`, did the deed itself; `recipient` (-1 none) is the party the deed befell. The
// caller asks only when no doer was found.
bool reports_own_deed(const Document& doc, const TriggerMention& tr, const Sentence& s, int32_t reporter,
                      int32_t recipient);

}  // namespace rasd::events

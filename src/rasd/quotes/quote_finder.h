// The quotes layer: who said what, in quotation marks or reported (Document::quotes).
//
// Cues are rows of data/quotes/speech_cues.tsv (see its header): a speech verb («قال», «أكدت»),
// a participle continuing a statement («مضيفا»), or a prepositional source («بحسب»). For each cue
// in a body sentence, outside quotation marks:
//   1. the speaker: the actor (Document::actors) or source noun (speaker_nouns.tsv: «مصدر أمني»,
//      «البيان», «شهود عيان») right after a verb, else the actor right before it; a verb with no
//      subject continues the last speaker when it opens a sentence («وأضاف أن»), else refers to
//      the sentence's first actor («... بثت القناة شريطا قالت إنه»);
//   2. what opens the quoted words, as the row's `follows` allows, within a few tokens: a
//      complementizer (complementizers.tsv), a colon, an opening mark, a preposition
//      («أشار إلى»), or the words right after the speaker («أعلن الجيش مقتل ...»);
//   3. where they end: the closing mark of a quotation, else the end of the sentence or the next
//      cue that starts a statement of its own («، مضيفا أن», «وقال»). Cues inside the quoted
//      words are part of them.
// A quotation the cue follows («"..."، قال الوزير») is the cue's; a quotation opening a paragraph or
// after «X:» is its speaker's. Boilerplate and source lines are never read. Linear in the tokens:
// each cue looks a bounded number of tokens around it.
#pragma once

#include "rasd/core/document.h"

namespace rasd::quotes {

void find_quotes(Document& doc);

}  // namespace rasd::quotes

// Event triggers: fills Document::triggers with the words and phrases that name a PLOVER 2.0
// event («اعتقال», «أطلقوا النار», «أعمال شغب»), from the reviewed lexicon data/triggers/*.tsv.
// Only triggers: actors, places, modality and fusion are later stages' business.
//
// The lexicon. Every table under data/triggers/ has the columns
//   lemma  form  pos  gen  type  mode  passive  needs  within  unless  note  senses
// `form` is one word or a phrase; `gen` names the inflection pattern applied to its first word
// (verbs: past, present, past_weak, present_weak; nouns: noun, noun_pl, participle; "-" = the form
// only), so a row is a lexeme and not a list of spellings. `type` "-" marks a reviewed non-event
// reading («حرب», «قوات», «أعلن», «أصيب بفيروس»): it matches like any row and emits nothing, so
// ambiguity is settled in data. `needs` (alternatives split by |) is a word that must occur within
// `within` words after the trigger (before it when negative; default 4): «أطلق» + «النار» is
// ASSAULT firearms, + «سراح» RETREAT release, + «صاروخا» ASSAULT heavy-weapons, and «أطلق» alone
// is nothing. `unless` (alternatives split by |) names the other sense by a word near the
// trigger: with one within 6 words after it («-3:» before the list: 3 words before it; «±6:» 6 on
// either side) the row
// does not match («لقي مصرعه» unless «مروري|سير|غرق»: a road accident is no attack). `senses` says whether the row's words have everyday senses besides the event one
// («one»: «غارة», «اعتقال»; «many»: «أصيب» a player, «تحرير» trade, «دعم» prices, «لقاء» a match):
// a «many» row's matches are judged by the trained event filter (events/event_filter.h), the
// others are kept as the table says («-» on non-event and cue rows). A `needs` entry written as a proclitic with a tatweel («لـ») is met by a word that
// carries it: «دعما» + «لـ» is the purpose accusative «دعما للحكومة» (in support of), no event.
//
// Mode cues. Rows with pos "cue" (data/triggers/mode_cues.tsv) emit nothing: a weapon or content
// word that lends its mode to a trigger of the same type in its sentence whose own row has none,
// the nearest within the cue's `within` words (either side; «+N» after only, «-N» before only):
// «استهدفت مدفعية الجيش» -> ASSAULT heavy-weapons, «ناشد ... التدخل» -> REQUEST assist. A word
// taken as another trigger's `needs` is its object, not a cue («أسقطت الدفاعات طائرة»).
//
// Matching. One pass over each story sentence (page furniture and the credit line are skipped).
// A token's first-word candidates are its clitic analyses (text::analyse_clitics: «واعتقلت» ->
// اعتقلت, «وبالقصف» -> قصف); a verb reading may carry only و/ف (and س or ل before a present), a
// noun reading any proclitic but the future س. Later phrase words and `needs` words match any
// analysis of a token (so «قطع علاقاتها», «فرض حظر للتجول»). At each token the best candidate wins:
// the longest phrase, then a row whose `needs` hold, then the reading with the shortest prefix,
// then the earlier row. The mention then resumes after the phrase (longest match, left to right).
// Two readings are settled here, not per row: a noun after the preposition ك («كتجنيد الأطفال»,
// such as) gives an example, no trigger; a deployment noun right after an attack verb is its
// target («استهدفت المدفعية تعزيزات»: PLOVER codes the ASSAULT, not also a MOBILIZE). Phrases read across the «_» that joins
// a hashtag's words («#تحالف_دعم_الشرعية»).
//
// Why a hash map and not Hyperscan/Vectorscan: matching must see each token through its clitic
// readings, which the tokenizer already produced; a hash of normalised forms (about ten thousand
// generated keys) answers each reading in O(1), and phrases are a first-word index plus a bounded
// look-ahead, so the pass is linear in tokens. A byte automaton would have to re-encode the text
// to one byte per letter and spell every clitic combination into its patterns, for no gain.
//
// Spans. A mention covers the trigger words with proclitics excluded (as geo/place_finder does):
// «واعتقلت» -> «اعتقلت»; an enclitic pronoun stays («اعتقاله»); a `needs` word right after the
// phrase joins it («أطلق سراح»), a distant one does not (the words between are arguments).
//
// Passive. Unvowelled, the passive past is the active one («اعتقل» = «اعتُقل») and so is the
// passive present («يعتقل» = «يُعتقل»): `passive` is set only where the text shows it, either a
// row whose form is distinctly passive (hollow verbs: «اغتيل», «أصيب», «أقيل») or a past verb
// written with a damma before its last radical («قُتل», «اعتُقل», «أُطلق»). The event stage reads
// the rest from syntax («قتل 5 أشخاص»).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rasd/core/document.h"

namespace rasd::events {

void find_triggers(Document& doc);

// Whether a trigger starts at token k. find_triggers leaves Document::triggers in text order, so
// this is a binary search.
bool trigger_starts_at(const Document& doc, uint32_t k);

// The normalised forms a row's first word yields under its inflection pattern (`gen`), in a fixed
// order, the base form first; forms only valid before an enclitic pronoun («اعتقلو» of
// «اعتقلوهم») are left out. Empty for an unknown pattern. For tests and reviewers.
std::vector<std::string> inflect(std::string_view form, std::string_view gen);

// Problems with the lexicon tables (unknown pos/gen/type/mode, a mode that is not its type's,
// bad `within`, a missing note, two default rows giving one form different types), one line
// each as "table:line: message". The unit tests require none.
std::vector<std::string> lexicon_problems();

}  // namespace rasd::events

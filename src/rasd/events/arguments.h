// Who did it and to whom: the actor and recipient of one telling, chosen among the actor mentions
// of its trigger's sentence. Layers, each from reviewed tables (data/events/):
//   1. cue words before a mention (argument_cues.tsv): «من قبل X» the doer, «ضد X» the target,
//      «مع X» the other side, «بحسب X» no party;
//   2. the trigger's grammar: a passive verb's subject is its recipient; a verbal noun's genitive
//      is its doer or its patient by the noun (genitive_roles.tsv); a light verb's subject is its
//      noun's doer (support_verbs.tsv); a finite verb's subject stands right after it (VSO) or
//      right before it (SVO), its object after;
//   3. nearest-mention guesses, weak;
//   4. sense: victims' sectors are not guessed doers (victim_sectors.tsv), the reporter of a
//      statement is not the doer of what it reports;
//   5. plain words where the grammar points and no mention stands (events/word_parties.h): the
//      object or target phrase («اعتقلوا المطلوب», «هجوم على قرية»), a counted or passive
//      subject («مقتل ستة أشخاص», «قُتل شخص»), a subject by its case («هاجم مسلحون»).
// Each argument carries a strength, so that fusing tellings keeps the surest one's.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "rasd/core/document.h"
#include "rasd/events/word_parties.h"

namespace rasd::events {

// How surely an argument was found. Ordered: fusion keeps the greater.
enum class ArgStrength : uint8_t {
  kNone = 0,
  kWeak = 1,    // a nearest-mention guess
  kMedium = 2,  // a subject or object at a distance, «بين X و Y», «مع X»
  kStrong = 3,  // an adjacent subject, an agent or target phrase, a genitive of a known noun
};

struct Arguments {
  int32_t actor = -1, recipient = -1;  // indices into Document::actors
  // Or a country the place finder found (events/place_parties.h): indices into Document::places.
  int32_t actor_place = -1, recipient_place = -1;
  // Or a nationality adjective («غارة إسرائيلية»): a token index.
  int32_t actor_nisba = -1;
  // Or plain words (layer 5), when no mention fills the role.
  WordPhrase actor_words, recipient_words;
  // «اشتباكات بين X و Y»: the second side, an actor beside the first (PLOVER's two-sided events).
  int32_t actor_also = -1;
  int32_t actor_also_place = -1;  // or that side as a country or capital (Document::places)
  ArgStrength actor_strength = ArgStrength::kNone, recipient_strength = ArgStrength::kNone;
};

// The arguments of trigger `tr` in sentence `s`. `in_sentence`: indices of the actor mentions
// whose first token lies in the sentence, in text order. `reporter`: the actor reporting the
// telling (-1 none), which is not its doer unless it says so («أعلن الجيش أنه قصف»).
Arguments find_arguments(const Document& doc, const TriggerMention& tr, const Sentence& s,
                         std::span<const uint32_t> in_sentence, int32_t reporter);

// The strength of a telling's first party (0 when it has none), for fusion.
inline uint8_t strength_of(const std::vector<EventParty>& parties) {
  return parties.empty() ? 0 : parties.front().strength;
}

// Fusing telling b into a (events/party_fusion.cpp): a role b names fills a's when a's is empty or
// a guess («قصف الحوثيين» guessed first, «قصفت ميليشيات الحوثي» told later); between two named
// parties the one more tellings name wins, then the surer. A party taken for one role leaves the
// other when it held it less surely, so no party is both the doer and the recipient.
void fuse_parties(Event& a, const Event& b);

// Whether two parties are one told twice: one entity or name, or one name's words (normalised,
// the article off) the last words of the other's («داعش» of «تنظيم داعش»).
bool one_party(const EventParty& x, const EventParty& y);

// No party is both the doer and the recipient of one happening: when an event's two roles name
// one party (one entity or name, or one name ending the other: «داعش», «تنظيم داعش»), the less
// surely found role is left empty (events/party_fusion.cpp).
void drop_self_party(Event& e);

}  // namespace rasd::events

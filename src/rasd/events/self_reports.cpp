#include "rasd/events/self_reports.h"

#include <algorithm>
#include <set>
#include <string>
#include <tuple>

#include "rasd/core/hash.h"
#include "rasd/core/table.h"
#include "rasd/events/argument_cues.h"
#include "rasd/events/place_parties.h"
#include "rasd/text/normalize.h"

namespace rasd::events {
namespace {

using Row = std::tuple<std::string, std::string, std::string>;  // type, mode ("*" any), sector

const std::set<Row>& own_deeds() {
  static const std::set<Row> rows = [] {
    std::set<Row> r;
    const auto& t = data::table("events/self_reporters");
    for (size_t i = 0; i < t.rows(); ++i)
      r.emplace(std::string(t.get(i, "type")), std::string(t.get(i, "mode")), std::string(t.get(i, "sector")));
    return r;
  }();
  return rows;
}

// Whether token k is a source noun (quotes/speaker_nouns.tsv, role noun: «مصدر», «شهود»,
// «مسؤولون»): «مصدر عسكري» tells what others did, whatever sector its adjective names.
bool source_noun(const Document& doc, uint32_t k) {
  static const StringSet nouns = [] {
    StringSet n;
    const auto& t = data::table("quotes/speaker_nouns");
    for (size_t r = 0; r < t.rows(); ++r)
      if (t.get(r, "role") == "noun") n.insert(text::normalize_key(t.get(r, "word")));
    return n;
  }();
  const Token& w = doc.tokens[k];
  return w.kind == TokenKind::kWord && (nouns.contains(w.stem) || nouns.contains(w.key));
}

// Whether a party is named in [from, to) of the sentence other than `recipient`: a verbal noun's
// clause with a subject («إن موسكو ستقوم بطرد») tells that party's deed.
bool party_between(const Document& doc, uint32_t from, uint32_t to, int32_t recipient) {
  // Both layers are in text order: start at the first mention at or after `from`.
  auto a = std::partition_point(doc.actors.begin(), doc.actors.end(), [&](const ActorMention& m) { return m.first_token < from; });
  for (; a != doc.actors.end() && a->first_token < to; ++a)
    if (static_cast<int32_t>(a - doc.actors.begin()) != recipient) return true;
  auto p = std::partition_point(doc.places.begin(), doc.places.end(), [&](const PlaceMention& m) { return m.first_token < from; });
  for (; p != doc.places.end() && p->first_token < to; ++p)
    if (country_party(doc, static_cast<size_t>(p - doc.places.begin()))) return true;
  return false;
}

}  // namespace

bool reports_own_deed(const Document& doc, const TriggerMention& tr, const Sentence& s, int32_t reporter, int32_t recipient) {
  if (reporter < 0 || static_cast<size_t>(reporter) >= doc.actors.size()) return false;
  // No doer in the clause by its grammar: a passive verb or a verbal noun. An active verb has a
  // subject of its own, named or not («قالت الشرطة إنهم قتلوا»); a participle names the people.
  if (!tr.passive && !(tr.nominal && !tr.participle)) return false;
  const ActorMention& who = doc.actors[static_cast<size_t>(reporter)];
  if (!own_deeds().contains({tr.type, tr.mode, who.sector}) && !own_deeds().contains({tr.type, "*", who.sector})) return false;
  // The reporter named in the telling's own sentence: one carried from an earlier sentence may
  // be a speaker of another matter.
  if (who.first_token < s.first_token || who.end_token > s.end_token) return false;
  if (who.first_token < tr.end_token && tr.first_token < who.end_token) return false;
  if (source_noun(doc, who.first_token) || (who.first_token > s.first_token && source_noun(doc, who.first_token - 1))) return false;
  // «احتج الوزير على طرد دبلوماسييه»: a reaction (reaction_types.tsv) between the reporter and
  // the deed names another's deed; a passive one («استُدعي السفير») is a deed told, not a reaction.
  uint32_t lo = std::min(who.end_token, tr.first_token), hi = std::max(who.first_token, tr.end_token);
  auto t = std::partition_point(doc.triggers.begin(), doc.triggers.end(), [&](const TriggerMention& m) { return m.first_token < lo; });
  for (; t != doc.triggers.end() && t->first_token < hi; ++t)
    if (&*t != &tr && !t->passive && cues::lexicon().reaction_types.count(t->type) && !cues::lexicon().reaction_own_deeds.count({t->type, tr.type}))
      return false;
  if (tr.passive) return true;  // a party before a passive verb is what it befell
  // A verbal noun whose genitive is its doer («انسحاب القوات») names the doer right after it.
  std::string noun = text::normalize_key(std::string_view(tr.lemma).substr(0, tr.lemma.find(' ')));
  if (auto it = cues::lexicon().genitive_agent.find(noun); it != cues::lexicon().genitive_agent.end() && it->second &&
      party_between(doc, tr.end_token, tr.end_token + 1, recipient))
    return false;
  uint32_t from = s.first_token;
  if (who.end_token <= tr.first_token) {
    // The reporter's phrase goes on through the mentions joined to it («قيادة قوات التحالف»).
    from = who.end_token;
    for (auto a = doc.actors.begin() + reporter + 1; a != doc.actors.end() && a->first_token <= from; ++a)
      if (a->first_token == from) from = std::max(from, a->end_token);
  }
  // Only the noun's own clause: a party past a comma belongs to an earlier clause of the report
  // («إن غارات نفذت على مواقع للمسلحين، وإن ضربات أخرى ...»).
  for (uint32_t k = tr.first_token; k > from; --k)
    if (cues::clause_break(doc, k - 1, k)) {
      from = k;
      break;
    }
  return !party_between(doc, from, tr.first_token, recipient);
}

}  // namespace rasd::events

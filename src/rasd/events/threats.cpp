#include "rasd/events/threats.h"

#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "rasd/core/table.h"
#include "rasd/events/argument_cues.h"
#include "rasd/text/normalize.h"
#include "rasd/text/utf8.h"

namespace rasd::events {
namespace {

// How many words before a verbal noun its governing verb may stand («نكثف الهجمات»).
constexpr uint32_t kVerbReach = 2;
constexpr size_t kMinVerbLetters = 4;

struct Contents {
  std::map<std::pair<std::string, std::string>, std::string> mode;  // (type, content mode) -> threat mode
  std::vector<std::string> prefixes;   // glued to a first person plural verb («سنرد»)
  std::vector<std::string> particles;  // before one («سوف نكثف»)
};

const Contents& contents() {
  static const Contents c = [] {
    Contents out;
    const auto& t = data::table("events/threat_contents");
    for (size_t r = 0; r < t.rows(); ++r)
      out.mode[{std::string(t.get(r, "type")), std::string(t.get(r, "content_mode"))}] = t.get(r, "threat_mode");
    const auto& p = data::table("events/first_person");
    for (size_t r = 0; r < p.rows(); ++r)
      (p.get(r, "kind") == "prefix" ? out.prefixes : out.particles).push_back(text::normalize_key(p.get(r, "form")));
    return out;
  }();
  return c;
}

// The threat mode for an event's type and modes, "" when its kind is no threat.
std::string threat_mode(const Event& e) {
  const auto& m = contents().mode;
  for (const auto& mode : e.modes)
    if (auto it = m.find({e.type, mode}); it != m.end()) return it->second;
  auto it = m.find({e.type, "*"});
  return it == m.end() ? "" : it->second;
}

// Whether token k is a first person plural verb: a future prefix glued to it, or a ن-word right
// after a verb-only particle (data/events/first_person.tsv).
bool first_person(const Document& doc, uint32_t k) {
  const Token& t = doc.tokens[k];
  if (t.kind != TokenKind::kWord) return false;
  // Read past a leading و/ف, else the word as written. The shared helper keeps a two-letter word
  // whole («ول»), which the verb-length test below rejects either way.
  std::string_view w = cues::without_conjunction(t.key);
  if (w.empty()) w = t.key;
  if (text::code_points(w) < kMinVerbLetters) return false;
  for (const auto& p : contents().prefixes)
    if (w.starts_with(p)) return true;
  if (!w.starts_with("\xD9\x86") || k == 0) return false;  // ن
  // As above: a two-letter word, kept whole or cut to one letter, is no particle of first_person.tsv.
  std::string_view before = cues::without_conjunction(doc.tokens[k - 1].key);
  if (before.empty()) before = doc.tokens[k - 1].key;
  const auto& particles = contents().particles;
  return std::find(particles.begin(), particles.end(), before) != particles.end();
}

// The quote whose words hold the trigger, -1 when none.
int32_t quote_of(const Document& doc, const TriggerMention& tr) {
  for (size_t q = 0; q < doc.quotes.size(); ++q)
    if (doc.quotes[q].first_token <= tr.first_token && tr.end_token <= doc.quotes[q].end_token)
      return static_cast<int32_t>(q);
  return -1;
}

// The quote in which the speaker says his side will do what the trigger names: the trigger or
// a word just before it is a first person verb. -1 when the telling is no such threat.
int32_t threatening_quote(const Document& doc, const TriggerMention& tr) {
  int32_t q = quote_of(doc, tr);
  if (q < 0) return -1;
  uint32_t from = tr.first_token >= kVerbReach ? tr.first_token - kVerbReach : 0;
  from = std::max(from, doc.quotes[static_cast<size_t>(q)].first_token);
  for (uint32_t k = from; k < tr.end_token; ++k)
    if (first_person(doc, k)) return q;
  return -1;
}

// The quote's speaker as a party, with the actor layer's country and sector when it has them.
EventParty speaker_party(const Document& doc, const Quote& quote) {
  EventParty p;
  p.name = quote.speaker_name;
  p.actor = quote.speaker;
  p.entity = quote.speaker_entity;
  if (quote.speaker >= 0) {
    const ActorMention& a = doc.actors[static_cast<size_t>(quote.speaker)];
    p.country = a.country;
    p.sector = a.sector;
  }
  return p;
}

}  // namespace

void read_threats(Document& doc) {
  for (Event& e : doc.events) {
    // A threat row told in the speaker's own first person inside a quote («سنرد») names no doer
    // in its clause: the subject is the speaker's side, so the speaker is the one threatening.
    if (e.type == "THREATEN" && e.actor.empty() && !e.negated) {
      for (uint32_t t : e.triggers) {
        const int32_t q = threatening_quote(doc, doc.triggers[t]);
        if (q < 0) continue;
        const Quote& quote = doc.quotes[static_cast<size_t>(q)];
        if (quote.speaker_name.empty()) break;
        e.actor.push_back(speaker_party(doc, quote));
        if (e.reported_by.empty()) e.reported_by = quote.speaker_name;
        break;
      }
    }
    if (e.negated || (e.modality != "future" && e.modality != "hypothetical")) continue;
    std::string mode = threat_mode(e);
    if (mode.empty()) continue;
    int32_t q = -1;
    for (uint32_t t : e.triggers)
      if ((q = threatening_quote(doc, doc.triggers[t])) >= 0) break;
    if (q < 0) continue;
    const Quote& quote = doc.quotes[static_cast<size_t>(q)];
    // The threat was made: the speaker's words are what the article reports.
    e.type = "THREATEN";
    e.modes = {mode};
    e.modality = "reported";
    e.reported_by = quote.speaker_name;
    e.actor.clear();
    if (!quote.speaker_name.empty()) e.actor.push_back(speaker_party(doc, quote));
  }
}

}  // namespace rasd::events

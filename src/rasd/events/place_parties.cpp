#include "rasd/events/place_parties.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "rasd/actors/actor_lexicon.h"
#include "rasd/core/hash.h"
#include "rasd/core/table.h"
#include "rasd/events/argument_cues.h"
#include "rasd/geo/place.h"
#include "rasd/text/normalize.h"

namespace rasd::events {
namespace {

constexpr std::string_view kWaw = "\xD9\x88", kFa = "\xD9\x81";
constexpr uint32_t kLongestLocative = 2;  // words in the longest locative_words row
constexpr uint32_t kListReach = 16;       // countries back a conjoined list shares its first one's reading
constexpr size_t kOverlapReach = 4;       // actor mentions before a token that may still cover it

// Whether an actor mention covers any of tokens [first, end). Mentions are in text order and do
// not nest deeply, so only the few starting last before `end` may.
bool inside_actor(const Document& doc, uint32_t first, uint32_t end) {
  auto it = std::lower_bound(doc.actors.begin(), doc.actors.end(), end,
                             [](const ActorMention& a, uint32_t v) { return a.first_token < v; });
  for (size_t n = 0; it != doc.actors.begin() && n < kOverlapReach; ++n)
    if ((--it)->end_token > first) return true;
  return false;
}

const StringSet& locatives() {
  static const StringSet words = [] {
    StringSet w;
    const auto& t = data::table("events/locative_words");
    for (size_t r = 0; r < t.rows(); ++r) {
      std::string_view word = t.get(r, "word");
      // Each word normalised, a proclitic row's letter kept with its dash («المحاذية ل-»).
      std::string key;
      for (size_t i = 0; i < word.size();) {
        size_t j = word.find(' ', i);
        if (j == std::string_view::npos) j = word.size();
        std::string_view part = word.substr(i, j - i);
        if (!key.empty()) key += ' ';
        key += part.ends_with('-') ? text::normalize_key(part.substr(0, part.size() - 1)) + "-" : text::normalize_key(part);
        i = j + 1;
      }
      w.insert(key);
    }
    return w;
  }();
  return words;
}

// A phrase's words, each normalised, joined by one space.
std::string phrase_key(std::string_view phrase) {
  std::string key;
  for (size_t i = 0; i < phrase.size();) {
    size_t j = phrase.find(' ', i);
    if (j == std::string_view::npos) j = phrase.size();
    if (j > i) {
      if (!key.empty()) key += ' ';
      key += text::normalize_key(phrase.substr(i, j - i));
    }
    i = j + 1;
  }
  return key;
}

// The proclitics written before the mention on its first token («ب» of «بالعراق»), a conjunction
// aside; whether there was a conjunction.
std::string proclitic(const Document& doc, const PlaceMention& m, bool& conjunction) {
  const Token& t = doc.tokens[m.first_token];
  std::string p = m.span.begin > t.span.begin ? text::normalize_key(doc.text.substr(t.span.begin, m.span.begin - t.span.begin)) : "";
  conjunction = p.starts_with(kWaw) || p.starts_with(kFa);
  if (conjunction) p.erase(0, kWaw.size());
  return p;
}

bool blocked(const Document& doc, size_t p, uint32_t depth = 0) {
  const PlaceMention& m = doc.places[p];
  bool conjunction = false;
  std::string pre = proclitic(doc, m, conjunction);
  if (!pre.empty() && locatives().count(pre.substr(0, kWaw.size()) + "-")) return true;
  // The one or two words before it («في», «الحدودية مع»); a proclitic row ends the phrase
  // with its letter («المحاذية ل-»).
  std::string tail = pre.empty() ? "" : " " + pre.substr(0, kWaw.size()) + "-";
  for (uint32_t n = 1; n <= kLongestLocative && n <= m.first_token; ++n) {
    std::string rest;
    bool words = true;
    for (uint32_t k = m.first_token - n; k < m.first_token; ++k) {
      words &= doc.tokens[k].kind == TokenKind::kWord;
      if (k > m.first_token - n) rest += " " + doc.tokens[k].key;
    }
    if (!words) break;
    // The first word as written («وسط») or without a conjunction («وفي»).
    const std::string& first = doc.tokens[m.first_token - n].key;
    std::string_view bare = cues::without_conjunction(first);  // "" without one: then as written
    for (const std::string& phrase : {first + rest, std::string(bare.empty() ? std::string_view(first) : bare) + rest})
      if (locatives().count(phrase) || (!tail.empty() && locatives().count(phrase + tail))) return true;
  }
  // «في سوريا والعراق»: a country joined to the one before shares its reading.
  if (conjunction && p > 0 && doc.places[p - 1].end_token == m.first_token && depth < kListReach) return blocked(doc, p - 1, depth + 1);
  return false;
}

// Capitals named for their governments (capitals.tsv): name key -> country.
const StringMap<std::string>& capitals() {
  static const StringMap<std::string> c = [] {
    StringMap<std::string> out;
    const auto& t = data::table("events/capitals");
    for (size_t r = 0; r < t.rows(); ++r) out.emplace(phrase_key(t.get(r, "name")), std::string(t.get(r, "country")));
    return out;
  }();
  return c;
}

}  // namespace

bool capital_of_country(const Document& doc, const PlaceMention& m) {
  // A type word makes it the city («العاصمة بغداد», «مدينة دمشق»).
  if (m.precision == PlacePrecision::kCountry || m.country.empty() || m.span != m.name_span) return false;
  auto it = capitals().find(phrase_key(m.name_span.of(doc.text)));
  return it != capitals().end() && it->second == m.country;
}

bool country_named(const Document& doc, size_t p) {
  const PlaceMention& m = doc.places[p];
  if ((m.precision != PlacePrecision::kCountry && !capital_of_country(doc, m)) || m.relative || m.country.empty()) return false;
  return !inside_actor(doc, m.first_token, m.end_token);
}

bool country_party(const Document& doc, size_t p) { return country_named(doc, p) && !blocked(doc, p); }

int32_t place_entity(const Document& doc, size_t p) {
  const Span& s = doc.places[p].span;
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    if (doc.entities[e].type != EntityType::kLoc) continue;
    const auto& xs = doc.entities[e].mentions;  // in text order
    auto it = std::lower_bound(xs.begin(), xs.end(), s.begin, [](const Span& x, uint32_t v) { return x.begin < v; });
    for (; it != xs.end() && it->begin == s.begin; ++it)
      if (*it == s) return static_cast<int32_t>(e);
  }
  return -1;
}

EventParty place_party(const Document& doc, size_t p) {
  const PlaceMention& m = doc.places[p];
  EventParty party;
  party.entity = place_entity(doc, p);
  party.name = party.entity >= 0 ? doc.entities[static_cast<size_t>(party.entity)].name : std::string(m.name_span.of(doc.text));
  party.country = m.country;
  party.sector = "GOV";
  return party;
}

std::string nisba_country(const Document& doc, uint32_t t) {
  if (t >= doc.tokens.size() || doc.tokens[t].kind != TokenKind::kWord) return {};
  if (inside_actor(doc, t, t + 1)) return {};
  return actors::demonym_country(doc.tokens[t]);
}

EventParty nisba_party(const Document& doc, uint32_t t) {
  EventParty party;
  party.name = std::string(doc.tokens[t].span.of(doc.text));
  party.country = nisba_country(doc, t);
  party.sector = "GOV";
  return party;
}

}  // namespace rasd::events

// Resolving: among the places a candidate's name may be, the one the article's context
// prefers; then Document::places and one LOC entity per place.
#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "rasd/core/hash.h"
#include "rasd/geo/place_candidate.h"
#include "rasd/geo/place_finder.h"
#include "rasd/text/normalize.h"

namespace rasd::geo::detail {
namespace {

// How strongly an article names a country: as a country or province, or through its cities.
struct Weight {
  int named = 0, cities = 0;
  int total() const { return named + cities; }
};

class Resolver {
 public:
  Resolver(Document& doc, std::vector<Candidate>& found)
      : doc_(doc), g_(Gazetteer::get()), lex_(lexicons()), found_(found) {}

  void run() {
    weigh_context();
    std::string main = context_leader();
    std::unordered_map<uint32_t, int32_t> placed;  // first token -> index in doc_.places
    for (Candidate& c : found_) {
      int32_t antecedent = -1;
      if (c.antecedent_token >= 0) {
        auto it = placed.find(static_cast<uint32_t>(c.antecedent_token));
        if (it == placed.end()) continue;  // its antecedent was not kept
        antecedent = it->second;
      }
      if (c.needs_context) {
        bool confirmed = false;
        for (int32_t p : c.places) confirmed |= context_of(c, g_.place(p).country).total() > 0;
        if (!confirmed) continue;
      }
      PlaceMention m = c.m;
      m.antecedent = antecedent;
      m.relative = relative_cue_before(m.first_token, lex_.relative_cues);
      bool typed = c.typed || m.span != m.name_span;
      int32_t p = c.places.empty() ? -1 : choose(c);
      if (p >= 0 && typed && foreign_namesake(c, p, typed)) p = -1;
      if (p >= 0) {
        const auto& gp = g_.place(p);
        m.country = gp.local ? main : gp.country;
        if (typed && m.precision == PlacePrecision::kLandmark) {
          m.within = p;  // «مطار ألماتي»: a spot inside Almaty
        } else {
          m.place = p;
          // The whole mention may be the place's own name («منطقة عسير» is the province, though
          // «منطقة» alone types an area): then the place's kind stands.
          if (!typed || m.precision > gp.precision || gp.precision == PlacePrecision::kRegion || whole_name_of(m, p))
            m.precision = gp.precision;
        }
      } else {
        m.country = main;  // an unknown village: the article's country, never a guessed point
      }
      placed.emplace(m.first_token, static_cast<int32_t>(doc_.places.size()));
      doc_.places.push_back(m);
    }
  }

 private:
  // «قرب دمشق», «بالقرب من دمشق», «شرقي العاصمة #صنعاء»: one of `cues` before the mention, over
  // «من», «العاصمة» and hashtag marks.
  bool relative_cue_before(uint32_t i, const StringSet& cues) const {
    static const StringSet kOver = {
        "\xD9\x85\xD9\x86",                                          // من
        "\xD8\xA7\xD9\x84\xD8\xB9\xD8\xA7\xD8\xB5\xD9\x85\xD9\x87",  // العاصمه
        "\xD8\xB9\xD8\xA7\xD8\xB5\xD9\x85\xD9\x87",                  // عاصمه
        "#"};
    for (uint32_t back = 1; back <= 3 && back <= i; ++back) {
      const Token& p = doc_.tokens[i - back];
      std::string key = fold_taa(p.key);
      if (is_word(p) && (cues.count(key) || cues.count(fold_taa(p.stem)))) return true;
      if (!kOver.count(key)) return false;
    }
    return false;
  }

  // The countries the article names, weighted by how surely a mention names its country: a
  // country 3, a province or a region in one country 2; a city whose every reading lies in one
  // country counts apart, as weaker evidence (a city says less: «واشنطن» must not pull «موسكو»
  // to Idaho). Small towns that needed a cue count nothing.
  void weigh_context() {
    for (Candidate& c : found_) {
      if (c.places.empty() || c.needs_context) continue;
      StringSet cs;
      PlacePrecision coarsest = PlacePrecision::kLandmark;
      // A name with a reviewed everyday reading speaks for that reading only («واشنطن» is the
      // capital, not also the state).
      int32_t everyday = g_.reviewed(c.key);
      for (int32_t p : c.places) {
        if (everyday >= 0 && p != everyday) continue;
        cs.insert(g_.place(p).country);
        coarsest = std::max(coarsest, g_.place(p).precision);
      }
      if (cs.size() != 1 || cs.begin()->empty()) continue;
      c.context_country = *cs.begin();
      c.context_weight = coarsest == PlacePrecision::kCountry ? 3 : coarsest >= PlacePrecision::kAdmin1 ? 2 : 0;
      c.context_cities = c.context_weight ? 0 : 1;
      for (Weight* w : {&context_[c.context_country], &by_name_[{c.key, c.context_country}]}) {
        w->named += c.context_weight;
        w->cities += c.context_cities;
      }
    }
  }

  // The context a candidate is judged in: the article's, less what its own name adds, however
  // often it is repeated (a Somali province must not vouch for itself in a Yemeni story).
  Weight context_of(const Candidate& c, const std::string& country) const {
    auto it = context_.find(country);
    if (it == context_.end()) return {};
    Weight w = it->second;
    if (auto own = by_name_.find({c.key, country}); own != by_name_.end()) {
      w.named -= own->second.named;
      w.cities -= own->second.cities;
    }
    return w;
  }

  // The country resolution leans on: the most weighted in the context (candidates, before any is
  // resolved, so not geo::main_country, which counts the places kept); a tie goes to the one named
  // first. Unknown and gazetteer-local places take it.
  std::string context_leader() const {
    std::string best;
    int most = 0;
    for (const Candidate& c : found_)
      if (!c.context_country.empty() && context_.at(c.context_country).total() > most) {
        most = context_.at(c.context_country).total();
        best = c.context_country;
      }
    return best;
  }

  int32_t choose(const Candidate& c) const {
    int32_t best = -1;
    double best_score = -1e9;
    for (int32_t p : c.places) {
      const auto& gp = g_.place(p);
      double s = 0;
      switch (gp.precision) {
        case PlacePrecision::kCountry: s += 30; break;
        case PlacePrecision::kRegion: s += 25; break;
        case PlacePrecision::kAdmin1: s += 20; break;
        default: s += 10;
      }
      s += 2 * std::log10(static_cast<double>(gp.population) + 1);
      if (Weight w = context_of(c, gp.country); w.named > 0) s += 15 + std::min(w.named, 5);
      // Cities only tip near-equals («البيضاء» in Yemen or Libya): a world city's population
      // outweighs them («باريس» is not the Texan town however many Texan cities a story names).
      else if (w.cities > 0) s += std::min(1.5 * w.cities, 3.0);
      // The type word agrees with the place's kind («محافظة» and an admin1).
      if (c.m.precision == gp.precision) s += 20;
      // The reviewed everyday reading («واشنطن» is the capital, not a town in Utah).
      if (g_.reviewed(c.key) == p) s += 25;
      if (s > best_score) { best_score = s; best = p; }
    }
    return best;
  }

  bool whole_name_of(const PlaceMention& m, int32_t p) const {
    auto named = g_.lookup(place_key(m.span.of(doc_.text)));
    return std::find(named.begin(), named.end(), p) != named.end();
  }

  // A reading in a country the article does not otherwise name, for a name that is no country,
  // no region, no reviewed reading and no large city, or whose type word disagrees with it
  // («مديرية حيران» in a Yemeni story is no Somali province): more likely a namesake the
  // gazetteer lacks in the article's own country than a town abroad.
  bool foreign_namesake(const Candidate& c, int32_t p, bool typed) const {
    const auto& gp = g_.place(p);
    if (context_.empty() || context_of(c, gp.country).total() > 0 || g_.reviewed(c.key) == p) return false;
    if (gp.precision == PlacePrecision::kCountry || gp.precision == PlacePrecision::kRegion) return false;
    bool mismatch = typed && c.m.precision != gp.precision && c.m.precision != PlacePrecision::kLandmark;
    return mismatch || (gp.precision < PlacePrecision::kAdmin2 && gp.population < kStrongPopulation);
  }

  Document& doc_;
  const Gazetteer& g_;
  const Lexicons& lex_;
  std::vector<Candidate>& found_;
  std::map<std::string, Weight> context_;  // country -> weight (weigh_context)
  std::map<std::pair<std::string, std::string>, Weight> by_name_;  // (key, country) -> its share
};

std::string loose_name(std::string_view s) { return place_key(s); }

// One LOC entity per resolved place (or per unknown name), mentions in text order.
void build_entities(Document& doc) {
  const Gazetteer& g = Gazetteer::get();
  StringMap<size_t> by_key;
  for (const PlaceMention& m : doc.places) {
    // The entity is named by the name itself («ألماتي» of «مدينة ألماتي»); mentions keep the whole.
    std::string written(m.name_span.of(doc.text));
    const PlaceMention& named = m.antecedent >= 0 ? doc.places[static_cast<size_t>(m.antecedent)] : m;
    std::string key = named.place >= 0 ? "#" + std::to_string(named.place) : loose_name(named.name_span.of(doc.text));
    auto [it, inserted] = by_key.emplace(key, doc.entities.size());
    if (inserted) {
      Entity e;
      e.type = EntityType::kLoc;
      e.name = written;
      e.country = m.country;
      e.precision = precision_name(m.precision);
      int32_t ref = m.place >= 0 ? m.place : m.within;
      if (ref >= 0) {
        const auto& gp = g.place(ref);
        if (m.place >= 0) {
          e.canonical = std::string(gp.name_ar);
          if (gp.geonames_id) e.geonames_id = gp.geonames_id;
          e.name_latin = std::string(gp.name_en);
        }
        e.lat = gp.lat;
        e.lon = gp.lon;
        if (gp.country == e.country) e.admin1 = std::string(gp.admin1);
      }
      doc.entities.push_back(std::move(e));
    }
    doc.entities[it->second].mentions.push_back(m.span);
  }
}

}  // namespace

void resolve_places(Document& doc, std::vector<Candidate>& found) {
  Resolver(doc, found).run();
  build_entities(doc);
}

}  // namespace rasd::geo::detail

namespace rasd::geo {

std::string main_country(const Document& doc) {
  std::map<std::string, int> votes;
  for (const PlaceMention& p : doc.places)
    if (!p.country.empty()) votes[p.country] += p.precision == PlacePrecision::kCountry ? 2 : 1;
  std::string best;
  int most = 0;
  for (const auto& [cc, n] : votes)  // a tie goes to the first code in order, as it always has
    if (n > most) { most = n; best = cc; }
  return best;
}

}  // namespace rasd::geo

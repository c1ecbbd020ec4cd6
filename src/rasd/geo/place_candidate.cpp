// A candidate's reading: the place tables, a token's clitic readings, a name's standing.
#include <string>

#include "rasd/core/hash.h"
#include "rasd/core/table.h"
#include "rasd/geo/place_candidate.h"
#include "rasd/text/clitics.h"
#include "rasd/text/normalize.h"
#include "rasd/text/token_readings.h"
#include "rasd/text/utf8.h"

namespace rasd::geo::detail {

int hamza_count(std::string_view s) {
  int n = 0;
  for (size_t i = 0; i + 1 < s.size(); ++i)
    if (s[i] == '\xD8' && (s[i + 1] == '\xA1' || s[i + 1] == '\xA2' || s[i + 1] == '\xA3' || s[i + 1] == '\xA4' ||
                           s[i + 1] == '\xA5' || s[i + 1] == '\xA6'))
      ++n;
  return n;
}

namespace {

PlacePrecision precision_of(std::string_view s) {
  if (s == "landmark") return PlacePrecision::kLandmark;
  if (s == "village") return PlacePrecision::kVillage;
  if (s == "admin2") return PlacePrecision::kAdmin2;
  if (s == "admin1") return PlacePrecision::kAdmin1;
  if (s == "country") return PlacePrecision::kCountry;
  if (s == "region") return PlacePrecision::kRegion;
  return PlacePrecision::kCity;
}
}  // namespace

const Lexicons& lexicons() {
  static const Lexicons lex = [] {
    Lexicons l;
    const auto& tw = data::table("places/type_words");
    for (size_t r = 0; r < tw.rows(); ++r)
      l.type_words.emplace(fold_taa(text::normalize_key(tw.get(r, "word"))),
                           TypeWord{precision_of(tw.get(r, "precision")),
                                    tw.get(r, "follows") == "name" ? Follows::kName
                                    : tw.get(r, "follows") == "unknown" ? Follows::kUnknown : Follows::kDefinite,
                                    hamza_count(tw.get(r, "word"))});
    auto load = [](std::string_view name, StringSet& into, std::string_view role = {}) {
      const auto& t = data::table(name);
      for (size_t r = 0; r < t.rows(); ++r)
        if (role.empty() || t.get(r, "role") == role) into.insert(fold_taa(text::normalize_key(t.get(r, "word"))));
    };
    load("text/function_words", l.function_words);
    load("places/locative_cues", l.cues);
    load("places/locative_cues", l.relative_cues, "relative");
    load("places/name_words", l.heads, "head");
    load("places/name_words", l.tails, "tail");
    load("places/list_heads", l.list_heads);
    load("actors/name_words", l.given_names, "given");
    const auto& titles = data::table("actors/titles");
    for (size_t r = 0; r < titles.rows(); ++r)
      if (titles.get(r, "takes") == "name" && titles.get(r, "title").find(' ') == std::string_view::npos)
        l.titles.insert(fold_taa(text::normalize_key(titles.get(r, "title"))));
    return l;
  }();
  return lex;
}
std::vector<Reading> readings(const Document& doc, uint32_t k) {
  std::vector<Reading> out;
  // The token's clitic readings cut the folded key alike: folding keeps every byte length, and
  // ة/ه is no proclitic; only the enclitic readings differ, and those are left out here.
  std::string key = fold_taa(doc.tokens[k].key);
  const text::TokenReadings cuts = text::clitic_readings(doc, k);
  for (const CliticCut* c = cuts.cuts(); c != cuts.cuts() + cuts.size(); ++c) {
    if (c->suffix || c->future) continue;
    const text::CliticAnalysis a = text::reading_of(key, *c);
    // ب «بألماتي» is "in"; ل is mostly "for" («لأمن الدولة») and is no place cue.
    bool loc = a.prefix.find("\xD8\xA8") != std::string_view::npos;
    if (a.article) {
      // The article belongs to the name («الرياض», «بالعراق» = ب + العراق): never read a word
      // that has it as a name without it («الأمن» is not the Dutch town «إمن»). In «للسعودية»
      // the article's alef is gone and its lam merged: the mention starts at the stem.
      size_t shed = a.prefix.ends_with(kArticle) ? text::code_points(a.prefix) - 2 : text::code_points(a.prefix);
      out.push_back({std::string(kArticle) + std::string(a.stem), shed, loc});
      continue;
    }
    out.push_back({std::string(a.stem), text::code_points(a.prefix), loc});
  }
  return out;
}
bool strong(const Gazetteer& g, std::string_view key, std::span<const int32_t> places) {
  if (g.reviewed(key) >= 0) return true;
  bool short_name = text::code_points(key) <= 3;
  for (int32_t p : places) {
    const auto& gp = g.place(p);
    if (gp.precision == PlacePrecision::kCountry || gp.precision == PlacePrecision::kRegion) return true;
    if (short_name ? gp.population >= 1000000 : (gp.precision == PlacePrecision::kAdmin1 || gp.population >= kStrongPopulation))
      return true;
  }
  return false;
}

bool is_country(std::span<const int32_t> places) {
  const Gazetteer& g = Gazetteer::get();
  for (int32_t p : places)
    if (g.place(p).precision == PlacePrecision::kCountry || g.place(p).precision == PlacePrecision::kRegion) return true;
  return false;
}}  // namespace rasd::geo::detail

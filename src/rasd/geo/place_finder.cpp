#include "rasd/geo/place_finder.h"
#include "rasd/text/tokenize.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "rasd/core/table.h"
#include "rasd/geo/gazetteer.h"
#include "rasd/text/clitics.h"
#include "rasd/text/lexicon.h"
#include "rasd/text/normalize.h"
#include "rasd/text/utf8.h"

namespace rasd::geo {
namespace {

// A city smaller than this, known by a one-word name, needs a cue or a type word: small towns'
// names are often also words («الأساس», «حجة»).
constexpr uint64_t kStrongPopulation = 100000;

// What may follow a type word (the `follows` column of data/places/type_words.tsv).
enum class Follows : uint8_t { kName, kDefinite, kUnknown };

struct TypeWord {
  PlacePrecision precision;
  Follows follows;
  int hamzas = 0;  // hamza-bearing letters as the table writes the word
};

// Hamza-bearing letters (أ إ آ ؤ ئ ء) in UTF-8 text: the key folds them, the writing keeps them.
int hamza_count(std::string_view s) {
  int n = 0;
  for (size_t i = 0; i + 1 < s.size(); ++i)
    if (s[i] == '\xD8' && (s[i + 1] == '\xA1' || s[i + 1] == '\xA2' || s[i + 1] == '\xA3' || s[i + 1] == '\xA4' ||
                           s[i + 1] == '\xA5' || s[i + 1] == '\xA6'))
      ++n;
  return n;
}

struct Lexicons {
  std::unordered_map<std::string, TypeWord> type_words;
  std::unordered_set<std::string> function_words, cues, relative_cues, heads, tails, list_heads;
  // Words after which a name is a person's: titles taking a name right after them
  // (data/actors/titles.tsv) and given names (data/actors/name_words.tsv).
  std::unordered_set<std::string> titles, given_names;
};

PlacePrecision precision_of(std::string_view s) {
  if (s == "landmark") return PlacePrecision::kLandmark;
  if (s == "village") return PlacePrecision::kVillage;
  if (s == "admin2") return PlacePrecision::kAdmin2;
  if (s == "admin1") return PlacePrecision::kAdmin1;
  if (s == "country") return PlacePrecision::kCountry;
  if (s == "region") return PlacePrecision::kRegion;
  return PlacePrecision::kCity;
}

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
    auto load = [](std::string_view name, std::unordered_set<std::string>& into, std::string_view role = {}) {
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

constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";  // ال
constexpr std::string_view kTaaFolded = "\xD9\x8A\xD9\x87";  // يه: the folded ending ية of a nisba adjective

bool is_word(const Token& t) { return t.kind == TokenKind::kWord; }

// A reading of a token's start: the key it offers a gazetteer, the prefix letters it sheds, and
// whether the prefix was a locative preposition (ب «بألماتي», ل).
struct Reading {
  std::string key;
  size_t prefix_letters = 0;
  bool locative = false;
};

std::vector<Reading> readings(const Token& t) {
  std::vector<Reading> out;
  std::string key = fold_taa(t.key);
  for (const auto& a : text::analyse_clitics(key)) {
    if (!a.suffix.empty() || a.future) continue;
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

// How strongly an article names a country: as a country or province, or through its cities.
struct Weight {
  int named = 0, cities = 0;
  int total() const { return named + cities; }
};

struct Candidate {
  PlaceMention m;
  std::string key;              // the gazetteer key matched ("" when unknown to it)
  std::vector<int32_t> places;  // gazetteer candidates (empty: unknown to the gazetteer)
  bool needs_context = false;   // a small town's name after a cue: kept only when the article
                                // names that town's country elsewhere («في ثورة» in a Kazakh story)
  bool typed = false;           // found after a type word, or as the bare name of one found so
  std::string type_word;        // the type word's key («منطقه»), for «المنطقة» referring back
  int64_t antecedent_token = -1;  // an anaphor: the first token of the mention it refers to
  std::string context_country;  // the country this mention adds to the article's context
  int context_weight = 0;       // and how much as a named country or province (weigh_context)
  int context_cities = 0;       // or as a city
};

// A one-word name that may stand without a cue: a country, region or province, a city of
// kStrongPopulation or more, or the everyday reading the reviewed variants table gives.
// Names of three letters or fewer are often words or word pieces («أنا», «ليس», «ينا» of «فينا»):
// they stand alone only as countries, regions or cities of a million.
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
}

class Finder {
 public:
  explicit Finder(Document& doc) : doc_(doc), g_(Gazetteer::get()), lex_(lexicons()) {}

  void run() {
    // Dates read weekday and month words first («الجمعة» is Friday before it is a Yemeni village).
    in_date_.assign(doc_.tokens.size(), false);
    for (const DateMention& d : doc_.dates)
      for (uint32_t t = d.first_token; t < d.end_token && t < in_date_.size(); ++t) in_date_[t] = true;
    for (const Sentence& s : doc_.sentences) {
      if (s.kind == SentenceKind::kBoilerplate || s.kind == SentenceKind::kSourceLine) continue;
      for (uint32_t i = s.first_token; i < s.end_token;) i = scan_at(i, s.end_token);
    }
    repeat_typed_names();
    refer_back();
    std::stable_sort(found_.begin(), found_.end(),
                     [](const Candidate& a, const Candidate& b) { return a.m.first_token < b.m.first_token; });
    resolve();
  }

 private:
  // Tries a place at token i; returns the next token to look at.
  uint32_t scan_at(uint32_t i, uint32_t end) {
    const Token& t = doc_.tokens[i];
    if (t.kind == TokenKind::kPunct && t.key == ":" && list_head_before(i)) {
      colon_list_at(i + 1, end);
      uint32_t next = i + 1;
      for (Candidate& p : pending_) { next = p.m.end_token; found_.push_back(std::move(p)); }
      pending_.clear();
      return next;
    }
    if (!is_word(t) || in_date_[i]) return i + 1;
    if (auto c = type_word_at(i, end)) {
      found_.push_back(std::move(*c));
      uint32_t next = found_.back().m.end_token;
      for (Candidate& p : pending_) { next = p.m.end_token; found_.push_back(std::move(p)); }
      pending_.clear();
      return next;
    }
    if (auto c = gazetteer_at(i, end, /*after_type_word=*/false)) {
      found_.push_back(std::move(*c));
      uint32_t next = found_.back().m.end_token;
      bool weak = found_.back().needs_context;
      list_after(next, end, PlacePrecision::kCity, /*typed=*/false);
      for (Candidate& p : pending_) { next = p.m.end_token; p.needs_context |= weak; found_.push_back(std::move(p)); }
      pending_.clear();
      return next;
    }
    return i + 1;
  }

  // After a given name, only a word without a clitic: «مستشفى الملك فهد بجدة» is in Jeddah.
  bool person_name_before(uint32_t i, bool clitic) const {
    if (i == 0 || !is_word(doc_.tokens[i - 1])) return false;
    std::string_view k = doc_.tokens[i - 1].key;
    if (k.starts_with("\xD9\x88") && k.size() > 4) k.remove_prefix(2);  // و
    // A given name spelt like a function word («علي» and «على» share a key) is the function word.
    std::string key = fold_taa(k);
    if (lex_.function_words.count(key)) return false;
    return lex_.titles.count(key) > 0 || (!clitic && lex_.given_names.count(key) > 0);
  }

  bool cue_before(uint32_t i) const {
    if (i == 0) return false;
    const Token& p = doc_.tokens[i - 1];
    return is_word(p) && (lex_.cues.count(fold_taa(p.key)) || lex_.cues.count(fold_taa(p.stem)));
  }

  // The longest gazetteer name starting at token i. A one-word name must not be a common noun
  // (not_places), nor a name used mostly as a word; without a type word before it, a small
  // town's name also needs a place cue («في», «قرب», the clitic ب).
  std::optional<Candidate> gazetteer_at(uint32_t i, uint32_t end, bool after_type_word) {
    const Token& first = doc_.tokens[i];
    // A function word, or a type word without a name after it («في مدينة كبيرة»), is no place;
    // a direction word may begin a longer name («جنوب السودان», «شمال دارفور»), never be one.
    const std::string first_key = fold_taa(first.key);
    bool function_word = lex_.function_words.count(first_key) > 0;
    // A common noun is none of its clitic readings either («كورونا» is no «ك» + Verona).
    bool common_noun = g_.not_a_place(first_key);
    for (const Reading& r : readings(first))
      if (!r.key.starts_with(kArticle) && lex_.type_words.count(r.key)) return std::nullopt;
    size_t max_words = std::min<size_t>(g_.max_words(), end - i);
    for (const Reading& r : readings(first)) {
      if (text::code_points(r.key) < 2) continue;
      std::string key = r.key;
      std::optional<Candidate> best;
      for (size_t n = 1; n <= max_words; ++n) {
        if (n > 1) {
          const Token& t = doc_.tokens[i + n - 1];
          if (!is_word(t) || in_date_[i + n - 1]) break;
          key += ' ';
          key += fold_taa(t.key);
        }
        if (n == 1 && (function_word || (common_noun && r.prefix_letters > 0))) continue;
        auto places = g_.lookup(key);
        if (places.empty()) continue;
        if (n == 1 && (g_.not_a_place(key) || lex_.function_words.count(key))) continue;
        if (n == 1 && !after_type_word) {
          if (!is_country(places) && g_.name_use(key).mostly_word()) continue;
          // «القوات السعودية»: a country's name doubles as its feminine adjective after a noun.
          if (is_country(places) && key.ends_with(kTaaFolded) && i > 0 && is_word(doc_.tokens[i - 1]) &&
              doc_.tokens[i - 1].key.starts_with(kArticle) && r.prefix_letters == 0)
            continue;
        }
        // «الرئيس باراك», «حسين الخليل»: a word after a title or a given name continues a
        // person's name (with a clitic read off, «باراك» would be Arak).
        if (n == 1 && !after_type_word && !is_country(places) && person_name_before(i, r.prefix_letters > 0)) continue;
        bool weak = n == 1 && !after_type_word && !strong(g_, key, places);
        if (weak && !(r.locative || (r.prefix_letters == 0 && cue_before(i)))) continue;
        Candidate c;
        c.needs_context = weak;
        c.key = key;
        c.m.first_token = i;
        c.m.end_token = static_cast<uint32_t>(i + n);
        c.m.span = {text::skip_key_letters(doc_.text, first, r.prefix_letters), doc_.tokens[i + n - 1].span.end};
        c.m.name_span = c.m.span;
        c.places.assign(places.begin(), places.end());
        best = std::move(c);
      }
      if (best) return best;
    }
    return std::nullopt;
  }

  // A type word, with or without the article («المحافظة», «والمديريات»): never a name itself.
  bool is_type_word(const Token& t) const {
    return lex_.type_words.count(fold_taa(t.key)) || lex_.type_words.count(fold_taa(t.stem));
  }

  // Whether token k can be (the first word of) a name after a type word: a gazetteer name, a
  // head like «آل», a word the Arabic lexicon does not know, or (as `follows` allows) a definite
  // word or any word at all.
  bool name_like(uint32_t k, Follows follows) const {
    const Token& t = doc_.tokens[k];
    std::string key = fold_taa(t.key);
    if (!is_word(t) || in_date_[k] || lex_.function_words.count(key) || is_type_word(t) || g_.not_a_place(key)) return false;
    // A preposition glued to the article («للنظام», «بالقرب») opens a phrase, not a name: a
    // name after a type word stands in construct with it («معسكر للنظام» is a camp of the regime).
    if (preposition_and_article(t)) return false;
    if (follows == Follows::kName || !g_.lookup(key).empty() || lex_.heads.count(key)) return true;
    if (follows == Follows::kDefinite && t.key.starts_with(kArticle) && !g_.not_a_place(key)) return true;
    return !text::ArabicLexicon::get().known(t.span.of(doc_.text));
  }

  static bool preposition_and_article(const Token& t) {
    for (const auto& a : text::analyse_clitics(t.key)) {
      if (!a.article) continue;
      std::string_view p = a.prefix;
      if (p.starts_with("\xD9\x88") || p.starts_with("\xD9\x81")) p.remove_prefix(2);  // و ف
      if (p.starts_with("\xD8\xA8") || p.starts_with("\xD9\x84") || p.starts_with("\xD9\x83")) return true;  // ب ل ك
    }
    return false;
  }

  // «منطقة الغور بصعدة»: a word after a type word that a known place follows with «ب» or «في»
  // is a name, even one the lexicon knows: the phrase locates it inside that place.
  bool anchored(uint32_t k, uint32_t end) const {
    const Token& t = doc_.tokens[k];
    std::string key = fold_taa(t.key);
    if (!is_word(t) || in_date_[k] || lex_.function_words.count(key) || is_type_word(t) || g_.not_a_place(key)) return false;
    uint32_t n = k + 1;
    if (n < end && is_word(doc_.tokens[n]) && fold_taa(doc_.tokens[n].key) == "\xD9\x81\xD9\x8A") ++n;  // في
    if (n >= end || !is_word(doc_.tokens[n])) return false;
    if (n > k + 1 && is_type_word(doc_.tokens[n])) return true;  // «... في محافظة صعدة»
    for (const Reading& r : readings(doc_.tokens[n]))
      if ((r.locative || n > k + 1) && (!g_.lookup(r.key).empty() || !g_.provinces(r.key).empty())) return true;
    return false;
  }

  // The name that starts at token n0 (one word, or more through name_words heads and tails);
  // `first_key` is the first word's key with any conjunction taken off.
  uint32_t name_end(uint32_t n0, uint32_t end, std::string_view first_key = {}) const {
    uint32_t e = n0 + 1;
    auto key_of = [&](uint32_t k) { return k == n0 && !first_key.empty() ? std::string(first_key) : fold_taa(doc_.tokens[k].key); };
    while (e < end && e - n0 < 3 && is_word(doc_.tokens[e]) &&
           (lex_.heads.count(key_of(e - 1)) || lex_.tails.count(fold_taa(doc_.tokens[e].key))))
      ++e;
    return e;
  }

  // «محافظة صعدة», «مطار ألماتي», «قرية آل الصقور», «جبال "اليسبل"»: a type word (never with the
  // article: «القضاء التام» is the judiciary) and the name after it; then a list of more names
  // of the same kind joined by و («مديريات المنصورية وزبيد والتحيتا»).
  std::optional<Candidate> type_word_at(uint32_t i, uint32_t end) {
    const Token& t = doc_.tokens[i];
    for (const Reading& r : readings(t)) {
      if (r.key.starts_with(kArticle)) continue;
      auto tw = lex_.type_words.find(r.key);
      if (tw == lex_.type_words.end()) continue;
      // Writers drop hamzas but do not add them: «وأدى» (and led) is not «وادي» (valley).
      if (hamza_count(t.span.of(doc_.text)) > tw->second.hamzas) continue;
      uint32_t n0 = i + 1;
      // «جبهة "ميمنة"», «مديرية #أرحب»: a quote mark or hashtag sign before the name.
      bool quoted = n0 < end && doc_.tokens[n0].kind == TokenKind::kPunct && doc_.tokens[n0].key == "\"";
      if (n0 < end && doc_.tokens[n0].kind == TokenKind::kPunct && (quoted || doc_.tokens[n0].key == "#")) ++n0;
      if (n0 >= end) return std::nullopt;
      if (!name_like(n0, tw->second.follows) && !anchored(n0, end)) return std::nullopt;
      const Token& first = doc_.tokens[n0];
      Candidate c;
      uint32_t e = name_end(n0, end);
      // A quoted name runs to its closing quote («جبهة "التلال الحمراء"»), up to four words.
      if (quoted)
        for (uint32_t k = n0 + 1; k < end && k - n0 <= 4; ++k) {
          if (doc_.tokens[k].kind == TokenKind::kPunct && doc_.tokens[k].key == "\"") { e = std::max(e, k); break; }
          if (!is_word(doc_.tokens[k])) break;
        }
      if (auto known = gazetteer_at(n0, end, /*after_type_word=*/true);
          known && known->m.span.begin == first.span.begin && known->m.end_token >= e) {
        c = std::move(*known);
      } else {  // unknown, or a head word takes more than the gazetteer matched («آل الصقور»)
        c.m.end_token = e;
        c.m.name_span = {first.span.begin, doc_.tokens[e - 1].span.end};
      }
      if (tw->second.precision == PlacePrecision::kAdmin1 || tw->second.precision == PlacePrecision::kAdmin2) {
        std::string name_key;
        for (uint32_t k = n0; k < c.m.end_token; ++k) name_key += (k > n0 ? " " : "") + fold_taa(doc_.tokens[k].key);
        for (int32_t p : g_.provinces(name_key))
          if (std::find(c.places.begin(), c.places.end(), p) == c.places.end()) c.places.push_back(p);
        if (c.key.empty() && !c.places.empty()) c.key = name_key;
      }
      c.m.precision = tw->second.precision;
      c.typed = true;
      c.type_word = r.key;
      c.m.name_span = {first.span.begin, c.m.name_span.end};
      c.m.span = {text::skip_key_letters(doc_.text, t, r.prefix_letters), c.m.name_span.end};
      c.m.first_token = i;
      uint32_t after = c.m.end_token;
      if (after < end && doc_.tokens[after].kind == TokenKind::kPunct && doc_.tokens[after].key == "\"") ++after;
      list_after(after, end, c.m.precision, /*typed=*/true);
      return c;
    }
    return std::nullopt;
  }

  // «... وبيت الفقية وزبيد والتحيتا»: conjoined names after a place, each a place of the same
  // kind: a gazetteer name, or a name the Arabic lexicon does not know (heads like «بيت» take the
  // next word along). An ordinary word («وقال») ends the list; after a type word a definite one
  // may go on («مديريات ... والتحيتا»).
  void list_after(uint32_t k, uint32_t end, PlacePrecision precision, bool typed) {
    static const std::string kWaw = "\xD9\x88";  // و
    while (k < end && is_word(doc_.tokens[k]) && doc_.tokens[k].key.starts_with(kWaw) &&
           doc_.tokens[k].key.size() > kWaw.size() + 2 && !in_date_[k]) {
      const Token& t = doc_.tokens[k];
      std::string bare = fold_taa(std::string_view(t.key).substr(kWaw.size()));
      if (lex_.function_words.count(bare) || is_type_word(t)) return;
      uint32_t e = name_end(k, end, bare);
      std::string key = bare;
      for (uint32_t x = k + 1; x < e; ++x) key += ' ' + fold_taa(doc_.tokens[x].key);
      auto places = g_.lookup(key);
      bool head = e > k + 1;
      bool definite = bare.starts_with(kArticle);
      std::string_view surface = t.span.of(doc_.text).substr(kWaw.size());
      if (places.empty() && !head && !(definite && typed) && text::ArabicLexicon::get().known(surface)) return;
      if (!places.empty() && g_.not_a_place(key)) return;
      Candidate c;
      c.key = places.empty() ? "" : key;
      c.places.assign(places.begin(), places.end());
      c.m.precision = places.empty() && precision > PlacePrecision::kAdmin1 ? PlacePrecision::kVillage : precision;
      c.m.first_token = k;
      c.m.end_token = e;
      c.m.span = c.m.name_span = {text::skip_key_letters(doc_.text, t, 1), doc_.tokens[e - 1].span.end};
      pending_.push_back(std::move(c));
      k = e;
    }
  }

  // A list head (data/places/list_heads.tsv) among the few words before the colon at token i.
  bool list_head_before(uint32_t i) const {
    constexpr uint32_t kReach = 4;  // the noun, then up to three words («المجاورة», «أخرى منها»)
    for (uint32_t k = i; k-- > 0 && i - k <= kReach;) {
      const Token& t = doc_.tokens[k];
      if (!is_word(t)) return false;
      if (lex_.list_heads.count(fold_taa(t.stem)) || lex_.list_heads.count(fold_taa(t.key))) return true;
    }
    return false;
  }

  // The items after a list head's colon, each one to three words, split at «،» and at a word
  // with و. The list ends at the sentence's end, other punctuation, a function word, a type word
  // (its own reading follows), or a lone everyday word the lexicon knows («، لافتا إلى ...»).
  void colon_list_at(uint32_t k, uint32_t end) {
    constexpr uint32_t kItemWords = 3;
    static const std::string kWaw = "\xD9\x88";  // و
    bool first_item = true;
    while (k < end) {
      const Token& t = doc_.tokens[k];
      if (t.kind == TokenKind::kPunct && (t.key == "\xD8\x8C" || t.key == ",")) { ++k; first_item = false; continue; }  // ،
      if (!is_word(t) || in_date_[k] || is_type_word(t)) return;
      bool waw = !first_item && t.key.starts_with(kWaw) && t.key.size() > kWaw.size() + 2;
      std::string head = fold_taa(waw ? std::string_view(t.key).substr(kWaw.size()) : std::string_view(t.key));
      if (lex_.function_words.count(head) || lex_.function_words.count(fold_taa(t.key))) return;
      uint32_t e = k + 1;
      std::string key = head;
      while (e < end && e - k < kItemWords && is_word(doc_.tokens[e]) && !in_date_[e] &&
             !doc_.tokens[e].key.starts_with(kWaw) && !is_type_word(doc_.tokens[e]) &&
             !lex_.function_words.count(fold_taa(doc_.tokens[e].key)))
        key += ' ' + fold_taa(doc_.tokens[e++].key);
      // An item runs to a comma, a و-word or the end; a longer run is prose, not a name.
      if (e < end && is_word(doc_.tokens[e]) && !doc_.tokens[e].key.starts_with(kWaw)) return;
      auto places = g_.lookup(key);
      std::string_view surface = t.span.of(doc_.text).substr(waw ? kWaw.size() : 0);
      if (places.empty() && e == k + 1 && !head.starts_with(kArticle) && text::ArabicLexicon::get().known(surface)) return;
      if (!places.empty() && g_.not_a_place(key)) return;
      Candidate c;
      c.key = places.empty() ? "" : key;
      c.places.assign(places.begin(), places.end());
      c.m.precision = places.empty() ? PlacePrecision::kVillage : PlacePrecision::kCity;
      c.m.first_token = k;
      c.m.end_token = e;
      c.m.span = c.m.name_span = {text::skip_key_letters(doc_.text, t, waw ? 1 : 0), doc_.tokens[e - 1].span.end};
      c.typed = true;
      pending_.push_back(std::move(c));
      first_item = false;
      k = e;
    }
  }

  // Tokens inside a found mention.
  std::vector<bool> covered() const {
    std::vector<bool> in(doc_.tokens.size(), false);
    for (const Candidate& c : found_)
      for (uint32_t t = c.m.first_token; t < c.m.end_token; ++t) in[t] = true;
    return in;
  }

  // The sentences rasd reads places in, as [first, end) token ranges.
  template <typename F>
  void for_each_content_token(F f) const {
    for (const Sentence& s : doc_.sentences)
      if (s.kind != SentenceKind::kBoilerplate && s.kind != SentenceKind::kSourceLine)
        for (uint32_t i = s.first_token; i < s.end_token; ++i) f(i, s.end_token);
  }

  // A name the article introduced with a type word stands for that place wherever it appears
  // bare: «منطقة ضبوعة» ... «في ضبوعة». A one-word name the Arabic lexicon knows comes back only
  // after a place cue («منطقة قانية» ... «في قانية»; never every «الأمل» of the story).
  void repeat_typed_names() {
    struct Known { std::vector<std::string> words; size_t from; bool needs_cue; };
    std::unordered_map<std::string, std::vector<Known>> by_first;
    for (size_t f = 0; f < found_.size(); ++f) {
      const Candidate& c = found_[f];
      if (!c.typed) continue;
      uint32_t n0 = c.m.first_token;
      while (n0 < c.m.end_token && doc_.tokens[n0].span.begin < c.m.name_span.begin) ++n0;
      if (n0 >= c.m.end_token) continue;
      Known k{{}, f, false};
      for (uint32_t t = n0; t < c.m.end_token; ++t) k.words.push_back(fold_taa(doc_.tokens[t].key));
      k.needs_cue = k.words.size() == 1 && text::ArabicLexicon::get().known(doc_.tokens[n0].span.of(doc_.text));
      // A name typed again behaves as its first typing did, and only the first is ever taken:
      // keeping one per name keeps a story that repeats «منطقة X» linear.
      std::vector<Known>& same_first = by_first[k.words[0]];
      bool seen = false;
      for (const Known& o : same_first) seen |= o.words == k.words && o.needs_cue == k.needs_cue;
      if (!seen) same_first.push_back(std::move(k));
    }
    if (by_first.empty()) return;
    std::vector<bool> in = covered();
    std::vector<Candidate> more;
    for_each_content_token([&](uint32_t i, uint32_t end) {
      if (in[i] || !is_word(doc_.tokens[i]) || in_date_[i]) return;
      for (const Reading& r : readings(doc_.tokens[i])) {
        auto it = by_first.find(r.key);
        if (it == by_first.end()) continue;
        for (const Known& k : it->second) {
          size_t n = k.words.size();
          if (i + n > end) continue;
          bool same = true;
          for (size_t w = 1; w < n && same; ++w)
            same = !in[i + w] && fold_taa(doc_.tokens[i + w].key) == k.words[w];
          if (!same) continue;
          if (k.needs_cue && !(r.locative || (r.prefix_letters == 0 && cue_before(i)))) continue;
          Candidate c = found_[k.from];
          c.needs_context = false;
          c.m.first_token = i;
          c.m.end_token = static_cast<uint32_t>(i + n);
          c.m.span = c.m.name_span = {text::skip_key_letters(doc_.text, doc_.tokens[i], r.prefix_letters),
                                      doc_.tokens[i + n - 1].span.end};
          for (uint32_t t = i; t < i + n; ++t) in[t] = true;
          more.push_back(std::move(c));
          return;
        }
      }
    });
    for (Candidate& c : more) found_.push_back(std::move(c));
  }

  // «حاصروا المنطقة»: a type word with the article and no name after it refers back to the last
  // place the article introduced with the same type word, if that was recent.
  void refer_back() {
    constexpr uint32_t kReach = 250;  // tokens: about four sentences
    std::vector<bool> in = covered();
    // The typed mentions per type word, by first token (found order among equals): the latest
    // within reach is a binary search, not a pass over every place of the article.
    std::unordered_map<std::string, std::vector<size_t>> typed;
    for (size_t f = 0; f < found_.size(); ++f)
      if (found_[f].typed) typed[found_[f].type_word].push_back(f);
    for (auto& [word, list] : typed)
      std::stable_sort(list.begin(), list.end(), [&](size_t a, size_t b) {
        return found_[a].m.first_token < found_[b].m.first_token;
      });
    std::vector<Candidate> more;
    for_each_content_token([&](uint32_t i, uint32_t end) {
      const Token& t = doc_.tokens[i];
      if (in[i] || !is_word(t) || in_date_[i]) return;
      if (i + 1 < end && is_word(doc_.tokens[i + 1]) && !g_.lookup(fold_taa(doc_.tokens[i + 1].key)).empty()) return;
      for (const Reading& r : readings(t)) {
        if (!r.key.starts_with(kArticle)) continue;
        std::string bare = r.key.substr(kArticle.size());
        if (!lex_.type_words.count(bare)) continue;
        const Candidate* ante = nullptr;
        if (auto it = typed.find(bare); it != typed.end()) {
          // The last mention starting before i, walking back; among equal starts the first found.
          const std::vector<size_t>& list = it->second;
          auto at = std::lower_bound(list.begin(), list.end(), i,
                                     [&](size_t f, uint32_t tok) { return found_[f].m.first_token < tok; });
          while (at != list.begin()) {
            const Candidate& c = found_[*--at];
            if (i - c.m.first_token > kReach) break;
            if (c.m.end_token > i) continue;
            if (ante && c.m.first_token < ante->m.first_token) break;
            ante = &c;  // equal starts: keep walking to the one found first
          }
        }
        if (!ante) return;
        Candidate c = *ante;
        c.antecedent_token = ante->m.first_token;
        c.m.first_token = i;
        c.m.end_token = i + 1;
        c.m.span = c.m.name_span = {text::skip_key_letters(doc_.text, t, r.prefix_letters), t.span.end};
        more.push_back(std::move(c));
        return;
      }
    });
    for (Candidate& c : more) found_.push_back(std::move(c));
  }

  // «قرب دمشق», «بالقرب من دمشق», «شرقي العاصمة #صنعاء»: one of `cues` before the mention, over
  // «من», «العاصمة» and hashtag marks.
  bool relative_cue_before(uint32_t i, const std::unordered_set<std::string>& cues) const {
    static const std::unordered_set<std::string> kOver = {
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
      std::unordered_set<std::string> cs;
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

  // The article's country: the most weighted one; a tie goes to the one named first.
  std::string main_country() const {
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

  void resolve() {
    weigh_context();
    std::string main = main_country();
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

  Document& doc_;
  const Gazetteer& g_;
  const Lexicons& lex_;
  std::vector<Candidate> found_;
  std::vector<bool> in_date_;  // tokens inside a date mention
  std::vector<Candidate> pending_;  // list members found after a typed place
  std::map<std::string, Weight> context_;  // country -> weight (weigh_context)
  std::map<std::pair<std::string, std::string>, Weight> by_name_;  // (key, country) -> its share
};

std::string loose_name(std::string_view s) { return place_key(s); }

// One LOC entity per resolved place (or per unknown name), mentions in text order.
void build_entities(Document& doc) {
  const Gazetteer& g = Gazetteer::get();
  std::unordered_map<std::string, size_t> by_key;
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

void find_places(Document& doc) {
  Finder(doc).run();
  build_entities(doc);
}

}  // namespace rasd::geo

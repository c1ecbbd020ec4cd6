#include "rasd/actors/actor_lexicon.h"

#include "rasd/core/hash.h"
#include "rasd/geo/gazetteer.h"
#include "rasd/text/clitics.h"
#include "rasd/text/normalize.h"
#include "rasd/text/utf8.h"

namespace rasd::actors {
namespace {

constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";  // ال
constexpr std::string_view kWaw = "\xD9\x88";              // و
constexpr std::string_view kFaa = "\xD9\x81";              // ف
constexpr std::string_view kUn = "\xD9\x88\xD9\x86";       // ون
constexpr std::string_view kIn = "\xD9\x8A\xD9\x86";       // ين
constexpr std::string_view kAt = "\xD8\xA7\xD8\xAA";       // ات
constexpr std::string_view kTaa = "\xD9\x87";              // ه: the folded ة
constexpr std::string_view kAlif = "\xD8\xA7";             // ا
constexpr std::string_view kAlifMaqsura = "\xD9\x89";      // ى

std::vector<std::string> split_words(std::string_view phrase) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < phrase.size()) {
    size_t j = phrase.find(' ', i);
    if (j == std::string_view::npos) j = phrase.size();
    if (j > i) out.push_back(word_key(phrase.substr(i, j - i)));
    i = j + 1;
  }
  return out;
}

std::string join(const std::vector<std::string>& words) {
  std::string k;
  for (const auto& w : words) { if (!k.empty()) k += ' '; k += w; }
  return k;
}

// Loads a phrase table; a sound plural in -ون is also indexed in -ين («الحوثيون», «الحوثيين»).
// With `counted`, a one-word row is also indexed in the accusative with tanween alif a count of
// eleven to ninety-nine takes («16 شخصا», «20 مدنيا»); words ending in ة, ا or ى take none.
void load(PhraseTable& into, std::string_view name, std::string_view col, bool strip, bool counted = false) {
  const auto& t = data::table(name);
  into.table = &t;
  for (size_t r = 0; r < t.rows(); ++r) {
    auto words = split_words(t.get(r, col));
    if (strip) for (auto& w : words) w = std::string(drop_article(w));
    into.max_words = std::max(into.max_words, words.size());
    into.rows.emplace(join(words), static_cast<int>(r));
    bool plural = false;
    for (auto& w : words)
      if (w.ends_with(kUn)) { w.replace(w.size() - kUn.size(), kUn.size(), kIn); plural = true; }
    if (plural) into.rows.emplace(join(words), static_cast<int>(r));
    if (counted && words.size() == 1 && !plural && !words[0].ends_with(kTaa) && !words[0].ends_with(kAlif) &&
        !words[0].ends_with(kAlifMaqsura))
      into.rows.emplace(words[0] + std::string(kAlif), static_cast<int>(r));
  }
  for (const auto& [key, row] : into.rows)
    for (size_t p = key.find(' '); p != std::string::npos; p = key.find(' ', p + 1)) into.continued.insert(key.substr(0, p));
}

}  // namespace

std::string word_key(std::string_view word) { return geo::fold_taa(text::normalize_key(word)); }

bool has_article(std::string_view key) { return key.starts_with(kArticle) && text::code_points(key) >= 4; }

std::string_view drop_article(std::string_view key) {
  return has_article(key) ? key.substr(kArticle.size()) : key;
}

const Lexicon& lexicon() {
  static const Lexicon lex = [] {
    Lexicon l;
    load(l.titles, "actors/titles", "title", false);
    load(l.heads, "actors/org_heads", "head", true);
    load(l.orgs, "actors/named_orgs", "name", false);
    load(l.nouns, "actors/actor_nouns", "noun", true, true);
    l.titles.slot = 0, l.heads.slot = 1, l.orgs.slot = 2, l.nouns.slot = 3;
    // Demonyms: the masculine nisba makes the feminine, the sound plurals and the feminine plural.
    const auto& d = data::table("actors/demonyms");
    for (size_t r = 0; r < d.rows(); ++r) {
      std::string m = word_key(d.get(r, "nisba"));
      std::string cc(d.get(r, "country"));
      for (const std::string& form : {m, m + std::string(kTaa), m + std::string(kUn), m + std::string(kIn), m + std::string(kAt)})
        l.demonyms.emplace(form, cc);
      if (!d.get(r, "plural").empty()) l.demonyms.emplace(word_key(d.get(r, "plural")), cc);
    }
    auto set = [](std::string_view name, std::string_view col, StringSet& into,
                  std::string_view role = {}) {
      const auto& t = data::table(name);
      for (size_t r = 0; r < t.rows(); ++r)
        if (role.empty() || t.get(r, "role") == role) into.insert(word_key(t.get(r, col)));
    };
    set("actors/name_words", "word", l.given, "given");
    set("actors/name_words", "word", l.particles, "particle");
    set("actors/name_words", "word", l.tails, "tail");
    set("actors/adjectives", "word", l.adjectives);
    set("actors/title_qualifiers", "word", l.title_qualifiers);
    // The speech cues whose row says the actor layer reads a name after them (actor = name).
    const auto& cues = data::table("quotes/speech_cues");
    for (size_t r = 0; r < cues.rows(); ++r)
      if (cues.get(r, "actor") == "name") l.speech_verbs.insert(word_key(cues.get(r, "cue")));
    set("text/function_words", "word", l.function_words);
    for (auto it = l.adjectives.begin(); it != l.adjectives.end();) {
      // Adjectives are stored without the article: they follow definite and indefinite nouns.
      std::string bare(drop_article(*it));
      if (bare != *it) { it = l.adjectives.erase(it); l.adjectives.insert(bare); } else ++it;
    }
    return l;
  }();
  return lex;
}

namespace {

std::vector<Reading> compute_readings(std::string_view token_key) {
  std::vector<Reading> out;
  std::string key = geo::fold_taa(token_key);
  for (const auto& a : text::analyse_clitics(key)) {
    if (!a.suffix.empty() || a.future) continue;
    Reading r;
    r.conj_only = a.prefix.empty() || a.prefix == kWaw || a.prefix == kFaa ||
                  (a.article && (a.prefix == std::string(kWaw) + std::string(kArticle) ||
                                 a.prefix == std::string(kFaa) + std::string(kArticle) || a.prefix == kArticle));
    if (a.article) {
      // As in geo/place_finder: the mention keeps the article; «للشرطة» starts at the stem.
      r.prefix_letters = a.prefix.ends_with(kArticle) ? text::code_points(a.prefix) - 2 : text::code_points(a.prefix);
      r.key = std::string(kArticle) + std::string(a.stem);
      r.article = true;
    } else {
      r.prefix_letters = text::code_points(a.prefix);
      r.key = std::string(a.stem);
      r.article = has_article(r.key);
    }
    out.push_back(std::move(r));
  }
  return out;
}

using ReadingsMemo = StringMap<WordForm>;

ReadingsMemo& readings_memo() {
  thread_local ReadingsMemo memo;
  return memo;
}

// The current document's tokens -> their memo entries, so that asking again about a token costs
// no hashing. An entry is used only when its key is the token's, and the table is emptied with
// the memo, so a stale or foreign token falls back on the memo.
struct TokenForms {
  const Token* base = nullptr;
  std::vector<const ReadingsMemo::value_type*> of;
};
TokenForms& token_forms() {
  thread_local TokenForms t;
  return t;
}

// Appends geo::fold_taa(word), without its article when `strip` (as drop_article), building no
// string: the table keys are matched word by word for every token.
void append_word_key(std::string& into, std::string_view word, bool strip) {
  size_t at = into.size();
  into += word;
  for (size_t j = at; j + 1 < into.size(); ++j)
    if (into[j] == '\xD8' && into[j + 1] == '\xA9') { into[j] = '\xD9'; into[j + 1] = '\x87'; }  // ة -> ه
  if (strip && has_article(std::string_view(into).substr(at))) into.erase(at, kArticle.size());
}

}  // namespace

// Node-based map: a value's address survives later insertions, so callers may hold a reference
// while asking for other tokens' readings.
const WordForm& word_form(const Token& t) {
  TokenForms& tf = token_forms();
  const ReadingsMemo::value_type** slot = nullptr;
  // Addresses compared as integers: the token may belong to another array.
  auto at = reinterpret_cast<uintptr_t>(&t), base = reinterpret_cast<uintptr_t>(tf.base);
  if (tf.base && at >= base && at < base + tf.of.size() * sizeof(Token) && (at - base) % sizeof(Token) == 0) {
    slot = &tf.of[(at - base) / sizeof(Token)];
    if (*slot && (*slot)->first == t.key) return (*slot)->second;
  }
  ReadingsMemo& memo = readings_memo();
  if (auto it = memo.find(std::string_view(t.key)); it != memo.end()) {
    if (slot) *slot = &*it;
    return it->second;
  }
  WordForm f;
  f.key = word_key(t.key);
  f.readings = compute_readings(t.key);
  const Lexicon& lex = lexicon();
  for (const Reading& r : f.readings) {
    if (!r.conj_only) continue;
    // «ألماني» keys as «الماني»: try the word whole before reading an article off it.
    auto it = lex.demonyms.find(r.key);
    if (it == lex.demonyms.end()) it = lex.demonyms.find(drop_article(r.key));
    if (it == lex.demonyms.end()) continue;
    f.country = it->second;
    f.country_definite = r.article;
    break;
  }
  auto it = memo.emplace(t.key, std::move(f)).first;
  if (slot) *slot = &*it;
  return it->second;
}

void forget_readings(const Document* doc) {
  // A few documents' word forms; kept across documents since most recur.
  constexpr size_t kMaxForms = 1 << 14;
  if (readings_memo().size() > kMaxForms) readings_memo().clear();
  TokenForms& tf = token_forms();
  tf.base = doc && !doc->tokens.empty() ? doc->tokens.data() : nullptr;
  tf.of.assign(tf.base ? doc->tokens.size() : 0, nullptr);
}

namespace {

// WordForm::first for one table, filled on first use.
const std::vector<WordForm::FirstWord>& first_words(const WordForm& f, const PhraseTable& table, bool strip) {
  size_t s = static_cast<size_t>(table.slot) * 2 + (strip ? 1 : 0);
  if (!(f.first_known & (1u << s))) {
    auto& out = f.first[s];
    out.clear();
    out.reserve(f.readings.size());
    for (const Reading& r : f.readings) {
      std::string_view key = strip ? drop_article(r.key) : std::string_view(r.key);
      auto it = table.rows.find(key);
      out.push_back({it != table.rows.end() ? it->second : -1, table.continued.count(key) > 0});
    }
    f.first_known |= static_cast<uint8_t>(1u << s);
  }
  return f.first[s];
}

}  // namespace

PhraseMatch match_phrase(const PhraseTable& table, const Document& doc, uint32_t i, uint32_t end, bool strip) {
  PhraseMatch best;
  size_t max_words = std::min<size_t>(table.max_words, end - i);
  if (max_words == 0) return best;
  thread_local std::string key;  // one buffer for every call: this runs at most tokens × tables
  const WordForm& f = word_form(doc.tokens[i]);
  const std::vector<WordForm::FirstWord>* first =
      table.slot >= 0 && static_cast<size_t>(table.slot) * 2 + 1 < WordForm::kTableSlots ? &first_words(f, table, strip) : nullptr;
  for (size_t ri = 0; ri < f.readings.size(); ++ri) {
    const Reading& r = f.readings[ri];
    size_t n = 1;
    if (first) {
      // The first word's step from the form's table (as the loop below would find it).
      const WordForm::FirstWord& w = (*first)[ri];
      if (w.row >= 0 && i + 1 > best.end) best = {w.row, i + 1, r.prefix_letters, r.article};
      if (max_words == 1 || !w.continued) continue;
      n = 2;
    }
    key.assign(strip ? drop_article(r.key) : std::string_view(r.key));
    for (; n <= max_words; ++n) {
      if (n > 1) {
        const Token& t = doc.tokens[i + n - 1];
        if (t.kind != TokenKind::kWord && t.kind != TokenKind::kLatin) break;
        key += ' ';
        append_word_key(key, t.key, strip);
      }
      auto it = table.rows.find(key);
      if (it != table.rows.end() && i + n > best.end) {
        best = {it->second, static_cast<uint32_t>(i + n), r.prefix_letters, r.article};
      }
      if (n < max_words && !table.continued.count(std::string_view(key))) break;  // no longer key
    }
  }
  return best;
}

std::string demonym_country(const Token& t, bool* definite) {
  const WordForm& f = word_form(t);
  if (!f.country.empty() && definite) *definite = f.country_definite;
  return f.country;
}

}  // namespace rasd::actors

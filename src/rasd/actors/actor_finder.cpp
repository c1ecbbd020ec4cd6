#include "rasd/actors/actor_finder.h"
#include "rasd/core/hash.h"
#include "rasd/text/tokenize.h"
#include "rasd/text/utf8.h"
#include "rasd/actors/transliterate.h"

#include <algorithm>
#include <map>
#include <optional>
#include <unordered_map>

#include "rasd/actors/actor_lexicon.h"
#include "rasd/actors/coref.h"
#include "rasd/geo/place_finder.h"
#include "rasd/text/lexicon.h"

namespace rasd::actors {
namespace {

constexpr std::string_view kYaa = "\xD9\x8A";          // ي: the nisba ending
constexpr std::string_view kYaaTaa = "\xD9\x8A\xD9\x87";  // يه: folded ية
constexpr std::string_view kAbd = "\xD8\xB9\xD8\xA8\xD8\xAF";  // عبد
constexpr std::string_view kAli = "\xD8\xB9\xD9\x84\xD9\x8A";  // علي (the key of «على» too)
constexpr std::string_view kWaw = "\xD9\x88";
constexpr std::string_view kLam = "\xD9\x84";
constexpr std::string_view kLamLam = "\xD9\x84\xD9\x84";
constexpr std::string_view kAlif = "\xD8\xA7";  // ا
constexpr std::string_view kFi = "\xD9\x81\xD9\x8A";  // في

// A nisba adjective («الجماعي», «الإسلامية», «الحوثيين»): the commonest modifier of a name.
bool nisba(std::string_view bare) {
  if (text::code_points(bare) < 4) return false;
  return bare.ends_with(kYaa) || bare.ends_with(kYaaTaa) || bare.ends_with("\xD9\x8A\xD9\x88\xD9\x86") ||
         bare.ends_with("\xD9\x8A\xD9\x8A\xD9\x86");
}

// Sectors of bodies that belong to the state or society they act in: without a demonym they take
// the article's main country («قوات الأمن» in a Kazakh story is Kazakh).
bool domestic(std::string_view sector) {
  static const std::unordered_set<std::string_view, StringHash> s = {"GOV", "MIL", "COP", "JUD", "LEG", "OPP", "CVL", "UAF",
                                                         "REB", "PRM", "SPY", "CRM", "REF", "JRN", "EDU", "LAB", "PTY"};
  return s.count(sector) > 0;
}

enum class Word : uint8_t { kNone, kGiven, kParticle, kUnknown, kFamily };

struct OrgFound {
  uint32_t first = 0, end = 0;  // tokens of the whole mention (acronym included)
  uint32_t name_end = 0;        // one past the name's last token (before any «(acronym)»)
  uint32_t name_begin = 0;      // byte where the name starts, clitics off
  std::string head, sector, country;
  bool bare = false;            // a definite head alone: a reference to an earlier organisation
  std::optional<Span> acronym;
};

class Finder {
 public:
  explicit Finder(Document& doc) : doc_(doc), lex_(lexicon()), book_(doc) {}

  void run() {
    size_t n = doc_.tokens.size();
    covered_.assign(n, false);
    in_date_.assign(n, false);
    place_.assign(n, -1);
    for (const DateMention& d : doc_.dates)
      for (uint32_t t = d.first_token; t < d.end_token && t < n; ++t) in_date_[t] = true;
    for (size_t p = 0; p < doc_.places.size(); ++p) {
      const PlaceMention& m = doc_.places[p];
      for (uint32_t t = m.first_token; t < m.end_token && t < n; ++t) place_[t] = static_cast<int32_t>(p);
    }
    main_country_ = geo::main_country(doc_);
    for (const NameCandidate& c : doc_.name_candidates) candidates_.emplace(c.first_token, &c);
    count_end_.assign(n + 1, false);
    for (const Quantity& q : doc_.quantities)
      if (q.unit.empty() && q.end_token <= n) count_end_[q.end_token] = true;

    body_.assign(n, false);
    for (const Sentence& s : doc_.sentences) {
      if (s.kind != SentenceKind::kBody && s.kind != SentenceKind::kSubheading) continue;
      for (uint32_t t = s.first_token; t < s.end_token && t < n; ++t) body_[t] = true;
      for (uint32_t i = s.first_token; i < s.end_token;) i = scan_at(i, s.end_token);
    }
    strong_votes();
    for (size_t a = 0; a < doc_.actors.size(); ++a)
      if (doc_.actors[a].country.empty() && domestic_[a] && domestic(doc_.actors[a].sector))
        doc_.actors[a].country = main_country_;
    book_.short_names(covered_);
    std::stable_sort(doc_.actors.begin(), doc_.actors.end(),
                     [](const ActorMention& a, const ActorMention& b) { return a.span.begin < b.span.begin; });
  }

 private:
  const Token& tok(uint32_t k) const { return doc_.tokens[k]; }
  std::string_view surface(uint32_t k) const { return tok(k).span.of(doc_.text); }
  // The patterns ask for the same token's key many times: each is built once, on first use.
  const std::string& key(uint32_t k) const {
    if (keys_.size() != doc_.tokens.size()) keys_.assign(doc_.tokens.size(), nullptr);
    if (!keys_[k]) keys_[k] = &word_form(tok(k)).key;
    return *keys_[k];
  }
  bool is_word(uint32_t k) const { return tok(k).kind == TokenKind::kWord; }
  bool is_function(uint32_t k) const {
    const std::string& kk = key(k);
    // «على» and «علي» share a key: the name is the one written with ي.
    if (kk == kAli && surface(k).ends_with(kYaa)) return false;
    return lex_.function_words.count(kk) > 0;
  }
  bool free(uint32_t k) const { return !covered_[k] && !in_date_[k]; }
  bool unknown(uint32_t k) const { return !text::ArabicLexicon::get().known(surface(k)); }
  bool definite(uint32_t k) const { return has_article(key(k)); }
  // «ميركل أكدت», «ماي قالت»: a speech verb after a name ends it (the lexicon may not know it).
  bool speech_verb(uint32_t k) const {
    for (const Reading& r : readings(tok(k)))
      if (r.conj_only && !r.article && lex_.speech_verbs.count(r.key)) return true;
    return false;
  }
  bool is_quote(uint32_t k) const { return tok(k).kind == TokenKind::kPunct && (tok(k).key == "\"" || surface(k) == "\xC2\xAB" || surface(k) == "\xC2\xBB"); }

  // Tries every pattern at token i; returns the next token to look at.
  uint32_t scan_at(uint32_t i, uint32_t end) {
    if (covered_[i] || in_date_[i] || !is_word(i) || place_[i] >= 0) return i + 1;
    if (auto o = parse_org(i, end)) { emit_org(*o); return o->end; }
    if (uint32_t e = title_at(i, end)) return e;
    if (auto nm = name_at(i, end, false)) return emit_person(*nm, "", "", "UNK", i, nm->span.begin);
    if (uint32_t e = speech_at(i, end)) return e;
    if (uint32_t e = noun_at(i, end)) return e;
    if (uint32_t e = people_at(i)) return e;
    return i + 1;
  }

  // ---- names ---------------------------------------------------------------------------
  Word classify(uint32_t k, bool first, std::string_view kk) const {
    if (!is_word(k) || !free(k) || place_[k] >= 0 || is_function(k)) return Word::kNone;
    std::string_view s = kk;
    if (lex_.given.count(s)) return Word::kGiven;
    if (lex_.particles.count(s)) return Word::kParticle;
    if (s.starts_with(kAbd) && text::code_points(s) > 4) return Word::kGiven;  // fused «عبدالملك»
    if (!demonym_country(tok(k)).empty()) return Word::kNone;
    bool def = has_article(s);
    if (first) return !def && unknown(k) ? Word::kUnknown : Word::kNone;
    if (!def) return unknown(k) ? Word::kUnknown : Word::kNone;
    std::string bare(drop_article(s));
    if (lex_.given.count(bare) || unknown(k)) return Word::kFamily;  // «الأحمد», «الصماد»
    if (nisba(bare) && !lex_.adjectives.count(bare) && !lex_.heads.rows.count(bare)) return Word::kFamily;  // «المالكي»
    return Word::kNone;
  }

  struct Name { Span span; uint32_t end; };

  // A table word (title, head, actor noun) or a verb-like word never starts a name after a title.
  bool table_word(uint32_t k) const {
    uint32_t e = k + 1;
    return match_phrase(lex_.titles, doc_, k, e, false).row >= 0 || match_phrase(lex_.heads, doc_, k, e, true).row >= 0 ||
           match_phrase(lex_.nouns, doc_, k, e, true).row >= 0 || lex_.adjectives.count(drop_article(key(k)));
  }
  // After a title even ordinary words can be a name: hunspell-ar accepts many transliterations
  // («بلينكن» parses as ب + لين + كن). Not a definite word, a table word or an imperfect verb (ي/ت).
  bool title_name_word(uint32_t k) const {
    if (!is_word(k) || !free(k) || place_[k] >= 0 || is_function(k) || definite(k) || table_word(k)) return false;
    if (!demonym_country(tok(k)).empty()) return false;
    const std::string& kk = key(k);
    return !(kk.starts_with("\xD9\x8A") || kk.starts_with("\xD8\xAA")) || unknown(k);
  }

  // A person's name at token k: words unknown to the lexicon, Arabic name words, or after a title
  // up to four ordinary words. Without a title an Arabic name needs two words and must begin with
  // a given name or a particle; once a definite family name is read only family names follow.
  std::optional<Name> name_at(uint32_t k, uint32_t end, bool after_title) const {
    if (k >= end) return std::nullopt;
    const std::string& kk = key(k);
    size_t shed = 0;
    Word c0 = classify(k, true, kk);
    if (c0 == Word::kNone && kk.starts_with(kWaw) && kk.size() > kWaw.size() + 4) {  // «ومحمد»
      std::string rest = kk.substr(kWaw.size());
      Word c = classify(k, true, rest);
      if (c == Word::kGiven || c == Word::kParticle) { c0 = c; shed = 1; }
    }
    // An ordinary word after a title is a name only with a second name word after it, and never
    // with a conjunction on it («الفريق وحول»).
    bool weak_first = false;
    if (c0 == Word::kNone && after_title && !kk.starts_with(kWaw) && title_name_word(k)) c0 = Word::kUnknown, weak_first = true;
    if (c0 == Word::kNone) return std::nullopt;
    if (!after_title && c0 == Word::kUnknown) return std::nullopt;  // speech_at reads those
    uint32_t e = k + 1;
    bool particle = c0 == Word::kParticle, family = false;
    while (e < end && e - k < 6) {
      if (speech_verb(e)) break;
      if (particle) {
        // The word after بن / عبد / أبو belongs to the name: a given name, an unknown word, a
        // definite one («عبد الملك»); after أبو any word («أبو زيد»). «ابن عمه» is no name.
        if (!is_word(e) || !free(e) || is_function(e)) break;
        bool abu = key(e - 1).starts_with("\xD8\xA3\xD8\xA8") || key(e - 1).starts_with("\xD8\xA7\xD8\xA8\xD9\x88");
        Word c = classify(e, false, key(e));
        if (!abu && c == Word::kNone && !definite(e)) break;
        particle = c == Word::kParticle;
        ++e;
        continue;
      }
      Word c = classify(e, false, key(e));
      if (c == Word::kNone && lex_.tails.count(key(e))) c = Word::kFamily;  // «صلاح الدين»
      // Past two words only a word the lexicon does not know: «دونالد ترامب قرر» ends before the verb.
      if (c == Word::kNone && after_title && !family && e - k < 4 && title_name_word(e) && (e - k < 2 || unknown(e))) c = Word::kUnknown;
      // «مهدي محمد حسين المشاط»: after two name words a definite word outside every table is the
      // family name (and ends the name).
      bool last = false;
      if (c == Word::kNone && !family && !weak_first && (c0 == Word::kGiven || c0 == Word::kParticle) && e - k >= 2 && definite(e) && is_word(e) && free(e) && place_[e] < 0 &&
          !is_function(e) && !table_word(e) && demonym_country(tok(e)).empty())
        c = Word::kFamily, last = true;
      if (c == Word::kNone || (family && c != Word::kFamily && c != Word::kParticle)) break;
      family |= c == Word::kFamily;
      particle = c == Word::kParticle;
      ++e;
      if (last) break;
    }
    if (particle) --e;
    if (e == k || (c0 == Word::kParticle && e == k + 1)) return std::nullopt;
    if ((!after_title || weak_first) && e - k < 2) return std::nullopt;
    return Name{{text::skip_key_letters(doc_.text, tok(k), shed), tok(e - 1).span.end}, e};
  }

  std::optional<Name> candidate_at(uint32_t k, EntityType type) const {
    auto it = candidates_.find(k);
    if (it == candidates_.end() || it->second->type != type) return std::nullopt;
    const NameCandidate& c = *it->second;
    for (uint32_t t = c.first_token; t < c.end_token; ++t)
      if (t >= covered_.size() || covered_[t] || place_[t] >= 0) return std::nullopt;
    return Name{c.span, c.end_token};
  }

  // `title_first` / `begin`: where the whole description starts (the title, clitics off).
  uint32_t emit_person(const Name& nm, const std::string& role_key, const std::string& role, const std::string& sector,
                       uint32_t title_first, uint32_t begin, const std::string& country = {}) {
    int32_t e = book_.person(nm.span, role_key, country);
    ActorMention a;
    a.span = {std::min(begin, nm.span.begin), nm.span.end};
    a.first_token = title_first;
    a.end_token = nm.end;
    a.entity = e;
    a.name = std::string(nm.span.of(doc_.text));
    a.country = country;
    a.sector = sector;
    a.role = role;
    push_actor(std::move(a), false);
    book_.set_actor(e, doc_.actors.size() - 1);
    for (uint32_t t = title_first; t < nm.end; ++t) covered_[t] = true;
    return nm.end;
  }

  void push_actor(ActorMention a, bool is_domestic) {
    doc_.actors.push_back(std::move(a));
    domestic_.push_back(is_domestic);
  }

  // ---- titles --------------------------------------------------------------------------
  // Demonyms and reviewed adjectives after a title: the country, and where they end.
  uint32_t modifiers(uint32_t k, uint32_t end, std::string& country) const {
    while (k < end && is_word(k) && free(k)) {
      bool def = false;
      std::string cc = demonym_country(tok(k), &def);
      if (!cc.empty() && def) { if (country.empty()) country = cc; ++k; continue; }
      if (definite(k) && lex_.adjectives.count(drop_article(key(k)))) { ++k; continue; }
      break;
    }
    return k;
  }

  uint32_t title_at(uint32_t i, uint32_t end) {
    PhraseMatch m = match_phrase(lex_.titles, doc_, i, end, false);
    if (m.row < 0) return 0;
    std::string sector(lex_.titles.get(m.row, "sector"));
    std::string role_key(lex_.titles.get(m.row, "role"));
    bool idafa = lex_.titles.get(m.row, "takes") == "idafa";
    uint32_t k = m.end, title_end = m.end;
    std::string country;
    bool described = false;  // the title names its organisation or country: a role description
    if (idafa && k < end) {
      if (auto o = parse_org(k, end)) {
        emit_org(*o);
        if (sector == "*") sector = o->sector;
        country = o->country.empty() && o->bare ? "" : o->country;
        k = o->end;
        described = true;
      } else if (place_[k] >= 0 && doc_.places[place_[k]].first_token == k) {
        const PlaceMention& p = doc_.places[place_[k]];
        country = p.country;
        k = p.end_token;
        described = true;
      } else if (is_word(k) && free(k) && definite(k) && !is_function(k) && demonym_country(tok(k)).empty()) {
        ++k;  // «وزير الطاقة»
        described = true;
      }
    }
    k = modifiers(k, end, country);
    described |= !country.empty();
    // «المتحدث باسم الجيش العميد سالم الراشد»: a second title before the name.
    if (k < end && k > title_end) {
      PhraseMatch inner = match_phrase(lex_.titles, doc_, k, end, false);
      if (inner.row >= 0) {
        if (sector == "*" || sector == "UNK") sector = std::string(lex_.titles.get(inner.row, "sector"));
        k = modifiers(inner.end, end, country);
      }
    }
    if (sector == "*") sector = "UNK";
    std::string role(Span{text::skip_key_letters(doc_.text, tok(i), m.prefix_letters), tok(title_end - 1).span.end}.of(doc_.text));
    auto nm = name_at(k, end, true);
    // «وزير الخارجية في البلاد فلان», «المتحدث باسم الجيش في عدن فلان»: a place qualifying the
    // title stands before the name; skipped only when a name follows it.
    if (!nm && k + 1 < end && is_word(k) && free(k) && key(k) == kFi && is_word(k + 1) && free(k + 1)) {
      uint32_t q = 0;
      std::string qc;
      if (place_[k + 1] >= 0 && doc_.places[place_[k + 1]].first_token == k + 1) {
        q = doc_.places[place_[k + 1]].end_token;
        qc = doc_.places[place_[k + 1]].country;
      } else if (lex_.title_qualifiers.count(key(k + 1))) {
        q = k + 2;
      }
      if (q) {
        q = modifiers(q, end, qc);
        // Past the qualifier the sentence's own words resume: only a full name of two words or
        // more, begun by a word the lexicon does not know or a given name, is the holder's
        // («في عدن قال إن», «في واشنطن بوست» are not).
        auto qn = q < end && is_word(q) && (unknown(q) || lex_.given.count(key(q))) ? name_at(q, end, true) : std::nullopt;
        if (qn && qn->end >= q + 2) {
          nm = qn;
          if (country.empty()) country = qc;
        }
      }
    }
    if (!nm) nm = candidate_at(k, EntityType::kPer);
    if (nm) return emit_person(*nm, role_key, role, sector, i, text::skip_key_letters(doc_.text, tok(i), m.prefix_letters), country);
    // A definite title alone («وقال وزير الداخلية إن», «الوزير إن») refers to its holder too, when
    // no word that could be a name follows it.
    bool alone = (m.definite || title_end > i + 1) && (k >= end || !is_word(k) || is_function(k));
    if (!described && !alone) return 0;
    // A role description without a name: the person last introduced in that role.
    Span desc{text::skip_key_letters(doc_.text, tok(i), m.prefix_letters), tok(k - 1).span.end};
    ActorMention a;
    a.span = desc;
    a.first_token = i;
    a.end_token = k;
    a.entity = book_.person_by_role(role_key, country);
    if (a.entity >= 0) book_.mention(a.entity, desc);
    a.name = std::string(desc.of(doc_.text));
    a.country = country;
    a.sector = sector;
    a.role = role;
    push_actor(std::move(a), false);
    for (uint32_t t = i; t < k; ++t) covered_[t] = true;
    return k;
  }

  // ---- organisations -------------------------------------------------------------------
  bool head_at(uint32_t k, uint32_t end) const {
    return match_phrase(lex_.heads, doc_, k, end, true).row >= 0 || match_phrase(lex_.orgs, doc_, k, end, false).row >= 0;
  }

  // Definite adjectives and demonyms after an organisation's name; a parenthesised short name.
  uint32_t org_tail(uint32_t j, uint32_t end, OrgFound& o, bool& modified) const {
    while (j < end && is_word(j) && free(j) && !is_function(j)) {
      bool def = false;
      std::string cc = demonym_country(tok(j), &def);
      if (!cc.empty() && def) { if (o.country.empty()) o.country = cc; ++j; modified = true; continue; }
      std::string bare(drop_article(key(j)));
      if (definite(j) && (lex_.adjectives.count(bare) || nisba(bare)) && place_[j] < 0) { ++j; modified = true; continue; }
      break;
    }
    o.name_end = j;
    // «(حماس)»: one or two words unknown to the lexicon, Latin, or a named organisation.
    if (j + 2 < end && tok(j).kind == TokenKind::kPunct && surface(j) == "(") {
      uint32_t close = j + 1;
      while (close < end && close - j <= 3 && surface(close) != ")") ++close;
      if (close < end && surface(close) == ")" && close > j + 1 && close - j <= 3) {
        bool ok = true;
        for (uint32_t t = j + 1; t < close; ++t)
          ok &= tok(t).kind == TokenKind::kLatin || (is_word(t) && (unknown(t) || match_phrase(lex_.orgs, doc_, t, close, false).row >= 0));
        if (ok) { o.acronym = Span{tok(j + 1).span.begin, tok(close - 1).span.end}; j = close + 1; }
      }
    }
    return j;
  }

  std::optional<OrgFound> parse_org(uint32_t k, uint32_t end) const {
    if (!free(k) || (place_[k] >= 0)) return std::nullopt;
    OrgFound o;
    o.first = k;
    bool modified = false;
    PhraseMatch named = match_phrase(lex_.orgs, doc_, k, end, false);
    if (named.row >= 0) {
      o.name_begin = text::skip_key_letters(doc_.text, tok(k), named.prefix_letters);
      o.sector = std::string(lex_.orgs.get(named.row, "sector"));
      o.country = std::string(lex_.orgs.get(named.row, "country"));
      // A named organisation takes a demonym for its country, not into its name
      // («الحوثيون اليمنيون»); adjectives after it belong to the sentence («قدرات الحوثيين الصاروخية»).
      uint32_t j = named.end;
      o.name_end = j;
      bool def = false;
      if (j < end && is_word(j) && free(j)) {
        std::string cc = demonym_country(tok(j), &def);
        if (!cc.empty()) { if (o.country.empty()) o.country = cc; ++j; }
      }
      o.end = j;
      return o;
    }
    PhraseMatch h = match_phrase(lex_.heads, doc_, k, end, true);
    if (h.row < 0) return std::nullopt;
    o.name_begin = text::skip_key_letters(doc_.text, tok(k), h.prefix_letters);
    o.head = std::string(drop_article(word_key(lex_.heads.get(h.row, "head"))));
    o.sector = std::string(lex_.heads.get(h.row, "sector"));
    uint32_t j = h.end;
    // «قوات الأمن» is a whole name already: no idafa after it («أطلقت قوات الأمن النار»).
    bool whole = h.end > k + 1 && definite(h.end - 1);
    modified = whole;
    if (!h.definite && !whole && j < end) {
      PhraseMatch inner = match_phrase(lex_.orgs, doc_, j, end, false);
      if (is_quote(j)) {  // «تنظيم "الدولة الإسلامية"»
        uint32_t close = j + 1;
        while (close < end && close - j <= 5 && !is_quote(close)) ++close;
        if (close < end && is_quote(close) && close > j + 1) { j = close + 1; modified = true; }
      } else if (inner.row >= 0) {
        // «حركة حماس» is one name; «قوات منظمة معاهدة ...» is the forces of an organisation.
        if (match_phrase(lex_.heads, doc_, j, end, true).row >= 0) return std::nullopt;
        o.sector = std::string(lex_.orgs.get(inner.row, "sector"));
        o.country = std::string(lex_.orgs.get(inner.row, "country"));
        j = inner.end;
        modified = true;
      } else if (o.sector == "MIL" && match_phrase(lex_.heads, doc_, j, end, true).row >= 0) {
        return std::nullopt;  // «قوات الجيش اليمني»: forces of the organisation the inner head names
      } else if (tok(j).kind == TokenKind::kLatin || (is_word(j) && free(j) && place_[j] < 0 && !is_function(j) &&
                                                    !definite(j) && unknown(j) && demonym_country(tok(j)).empty())) {
        uint32_t x = j;  // a foreign name: «شبكة CNN», «منظمة هيومن رايتس ووتش»
        while (x < end && x - j < 3 && (tok(x).kind == TokenKind::kLatin || (is_word(x) && free(x) && place_[x] < 0 && unknown(x) && !is_function(x)))) ++x;
        j = x;
        modified = true;
      } else {
        // An idafa chain: indefinite nouns ending in a definite one or a place («وزارة الداخلية»,
        // «منظمة معاهدة الأمن», «حكومة كازاخستان»).
        uint32_t x = j;
        while (x < end && x - j < 3 && is_word(x) && free(x) && !definite(x) && place_[x] < 0 && !is_function(x) &&
               !tok(x).key.starts_with(kLam))
          ++x;
        if (x < end && is_word(x) && free(x) && !is_function(x)) {
          // A country («حكومة اليمن»); a smaller place after a head is a place name itself
          // («مركز مديرية حيران»).
          const PlaceMention* pm = place_[x] >= 0 ? &doc_.places[place_[x]] : nullptr;
          if (pm && pm->first_token == x && pm->precision == PlacePrecision::kCountry) { j = pm->end_token; modified = true; }
          else if (!pm && definite(x) && demonym_country(tok(x)).empty() && match_phrase(lex_.titles, doc_, x, x + 1, false).row < 0) {
            j = x + 1;
            modified = true;
          }
        }
      }
      if (!modified) return std::nullopt;  // «قوات» alone is a noun, not a name
    }
    // One «ل» complement of a civil body: «لحقوق الإنسان», «لشؤون اللاجئين». Armed groups are
    // followed by purpose clauses instead («التحالف لمنع ...»).
    bool armed = o.sector == "MIL" || o.sector == "REB";
    if (!armed && j + 1 < end && is_word(j) && free(j) && is_word(j + 1) && free(j + 1) && tok(j).key.starts_with(kLam) &&
        !tok(j).key.starts_with(kLamLam) && !is_function(j) && definite(j + 1) && place_[j + 1] < 0 && !head_at(j, end)) {
      j += 2;
      modified = true;
    }
    o.end = org_tail(j, end, o, modified);
    // «المجلس المحلي لمدينة دوما», «المركز الإعلامي للجيش اليمني»: a modified civil body of a
    // place or of another organisation.
    uint32_t t = o.end;
    if (modified && !armed && !o.acronym && t < end && is_word(t) && free(t) && tok(t).key.starts_with(kLam)) {
      const PlaceMention* pm = place_[t] >= 0 ? &doc_.places[place_[t]] : nullptr;
      if (pm && pm->first_token == t) {
        o.end = o.name_end = pm->end_token;
      } else if (!pm) {
        if (auto inner = parse_org(t, end); inner && !inner->bare && !inner->acronym) o.end = o.name_end = inner->name_end;
      }
    }
    o.bare = h.definite && !modified;
    return o;
  }

  int32_t emit_org(const OrgFound& o) {
    Span whole{o.name_begin, tok(o.end - 1).span.end};
    Span name{o.name_begin, tok(o.name_end - 1).span.end};
    ActorMention a;
    a.span = whole;
    a.first_token = o.first;
    a.end_token = o.end;
    a.sector = o.sector;
    a.country = o.country;
    bool is_domestic = !o.head.empty();
    if (o.bare) {
      a.entity = book_.org_by_head(o.head);
      if (a.entity >= 0) {
        book_.mention(a.entity, name);
        a.country = doc_.entities[static_cast<size_t>(a.entity)].country;
      }
    } else {
      // «للجيش اليمني» is written without the article's alef: the entity is named «الجيش اليمني».
      std::string written;
      if (tok(o.first).key.starts_with(kLamLam) && o.name_begin > tok(o.first).span.begin)
        written = "\xD8\xA7\xD9\x84" + std::string(name.of(doc_.text));
      a.entity = book_.org(name, o.head, o.country, written);
      if (o.acronym) book_.alias(a.entity, *o.acronym);
      if (a.country.empty()) a.country = doc_.entities[static_cast<size_t>(a.entity)].country;
      if (o.head.empty() && o.country.empty()) is_domestic = false;  // an international body
    }
    a.name = std::string(name.of(doc_.text));
    push_actor(std::move(a), is_domestic);
    book_.set_actor(doc_.actors.back().entity, doc_.actors.size() - 1);
    for (uint32_t t = o.first; t < o.end; ++t) covered_[t] = true;
    return doc_.actors.back().entity;
  }

  // ---- weak and unnamed ----------------------------------------------------------------
  // «وقال لافروف»: words unknown to the lexicon after a speech verb (or the tagger's name there).
  uint32_t speech_at(uint32_t i, uint32_t end) {
    if (!speech_verb(i) || i + 1 >= end) return 0;
    uint32_t k = i + 1;
    // «وقالت رويترز», «وقال الرئيس ...»: the next word starts a stronger pattern.
    if (parse_org(k, end) || match_phrase(lex_.titles, doc_, k, end, false).row >= 0) return 0;
    std::optional<Name> nm;
    if (classify(k, true, key(k)) == Word::kUnknown && !table_word(k)) {
      uint32_t e = k + 1;
      while (e < end && e - k < 3 && classify(e, false, key(e)) == Word::kUnknown) ++e;
      nm = Name{{tok(k).span.begin, tok(e - 1).span.end}, e};
    }
    if (!nm) nm = candidate_at(k, EntityType::kPer);
    if (!nm) return 0;
    return emit_person(*nm, "", "", "UNK", k, nm->span.begin);
  }

  uint32_t noun_at(uint32_t i, uint32_t end) {
    PhraseMatch m = match_phrase(lex_.nouns, doc_, i, end, true);
    if (m.row < 0 || adjective_at(i, m)) return 0;
    uint32_t j = m.end;
    std::string country;
    if (j < end && is_word(j) && free(j)) {
      country = demonym_country(tok(j));
      if (!country.empty()) ++j;
    }
    ActorMention a;
    a.span = {text::skip_key_letters(doc_.text, tok(i), m.prefix_letters), tok(j - 1).span.end};
    a.first_token = i;
    a.end_token = j;
    a.name = std::string(a.span.of(doc_.text));
    a.sector = std::string(lex_.nouns.get(m.row, "sector"));
    a.country = country;
    push_actor(std::move(a), true);
    for (uint32_t t = i; t < j; ++t) covered_[t] = true;
    return j;
  }

  // A nationality standing for its people («الفلسطينيون», «آلاف الأردنيين», «18 فلسطينيا»): a
  // plural demonym, or one a count governs, that is not the adjective of the word before it
  // («مقاتلين عراقيين», «الجنود الأتراك»): civilians of that country.
  uint32_t people_at(uint32_t i) {
    if (!free(i)) return 0;
    bool def = false;
    std::string cc = demonym_country(tok(i), &def);
    if (cc.empty() && count_end_[i] && tok(i).key.ends_with(kAlif)) {  // «18 فلسطينيا»: the accusative
      Token t = tok(i);
      t.key.resize(t.key.size() - kAlif.size());
      if (t.stem.ends_with(kAlif)) t.stem.resize(t.stem.size() - kAlif.size());
      cc = demonym_country(t, &def);
    }
    if (cc.empty()) return 0;
    std::string bare(drop_article(key(i)));
    bool plural = bare.ends_with("\xD9\x88\xD9\x86") || bare.ends_with("\xD9\x8A\xD9\x86");  // ون ين
    if (!plural && !count_end_[i]) return 0;
    if (!count_end_[i] && i > 0 && is_word(i - 1) && !is_function(i - 1)) {
      bool before = false;
      for (const Reading& r : readings(tok(i - 1))) before |= r.article;
      if (before == def) return 0;
    }
    ActorMention a;
    a.span = tok(i).span;
    for (const Reading& r : readings(tok(i)))
      if (r.conj_only) { a.span.begin = text::skip_key_letters(doc_.text, tok(i), r.prefix_letters); break; }
    a.first_token = i;
    a.end_token = i + 1;
    a.name = std::string(a.span.of(doc_.text));
    a.sector = "CVL";
    a.country = cc;
    push_actor(std::move(a), false);
    covered_[i] = true;
    return i + 1;
  }

  // Whether a one-word nisba noun («مدني», «انتحاري», «عسكري») at token i is an adjective of the
  // word before it: definite after a definite content word («الهجوم الانتحاري», «للجناح العسكري»),
  // unless a count governs it.
  bool adjective_at(uint32_t i, const PhraseMatch& m) const {
    if (m.end != i + 1 || i == 0 || count_end_[i]) return false;
    std::string bare(drop_article(key(i)));
    if (!nisba(bare) && !(bare.ends_with("\xD9\x8A\xD8\xA7") && nisba(bare.substr(0, bare.size() - 2)))) return false;
    uint32_t p = i - 1;
    if (!is_word(p) || is_function(p)) return false;
    // Only after a definite word: an indefinite one may be a verb («قتل مدني»).
    bool before = false;  // «للجناح»: the article behind a preposition
    for (const Reading& r : readings(tok(p))) before |= r.article;
    return before && m.definite;
  }

  // Tagger candidates sure enough to stand without a rule, where no rule and no place read.
  void strong_votes() {
    for (const NameCandidate& c : doc_.name_candidates) {
      if (c.score < kStrongVote || c.type == EntityType::kLoc || c.end_token > covered_.size() || c.first_token >= c.end_token) continue;
      bool clear = true;
      for (uint32_t t = c.first_token; t < c.end_token; ++t) clear &= body_[t] && !covered_[t] && place_[t] < 0;
      if (!clear) continue;
      Name nm{c.span, c.end_token};
      if (c.type == EntityType::kPer) { emit_person(nm, "", "", "UNK", c.first_token, c.span.begin); continue; }
      OrgFound o;
      o.first = c.first_token;
      o.end = o.name_end = c.end_token;
      o.name_begin = c.span.begin;
      o.sector = "UNK";
      emit_org(o);
    }
  }

  Document& doc_;
  const Lexicon& lex_;
  EntityBook book_;
  std::vector<bool> covered_, in_date_, body_;  // body_: story text (no furniture, no credit line)
  std::vector<int32_t> place_;  // token -> index of the place mention holding it, -1 when none
  std::vector<bool> domestic_;  // per actor: may take the article's main country
  std::vector<bool> count_end_; // token k follows a head count (text/quantities)
  std::unordered_multimap<uint32_t, const NameCandidate*> candidates_;
  std::string main_country_;
  // word_key of each token, filled by key(): the word form memo's own string, which lives until
  // the next forget_readings (find_actors calls it before each document, not during one).
  mutable std::vector<const std::string*> keys_;
};

// ICU's transliteration costs ~90k instructions a name and runs under a process-wide lock; the
// same names recur from article to article, so each thread keeps its answers (bounded).
const std::string& latin_of(const std::string& arabic) {
  constexpr size_t kMaxNames = 1 << 13;
  thread_local StringMap<std::string> memo;
  if (auto it = memo.find(arabic); it != memo.end()) return it->second;
  if (memo.size() >= kMaxNames) memo.clear();
  return memo.emplace(arabic, to_latin(arabic)).first->second;
}

}  // namespace

void find_actors(Document& doc) {
  // Idempotent: a second run (tests, re-analysis with other candidates) replaces the first's
  // actors and PER/ORG entities instead of piling onto them.
  doc.actors.clear();
  std::erase_if(doc.entities, [](const Entity& e) { return e.type != EntityType::kLoc; });
  forget_readings(&doc);
  Finder(doc).run();
  for (Entity& e : doc.entities)
    if (e.type != EntityType::kLoc && e.name_latin.empty())
      e.name_latin = latin_of(e.canonical.empty() ? e.name : e.canonical);
}

}  // namespace rasd::actors

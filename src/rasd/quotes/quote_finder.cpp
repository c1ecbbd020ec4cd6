#include "rasd/quotes/quote_finder.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "rasd/quotes/quote_lexicon.h"
#include "rasd/text/normalize.h"

namespace rasd::quotes {
namespace {

constexpr std::string_view kLam = "\xD9\x84";   // ل
constexpr std::string_view kBaa = "\xD8\xA8";   // ب
constexpr std::string_view kKaf = "\xD9\x83";   // ك
constexpr std::string_view kWaw = "\xD9\x88";   // و
constexpr std::string_view kFaa = "\xD9\x81";   // ف
constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // ال

constexpr uint32_t kSpeakerReach = 6;   // tokens from a verb to its subject («أعلن الاثنين الحوثيون»)
constexpr uint32_t kOpenerReach = 16;   // tokens from the speaker to «أن» («... في تغريدة على مواقع التواصل إن»)
constexpr uint32_t kNounWords = 3;      // words describing a source noun («مصادر عسكرية يمنية»)
constexpr uint32_t kCarrySentences = 10;  // how far back a dropped speaker is looked for
constexpr uint32_t kMaxQuoteTokens = 400; // a quotation mark left open does not swallow the article
constexpr uint32_t kLongQuoteWords = 6;   // a quotation this long is words said, not a name in marks

struct Hit {
  const Row* row = nullptr;
  uint32_t first = 0, end = 0;  // the cue's tokens
  bool conj = false;            // written with و/ف or after a joiner: a statement of its own
};

struct Speaker {
  int32_t actor = -1, entity = -1;
  std::string name;
  Span mention;         // where it is written (for a carried speaker, the earlier mention)
  uint32_t end = 0;     // one past its last token (where the opener scan starts)
  bool named = false;   // found at the cue, not carried
  bool stated = false;  // unfound, but its statement is written at the cue («ذكرت في بيان لها»)
  char gender = 'm';
  bool found() const { return !name.empty(); }
};

class Finder {
 public:
  explicit Finder(Document& doc) : doc_(doc), lex_(lexicon()), n_(doc.tokens.size()) {}

  void run() {
    index_layers();
    pair_marks();
    for (uint32_t si = 0; si < doc_.sentences.size(); ++si) {
      const Sentence& s = doc_.sentences[si];
      if (s.kind != SentenceKind::kBody) continue;
      sentence(si, s);
    }
    standalone_marks();
    std::sort(doc_.quotes.begin(), doc_.quotes.end(),
              [](const Quote& a, const Quote& b) { return a.span.begin < b.span.begin; });
  }

 private:
  // ---- layers by token -------------------------------------------------------------------
  void index_layers() {
    actor_start_.assign(n_, -1);
    actor_end_.assign(n_ + 1, -1);
    actor_cover_.assign(n_, -1);
    for (size_t a = 0; a < doc_.actors.size(); ++a) {
      const ActorMention& m = doc_.actors[a];
      if (m.first_token >= m.end_token || m.end_token > n_) continue;
      int32_t& st = actor_start_[m.first_token];
      if (st < 0 || doc_.actors[st].end_token < m.end_token) st = static_cast<int32_t>(a);
      int32_t& en = actor_end_[m.end_token];
      if (en < 0 || doc_.actors[en].first_token > m.first_token) en = static_cast<int32_t>(a);
      for (uint32_t k = m.first_token; k < m.end_token; ++k)
        if (actor_cover_[k] < 0) actor_cover_[k] = static_cast<int32_t>(a);
    }
    cand_start_.assign(n_, -1);
    for (size_t c = 0; c < doc_.name_candidates.size(); ++c) {
      const NameCandidate& m = doc_.name_candidates[c];
      if (m.first_token < m.end_token && m.end_token <= n_ && m.type != EntityType::kLoc)
        cand_start_[m.first_token] = static_cast<int32_t>(c);
    }
    in_date_.assign(n_, false);
    for (const DateMention& d : doc_.dates)
      for (uint32_t k = d.first_token; k < d.end_token && k < n_; ++k) in_date_[k] = true;
    quantity_of_.assign(n_, -1);
    for (size_t q = 0; q < doc_.quantities.size(); ++q)
      for (uint32_t k = doc_.quantities[q].first_token; k < doc_.quantities[q].end_token && k < n_; ++k)
        quantity_of_[k] = static_cast<int32_t>(q);
    in_place_.assign(n_, false);
    place_start_.assign(n_, -1);
    for (size_t pi = 0; pi < doc_.places.size(); ++pi) {
      const PlaceMention& p = doc_.places[pi];
      for (uint32_t k = p.first_token; k < p.end_token && k < n_; ++k) in_place_[k] = true;
      if (p.first_token < p.end_token && p.end_token <= n_) place_start_[p.first_token] = static_cast<int32_t>(pi);
    }
    sentence_of_.assign(n_, UINT32_MAX);
    for (uint32_t si = 0; si < doc_.sentences.size(); ++si)
      for (uint32_t k = doc_.sentences[si].first_token; k < doc_.sentences[si].end_token && k < n_; ++k)
        sentence_of_[k] = si;
    used_.assign(n_, false);
    used_tree_.assign(n_ + 1, 0);
    words_before_.assign(n_ + 1, 0);
    foreign_before_.assign(n_ + 1, 0);
    for (uint32_t k = 0; k < n_; ++k) {
      words_before_[k + 1] = words_before_[k] + is_word(k);
      uint32_t ks = sentence_of_[k];
      bool foreign = ks != UINT32_MAX && doc_.sentences[ks].kind != SentenceKind::kBody &&
                     doc_.sentences[ks].kind != SentenceKind::kSubheading;
      foreign_before_[k + 1] = foreign_before_[k] + foreign;
    }
    // Trimming a quote's ends: the nearest token that is not punctuation (or a joiner) on each side.
    next_word_.assign(n_ + 1, n_);
    for (uint32_t k = n_; k-- > 0;)
      next_word_[k] = doc_.tokens[k].kind == TokenKind::kPunct ? next_word_[k + 1] : k;
    last_kept_.assign(n_ + 1, -1);
    for (uint32_t k = 0; k < n_; ++k) {
      bool trimmed = doc_.tokens[k].kind == TokenKind::kPunct || lex_.joiners.count(doc_.tokens[k].key);
      last_kept_[k + 1] = trimmed ? last_kept_[k] : static_cast<int32_t>(k);
    }
    boiler_ = doc_.boilerplate;
    std::sort(boiler_.begin(), boiler_.end(), [](const Span& a, const Span& b) { return a.begin < b.begin; });
    boiler_end_.resize(boiler_.size());
    for (size_t b = 0; b < boiler_.size(); ++b)
      boiler_end_[b] = std::max(b ? boiler_end_[b - 1] : 0u, boiler_[b].end);
    // A place's entity: the first LOC entity with a mention starting where the place does.
    loc_entity_at_.clear();
    for (size_t e = 0; e < doc_.entities.size(); ++e)
      if (doc_.entities[e].type == EntityType::kLoc)
        for (const Span& m : doc_.entities[e].mentions) loc_entity_at_.emplace(m.begin, static_cast<int32_t>(e));
    first_actor_.assign(doc_.sentences.size(), -2);
    subject_scans_.clear();
  }

  bool is_mark(uint32_t k) const { return k < n_ && doc_.tokens[k].kind == TokenKind::kPunct && doc_.tokens[k].key == "\""; }
  bool is_punct(uint32_t k, std::string_view p) const {
    return k < n_ && doc_.tokens[k].kind == TokenKind::kPunct && doc_.tokens[k].key == p;
  }
  bool is_stop(uint32_t k) const { return is_punct(k, ".") || is_punct(k, "?") || is_punct(k, "!"); }
  bool is_word(uint32_t k) const { return k < n_ && doc_.tokens[k].kind != TokenKind::kPunct; }
  bool function_word(uint32_t k) const { return lex_.function_words.count(doc_.tokens[k].key) > 0; }

  // Quotation marks paired within a paragraph: «/» by direction, the symmetric ones in turn.
  void pair_marks() {
    partner_.assign(n_, -1);
    int32_t open = -1;
    uint32_t para = UINT32_MAX;
    for (uint32_t k = 0; k < n_; ++k) {
      uint32_t si = sentence_of_[k];
      uint32_t p = si == UINT32_MAX ? para : doc_.sentences[si].paragraph;
      if (p != para) { open = -1; para = p; }
      if (!is_mark(k)) continue;
      std::string_view w = doc_.tokens[k].span.of(doc_.text);
      bool opener = w == "\xC2\xAB", closer = w == "\xC2\xBB";
      if (open < 0) {
        if (!closer) open = static_cast<int32_t>(k);
      } else if (opener) {
        open = static_cast<int32_t>(k);
      } else if (k - static_cast<uint32_t>(open) <= kMaxQuoteTokens) {
        partner_[open] = static_cast<int32_t>(k);
        partner_[k] = open;
        open = -1;
      } else {
        open = closer ? -1 : static_cast<int32_t>(k);
      }
    }
    inside_.assign(n_, false);
    for (uint32_t k = 0; k < n_; ++k)
      if (partner_[k] > static_cast<int32_t>(k))
        for (uint32_t m = k + 1; m < static_cast<uint32_t>(partner_[k]); ++m) inside_[m] = true;
  }
  // Tokens already quoted: a Fenwick tree over used_, so a cue tests its whole span in log time.
  void mark_used(uint32_t at, uint32_t end) {
    for (uint32_t k = at; k < end; ++k) {
      used_[k] = true;
      for (uint32_t i = k + 1; i <= n_; i += i & (0 - i)) ++used_tree_[i];
    }
  }
  uint32_t used_before(uint32_t k) const {
    uint32_t sum = 0;
    for (uint32_t i = k; i > 0; i -= i & (0 - i)) sum += used_tree_[i];
    return sum;
  }
  bool used_in(uint32_t at, uint32_t end) const { return used_before(end) != used_before(at); }
  // Whether the tokens [at, end) overlap a boilerplate span (sorted by start, with running ends).
  bool overlaps_boilerplate(uint32_t at, uint32_t end) const {
    Span span{doc_.tokens[at].span.begin, doc_.tokens[end - 1].span.end};
    auto it = std::lower_bound(boiler_.begin(), boiler_.end(), span.end,
                               [](const Span& b, uint32_t e) { return b.begin < e; });
    return it != boiler_.begin() && boiler_end_[it - boiler_.begin() - 1] > span.begin;
  }
  bool opening(uint32_t k) const { return is_mark(k) && partner_[k] > static_cast<int32_t>(k); }
  bool closing(uint32_t k) const { return is_mark(k) && partner_[k] >= 0 && partner_[k] < static_cast<int32_t>(k); }
  uint32_t words_between(uint32_t a, uint32_t b) const {
    a = std::min(a, n_);
    b = std::min(b, n_);
    return b > a ? words_before_[b] - words_before_[a] : 0;
  }

  // ---- cues --------------------------------------------------------------------------------
  Hit match(uint32_t i, uint32_t limit) const {
    Hit best;
    const std::string& key = doc_.tokens[i].key;
    for (std::string_view first : {std::string_view(key), without_conj(key)}) {
      if (first.empty()) continue;
      auto it = lex_.by_first.find(std::string(first));
      if (it == lex_.by_first.end()) continue;
      for (size_t r : it->second) {
        const Row& row = lex_.rows[r];
        uint32_t k = i + 1;
        bool ok = true;
        for (size_t w = 1; w < row.words.size() && ok; ++w) {
          if (k >= limit) { ok = false; break; }
          const std::string& tk = doc_.tokens[k].key;
          if (tk == row.words[w]) { ++k; continue; }
          // A final «ل» may be joined to the next word («وفقا لمصادرنا»): the cue ends before it.
          ok = w + 1 == row.words.size() && row.words[w] == kLam && tk.starts_with(kLam) && tk.size() > 4;
        }
        if (ok && k - i > best.end - best.first) {
          bool joined = i > 0 && (lex_.joiners.count(doc_.tokens[i - 1].key) || is_punct(i - 1, ","));
          best = {&row, i, k, first.size() < key.size() || joined};
        }
      }
    }
    return best;
  }

  bool comp_at(uint32_t k) const {
    if (k >= n_ || !lex_.comps.count(doc_.tokens[k].key)) return false;
    return k == 0 || !lex_.blockers.count(std::string(doc_.tokens[k - 1].key));
  }
  // «أنه», «إنها»: the pronoun is the reported clause's subject, so the quote starts at the word.
  bool comp_with_pronoun(uint32_t k) const {
    const std::string& key = doc_.tokens[k].key;
    return key.ends_with("\xD9\x87") || key.ends_with("\xD9\x87\xD8\xA7") || key.ends_with("\xD9\x87\xD9\x85");
  }

  // A word that describes a source noun: a describer row or a nisba adjective («أمني», «طبية»).
  bool describes(uint32_t k) const {
    if (!is_word(k) || in_date_[k] || inside_[k] || comp_at(k) || function_word(k)) return false;
    std::string_view stem = doc_.tokens[k].stem;
    if (lex_.describers.count(std::string(stem)) || lex_.describers.count(doc_.tokens[k].key)) return true;
    return stem.size() > 6 && (stem.ends_with("\xD9\x8A") || stem.ends_with("\xD9\x8A\xD8\xA9") ||
                               stem.ends_with("\xD9\x8A\xD9\x88\xD9\x86") || stem.ends_with("\xD9\x8A\xD9\x8A\xD9\x86"));
  }

  // Where a token's text starts once its proclitics are off, keeping the article («لمصادرنا» ->
  // «مصادرنا», «البيان» stays).
  uint32_t stem_begin(uint32_t k) const {
    const Token& t = doc_.tokens[k];
    if (t.stem.size() >= t.key.size()) return t.span.begin;
    std::string_view removed = std::string_view(t.key).substr(0, t.key.size() - t.stem.size());
    size_t letters = 0;
    for (unsigned char c : removed) letters += (c & 0xC0) != 0x80;
    if (removed.ends_with(kAl)) letters -= 2;
    else if (removed.ends_with("\xD9\x84\xD9\x84")) letters = 0;  // لل: the article is folded in
    std::string_view w = t.span.of(doc_.text);
    size_t b = 0;
    for (size_t seen = 0; b < w.size() && seen < letters;) {
      ++b;
      while (b < w.size() && (static_cast<unsigned char>(w[b]) & 0xC0) == 0x80) ++b;
      ++seen;
      // Diacritics and tatweel after a letter stay with it.
      while (b + 1 < w.size() && ((w[b] == '\xD9' && static_cast<unsigned char>(w[b + 1]) >= 0x8B &&
                                   static_cast<unsigned char>(w[b + 1]) <= 0x92) ||
                                  (w[b] == '\xD9' && w[b + 1] == '\x80')))
        b += 2;
    }
    return t.span.begin + static_cast<uint32_t>(std::min(b, w.size()));
  }

  // Past an outlet's name starting at k (text/news_agencies.tsv), the longest; else k.
  uint32_t past_outlet(uint32_t k, uint32_t limit) const {
    uint32_t best = k;
    for (const auto& words : lex_.outlets) {
      if (k + words.size() > limit || k + words.size() <= best) continue;
      bool ok = true;
      for (size_t w = 0; w < words.size() && ok; ++w) ok = doc_.tokens[k + w].key == words[w];
      if (ok) best = k + static_cast<uint32_t>(words.size());
    }
    return best;
  }

  // A source noun at token g («مصدر أمني», «البيان»): its phrase as written.
  bool speaker_noun(uint32_t g, uint32_t limit, Speaker& out) const {
    if (!is_word(g)) return false;
    // The whole word first, then without a conjunction, then the clitic stem («لمصادرنا»): the
    // stem alone would read «بيان» as ب + «يان» and «وسائل» as و + «سائل».
    const Token& t = doc_.tokens[g];
    uint32_t b = t.span.begin;
    auto it = lex_.speaker_nouns.find(std::string(t.key.starts_with(kAl) ? std::string_view(t.key).substr(kAl.size()) : std::string_view(t.key)));
    if (it == lex_.speaker_nouns.end()) {
      std::string_view bare = without_conj(t.key);
      if (bare.starts_with(kAl)) bare.remove_prefix(kAl.size());
      it = lex_.speaker_nouns.find(std::string(bare));
      if (it != lex_.speaker_nouns.end()) b = stem_begin(g);
    }
    if (it == lex_.speaker_nouns.end()) {
      it = lex_.speaker_nouns.find(std::string(t.stem));
      if (it != lex_.speaker_nouns.end()) b = stem_begin(g);
    }
    if (it == lex_.speaker_nouns.end()) return false;
    uint32_t e = g + 1;
    while (e < limit && e - g <= kNounWords && describes(e)) ++e;
    e = past_outlet(e, limit);  // «وكالة سبأ», «صحيفة واشنطن بوست»
    out = {};
    out.mention = {b, doc_.tokens[e - 1].span.end};
    out.name = std::string(out.mention.of(doc_.text));
    out.end = e;
    out.named = true;
    out.gender = it->second;
    return true;
  }
  char gender_of(const ActorMention& m) const {
    if (m.entity >= 0 && static_cast<size_t>(m.entity) < doc_.entities.size() &&
        doc_.entities[m.entity].type == EntityType::kPer)
      return 'm';
    // A place's gender is not in its shape («الصين», «البحرين», «العراق»).
    if (m.entity >= 0 && static_cast<size_t>(m.entity) < doc_.entities.size() &&
        doc_.entities[m.entity].type == EntityType::kLoc)
      return 0;
    std::string key = text::normalize_key(m.name);
    std::string_view head = std::string_view(key).substr(0, key.find(' '));
    if (head.starts_with(kAl)) head.remove_prefix(kAl.size());
    if (head.ends_with("\xD8\xA9") || head.ends_with("\xD8\xA7\xD8\xAA")) return 'f';  // ة, ات
    if (head.ends_with("\xD9\x88\xD9\x86") || head.ends_with("\xD9\x8A\xD9\x86")) return 'p';  // ون, ين
    return 0;  // a foreign or bare name («هيومن رايتس ووتش»): agreement says nothing
  }
  Speaker from_actor(int32_t a) const {
    Speaker sp;
    const ActorMention& m = doc_.actors[a];
    sp.actor = a;
    sp.entity = m.entity;
    sp.name = m.name.empty() ? std::string(m.span.of(doc_.text)) : m.name;
    sp.mention = m.span;
    sp.end = m.end_token;
    sp.named = true;
    sp.gender = gender_of(m);
    return sp;
  }

  // Whether tokens [a, b) are only dates and punctuation («أعلنت، الجمعة، كوريا»).
  bool only_dates(uint32_t a, uint32_t b) const {
    for (uint32_t k = a; k < b; ++k)
      if (!in_date_[k] && doc_.tokens[k].kind != TokenKind::kPunct) return false;
    return true;
  }

  Speaker from_place(const PlaceMention& p) const {
    Speaker sp;
    sp.mention = p.span;
    sp.name = std::string(p.span.of(doc_.text));
    sp.end = p.end_token;
    sp.named = true;
    sp.gender = 'f';  // it spoke through a feminine verb: «وأضافت» carries it, «وأضاف» does not
    for (uint32_t at : {p.span.begin, p.name_span.begin}) {
      auto it = loc_entity_at_.find(at);
      if (it != loc_entity_at_.end() && (sp.entity < 0 || it->second < sp.entity)) sp.entity = it->second;
    }
    return sp;
  }

  // An organisation followed, past only commas, places and prepositions, by a person: the
  // organisation was the complement of a title and the person speaks («ممثل المفوضية في سوريا
  // فلان», «أركان اللواء في الجيش اليمني، العميد فلان»).
  Speaker apposed_person(const Speaker& org, uint32_t limit) const {
    if (org.actor < 0) return org;
    for (uint32_t g = org.end; g < limit && g < org.end + 4; ++g) {
      int32_t a = actor_start_[g];
      if (a >= 0) {
        const ActorMention& m = doc_.actors[a];
        if (m.entity >= 0 && doc_.entities[m.entity].type == EntityType::kPer) return from_actor(a);
        return org;
      }
      if (!(is_punct(g, ",") || in_place_[g] || function_word(g))) return org;
    }
    return org;
  }

  // The author of the statement noun at g, named within three words («بيان للتحالف», «بيان أصدرته
  // الكتائب»): the actor; a possessive right after the noun («في بيان لها») makes the author the
  // verb's own subject, so `out` is left unfound but ends past the possessive and is `stated`.
  enum class Author { kNone, kActor, kPronoun };
  Author statement_author(uint32_t g, uint32_t noun_end, uint32_t limit, Speaker& out) const {
    const std::string& key = doc_.tokens[g].key;
    std::string_view bare = without_conj(key).empty() ? std::string_view(key) : without_conj(key);
    if (!lex_.statements.count(std::string(bare))) return Author::kNone;
    if (noun_end < limit && lex_.possessives.count(doc_.tokens[noun_end].key)) {
      out = {};
      out.end = noun_end + 1;
      out.stated = true;
      return Author::kPronoun;
    }
    for (uint32_t a = g + 1; a < limit && a < g + 4; ++a) {
      if (comp_at(a) || is_mark(a) || is_stop(a) || is_punct(a, ":")) break;
      if (actor_start_[a] >= 0) {
        out = from_actor(actor_start_[a]);
        return Author::kActor;
      }
    }
    return Author::kNone;
  }

  // The subject after a cue: the first actor or source noun within reach, before anything that
  // opens the quoted words; the tagger's name when the rules found none.
  Speaker subject_after(const Hit& h, uint32_t limit) const {
    for (uint32_t g = h.end; g < limit && g < h.end + kSpeakerReach; ++g) {
      if (comp_at(g) || is_punct(g, ":") || is_mark(g) || is_stop(g) || inside_[g]) break;
      if (actor_start_[g] >= 0) {
        Speaker sp = from_actor(actor_start_[g]);
        if (sp.entity < 0 || doc_.entities[sp.entity].type != EntityType::kPer) sp = apposed_person(sp, limit);
        return sp;
      }
      // «تقول إسرائيل إن»: a country or city first after a feminine verb (a date aside) speaks for
      // its state. Most place names are feminine; after a masculine verb a place is as often the
      // object («حذر إيران من»); further on, a genitive («أفادت بالتزام إيران»).
      if (h.row->gender == 'f' && place_start_[g] >= 0 && only_dates(h.end, g)) {
        const PlaceMention& p = doc_.places[place_start_[g]];
        if (!governed(g, p.span)) return from_place(p);
      }
      Speaker sp;
      if (speaker_noun(g, limit, sp)) {
        Speaker author;
        switch (statement_author(g, sp.end, limit, author)) {
          case Author::kActor: return author;
          case Author::kPronoun: return author;  // not found: the verb's subject is dropped
          case Author::kNone: break;
        }
        return sp;
      }
      if (actor_cover_[g] >= 0) return from_actor(actor_cover_[g]);  // a clitic-led token
      if (cand_start_[g] >= 0) {
        const NameCandidate& c = doc_.name_candidates[cand_start_[g]];
        sp.mention = c.span;
        sp.name = std::string(c.span.of(doc_.text));
        sp.end = c.end_token;
        sp.named = true;
        return sp;
      }
      bool prep = false;
      for (const auto& p : h.row->preps) prep |= doc_.tokens[g].key == p;
      if (prep) break;
    }
    return {};
  }

  // The subject before a verb (SVO «وكانت مصادر طبية أعلنت أن»): an actor or source noun ending
  // right before it, a copula («كان») aside, that agrees with the verb and is not the object of a
  // preposition («أقيمت لأربعة جنود ذكرت أنهم»: the soldiers are not who reported).
  Speaker subject_before(const Sentence& s, uint32_t v, char gender) const {
    if (actor_end_[v] >= 0 && doc_.actors[actor_end_[v]].first_token >= s.first_token) {
      const ActorMention& m = doc_.actors[actor_end_[v]];
      Speaker sp = from_actor(actor_end_[v]);
      if (governed(m.first_token, m.span) || !may_govern(gender, sp)) return {};
      return sp;
    }
    for (uint32_t g = v > s.first_token + 4 ? v - 4 : s.first_token; g < v; ++g) {
      Speaker sp;
      if (speaker_noun(g, v, sp) && sp.end == v)
        return governed(g, sp.mention) || !may_govern(gender, sp) ? Speaker{} : sp;
    }
    return {};
  }

  // Whether a verb of `gender` can have sp, written in its sentence, as its subject. A person's
  // name does not show its gender ('m' is only a default for carrying speakers): «قالت يوليا».
  bool may_govern(char gender, const Speaker& sp) const {
    if (sp.entity >= 0 && doc_.entities[sp.entity].type == EntityType::kPer) return true;
    return agrees(gender, sp.gender);
  }

  // Whether the noun written at `span` in token k is governed by a preposition: joined to it
  // («لأربعة», «بالجيش»), right after one («في المدينة»), or counted after one («لأربعة جنود»).
  bool governed(uint32_t k, const Span& span) const {
    if (k > 0 && quantity_of_[k - 1] >= 0) {
      const Quantity& q = doc_.quantities[quantity_of_[k - 1]];
      if (q.end_token == k) return governed(q.first_token, q.span);
    }
    const Token& t = doc_.tokens[k];
    if (span.begin > t.span.begin && span.begin <= t.span.end) {
      std::string_view pre = std::string_view(doc_.text).substr(t.span.begin, span.begin - t.span.begin);
      if (pre.starts_with(kWaw) || pre.starts_with(kFaa)) pre.remove_prefix(2);
      if (pre.starts_with(kBaa) || pre.starts_with(kLam) || pre.starts_with(kKaf)) return true;
    }
    return k > 0 && lex_.prepositions.count(doc_.tokens[k - 1].key) > 0;
  }

  static bool agrees(char verb, char speaker) {
    if (!verb || !speaker) return true;
    // A sound masculine plural («الحوثيون») takes a masculine verb; broken plurals of things
    // («المصادر») are feminine and listed so.
    if (verb == 'p') return speaker != 'f';
    return verb == speaker;
  }

  // The last speaker within reach who agrees with the verb; the previous sentence's own subject
  // when it is nearer («أمر الرئيس ... . وأضاف أن»).
  Speaker carried(uint32_t si, char gender) const {
    Speaker best;
    uint32_t best_si = 0;
    // History runs in text order, so the last speaker who agrees is within reach iff every later one is.
    int32_t last = last_agreeing(gender);
    if (last >= 0 && history_[last].second <= si && si - history_[last].second <= kCarrySentences) {
      best = history_[last].first;
      best_si = history_[last].second;
    }
    if (si > 0 && (!best.found() || best_si + 1 < si)) {
      const Sentence& prev = doc_.sentences[si - 1];
      if (prev.kind == SentenceKind::kBody && prev.paragraph == doc_.sentences[si].paragraph) {
        int32_t g = first_actor(si - 1);
        if (g >= 0) {
          int32_t a = actor_start_[g];
          const ActorMention& m = doc_.actors[a];
          if (m.entity >= 0 && agrees(gender, gender_of(m))) best = from_actor(a);
        }
      }
    }
    best.named = false;
    return best;
  }
  // The first token of sentence si that starts an actor outside quotation marks, or -1 (memoised:
  // a long sentence of cues would otherwise be read once per cue).
  int32_t first_actor(uint32_t si) const {
    int32_t& memo = first_actor_[si];
    if (memo != -2) return memo;
    memo = -1;
    const Sentence& s = doc_.sentences[si];
    for (uint32_t g = s.first_token; g < s.end_token && g < n_; ++g)
      if (actor_start_[g] >= 0 && !inside_[g]) { memo = static_cast<int32_t>(g); break; }
    return memo;
  }
  // The verb genders of the cue table; the index of each in last_agree_.
  static int gender_slot(char g) { return g == 0 ? 0 : g == 'm' ? 1 : g == 'f' ? 2 : g == 'p' ? 3 : -1; }
  int32_t last_agreeing(char gender) const {
    int slot = gender_slot(gender);
    if (slot >= 0) return last_agree_[slot];
    for (size_t i = history_.size(); i-- > 0;)
      if (agrees(gender, history_[i].first.gender)) return static_cast<int32_t>(i);
    return -1;
  }

  // A verb without a subject: opening a sentence it continues the last speaker; mid-sentence it
  // is the sentence's own subject («تدخلت المديرية ... وذكرت»).
  Speaker dropped_subject(uint32_t si, const Sentence& s, const Hit& h, const Speaker& here) const {
    char gender = h.row->gender;
    bool opens = h.first <= s.first_token + 1;
    Speaker sp;
    if (!opens && !here.found()) sp = sentence_subject(s, h.first, gender);
    if (!sp.found() && here.found() && agrees(gender, here.gender)) { sp = here; sp.named = false; }
    if (!sp.found()) sp = carried(si, gender);
    if (!sp.found() && opens) sp = sentence_subject(s, h.first, gender);
    return sp;
  }

  // The first actor or source noun of sentence s before token `before`, outside quotation marks.
  // One that cannot be the subject of a verb of `gender` is passed over («تحدثت صحيفة ... عن
  // جنازات أقيمت لجنود ذكرت»: the paper).
  Speaker sentence_subject(const Sentence& s, uint32_t before, char gender = 0) const {
    int slot = gender_slot(gender);
    if (slot < 0) return scan_subject(s.first_token, before, gender);
    // The scan with the sentence end as limit, kept per sentence and gender, answers every cue of
    // the sentence: a cue sees the same candidates up to the last one starting before it, and only
    // that one can differ (a source noun's phrase cut at the cue), so only it is read again.
    uint32_t si = sentence_of_[s.first_token];
    SubjectScan& sc = subject_scans_[static_cast<uint64_t>(si) * 4 + slot];
    if (!sc.started) { sc.started = true; sc.pos = s.first_token; }
    while (!sc.done && sc.pos < before) {
      uint32_t g = sc.pos;
      if (g >= s.end_token) { sc.done = true; break; }
      ++sc.pos;
      if (inside_[g]) continue;
      Speaker sp;
      bool noun = false;
      if (actor_start_[g] >= 0) sp = from_actor(actor_start_[g]);
      else if (!(noun = speaker_noun(g, s.end_token, sp))) continue;
      bool governs = may_govern(gender, sp);
      sc.cands.push_back({g, sp.end, noun, governs});
      if (governs) sc.done = true;
      else sc.pos = std::max(g + 1, sp.end);
    }
    auto it = std::lower_bound(sc.cands.begin(), sc.cands.end(), before,
                               [](const SubjectCand& c, uint32_t b) { return c.g < b; });
    if (it == sc.cands.begin()) return {};
    const SubjectCand& c = *(it - 1);
    if (c.noun && c.end > before) return scan_subject(c.g, before, gender);
    if (!c.governs) return {};
    Speaker sp;
    if (c.noun) speaker_noun(c.g, before, sp);
    else sp = from_actor(actor_start_[c.g]);
    sp.named = false;
    return sp;
  }
  Speaker scan_subject(uint32_t from, uint32_t before, char gender) const {
    for (uint32_t g = from; g < before; ++g) {
      if (inside_[g]) continue;
      Speaker sp;
      if (actor_start_[g] >= 0) sp = from_actor(actor_start_[g]);
      else if (!speaker_noun(g, before, sp)) continue;
      if (!may_govern(gender, sp)) {
        g = std::max(g, sp.end) - 1;
        continue;
      }
      sp.named = false;
      return sp;
    }
    return {};
  }

  void remember(const Speaker& sp, uint32_t si) {
    if (!sp.found()) return;
    if (!history_.empty() && history_.back().second == si && history_.back().first.name == sp.name) return;
    history_.emplace_back(sp, si);
    for (char g : {'\0', 'm', 'f', 'p'})
      if (agrees(g, sp.gender)) last_agree_[gender_slot(g)] = static_cast<int32_t>(history_.size() - 1);
  }

  // ---- one sentence ------------------------------------------------------------------------
  struct Open {
    uint32_t at = 0;       // first token of the quoted words
    int32_t close = -1;    // the closing mark when the words are in marks
    bool direct = false;
  };

  // What opens the quoted words after the speaker, within reach and before `limit`.
  bool opener(const Row& row, uint32_t from, uint32_t limit, Open& out) const {
    for (uint32_t k = from; k < limit && k < from + kOpenerReach; ++k) {
      if (is_stop(k)) return false;
      if (row.comp && comp_at(k)) {
        out.at = comp_with_pronoun(k) ? k : k + 1;
        return mark_open(out);
      }
      if (row.colon && is_punct(k, ":")) {
        out.at = k + 1;
        return mark_open(out);
      }
      if (opening(k)) {
        // A short quotation further on is a name in marks («لـ "سكاي نيوز"»), not the words said.
        uint32_t c = static_cast<uint32_t>(partner_[k]);
        bool close_by = k == from || (k == from + 1 && doc_.tokens[from].key == kBaa);  // «بـ"..."»
        if (row.mark && (close_by || words_between(k + 1, c) > 3)) {
          out.at = k;
          return mark_open(out);
        }
        k = c;
        continue;
      }
      if (is_mark(k)) return false;
      if (inside_[k]) continue;
      const Token& t = doc_.tokens[k];
      for (const auto& p : row.preps) {
        if (t.key == p) {
          out.at = k + 1;
          if (comp_at(out.at)) out.at += comp_with_pronoun(out.at) ? 0 : 1;
          return mark_open(out);
        }
        // «بـ» joined to its noun («طالب بوقف», «أفاد بسقوط»), not a word that begins with ب.
        if (p == kBaa && t.key.starts_with(kBaa) && t.stem.size() < t.key.size() && !t.key.starts_with("\xD8\xA8\xD8\xA7\xD9\x84")) {
          out.at = k;
          return mark_open(out);
        }
      }
    }
    return false;
  }
  // A quotation mark right at the opening makes the words direct, up to its partner.
  bool mark_open(Open& o) const {
    if (o.at < n_ && opening(o.at)) {
      o.close = partner_[o.at];
      o.at += 1;
      o.direct = true;
    }
    return o.at < n_;
  }

  bool emit(uint32_t si, const Hit& h, const Speaker& sp, uint32_t at, uint32_t end, bool direct) {
    // Trim punctuation at both ends (a trailing «،», a closing mark, the full stop).
    if (at < end) at = std::min(end, next_word_[std::min(at, n_)]);
    // A joiner or a comma before the next statement's verb is not part of the words («...، كما»).
    if (end > at) end = std::max<int64_t>(at, int64_t{last_kept_[std::min(end, n_)]} + 1);
    if (at >= end || end > n_) return false;
    if (used_in(at, end) || overlaps_boilerplate(at, end)) return false;
    Span span{doc_.tokens[at].span.begin, doc_.tokens[end - 1].span.end};
    if (doc_.source_line && doc_.source_line->span.overlaps(span)) return false;
    if (foreign_before_[end] != foreign_before_[at]) return false;
    Quote q;
    q.span = span;
    q.cue = h.row ? Span{doc_.tokens[h.first].span.begin, doc_.tokens[h.end - 1].span.end} : Span{};
    q.direct = direct;
    q.speaker = sp.actor;
    q.speaker_name = sp.name;
    q.speaker_span = sp.mention;
    q.speaker_entity = sp.entity;
    q.first_token = at;
    q.end_token = end;
    doc_.quotes.push_back(std::move(q));
    mark_used(at, end);
    remember(sp, si);
    return true;
  }

  // A cue that starts a statement of its own, so the one before ends there.
  static bool cuts(const Hit& h) { return h.row->kind == Kind::kAdverbial || h.conj; }

  void sentence(uint32_t si, const Sentence& s) {
    std::vector<Hit> hits;
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      if (inside_[i] || doc_.tokens[i].kind != TokenKind::kWord) continue;
      Hit h = match(i, s.end_token);
      if (!h.row) continue;
      hits.push_back(h);
      i = h.end - 1;
    }
    // Where each cue's statement may run to: the next cue that starts one of its own.
    std::vector<uint32_t> next_cut(hits.size() + 1, s.end_token);
    for (size_t x = hits.size(); x-- > 0;)
      next_cut[x] = x + 1 < hits.size() && cuts(hits[x + 1]) ? hits[x + 1].first : next_cut[x + 1];
    uint32_t covered = s.first_token;  // tokens before this belong to an earlier quote or cue
    Speaker here;                      // the last speaker in this sentence
    bool verb_before = false;          // a speech verb came earlier in the sentence
    for (size_t x = 0; x < hits.size(); ++x) {
      const Hit& h = hits[x];
      if (h.first < covered && !cuts(h)) continue;
      // The statement runs to the next cue that starts one of its own.
      uint32_t limit = next_cut[x];
      const Row& row = *h.row;
      Speaker sp;
      Open o;
      bool open = false;
      if (row.kind == Kind::kSource) {
        // «وفق ما أفاد المرصد»: the relative «ما» and a verb may stand between cue and source.
        Hit inner = h;
        uint32_t from = h.end;
        if (from < limit && doc_.tokens[from].key == "\xD9\x85\xD8\xA7") ++from;  // ما
        if (from < limit) {
          Hit v = match(from, limit);
          if (v.row && v.row->kind == Kind::kVerb) from = v.end;
        }
        inner.end = from;
        sp = subject_after(inner, limit);
        if (!sp.found() && sp.stated) sp = dropped_subject(si, s, h, here);  // «بحسب بيان لها»
        if (!sp.found()) continue;
        here = sp;
        if (h.first <= s.first_token + 1) {
          uint32_t at = sp.end;
          while (at < limit && (doc_.tokens[at].kind == TokenKind::kPunct || in_date_[at])) ++at;
          if (at < limit && comp_at(at)) at += comp_with_pronoun(at) ? 0 : 1;
          emit(si, h, sp, at, limit, false);
          covered = std::max(covered, limit);
        } else if (!verb_before) {
          // Mid-sentence the source vouches for the whole sentence («ما أسفر، بحسب البيان، عن ...»),
          // or for what precedes it when it comes last.
          uint32_t end = words_between(sp.end, limit) > 1 ? limit : h.first;
          emit(si, h, sp, covered, end, false);
          covered = std::max(covered, end);
        }
        continue;
      }
      if (row.kind == Kind::kVerb) {
        verb_before = true;
        sp = subject_after(h, limit);
        // «وذكرت في بيان لها»: the subject is dropped, the words open past the statement.
        bool stated = sp.stated;
        uint32_t from = std::max(sp.end, h.end);
        if (!sp.found() && h.first > s.first_token) sp = subject_before(s, h.first, row.gender);
        if (sp.found()) from = std::max(from, sp.end);
        if (row.relay) {
          // «نقلت وكالة ... عن الوزارة أن»: the one quoted speaks.
          for (uint32_t g = from; g < limit && g < from + 8; ++g) {
            if (comp_at(g) || is_stop(g)) break;
            if (doc_.tokens[g].key == "\xD8\xB9\xD9\x86" && g + 1 < limit) {  // عن
              Speaker r;
              if (actor_start_[g + 1] >= 0) {
                r = from_actor(actor_start_[g + 1]);
              } else if (speaker_noun(g + 1, limit, r)) {
                // «عن بيان للوزارة»: its author; «عن بيان لها»: the relaying subject's own.
                Speaker author;
                Author k = statement_author(g + 1, r.end, limit, author);
                if (k == Author::kActor) r = author;
                if (k == Author::kPronoun) { from = author.end; break; }
              }
              if (r.found()) { sp = r; from = r.end; }
              break;
            }
          }
        }
        if (!sp.found()) sp = dropped_subject(si, s, h, here);
        if (sp.found()) here = sp;
        if (sp.named) remember(sp, si);
        open = opener(row, from, limit, o);
        if (!open && sp.found() && sp.named) {
          // «"..."، قال الوزير»: the quotation before the verb is its.
          uint32_t k = h.first;
          while (k > 0 && (is_punct(k - 1, ",") || is_punct(k - 1, "-"))) --k;
          if (k > 0 && closing(k - 1)) {
            uint32_t b = static_cast<uint32_t>(partner_[k - 1]) + 1;
            if (words_between(b, k - 1) >= 3 && emit(si, h, sp, b, k - 1, true)) {
              covered = std::max(covered, sp.end);
              continue;
            }
          }
        }
        if (!open && row.object && sp.found() && (sp.named || stated)) {
          uint32_t at = from;
          while (at < limit && (in_date_[at] || is_punct(at, ","))) ++at;
          if (at < limit && is_word(at) && !function_word(at) && words_between(at, limit) >= 2) {
            o.at = at;
            open = mark_open(o);
          }
        }
      } else {  // adverbial: the clause's speaker
        sp = here;
        if (!sp.found()) sp = sentence_subject(s, h.first, row.gender);
        if (!sp.found()) sp = carried(si, row.gender);
        sp.named = false;
        open = opener(row, h.end, limit, o);
      }
      if (!open) continue;
      // Words in marks end at the closing mark, even past the sentence's end.
      uint32_t end = o.direct && o.close >= 0 ? static_cast<uint32_t>(o.close) : limit;
      if (emit(si, h, sp, o.at, end, o.direct)) covered = std::max(covered, end);
    }
  }

  // Quotations no cue claimed: «X: "..."», a quotation opening a paragraph (the last speaker's),
  // and a long quotation inside a sentence (the sentence's subject's: «أرسل الأمير برقية "..."»).
  void standalone_marks() {
    index_cue_quotes();
    for (uint32_t k = 0; k + 1 < n_; ++k) {
      if (!opening(k) || used_[k + 1]) continue;
      uint32_t c = static_cast<uint32_t>(partner_[k]);
      uint32_t words = words_between(k + 1, c);
      if (words < 4) continue;
      uint32_t si = sentence_of_[k];
      if (si == UINT32_MAX || doc_.sentences[si].kind != SentenceKind::kBody) continue;
      const Sentence& s = doc_.sentences[si];
      Speaker sp;
      if (k >= 2 && is_punct(k - 1, ":") && actor_end_[k - 1] >= 0) {
        sp = from_actor(actor_end_[k - 1]);
      } else if (k == s.first_token && (si == 0 || doc_.sentences[si - 1].paragraph != s.paragraph)) {
        sp = speaker_before(si);
      } else if (words >= kLongQuoteWords) {
        sp = sentence_subject(s, k);
      } else {
        continue;
      }
      if (!sp.found()) continue;
      Hit none;
      emit(si, none, sp, k + 1, c, true);
    }
  }

  // The speaker of the last quote before sentence si, within reach.
  // Read from the last quote back: the first one from an earlier sentence decides, unless it is
  // unnamed, when the search goes on. The quotes the cues found (before the standalone ones) are
  // looked up through suffix minima of their sentences, so a long article is not read per mark.
  Speaker speaker_before(uint32_t si) const {
    const auto& qs = doc_.quotes;
    auto found = [&](const Quote& q) {
      Speaker sp;
      sp.actor = q.speaker;
      sp.entity = q.speaker_entity;
      sp.name = q.speaker_name;
      sp.mention = q.speaker_span;
      return sp;
    };
    for (size_t j = qs.size(); j-- > cue_quotes_;) {
      uint32_t s = sentence_of_[qs[j].first_token];
      if (s >= si) continue;
      if (si - s > kCarrySentences) return {};
      if (!qs[j].speaker_name.empty()) return found(qs[j]);
    }
    // The last cue quote from an earlier sentence, the last named one, and the last one too far.
    auto last_below = [&](const std::vector<uint32_t>& suffix_min, uint32_t bound) -> int64_t {
      auto it = std::upper_bound(suffix_min.begin(), suffix_min.end(), bound,
                                 [](uint32_t b, uint32_t v) { return b <= v; });
      return static_cast<int64_t>(it - suffix_min.begin()) - 1;  // largest j with suffix_min[j] < bound
    };
    int64_t named = last_below(named_min_, si);
    if (named < 0) return {};
    int64_t far = si > kCarrySentences ? last_below(all_min_, si - kCarrySentences) : -1;
    return named > far ? found(qs[named]) : Speaker{};
  }
  // Suffix minima of the cue quotes' sentences (all, and named only), before standalone ones.
  void index_cue_quotes() {
    cue_quotes_ = doc_.quotes.size();
    all_min_.assign(cue_quotes_, UINT32_MAX);
    named_min_.assign(cue_quotes_, UINT32_MAX);
    for (size_t j = cue_quotes_; j-- > 0;) {
      uint32_t s = sentence_of_[doc_.quotes[j].first_token];
      uint32_t next_all = j + 1 < cue_quotes_ ? all_min_[j + 1] : UINT32_MAX;
      uint32_t next_named = j + 1 < cue_quotes_ ? named_min_[j + 1] : UINT32_MAX;
      all_min_[j] = std::min(next_all, s);
      named_min_[j] = doc_.quotes[j].speaker_name.empty() ? next_named : std::min(next_named, s);
    }
  }

  Document& doc_;
  const Lexicon& lex_;
  uint32_t n_;
  std::vector<int32_t> actor_start_, actor_end_, actor_cover_, cand_start_, partner_, quantity_of_, place_start_;
  std::vector<bool> in_date_, in_place_, inside_, used_;
  std::vector<uint32_t> sentence_of_;
  // Indexes that keep every step bounded (see index_layers).
  std::vector<uint32_t> used_tree_, words_before_, foreign_before_, next_word_;
  std::vector<int32_t> last_kept_;
  std::vector<Span> boiler_;
  std::vector<uint32_t> boiler_end_;
  std::unordered_map<uint32_t, int32_t> loc_entity_at_;
  std::array<int32_t, 4> last_agree_{-1, -1, -1, -1};  // per verb gender slot: last agreeing history entry
  mutable std::vector<int32_t> first_actor_;
  struct SubjectCand {
    uint32_t g = 0, end = 0;
    bool noun = false, governs = false;
  };
  struct SubjectScan {
    bool started = false, done = false;
    uint32_t pos = 0;
    std::vector<SubjectCand> cands;
  };
  mutable std::unordered_map<uint64_t, SubjectScan> subject_scans_;
  size_t cue_quotes_ = 0;                        // quotes found at cues, before standalone_marks
  std::vector<uint32_t> all_min_, named_min_;    // their sentences' suffix minima
  std::vector<std::pair<Speaker, uint32_t>> history_;  // speakers in text order, with their sentence
};

}  // namespace

void find_quotes(Document& doc) {
  doc.quotes.clear();
  if (doc.tokens.empty()) return;
  Finder(doc).run();
}

}  // namespace rasd::quotes

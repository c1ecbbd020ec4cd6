// Scanning: the place candidates of an article, in text order (place_finder.h says what is read).
#include "rasd/geo/place_finder.h"

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <unordered_set>

#include "rasd/core/hash.h"
#include "rasd/geo/gazetteer.h"
#include "rasd/geo/place_candidate.h"
#include "rasd/text/clitics.h"
#include "rasd/text/lexicon.h"
#include "rasd/text/normalize.h"
#include "rasd/text/tokenize.h"
#include "rasd/text/utf8.h"

namespace rasd::geo {
namespace detail {
namespace {

class Scanner {
 public:
  explicit Scanner(Document& doc) : doc_(doc), g_(Gazetteer::get()), lex_(lexicons()) {}

  std::vector<Candidate> run() {
    // Dates read weekday and month words first («الجمعة» is Friday before it is a Yemeni village).
    in_date_.assign(doc_.tokens.size(), false);
    readings_.assign(doc_.tokens.size(), nullptr);
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
    return std::move(found_);
  }

 private:
  // Token i's clitic readings, worked out once: the scan, the type-word and repeated-name
  // passes all ask for the same tokens' readings. They depend on the key alone and articles
  // share most of their words, so a per-thread memo keeps them across articles (cleared only
  // between articles, in the constructor, so the pointers held here stay valid).
  const std::vector<Reading>& readings_at(uint32_t i) const { return form_at(i).readings; }
  // What gazetteer_at and type_word_at ask about a token alone, by its key; `first` and
  // `type_word` go reading by reading. Filled on first use (facts_at).
  struct FirstFacts {
    std::span<const int32_t> places;  // the gazetteer's places for the reading's key
    bool too_short = false;           // the key has fewer than two letters
    bool not_place = false;           // not_a_place or a function word
    bool longer = false;              // some longer gazetteer name begins with the key
  };
  struct Form {
    std::vector<Reading> readings;
    bool facts_known = false;
    bool function_word = false;  // the whole token (taa folded) is a function word
    bool common_noun = false;    // ... or a common noun (not_places)
    bool type_word_reading = false;  // a reading without the article is a type word
    std::vector<FirstFacts> first;
    std::vector<const TypeWord*> type_word;  // the type word of a reading without the article
  };
  const Form& form_at(uint32_t i) const {
    const Form*& r = readings_[i];
    if (!r) {
      const std::string& key = doc_.tokens[i].key;
      auto it = memo_.find(key);
      if (it == memo_.end()) {
        Form form;
        form.readings = readings(doc_, i);
        it = memo_.emplace(key, std::move(form)).first;
      }
      r = &it->second;
    }
    return *r;
  }
  const Form& facts_at(uint32_t i) const {
    const Form& f = form_at(i);
    if (f.facts_known) return f;
    Form& m = const_cast<Form&>(f);  // the memo's own entry: only this thread writes it
    const std::string first_key = fold_taa(doc_.tokens[i].key);
    m.function_word = lex_.function_words.count(first_key) > 0;
    m.common_noun = g_.not_a_place(first_key);
    m.first.clear();
    m.type_word.clear();
    m.first.reserve(m.readings.size());
    m.type_word.reserve(m.readings.size());
    for (const Reading& r : m.readings) {
      FirstFacts ff;
      ff.too_short = text::code_points(r.key) < 2;
      ff.places = g_.lookup(r.key);
      ff.not_place = g_.not_a_place(r.key) || lex_.function_words.count(r.key) > 0;
      ff.longer = g_.begins_longer_name(r.key);
      m.first.push_back(ff);
      const TypeWord* tw = nullptr;
      if (!r.key.starts_with(kArticle))
        if (auto it = lex_.type_words.find(r.key); it != lex_.type_words.end()) tw = &it->second;
      m.type_word.push_back(tw);
      m.type_word_reading |= tw != nullptr;
    }
    m.facts_known = true;
    return f;
  }
  using ReadingsMemo = StringMap<Form>;
  static ReadingsMemo& readings_memo() {
    thread_local ReadingsMemo memo;
    if (memo.size() >= (1u << 16)) memo.clear();  // bounded for a long-running process
    return memo;
  }

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
    // A common noun is none of its clitic readings either («كورونا» is no «ك» + Verona).
    const Form& f = facts_at(i);
    if (f.type_word_reading) return std::nullopt;
    size_t max_words = std::min<size_t>(g_.max_words(), end - i);
    std::string key;
    for (size_t ri = 0; ri < f.readings.size(); ++ri) {
      const Reading& r = f.readings[ri];
      const FirstFacts& ff = f.first[ri];
      if (ff.too_short) continue;
      std::optional<Candidate> best;
      for (size_t n = 1; n <= max_words; ++n) {
        if (n > 1) {
          if (n == 2 ? !ff.longer : !g_.begins_longer_name(key)) break;  // no name goes on from these words
          const Token& t = doc_.tokens[i + n - 1];
          if (!is_word(t) || in_date_[i + n - 1]) break;
          if (n == 2) key = r.key;
          key += ' ';
          key += fold_taa(t.key);
        }
        if (n == 1 && (f.function_word || (f.common_noun && r.prefix_letters > 0))) continue;
        std::string_view kv = n == 1 ? std::string_view(r.key) : std::string_view(key);
        auto places = n == 1 ? ff.places : g_.lookup(kv);
        if (places.empty()) continue;
        if (n == 1 && ff.not_place) continue;
        if (n == 1 && !after_type_word) {
          if (!is_country(places) && g_.name_use(kv).mostly_word()) continue;
          // «القوات السعودية»: a country's name doubles as its feminine adjective after a noun.
          if (is_country(places) && kv.ends_with(kTaaFolded) && i > 0 && is_word(doc_.tokens[i - 1]) &&
              doc_.tokens[i - 1].key.starts_with(kArticle) && r.prefix_letters == 0)
            continue;
        }
        // «الرئيس باراك», «حسين الخليل»: a word after a title or a given name continues a
        // person's name (with a clitic read off, «باراك» would be Arak).
        if (n == 1 && !after_type_word && !is_country(places) && person_name_before(i, r.prefix_letters > 0)) continue;
        bool weak = n == 1 && !after_type_word && !strong(g_, kv, places);
        if (weak && !(r.locative || (r.prefix_letters == 0 && cue_before(i)))) continue;
        Candidate c;
        c.needs_context = weak;
        c.key = kv;
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
    for (const Reading& r : readings_at(n))
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
    const Form& f = facts_at(i);
    if (!f.type_word_reading) return std::nullopt;
    for (size_t ri = 0; ri < f.readings.size(); ++ri) {
      const Reading& r = f.readings[ri];
      const TypeWord* tw = f.type_word[ri];  // a type word never has the article
      if (!tw) continue;
      // Writers drop hamzas but do not add them: «وأدى» (and led) is not «وادي» (valley).
      if (hamza_count(t.span.of(doc_.text)) > tw->hamzas) continue;
      uint32_t n0 = i + 1;
      // «جبهة "ميمنة"», «مديرية #أرحب»: a quote mark or hashtag sign before the name.
      bool quoted = n0 < end && doc_.tokens[n0].kind == TokenKind::kPunct && doc_.tokens[n0].key == "\"";
      if (n0 < end && doc_.tokens[n0].kind == TokenKind::kPunct && (quoted || doc_.tokens[n0].key == "#")) ++n0;
      // «في (محافظة) حلب»: the type word alone in brackets, glossing the name after it.
      bool bracketed = !quoted && n0 < end && i > 0 && doc_.tokens[i - 1].key == "(" && doc_.tokens[n0].key == ")";
      if (bracketed) ++n0;
      if (n0 >= end) return std::nullopt;
      if (!name_like(n0, tw->follows) && !anchored(n0, end)) return std::nullopt;
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
      if (tw->precision == PlacePrecision::kAdmin1 || tw->precision == PlacePrecision::kAdmin2) {
        std::string name_key;
        for (uint32_t k = n0; k < c.m.end_token; ++k) name_key += (k > n0 ? " " : "") + fold_taa(doc_.tokens[k].key);
        for (int32_t p : g_.provinces(name_key))
          if (std::find(c.places.begin(), c.places.end(), p) == c.places.end()) c.places.push_back(p);
        if (c.key.empty() && !c.places.empty()) c.key = name_key;
      }
      c.m.precision = tw->precision;
      c.typed = true;
      c.type_word = r.key;
      c.m.name_span = {first.span.begin, c.m.name_span.end};
      c.m.span = {bracketed ? doc_.tokens[i - 1].span.begin : text::skip_key_letters(doc_.text, t, r.prefix_letters),
                  c.m.name_span.end};
      c.m.first_token = bracketed ? i - 1 : i;
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
    StringMap<std::vector<Known>> by_first;
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
      for (const Reading& r : readings_at(i)) {
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
    StringMap<std::vector<size_t>> typed;
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
      for (const Reading& r : readings_at(i)) {
        if (!r.key.starts_with(kArticle)) continue;
        std::string bare = r.key.substr(kArticle.size());
        if (!lex_.type_words.count(bare)) continue;
        // A known place right after it is the type word's own name: nothing to refer back. Asked
        // only of a definite type word (rare); the first one read decides (every path returns).
        if (i + 1 < end && is_word(doc_.tokens[i + 1]) && !g_.lookup(fold_taa(doc_.tokens[i + 1].key)).empty()) return;
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

  Document& doc_;
  const Gazetteer& g_;
  const Lexicons& lex_;
  std::vector<Candidate> found_;
  std::vector<bool> in_date_;  // tokens inside a date mention
  std::vector<Candidate> pending_;  // list members found after a typed place
  ReadingsMemo& memo_ = readings_memo();
  mutable std::vector<const Form*> readings_;  // per token, see form_at
};

}  // namespace

std::vector<Candidate> find_candidates(Document& doc) { return Scanner(doc).run(); }

}  // namespace detail

void find_places(Document& doc) {
  std::vector<detail::Candidate> found = detail::find_candidates(doc);
  detail::resolve_places(doc, found);
}

}  // namespace rasd::geo

// The quote finder's working state, shared by its three files: quote_finder.cpp (the pass over
// sentences and their cues), spans.cpp (quotation marks and where the quoted words run) and
// speakers.cpp (who speaks). Internal to src/rasd/quotes; the layer's interface is quote_finder.h.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "rasd/core/document.h"
#include "rasd/quotes/quote_lexicon.h"

namespace rasd::quotes::detail {

inline constexpr std::string_view kLam = "\xD9\x84";   // ل
inline constexpr std::string_view kBaa = "\xD8\xA8";   // ب
inline constexpr std::string_view kKaf = "\xD9\x83";   // ك
inline constexpr std::string_view kWaw = "\xD9\x88";   // و
inline constexpr std::string_view kFaa = "\xD9\x81";   // ف
inline constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // ال

inline constexpr uint32_t kSpeakerReach = 6;   // tokens from a verb to its subject («أعلن الاثنين الحوثيون»)
inline constexpr uint32_t kOpenerReach = 16;   // tokens from the speaker to «أن» («... في منشور على حسابه إن»)
inline constexpr uint32_t kNounWords = 3;      // words describing a source noun («مصادر عسكرية يمنية»)
inline constexpr uint32_t kCarrySentences = 10;  // how far back a dropped speaker is looked for
inline constexpr uint32_t kMaxQuoteTokens = 400; // a quotation mark left open does not swallow the article
inline constexpr uint32_t kLongQuoteWords = 6;   // a quotation this long is words said, not a name in marks

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
  void run();
 private:
  // ---- quote_finder.cpp: the layers by token, the cues, the pass over sentences ----------
  void index_layers();
  Hit match(uint32_t i, uint32_t limit) const;
  bool comp_at(uint32_t k) const;
  bool comp_with_pronoun(uint32_t k) const;
  // A cue that starts a statement of its own, so the one before ends there.
  static bool cuts(const Hit& h) { return h.row->kind == Kind::kAdverbial || h.conj; }
  void sentence(uint32_t si, const Sentence& s);
  void standalone_marks();

  bool is_mark(uint32_t k) const { return k < n_ && doc_.tokens[k].kind == TokenKind::kPunct && doc_.tokens[k].key == "\""; }
  bool is_punct(uint32_t k, std::string_view p) const {
    return k < n_ && doc_.tokens[k].kind == TokenKind::kPunct && doc_.tokens[k].key == p;
  }
  bool is_stop(uint32_t k) const { return is_punct(k, ".") || is_punct(k, "?") || is_punct(k, "!"); }
  bool is_word(uint32_t k) const { return k < n_ && doc_.tokens[k].kind != TokenKind::kPunct; }
  bool function_word(uint32_t k) const { return lex_.function_words.count(doc_.tokens[k].key) > 0; }

  // ---- spans.cpp: quotation marks and the quoted words ------------------------------------
  struct Open {
    uint32_t at = 0;       // first token of the quoted words
    int32_t close = -1;    // the closing mark when the words are in marks
    bool direct = false;
  };
  void pair_marks();
  bool opening(uint32_t k) const { return is_mark(k) && partner_[k] > static_cast<int32_t>(k); }
  bool closing(uint32_t k) const { return is_mark(k) && partner_[k] >= 0 && partner_[k] < static_cast<int32_t>(k); }
  uint32_t words_between(uint32_t a, uint32_t b) const;
  bool opener(const Row& row, uint32_t from, uint32_t limit, Open& out) const;
  bool mark_open(Open& o) const;
  bool emit(uint32_t si, const Hit& h, const Speaker& sp, uint32_t at, uint32_t end, bool direct);
  void mark_used(uint32_t at, uint32_t end);
  uint32_t used_before(uint32_t k) const;
  bool used_in(uint32_t at, uint32_t end) const { return used_before(end) != used_before(at); }
  bool overlaps_boilerplate(uint32_t at, uint32_t end) const;

  // ---- speakers.cpp: who speaks -----------------------------------------------------------
  enum class Author { kNone, kActor, kPronoun };
  bool describes(uint32_t k) const;
  uint32_t stem_begin(uint32_t k) const;
  uint32_t past_outlet(uint32_t k, uint32_t limit) const;
  bool speaker_noun(uint32_t g, uint32_t limit, Speaker& out) const;
  char gender_of(const ActorMention& m) const;
  Speaker from_actor(int32_t a) const;
  Speaker from_place(const PlaceMention& p) const;
  bool only_dates(uint32_t a, uint32_t b) const;
  Speaker apposed_person(const Speaker& org, uint32_t limit) const;
  Author statement_author(uint32_t g, uint32_t noun_end, uint32_t limit, Speaker& out) const;
  Speaker subject_after(const Hit& h, uint32_t limit) const;
  Speaker subject_before(const Sentence& s, uint32_t v, char gender) const;
  bool may_govern(char gender, const Speaker& sp) const;
  bool governed(uint32_t k, const Span& span) const;
  static bool agrees(char verb, char speaker) {
    if (!verb || !speaker) return true;
    // A sound masculine plural («الحوثيون») takes a masculine verb; broken plurals of things
    // («المصادر») are feminine and listed so.
    if (verb == 'p') return speaker != 'f';
    return verb == speaker;
  }
  Speaker dropped_subject(uint32_t si, const Sentence& s, const Hit& h, const Speaker& here) const;
  Speaker carried(uint32_t si, char gender) const;
  int32_t first_actor(uint32_t si) const;
  // The verb genders of the cue table; the index of each in last_agree_.
  static int gender_slot(char g) { return g == 0 ? 0 : g == 'm' ? 1 : g == 'f' ? 2 : g == 'p' ? 3 : -1; }
  int32_t last_agreeing(char gender) const;
  Speaker sentence_subject(const Sentence& s, uint32_t before, char gender = 0) const;
  Speaker scan_subject(uint32_t from, uint32_t before, char gender) const;
  void remember(const Speaker& sp, uint32_t si);
  Speaker speaker_before(uint32_t si) const;
  void index_cue_quotes();

  // ---- state ------------------------------------------------------------------------------
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

}  // namespace rasd::quotes::detail

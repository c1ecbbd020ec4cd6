#include "rasd/actors/ner/features.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <mutex>
#include <shared_mutex>

#include "rasd/actors/ner/clusters.h"
#include "rasd/actors/ner/context_words.h"
#include "rasd/actors/ner/model.h"
#include "rasd/actors/ner/nisba.h"
#include "rasd/core/hash.h"
#include "rasd/geo/gazetteer.h"
#include "rasd/text/clitics.h"
#include "rasd/text/lexicon.h"
#include "rasd/text/normalize.h"
#include "rasd/text/tokenize.h"
#include "rasd/text/utf8.h"

namespace rasd::actors::ner {
namespace {

// Gazetteer and name-list matches longer than this are rare and cost look-ups on every token.
constexpr size_t kMaxMatchWords = 4;

bool is_wordish(TokenKind k) { return k == TokenKind::kWord || k == TokenKind::kLatin || k == TokenKind::kNumber; }

// Byte offsets of the code-point boundaries of s (0 ... s.size()).
void boundaries(std::string_view s, std::vector<uint32_t>& out) {
  out.clear();
  for (size_t i = 0; i < s.size(); i += static_cast<size_t>(text::seq_len(static_cast<unsigned char>(s[i]))))
    out.push_back(static_cast<uint32_t>(i));
  out.push_back(static_cast<uint32_t>(s.size()));
}

// Longest run of the long vowels ا و ي: transliterations spell foreign vowels with them
// («توكاييف», «بوتين»); native words seldom chain three.
int vowel_run(std::string_view s) {
  int best = 0, run = 0;
  for (size_t i = 0; i + 1 < s.size();) {
    auto a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(s[i + 1]);
    bool vowel = (a == 0xD8 && b == 0xA7) || (a == 0xD9 && (b == 0x88 || b == 0x8A));
    run = vowel ? run + 1 : 0;
    best = std::max(best, run);
    i += static_cast<size_t>(text::seq_len(a));
  }
  return best;
}

struct LexiconCache {
  std::shared_mutex mu;
  StringMap<bool> known;
};

LexiconCache& lexicon_cache() {
  static LexiconCache cache;
  return cache;
}

// Marks spans of the sentence that a dictionary knows, longest match first, left to right:
// tag[i] = 'B' or 'I' (0 outside); `bits` collects the dictionary's answer for the span.
// `lookup(hash, words, build)` answers for a phrase by its phrase hash (words' hashes folded with
// phrase_hash from 0); `build()` spells the phrase when the dictionary needs the string.
// `begins(i, variant)` may say that no phrase of two or more words starts with token i's key
// (variant 0) or first key (variant 1): those look-ups are skipped, their answer being none.
template <class Lookup, class Begins>
void mark_matches(const std::vector<std::string_view>& first_keys, const std::vector<std::string_view>& keys,
                  const std::vector<uint64_t>& first_h, const std::vector<uint64_t>& keys_h,
                  std::span<const TokenText> s, size_t max_words, Lookup&& lookup, Begins&& begins,
                  std::vector<char>& tag, std::vector<uint8_t>& bits) {
  tag.assign(s.size(), 0);
  bits.assign(s.size(), 0);
  for (size_t i = 0; i < s.size();) {
    size_t found = 0;
    uint8_t value = 0;
    if (is_wordish(s[i].kind)) {
      size_t limit = std::min({max_words, kMaxMatchWords, s.size() - i});
      size_t words = 1;  // the run of word tokens from i
      while (words < limit && is_wordish(s[i + words].kind)) ++words;
      for (size_t n = words; n >= 1 && !found; --n) {
        // Try the first word as written, then without its proclitics («وبغداد» -> «بغداد»).
        for (int variant = 0; variant < 2 && !found; ++variant) {
          if (variant == 1 && first_keys[i] == keys[i]) break;
          if (n > 1 && !begins(i, variant)) continue;
          uint64_t h = phrase_hash(0, variant == 0 ? keys_h[i] : first_h[i]);
          for (size_t k = i + 1; k < i + n; ++k) h = phrase_hash(h, keys_h[k]);
          auto build = [&] {
            std::string key(variant == 0 ? keys[i] : first_keys[i]);
            for (size_t k = i + 1; k < i + n; ++k) (key += ' ') += keys[k];
            return key;
          };
          if (uint8_t v = lookup(h, n, build)) { found = n; value = v; }
        }
      }
    }
    if (!found) { ++i; continue; }
    for (size_t k = i; k < i + found; ++k) { tag[k] = k == i ? 'B' : 'I'; bits[k] = value; }
    i += found;
  }
}

}  // namespace

uint64_t feature_hash(std::string_view s) { return string_hash(s); }

void NameLists::add(std::string_view name, uint8_t type_bit) { add_key(geo::place_key(name), type_bit); }

void NameLists::add_key(const std::string& key, uint8_t type_bits) {
  if (key.empty()) return;
  entries[key] |= type_bits;
  uint64_t h = 0;
  size_t words = 0;
  for (size_t at = 0; at <= key.size(); ++words) {
    size_t sp = std::min(key.size(), key.find(' ', at));
    h = phrase_hash(h, string_hash(std::string_view(key).substr(at, sp - at)));
    at = sp + 1;
    if (at <= key.size()) begins_by_hash.insert(h);  // more words follow
  }
  by_hash[h] |= type_bits;
  max_words = std::max(max_words, words);
}

TokenText token_text(std::string_view word, std::string& key_store, std::string& stem_store) {
  std::vector<Token> parts = text::tokenize(word);
  TokenText t;
  t.surface = word;
  t.kind = parts.empty() ? TokenKind::kPunct : parts.front().kind;
  if (parts.size() == 1) {
    key_store = std::move(parts.front().key);
    stem_store = std::move(parts.front().stem);
  } else {
    key_store = text::normalize_key(word);
    stem_store = t.kind == TokenKind::kWord ? std::string(text::proclitic_stem(key_store)) : key_store;
  }
  t.key = key_store;
  t.stem = stem_store;
  return t;
}

bool lexicon_known(const TokenText& t) {
  if (t.kind != TokenKind::kWord) return false;
  LexiconCache& cache = lexicon_cache();
  {
    std::shared_lock lock(cache.mu);
    auto it = cache.known.find(t.surface);
    if (it != cache.known.end()) return it->second;
  }
  const auto& lex = text::ArabicLexicon::get();
  bool known = lex.known(t.surface);
  if (!known && t.stem.size() < t.key.size()) {
    // The surface without the proclitics the key lost: hunspell wants the hamzas the key folds.
    text::NormalizedText n = text::normalize(t.surface);
    size_t cut = t.key.size() - t.stem.size();
    if (n.key.size() == t.key.size() && cut < n.to_orig.size())
      known = lex.known(t.surface.substr(n.to_orig[cut]));
    if (!known) known = lex.known(t.stem);
  }
  std::unique_lock lock(cache.mu);
  // Bounded: a long-running process over a large corpus must not grow without end.
  if (cache.known.size() > 1'000'000) cache.known.clear();
  cache.known.emplace(std::string(t.surface), known);
  return known;
}

namespace {

struct WordFacts;

// A value of a feature: its string (for extract_strings) and its hash (for extract). For
// EmitSink, also where the value sits in a small domain (`id`, see dom below) or, for a word's key or
// stem, the word's facts: a feature of such values has its weight row looked up once, not hashed
// and probed per token.
struct Val {
  std::string_view s;
  uint64_t h = 0;
  uint16_t id = 0;
  WordFacts* word = nullptr;
};
Val val(std::string_view s, uint16_t id = 0) { return {s, string_hash(s), id, nullptr}; }

// The small value domains and their sizes: clusters (0..255, then «-» none, «x» not a word, «b»
// the sentence edge), gazetteer marks, lexicon answers (then the edge), context classes (then the
// edge), name-list marks, and the sentence bounds a word slot may hold instead of a word.
namespace dom {
constexpr uint16_t kClNone = 256, kClNonWord = 257, kClEdge = 258, kCl = 259;
constexpr uint16_t kGz = 4;
constexpr uint16_t kLexEdge = 3, kLex = 4;
constexpr uint16_t kCtxEdge = kContextClasses, kCtx = kContextClasses + 1;
constexpr uint16_t kAl = 6;
constexpr uint16_t kBos = 0, kEos = 1, kBounds = 2;
}  // namespace dom

// How EmitSink finds a feature's row. kHashed: by the feature's hash, each time. kDense: in a
// table of the row per combination of the values' domain ids (`dims`). kWord: the first value is
// a word (its facts keep the row, per `slot`) or a sentence bound; a second value, if any, is a
// lexicon answer.
enum class Lookup : uint8_t { kHashed, kDense, kWord };
constexpr int kWordSlots = 6;  // k-1, k-2, k+1, k+2, s-1, s+1; then k-1|lex per lexicon answer
constexpr int kWordRows = kWordSlots + 3;

constexpr uint64_t mix64(uint64_t h) {
  h ^= h >> 30; h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27; h *= 0x94d049bb133111ebull;
  return h ^ (h >> 31);
}
// string_hash(), usable at compile time.
constexpr uint64_t hash_of(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (char c : s) { h ^= static_cast<unsigned char>(c); h *= 1099511628211ull; }
  return mix64(h);
}

// A feature's name, hashed at compile time: with the names constexpr (kNames), the compiler
// resolves each feature's look-up kind and table shape where run() emits it.
struct Name {
  std::string_view s;
  uint64_t h;
  Lookup lookup = Lookup::kHashed;
  uint8_t slot = 0;              // kDense: its table; kWord: its row in WordFacts::rows
  std::array<uint16_t, 3> dims{};  // kDense: the values' domain sizes
  uint8_t ndims = 0;
  explicit constexpr Name(std::string_view n) : s(n), h(hash_of(n)) {}
  constexpr Name(std::string_view n, uint8_t dense_slot, std::initializer_list<uint16_t> d)
      : s(n), h(hash_of(n)), lookup(Lookup::kDense), slot(dense_slot) {
    for (uint16_t x : d) dims[ndims++] = x;
  }
  constexpr Name(std::string_view n, Lookup word, uint8_t word_slot) : s(n), h(hash_of(n)), lookup(word), slot(word_slot) {}
  constexpr size_t cells() const {
    size_t c = 1;
    for (int i = 0; i < ndims; ++i) c *= dims[static_cast<size_t>(i)];
    return c;
  }
};

// Constant values: sentence bounds, lexicon answers, gazetteer marks, cluster numbers.
struct Constants {
  Val bos = val("<s>", dom::kBos), eos = val("</s>", dom::kEos);
  Val cl_edge = val("b", dom::kClEdge), lex_edge = val("b", dom::kLexEdge), ctx_edge = val("b", dom::kCtxEdge);
  Val cl_none = val("-", dom::kClNone), nonword = val("x", dom::kClNonWord);
  Val lex[3] = {val("x", 0), val("0", 1), val("1", 2)};
  Val gz_none = val("-", 0), gz_b = val("B", 1), gz_bw = val("Bw", 2), gz_i = val("I", 3);
  Val al_b[3] = {val("BPER", 0), val("BORG", 1), val("BLOC", 2)}, al_i[3] = {val("IPER", 3), val("IORG", 4), val("ILOC", 5)};
  Val kind[5];
  Val len[11];
  Val vr2 = val("2"), vr3 = val("3+");
  std::vector<std::string> numbers;
  std::vector<Val> cluster;  // 0..255
  Val context[kContextClasses];
  Constants() {
    kind[static_cast<int>(TokenKind::kWord)] = val("w");
    kind[static_cast<int>(TokenKind::kLatin)] = val("lat");
    kind[static_cast<int>(TokenKind::kNumber)] = val("num");
    kind[static_cast<int>(TokenKind::kPunct)] = val("punct");
    kind[static_cast<int>(TokenKind::kSymbol)] = val("sym");
    static const char* lens[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8-9", "8-9", "10+"};
    for (int i = 0; i <= 10; ++i) len[i] = val(lens[i]);
    numbers.reserve(256);
    for (int i = 0; i < 256; ++i) numbers.push_back(std::to_string(i));
    for (size_t i = 0; i < numbers.size(); ++i) cluster.push_back(val(numbers[i], static_cast<uint16_t>(i)));
    for (int c = 0; c < kContextClasses; ++c)
      context[c] = val(context_class_name(static_cast<ContextClass>(c)), static_cast<uint16_t>(c));
  }
};
const Constants& constants() {
  static const Constants c;
  return c;
}

// The names, in one place: a new feature is a new line here and one emit() call below. A
// context feature of small-domain values says its domains (a dense table of rows in EmitSink);
// one of a neighbour's word says its slot; the token's own features are summed once per word.
enum DenseSlot : uint8_t {
  kCfM1, kCfP1, kGz, kGz2, kGzP1, kAlS, kLex3, kC, kCM1, kCM2, kCP1, kCM1Lex, kCM1Gz, kCM1Cc, kCP1Lex, kNbM1,
  kNbP1, kSportGz, kSportCc, kSportLex, kDenseSlots
};
struct Names {
  Name bias{"bias"}, k{"k="}, s{"s="}, p{"p="}, kind{"kind="}, len{"len="}, vr{"vr="}, lex{"lex="},
      lex_len{"lex|len="}, lex_p{"lex|p="}, shape{"sh="}, cf{"cf="}, cc{"cc="}, cc_lex{"cc|lex="},
      cf_m1{"cf-1=", kCfM1, {dom::kCl}}, cf_p1{"cf+1=", kCfP1, {dom::kCl}}, cc3{"cc-1|cc|cc+1="},
      gz{"gz=", kGz, {dom::kGz}}, gz2{"gz-1|gz=", kGz2, {dom::kGz, dom::kGz}}, gz_p1{"gz+1=", kGzP1, {dom::kGz}},
      al{"al=", kAlS, {dom::kAl}}, k_m1{"k-1=", Lookup::kWord, 0}, k_m2{"k-2=", Lookup::kWord, 1},
      k_p1{"k+1=", Lookup::kWord, 2}, k_p2{"k+2=", Lookup::kWord, 3}, s_m1{"s-1=", Lookup::kWord, 4},
      s_p1{"s+1=", Lookup::kWord, 5}, k2k1{"k-2|k-1="}, k1s{"k-1|s="}, sk1{"s|k+1="},
      k1lex{"k-1|lex=", Lookup::kWord, kWordSlots}, lex3{"lex-1|lex|lex+1=", kLex3, {dom::kLex, dom::kLex, dom::kLex}},
      c{"c=", kC, {dom::kCtx}}, c_m1{"c-1=", kCM1, {dom::kCtx}}, c_m2{"c-2=", kCM2, {dom::kCtx}},
      c_p1{"c+1=", kCP1, {dom::kCtx}}, c_m1_lex{"c-1|lex=", kCM1Lex, {dom::kCtx, dom::kLex}},
      c_m1_gz{"c-1|gz=", kCM1Gz, {dom::kCtx, dom::kGz}}, c_m1_cc{"c-1|cc=", kCM1Cc, {dom::kCtx, dom::kCl}},
      c_p1_lex{"c+1|lex=", kCP1Lex, {dom::kCtx, dom::kLex}}, sport_gz{"sport|gz=", kSportGz, {dom::kGz}},
      sport_cc{"sport|cc=", kSportCc, {dom::kCl}}, sport_lex{"sport|lex=", kSportLex, {dom::kLex}}, nb{"nb="},
      nb_m1{"nb-1|lex=", kNbM1, {dom::kLex}}, nb_p1{"nb+1|lex=", kNbP1, {dom::kLex}};
  Name kp[5] = {Name{""}, Name{"kp1="}, Name{"kp2="}, Name{"kp3="}, Name{"kp4="}};
  Name ks[5] = {Name{""}, Name{"ks1="}, Name{"ks2="}, Name{"ks3="}, Name{"ks4="}};
  Name sp[5] = {Name{""}, Name{"sp1="}, Name{"sp2="}, Name{"sp3="}, Name{"sp4="}};
  Name ss[5] = {Name{""}, Name{"ss1="}, Name{"ss2="}, Name{"ss3="}, Name{"ss4="}};
  // The dense slots' names by slot (EmitSink sizes its tables from their dims).
  std::array<const Name*, kDenseSlots> dense() const {
    std::array<const Name*, kDenseSlots> out{};
    for (const Name* x : {&cf_m1, &cf_p1, &gz, &gz2, &gz_p1, &al, &lex3, &c, &c_m1, &c_m2, &c_p1, &c_m1_lex, &c_m1_gz,
                          &c_m1_cc, &c_p1_lex, &nb_m1, &nb_p1, &sport_gz, &sport_cc, &sport_lex})
      out[x->slot] = x;
    return out;
  }
};
constexpr Names kNames{};
const Names& names() { return kNames; }

// Word shape of a Latin token: X upper, x lower, d digit, other bytes as they are, runs of one
// class written once («CNN» -> «X», «iPhone» -> «xXx», «F-16» -> «X-d»).
std::string latin_shape(std::string_view s) {
  std::string out;
  for (char ch : s) {
    char c = ch >= 'A' && ch <= 'Z' ? 'X' : ch >= 'a' && ch <= 'z' ? 'x' : ch >= '0' && ch <= '9' ? 'd' : ch;
    if (out.empty() || out.back() != c) out += c;
    if (out.size() >= 8) break;
  }
  return out;
}

// Gazetteer answers by phrase hash, per thread: news repeats its phrases, and a miss costs a
// string built and folded. Open addressing in one array (a probe is one cache line, where a node
// map chases pointers); doubles up to 2^20 slots, then starts afresh when half full.
class PhraseMemo {
 public:
  // The answer slot of h and whether it was there already (a new slot reads 0 until set).
  std::pair<uint8_t*, bool> find_or_add(uint64_t h) {
    if ((used_ + 1) * 2 > slots_.size()) {
      if (slots_.size() < kMaxSlots) rehash(slots_.size() * 2);
      else { std::fill(slots_.begin(), slots_.end(), Slot{}); used_ = 0; }
    }
    size_t mask = slots_.size() - 1;
    for (size_t i = (h ^ (h >> 32)) & mask;; i = (i + 1) & mask) {
      Slot& s = slots_[i];
      if (s.state == kEmpty) {
        s = Slot{h, 0, 0};
        ++used_;
        return {&s.answer, false};
      }
      if (s.key == h) return {&s.answer, true};
    }
  }

 private:
  static constexpr uint8_t kEmpty = 1;
  static constexpr size_t kMaxSlots = size_t{1} << 20;
  struct Slot {
    uint64_t key = 0;
    uint8_t answer = 0, state = kEmpty;
  };
  void rehash(size_t size) {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(size, Slot{});
    used_ = 0;
    for (const Slot& s : old)
      if (s.state != kEmpty) *find_or_add(s.key).first = s.answer;
  }
  std::vector<Slot> slots_ = std::vector<Slot>(1 << 12);
  size_t used_ = 0;
};

PhraseMemo& gazetteer_memo() {
  thread_local PhraseMemo memo;
  return memo;
}

// What run() reads of one word type alone: the hashes of its key, stem and proclitics, its
// keys with taa marbuta folded, hunspell-ar's answer, its clusters and its context class. News
// repeats its words, and these cost string folding, hashing and four table look-ups per token.
// Keyed by everything they read (kind, surface, key, stem); per thread, cleared when full, and
// only between sentences, so the views run() takes into an entry stay valid while it runs.
struct WordFacts {
  static constexpr int16_t kNone = -1, kNonWord = -2;  // no cluster; not a word-like token
  uint64_t key_h = 0, stem_h = 0, prefix_h = 0, fkey_h = 0, fstem_h = 0;
  std::string fkey, fstem;
  signed char lex = -1;
  int16_t cf = kNone, cc = kNone;
  int ctx = 0;
  // Whether some gazetteer name of two or more words begins with fkey / fstem (mark_matches).
  bool gz_key_begins = false, gz_stem_begins = false;
  bool nisba = false;  // a nationality adjective (nisba.h)
  // Under the model `model` (Model::instance(), 0 none yet; its rows at model_rows): the summed
  // rows of the word's own features (EmitSink), once has_local. Reset when another model asks.
  uint64_t model = 0;
  const float* model_rows = nullptr;
  bool has_local = false;
  std::array<float, kTags> local{};
  // The rows of the features that read this word from a neighbour (Lookup::kWord), found once.
  std::array<const float*, kWordRows> rows{};
};

class WordFactsMemo {
 public:
  void start_sentence() {
    if (facts_.size() >= (1u << 17)) facts_.clear();
  }
  WordFacts& of(const TokenText& t) {
    probe_.clear();
    probe_ += static_cast<char>(t.kind);
    for (std::string_view part : {t.surface, t.key, t.stem}) {
      auto size = static_cast<uint32_t>(part.size());
      probe_.append(reinterpret_cast<const char*>(&size), sizeof size);
      probe_ += part;
    }
    if (auto it = facts_.find(std::string_view(probe_)); it != facts_.end()) return it->second;
    WordFacts f;
    std::string_view prefix = t.key.substr(0, t.key.size() - std::min(t.key.size(), t.stem.size()));
    f.key_h = string_hash(t.key);
    f.stem_h = string_hash(t.stem);
    f.prefix_h = string_hash(prefix);
    f.fkey = geo::fold_taa(t.key);
    f.fstem = geo::fold_taa(t.stem);
    f.fkey_h = string_hash(f.fkey);
    f.fstem_h = f.fstem.size() == f.fkey.size() ? f.fkey_h : string_hash(f.fstem);
    const geo::Gazetteer& gaz = geo::Gazetteer::get();
    f.gz_key_begins = gaz.begins_longer_name(f.fkey);
    f.gz_stem_begins = gaz.begins_longer_name(f.fstem);
    if (t.kind == TokenKind::kWord) f.lex = lexicon_known(t) ? 1 : 0;
    // Word clusters (by stem for words, key otherwise, as tools/ner_clusters.cpp saw them).
    if (!is_wordish(t.kind)) {
      f.cf = f.cc = WordFacts::kNonWord;
    } else {
      Cluster c = WordClusters::get().of(t.kind == TokenKind::kWord ? t.stem : t.key);
      f.cf = c.fine < 0 || c.fine > 255 ? WordFacts::kNone : static_cast<int16_t>(c.fine);
      f.cc = c.coarse < 0 || c.coarse > 255 ? WordFacts::kNone : static_cast<int16_t>(c.coarse);
    }
    f.ctx = static_cast<int>(t.kind == TokenKind::kWord ? ContextWords::get().of(f.fstem, f.fkey) : ContextClass::kNone);
    f.nisba = t.kind == TokenKind::kWord && is_nisba(t.stem);
    return facts_.emplace(probe_, std::move(f)).first->second;
  }

 private:
  std::string probe_;
  StringMap<WordFacts> facts_;
};

WordFactsMemo& word_facts_memo() {
  thread_local WordFactsMemo memo;
  return memo;
}

}  // namespace

uint64_t string_hash(std::string_view s) { return hash_of(s); }

uint64_t phrase_hash(uint64_t so_far, uint64_t word) { return mix64(so_far * 0x9e3779b97f4a7c15ull + word); }

uint64_t feature_id(std::string_view f) {
  size_t eq = f.find('=');
  if (eq == std::string_view::npos) return string_hash(f);
  uint64_t h = string_hash(f.substr(0, eq + 1));
  std::string_view rest = f.substr(eq + 1);
  for (size_t at = 0;;) {
    size_t bar = rest.find('|', at);
    h = phrase_hash(h, string_hash(rest.substr(at, bar == std::string_view::npos ? std::string_view::npos : bar - at)));
    if (bar == std::string_view::npos) break;
    at = bar + 1;
  }
  return h;
}

namespace {
// The per-sentence arrays of run(), kept per thread so a sentence allocates nothing once they
// have grown. run() is never re-entered on a thread (no sink calls back into it).
struct RunScratch {
  std::vector<Val> key, stem, prefix, cf, cc, ctx, gzv, lexv;
  std::vector<std::string_view> fkey, fstem;
  std::vector<uint64_t> fkey_h, fstem_h;
  std::vector<signed char> lex;  // -1 not a word, 0 unknown, 1 known
  std::vector<char> nisba;       // a nationality adjective (nisba.h)
  std::vector<char> gz_begins;   // by token and mark_matches variant: WordFacts::gz_*_begins
  std::vector<char> gz, al;
  std::vector<uint8_t> gzbits, albits;
  std::vector<WordFacts*> facts;
  std::vector<uint32_t> kb, sb;
  std::string shape;
};
RunScratch& run_scratch() {
  thread_local RunScratch scratch;
  return scratch;
}
}  // namespace

template <class Sink>
void FeatureExtractor::run(std::span<const TokenText> s, Sink&& sink) const {
  const size_t n = s.size();
  const Constants& K = constants();
  const Names& N = names();
  // Per-token facts, computed once: the context features of the neighbours reuse them. They
  // depend on the word type alone, so each type's are looked up in a per-thread memo.
  // Every array is filled for each token below: the per-thread buffers are only resized.
  RunScratch& scratch = run_scratch();
  auto& [key, stem, prefix, cf, cc, ctx, gzv, lexv, fkey, fstem, fkey_h, fstem_h, lex, nisba, gz_begins, gz, al, gzbits,
         albits, facts, kb, sb, shape] = scratch;
  for (auto* v : {&key, &stem, &prefix, &cf, &cc, &ctx, &gzv, &lexv}) v->resize(n);
  fkey.resize(n);
  fstem.resize(n);
  fkey_h.resize(n);
  fstem_h.resize(n);
  lex.resize(n);
  nisba.resize(n);
  gz_begins.resize(2 * n);
  facts.resize(n);
  WordFactsMemo& memo_facts = word_facts_memo();
  memo_facts.start_sentence();
  for (size_t i = 0; i < n; ++i) {
    const TokenText& t = s[i];
    WordFacts& f = memo_facts.of(t);
    facts[i] = &f;
    key[i] = Val{t.key, f.key_h, 0, &f};
    stem[i] = t.stem.size() == t.key.size() ? key[i] : Val{t.stem, f.stem_h, 0, &f};
    prefix[i] = Val{t.key.substr(0, t.key.size() - std::min(t.key.size(), t.stem.size())), f.prefix_h};
    fkey[i] = f.fkey;
    fstem[i] = f.fstem;
    fkey_h[i] = f.fkey_h;
    fstem_h[i] = f.fstem_h;
    gz_begins[2 * i] = f.gz_key_begins;
    gz_begins[2 * i + 1] = f.gz_stem_begins;
    lex[i] = f.lex;
    cf[i] = f.cf == WordFacts::kNonWord ? K.nonword : f.cf == WordFacts::kNone ? K.cl_none : K.cluster[static_cast<size_t>(f.cf)];
    cc[i] = f.cc == WordFacts::kNonWord ? K.nonword : f.cc == WordFacts::kNone ? K.cl_none : K.cluster[static_cast<size_t>(f.cc)];
    ctx[i] = K.context[f.ctx];
    nisba[i] = f.nisba;
  }
  // A match report: its place names are mostly clubs (the metonymy of sport news).
  const Val& sport_class = K.context[static_cast<int>(ContextClass::kSport)];
  const bool sport = std::any_of(ctx.begin(), ctx.end(), [&](const Val& v) { return v.h == sport_class.h; });
  auto at = [&](const std::vector<Val>& v, ptrdiff_t j, const Val& outside) -> const Val& {
    return j < 0 || j >= static_cast<ptrdiff_t>(n) ? outside : v[static_cast<size_t>(j)];
  };
  const geo::Gazetteer& gaz = geo::Gazetteer::get();
  auto& memo = gazetteer_memo();
  mark_matches(fstem, fkey, fstem_h, fkey_h, s, gaz.max_words(), [&](uint64_t h, size_t words, const auto& build) -> uint8_t {
    auto [answer, seen] = memo.find_or_add(h);
    if (seen) return *answer;
    std::string phrase = build();
    uint8_t v = 0;
    if (!gaz.lookup(phrase).empty())
      // A one-word name that is mostly an ordinary word («أمل») is weaker evidence: say so.
      v = words == 1 && (gaz.not_a_place(phrase) || gaz.name_use(phrase).mostly_word()) ? 2 : 1;
    *answer = v;
    return v;
  }, [&](size_t i, int variant) { return gz_begins[2 * i + static_cast<size_t>(variant)] != 0; }, gz, gzbits);
  mark_matches(fstem, fkey, fstem_h, fkey_h, s, lists_.max_words, [&](uint64_t h, size_t, const auto&) -> uint8_t {
    auto it = lists_.by_hash.find(h);
    return it == lists_.by_hash.end() ? 0 : it->second;
  }, [&](size_t i, int variant) {
    return lists_.begins_by_hash.count(phrase_hash(0, variant == 0 ? fkey_h[i] : fstem_h[i])) > 0;
  }, al, albits);
  for (size_t i = 0; i < n; ++i) gzv[i] = !gz[i] ? K.gz_none : gz[i] == 'I' ? K.gz_i : gzbits[i] == 2 ? K.gz_bw : K.gz_b;
  for (size_t i = 0; i < n; ++i) lexv[i] = K.lex[lex[i] + 1];

  for (size_t i = 0; i < n; ++i) {
    sink.begin(i);
    const TokenText& t = s[i];
    const auto si = static_cast<ptrdiff_t>(i);
    // The token's own features (up to cc_lex): a sink that knows their sum for this word skips them.
    if (!sink.known_local(*facts[i])) {
    sink(N.bias);
    sink(N.k, key[i]);
    sink(N.s, stem[i]);
    sink(N.p, prefix[i]);
    sink(N.kind, K.kind[static_cast<int>(t.kind)]);
    if (t.kind == TokenKind::kWord || t.kind == TokenKind::kLatin) {
      boundaries(t.key, kb);
      boundaries(t.stem, sb);
      for (size_t m = 1; m <= 4; ++m) {
        if (kb.size() > m + 1) {  // only true affixes: the whole word is already a feature
          sink(N.kp[m], val(t.key.substr(0, kb[m])));
          sink(N.ks[m], val(t.key.substr(kb[kb.size() - 1 - m])));
        }
        if (sb.size() > m + 1 && t.stem.size() != t.key.size()) {
          sink(N.sp[m], val(t.stem.substr(0, sb[m])));
          sink(N.ss[m], val(t.stem.substr(sb[sb.size() - 1 - m])));
        }
      }
      const Val& len = K.len[std::min<size_t>(sb.size() - 1, 10)];
      sink(N.len, len);
      int run = vowel_run(t.stem);
      if (run >= 2) sink(N.vr, run >= 3 ? K.vr3 : K.vr2);
      sink(N.lex, lexv[i]);
      sink(N.lex_len, lexv[i], len);
      sink(N.lex_p, lexv[i], prefix[i]);
      if (t.kind == TokenKind::kLatin) {
        // Upper-case initials and acronyms are names («CNN», «Reuters»); lower case seldom.
        shape = latin_shape(t.surface);
        sink(N.shape, val(shape));
      }
    }
    // Clusters of the word and its neighbours: a handle on words the labelled data lacks.
    sink(N.cf, cf[i]);
    sink(N.cc, cc[i]);
    sink(N.cc_lex, cc[i], lexv[i]);
    if (nisba[i]) sink(N.nb, K.lex[2]);
    sink.end_local(*facts[i]);
    }
    sink(N.cf_m1, at(cf, si - 1, K.cl_edge));
    sink(N.cf_p1, at(cf, si + 1, K.cl_edge));
    sink(N.cc3, at(cc, si - 1, K.cl_edge), cc[i], at(cc, si + 1, K.cl_edge));
    // Gazetteer and lists: where a match starts or continues, and how trustworthy it is.
    sink(N.gz, gzv[i]);
    sink(N.gz2, at(gzv, si - 1, K.gz_none), gzv[i]);
    sink(N.gz_p1, at(gzv, si + 1, K.gz_none));
    if (al[i])
      for (int b = 0; b < 3; ++b)
        if (albits[i] & (1u << b)) sink(N.al, al[i] == 'B' ? K.al_b[b] : K.al_i[b]);
    // Context: titles and roles before («الرئيس», «وزير»), heads of organisations («حزب»),
    // place prepositions («في», «إلى»), speech verbs after («قال»).
    const Val& k1 = at(key, si - 1, K.bos);
    const Val& k2 = at(key, si - 2, K.bos);
    sink(N.k_m1, k1);
    sink(N.k_m2, k2);
    sink(N.k_p1, at(key, si + 1, K.eos));
    sink(N.k_p2, at(key, si + 2, K.eos));
    sink(N.s_m1, at(stem, si - 1, K.bos));
    sink(N.s_p1, at(stem, si + 1, K.eos));
    sink(N.k2k1, k2, k1);
    sink(N.k1s, k1, stem[i]);
    sink(N.sk1, stem[i], at(key, si + 1, K.eos));
    // An unknown word right after a title is the foreign-name pattern of the issue.
    sink(N.k1lex, k1, lexv[i]);
    sink(N.lex3, at(lexv, si - 1, K.lex_edge), lexv[i], at(lexv, si + 1, K.lex_edge));
    // Classes of the words around (data/ner/context_words.tsv): the same evidence for a title,
    // a team's head or a speech verb the labelled data showed seldom. «منتخب» before a place
    // name, or «قناة» before one, is the metonymy of the issue: a team, an outlet.
    const Val& c1 = at(ctx, si - 1, K.ctx_edge);
    sink(N.c, ctx[i]);
    sink(N.c_m1, c1);
    sink(N.c_m2, at(ctx, si - 2, K.ctx_edge));
    sink(N.c_p1, at(ctx, si + 1, K.ctx_edge));
    sink(N.c_m1_lex, c1, lexv[i]);
    sink(N.c_m1_gz, c1, gzv[i]);
    sink(N.c_m1_cc, c1, cc[i]);
    sink(N.c_p1_lex, at(ctx, si + 1, K.ctx_edge), lexv[i]);
    // A nationality adjective before a name («البرازيلي فلان») or after it («فلان الإنجليزي»),
    // paired with the lexicon answer: an unknown word beside one is a name.
    if (i > 0 && nisba[i - 1]) sink(N.nb_m1, lexv[i]);
    if (i + 1 < n && nisba[i + 1]) sink(N.nb_p1, lexv[i]);
    if (sport && is_wordish(t.kind)) {
      sink(N.sport_gz, gzv[i]);
      sink(N.sport_cc, cc[i]);
      sink(N.sport_lex, lexv[i]);
    }
  }
}

namespace {
// A feature's id: its name's hash folded with its values' (a feature without values, «bias», is
// its name's hash, as feature_id reads it). The sinks take the values as arguments, not a list:
// inlined, nothing is copied.
template <class... V>
uint64_t feature_of(const Name& name, const V&... vals) {
  uint64_t h = name.h;
  ((h = phrase_hash(h, vals.h)), ...);
  return h;
}

struct HashSink {
  std::vector<std::vector<uint64_t>>& out;
  size_t at = 0;
  void begin(size_t i) { at = i; out[i].clear(); }
  bool known_local(WordFacts&) { return false; }
  void end_local(WordFacts&) {}
  template <class... V>
  void operator()(const Name& name, const V&... vals) {
    out[at].push_back(feature_of(name, vals...));  // a feature without values («bias») is its name's hash, as feature_id reads it
  }
};
struct StringSink {
  std::vector<std::vector<std::string>>& out;
  size_t at = 0;
  void begin(size_t i) { at = i; }
  bool known_local(WordFacts&) { return false; }
  void end_local(WordFacts&) {}
  template <class... V>
  void operator()(const Name& name, const V&... vals) {
    std::string f(name.s);
    bool first = true;
    for (const Val* v : std::array<const Val*, sizeof...(V)>{&vals...}) {
      if (!first) f += '|';
      f += v->s;
      first = false;
    }
    out[at].push_back(std::move(f));
  }
};
// A row not yet looked up in a table of rows (nullptr is a feature the model lacks).
const float kUnsetRow[1] = {0.f};

// Per thread, the rows of the features of small-domain values under one model: a table per
// dense slot (Names::dense), and the rows of the word slots when a sentence bound fills them.
struct DenseRows {
  uint64_t model = 0;
  const float* model_rows = nullptr;
  std::array<std::vector<const float*>, kDenseSlots> dense;
  std::array<const float*, kWordRows * dom::kBounds> bounds{};
  void use(const Model& m) {
    if (model == m.instance() && model_rows == m.rows_data()) return;
    model = m.instance();
    model_rows = m.rows_data();
    const auto by_slot = names().dense();
    for (size_t d = 0; d < kDenseSlots; ++d) dense[d].assign(by_slot[d]->cells(), kUnsetRow);
    bounds.fill(kUnsetRow);
  }
};

// The summed rows of a word type's own features under one model are kept with the word's facts
// (per thread): news repeats its words, and these are half of each token's features. The
// context features' rows come from tables (DenseRows, WordFacts::rows); the sums are made in
// extract()'s order all the same, so they equal Model::decode()'s to the bit.
struct EmitSink {
  const Model& model;
  std::vector<float>& emit;
  DenseRows& tables;
  size_t at = 0;
  float* out = nullptr;  // emit's row of token `at`
  void begin(size_t i) {
    at = i;
    out = emit.data() + i * kTags;
  }
  void use(WordFacts& f) {
    if (f.model == model.instance() && f.model_rows == model.rows_data()) return;
    f.model = model.instance();
    f.model_rows = model.rows_data();
    f.has_local = false;
    f.rows.fill(kUnsetRow);
  }
  bool known_local(WordFacts& f) {
    use(f);
    if (!f.has_local) return false;
    std::copy(f.local.begin(), f.local.end(), emit.begin() + static_cast<ptrdiff_t>(at * kTags));
    return true;
  }
  void end_local(WordFacts& f) {
    std::copy_n(emit.begin() + static_cast<ptrdiff_t>(at * kTags), kTags, f.local.begin());
    f.has_local = true;
  }
  // Inlined in run(): a feature costs a table read and the adds. Look-ups by hash stay out of line.
  [[gnu::noinline]] const float* hashed(uint64_t feature) { return model.row(feature); }
  template <class... V>
  [[gnu::always_inline]] const float* row_of(const Name& name, const V&... vals) {
    if constexpr (sizeof...(V) == 0) {
      return hashed(name.h);  // «bias»
    } else {
      const Val* vs[] = {&vals...};
      const float** cell = nullptr;
      switch (name.lookup) {
        case Lookup::kHashed:
          return hashed(feature_of(name, vals...));
        case Lookup::kDense: {
          size_t ix = 0, d = 0;
          ((ix = ix * name.dims[d++] + vals.id), ...);
          cell = &tables.dense[name.slot][ix];
          break;
        }
        case Lookup::kWord: {
          const Val& w = *vs[0];
          size_t slot = name.slot;
          if constexpr (sizeof...(V) > 1) slot += vs[1]->id;  // the lexicon answer after the word
          if (w.word) {
            use(*w.word);
            cell = &w.word->rows[slot];
          } else {
            cell = &tables.bounds[slot * dom::kBounds + w.id];
          }
          break;
        }
      }
      if (*cell == kUnsetRow) [[unlikely]] *cell = hashed(feature_of(name, vals...));
      return *cell;
    }
  }
  template <class... V>
  [[gnu::always_inline]] void operator()(const Name& name, const V&... vals) {
    if (const float* w = row_of(name, vals...))
    {
      // Through a local copy: the compiler need not fear that the row and emit overlap, and adds
      // whole vectors. Each score still gets the same additions in the same order.
      std::array<float, kTags> add;
      std::memcpy(add.data(), w, sizeof add);
      for (int t = 0; t < kTags; ++t) out[t] += add[static_cast<size_t>(t)];
    }
  }
};
}  // namespace

void FeatureExtractor::emissions(std::span<const TokenText> sentence, const Model& model, std::vector<float>& emit) const {
  thread_local DenseRows tables;
  tables.use(model);
  emit.assign(sentence.size() * kTags, 0.f);
  run(sentence, EmitSink{model, emit, tables});
}

void FeatureExtractor::extract(std::span<const TokenText> sentence, std::vector<std::vector<uint64_t>>& out) const {
  out.resize(sentence.size());
  run(sentence, HashSink{out});
}

std::vector<std::vector<std::string>> FeatureExtractor::extract_strings(std::span<const TokenText> sentence) const {
  std::vector<std::vector<std::string>> out(sentence.size());
  run(sentence, StringSink{out});
  return out;
}

}  // namespace rasd::actors::ner

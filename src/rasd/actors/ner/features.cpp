#include "rasd/actors/ner/features.h"

#include <algorithm>
#include <mutex>
#include <shared_mutex>

#include "rasd/actors/ner/clusters.h"
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

const char* length_bucket(size_t cps) {
  static const char* names[] = {"0", "1", "2", "3", "4", "5", "6", "7", "8-9", "8-9", "10+"};
  return names[std::min<size_t>(cps, 10)];
}

struct LexiconCache {
  std::shared_mutex mu;
  std::unordered_map<std::string, bool> known;
};

LexiconCache& lexicon_cache() {
  static LexiconCache cache;
  return cache;
}

// Marks spans of the sentence that a dictionary knows, longest match first, left to right:
// tag[i] = 'B' or 'I' (0 outside); `bits` collects the dictionary's answer for the span.
template <class Lookup>
void mark_matches(const std::vector<std::string>& first_keys, const std::vector<std::string>& keys,
                  std::span<const TokenText> s, size_t max_words, Lookup&& lookup, std::vector<char>& tag,
                  std::vector<uint8_t>& bits) {
  tag.assign(s.size(), 0);
  bits.assign(s.size(), 0);
  std::string key;
  for (size_t i = 0; i < s.size();) {
    size_t found = 0;
    uint8_t value = 0;
    if (is_wordish(s[i].kind)) {
      size_t limit = std::min({max_words, kMaxMatchWords, s.size() - i});
      for (size_t n = limit; n >= 1 && !found; --n) {
        bool ok = true;
        for (size_t k = i; k < i + n; ++k) ok = ok && is_wordish(s[k].kind);
        if (!ok) continue;
        // Try the first word as written, then without its proclitics («وبغداد» -> «بغداد»).
        for (int variant = 0; variant < 2 && !found; ++variant) {
          const std::string& head = variant == 0 ? keys[i] : first_keys[i];
          if (variant == 1 && head == keys[i]) break;
          key = head;
          for (size_t k = i + 1; k < i + n; ++k) (key += ' ') += keys[k];
          if (uint8_t v = lookup(key, n)) { found = n; value = v; }
        }
      }
    }
    if (!found) { ++i; continue; }
    for (size_t k = i; k < i + found; ++k) { tag[k] = k == i ? 'B' : 'I'; bits[k] = value; }
    i += found;
  }
}

}  // namespace

uint64_t feature_hash(std::string_view s) {
  // FNV-1a, then a final mix (splitmix64) so near-identical strings spread over the table.
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) { h ^= c; h *= 1099511628211ull; }
  h ^= h >> 30; h *= 0xbf58476d1ce4e5b9ull;
  h ^= h >> 27; h *= 0x94d049bb133111ebull;
  return h ^ (h >> 31);
}

void NameLists::add(std::string_view name, uint8_t type_bit) {
  std::string key = geo::place_key(name);
  if (key.empty()) return;
  entries[key] |= type_bit;
  max_words = std::max<size_t>(max_words, static_cast<size_t>(std::count(key.begin(), key.end(), ' ')) + 1);
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
  std::string surface(t.surface);
  {
    std::shared_lock lock(cache.mu);
    auto it = cache.known.find(surface);
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
  cache.known.emplace(std::move(surface), known);
  return known;
}

template <class Sink>
void FeatureExtractor::run(std::span<const TokenText> s, Sink&& sink) const {
  const size_t n = s.size();
  // Per-token facts the context features reuse.
  std::vector<std::string> fkey(n), fstem(n);
  std::vector<signed char> lex(n, -1);  // -1 not a word, 0 unknown, 1 known
  for (size_t i = 0; i < n; ++i) {
    fkey[i] = geo::fold_taa(s[i].key);
    fstem[i] = geo::fold_taa(s[i].stem);
    if (s[i].kind == TokenKind::kWord) lex[i] = lexicon_known(s[i]) ? 1 : 0;
  }
  // Word clusters (by stem for words, key otherwise, as tools/ner_clusters.cpp saw them).
  const WordClusters& wc = WordClusters::get();
  std::vector<std::string> cf(n), cc(n);
  for (size_t i = 0; i < n; ++i) {
    if (!is_wordish(s[i].kind)) { cf[i] = cc[i] = "x"; continue; }
    Cluster c = wc.of(s[i].kind == TokenKind::kWord ? s[i].stem : s[i].key);
    cf[i] = c.fine < 0 ? "-" : std::to_string(c.fine);
    cc[i] = c.coarse < 0 ? "-" : std::to_string(c.coarse);
  }
  auto cluster_at = [&](const std::vector<std::string>& v, ptrdiff_t j) -> std::string_view {
    return j < 0 || j >= static_cast<ptrdiff_t>(n) ? "b" : std::string_view(v[static_cast<size_t>(j)]);
  };
  const geo::Gazetteer& gaz = geo::Gazetteer::get();
  std::vector<char> gz, al;
  std::vector<uint8_t> gzbits, albits;
  mark_matches(fstem, fkey, s, gaz.max_words(), [&](const std::string& key, size_t words) -> uint8_t {
    if (gaz.lookup(key).empty()) return 0;
    // A one-word name that is mostly an ordinary word («أمل») is weaker evidence: say so.
    if (words == 1 && (gaz.not_a_place(key) || gaz.name_use(key).mostly_word())) return 2;
    return 1;
  }, gz, gzbits);
  mark_matches(fstem, fkey, s, lists_.max_words, [&](const std::string& key, size_t) -> uint8_t {
    auto it = lists_.entries.find(key);
    return it == lists_.entries.end() ? 0 : it->second;
  }, al, albits);

  std::string f;
  std::vector<uint32_t> kb, sb;
  auto word = [&](ptrdiff_t j, bool stem) -> std::string_view {
    if (j < 0) return "<s>";
    if (j >= static_cast<ptrdiff_t>(n)) return "</s>";
    return stem ? s[static_cast<size_t>(j)].stem : s[static_cast<size_t>(j)].key;
  };
  auto emit = [&](std::string_view a, std::string_view b = {}, std::string_view c = {}) {
    f.assign(a);
    f += b;
    f += c;
    sink(f);
  };
  auto gz_name = [&](ptrdiff_t j) -> std::string_view {
    if (j < 0 || j >= static_cast<ptrdiff_t>(n) || !gz[static_cast<size_t>(j)]) return "-";
    size_t u = static_cast<size_t>(j);
    return gz[u] == 'B' ? (gzbits[u] == 2 ? "Bw" : "B") : "I";
  };
  const char* lex_name[] = {"x", "0", "1"};

  for (size_t i = 0; i < n; ++i) {
    sink.begin(i);
    const TokenText& t = s[i];
    const auto si = static_cast<ptrdiff_t>(i);
    emit("bias");
    emit("k=", t.key);
    emit("s=", t.stem);
    std::string_view prefix = t.key.substr(0, t.key.size() - std::min(t.key.size(), t.stem.size()));
    emit("p=", prefix);
    switch (t.kind) {
      case TokenKind::kWord: emit("kind=w"); break;
      case TokenKind::kLatin: emit("kind=lat"); break;
      case TokenKind::kNumber: emit("kind=num"); break;
      case TokenKind::kPunct: emit("kind=punct"); break;
      case TokenKind::kSymbol: emit("kind=sym"); break;
    }
    if (t.kind == TokenKind::kWord || t.kind == TokenKind::kLatin) {
      boundaries(t.key, kb);
      boundaries(t.stem, sb);
      static const char* kp[] = {"", "kp1=", "kp2=", "kp3=", "kp4="}, *ks[] = {"", "ks1=", "ks2=", "ks3=", "ks4="};
      static const char* sp[] = {"", "sp1=", "sp2=", "sp3=", "sp4="}, *ss[] = {"", "ss1=", "ss2=", "ss3=", "ss4="};
      for (size_t m = 1; m <= 4; ++m) {
        if (kb.size() > m + 1) {  // only true affixes: the whole word is already a feature
          emit(kp[m], t.key.substr(0, kb[m]));
          emit(ks[m], t.key.substr(kb[kb.size() - 1 - m]));
        }
        if (sb.size() > m + 1 && t.stem.size() != t.key.size()) {
          emit(sp[m], t.stem.substr(0, sb[m]));
          emit(ss[m], t.stem.substr(sb[sb.size() - 1 - m]));
        }
      }
      const char* len = length_bucket(sb.size() - 1);
      emit("len=", len);
      int run = vowel_run(t.stem);
      if (run >= 2) emit("vr=", run >= 3 ? "3+" : "2");
      emit("lex=", lex_name[lex[i] + 1]);
      emit("lex|len=", lex_name[lex[i] + 1], len);
      emit("lex|p=", lex_name[lex[i] + 1], prefix);
    }
    // Clusters of the word and its neighbours: a handle on words the labelled data lacks.
    emit("cf=", cf[i]);
    emit("cc=", cc[i]);
    emit("cc|lex=", cc[i], lex_name[lex[i] + 1]);
    emit("cf-1=", cluster_at(cf, si - 1));
    emit("cf+1=", cluster_at(cf, si + 1));
    emit("cc-1|cc|cc+1=", cluster_at(cc, si - 1), std::string("|").append(cc[i]).append("|").append(cluster_at(cc, si + 1)));
    // Gazetteer and lists: where a match starts or continues, and how trustworthy it is.
    emit("gz=", gz_name(si));
    emit("gz-1|gz=", gz_name(si - 1), gz_name(si));
    emit("gz+1=", gz_name(si + 1));
    if (al[i]) {
      static const char* types[] = {"PER", "ORG", "LOC"};
      for (int b = 0; b < 3; ++b)
        if (albits[i] & (1u << b)) emit(al[i] == 'B' ? "al=B" : "al=I", types[b]);
    }
    // Context: titles and roles before («الرئيس», «وزير»), heads of organisations («حزب»),
    // place prepositions («في», «إلى»), speech verbs after («قال»).
    emit("k-1=", word(si - 1, false));
    emit("k-2=", word(si - 2, false));
    emit("k+1=", word(si + 1, false));
    emit("k+2=", word(si + 2, false));
    emit("s-1=", word(si - 1, true));
    emit("s+1=", word(si + 1, true));
    emit("k-2|k-1=", word(si - 2, false), std::string("|").append(word(si - 1, false)));
    emit("k-1|s=", word(si - 1, false), std::string("|").append(t.stem));
    emit("s|k+1=", t.stem, std::string("|").append(word(si + 1, false)));
    // An unknown word right after a title is the foreign-name pattern of the issue.
    emit("k-1|lex=", word(si - 1, false), lex_name[lex[i] + 1]);
    auto lex_at = [&](ptrdiff_t j) { return j < 0 || j >= static_cast<ptrdiff_t>(n) ? "b" : lex_name[lex[static_cast<size_t>(j)] + 1]; };
    emit("lex-1|lex|lex+1=", lex_at(si - 1), std::string(lex_at(si)).append(lex_at(si + 1)));
  }
}

namespace {
struct HashSink {
  std::vector<std::vector<uint64_t>>& out;
  size_t at = 0;
  void begin(size_t i) { at = i; out[i].clear(); }
  void operator()(const std::string& f) { out[at].push_back(feature_hash(f)); }
};
struct StringSink {
  std::vector<std::vector<std::string>>& out;
  size_t at = 0;
  void begin(size_t i) { at = i; }
  void operator()(const std::string& f) { out[at].push_back(f); }
};
}  // namespace

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

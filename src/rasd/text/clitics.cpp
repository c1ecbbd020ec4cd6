#include "rasd/text/clitics.h"

#include <charconv>
#include <cstdint>
#include <cstring>
#include <unordered_map>

#include "rasd/core/hash.h"
#include "rasd/core/table.h"
#include "rasd/text/utf8.h"

namespace rasd::text {
namespace {

enum Slot { kConj = 0, kPrep = 1, kArticle = 2, kPron = 3 };

struct Clitic {
  std::string_view form;
  int slot;       // kPrep covers the future س too: they exclude each other
  size_t min_stem;
  bool future = false;
  size_t letters = code_points(form);  // the form's length in letters, counted once
};

// proclitic_stem's view of a proclitic slot: no future marker, and the لل case marked once.
struct StemClitic {
  std::string_view form;
  size_t min_stem;
  bool lam;  // the preposition ل, which also reads لل (ل + ال)
};

struct Lexicon {
  std::vector<Clitic> pro[3];
  std::vector<Clitic> pron;
  std::vector<StemClitic> stem_pro[3];
  // Per slot, the first two bytes of its stem_pro forms: a word whose first two bytes start
  // none of them takes nothing from that slot (most words, at most slots). Unset when a slot has
  // a form shorter than two bytes: then every form is tried.
  std::vector<bool> stem_pro_start[3];
  // The first two bytes of every proclitic and the last two of every enclitic: a word that starts
  // with none and ends with none has only its unsegmented reading (most words of a text). Empty
  // when some form is shorter than two bytes: then every word is analysed.
  std::vector<bool> any_start, any_end;
};

size_t two_bytes(std::string_view s, size_t at) {
  return static_cast<size_t>(static_cast<unsigned char>(s[at])) << 8 | static_cast<unsigned char>(s[at + 1]);
}

const Lexicon& lexicon() {
  static const Lexicon lex = [] {
    Lexicon l;
    const auto& t = data::table("text/clitics");
    for (size_t i = 0; i < t.rows(); ++i) {
      std::string_view slot = t.get(i, "slot");
      size_t min_stem = 2;
      std::string_view m = t.get(i, "min_stem");
      std::from_chars(m.data(), m.data() + m.size(), min_stem);
      std::string_view form = t.get(i, "form");
      if (slot == "conj") l.pro[kConj].push_back({form, kConj, min_stem});
      else if (slot == "prep") l.pro[kPrep].push_back({form, kPrep, min_stem});
      else if (slot == "future") l.pro[kPrep].push_back({form, kPrep, min_stem, true});
      else if (slot == "article") l.pro[kArticle].push_back({form, kArticle, min_stem});
      else if (slot == "pron") l.pron.push_back({form, kPron, min_stem});
    }
    for (int slot = kConj; slot <= kArticle; ++slot)
      for (const Clitic& c : l.pro[slot])
        if (!c.future) l.stem_pro[slot].push_back({c.form, c.min_stem, slot == kPrep && c.form == "\xD9\x84"});
    for (int slot = kConj; slot <= kArticle; ++slot) {
      std::vector<bool> start(1 << 16, false);
      bool usable = true;
      for (const StemClitic& c : l.stem_pro[slot]) {
        if (c.form.size() < 2) usable = false;
        else start[static_cast<unsigned char>(c.form[0]) << 8 | static_cast<unsigned char>(c.form[1])] = true;
      }
      if (usable) l.stem_pro_start[slot] = std::move(start);
    }
    std::vector<bool> start(1 << 16, false), end(1 << 16, false);
    bool usable = true;
    for (int slot = kConj; slot <= kArticle; ++slot)
      for (const Clitic& c : l.pro[slot])
        if (c.form.size() < 2) usable = false;
        else start[two_bytes(c.form, 0)] = true;
    for (const Clitic& c : l.pron)
      if (c.form.size() < 2) usable = false;
      else end[two_bytes(c.form, c.form.size() - 2)] = true;
    if (usable) {
      l.any_start = std::move(start);
      l.any_end = std::move(end);
    }
    return l;
  }();
  return lex;
}

// Byte loops rather than memcmp calls: the forms are two to six bytes and compared millions of times.
bool same_bytes(const char* a, const char* b, size_t n) {
  for (size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}
bool starts_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && same_bytes(s.data(), p.data(), p.size());
}
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && same_bytes(s.data() + s.size() - p.size(), p.data(), p.size());
}

// code_points(s) >= n, stopping as soon as it is known.
bool at_least_letters(std::string_view s, size_t n) {
  if (n == 0) return true;
  size_t k = 0;
  for (char c : s)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80 && ++k >= n) return true;
  return false;
}

constexpr std::string_view kLam = "\xD9\x84";         // ل
constexpr std::string_view kLamLam = "\xD9\x84\xD9\x84";  // لل = ل + ال with the alef dropped

void compute_analyses(std::string_view key, std::vector<CliticAnalysis>& out) {
  const Lexicon& lex = lexicon();
  // Proclitic prefixes: choose at most one per slot, in order. The buffer is reused: this runs
  // for every reading of every word, and the function does not re-enter itself.
  struct Pre { size_t len; bool article; size_t min_stem; bool future; };
  thread_local std::vector<Pre> prefixes;
  prefixes.clear();
  prefixes.push_back({0, false, 0, false});
  for (int slot = kConj; slot <= kArticle; ++slot) {
    size_t n = prefixes.size();
    for (size_t i = 0; i < n; ++i) {
      if (prefixes[i].article) continue;  // nothing follows the article
      std::string_view rest = key.substr(prefixes[i].len);
      for (const Clitic& c : lex.pro[slot]) {
        if (starts_with(rest, c.form))
          prefixes.push_back({prefixes[i].len + c.form.size(), slot == kArticle, c.min_stem,
                              prefixes[i].future || c.future});
        // لل: the preposition ل before the article loses the article's alef.
        if (slot == kPrep && c.form == kLam && starts_with(rest, kLamLam))
          prefixes.push_back({prefixes[i].len + kLamLam.size(), true, 2, false});
      }
    }
  }
  for (const Pre& p : prefixes) {
    std::string_view stem = key.substr(p.len);
    size_t stem_letters = code_points(stem);  // once per prefix, not once per pronoun
    if (p.len && stem_letters < p.min_stem) continue;
    out.push_back({key.substr(0, p.len), stem, {}, p.article, p.future});
    for (const Clitic& c : lex.pron) {
      if (ends_with(stem, c.form) && stem_letters - c.letters >= c.min_stem)
        out.push_back({key.substr(0, p.len), stem.substr(0, stem.size() - c.form.size()),
                       stem.substr(stem.size() - c.form.size()), p.article, p.future});
    }
  }
}

CliticCut cut_of(const CliticAnalysis& a) {
  return {static_cast<uint8_t>(a.prefix.size()), static_cast<uint8_t>(a.suffix.size()), a.article, a.future};
}

// Remembered per word form and thread (bounded): the same words are analysed by the quantity,
// date, place, actor and trigger stages, many times each, and most recur across articles.
// Null for a key too long to remember: the caller computes it.
constexpr size_t kMaxKeyBytes = 64;  // longer keys are rare: computed each time
const std::vector<CliticCut>* remembered_cuts(std::string_view key) {
  constexpr size_t kMaxForms = 1 << 14;
  // A word no clitic can begin or end reads whole: no look-up (the لل of ل + ال starts as ل does).
  const Lexicon& lex = lexicon();
  static const std::vector<CliticCut> whole{CliticCut{}};
  if (!lex.any_start.empty() &&
      (key.size() < 2 || (!lex.any_start[two_bytes(key, 0)] && !lex.any_end[two_bytes(key, key.size() - 2)])))
    return &whole;
  if (key.size() > kMaxKeyBytes) return nullptr;
  thread_local StringMap<std::vector<CliticCut>> memo;
  auto it = memo.find(key);
  if (it == memo.end()) {
    thread_local std::vector<CliticAnalysis> fresh;  // not re-entered: compute_analyses calls nothing here
    fresh.clear();
    compute_analyses(key, fresh);
    std::vector<CliticCut> cuts;
    cuts.reserve(fresh.size());
    for (const CliticAnalysis& a : fresh) cuts.push_back(cut_of(a));
    if (memo.size() >= kMaxForms) memo.clear();
    it = memo.emplace(std::string(key), std::move(cuts)).first;
  }
  return &it->second;
}

void append_cuts(std::string_view key, const std::vector<CliticCut>& cuts, std::vector<CliticAnalysis>& out) {
  for (const CliticCut& c : cuts) out.push_back(reading_of(key, c));
}

}  // namespace

void append_clitic_cuts(std::string_view key, std::vector<CliticCut>& out) {
  if (const std::vector<CliticCut>* cuts = remembered_cuts(key)) {
    out.insert(out.end(), cuts->begin(), cuts->end());
    return;
  }
  thread_local std::vector<CliticAnalysis> fresh;  // not re-entered: compute_analyses calls nothing here
  fresh.clear();
  compute_analyses(key, fresh);
  for (const CliticAnalysis& a : fresh) out.push_back(cut_of(a));
}

void append_clitic_analyses(std::string_view key, std::vector<CliticAnalysis>& out) {
  if (const std::vector<CliticCut>* cuts = remembered_cuts(key)) append_cuts(key, *cuts, out);
  else compute_analyses(key, out);
}

std::vector<CliticAnalysis> analyse_clitics(std::string_view key) {
  std::vector<CliticAnalysis> out;
  if (const std::vector<CliticCut>* cuts = remembered_cuts(key)) {
    out.reserve(cuts->size());  // one allocation for the returned vector
    append_cuts(key, *cuts, out);
  } else {
    compute_analyses(key, out);
  }
  return out;
}

std::string_view proclitic_stem(std::string_view key) {
  // Greedy, slot by slot, without building every analysis: this runs on every token, and several
  // times per token in the trigger finder.
  const Lexicon& lex = lexicon();
  std::string_view rest = key;
  for (int slot = kConj; slot <= kArticle; ++slot) {
    const std::vector<bool>& start = lex.stem_pro_start[slot];
    if (!start.empty() &&
        (rest.size() < 2 || !start[static_cast<unsigned char>(rest[0]) << 8 | static_cast<unsigned char>(rest[1])]))
      continue;
    for (const StemClitic& c : lex.stem_pro[slot]) {
      if (c.lam && starts_with(rest, kLamLam) && at_least_letters(rest.substr(kLamLam.size()), 2))
        return rest.substr(kLamLam.size());  // لل: preposition and article together
      if (starts_with(rest, c.form) && at_least_letters(rest.substr(c.form.size()), c.min_stem)) {
        rest.remove_prefix(c.form.size());
        break;
      }
    }
  }
  return rest;
}

}  // namespace rasd::text

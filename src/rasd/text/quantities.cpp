#include "rasd/text/quantities.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "rasd/core/hash.h"
#include "rasd/core/table.h"
#include "rasd/text/clitics.h"
#include "rasd/text/normalize.h"
#include "rasd/text/token_readings.h"
#include "rasd/text/utf8.h"

namespace rasd::text {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// ---- the tables ---------------------------------------------------------------------------
enum class Kind : uint8_t { kUnit, kTen, kTens, kHundred, kScale, kVague };
enum class Alone : uint8_t { kExact, kVague, kNo };

struct NumberWord {
  double value = 0;
  Kind kind = Kind::kUnit;
  Alone alone = Alone::kExact;
  bool article = true;
  std::optional<double> max;
  // Only «مئة» and the powers of 1000 multiply the number before them; a dual («ألفين») is a value.
  bool multiplier() const {
    return (kind == Kind::kHundred && value == 100) ||
           (kind == Kind::kScale && (value == 1e3 || value == 1e6 || value == 1e9 || value == 1e12));
  }
};

enum class Pos : uint8_t { kBefore, kAfter, kRangeOpen, kRangeMid };

struct Phrase {
  std::vector<std::string> words;  // normalised keys
  std::optional<Qualifier> qualifier;
  Pos pos = Pos::kBefore;
  std::string unit;
  double lo = -kInf, hi = kInf;    // the unit applies to an integer in lo..hi
  bool bounded = false;
  bool in_span = true;
  uint32_t groups = 0;             // range groups, bit 0 = "none"
};

// Taa marbuta folded so «ثلاثه» finds «ثلاثة»; the token keys keep it, so we fold both sides here.
std::string fold(std::string_view key) {
  std::string out(key);
  for (size_t i = 0; i + 1 < out.size(); ++i)
    if (out[i] == '\xD8' && out[i + 1] == '\xA9') out[i] = '\xD9', out[i + 1] = '\x87';
  return out;
}

double to_double(std::string_view s) {
  double v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

std::vector<std::string> split_words(std::string_view s) {
  std::vector<std::string> out;
  std::string key = normalize_key(s);
  size_t i = 0;
  while (i < key.size()) {
    size_t j = key.find(' ', i);
    if (j == std::string::npos) j = key.size();
    if (j > i) out.push_back(key.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

struct Lexicon {
  StringMap<NumberWord> words;
  std::vector<Phrase> phrases;
};

const Lexicon& lexicon() {
  static const Lexicon lex = [] {
    Lexicon l;
    const auto& nw = data::table("text/number_words");
    for (size_t r = 0; r < nw.rows(); ++r) {
      NumberWord w;
      w.value = to_double(nw.get(r, "value"));
      std::string_view k = nw.get(r, "kind");
      w.kind = k == "unit" ? Kind::kUnit : k == "ten" ? Kind::kTen : k == "tens" ? Kind::kTens
             : k == "hundred" ? Kind::kHundred : k == "scale" ? Kind::kScale : Kind::kVague;
      std::string_view a = nw.get(r, "alone");
      w.alone = a == "no" ? Alone::kNo : a == "vague" ? Alone::kVague : Alone::kExact;
      w.article = nw.get(r, "article") != "no";
      if (!nw.get(r, "max").empty()) w.max = to_double(nw.get(r, "max"));
      l.words.emplace(fold(normalize_key(nw.get(r, "word"))), w);
    }
    const auto& qt = data::table("text/quantity_qualifiers");
    std::vector<std::string> group_names{"none"};
    for (size_t r = 0; r < qt.rows(); ++r) {
      Phrase p;
      p.words = split_words(qt.get(r, "phrase"));
      std::string_view q = qt.get(r, "qualifier");
      if (q == "approx") p.qualifier = Qualifier::kApprox;
      else if (q == "at_least") p.qualifier = Qualifier::kAtLeast;
      else if (q == "at_most") p.qualifier = Qualifier::kAtMost;
      else if (q == "range") p.qualifier = Qualifier::kRange;
      std::string_view pos = qt.get(r, "position");
      p.pos = pos == "after" ? Pos::kAfter : pos == "range_open" ? Pos::kRangeOpen
            : pos == "range_mid" ? Pos::kRangeMid : Pos::kBefore;
      p.unit = std::string(qt.get(r, "unit"));
      std::string_view vals = qt.get(r, "values");
      if (size_t dots = vals.find(".."); dots != std::string_view::npos) {
        p.bounded = true;
        p.lo = to_double(vals.substr(0, dots));
        p.hi = to_double(vals.substr(dots + 2));
      }
      p.in_span = qt.get(r, "in_span") != "no";
      std::string_view g = qt.get(r, "range");
      while (!g.empty()) {
        size_t bar = g.find('|');
        std::string name(g.substr(0, bar));
        size_t bit = 0;
        while (bit < group_names.size() && group_names[bit] != name) ++bit;
        if (bit == group_names.size()) group_names.push_back(name);
        p.groups |= 1u << bit;
        g = bar == std::string_view::npos ? std::string_view{} : g.substr(bar + 1);
      }
      if (!p.words.empty()) l.phrases.push_back(std::move(p));
    }
    return l;
  }();
  return lex;
}

// ---- digits -----------------------------------------------------------------------------
// The number a digit run spells, from the original text so that the Arabic separators (which the
// key folds into ',' and '.') keep their meaning; nullopt when the separators make no number.
std::optional<double> parse_digits(std::string_view s) {
  std::vector<std::string> groups(1);
  std::string seps;  // T: Arabic thousands (، ٬), D: Arabic decimal (٫), or the ambiguous ',' '.'
  for (size_t i = 0; i < s.size();) {
    char32_t c = next(s, i);
    int d = u_charDigitValue(c);
    if (d >= 0) { groups.back() += static_cast<char>('0' + d); continue; }
    seps += c == 0x060C || c == 0x066C ? 'T' : c == 0x066B ? 'D' : static_cast<char>(c);
    groups.emplace_back();
  }
  // Choose the decimal separator, if any: an Arabic one; else a lone ambiguous one last (after
  // Arabic thousands, or different from the other separators); else a lone one that is not
  // followed by exactly three digits («٤,٨» 4.8, «1,500» 1500). A single '.' is always decimal.
  int decimal = -1;
  const int n = static_cast<int>(seps.size());
  auto count = [&](char c) { int k = 0; for (char x : seps) k += x == c; return k; };
  if (n > 0) {
    char last = seps.back();
    if (count('D') > 1) return std::nullopt;
    if (count('D') == 1) decimal = static_cast<int>(seps.find('D'));
    else if (last != 'T' && count(last) == 1 && (n > 1 || last == '.' || groups[1].size() != 3 ||
                                                  groups[0] == "0" || groups[0].size() > 3))
      decimal = n - 1;
  }
  // Every separator but the decimal one groups thousands: 1-3 digits, then exactly three.
  char thousands = 0;
  for (int k = 0; k < n; ++k) {
    if (k == decimal) continue;
    if (seps[k] != 'T' && thousands && seps[k] != thousands) return std::nullopt;
    if (seps[k] != 'T') thousands = seps[k];
    if (groups[k + 1].size() != 3) return std::nullopt;
  }
  if (groups[0].empty() || (n > 0 && decimal != 0 && groups[0].size() > 3)) return std::nullopt;
  std::string num;
  for (int k = 0; k <= n; ++k) {
    if (k > 0 && k - 1 == decimal) num += '.';
    num += groups[k];
  }
  return to_double(num);
}

// 1, 10, 100, ...: the place of a value's leading digit.
double place_of(double v) { return v < 10 ? 1 : std::pow(10.0, std::floor(std::log10(v))); }

// ---- the parser -------------------------------------------------------------------------
// Number-word readings of one token, computed once: the parser asks for them by clitic context.
struct Readings {
  const NumberWord* bare = nullptr;  // the whole word
  const NumberWord* waw = nullptr;   // after a single conjunction: «وعشرون»
  const NumberWord* art = nullptr;   // the whole word or after the article: «الآلاف»
  const NumberWord* any = nullptr;   // after any proclitics («وبعشرات»), shortest prefix first
  uint32_t any_trim = 0;             // key bytes of those proclitics left out of the span
};

enum class Lead : uint8_t { kAny, kBare, kWaw };

struct Number {
  double value = 0;
  std::optional<double> max;
  bool vague = false;
  double scale = 0;          // the multiplying scale word of the last term («5 آلاف»), for ranges
  uint32_t begin = 0, end = 0, trim = 0;
};

// Sums as Arabic writes them: higher places first, each joined by و; a unit may come before its
// tens («خمسة وعشرون»); a multiplier scales the group before it («ثلاثة وعشرون ألفا»).
struct State {
  double total = 0, group = 0;
  double place = kInf;      // place of the last term: a joined term must be smaller
  double prev_place = kInf; // place before the last term, which «مئة» after it must stay below
  double last = 0;          // the last term, which «مئة» multiplies alone («ألف وثلاث مئة»)
  double scale_cap = kInf;  // a multiplying scale must be smaller than the previous one
  double scale = 0;
  bool unit_last = false;   // the last term is a lone unit, so tens may follow it
  bool bare_digits = false; // the last term is a digit run with no scale word after it
  bool needs_tens = false;  // «أحد»/«إحدى» alone is no count, only in «أحد عشر» or «إحدى وعشرون»
};

class Parser {
 public:
  explicit Parser(const Document& doc) : doc_(doc), toks_(doc.tokens), n_(static_cast<uint32_t>(toks_.size())) {
    const Lexicon& lex = lexicon();
    info_.resize(n_);
    for (uint32_t i = 0; i < n_; ++i) {
      if (toks_[i].kind != TokenKind::kWord) continue;
      Readings& r = info_[i];
      for (const CliticAnalysis& a : clitic_readings(doc, i)) {
        if (!a.suffix.empty() || a.future) continue;
        auto it = lex.words.find(fold(a.stem));
        if (it == lex.words.end()) continue;
        const NumberWord* w = &it->second;
        if (a.prefix.empty()) r.bare = w;
        if (a.article && !w->article) continue;
        if (a.prefix == "\xD9\x88" && !r.waw) r.waw = w;  // و
        if ((a.prefix.empty() || a.prefix == "\xD8\xA7\xD9\x84") && !r.art) r.art = w;  // ال
        if (!r.any) {
          r.any = w;
          // The span drops conjunctions and prepositions but keeps the article («العشرات»; in
          // «للعشرات» the article's lam is fused with the preposition, so both stay).
          size_t keep = a.article ? 4 : 0;  // ال or لل: two letters, four bytes
          r.any_trim = static_cast<uint32_t>(a.prefix.size() - std::min(keep, a.prefix.size()));
        }
      }
    }
  }

  uint32_t size() const { return n_; }
  const Token& tok(uint32_t i) const { return toks_[i]; }

  // The digit run at i: number tokens glued by an Arabic comma with no space («١،٢٣٤»).
  uint32_t digit_run_end(uint32_t i) const {
    uint32_t e = i + 1;
    while (e + 1 < n_ && toks_[e].kind == TokenKind::kPunct && toks_[e].key == "," &&
           toks_[e + 1].kind == TokenKind::kNumber && toks_[e - 1].span.end == toks_[e].span.begin &&
           toks_[e].span.end == toks_[e + 1].span.begin)
      e += 2;
    return e;
  }
  std::string_view run_text(uint32_t b, uint32_t e) const {
    return std::string_view(doc_.text).substr(toks_[b].span.begin, toks_[e - 1].span.end - toks_[b].span.begin);
  }

  const NumberWord* word(uint32_t j, Lead lead) const {
    if (j >= n_ || toks_[j].kind != TokenKind::kWord) return nullptr;
    const Readings& r = info_[j];
    return lead == Lead::kAny ? r.any : lead == Lead::kWaw ? r.waw : r.bare;
  }
  bool is_key(uint32_t j, std::string_view key) const { return j < n_ && toks_[j].key == key; }

  // The number starting at token i, its first token read with the given clitics.
  std::optional<Number> number(uint32_t i, Lead lead) const {
    if (i >= n_) return std::nullopt;
    Number out;
    out.begin = i;
    State st;
    const NumberWord* w = word(i, lead);
    if (!w && (lead == Lead::kWaw || toks_[i].kind != TokenKind::kNumber)) return std::nullopt;
    if (w) out.trim = lead == Lead::kAny ? info_[i].any_trim : lead == Lead::kWaw ? 2 : 0;  // و: 2 bytes
    if (w && (w->kind == Kind::kVague || (w->kind == Kind::kScale && w->alone == Alone::kVague)))
      return vague(i, *w, out);
    uint32_t j = term(i, w, false, st);
    if (j == i) return std::nullopt;
    for (;;) {
      j = multipliers(j, st);
      if (st.bare_digits) break;  // «5 و20» are two numbers, not 25
      uint32_t at = j, k = j;
      const NumberWord* jw = nullptr;
      if (is_key(j, "\xD9\x88") && j + 1 < n_) {  // a separate و: «ثلاثمائة و واحد»
        k = j + 1;
        jw = word(k, Lead::kBare);
      } else if ((jw = word(j, Lead::kWaw)) == nullptr) {
        break;
      }
      uint32_t after = term(k, jw, true, st);
      if (after == k) { j = at; break; }
      j = after;
    }
    if (st.needs_tens) return std::nullopt;
    out.value = st.total + st.group;
    out.scale = st.scale;
    out.end = j;
    return out;
  }

 private:
  // One term at j (w: its reading, null for digits); adds it to st and returns the index after it,
  // or j when it does not fit here.
  uint32_t term(uint32_t j, const NumberWord* w, bool joined, State& st) const {
    if (j >= n_) return j;
    if (joined && st.bare_digits) return j;
    if (toks_[j].kind == TokenKind::kNumber) {
      uint32_t e = digit_run_end(j);
      std::optional<double> v = parse_digits(run_text(j, e));
      // A joined digit term is a whole number below the place before it: «ألف و500».
      if (!v || (joined && (*v >= st.place || *v <= 0 || *v != std::floor(*v)))) return j;
      st.group += *v;
      st.last = *v;
      st.prev_place = st.place;
      st.place = place_of(*v);
      st.bare_digits = true;
      st.unit_last = false;
      return e;
    }
    if (!w || w->kind == Kind::kVague) return j;
    double v = w->value;
    uint32_t e = j + 1;
    bool lone_unit = false;
    if (w->kind == Kind::kUnit) {
      const NumberWord* ten = word(j + 1, Lead::kBare);
      if (ten && ten->kind == Kind::kTen) { v += 10; e = j + 2; }  // «ثلاثة عشر»
      else if (w->alone == Alone::kNo && joined) return j;
      else {
        lone_unit = true;
        st.needs_tens = w->alone == Alone::kNo;
      }
    }
    if (w->kind == Kind::kScale) {
      // A scale word standing as its own term: «ألف»، «مليون وألفين».
      if (w->alone != Alone::kExact) return j;
      double p = w->value >= 1e12 ? 1e12 : w->value >= 1e9 ? 1e9 : w->value >= 1e6 ? 1e6 : 1e3;
      if (joined && (p >= st.place || p >= st.scale_cap)) return j;
      st.total += st.group + v;
      st.group = 0;
      st.place = st.scale_cap = p;
      st.unit_last = false;
      return e;
    }
    bool inverted = joined && st.unit_last && w->kind == Kind::kTens;  // «خمسة وعشرون»
    if (joined && ((!inverted && v >= st.place) || v <= 0)) return j;
    st.group += v;
    if (inverted) {
      st.last += v;  // one term with the unit before it
      st.place = 10;
      st.needs_tens = false;
    } else {
      st.last = v;
      st.prev_place = st.place;
      st.place = lone_unit ? 1 : place_of(v);
    }
    st.unit_last = lone_unit;
    return e;
  }

  // Multiplying words after a term: «ثلاث مئة»، «322 مائة»، «2.5 مليون»، «مئة ألف».
  uint32_t multipliers(uint32_t j, State& st) const {
    while (const NumberWord* m = word(j, Lead::kBare)) {
      if (!m->multiplier() || st.group <= 0) break;
      if (m->kind == Kind::kHundred) {
        // «ثلاث مئة», «322 مائة»: the last term times a hundred, still below the place before it.
        if ((st.place >= 100 && !st.bare_digits) || st.last * 100 >= st.prev_place) break;
        st.group += st.last * 99;
        st.last *= 100;
        st.place = 100;
      } else {
        if (m->value >= st.scale_cap) break;
        st.total += st.group * m->value;
        st.group = 0;
        st.place = st.scale_cap = st.scale = m->value;
      }
      st.bare_digits = st.unit_last = false;
      ++j;
    }
    return j;
  }

  // «عشرات»، «مئات الآلاف»، «بضعة آلاف»، «آلاف»: a vague count, multiplied by the vague or scale
  // words after it (which may take the article: «عشرات الآلاف»).
  std::optional<Number> vague(uint32_t i, const NumberWord& w, Number out) const {
    out.value = w.value;
    out.max = w.max;
    out.vague = true;
    uint32_t j = i + 1;
    for (; j < n_ && toks_[j].kind == TokenKind::kWord; ++j) {
      const NumberWord* m = info_[j].art;
      if (!m || m->value < 10 || !(m->kind == Kind::kVague || (m->kind == Kind::kScale && m->multiplier())))
        break;
      out.value *= m->value;
      if (out.max) *out.max *= m->value;
    }
    out.end = j;
    return out;
  }

  const Document& doc_;
  const std::vector<Token>& toks_;
  uint32_t n_;
  std::vector<Readings> info_;
};

// ---- phrases around a number ------------------------------------------------------------
class Around {
 public:
  explicit Around(const Parser& p) : p_(p), lex_(lexicon()) {}

  // The longest phrase of `pos` (and kind: qualifier or unit) that ends right before token e and
  // starts at or after floor; returns its first token. The first word may carry proclitics.
  const Phrase* before(uint32_t e, uint32_t floor, Pos pos, bool want_unit, uint32_t& start,
                       double value) const {
    const Phrase* best = nullptr;
    for (const Phrase& ph : lex_.phrases) {
      if (ph.pos != pos || ph.unit.empty() != !want_unit || !fits(ph, value)) continue;
      uint32_t k = static_cast<uint32_t>(ph.words.size());
      if (k > e - floor || (best && k <= best->words.size())) continue;
      uint32_t b = e - k;
      bool ok = true;
      for (uint32_t w = 0; w < k && ok; ++w) {
        const Token& t = p_.tok(b + w);
        ok = t.key == ph.words[w] || (w == 0 && t.stem == ph.words[w]);
      }
      if (ok) { best = &ph; start = b; }
    }
    return best;
  }

  // The range middle word و, which may also be a clitic on the second number.
  const Phrase* clitic_waw() const {
    for (const Phrase& ph : lex_.phrases)
      if (ph.pos == Pos::kRangeMid && ph.words.size() == 1 && ph.words[0] == "\xD9\x88") return &ph;
    return nullptr;
  }

  // The longest phrase of `pos` that starts at token b; returns the index after it.
  const Phrase* after(uint32_t b, Pos pos, bool want_unit, uint32_t& end, double value) const {
    const Phrase* best = nullptr;
    for (const Phrase& ph : lex_.phrases) {
      if (ph.pos != pos || ph.unit.empty() != !want_unit || !fits(ph, value)) continue;
      uint32_t k = static_cast<uint32_t>(ph.words.size());
      if (b + k > p_.size() || (best && k <= best->words.size())) continue;
      bool ok = true;
      for (uint32_t w = 0; w < k && ok; ++w) ok = p_.tok(b + w).key == ph.words[w];
      if (ok) { best = &ph; end = b + k; }
    }
    return best;
  }

 private:
  static bool fits(const Phrase& ph, double value) {
    return !ph.bounded || (value == std::floor(value) && value >= ph.lo && value <= ph.hi);
  }
  const Parser& p_;
  const Lexicon& lex_;
};

// Bytes of the original token that the first `key_bytes` of its key came from.
uint32_t orig_prefix(const Document& doc, const Token& t, uint32_t key_bytes) {
  if (key_bytes == 0) return 0;
  NormalizedText nt = normalize(t.span.of(doc.text));
  if (key_bytes >= nt.key.size()) return 0;
  return nt.to_orig[key_bytes];
}

bool is_separator(const Parser& p, uint32_t j) {
  return j < p.size() && p.tok(j).kind == TokenKind::kPunct && (p.tok(j).key == "-" || p.tok(j).key == "/");
}

// Digit runs glued by '/' or '-' into three parts («14/5/2015», «2022-01-05») are a date.
bool in_numeric_date(const Parser& p, uint32_t b) {
  auto glued = [&](uint32_t j) {  // tokens j (a separator) and j+1 touch j-1 and each other
    return j > 0 && j + 1 < p.size() && is_separator(p, j) && p.tok(j - 1).kind == TokenKind::kNumber &&
           p.tok(j + 1).kind == TokenKind::kNumber && p.tok(j - 1).span.end == p.tok(j).span.begin &&
           p.tok(j).span.end == p.tok(j + 1).span.begin;
  };
  return (glued(b + 1) && glued(b + 3)) || (b >= 1 && glued(b - 1) && glued(b + 1)) ||
         (b >= 3 && glued(b - 1) && glued(b - 3));
}

// Builds the quantity around a parsed number: a range, then qualifiers and units on each side.
Quantity build(const Document& doc, const Parser& p, const Around& around, Number num, uint32_t floor) {
  Quantity q;
  uint32_t b = num.begin, e = num.end, trim = num.trim;
  q.qualifier = num.vague ? Qualifier::kVague : Qualifier::kExact;
  double value = num.value;
  std::optional<double> lo, hi;

  // Range: a middle word after the number, a second number, and an opener it pairs with.
  // The middle word is a token («10 - 20», «بين 10 و20») or, for و, a clitic on the second
  // number («بين عشرة وعشرين»).
  uint32_t open_start = b, mid_end = 0;
  const Phrase* open = around.before(b, floor, Pos::kRangeOpen, false, open_start, 0);
  const Phrase* mid = around.after(e, Pos::kRangeMid, false, mid_end, 0);
  std::optional<Number> second;
  if (mid) {
    second = p.number(mid_end, Lead::kBare);
  } else if (const Phrase* waw = around.clitic_waw(); waw && p.word(e, Lead::kWaw)) {
    mid = waw;
    second = p.number(e, Lead::kWaw);
  }
  if (second) {
    // An opener that does not pair with the middle word belongs to something else: «من 3 أو 4».
    if (open && !(open->groups & mid->groups)) open = nullptr;
    bool paired = open || (mid->groups & 1u);  // bit 0: the middle word needs no opener
    // «2022-01-05» and «5/17/2018» are dates, not ranges.
    bool date_like = !open && (is_separator(p, second->end) || (b > 0 && is_separator(p, b - 1)));
    double l = num.value, h = second->value;
    if (num.scale == 0 && second->scale > 0 && l * second->scale <= h) l *= second->scale;  // «بين 3 و5 آلاف»
    if (paired && !date_like && h > l) {
      lo = l, hi = h;
      if (open) b = open_start, trim = 0;
      e = second->end;
    }
  }
  if (lo) {
    q.qualifier = Qualifier::kRange;
    value = *lo;
    q.min = lo, q.max = hi;
  }

  if (e == b + 1 && p.tok(b).kind == TokenKind::kNumber && in_numeric_date(p, b)) q.unit = "date";

  // Units and qualifiers after: «70 في المئة على الأقل», «70 شخصا على الأقل».
  uint32_t end_unit = 0;
  if (const Phrase* u = q.unit.empty() ? around.after(e, Pos::kAfter, true, end_unit, value) : nullptr) {
    q.unit = u->unit;
    if (u->in_span) e = end_unit;
  }
  std::optional<Qualifier> qual;
  uint32_t end_q = 0;
  if (!lo) {
    const Phrase* a = around.after(e, Pos::kAfter, false, end_q, value);
    // One counted noun may stand between the number and «على الأقل»; no more, or the phrase
    // belongs to something else in the sentence.
    if (!a && e < p.size() && p.tok(e).kind == TokenKind::kWord && !p.word(e, Lead::kAny))
      a = around.after(e + 1, Pos::kAfter, false, end_q, value);
    if (a) { qual = a->qualifier; e = end_q; }
  }

  // Units and qualifiers before: «%70», «عام 2022», «أكثر من 70».
  uint32_t start = b;
  if (const Phrase* u = around.before(b, floor, Pos::kBefore, true, start, value)) {
    if (q.unit.empty()) q.unit = u->unit;
    if (u->in_span) b = start, trim = 0;
  }
  if (!lo && !qual) {
    if (const Phrase* ph = around.before(b, floor, Pos::kBefore, false, start, value)) {
      qual = ph->qualifier;
      const Token& t = p.tok(start);
      b = start;
      trim = static_cast<uint32_t>(t.key.size() - (t.key == ph->words[0] ? t.key.size() : t.stem.size()));
    }
  }
  // A unit-bound year or day carries no count qualifier; only digits and exact values get one.
  if (qual && q.unit != "year" && q.unit != "day" && q.unit != "date") q.qualifier = *qual;

  q.value = value;
  switch (q.qualifier) {
    case Qualifier::kAtLeast: q.min = value; break;
    case Qualifier::kAtMost: q.max = value; break;
    case Qualifier::kVague: q.min = value; q.max = num.max; break;
    default: break;
  }
  q.first_token = b;
  q.end_token = e;
  q.span = {p.tok(b).span.begin + orig_prefix(doc, p.tok(b), trim), p.tok(e - 1).span.end};
  return q;
}

// A digit run whose separators make no number («192.168.1.2»): one exact quantity a digit group.
void emit_groups(Document& doc, const Parser& p, uint32_t i, uint32_t e) {
  std::string_view s = p.run_text(i, e);
  const uint32_t base = p.tok(i).span.begin;
  std::string digits;
  size_t start = 0;
  for (size_t m = 0;;) {
    size_t at = m;
    int d = m < s.size() ? u_charDigitValue(next(s, m)) : -1;
    if (d >= 0) {
      if (digits.empty()) start = at;
      digits += static_cast<char>('0' + d);
      continue;
    }
    if (!digits.empty()) {
      Quantity q;
      q.value = to_double(digits);
      q.span = {base + static_cast<uint32_t>(start), base + static_cast<uint32_t>(at)};
      q.first_token = i;
      q.end_token = e;
      doc.quantities.push_back(q);
      digits.clear();
    }
    if (at >= s.size()) break;
  }
}

}  // namespace

void find_quantities(Document& doc) {
  Parser p(doc);
  Around around(p);
  uint32_t floor = 0;  // tokens before this belong to an earlier quantity
  for (uint32_t i = 0; i < p.size();) {
    if (std::optional<Number> num = p.number(i, Lead::kAny)) {
      Quantity q = build(doc, p, around, *num, floor);
      // «بين عامي 1975 و1990», «في 2016 و2017»: a second year joined to a tagged one.
      if (q.unit.empty() && !doc.quantities.empty() && doc.quantities.back().unit == "year" &&
          q.first_token == doc.quantities.back().end_token + 1 && p.tok(q.first_token - 1).key == "\xD9\x88" &&
          q.qualifier == Qualifier::kExact && *q.value == std::floor(*q.value) && *q.value >= 1900 &&
          *q.value <= 2100)
        q.unit = "year";
      floor = i = q.end_token;
      doc.quantities.push_back(std::move(q));
    } else if (p.tok(i).kind == TokenKind::kNumber) {
      uint32_t e = p.digit_run_end(i);
      emit_groups(doc, p, i, e);
      floor = i = e;
    } else {
      ++i;
    }
  }
}

}  // namespace rasd::text

#include "rasd/text/affix_dictionary.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <vector>

#include "rasd/core/hash.h"
#include "rasd/text/affix_dictionary_data.h"
#include "rasd/text/utf8.h"

namespace rasd::text {

namespace {

using affix_data::Affix;
using affix_data::Compiled;

// One position of an affix condition: a letter, a bracket group (negated with ^) or any letter.
struct Element {
  enum Kind { kLetter, kGroup, kNotGroup, kAny } kind;
  std::u32string letters;
  bool matches(char32_t c) const {
    switch (kind) {
      case kAny: return true;
      case kLetter: return letters[0] == c;
      case kGroup: return letters.find(c) != std::u32string::npos;
      case kNotGroup: return letters.find(c) == std::u32string::npos;
    }
    return false;
  }
};

std::vector<Element> parse_condition(std::string_view s) {
  std::vector<Element> out;
  for (size_t i = 0; i < s.size();) {
    char32_t c = next(s, i);
    if (c == '[') {
      Element e{Element::kGroup, {}};
      if (i < s.size() && s[i] == '^') {
        e.kind = Element::kNotGroup;
        ++i;
      }
      while (i < s.size()) {
        char32_t g = next(s, i);
        if (g == ']') break;
        e.letters += g;
      }
      out.push_back(e);
    } else if (c == '.') {
      out.push_back({Element::kAny, {}});
    } else {
      out.push_back({Element::kLetter, std::u32string(1, c)});
    }
  }
  return out;
}

struct Rule {
  const Affix* affix;
  std::string_view strip, append;
  std::vector<Element> condition;
  const uint16_t* cont = nullptr;  // continuation classes, sorted; cont_end == cont when none
  const uint16_t* cont_end = nullptr;
  bool has_cont = false;
  bool cross() const { return affix->cross_product != 0; }
  uint16_t flag() const { return affix->flag; }
  bool cont_has(uint16_t f) const { return has_cont && std::binary_search(cont, cont_end, f); }
};

}  // namespace

struct AffixDictionary::Impl {
  const Compiled& c;
  std::vector<Rule> prefixes, suffixes;
  std::unordered_map<std::string_view, std::vector<const Rule*>, StringHash> prefix_by_append;
  size_t longest_prefix = 0;
  // The suffix rules of one append that strip alike: they leave one stem, looked up once, and
  // what all of them lack (the cross product, a continuation class) rules the group out at once.
  struct SuffixGroup {
    std::string_view strip;
    std::vector<const Rule*> rules;
    bool any_cross = false;
    std::vector<uint16_t> conts;  // the union of the rules' continuation classes, sorted
  };
  struct SuffixAppend {
    size_t size = 0;  // the append's length in bytes
    std::vector<const Rule*> rules;
    std::vector<SuffixGroup> groups;
  };
  // The suffix appends as a trie read from a word's last byte backwards: a word's appends are met
  // shortest first by one walk, not by hashing every ending of the word.
  struct SuffixNode {
    std::vector<std::pair<unsigned char, uint32_t>> next;
    int32_t append = -1;  // index into suffix_appends, -1 when no append ends here
  };
  std::vector<SuffixAppend> suffix_appends;
  std::vector<SuffixNode> suffix_trie = std::vector<SuffixNode>(1);
  std::vector<bool> continuation_flag = std::vector<bool>(1 << 16, false);  // in some rule's classes
  bool any_continuation = false;
  std::vector<std::pair<std::string_view, std::string_view>> iconv;
  // The first two bytes of each ICONV source (one byte: every second byte): a letter outside it
  // is copied without trying the pairs, as almost every letter is.
  std::vector<bool> iconv_start = std::vector<bool>(1 << 16, false);

  explicit Impl(const Compiled& compiled) : c(compiled) {
    auto build = [&](const Affix* list, uint32_t n, std::vector<Rule>& rules) {
      rules.reserve(n);
      for (uint32_t i = 0; i < n; ++i) {
        const Affix& a = list[i];
        Rule r{&a, {c.pool + a.strip, a.strip_len}, {c.pool + a.append, a.append_len},
               parse_condition({c.pool + a.condition, a.condition_len})};
        if (a.continuation >= 0) {
          r.has_cont = true;
          r.cont = c.flags + c.set_begin[a.continuation];
          r.cont_end = c.flags + c.set_begin[a.continuation + 1];
          any_continuation = true;
          for (const uint16_t* f = r.cont; f != r.cont_end; ++f) continuation_flag[*f] = true;
        }
        rules.push_back(std::move(r));
      }
    };
    build(c.prefixes, c.prefix_count, prefixes);
    build(c.suffixes, c.suffix_count, suffixes);
    for (const Rule& r : prefixes) {
      prefix_by_append[r.append].push_back(&r);
      longest_prefix = std::max(longest_prefix, r.append.size());
    }
    for (const Rule& r : suffixes) {
      uint32_t node = 0;
      for (size_t i = r.append.size(); i-- > 0;) {
        unsigned char b = static_cast<unsigned char>(r.append[i]);
        auto& next = suffix_trie[node].next;
        auto it = std::find_if(next.begin(), next.end(), [&](const auto& e) { return e.first == b; });
        if (it != next.end()) {
          node = it->second;
        } else {
          next.emplace_back(b, static_cast<uint32_t>(suffix_trie.size()));
          node = static_cast<uint32_t>(suffix_trie.size());
          suffix_trie.emplace_back();
        }
      }
      if (suffix_trie[node].append < 0) {
        suffix_trie[node].append = static_cast<int32_t>(suffix_appends.size());
        suffix_appends.push_back({r.append.size(), {}, {}});
      }
      SuffixAppend& a = suffix_appends[suffix_trie[node].append];
      a.rules.push_back(&r);
      auto g = std::find_if(a.groups.begin(), a.groups.end(), [&](const SuffixGroup& x) { return x.strip == r.strip; });
      if (g == a.groups.end()) g = a.groups.insert(g, SuffixGroup{r.strip, {}, false, {}});
      g->rules.push_back(&r);
      g->any_cross = g->any_cross || r.cross();
      if (r.has_cont) g->conts.insert(g->conts.end(), r.cont, r.cont_end);
    }
    for (SuffixAppend& a : suffix_appends)
      for (SuffixGroup& g : a.groups) {
        std::sort(g.conts.begin(), g.conts.end());
        g.conts.erase(std::unique(g.conts.begin(), g.conts.end()), g.conts.end());
      }
    for (uint32_t i = 0; i < c.iconv_count; ++i) {
      const uint32_t* p = c.iconv + 4 * i;
      iconv.emplace_back(std::string_view(c.pool + p[0], p[1]), std::string_view(c.pool + p[2], p[3]));
      std::string_view from = iconv.back().first;
      if (from.empty()) continue;
      unsigned b0 = static_cast<unsigned char>(from[0]);
      if (from.size() == 1) {
        for (unsigned b1 = 0; b1 < 256; ++b1) iconv_start[b0 << 8 | b1] = true;
      } else {
        iconv_start[b0 << 8 | static_cast<unsigned char>(from[1])] = true;
      }
    }
  }

  // The flag sets of `stem`'s homonyms as [begin, end) into homonym_set; empty when not a stem.
  std::pair<uint32_t, uint32_t> lookup(std::string_view stem) const {
    uint32_t at = static_cast<uint32_t>(affix_data::hash(stem)) & c.slot_mask;
    for (;; at = (at + 1) & c.slot_mask) {
      uint32_t s = c.slots[at];
      if (!s) return {0, 0};
      --s;
      if (std::string_view(c.pool + c.stem_offset[s], c.stem_length[s]) == stem)
        return {c.homonym_begin[s], c.homonym_begin[s + 1]};
    }
  }
  bool has(uint32_t set, uint16_t flag) const {
    return std::binary_search(c.flags + c.set_begin[set], c.flags + c.set_begin[set + 1], flag);
  }

  // Conditions hold on the letters the affix meets: the first ones of a prefix's stem, the last
  // ones of a suffix's; a stem shorter than its condition fails it.
  static bool condition_at_start(const Rule& r, std::string_view t) {
    size_t i = 0;
    for (const Element& e : r.condition) {
      if (i >= t.size() || !e.matches(next(t, i))) return false;
    }
    return true;
  }
  static bool condition_at_end(const Rule& r, std::string_view t) {
    size_t i = t.size();
    for (auto e = r.condition.rbegin(); e != r.condition.rend(); ++e) {
      if (i == 0 || !e->matches(prev(t, i))) return false;
    }
    return true;
  }

  // The stem left when suffix `s` comes off `w` (its strip restored), or prefix `p` off the front:
  // a view of `w` when the rule strips nothing (most rules), else built in `buf`.
  static std::string_view stem_before(const Rule& s, std::string_view w, std::string& buf) {
    std::string_view t = w.substr(0, w.size() - s.append.size());
    if (s.strip.empty()) return t;
    buf.assign(t);
    buf += s.strip;
    return buf;
  }
  static std::string_view stem_after(const Rule& p, std::string_view w, std::string& buf) {
    std::string_view t = w.substr(p.append.size());
    if (p.strip.empty()) return t;
    buf.assign(p.strip);
    buf += t;
    return buf;
  }

  template <class F>
  bool each_prefix(std::string_view w, F&& f) const {
    for (size_t n = 0; n <= std::min(longest_prefix, w.size()); ++n) {
      auto it = prefix_by_append.find(w.substr(0, n));
      if (it == prefix_by_append.end()) continue;
      for (const Rule* r : it->second)
        if (f(*r)) return true;
    }
    return false;
  }
  // f(append) for each suffix append `w` ends with, shortest first (the empty append too).
  template <class F>
  bool each_suffix_append(std::string_view w, F&& f) const {
    uint32_t node = 0;
    for (size_t n = 0;; ++n) {
      const SuffixNode& at = suffix_trie[node];
      if (at.append >= 0 && f(suffix_appends[at.append])) return true;
      if (n == w.size()) return false;
      unsigned char b = static_cast<unsigned char>(w[w.size() - 1 - n]);
      auto it = std::find_if(at.next.begin(), at.next.end(), [&](const auto& e) { return e.first == b; });
      if (it == at.next.end()) return false;
      node = it->second;
    }
  }
  template <class F>
  bool each_suffix(std::string_view w, F&& f) const {
    return each_suffix_append(w, [&](const SuffixAppend& a) {
      for (const Rule* r : a.rules)
        if (f(*r)) return true;
      return false;
    });
  }

  // A suffix `s` on `w`, leaving stem `t` whose homonyms are `found`; `cross` when a prefix `p`
  // was taken off first; `cclass` the outer suffix's flag when this is the inner of two.
  bool suffix_word(const Rule& s, std::string_view t, std::pair<uint32_t, uint32_t> found, bool cross, const Rule* p,
                   uint16_t cclass) const {
    if (cross && !s.cross()) return false;
    // As the inner of two suffixes the rule must list the outer one's flag; that holds or fails
    // for every homonym alike, so it is asked first (most inner rules fail it).
    if (cclass && !s.cont_has(cclass)) return false;
    if (!condition_at_end(s, t)) return false;
    auto [b, e] = found;
    for (uint32_t h = b; h < e; ++h) {
      uint32_t set = c.homonym_set[h];
      bool allowed = has(set, s.flag()) || (p && p->cont_has(s.flag()));
      bool crossed = !cross || (p && has(set, p->flag())) || (p && s.cont_has(p->flag()));
      if (allowed && crossed) return true;
    }
    return false;
  }
  // Group by group: a group none of whose rules may apply, or whose stem is no word (most), is
  // passed over without its rules being read.
  bool suffix_check(std::string_view w, bool cross, const Rule* p, uint16_t cclass) const {
    std::string buf;
    return each_suffix_append(w, [&](const SuffixAppend& a) {
      if (w.size() <= a.size) return false;
      for (const SuffixGroup& g : a.groups) {
        if (cross && !g.any_cross) continue;
        if (cclass && !std::binary_search(g.conts.begin(), g.conts.end(), cclass)) continue;
        std::string_view t = w.substr(0, w.size() - a.size);
        if (!g.strip.empty()) {
          buf.assign(t);
          buf += g.strip;
          t = buf;
        }
        auto found = lookup(t);
        if (found.first == found.second) continue;
        for (const Rule* r : g.rules)
          if (suffix_word(*r, t, found, cross, p, cclass)) return true;
      }
      return false;
    });
  }

  bool prefix_word(const Rule& p, std::string_view w) const {
    if (w.size() <= p.append.size()) return false;
    std::string buf;
    std::string_view t = stem_after(p, w, buf);
    if (!condition_at_start(p, t)) return false;
    auto [b, e] = lookup(t);
    for (uint32_t h = b; h < e; ++h)
      if (has(c.homonym_set[h], p.flag())) return true;
    return p.cross() && suffix_check(t, true, &p, 0);
  }

  // Two suffixes: `s` is the outer one, and some rule lists its flag as a continuation class.
  bool two_suffix_word(const Rule& s, std::string_view w, bool cross, const Rule* p) const {
    if (cross && !s.cross()) return false;
    if (w.size() <= s.append.size()) return false;
    std::string buf;
    std::string_view t = stem_before(s, w, buf);
    if (!condition_at_end(s, t)) return false;
    if (p && !s.cont_has(p->flag())) return suffix_check(t, cross, p, s.flag());
    return suffix_check(t, false, nullptr, s.flag());
  }
  bool two_suffix_check(std::string_view w, bool cross, const Rule* p) const {
    return each_suffix(w, [&](const Rule& s) { return continuation_flag[s.flag()] && two_suffix_word(s, w, cross, p); });
  }
  bool prefix_two_suffix_word(const Rule& p, std::string_view w) const {
    if (w.size() <= p.append.size()) return false;
    std::string buf;
    std::string_view t = stem_after(p, w, buf);
    if (!condition_at_start(p, t)) return false;
    return p.cross() && two_suffix_check(t, true, &p);
  }

  bool check(std::string_view w) const {
    auto [b, e] = lookup(w);
    if (b != e) return true;
    if (each_prefix(w, [&](const Rule& p) { return prefix_word(p, w); })) return true;
    if (suffix_check(w, false, nullptr, 0)) return true;
    if (!any_continuation) return false;
    if (two_suffix_check(w, false, nullptr)) return true;
    return each_prefix(w, [&](const Rule& p) { return prefix_two_suffix_word(p, w); });
  }

  // ICONV, then whether the word is one this class decides: Arabic letters only (the Arabic
  // blocks and presentation forms, which have no case, so hunspell's case variants, number and
  // hyphen rules never apply), none of the marks hunspell-ar ignores (callers drop them), and
  // short of hunspell's length limit. A presentation form is in no stem and no affix: such a word
  // is unknown, and answering it here spares loading libhunspell for it.
  bool convert(std::string_view word, std::string& out) const {
    out.clear();
    if (word.empty() || word.size() >= 200) return false;
    for (size_t i = 0; i < word.size();) {
      const std::pair<std::string_view, std::string_view>* best = nullptr;
      unsigned b0 = static_cast<unsigned char>(word[i]);
      unsigned b1 = i + 1 < word.size() ? static_cast<unsigned char>(word[i + 1]) : 0;
      // A lone last byte is tried against the pairs as before: no pair of two bytes or more can
      // start there, and a one-byte pair marked every second byte.
      if (i + 1 < word.size() && !iconv_start[b0 << 8 | b1]) {
        size_t from = i;
        next(word, i);
        out.append(word.substr(from, i - from));
        continue;
      }
      for (const auto& pair : iconv)
        if (word.substr(i).starts_with(pair.first) && (!best || pair.first.size() > best->first.size())) best = &pair;
      if (best) {
        out += best->second;
        i += best->first.size();
      } else {
        size_t from = i;
        next(word, i);
        out.append(word.substr(from, i - from));
      }
    }
    for (size_t i = 0; i < out.size();) {
      char32_t ch = next(out, i);
      bool arabic = (ch >= 0x0600 && ch <= 0x06FF) || (ch >= 0x0750 && ch <= 0x077F) || (ch >= 0x08A0 && ch <= 0x08FF) ||
                    (ch >= 0xFB50 && ch <= 0xFDFF) || (ch >= 0xFE70 && ch <= 0xFEFC);
      if (!arabic) return false;
      if ((ch >= 0x064B && ch <= 0x065F) || ch == 0x0670 || ch == 0x0640 || (ch >= 0x0610 && ch <= 0x061A)) return false;
    }
    return true;
  }
};

AffixDictionary::AffixDictionary() : impl_(new Impl(affix_data::compiled())) {}
AffixDictionary::~AffixDictionary() { delete impl_; }

const AffixDictionary* AffixDictionary::get() {
  // Never destroyed, like the lexicon that asks it (static destruction order).
  static const AffixDictionary* dictionary = affix_data::compiled().present ? new AffixDictionary : nullptr;
  return dictionary;
}

std::optional<bool> AffixDictionary::spell(std::string_view word) const {
  thread_local std::string converted;
  if (!is_valid(word) || !impl_->convert(word, converted)) return std::nullopt;
  return impl_->check(converted);
}

}  // namespace rasd::text

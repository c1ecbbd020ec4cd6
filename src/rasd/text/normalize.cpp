#include "rasd/text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <array>
#include <charconv>
#include <cstdlib>
#include <unordered_map>

#include "rasd/core/hash.h"
#include "rasd/core/table.h"
#include "rasd/text/utf8.h"

namespace rasd::text {
namespace {

enum class RuleClass : uint8_t { kAlways, kAlefMaqsura, kTaaMarbuta };

struct Rule {
  bool present = false;
  RuleClass cls = RuleClass::kAlways;
  std::string to;  // UTF-8 replacement, possibly empty
};

// Rules indexed by code point below kDirect, hashed above it.
constexpr char32_t kDirect = 0x0800;

struct Rules {
  std::array<Rule, kDirect> direct;
  std::unordered_map<char32_t, Rule> other;
  const Rule* find(char32_t c) const {
    if (c < kDirect) return direct[c].present ? &direct[c] : nullptr;
    auto it = other.find(c);
    return it == other.end() ? nullptr : &it->second;
  }
};

char32_t parse_hex(std::string_view s) {
  unsigned v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v, 16);
  return static_cast<char32_t>(v);
}

const Rules& rules() {
  static const Rules r = [] {
    Rules out;
    const auto& t = data::table("text/normalize");
    for (size_t i = 0; i < t.rows(); ++i) {
      Rule rule;
      rule.present = true;
      std::string_view cls = t.get(i, "class");
      rule.cls = cls == "alef_maqsura" ? RuleClass::kAlefMaqsura
                 : cls == "taa_marbuta" ? RuleClass::kTaaMarbuta : RuleClass::kAlways;
      std::string_view to = t.get(i, "to");
      while (!to.empty()) {
        size_t sp = to.find(' ');
        append(rule.to, parse_hex(to.substr(0, sp)));
        to = sp == std::string_view::npos ? std::string_view{} : to.substr(sp + 1);
      }
      char32_t from = parse_hex(t.get(i, "from"));
      if (from < kDirect) out.direct[from] = rule; else out.other[from] = rule;
    }
    return out;
  }();
  return r;
}

bool is_presentation_form(char32_t c) {
  return (c >= 0xFB50 && c <= 0xFDFF) || (c >= 0xFE70 && c <= 0xFEFC);
}

// NFKC of one presentation-form code point (ﻷ -> لأ), via ICU.
std::u32string nfkc(char32_t c) {
  UErrorCode status = U_ZERO_ERROR;
  static const icu::Normalizer2* n = icu::Normalizer2::getNFKCInstance(status);
  std::u32string out;
  if (!n) { out += c; return out; }
  status = U_ZERO_ERROR;
  icu::UnicodeString s = n->normalize(icu::UnicodeString(static_cast<UChar32>(c)), status);
  if (U_FAILURE(status)) { out += c; return out; }
  for (int32_t i = 0; i < s.length();) { UChar32 x = s.char32At(i); out += static_cast<char32_t>(x); i += U16_LENGTH(x); }
  return out;
}

// Appends the key of one code point (the caller records where it came from).
void emit(char32_t c, const NormalizeOptions& o, std::string& key) {
  const Rule* r = rules().find(c);
  if (c < 0x80 && !r) {
    key += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return;
  }
  if (!r || (r->cls == RuleClass::kAlefMaqsura && !o.fold_alef_maqsura) ||
      (r->cls == RuleClass::kTaaMarbuta && !o.fold_taa_marbuta)) {
    append(key, c);
    return;
  }
  // Rows map straight to final forms (no chains), which the idempotence test checks.
  key += r->to;
}

}  // namespace

Span NormalizedText::orig_span(uint32_t kb, uint32_t ke) const {
  if (to_orig.empty()) return {};
  uint32_t last = static_cast<uint32_t>(to_orig.size() - 1);
  kb = std::min(kb, last);
  ke = std::min(ke, last);
  if (ke <= kb) return {to_orig[kb], to_orig[kb]};
  // End: the input position where the code point after the last key byte's source begins.
  uint32_t end = to_orig[ke];
  uint32_t src_last = to_orig[ke - 1];
  // Same source code point expanded into several key bytes (ﻷ -> لا): end at the next source.
  while (end <= src_last && ke < last) end = to_orig[++ke];
  return {to_orig[kb], end};
}

NormalizedText normalize(std::string_view text, const NormalizeOptions& opts) {
  NormalizedText out;
  out.key.reserve(text.size());
  out.to_orig.reserve(text.size() + 1);
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    char32_t c = next(text, i);
    if (is_presentation_form(c)) {
      for (char32_t d : nfkc(c)) emit(d, opts, out.key);  // NFKC output is folded too (لأ -> لا)
    } else {
      emit(c, opts, out.key);
    }
    out.to_orig.resize(out.key.size(), static_cast<uint32_t>(start));
  }
  out.to_orig.push_back(static_cast<uint32_t>(text.size()));
  return out;
}

std::string normalize_key(std::string_view text, const NormalizeOptions& opts) {
  const Rules& r = rules();
  std::string key;
  key.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    // Fast paths with emit()'s result, without decoding and encoding again: ASCII without a rule
    // (lower-cased), and a well-formed two-byte letter without a rule (most Arabic letters: its
    // encoding is its own two bytes; no presentation form is that short).
    unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80 && !r.direct[b].present) {
      key += static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      ++i;
      continue;
    }
    if (b >= 0xC2 && b <= 0xDF && i + 1 < text.size()) {
      unsigned char b1 = static_cast<unsigned char>(text[i + 1]);
      if ((b1 & 0xC0) == 0x80 && !r.direct[(b & 0x1F) << 6 | (b1 & 0x3F)].present) {
        key.append(text.data() + i, 2);
        i += 2;
        continue;
      }
    }
    char32_t c = next(text, i);
    if (is_presentation_form(c)) { for (char32_t d : nfkc(c)) emit(d, opts, key); }
    else emit(c, opts, key);
  }
  return key;
}

std::string loose_key(std::string_view text) {
  NormalizeOptions o;
  o.fold_taa_marbuta = true;
  return normalize_key(text, o);
}

StringSet key_set(std::string_view table, std::string_view column) {
  StringSet out;
  const data::Table& t = data::table(table);
  for (size_t r = 0; r < t.rows(); ++r) out.insert(normalize_key(t.get(r, column)));
  return out;
}

}  // namespace rasd::text

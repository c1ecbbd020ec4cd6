#include "rasd/text/rule_chain.h"

#include <unicode/normalizer2.h>
#include <unicode/putil.h>
#include <unicode/translit.h>
#include <unicode/udata.h>
#include <unicode/uniset.h>
#include <unicode/ures.h>
#include <unicode/utrans.h>

#include <optional>
#include <string>
#include <vector>

namespace rasd::text {

// A pass of the chain: a normalisation form or a block of rules (one icu rule-based pass).
struct RuleChain::Impl {
  struct Step {
    const icu::Normalizer2* norm = nullptr;
    std::unique_ptr<icu::Transliterator> rules;
  };
  std::optional<icu::UnicodeSet> filter;  // the rules' global filter, ICU's "::[set];"
  std::vector<Step> steps;
};

namespace {

struct Bundle {
  UResourceBundle* p = nullptr;
  ~Bundle() { if (p) ures_close(p); }
};

// The rules ICU's registry would build for `id`: the row of root's RuleBasedTransliteratorIDs,
// following aliases ("Arabic-Latin" names "Arab-Latn"). Only forward rule files are taken.
std::optional<icu::UnicodeString> rules_of(std::string id) {
  UErrorCode status = U_ZERO_ERROR;
  Bundle root;
  root.p = ures_openDirect(U_ICUDATA_NAME U_TREE_SEPARATOR_STRING "translit", "root", &status);
  Bundle ids;
  ids.p = ures_getByKey(root.p, "RuleBasedTransliteratorIDs", nullptr, &status);
  for (int hops = 0; hops < 4 && U_SUCCESS(status); ++hops) {
    Bundle row, kind;
    row.p = ures_getByKey(ids.p, id.c_str(), nullptr, &status);
    kind.p = ures_getByIndex(row.p, 0, nullptr, &status);
    if (U_FAILURE(status)) return std::nullopt;
    std::string_view key = ures_getKey(kind.p);
    int32_t len = 0;
    if (key == "alias") {
      const UChar* s = ures_getString(kind.p, &len, &status);
      if (U_FAILURE(status)) return std::nullopt;
      id.clear();
      icu::UnicodeString(s, len).toUTF8String(id);
      continue;
    }
    if (key != "file" && key != "internal") return std::nullopt;
    const UChar* dir = ures_getStringByKey(kind.p, "direction", &len, &status);
    if (U_FAILURE(status) || len < 1 || dir[0] != u'F') return std::nullopt;
    const UChar* rules = ures_getStringByKey(kind.p, "resource", &len, &status);
    if (U_FAILURE(status)) return std::nullopt;
    return icu::UnicodeString(rules, len);
  }
  return std::nullopt;
}

// Statements of a rule text: split at ';' outside quotes, escapes and set brackets, as ICU's rule
// parser reads them. Nullopt on a comment ('#'), which this does not read.
std::optional<std::vector<icu::UnicodeString>> statements(const icu::UnicodeString& rules) {
  std::vector<icu::UnicodeString> out;
  int32_t begin = 0, depth = 0;
  bool quoted = false;
  for (int32_t i = 0; i < rules.length(); ++i) {
    UChar c = rules.charAt(i);
    if (c == u'\'') { quoted = !quoted; continue; }
    if (quoted) continue;
    if (c == u'\\') { ++i; continue; }
    if (c == u'#') return std::nullopt;
    if (c == u'[') ++depth;
    else if (c == u']' && depth > 0) --depth;
    else if (c == u';' && depth == 0) {
      out.emplace_back(rules, begin, i - begin);
      begin = i + 1;
    }
  }
  if (quoted || depth != 0) return std::nullopt;
  icu::UnicodeString rest(rules, begin);
  if (!rest.trim().isEmpty()) out.push_back(rest);
  return out;
}

// Where the set pattern opening at `s[0]` closes (one past its ']'), -1 when it does not.
int32_t set_end(const icu::UnicodeString& s) {
  int32_t depth = 0;
  bool quoted = false;
  for (int32_t i = 0; i < s.length(); ++i) {
    UChar c = s.charAt(i);
    if (c == u'\'') { quoted = !quoted; continue; }
    if (quoted) continue;
    if (c == u'\\') { ++i; continue; }
    if (c == u'[') ++depth;
    else if (c == u']' && --depth == 0) return i + 1;
  }
  return -1;
}

const icu::Normalizer2* normalizer(const icu::UnicodeString& name) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* n = nullptr;
  if (name == u"NFC") n = icu::Normalizer2::getNFCInstance(status);
  else if (name == u"NFD") n = icu::Normalizer2::getNFDInstance(status);
  else if (name == u"NFKC") n = icu::Normalizer2::getNFKCInstance(status);
  else if (name == u"NFKD") n = icu::Normalizer2::getNFKDInstance(status);
  return U_SUCCESS(status) ? n : nullptr;
}

}  // namespace

RuleChain::RuleChain(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
RuleChain::~RuleChain() = default;

std::unique_ptr<RuleChain> RuleChain::from_icu_data(std::string_view id) {
  auto rules = rules_of(std::string(id));
  if (!rules) return nullptr;
  auto parts = statements(*rules);
  if (!parts) return nullptr;
  auto impl = std::make_unique<Impl>();
  icu::UnicodeString block;  // the rule statements since the last "::" statement
  bool any_rule = false;
  auto close_block = [&]() {
    if (block.isEmpty()) return true;
    UParseError where;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createFromRules(
        u"rasd-pass", block, UTRANS_FORWARD, where, status));
    if (U_FAILURE(status) || !t) return false;
    impl->steps.push_back({nullptr, std::move(t)});
    block.remove();
    return true;
  };
  for (icu::UnicodeString& part : *parts) {
    icu::UnicodeString s(part);
    s.trim();
    if (!s.startsWith(u"::")) {
      block.append(part).append(u';');
      any_rule = true;
      continue;
    }
    if (!close_block()) return nullptr;
    s.remove(0, 2).trim();
    if (s.startsWith(u"(")) continue;  // a pass only the reverse direction runs
    if (s.startsWith(u"[")) {
      // The global filter: first, and alone (ICU refuses it anywhere else).
      int32_t end = set_end(s);
      if (end < 0 || any_rule || !impl->steps.empty() || impl->filter) return nullptr;
      icu::UnicodeString rest(s, end);
      if (!rest.trim().isEmpty() && !rest.startsWith(u"(")) return nullptr;
      UErrorCode status = U_ZERO_ERROR;
      impl->filter.emplace(icu::UnicodeString(s, 0, end), status);
      if (U_FAILURE(status)) return nullptr;
      impl->filter->freeze();
      continue;
    }
    int32_t paren = s.indexOf(u'(');
    icu::UnicodeString name(s, 0, paren < 0 ? s.length() : paren);
    const icu::Normalizer2* n = normalizer(name.trim());
    if (!n) return nullptr;
    impl->steps.push_back({n, nullptr});
  }
  if (!close_block()) return nullptr;
  return std::unique_ptr<RuleChain>(new RuleChain(std::move(impl)));
}

// ICU's compound transliterator with a global filter: each maximal run of characters the filter
// takes goes through every pass in turn, the rules seeing the whole text as context.
void RuleChain::transliterate(icu::UnicodeString& text) const {
  const auto& filter = impl_->filter;
  int32_t start = 0;
  while (start < text.length()) {
    if (filter) {
      while (start < text.length() && !filter->contains(text.char32At(start)))
        start += U16_LENGTH(text.char32At(start));
    }
    int32_t limit = filter ? start : text.length();
    if (filter) {
      while (limit < text.length() && filter->contains(text.char32At(limit)))
        limit += U16_LENGTH(text.char32At(limit));
    }
    if (start == limit) break;
    for (const Impl::Step& step : impl_->steps) {
      if (start == limit) break;
      if (step.norm) {
        UErrorCode status = U_ZERO_ERROR;
        icu::UnicodeString piece(text, start, limit - start);
        if (step.norm->isNormalized(piece, status) || U_FAILURE(status)) continue;
        status = U_ZERO_ERROR;
        icu::UnicodeString done = step.norm->normalize(piece, status);
        if (U_FAILURE(status)) continue;
        text.replace(start, limit - start, done);
        limit = start + done.length();
      } else {
        UTransPosition pos{0, text.length(), start, limit};
        step.rules->finishTransliteration(text, pos);
        limit = pos.limit;
      }
    }
    start = limit;
  }
}

}  // namespace rasd::text

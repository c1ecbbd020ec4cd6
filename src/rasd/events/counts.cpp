// Counts (events/counts.h): which head counts near a trigger are its dead, injured, arrested or
// size. Two tables carry the language: data/events/count_nouns.tsv (the noun after a number) and
// data/events/count_roles.tsv (the role a trigger word itself names).
//
// For one trigger:
// 1. The window: the trigger's sentence, at most kReach tokens either side, cut at clause-final
//    punctuation (. ; : ! ?). Commas do not cut: Arabic news sets adverbials off with them
//    («قتل، الخميس، 5 أشخاص»), and the reach keeps neighbouring clauses mostly out.
// 2. Role words in the window: every trigger there whose lemma/type has a role, and every
//    outcome noun (قتلى، جرحى، معتقلين ...). So «أسفر الهجوم عن مقتل ثلاثة» binds to «الهجوم»
//    through «مقتل»: rule 2 of the brief, a count is the clause's, not only the trigger word's.
// 3. Each head count in the window (no unit, not inside a date, not after a label word such as
//    «عام» or «رقم») reads the noun after it, or after «من» («7 من أفراد الشرطة»), and takes:
//    the noun's outcome role («12 قتيلا»); else the nearest role word before it within kBefore
//    tokens («مقتل ثلاثة وإصابة 12 آخرين»: 12 is injured); else a role word right after the
//    noun («16 شخصا قتلوا»); else `size` for a participant noun under a protest or deployment
//    trigger («انتشر 2000 جندي»). A thing noun
//    («7 صواريخ») is never a count. A `size` role also needs a people noun (or none): protests
//    «في 5 مدن» or deployments «لمدة 3 أشهر» are not crowds.
// 4. Per role the count closest to the trigger wins; the result is in text order.
// Every step looks at a bounded number of tokens, so a trigger costs O(kReach) plus two
// binary searches.
#include "rasd/events/counts.h"

#include <algorithm>
#include <cmath>
#include <string_view>
#include <unordered_map>

#include "rasd/core/table.h"
#include "rasd/text/normalize.h"

namespace rasd::events {
namespace {

constexpr uint32_t kReach = 12;   // tokens either side of the trigger
constexpr uint32_t kBefore = 6;   // a role word governs a number at most this far after it
constexpr uint32_t kAfter = 3;    // «16 شخصا قتلوا»: the verb at most this far after the noun

enum class NounClass { kNone, kOutcome, kSize, kPerson, kThing, kLabel };

struct NounInfo {
  NounClass cls = NounClass::kNone;
  std::string role;  // for kOutcome
};

struct Tables {
  std::unordered_map<std::string, NounInfo> nouns;   // normalised noun -> class
  std::unordered_map<std::string, std::string> roles; // normalised lemma or TYPE[/mode] -> role
};

const Tables& tables() {
  static const Tables t = [] {
    Tables out;
    const auto& n = data::table("events/count_nouns");
    for (size_t r = 0; r < n.rows(); ++r) {
      std::string_view role = n.get(r, "role");
      NounInfo info;
      if (role == "size") info.cls = NounClass::kSize;
      else if (role == "person") info.cls = NounClass::kPerson;
      else if (role == "thing") info.cls = NounClass::kThing;
      else if (role == "label") info.cls = NounClass::kLabel;
      else { info.cls = NounClass::kOutcome; info.role = std::string(role); }
      out.nouns.emplace(text::normalize_key(n.get(r, "noun")), std::move(info));
    }
    const auto& c = data::table("events/count_roles");
    for (size_t r = 0; r < c.rows(); ++r) {
      std::string_view key = c.get(r, "trigger");
      // TYPE and TYPE/mode keys are Latin and stay as written; lemmas are normalised.
      bool latin = !key.empty() && key[0] >= 'A' && key[0] <= 'Z';
      out.roles.emplace(latin ? std::string(key) : text::normalize_key(key), std::string(c.get(r, "role")));
    }
    return out;
  }();
  return t;
}

// The role a trigger names by itself, "" when none: lemma, then TYPE/mode, then TYPE.
std::string trigger_role(const TriggerMention& t) {
  const auto& roles = tables().roles;
  if (auto it = roles.find(text::normalize_key(t.lemma)); it != roles.end()) return it->second;
  if (!t.mode.empty())
    if (auto it = roles.find(t.type + "/" + t.mode); it != roles.end()) return it->second;
  if (auto it = roles.find(t.type); it != roles.end()) return it->second;
  return {};
}

// The table reading of a word: its stem, the stem without the accusative -ا («قتيلا»), and the
// whole key (label rows are written with the article: «الساعة»).
const NounInfo* noun_of(const Token& tok) {
  if (tok.kind != TokenKind::kWord) return nullptr;
  const auto& nouns = tables().nouns;
  if (auto it = nouns.find(tok.key); it != nouns.end()) return &it->second;
  std::string_view s = tok.stem;
  if (auto it = nouns.find(std::string(s)); it != nouns.end()) return &it->second;
  constexpr std::string_view alef = "\xD8\xA7";  // ا
  if (s.size() > 2 * alef.size() && s.ends_with(alef)) {
    s.remove_suffix(alef.size());
    if (auto it = nouns.find(std::string(s)); it != nouns.end()) return &it->second;
  }
  return nullptr;
}

// A nisba plural or accusative («الفلسطينيين»، «حوثيا»، «روسيون»): people, for `size`.
bool nisba_people(const Token& tok) {
  if (tok.kind != TokenKind::kWord) return false;
  std::string_view s = tok.stem;
  for (std::string_view end : {"\xD9\x8A\xD9\x8A\xD9\x86", "\xD9\x8A\xD9\x88\xD9\x86", "\xD9\x8A\xD8\xA7"})  // يين يون يا
    if (s.size() >= end.size() + 4 && s.ends_with(end)) return true;
  return false;
}

bool clause_end(const Token& tok) {
  if (tok.kind != TokenKind::kPunct) return false;
  for (std::string_view p : {".", ";", ":", "!", "?", "\xD8\x9B", "\xD8\x9F"})  // also ؛ ؟
    if (tok.key == p) return true;
  return false;
}

bool counted_form(const Token& tok) {
  if (tok.stem.size() >= tok.key.size()) return true;
  std::string_view prefix = std::string_view(tok.key).substr(0, tok.key.size() - tok.stem.size());
  return prefix == "\xD8\xA7\xD9\x84";  // ال
}

bool is_min(const Token& tok) { return tok.key == "\xD9\x85\xD9\x86"; }  // من

}  // namespace

std::vector<CountBinding> counts_for(const Document& doc, const TriggerMention& trigger) {
  std::vector<CountBinding> out;
  if (trigger.first_token >= doc.tokens.size()) return out;
  // 1. The sentence and the window.
  auto sit = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), trigger.first_token,
                              [](uint32_t t, const Sentence& s) { return t < s.first_token; });
  if (sit == doc.sentences.begin()) return out;
  const Sentence& sent = *(sit - 1);
  if (trigger.first_token >= sent.end_token) return out;
  uint32_t lo = trigger.first_token > sent.first_token + kReach ? trigger.first_token - kReach : sent.first_token;
  uint32_t hi = std::min<uint32_t>(sent.end_token, trigger.end_token + kReach);
  for (uint32_t i = trigger.first_token; i-- > lo;)
    if (clause_end(doc.tokens[i])) { lo = i + 1; break; }
  for (uint32_t i = trigger.end_token; i < hi; ++i)
    if (clause_end(doc.tokens[i])) { hi = i; break; }

  // 2. Role words: (first token, end token, role), in text order.
  struct RoleWord { uint32_t first, end; std::string role; };
  std::vector<RoleWord> words;
  auto tit = std::lower_bound(doc.triggers.begin(), doc.triggers.end(), lo,
                              [](const TriggerMention& t, uint32_t v) { return t.first_token < v; });
  bool self_seen = false;
  for (; tit != doc.triggers.end() && tit->first_token < hi; ++tit) {
    self_seen |= tit->first_token == trigger.first_token;
    if (std::string r = trigger_role(*tit); !r.empty()) words.push_back({tit->first_token, tit->end_token, r});
  }
  // The caller's trigger may be a copy not (or no longer) in doc.triggers.
  if (!self_seen)
    if (std::string r = trigger_role(trigger); !r.empty()) words.push_back({trigger.first_token, trigger.end_token, r});
  for (uint32_t i = lo; i < hi; ++i)
    if (const NounInfo* n = noun_of(doc.tokens[i]); n && n->cls == NounClass::kOutcome)
      words.push_back({i, i + 1, n->role});
  std::sort(words.begin(), words.end(), [](const RoleWord& a, const RoleWord& b) { return a.first < b.first; });

  // 3. The head counts of the window.
  struct Cand { CountBinding b; uint32_t distance; };
  std::vector<Cand> cands;
  auto qit = std::lower_bound(doc.quantities.begin(), doc.quantities.end(), lo,
                              [](const Quantity& q, uint32_t v) { return q.first_token < v; });
  for (; qit != doc.quantities.end() && qit->first_token < hi; ++qit) {
    const Quantity& q = *qit;
    if (q.end_token > hi || !q.unit.empty()) continue;
    double v = q.value ? *q.value : q.min ? *q.min : -1;
    if (v < 1 || v != std::floor(v)) continue;  // a head count is a whole number of people
    // Inside a date («3 مارس»)? Dates are in text order and do not overlap.
    auto dit = std::upper_bound(doc.dates.begin(), doc.dates.end(), q.first_token,
                                [](uint32_t t, const DateMention& d) { return t < d.end_token; });
    if (dit != doc.dates.end() && dit->first_token < q.end_token) continue;
    if (q.first_token > sent.first_token) {
      const NounInfo* before = noun_of(doc.tokens[q.first_token - 1]);
      if (before && before->cls == NounClass::kLabel) continue;
    }
    // The noun: right after the number, or right after «من» («7 من أفراد الشرطة» -> «أفراد»).
    uint32_t noun_at = q.end_token;
    if (noun_at < hi && is_min(doc.tokens[noun_at])) ++noun_at;
    // A word joined by و/ف or a preposition starts something else («مقتل ثلاثة وإصابة 15»): only
    // a bare or article-prefixed word is the counted noun.
    const NounInfo* noun = noun_at < hi && counted_form(doc.tokens[noun_at]) ? noun_of(doc.tokens[noun_at]) : nullptr;
    // People or nothing after the number: what a `size` count needs.
    bool has_noun = noun_at < hi && doc.tokens[noun_at].kind == TokenKind::kWord && counted_form(doc.tokens[noun_at]);
    bool people = true;
    if (has_noun)
      people = noun ? noun->cls != NounClass::kThing && noun->cls != NounClass::kLabel
                    : nisba_people(doc.tokens[noun_at]);
    if (noun && (noun->cls == NounClass::kThing || noun->cls == NounClass::kLabel)) continue;
    uint32_t noun_end = has_noun ? noun_at + 1 : q.end_token;

    std::string role;
    uint32_t ev_first = q.first_token, ev_end = noun_end;
    if (noun && noun->cls == NounClass::kOutcome) {
      role = noun->role;
    } else {
      // The nearest role word before the number, else one right after the noun.
      const RoleWord* gov = nullptr;
      for (const auto& w : words)
        if (w.end <= q.first_token && w.end + kBefore >= q.first_token) gov = &w;
      // The verb may follow a «من» phrase: «35 مقاتلا من قوات النظام لقوا حتفهم».
      uint32_t after = noun_end + kAfter;
      if (noun_end < hi && is_min(doc.tokens[noun_end])) after += kAfter;
      if (!gov)
        for (const auto& w : words)
          if (w.first >= noun_end && w.first <= after) { gov = &w; break; }
      if (gov) {
        role = gov->role;
        ev_first = std::min(ev_first, gov->first);
        ev_end = std::max(ev_end, gov->end);
      } else if (noun && noun->cls == NounClass::kSize && trigger_role(trigger) == "size") {
        // Only a protest or deployment makes fighters a size: under an attack they are mostly
        // the victims of a verb beyond the window («35 مقاتلا ... لقوا حتفهم»).
        role = "size";
      }
    }
    if (role.empty()) continue;
    if (role == "size" && !people) continue;
    uint32_t tmid = trigger.first_token;
    uint32_t dist = q.first_token >= tmid ? q.first_token - tmid : tmid - q.end_token + 1;
    Span ev{doc.tokens[ev_first].span.begin, doc.tokens[ev_end - 1].span.end};
    cands.push_back({{role, static_cast<uint32_t>(qit - doc.quantities.begin()), ev}, dist});
  }

  // 4. One count per role, the closest; in text order.
  for (const auto& c : cands) {
    auto same = std::find_if(out.begin(), out.end(), [&](const CountBinding& b) { return b.role == c.b.role; });
    if (same == out.end()) { out.push_back(c.b); continue; }
    const Quantity& prev = doc.quantities[same->quantity];
    uint32_t tmid = trigger.first_token;
    uint32_t pd = prev.first_token >= tmid ? prev.first_token - tmid : tmid - prev.end_token + 1;
    if (c.distance < pd) *same = c.b;
  }
  std::sort(out.begin(), out.end(), [&](const CountBinding& a, const CountBinding& b) {
    return doc.quantities[a.quantity].span.begin < doc.quantities[b.quantity].span.begin;
  });
  return out;
}

}  // namespace rasd::events

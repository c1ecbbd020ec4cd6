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
//    tokens («مقتل ثلاثة وإصابة 12 آخرين»: 12 is injured), unless that word is joined to another
//    role word («مقتل وجرح العشرات» counts both together: neither); else a role word right after the
//    noun («16 شخصا قتلوا»); else `size` for a participant noun under a protest or deployment
//    trigger («انتشر 2000 جندي»). A thing noun
//    («7 صواريخ») is never a count. A `size` role also needs a people noun (or none): protests
//    «في 5 مدن» or deployments «لمدة 3 أشهر» are not crowds.
// 4. A trigger that names a role itself («قتل», «أصيب») owns only the counts nearer to it than to
//    another trigger of that role: in «قتل 16 وأصيب 14 ... مقاتلين قتلوا الأربعاء» the 14 is the
//    first killing's, not the second's (a count is its nearest telling's).
// 5. A role with no numeral may still have a count its victim noun's number implies
//    (data/events/count_implied.tsv): a singular or dual victim noun right after a role word
//    («مقتل القيادي» 1, «قتل طفلان» 2; after a finite verb its subject may stand between:
//    «قتلت الشرطة أحدهم»), right before a finite one («طفل قتل»), a named person after it
//    («مقتل صالح»), or the pronoun on a role noun («لقي مصرعه» 1, «مصرعهما» 2).
// 6. A deployment or protest with no size of its own takes the strength the next sentence of
//    its paragraph gives the force («ستضم القوة نحو 2500 فرد»; data/events/count_strength.tsv),
//    unless that sentence is a size telling itself.
// 7. Per role the count closest to the trigger wins; the result is in text order.
// Every step looks at a bounded number of tokens, so a trigger costs O(kReach) plus a few
// binary searches.
#include "rasd/events/counts.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "rasd/core/hash.h"
#include "rasd/core/table.h"
#include "rasd/text/normalize.h"

namespace rasd::events {
namespace {

constexpr uint32_t kReach = 12;   // tokens either side of the trigger
constexpr uint32_t kBefore = 6;   // a role word governs a number at most this far after it
constexpr uint32_t kAfter = 3;    // «16 شخصا قتلوا»: the verb at most this far after the noun
constexpr int kSubjectWords = 3;  // «قتل قناص حوثي، امرأة»: words a finite verb's subject may take
constexpr int kBeforeWords = 2;   // «رجل قد قتل»: words between a victim noun and its verb
constexpr uint32_t kMoreWords = 3; // «مقتل ضابط مع حراسه»: how far a `more` word reaches

enum class NounClass { kNone, kOutcome, kSize, kCrowd, kPerson, kThing, kLabel };

struct NounInfo {
  NounClass cls = NounClass::kNone;
  std::string role;  // for kOutcome
};

struct Tables {
  StringMap<NounInfo> nouns;      // normalised noun -> class
  StringMap<std::string> roles;   // normalised lemma or TYPE[/mode] -> role
  StringMap<int> implied;         // singular or dual victim noun -> 1 or 2
  StringSet hosts;             // role nouns taking the victim as a pronoun
  StringSet more;              // «مع»، «آخرين»: more victims than the noun says
  StringSet function_words;    // text/function_words: a victim noun is not past one
  StringSet strength;          // «ستضم»، «قوامها»: a force's size follows
};

const Tables& tables() {
  static const Tables t = [] {
    Tables out;
    const auto& n = data::table("events/count_nouns");
    for (size_t r = 0; r < n.rows(); ++r) {
      std::string_view role = n.get(r, "role");
      NounInfo info;
      if (role == "size") info.cls = NounClass::kSize;
      else if (role == "crowd") info.cls = NounClass::kCrowd;
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
    constexpr std::string_view taa = "\xD8\xA9";  // ة, written ت before an ending («امرأتان»، «إصابته»)
    const auto& m = data::table("events/count_implied");
    for (size_t r = 0; r < m.rows(); ++r) {
      std::string word = text::normalize_key(m.get(r, "word"));
      std::string base = word;
      if (base.ends_with(taa)) base = base.substr(0, base.size() - taa.size()) + "\xD8\xAA";  // ت
      if (m.get(r, "kind") == "suffix") { out.hosts.insert(base); continue; }
      if (m.get(r, "kind") == "more") { out.more.insert(word); continue; }
      out.implied.emplace(word, 1);
      std::string_view dual = m.get(r, "dual");
      std::vector<std::string> duals;
      if (dual == "both" || dual == "an") duals.push_back(base + "\xD8\xA7\xD9\x86");  // ان
      if (dual == "both") duals.push_back(base + "\xD9\x8A\xD9\x86");                   // ين
      // A form count_nouns.tsv lists is a plural («مقاتلين»), whatever the table says.
      for (auto& d : duals)
        if (!out.nouns.count(d)) out.implied.emplace(std::move(d), 2);
    }
    const auto& st = data::table("events/count_strength");
    for (size_t r = 0; r < st.rows(); ++r) out.strength.insert(text::normalize_key(st.get(r, "word")));
    const auto& f = data::table("text/function_words");
    for (size_t r = 0; r < f.rows(); ++r) out.function_words.insert(text::normalize_key(f.get(r, "word")));
    return out;
  }();
  return t;
}

// Whether a count of this role may belong to an event of this type (count_role_types.tsv).
bool role_fits_type(const std::string& role, const std::string& type) {
  static const StringMap<std::vector<std::string>> only = [] {
    StringMap<std::vector<std::string>> m;
    const auto& t = data::table("events/count_role_types");
    for (size_t r = 0; r < t.rows(); ++r) m[std::string(t.get(r, "role"))] = data::split_cell(t.get(r, "types"));
    return m;
  }();
  auto it = only.find(role);
  return it == only.end() || std::find(it->second.begin(), it->second.end(), type) != it->second.end();
}

// The role a trigger names by itself, "" when none: lemma, then TYPE/mode, then TYPE.
const std::string* find_role(const TriggerMention& t) {
  const auto& roles = tables().roles;
  if (auto it = roles.find(text::normalize_key(t.lemma)); it != roles.end()) return &it->second;
  if (!t.mode.empty())
    if (auto it = roles.find(t.type + "/" + t.mode); it != roles.end()) return &it->second;
  if (auto it = roles.find(t.type); it != roles.end()) return &it->second;
  return nullptr;
}
// Asked of every trigger near each count, again and again: a per-thread memo keyed by the lemma,
// type and mode spares normalising the lemma each time (the answers never change).
const std::string& trigger_role(const TriggerMention& t) {
  static const std::string kNone;
  constexpr size_t kMaxKeys = 1 << 14;
  thread_local StringMap<const std::string*> memo;
  thread_local std::string key;
  key.assign(t.lemma).append(1, '\0').append(t.type).append(1, '\0').append(t.mode);
  auto it = memo.find(std::string_view(key));
  if (it == memo.end()) {
    if (memo.size() >= kMaxKeys) memo.clear();
    it = memo.emplace(key, find_role(t)).first;
  }
  return it->second ? *it->second : kNone;
}

// The table reading of a word: its stem, the stem without the accusative -ا («قتيلا»), and the
// whole key (label rows are written with the article: «الساعة»).
const NounInfo* noun_of(const Token& tok) {
  if (tok.kind != TokenKind::kWord) return nullptr;
  const auto& nouns = tables().nouns;
  if (auto it = nouns.find(tok.key); it != nouns.end()) return &it->second;
  std::string_view s = tok.stem;
  if (s != tok.key)  // most words have no clitic: their stem was just looked up
    if (auto it = nouns.find(s); it != nouns.end()) return &it->second;
  constexpr std::string_view alef = "\xD8\xA7";  // ا
  if (s.size() > 2 * alef.size() && s.ends_with(alef)) {
    s.remove_suffix(alef.size());
    if (auto it = nouns.find(s); it != nouns.end()) return &it->second;
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

// The count a victim noun's number implies: 1 (singular), 2 (dual), 0 none. Only a bare or
// article-prefixed word: «بطفل» is a prepositional phrase, «والطفل» a second conjunct.
int implied_of(const Token& tok) {
  if (tok.kind != TokenKind::kWord) return 0;
  const auto& implied = tables().implied;
  // The whole word first: «فتاة» is no ف + «تاة».
  std::string_view s = tok.key;
  if (s.starts_with("\xD8\xA7\xD9\x84")) s.remove_prefix(4);  // ال
  if (auto it = implied.find(s); it != implied.end()) return it->second;
  if (!counted_form(tok)) return 0;
  s = tok.stem;
  if (auto it = implied.find(s); it != implied.end()) return it->second;
  constexpr std::string_view alef = "\xD8\xA7";  // accusative «شخصا»، «جنديا»
  if (s.size() > 2 * alef.size() && s.ends_with(alef)) {
    s.remove_suffix(alef.size());
    if (auto it = implied.find(s); it == implied.end()) return 0;
    else return it->second == 1 ? 1 : 0;  // «طفلانا» is no form
  }
  return 0;
}

// A role noun with an attached pronoun («مصرعه»): 1 or 2 for a singular or dual pronoun, 0 for
// a plural one («مصرعهم»), -1 when the word carries no victim pronoun.
int pronoun_count(const Token& tok) {
  if (tok.kind != TokenKind::kWord) return -1;
  struct Ending { std::string_view text; int count; };
  static constexpr Ending kEndings[] = {
      {"\xD9\x87\xD9\x85\xD8\xA7", 2},  // هما
      {"\xD9\x87\xD9\x85", 0},            // هم
      {"\xD9\x87\xD9\x86", 0},            // هن
      {"\xD9\x87\xD8\xA7", 1},            // ها
      {"\xD9\x87", 1},                      // ه
  };
  std::string_view s = tok.stem;
  for (const auto& e : kEndings)
    if (s.size() > e.text.size() && s.ends_with(e.text)) {
      if (tables().hosts.count(std::string(s.substr(0, s.size() - e.text.size())))) return e.count;
      return -1;  // the longest ending decides: «مقتلهما» is not «مقتلهم» + ا
    }
  return -1;
}

// A plural finite verb («قتلوا»، «أصيبوا»): its subject is no singular noun before it.
bool plural_verb(const Token& tok) { return tok.key.ends_with("\xD9\x88\xD8\xA7"); }  // وا

// The force's strength a sentence gives: a head count of people at most kBefore tokens after a
// strength word («القوة ستضم نحو 2500 فرد»), when the sentence has no size trigger of its own.
std::optional<CountBinding> strength_count(const Document& doc, const Sentence& s) {
  auto tit = std::lower_bound(doc.triggers.begin(), doc.triggers.end(), s.first_token,
                              [](const TriggerMention& t, uint32_t v) { return t.first_token < v; });
  for (; tit != doc.triggers.end() && tit->first_token < s.end_token; ++tit)
    if (trigger_role(*tit) == "size") return std::nullopt;
  uint32_t end = std::min<uint32_t>(s.end_token, s.first_token + 4 * kReach);  // a bounded look
  auto qit = doc.quantities.begin();
  for (uint32_t i = s.first_token; i < end; ++i) {
    if (!tables().strength.count(doc.tokens[i].stem)) continue;
    qit = std::lower_bound(qit, doc.quantities.end(), i + 1,
                           [](const Quantity& q, uint32_t v) { return q.first_token < v; });
    if (qit == doc.quantities.end() || qit->first_token > i + kBefore || qit->end_token > s.end_token) continue;
    const Quantity& q = *qit;
    double v = q.value ? *q.value : q.min ? *q.min : -1;
    if (!q.unit.empty() || v < 1 || v != std::floor(v)) continue;
    uint32_t noun_at = q.end_token;
    if (noun_at < s.end_token && is_min(doc.tokens[noun_at])) ++noun_at;
    uint32_t ev_end = q.end_token;
    if (noun_at < s.end_token && doc.tokens[noun_at].kind == TokenKind::kWord && counted_form(doc.tokens[noun_at])) {
      const NounInfo* n = noun_of(doc.tokens[noun_at]);
      bool people = n ? n->cls == NounClass::kSize || n->cls == NounClass::kCrowd || n->cls == NounClass::kPerson
                      : nisba_people(doc.tokens[noun_at]);
      if (!people) continue;
      ev_end = noun_at + 1;
    }
    return CountBinding{"size", q, {doc.tokens[i].span.begin, doc.tokens[ev_end - 1].span.end}};
  }
  return std::nullopt;
}

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

  // 2. Role words: (first token, end token, role, the trigger when it is one), in text order.
  struct RoleWord { uint32_t first, end; std::string role; const TriggerMention* trig = nullptr; };
  std::vector<RoleWord> words;
  auto tit = std::lower_bound(doc.triggers.begin(), doc.triggers.end(), lo,
                              [](const TriggerMention& t, uint32_t v) { return t.first_token < v; });
  bool self_seen = false;
  for (; tit != doc.triggers.end() && tit->first_token < hi; ++tit) {
    self_seen |= tit->first_token == trigger.first_token;
    if (std::string r = trigger_role(*tit); !r.empty()) words.push_back({tit->first_token, tit->end_token, r, &*tit});
  }
  // The caller's trigger may be a copy not (or no longer) in doc.triggers.
  if (!self_seen)
    if (std::string r = trigger_role(trigger); !r.empty()) words.push_back({trigger.first_token, trigger.end_token, r, &trigger});
  for (uint32_t i = lo; i < hi; ++i)
    if (const NounInfo* n = noun_of(doc.tokens[i]); n && n->cls == NounClass::kOutcome)
      words.push_back({i, i + 1, n->role});
  std::sort(words.begin(), words.end(), [](const RoleWord& a, const RoleWord& b) { return a.first < b.first; });
  // An outcome role word (not a protester participle: «مقتل متظاهر» names the victim).
  auto role_word_at = [&](uint32_t i) {
    return std::any_of(words.begin(), words.end(),
                       [&](const RoleWord& w) { return w.first <= i && i < w.end && w.role != "size"; });
  };
  // A role word joined by و to a different one right before it («مقتل وجرح»), which has no
  // victim of its own just before it («طفل قتل وأصيب أربعة» is two clauses).
  auto joined_roles = [&](const RoleWord& w) {
    if (!doc.tokens[w.first].key.starts_with("\xD9\x88")) return false;  // و
    return std::any_of(words.begin(), words.end(), [&](const RoleWord& v) {
      if (v.end != w.first || v.role == w.role) return false;
      if (v.first == 0) return true;
      const Token& prev = doc.tokens[v.first - 1];
      bool victim = implied_of(prev) > 0 || prev.kind == TokenKind::kNumber || noun_of(prev);
      return !victim;
    });
  };
  // Dates are in text order and do not overlap.
  auto in_date = [&](uint32_t first, uint32_t end) {
    auto dit = std::upper_bound(doc.dates.begin(), doc.dates.end(), first,
                                [](uint32_t t, const DateMention& d) { return t < d.end_token; });
    return dit != doc.dates.end() && dit->first_token < end;
  };

  // Tokens from a span of tokens to a role word, either way round: 1 when adjacent.
  auto gap = [](uint32_t first, uint32_t end, uint32_t w_first, uint32_t w_end) {
    return w_end <= first ? first - w_end + 1 : w_first >= end ? w_first - end + 1 : 0;
  };
  // 4. Ownership: another trigger of the trigger's own role nearer to the count takes it. Rivals
  // are looked for a reach beyond the window: one just outside it may be the count's own verb.
  const std::string own = trigger_role(trigger);
  std::vector<const TriggerMention*> rivals;
  if (!own.empty() && own != "size") {
    uint32_t rlo = std::max(sent.first_token, lo > kReach ? lo - kReach : 0);
    uint32_t rhi = std::min(sent.end_token, hi + kReach);
    auto rit = std::lower_bound(doc.triggers.begin(), doc.triggers.end(), rlo,
                                [](const TriggerMention& t, uint32_t v) { return t.first_token < v; });
    for (; rit != doc.triggers.end() && rit->first_token < rhi; ++rit)
      if (rit->first_token != trigger.first_token && trigger_role(*rit) == own) rivals.push_back(&*rit);
  }
  auto owned = [&](uint32_t first, uint32_t end) {
    uint32_t mine = gap(first, end, trigger.first_token, trigger.end_token);
    for (const TriggerMention* r : rivals)
      if (gap(first, end, r->first_token, r->end_token) < mine) return false;
    return true;
  };

  // 3. The head counts of the window.
  struct Cand { CountBinding b; uint32_t distance; };
  std::vector<Cand> cands;
  uint32_t tmid = trigger.first_token;
  auto distance = [&](uint32_t first, uint32_t end) { return first >= tmid ? first - tmid : tmid - end + 1; };
  auto qit = std::lower_bound(doc.quantities.begin(), doc.quantities.end(), lo,
                              [](const Quantity& q, uint32_t v) { return q.first_token < v; });
  for (; qit != doc.quantities.end() && qit->first_token < hi; ++qit) {
    const Quantity& q = *qit;
    if (q.end_token > hi || !q.unit.empty()) continue;
    double v = q.value ? *q.value : q.min ? *q.min : -1;
    if (v < 1 || v != std::floor(v)) continue;  // a head count is a whole number of people
    if (in_date(q.first_token, q.end_token)) continue;  // «3 مارس»
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
      // «مقتل وجرح العشرات»: a number after two joined role words counts both together, and
      // is neither the dead nor the injured.
      if (gov && joined_roles(*gov)) continue;
      // «قتل المسلحون 3 واعتقلت الشرطة 5», «مقتل عشرات الحوثيين وفرار آخرين»: a count another
      // type's trigger governs is that event's.
      if (gov && gov->trig && gov->trig->first_token != trigger.first_token && gov->trig->type != trigger.type)
        continue;
      if (gov) {
        role = gov->role;
        ev_first = std::min(ev_first, gov->first);
        ev_end = std::max(ev_end, gov->end);
      } else if (noun && noun->cls == NounClass::kSize && own == "size") {
        // Only a protest or deployment makes fighters a size: under an attack they are mostly
        // the victims of a verb beyond the window («35 مقاتلا ... لقوا حتفهم»).
        role = "size";
      } else if (noun && noun->cls == NounClass::kCrowd) {
        role = "size";  // protesters do what they are counted with, whatever the trigger
      }
    }
    if (role.empty()) continue;
    if (role == "size" && !people) continue;
    if (!owned(q.first_token, q.end_token)) continue;
    Span ev{doc.tokens[ev_first].span.begin, doc.tokens[ev_end - 1].span.end};
    cands.push_back({{role, q, ev}, distance(q.first_token, q.end_token)});
  }

  // 5. Implied counts, for the roles no numeral gave: the victim noun of each role trigger.
  auto implied = [&](uint32_t first, uint32_t end, int n, const RoleWord& w) {
    if (!owned(first, end)) return;
    Quantity q;
    q.span = {doc.tokens[first].span.begin, doc.tokens[end - 1].span.end};
    q.value = n;
    q.first_token = first;
    q.end_token = end;
    uint32_t a = std::min(first, w.first), b = std::max(end, w.end);
    cands.push_back({{w.role, q, {doc.tokens[a].span.begin, doc.tokens[b - 1].span.end}}, distance(first, end)});
  };
  // A named person starting at (or ending just before) a token: doc.actors is in text order.
  auto person_at = [&](uint32_t i, bool ending) -> const ActorMention* {
    auto it = std::lower_bound(doc.actors.begin(), doc.actors.end(), ending ? lo : i,
                               [](const ActorMention& a, uint32_t v) { return a.first_token < v; });
    for (; it != doc.actors.end() && it->first_token <= i; ++it)
      if ((ending ? it->end_token == i + 1 : it->first_token == i) && it->entity >= 0 &&
          static_cast<size_t>(it->entity) < doc.entities.size() &&
          doc.entities[static_cast<size_t>(it->entity)].type == EntityType::kPer)
        return &*it;
    return nullptr;
  };
  auto actor_at = [&](uint32_t i) {
    auto it = std::lower_bound(doc.actors.begin(), doc.actors.end(), lo,
                               [](const ActorMention& a, uint32_t v) { return a.first_token < v; });
    for (; it != doc.actors.end() && it->first_token <= i; ++it)
      if (i < it->end_token) return true;
    return false;
  };
  auto has_numeral = [&](const std::string& role) {
    return std::any_of(cands.begin(), cands.end(), [&](const Cand& c) { return c.b.role == role; });
  };
  auto quantity_at = [&](uint32_t i) {
    auto it = std::upper_bound(doc.quantities.begin(), doc.quantities.end(), i,
                               [](uint32_t t, const Quantity& q) { return t < q.end_token; });
    return it != doc.quantities.end() && it->first_token <= i;
  };
  // «مقتل قيادي مع مرافقيه»، «قتل جندي وآخرون»: the victims are more than the noun says.
  auto more_after = [&](uint32_t from) {
    for (uint32_t i = from; i < hi && i < from + kMoreWords; ++i) {
      const Token& tok = doc.tokens[i];
      if (tok.kind == TokenKind::kPunct || quantity_at(i) || role_word_at(i)) return false;
      if (tables().more.count(tok.stem)) return true;
    }
    return false;
  };
  std::vector<RoleWord> implied_words;
  for (const auto& w : words)
    if (w.trig && (w.role == "dead" || w.role == "injured" || w.role == "arrested") && !has_numeral(w.role))
      implied_words.push_back(w);
  for (const auto& w : implied_words) {
    // The pronoun on the role noun is the victim: «لقي مصرعه»; «لقوا مصرعهم» names no number.
    if (int n = pronoun_count(doc.tokens[w.end - 1]); n >= 0) {
      if (n > 0) implied(w.end - 1, w.end, n, w);
      continue;
    }
    // After the role word: the victim noun in construct («مقتل القيادي»), or a finite verb's
    // object past its subject («قتلت الشرطة أحدهم»). Commas and dates in between are skipped.
    bool found = false;
    int budget = w.trig->nominal ? 0 : kSubjectWords;
    for (uint32_t i = w.end; i < hi; ++i) {
      const Token& tok = doc.tokens[i];
      if (in_date(i, i + 1)) continue;
      if (tok.kind == TokenKind::kPunct) {
        if (tok.key == ",") continue;
        break;
      }
      if (quantity_at(i) || role_word_at(i)) break;
      if (int n = implied_of(tok)) {
        if (!more_after(i + 1)) implied(i, i + 1, n, w);
        found = true;
        break;
      }
      if (const ActorMention* a = person_at(i, false)) { implied(i, a->end_token, 1, w); found = true; break; }
      // A preposition, particle or plural head noun ends the phrase («قتل أطفال الرجل»); a
      // subject actor («قتلت قوات الأمن») does not.
      if (!counted_form(tok) || tables().function_words.count(tok.key)) break;
      if (noun_of(tok) && !actor_at(i)) break;
      if (budget-- == 0) break;
    }
    if (found || w.trig->nominal || plural_verb(doc.tokens[w.first])) continue;
    // Before a finite verb: its subject («رجل قد قتل»، «إن شخصا آخر قتل»).
    budget = kBeforeWords;
    for (uint32_t i = w.first; i-- > lo;) {
      const Token& tok = doc.tokens[i];
      if (in_date(i, i + 1)) continue;
      if (tok.kind == TokenKind::kPunct || quantity_at(i) || role_word_at(i)) break;
      if (int n = implied_of(tok)) { implied(i, i + 1, n, w); break; }
      if (const ActorMention* a = person_at(i, true)) { implied(a->first_token, i + 1, 1, w); break; }
      if (budget-- == 0) break;
    }
  }

  // 6. A deployment or protest with no size of its own may take the strength its next sentence
  // gives the force («... أنزلت قوات. ... أن القوة ستضم نحو 2500 فرد»): count_strength.tsv.
  bool has_size = std::any_of(cands.begin(), cands.end(), [](const Cand& c) { return c.b.role == "size"; });
  if (own == "size" && !has_size && sit != doc.sentences.end() && sit->paragraph == sent.paragraph) {
    if (std::optional<CountBinding> b = strength_count(doc, *sit))
      cands.push_back({*b, std::numeric_limits<uint32_t>::max()});
  }

  // 7. One count per role, the closest, of the roles the trigger's type may carry; in text order.
  for (const auto& c : cands) {
    if (!role_fits_type(c.b.role, trigger.type)) continue;
    auto same = std::find_if(out.begin(), out.end(), [&](const CountBinding& b) { return b.role == c.b.role; });
    if (same == out.end()) { out.push_back(c.b); continue; }
    if (c.distance < distance(same->quantity.first_token, same->quantity.end_token)) *same = c.b;
  }
  std::sort(out.begin(), out.end(), [](const CountBinding& a, const CountBinding& b) {
    return a.quantity.span.begin < b.quantity.span.begin;
  });
  return out;
}

}  // namespace rasd::events

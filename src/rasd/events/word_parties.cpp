#include "rasd/events/word_parties.h"

#include <algorithm>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "rasd/core/hash.h"
#include "rasd/core/table.h"
#include "rasd/events/argument_cues.h"
#include "rasd/text/normalize.h"

namespace rasd::events {
namespace {

constexpr uint32_t kPhraseWords = 4;  // words after the head a phrase may take («قائد كتيبة الحرس الجمهوري»)
constexpr size_t kMinStemBytes = 6;   // three Arabic letters: a glued و on a shorter stem is the word's own
constexpr size_t kNisbaBytes = 8;     // four letters: shorter words ending in «ي» are seldom adjectives
constexpr size_t kPluralBytes = 12;   // «ون» after four letters at least
constexpr size_t kAdverbBytes = 12;   // six letters: «عسكريا»

enum class Kind : uint8_t { kStop, kPartitive, kAdjective };

struct Words {
  StringSet function;
  StringSet title_heads;  // first words of data/actors/titles.tsv as written
  StringMap<Kind> listed;
  StringSet months;  // first words of data/text/months.tsv
};

const Words& words() {
  static const Words w = [] {
    Words out;
    const auto& f = data::table("text/function_words");
    for (size_t r = 0; r < f.rows(); ++r) out.function.insert(text::normalize_key(f.get(r, "word")));
    // A locative word («داخل», «حدود») opens a place after the party, not more of its name.
    const auto& lw = data::table("events/locative_words");
    for (size_t r = 0; r < lw.rows(); ++r)
      if (std::string_view w = lw.get(r, "word"); !w.ends_with('-')) out.function.insert(text::normalize_key(w));
    // A title whose own first letter is «و» («وزير», «ولي العهد») is no conjunction and its word.
    const auto& ti = data::table("actors/titles");
    for (size_t r = 0; r < ti.rows(); ++r) {
      std::string_view t = ti.get(r, "title");
      out.title_heads.insert(text::normalize_key(t.substr(0, t.find(' '))));
    }
    const auto& mo = data::table("text/months");
    for (size_t r = 0; r < mo.rows(); ++r) {
      std::string_view n = mo.get(r, "name");
      out.months.insert(text::normalize_key(n.substr(0, n.find(' '))));
    }
    const auto& s = data::table("events/phrase_stops");
    for (size_t r = 0; r < s.rows(); ++r)
      out.listed[text::normalize_key(s.get(r, "word"))] = s.get(r, "kind") == "partitive"   ? Kind::kPartitive
                                                          : s.get(r, "kind") == "adjective" ? Kind::kAdjective
                                                                                            : Kind::kStop;
    return out;
  }();
  return w;
}

// The word without its clitics («والمتهم» -> «متهم»), as the tokenizer stripped them.
std::string_view stem_of(const Token& t) { return t.stem.empty() ? std::string_view(t.key) : std::string_view(t.stem); }

const Kind* listed(const Token& t) {
  const Words& w = words();
  for (std::string_view x : {std::string_view(t.key), stem_of(t)})
    if (auto it = w.listed.find(std::string(x)); it != w.listed.end()) return &it->second;
  return nullptr;
}

bool function_word(const Token& t) {
  const Words& w = words();
  return w.function.count(t.key) || w.function.count(std::string(cues::without_conjunction(t.key)));
}

// A conjunction glued to the word («وقريب»): it opens the next item or clause.
bool conjoined(const Token& t) {
  std::string_view k = t.key, s = stem_of(t);
  if (words().title_heads.count(t.key)) return false;  // «وزير الدفاع», not «و» + «زير»
  if (k.size() <= s.size() || !k.ends_with(s)) return false;
  return (k.starts_with(cues::kWaw) || k.starts_with(cues::kFa)) && s.size() >= kMinStemBytes;
}

// A nationality or relation adjective («إغاثية», «الحكومية», «المحليين»): it qualifies the noun
// before it whether or not it carries the article.
bool nisba(const Token& t) {
  std::string_view s = stem_of(t);
  if (s.size() < kNisbaBytes) return false;
  for (std::string_view end : {"\xD9\x8A", "\xD9\x8A\xD8\xA9", "\xD9\x8A\xD9\x8A\xD9\x86", "\xD9\x8A\xD9\x88\xD9\x86",
                               "\xD9\x8A\xD8\xA7\xD8\xAA"})  // ي ية يين يون يات
    if (s.ends_with(end)) return true;
  return false;
}

const Quantity* count_at(const Document& doc, uint32_t k);

// Whether the word ends in the accusative «ا» of indefiniteness («دبلوماسيا», «عنصراً»), past a
// stem of three letters.
bool accusative_alif(const Token& t) {
  std::string_view w = stem_of(t);
  constexpr std::string_view kAlifTanwin = "\xD8\xA7\xD9\x8B";  // اً
  constexpr std::string_view kAlif = "\xD8\xA7";               // ا
  return (w.ends_with(kAlifTanwin) || w.ends_with(kAlif)) && w.size() >= kMinStemBytes + kAlif.size();
}

// A word that qualifies the noun before it rather than names a party: an indefinite accusative
// nisba after an indefinite accusative noun («قصفا عشوائيا», «مطارا عسكريا»; six letters at
// least, and never a counted noun: «23 دبلوماسيا»), or a definite singular nisba after a definite
// word that names no party («الاستهداف الوحشي», «الغارات الجوية»).
bool adjective_at(const Document& doc, uint32_t k) {
  const Token& t = doc.tokens[k];
  std::string_view s = stem_of(t);
  if (k == 0 || doc.tokens[k - 1].kind != TokenKind::kWord || !cues::without_conjunction(t.key).empty()) return false;
  const Token& before = doc.tokens[k - 1];
  std::string_view b = stem_of(before);
  if (!cues::definite(t))  // after an indefinite accusative noun («قصفا عشوائيا»), not a verb's «وا»
    return s.size() >= kAdverbBytes && s.ends_with("\xD9\x8A\xD8\xA7") && !cues::definite(before) &&  // يا
           b.ends_with("\xD8\xA7") && !b.ends_with("\xD9\x88\xD8\xA7") && !count_at(doc, k - 1);  // ا, وا
  // As written: the key reads «ى» as «ي» («القتلى», «الكبرى» are no adjectives of this kind).
  std::string_view w = std::string_view(doc.text).substr(t.span.begin, t.span.end - t.span.begin);  // a view, not a copy that dies here
  if (s.size() < kNisbaBytes || !(w.ends_with("\xD9\x8A") || w.ends_with("\xD9\x8A\xD8\xA9"))) return false;  // ي ية
  // After a named party the word may open the object («اعتقلت الشرطة الصحفي»).
  return cues::definite(before) &&
         std::none_of(doc.actors.begin(), doc.actors.end(), [&](const ActorMention& m) { return m.end_token == k; });
}

template <class T>
bool starts_at(const std::vector<T>& v, uint32_t k) {
  auto it = std::lower_bound(v.begin(), v.end(), k, [](const T& x, uint32_t t) { return x.first_token < t; });
  return it != v.end() && it->first_token == k;
}

// Whether token k may stand in a party phrase at all.
bool word_ok(const Document& doc, uint32_t k, bool glued = false) {
  const Token& t = doc.tokens[k];
  if (t.kind != TokenKind::kWord && t.kind != TokenKind::kLatin) return false;
  if ((!glued && !cues::preposition_of(doc, k, nullptr).empty()) || conjoined(t)) return false;
  // Places are parties through the place layer only (events/place_parties.h).
  if (starts_at(doc.dates, k) || starts_at(doc.triggers, k) || starts_at(doc.places, k)) return false;
  // A measure («عشر سنوات», «مليون دولار») is no party; a head count is (count_at).
  auto q = std::lower_bound(doc.quantities.begin(), doc.quantities.end(), k,
                            [](const Quantity& x, uint32_t t) { return x.first_token < t; });
  if (q != doc.quantities.end() && q->first_token == k && !q->unit.empty()) return false;
  // A light verb's noun with its «ب» («بشن غارات»: the «ب» stays on so short a stem) leads a
  // deed, never a party.
  if (std::string_view w = cues::without_conjunction(t.key).empty() ? std::string_view(t.key) : cues::without_conjunction(t.key);
      w.starts_with("\xD8\xA8")) {  // ب
    Token bare;
    bare.kind = t.kind;
    bare.key = std::string(w.substr(2));
    if (cues::support_verb(bare, false)) return false;
  }
  const Kind* l = listed(t);
  return !(l && *l == Kind::kStop);
}

const Quantity* count_at(const Document& doc, uint32_t k) {
  auto it = std::lower_bound(doc.quantities.begin(), doc.quantities.end(), k,
                             [](const Quantity& q, uint32_t t) { return q.first_token < t; });
  return it != doc.quantities.end() && it->first_token == k && it->unit.empty() ? &*it : nullptr;
}

}  // namespace

WordPhrase noun_phrase(const Document& doc, uint32_t k, uint32_t limit, bool glued) {
  limit = std::min<uint32_t>(limit, static_cast<uint32_t>(doc.tokens.size()));
  WordPhrase p{k, k};
  if (k >= limit) return p;
  uint32_t head = k;
  // A count leads its noun («ستة أشخاص»); a partitive its «من» and noun («عدد من الجنود»).
  if (const Quantity* q = count_at(doc, k)) head = q->end_token;
  else if (const Kind* l = listed(doc.tokens[k]); l && *l == Kind::kPartitive && k + 1 < limit) head = k + 1;
  if (head > k && head + 1 < limit && doc.tokens[head].key == "\xD9\x85\xD9\x86") {  // «من»
    ++head;
    // «هجمات 11 من سبتمبر»: a day of a month, not a count of people.
    if (words().months.count(doc.tokens[head].key)) return p;
  }
  if (head >= limit || !word_ok(doc, head, glued && head == k)) return p;
  const Kind* hl = listed(doc.tokens[head]);
  if (function_word(doc.tokens[head]) && !(hl && *hl == Kind::kPartitive)) return p;
  if (adjective_at(doc, head)) return p;
  if (cues::support_verb(doc.tokens[head], false)) return p;  // «طالب عقد محادثات»: a light verb heads a deed
  p.end = head + 1;
  bool construct = !cues::definite(doc.tokens[head]) && !nisba(doc.tokens[head]);
  // «23 دبلوماسيا», «180 موظفاً»: a counted noun in the accusative keeps its «ا» of
  // indefiniteness, so it heads no genitive; the words after it belong to the clause, its
  // nisba aside.
  bool counted_accusative = head > k && construct && accusative_alif(doc.tokens[head]);
  if (counted_accusative) construct = false;
  for (uint32_t n = 0; n < kPhraseWords && p.end < limit; ++n) {
    const Token& t = doc.tokens[p.end];
    if (!word_ok(doc, p.end) || function_word(t)) break;
    // «ناشطون آخرون»: «other» qualifies whatever noun it follows, and closes it.
    if (const Kind* l = listed(t); l && *l == Kind::kAdjective) {
      ++p.end;
      construct = false;
      continue;
    }
    // «60 دبلوماسيا أمريكيا»: the counted noun's own accusative nisba, and no more.
    if (counted_accusative && p.end == head + 1 && adjective_at(doc, p.end)) {
      ++p.end;
      break;
    }
    // After an indefinite noun any noun is its genitive («ابن عمه»); after a definite one only a
    // nisba adjective with the article («القوات الحكومية»): another definite word there may begin
    // the next phrase («زار الوفد المعسكر»), and a shorter name still names the party.
    if (!construct && !(cues::definite(t) && nisba(t))) break;
    construct = !cues::definite(t) && !nisba(t);
    ++p.end;
  }
  return p;
}

bool nisba_like(const Token& t) { return nisba(t); }

bool quantified_at(const Document& doc, uint32_t k) {
  if (k >= doc.tokens.size()) return false;
  const Kind* l = listed(doc.tokens[k]);
  return count_at(doc, k) || (l && *l == Kind::kPartitive);
}

bool partitive_at(const Document& doc, uint32_t k) {
  return k + 1 < doc.tokens.size() && doc.tokens[k + 1].key == "\xD9\x85\xD9\x86" &&  // من
         quantified_at(doc, k) && cues::preposition_of(doc, k, nullptr).empty();
}

bool nominative_plural(const Document& doc, uint32_t k) {
  const Token& t = doc.tokens[k];
  std::string_view s = stem_of(t);
  return t.kind == TokenKind::kWord && s.size() >= kPluralBytes && s.ends_with("\xD9\x88\xD9\x86") &&  // «ون»
         !function_word(t) && !listed(t);
}

EventParty word_party(const Document& doc, WordPhrase p) {
  EventParty out;
  out.name = std::string(doc.text.substr(doc.tokens[p.first].span.begin,
                                         doc.tokens[p.end - 1].span.end - doc.tokens[p.first].span.begin));
  return out;
}

}  // namespace rasd::events

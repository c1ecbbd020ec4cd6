// Discourse status (discourse_status.h). Three looks around the trigger, nearest first:
// a cue that governs it (before it, only words between, no punctuation and no other trigger: the
// trigger is the cue's object or genitive), a cue that follows it the same way, and a cue anywhere
// in its clause (commas and semicolons end a clause). Then its own date and a question mark.
// Every look is bounded by the row's window, so the cost per trigger is constant. Then whether it
// lies in what a call or a threat asks for (called_for), bounded by kCallReach tokens.
#include "rasd/events/discourse_status.h"

#include <algorithm>
#include <chrono>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "rasd/core/hash.h"
#include "rasd/core/table.h"
#include "rasd/events/argument_cues.h"
#include "rasd/events/counts.h"
#include "rasd/events/status_model.h"
#include "rasd/events/trigger_finder.h"
#include "rasd/text/clitics.h"
#include "rasd/text/normalize.h"
#include "rasd/text/utf8.h"

namespace rasd::events {
namespace {

enum class Position { kGoverns, kFollows, kClause, kRelative };

struct Cue {
  std::vector<std::string> words;  // normalised keys
  Status status = Status::kReport;
  Position position = Position::kGoverns;
  uint32_t window = 1;             // words between the cue and the trigger, plus one
  bool need_noun = false, need_verb = false, need_present = false, need_deed = false, need_year = false;
  bool need_period = false;        // a counted span of months or years follows («خلال سبعة أشهر»)
  bool need_definite = false, need_indefinite = false;
  bool need_bi = false;            // the trigger's word carries ب: the cue's object, not its subject
};

struct Cues {
  std::vector<Cue> rows;
  StringMap<std::vector<size_t>> by_first;
};

constexpr uint32_t kClauseReach = 30;  // tokens looked at on each side for clause cues
constexpr int kOldDays = 31;           // "more than about a month before publication" (output contract)

Status status_of(std::string_view s) {
  if (s == "reference") return Status::kReference;
  if (s == "old") return Status::kOld;
  if (s == "generic") return Status::kGeneric;
  if (s == "hypothetical") return Status::kHypothetical;
  if (s == "future") return Status::kFuture;
  if (s == "topic") return Status::kTopic;
  return Status::kReport;
}

const Cues& cues() {
  static const Cues c = [] {
    Cues out;
    const data::Table& t = data::table("events/status_cues");
    for (size_t r = 0; r < t.rows(); ++r) {
      Cue cue;
      for (const auto& w : data::split_cell(t.get(r, "cue"), ' ')) cue.words.push_back(text::normalize_key(w));
      if (cue.words.empty()) continue;
      cue.status = status_of(t.get(r, "status"));
      std::string_view pos = t.get(r, "position");
      cue.position = pos == "follows"    ? Position::kFollows
                     : pos == "clause"   ? Position::kClause
                     : pos == "relative" ? Position::kRelative
                                         : Position::kGoverns;
      cue.window = static_cast<uint32_t>(std::max(1, std::atoi(std::string(t.get(r, "window")).c_str())));
      std::string_view req = t.get(r, "requires");
      cue.need_noun = req == "noun" || req == "definite";
      cue.need_definite = req == "definite";
      cue.need_indefinite = req == "indefinite";
      cue.need_noun = cue.need_noun || cue.need_indefinite;
      cue.need_verb = req == "verb";
      cue.need_present = req == "present" || req == "present_deed";
      cue.need_deed = req == "present_deed" || req == "deed";
      cue.need_year = req == "year";
      cue.need_period = req == "period";
      cue.need_bi = req == "bi_object";
      cue.need_noun = cue.need_noun || cue.need_bi;
      out.by_first[cue.words.front()].push_back(out.rows.size());
      out.rows.push_back(std::move(cue));
    }
    return out;
  }();
  return c;
}

// «وبعد» -> «بعد» (argument_cues.h): the key without one leading conjunction, or "".
using events::cues::without_conjunction;  // (events::cues, not this file's cues() table)

bool starts_with_waw_key(std::string_view key) { return key.size() > 4 && key.starts_with("\xD9\x88"); }  // و

bool weak_boundary(const Token& t) {
  return t.kind == TokenKind::kPunct && (t.key == "," || t.key == ";" || t.key == ":");
}

// A present-tense verb: its row's lemma is the present stem («يقتل», «يهاجم»).
bool present_verb(const TriggerMention& t) {
  return !t.nominal && text::normalize_key(t.lemma).starts_with("\xD9\x8A");  // ي
}

using events::cues::definite;

bool year_number(const Token& t) {
  if (t.kind != TokenKind::kNumber) return false;
  int y = std::atoi(t.key.c_str());
  return y >= 1900 && y <= 2100 && t.key.size() == 4;
}

// A counted span of months or years from token k: a number (digits or a word of
// data/text/number_words.tsv, after an optional qualifier of quantity_qualifiers.tsv: «أكثر
// من») then a month or year word of data/text/date_durations.tsv, or a dual alone («عامين»).
// Days and weeks are left out: «خلال ثلاثة أيام» may time one operation.
bool counted_long_period(const Document& doc, uint32_t k) {
  struct Words {
    StringSet numbers, units, duals;
    std::vector<std::vector<std::string>> qualifiers;
  };
  static const Words w = [] {
    Words out;
    const data::Table& n = data::table("text/number_words");
    for (size_t r = 0; r < n.rows(); ++r)
      if (n.get(r, "alone") != "no") out.numbers.insert(text::normalize_key(n.get(r, "word")));
    const data::Table& d = data::table("text/date_durations");
    for (size_t r = 0; r < d.rows(); ++r) {
      std::string_view unit = d.get(r, "unit");
      if (unit != "month" && unit != "year") continue;
      std::string key = text::normalize_key(d.get(r, "word"));
      (d.get(r, "count") == "2" ? out.duals : out.units).insert(key);
    }
    const data::Table& q = data::table("text/quantity_qualifiers");
    for (size_t r = 0; r < q.rows(); ++r) {
      if (q.get(r, "position") != "before") continue;
      std::vector<std::string> words;
      for (const auto& x : data::split_cell(q.get(r, "phrase"), ' ')) words.push_back(text::normalize_key(x));
      out.qualifiers.push_back(std::move(words));
    }
    return out;
  }();
  auto word = [&](uint32_t i) -> std::string_view {
    return i < doc.tokens.size() && doc.tokens[i].kind != TokenKind::kPunct ? std::string_view(doc.tokens[i].key)
                                                                            : std::string_view();
  };
  if (w.duals.count(std::string(word(k)))) return true;
  for (const auto& q : w.qualifiers) {
    uint32_t i = 0;
    while (i < q.size() && word(k + i) == q[i]) ++i;
    if (i == q.size()) { k += i; break; }
  }
  if (k >= doc.tokens.size()) return false;
  if (w.duals.count(std::string(word(k)))) return true;
  bool number = doc.tokens[k].kind == TokenKind::kNumber || w.numbers.count(doc.tokens[k].key);
  return number && w.units.count(std::string(word(k + 1)));
}

bool requirements_hold(const Document& doc, const Cue& c, const TriggerMention& t, uint32_t cue_end) {
  if (c.need_noun && !t.nominal) return false;
  if (c.need_definite && !definite(doc.tokens[t.first_token])) return false;
  if (c.need_indefinite && definite(doc.tokens[t.first_token])) return false;
  if (c.need_verb && t.nominal) return false;
  // «تحظى بدعم»: the preposition glued before the trigger (left out of its span) marks the object;
  // «تحظى الزيارة باهتمام» has the deed as its subject, told.
  if (c.need_bi) {
    const Token& own = doc.tokens[t.first_token];
    if (t.span.begin <= own.span.begin || !own.key.starts_with("\xD8\xA8")) return false;  // ب
  }
  if (c.need_present && !present_verb(t)) return false;
  static const StringSet speech_acts = [] {
    StringSet out;
    const data::Table& a = data::table("events/speech_acts");
    for (size_t r = 0; r < a.rows(); ++r) out.emplace(a.get(r, "type"));
    return out;
  }();
  if (c.need_deed && speech_acts.count(t.type)) return false;
  if (c.need_year && (cue_end >= doc.tokens.size() || !year_number(doc.tokens[cue_end]))) return false;
  if (c.need_period && !counted_long_period(doc, cue_end)) return false;
  return true;
}

// The cue of `position` whose words start at token i and end before `limit`, longest first.
const Cue* match_at(const Document& doc, uint32_t i, uint32_t limit, Position position, uint32_t* len) {
  const Cues& c = cues();
  const std::string& key = doc.tokens[i].key;
  const Cue* best = nullptr;
  for (std::string_view first : {std::string_view(key), without_conjunction(key)}) {
    if (first.empty()) continue;
    auto it = c.by_first.find(std::string(first));
    if (it == c.by_first.end()) continue;
    for (size_t r : it->second) {
      const Cue& cue = c.rows[r];
      uint32_t n = static_cast<uint32_t>(cue.words.size());
      if (cue.position != position || i + n > limit || (best && n <= *len)) continue;
      bool ok = true;
      for (uint32_t w = 1; w < n && ok; ++w) ok = doc.tokens[i + w].key == cue.words[w];
      if (ok) { best = &cue; *len = n; }
    }
  }
  return best;
}

Span span_of(const Document& doc, uint32_t first, uint32_t len) {
  return {doc.tokens[first].span.begin, doc.tokens[first + len - 1].span.end};
}

const Sentence* sentence_at(const Document& doc, uint32_t token) {
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), token,
                             [](uint32_t tok, const Sentence& s) { return tok < s.end_token; });
  if (it == doc.sentences.end() || token < it->first_token) return nullptr;
  return &*it;
}

// The trigger that starts at token k, or nullptr.
const TriggerMention* trigger_at(const Document& doc, uint32_t k) {
  auto it = std::lower_bound(doc.triggers.begin(), doc.triggers.end(), k,
                             [](const TriggerMention& m, uint32_t tok) { return m.first_token < tok; });
  return it != doc.triggers.end() && it->first_token == k ? &*it : nullptr;
}

// A cue before the trigger that governs it: words only between, no other trigger. A conjunct
// shares its governor: in «بعد أشهر من القتال والحصار» the cue governs «الحصار» through
// «القتال»; the window then counts from the first conjunct.
StatusReading governing(const Document& doc, const Sentence& s, const TriggerMention& t) {
  // Links followed back through conjuncts and genitives: a run of bare triggers («قصف قصف قصف
  // ...») would otherwise send every trigger back to the run's start (quadratic).
  constexpr uint32_t kMaxLinks = 3;
  uint32_t words = 0, links = 0;
  uint32_t head = t.first_token;  // the first conjunct
  for (uint32_t k = t.first_token; k-- > s.first_token && words < 8;) {
    const Token& tok = doc.tokens[k];
    if (tok.kind == TokenKind::kPunct) break;
    ++words;
    // The cue's words may run up to the trigger: try every cue that starts here.
    uint32_t len = 0;
    const Cue* c = match_at(doc, k, head, Position::kGoverns, &len);
    // A longer cue starting a word or two before and covering this one wins («الوقت الذي»).
    for (uint32_t back = 1; back <= 2 && k >= s.first_token + back; ++back) {
      uint32_t l = 0;
      const Cue* longer = match_at(doc, k - back, head, Position::kGoverns, &l);
      if (longer && k - back + l > k) { c = longer; len = l; k -= back; break; }
    }
    if (c && c->status == Status::kReport) return {};
    if (c && k + len <= head && head - (k + len) < c->window && requirements_hold(doc, *c, t, k + len))
      return {c->status, span_of(doc, k, len)};
    if (trigger_starts_at(doc, k)) {
      const TriggerMention* before = trigger_at(doc, k);
      const std::string& joined = doc.tokens[head].key;
      bool conjunct = before && before->end_token == head && joined.size() > 4 && joined.starts_with("\xD9\x88");  // و
      // «أو» as a word of its own joins two alike: «بعد أشهر من القصف أو الحصار».
      static const std::string either = text::normalize_key("أو");
      conjunct = conjunct || (before && before->end_token + 1 == head && doc.tokens[before->end_token].key == either);
      // A verbal noun in the genitive of another («بعد محاولة اغتيال», «التحضيرات لمعركة
      // تحرير») is governed with it: its head has no article and stands right before it.
      bool genitive = before && before->end_token == head && before->nominal && !before->participle &&
                      t.nominal && !definite(doc.tokens[k]) && !starts_with_waw_key(joined);
      if ((!conjunct && !genitive) || ++links > kMaxLinks) break;
      head = k;
      words = 0;
    }
  }
  return {};
}

// A cue right after the trigger («الاجتماع المرتقب», «هجوم محتمل»).
StatusReading following(const Document& doc, const Sentence& s, const TriggerMention& t) {
  for (uint32_t k = t.end_token, words = 0; k < s.end_token && words < 4; ++k) {
    const Token& tok = doc.tokens[k];
    if (tok.kind == TokenKind::kPunct) break;
    ++words;
    if (k > t.end_token && trigger_starts_at(doc, k)) break;
    uint32_t len = 0;
    const Cue* c = match_at(doc, k, s.end_token, Position::kFollows, &len);
    if (c && words <= c->window && requirements_hold(doc, *c, t, k + len)) return {c->status, span_of(doc, k, len)};
  }
  return {};
}

// A relative pronoun (data/events/relative_words.tsv) in [from, to): what follows it tells its
// antecedent, so a counted span there measures that («برنامج الإنقاذ الذي تبلغ قيمته ... خلال
// خمس سنوات»), not the trigger before it.
bool relative_between(const Document& doc, uint32_t from, uint32_t to) {
  const std::unordered_set<std::string>& rel = cues::lexicon().relatives;  // relative_words.tsv
  for (uint32_t k = from; k < to; ++k)
    if (doc.tokens[k].kind == TokenKind::kWord &&
        (rel.count(doc.tokens[k].key) || rel.count(std::string(without_conjunction(doc.tokens[k].key)))))
      return true;
  return false;
}

// Whether a counted span at token `cue` («خلال سبعة أشهر») totals the trigger's deeds: not across
// a relative pronoun (it measures the antecedent), not for a speech act or a pledge (there it is
// the deadline of what is pledged or demanded: «تعهدت بخفض البطالة خلال خمس سنوات»), not for an
// ordinal happening (data/events/ordinal_words.tsv: «ثاني قمة خلال شهرين» is one, counted).
bool counts_over_span(const Document& doc, const TriggerMention& t, uint32_t cue) {
  static const StringSet ordinals = text::key_set("events/ordinal_words", "word");
  static const StringSet speech_acts = [] {
    StringSet out;
    const data::Table& a = data::table("events/speech_acts");
    for (size_t r = 0; r < a.rows(); ++r) out.emplace(a.get(r, "type"));
    out.emplace("AGREE");  // a pledge or a deal: the span is its term («تعهد بالانسحاب خلال عامين»)
    return out;
  }();
  if (speech_acts.count(t.type)) return false;
  if (cue >= t.end_token ? relative_between(doc, t.end_token, cue) : relative_between(doc, cue, t.first_token))
    return false;
  auto ordinal = [&](uint32_t k) { return k < doc.tokens.size() && ordinals.count(doc.tokens[k].key); };
  return !(t.first_token > 0 && ordinal(t.first_token - 1)) && !ordinal(t.end_token) && !ordinal(t.end_token + 1);
}

// A count's part set off by commas after a comma at `comma` («، معظمهم مدنيون،»,
// data/events/appositive_openers.tsv): the closing comma, where the clause goes on; `comma`
// itself when none.
uint32_t past_apposition(const Document& doc, const Sentence& s, uint32_t comma) {
  constexpr uint32_t kAppositionWords = 6;
  static const StringSet openers = text::key_set("events/appositive_openers", "word");
  uint32_t k = comma + 1;
  if (k >= s.end_token || doc.tokens[k].kind != TokenKind::kWord) return comma;
  const std::string& w = doc.tokens[k].key;
  std::string_view bare = without_conjunction(w);
  if (!openers.count(w) && !(!bare.empty() && openers.count(std::string(bare)))) return comma;
  for (++k; k < s.end_token && k - comma <= kAppositionWords + 1; ++k) {
    if (trigger_starts_at(doc, k)) return comma;
    if (doc.tokens[k].kind == TokenKind::kPunct) return doc.tokens[k].key == "," ? k : comma;
  }
  return comma;
}

// A cue anywhere in the trigger's clause («منذ عام 2015», «خلال السنوات الأخيرة»).
StatusReading in_clause(const Document& doc, const Sentence& s, const TriggerMention& t) {
  uint32_t lo = t.first_token, hi = t.end_token;
  while (lo > s.first_token && t.first_token - lo < kClauseReach && !weak_boundary(doc.tokens[lo - 1])) --lo;
  while (hi < s.end_token && hi - t.end_token < kClauseReach) {
    if (weak_boundary(doc.tokens[hi])) {
      uint32_t past = past_apposition(doc, s, hi);
      if (past == hi) break;
      hi = past;
    }
    ++hi;
  }
  for (uint32_t k = lo; k < hi; ++k) {
    if (k >= t.first_token && k < t.end_token) continue;
    uint32_t len = 0;
    const Cue* c = match_at(doc, k, hi, Position::kClause, &len);
    if (c && c->status == Status::kReport) { k += len - 1; continue; }  // «للمرة الأولى منذ»
    if (c && c->need_period && !counts_over_span(doc, t, k)) continue;
    if (c && requirements_hold(doc, *c, t, k + len)) return {c->status, span_of(doc, k, len)};
  }
  return {};
}

// The date must be the trigger's own: right after it, or after «في»/«يوم» («قصف المدينة في مارس
// الماضي»), or right before it opening its clause («في مارس الماضي اعتقلت»). A date further off,
// or one a noun before governs («انتخابات العام الماضي اتفق»), is another word's («الاتفاق المبرم
// عام 2015», «مهلة تنتهي في ...»).
bool own_date(const Document& doc, const TriggerMention& t, const DateMention& m) {
  constexpr uint32_t kVerbReach = 4;  // tokens: a finite verb's subject and object, then its date
  auto is = [&](uint32_t k, std::string_view key) {
    std::string_view w = doc.tokens[k].key;
    return w == key || without_conjunction(w) == key;
  };
  auto relative = [&](uint32_t k) { return is(k, "الذي") || is(k, "التي") || is(k, "الذين"); };
  if (m.first_token >= t.end_token) {
    uint32_t gap = m.first_token - t.end_token;
    if (gap == 0 || (gap == 1 && (is(t.end_token, "في") || is(t.end_token, "يوم")))) return true;
    // One word of its noun phrase may come first, an adjective or a genitive («اجتماع طارئ في
    // مايو», «قمة الرياض يوم الخميس»); a trigger, a relative or a word shaped like a present verb
    // (ي ت ن first, no article, no final ة: «مهلة تنتهي في مايو») there has a date of its own.
    if (t.nominal && gap == 2 && (is(t.end_token + 1, "في") || is(t.end_token + 1, "يوم"))) {
      const uint32_t k = t.end_token;
      std::string_view w = doc.tokens[k].key;
      const bool verb_shaped = !w.starts_with("ال") && !w.ends_with("ة") &&
                               (w.starts_with("ي") || w.starts_with("ت") || w.starts_with("ن"));
      return doc.tokens[k].kind == TokenKind::kWord && !verb_shaped && !trigger_starts_at(doc, k) && !relative(k);
    }
    // A finite verb's subject and object stand between it and its date («قصفت الطائرات البلدة في
    // مارس»); a relative clause or another trigger between has a date of its own.
    if (t.nominal || gap > kVerbReach) return false;
    for (uint32_t k = t.end_token; k < m.first_token; ++k)
      if (doc.tokens[k].kind == TokenKind::kPunct || trigger_starts_at(doc, k) || relative(k)) return false;
    return true;
  }
  if (m.end_token != t.first_token) return false;
  if (m.first_token == 0) return true;
  const Token& before = doc.tokens[m.first_token - 1];
  return before.kind == TokenKind::kPunct || is(m.first_token - 1, "في");
}

// Its own date lies more than about a month before publication: a day over kOldDays before, a
// month two or more months before, a year before the publication's year.
bool dated_long_before(const Document& doc, const TriggerMention& t, int32_t date_mention) {
  if (date_mention < 0 || !doc.published) return false;
  const DateMention& m = doc.dates[static_cast<size_t>(date_mention)];
  if (!m.date || !own_date(doc, t, m)) return false;
  const CivilDate& d = *m.date;
  const CivilDate& p = *doc.published;
  switch (m.precision) {
    case DatePrecision::kYear: return d.year < p.year;
    case DatePrecision::kMonth: return (p.year * 12 + p.month) - (d.year * 12 + d.month) >= 2;
    case DatePrecision::kDay: {
      using namespace std::chrono;
      auto day = [](const CivilDate& c) {
        return sys_days(year_month_day(year(c.year), month(static_cast<unsigned>(c.month)), std::chrono::day(static_cast<unsigned>(c.day))));
      };
      return (day(p) - day(d)).count() > kOldDays;
    }
    case DatePrecision::kWeek: return false;
  }
  return false;
}

// Its own date lies after publication («المؤتمر في سبتمبر المقبل», «قمة الأسبوع المقبل»): what is
// dated to come has not happened. A verbal noun or a present verb only: a past verb dated ahead
// is the date reader's guess at a bare weekday («هاجموا الخميس»), and so is any bare weekday.
bool dated_after(const Document& doc, const TriggerMention& t, const Sentence& s) {
  if (!doc.published || t.participle || (!t.nominal && !present_verb(t))) return false;
  auto it = std::lower_bound(doc.dates.begin(), doc.dates.end(), t.first_token > 0 ? t.first_token - 1 : 0,
                             [](const DateMention& m, uint32_t tok) { return m.end_token < tok + 1; });
  // The date ending right before the trigger, else the first one after it.
  for (int n = 0; n < 2 && it != doc.dates.end() && it->first_token < s.end_token; ++n, ++it) {
    const DateMention& m = *it;
    if (!m.date || m.first_token < s.first_token || !own_date(doc, t, m)) continue;
    if (m.kind.starts_with("weekday") && m.kind != "weekday_next" && m.kind != "weekday_of_week") return false;
    const CivilDate& d = *m.date;
    const CivilDate& p = *doc.published;
    switch (m.precision) {
      case DatePrecision::kYear: return d.year > p.year;
      case DatePrecision::kMonth: return d.year * 12 + d.month > p.year * 12 + p.month;
      case DatePrecision::kDay: return d > p;
      case DatePrecision::kWeek: return d > p;
    }
    return false;
  }
  return false;
}

// What a call or a threat asks for («دعا إلى وقف القتال، والإفراج عن الأسرى، ورفع الحصار»): a
// verbal noun after a trigger of a type in call_heads.tsv, the first item at most kCallFirst tokens
// after it and each later one at most kCallItem tokens after the «و» that joins it («، و» or
// «و»). A new clause ends the complement: a finite verb that is a trigger, a relative pronoun, a
// speech verb or clause boundary (report, denial and boundary rows of modality_cues.tsv), or a
// comma that no «و» follows.
constexpr uint32_t kCallReach = 40;  // tokens from the head to the trigger, at most
constexpr uint32_t kCallFirst = 8;   // the head's subject or addressee may stand before its object
constexpr uint32_t kCallItem = 4;    // «، وتشديد العقوبات على»: the conjunction, then the item

struct CallLexicon {
  StringSet heads;       // trigger types that ask for or threaten
  StringSet new_clause;  // one-word keys that open another clause
  StringSet function_words;  // after «، و»: a particle opens a clause
  StringSet openers;         // prepositions that open a call's complement
};

const CallLexicon& call_lexicon() {
  static const CallLexicon c = [] {
    CallLexicon out;
    const data::Table& h = data::table("events/call_heads");
    for (size_t r = 0; r < h.rows(); ++r) out.heads.emplace(h.get(r, "type"));
    const data::Table& m = data::table("events/modality_cues");
    for (size_t r = 0; r < m.rows(); ++r) {
      std::string_view kind = m.get(r, "kind");
      std::string_view cue = m.get(r, "cue");
      if ((kind == "report" || kind == "denial_verb" || kind == "boundary") && cue.find(' ') == std::string_view::npos)
        out.new_clause.insert(text::normalize_key(cue));
    }
    for (std::string_view w : {"إلى", "على"}) out.openers.insert(text::normalize_key(w));
    const data::Table& f = data::table("text/function_words");
    for (size_t r = 0; r < f.rows(); ++r) out.function_words.insert(text::normalize_key(f.get(r, "word")));
    // Relative pronouns (data/events/relative_words.tsv) open a clause of their own, and so does
    // «ما» (what): «حث على تنفيذ ما قرره المجلس» tells the decision.
    const data::Table& rw = data::table("events/relative_words");
    for (size_t r = 0; r < rw.rows(); ++r)
      if (rw.get(r, "kind") == "relative") out.new_clause.insert(text::normalize_key(rw.get(r, "word")));
    out.new_clause.insert(text::normalize_key("ما"));
    return out;
  }();
  return c;
}

bool starts_with_waw(const Token& t) {
  return t.kind == TokenKind::kWord && t.key.size() > 4 && t.key.starts_with("\xD9\x88");  // و
}

// What heads a list of deeds: a call or a threat, a word of obligation, or a purpose.
enum class Head { kNone, kCall, kObligation, kPurpose };

// A phrase of data/events/purpose_heads.tsv ending at token k (a leading و/ف aside on its first
// word): «بهدف», «من أجل», «ترمي إلى».
bool purpose_ends_at(const Document& doc, const Sentence& s, uint32_t k) {
  static const std::vector<std::vector<std::string>> phrases = [] {
    std::vector<std::vector<std::string>> out;
    const data::Table& t = data::table("events/purpose_heads");
    for (size_t r = 0; r < t.rows(); ++r) {
      std::vector<std::string> words;
      for (const auto& w : data::split_cell(t.get(r, "phrase"), ' ')) words.push_back(text::normalize_key(w));
      if (!words.empty()) out.push_back(std::move(words));
    }
    return out;
  }();
  for (const auto& p : phrases) {
    const uint32_t n = static_cast<uint32_t>(p.size());
    if (k + 1 < s.first_token + n) continue;
    bool ok = true;
    for (uint32_t i = 0; i < n && ok; ++i) {
      const Token& tok = doc.tokens[k + 1 - n + i];
      std::string_view bare = without_conjunction(tok.key);
      ok = tok.kind == TokenKind::kWord && (tok.key == p[i] || (i == 0 && !bare.empty() && bare == p[i]));
    }
    if (ok) return true;
  }
  return false;
}

// The end of the nearest head before t that asks for or aims at what follows: a trigger of a
// call_heads.tsv type, a word of obligation (obligation_heads.tsv: «يجب وقف القصف، وفتح
// المعابر») or a purpose (purpose_heads.tsv: «بهدف تهدئة التوتر والإفراج عن الأسرى»); 0, none.
// *call_end: the call trigger's end even when a nearer word heads (0, none).
uint32_t call_head_before(const Document& doc, const Sentence& s, const TriggerMention& t, Head* kind,
                          uint32_t* call_end) {
  static const StringSet obligations = text::key_set("events/obligation_heads", "word");
  uint32_t end = 0;
  const auto& tr = doc.triggers;
  auto it = std::lower_bound(tr.begin(), tr.end(), t.first_token,
                             [](const TriggerMention& m, uint32_t tok) { return m.first_token < tok; });
  const auto& heads = call_lexicon().heads;
  while (it != tr.begin()) {
    --it;
    if (it->first_token < s.first_token || t.first_token - it->first_token > kCallReach) break;
    if (it->end_token <= t.first_token && heads.count(it->type)) { end = it->end_token; *kind = Head::kCall; break; }
  }
  *call_end = end;
  for (uint32_t k = t.first_token; k-- > s.first_token && t.first_token - k <= kCallReach && k + 1 > end;) {
    const Token& tok = doc.tokens[k];
    if (tok.kind != TokenKind::kWord) continue;
    std::string_view bare = without_conjunction(tok.key);
    const bool obliges = obligations.count(tok.key) || (!bare.empty() && obligations.count(std::string(bare)));
    if (obliges || purpose_ends_at(doc, s, k)) {
      // «يجب أن تضغط على ...» heads a clause, not a list of deeds: its verb's object is no item.
      if (k + 1 < s.end_token && text::normalize_key(doc.tokens[k + 1].key) == text::normalize_key("أن")) return end;
      *kind = obliges ? Head::kObligation : Head::kPurpose;
      return k + 1;
    }
  }
  return end;
}

// Whether t lies in what a head asks for or aims at, and which head: kNone when it does not.
Head in_list(const Document& doc, const Sentence& s, const TriggerMention& t, uint32_t head_end, Head kind);

Head called_for(const Document& doc, const Sentence& s, const TriggerMention& t) {
  if (!t.nominal || t.participle) return Head::kNone;
  Head kind = Head::kNone;
  uint32_t call_end = 0;
  const uint32_t head_end = call_head_before(doc, s, t, &kind, &call_end);
  if (head_end == 0) return Head::kNone;
  Head h = in_list(doc, s, t, head_end, kind);
  // A purpose inside a call («دعت الطرفين من أجل التوصل إلى اتفاق»): its first item is still the
  // call's item.
  if (h == Head::kNone && kind == Head::kPurpose && call_end > 0) h = in_list(doc, s, t, call_end, Head::kCall);
  return h;
}

// Whether t is an item of the list whose head ends at head_end.
Head in_list(const Document& doc, const Sentence& /*s*/, const TriggerMention& t, uint32_t head_end, Head kind) {
  const bool obligation = kind != Head::kCall;  // a word, not a trigger: its first item is its cue's
  // The item itself: «والإفراج» (the finder leaves the conjunction out of the trigger's span).
  const Token& own = doc.tokens[t.first_token];
  const bool own_item = t.span.begin > own.span.begin && starts_with_waw(own);
  const CallLexicon& lex = call_lexicon();
  uint32_t anchor = head_end;
  bool first = true, item_named = false;  // item_named: a trigger already opens this item
  bool opened = false;                    // the complement's preposition was met
  for (uint32_t k = head_end; k < t.first_token; ++k) {
    const Token& tok = doc.tokens[k];
    if (tok.kind == TokenKind::kPunct) {
      if (tok.key != "," && tok.key != ";") continue;  // quotation marks, brackets
      // «، وتشديد العقوبات» goes on with the list; «، وقد كان» or a bare word opens a clause.
      const Token& next = doc.tokens[k + 1];
      if (!starts_with_waw(next) || lex.function_words.count(std::string(without_conjunction(next.key)))) return Head::kNone;
      continue;
    }
    std::string_view bare = without_conjunction(tok.key);
    if (lex.new_clause.count(tok.key) || (!bare.empty() && lex.new_clause.count(std::string(bare)))) return Head::kNone;
    if (starts_with_waw(tok)) { anchor = k; first = false; item_named = false; }
    // The preposition that opens the complement («دعت المنظمة الحقوقية إلى إجراء تحقيق»): the
    // first item is counted from it, past the head's subject and addressee (whose words, «لجنة
    // التحقيق», «الصين والاتحاد», are no items).
    if (!opened && lex.openers.count(tok.key)) { anchor = k; opened = true; first = true; item_named = false; }
    if (trigger_starts_at(doc, k)) {
      auto it = std::lower_bound(doc.triggers.begin(), doc.triggers.end(), k,
                                 [](const TriggerMention& m, uint32_t tok) { return m.first_token < tok; });
      if (it != doc.triggers.end() && it->first_token == k && !it->nominal) return Head::kNone;  // a new finite verb
      item_named = true;
    }
  }
  if (own_item) return kind;
  // A trigger inside an item is its object («دعا إلى التحقيق في الهجوم»: the attack happened).
  if (item_named) return Head::kNone;
  // An obligation's or a purpose's first item is its status cue's («يجب», «بهدف» in
  // status_cues.tsv, right after it): further off it is the object of another deed («يتعين
  // موافقة البرلمان على الاتفاق»).
  if (obligation && first) return Head::kNone;
  return t.first_token - anchor < (first ? kCallFirst : kCallItem) ? kind : Head::kNone;
}

// A verbal noun that is the subject of a future verb is a supposed cause, not a deed told:
// «قال إن رفع العقوبات سيزيد التوتر», «أن أي محاولة خطف ستشكل انتهاكا». It must open its clause
// (after «أن»/«إن», «أي», or at the sentence's start; one head word may come first: «أن أي
// محاولة خطف») and the verb, with the future س or «سوف», must come within kSubjectReach words
// with no punctuation, relative pronoun or finite-verb trigger between (a place name is no verb). A noun after a verb («فرضت عقوبات ستطال الشركات») is an object
// whose relative clause is future, so it does not count.
constexpr uint32_t kSubjectReach = 7;  // «رفض البرلمان للاتفاق مع الدول الكبرى سيؤدي»: a genitive, a phrase, an adjective

bool future_shaped(const Document& doc, uint32_t k) {
  std::string_view w = doc.tokens[k].key;
  if (std::string_view c = without_conjunction(w); !c.empty()) w = c;
  if (w == "سوف") return true;
  if (!w.starts_with("س") || text::code_points(w) < 5) return false;
  std::string_view prefix = w.substr(2, 2);  // the present prefix after the future س
  if (prefix != "ي" && prefix != "ت" && prefix != "ن") return false;
  return !(w.ends_with("ة") || w.ends_with("ات") || w.ends_with("ين") || w.ends_with("ية"));
}

bool in_place_name(const Document& doc, uint32_t k) {
  auto it = std::upper_bound(doc.places.begin(), doc.places.end(), k,
                             [](uint32_t tok, const PlaceMention& p) { return tok < p.first_token; });
  return it != doc.places.begin() && k < std::prev(it)->end_token;
}

// «الزيارة التي ستبدأ الخميس», «القمة المقررة التي ستعقد»: a definite verbal noun whose own
// relative clause (a relative pronoun within kRelativeReach words after it, nothing but words
// between) holds a future verb names what is yet to come. An indefinite one with a future verb
// after it is told («وصلت مساعدات ستوزع»), so is a deed done to what a relative describes.
constexpr uint32_t kRelativeReach = 3;
// A noun in construct («زيارة الرئيس التي ستبدأ») is definite through its genitive; the relative
// may then be the genitive's («اعتقال الناشطة التي ستحاكم»), so it counts only when the pronoun
// agrees with the trigger's own word: «التي» with a feminine ة, «الذي» with a word without it.
bool relative_agrees(const Document& doc, const TriggerMention& t, std::string_view rel) {
  std::string_view head = doc.tokens[t.first_token].key;
  const bool feminine = head.ends_with("ة");
  if (rel == "التي") return feminine;
  if (rel == "الذي") return !feminine && !head.ends_with("ات");
  return false;
}

bool future_relative(const Document& doc, const Sentence& s, const TriggerMention& t) {
  if (!t.nominal || t.participle) return false;
  const bool construct = !definite(doc.tokens[t.first_token]);
  const std::unordered_set<std::string>& relatives = cues::lexicon().relatives;  // relative_words.tsv
  for (uint32_t k = t.end_token; k < s.end_token && k < t.end_token + kRelativeReach; ++k) {
    const Token& tok = doc.tokens[k];
    if (tok.kind != TokenKind::kWord) return false;
    if (!relatives.count(tok.key)) continue;
    // A construct noun needs its genitive between it and the pronoun, and the pronoun's agreement.
    if (construct && (k == t.end_token || !relative_agrees(doc, t, tok.key))) return false;
    uint32_t v = k + 1;
    // The future particle stands alone or is glued on: «التي سوف تعقد», «التي ستعقد».
    return v < s.end_token && doc.tokens[v].kind == TokenKind::kWord && future_shaped(doc, v) && !in_place_name(doc, v);
  }
  return false;
}

// «الانتهاكات التي ترتكبها الميليشيات», «العنف الذي تتعرض له النساء»: a definite verbal noun
// that is the object of a present-tense verb in its own relative clause names a kind of deed
// someone does or suffers, no one happening. The pronoun must follow the noun within
// kRelativeReach words, with only its definite adjectives between («الجرائم الوحشية التي»); a
// preposition or an indefinite word between hands the relative to another noun («الهجوم على
// القرية التي يسكنها»), an ordinal makes it one counted happening («الإضراب الثاني الذي تنفذه»).
// The verb must right follow the pronoun, be plainly present (presently_shaped) and take the noun
// back as its object: a suffix («ترتكبها») or a resumptive word after it, rows of status_cues.tsv
// in position "relative" with status generic («يتعرض له»). A verb without one has the noun as its
// subject («الهجوم الذي يأتي بعد أيام») and says something of one happening. Verbs that place a
// happening going on now («الاشتباكات التي تشهدها المدينة») are rows in that position with status
// report: those tell it.
bool presently_shaped(std::string_view w) {
  if (text::code_points(w) < 4) return false;
  if (w.starts_with("ي")) return true;
  if (!w.starts_with("ت")) return false;
  // «تتعرض», «تستهدف»: a present of forms V, VI and X; a past of those starts otherwise or is
  // «تعرض» (masculine), which «ت» and a suffix alone cannot tell from a feminine present.
  if (w.starts_with("تت") || w.starts_with("تست")) return true;
  // «ترتكبها», «تقدمه»: an object suffix on a stem that is no feminine past («ارتكبتها» has ت
  // before the suffix; «تبنتها» too).
  for (std::string_view suffix : {"ها", "هم", "ه"}) {
    if (!w.ends_with(suffix)) continue;
    std::string_view base = w.substr(0, w.size() - suffix.size());
    return text::code_points(base) >= 3 && !base.ends_with("ت");
  }
  return false;
}

// The object suffix that takes the antecedent back («ترتكبها», «يفرضه», «يشنونهم» is no form: the
// plural «يشنونها» ends in ها too).
bool object_suffix(std::string_view w) {
  for (std::string_view suffix : {"ها", "هما", "هم", "ه"})
    if (w.ends_with(suffix) && text::code_points(w) >= text::code_points(suffix) + 3) return true;
  return false;
}

StatusReading present_relative(const Document& doc, const Sentence& s, const TriggerMention& t) {
  if (!t.nominal || t.participle || !definite(doc.tokens[t.first_token])) return {};
  // A singular of one deed with ة names one happening even while it goes on («الزيارة التي يقوم
  // بها الوزير», «العملية التي تنفذها القوات»); the kinds are plurals and mass nouns («الانتهاكات»,
  // «العنف», «الحصار»).
  if (doc.tokens[t.first_token].key.ends_with("ة")) return {};
  const std::unordered_set<std::string>& relatives = cues::lexicon().relatives;  // relative_words.tsv
  static const StringSet ordinals = text::key_set("events/ordinal_words", "word");
  for (uint32_t k = t.end_token; k < s.end_token && k < t.end_token + kRelativeReach; ++k) {
    const Token& tok = doc.tokens[k];
    if (tok.kind != TokenKind::kWord) return {};
    if (!relatives.count(tok.key)) {
      // An adjective of the noun: definite, no trigger of its own («الاعتداءات الجنسية»).
      if (!definite(tok) || trigger_starts_at(doc, k) || ordinals.count(tok.key)) return {};
      continue;
    }
    const uint32_t v = k + 1;
    if (v >= s.end_token || doc.tokens[v].kind != TokenKind::kWord) return {};
    const std::string& verb = doc.tokens[v].key;
    if (!presently_shaped(verb) || in_place_name(doc, v)) return {};
    bool resumed = object_suffix(verb);
    for (const Cue& c : cues().rows) {
      if (c.position != Position::kRelative) continue;
      if (c.status == Status::kReport && verb.starts_with(c.words.front())) return {};
      if (c.status == Status::kGeneric && v + 1 < s.end_token && doc.tokens[v + 1].key == c.words.front())
        resumed = true;
    }
    if (!resumed) return {};
    return {Status::kGeneric, span_of(doc, k, 2)};
  }
  return {};
}

// «ستركز القوات على فرض حصار», «سيتم إطلاق سراح المعتقلين»: a verbal noun that is the object of a
// future verb (future_shaped: the future س or «سوف») within kFutureObjectReach words before it,
// words only between and no trigger, names what is to come. Not one with the article: the object
// of a reaction to come is a known happening («سترد الحكومة على الهجوم»), and a construct noun's
// genitive carries the article, not the noun («فرض الحصار»).
constexpr uint32_t kFutureObjectReach = 3;  // a preposition and the verb's subject may stand between

// A name the tagger proposed covers token k: «سيرجيو» is shaped like a future verb.
bool in_tagged_name(const Document& doc, uint32_t k) {
  const auto& names = doc.name_candidates;
  auto it = std::upper_bound(names.begin(), names.end(), k,
                             [](uint32_t tok, const NameCandidate& n) { return tok < n.first_token; });
  return it != names.begin() && k < std::prev(it)->end_token;
}

bool future_object(const Document& doc, const Sentence& s, const TriggerMention& t) {
  if (!t.nominal || t.participle || definite(doc.tokens[t.first_token])) return false;
  for (uint32_t k = t.first_token, n = 0; k-- > s.first_token && n < kFutureObjectReach; ++n) {
    const Token& tok = doc.tokens[k];
    if (tok.kind != TokenKind::kWord) {
      if (tok.key == "\"") continue;  // «ستركز على "فرض الحصار"»: a quotation opens
      return false;
    }
    if (trigger_starts_at(doc, k)) return false;
    if (future_shaped(doc, k) && !in_place_name(doc, k) && !in_tagged_name(doc, k)) return true;
  }
  return false;
}

// «قتل الآلاف في النزاع», «أسفرت الحرب عن سقوط آلاف القتلى»: a death toll of a thousand or more
// is a total over a war or a long period, not what one attack did; the sentence tells no one
// happening even when it names no period. Deaths only: a crowd, an arrest sweep or the wounded of
// one day may run to thousands. The toll of a campaign going on now is news, though: its sentence
// counts days, weeks or a month or two («خلال شهر», «منذ أسبوعين»), or dates the campaign's start
// at most kRecentDays before publication («منذ 18 فبراير»).
constexpr double kTotalDead = 1000;
constexpr int kRecentDays = 62;

bool recent_span(const Document& doc, const Sentence& s) {
  static const StringSet short_units = [] {
    StringSet out;
    const data::Table& d = data::table("text/date_durations");
    for (size_t r = 0; r < d.rows(); ++r) {
      std::string_view unit = d.get(r, "unit"), count = d.get(r, "count");
      if (unit == "day" || unit == "week" || (unit == "month" && (count == "1" || count == "2")))
        out.insert(text::normalize_key(d.get(r, "word")));
    }
    return out;
  }();
  for (uint32_t k = s.first_token; k < s.end_token; ++k) {
    const std::string& w = doc.tokens[k].key;
    std::string_view bare = without_conjunction(w);
    if (short_units.count(w) || (!bare.empty() && short_units.count(std::string(bare)))) return true;
  }
  if (!doc.published) return false;
  using namespace std::chrono;
  auto day = [](const CivilDate& c) {
    return sys_days(year_month_day(year(c.year), month(static_cast<unsigned>(c.month)),
                                   std::chrono::day(static_cast<unsigned>(std::max(1, c.day)))));
  };
  static const std::string since = text::normalize_key("منذ");
  for (const DateMention& m : doc.dates) {
    if (m.first_token <= s.first_token || m.first_token >= s.end_token || !m.date) continue;
    // Since that day: a weekday or a period's end date is the report's, not the campaign's start.
    const std::string& before = doc.tokens[m.first_token - 1].key;
    if (before != since && without_conjunction(before) != since) continue;
    if (m.precision != DatePrecision::kDay || m.kind.starts_with("weekday")) continue;
    if ((day(*doc.published) - day(*m.date)).count() <= kRecentDays) return true;
  }
  return false;
}

bool toll_of_a_period(const Document& doc, const Sentence& s, const TriggerMention& t) {
  if (t.type != "ASSAULT") return false;  // a toll bound to a pact or an appeal is the war's, not theirs
  for (const CountBinding& c : counts_for(doc, t)) {
    if (c.role != "dead" || !c.quantity.value || *c.quantity.value < kTotalDead) continue;
    // A year read as a count («مواليد 1978», «صيف 1988 ومقتل 290»): four digits in 1900-2100.
    std::string_view w = c.quantity.span.of(doc.text);
    const double v = *c.quantity.value;
    if (w.size() == 4 && std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; }) &&
        v >= 1900 && v <= 2100)
      continue;
    return !recent_span(doc, s);
  }
  return false;
}

bool subject_of_future(const Document& doc, const Sentence& s, const TriggerMention& t) {
  if (t.participle) return false;
  // An unvowelled past-looking verb right after «أن»/«إن» is a verbal noun: «أنّ» takes a noun
  // («أن رفض الخطة سيؤدي إلى»), and two finite verbs of a clause do not start it so.
  const bool past_form = !t.nominal && !text::normalize_key(t.lemma).starts_with("\xD9\x8A");  // ي
  if (!t.nominal && !past_form) return false;
  static const StringSet openers = [] {
    StringSet out;
    for (std::string_view w : {"أن", "إن", "بأن", "لأن", "أي", "أية"}) out.insert(text::normalize_key(w));
    return out;
  }();
  static const StringSet quantifiers = {text::normalize_key("أي"), text::normalize_key("أية")};
  auto opener = [&](uint32_t k) {
    std::string_view w = doc.tokens[k].key;
    std::string_view c = without_conjunction(w);
    return openers.count(std::string(w)) || (!c.empty() && openers.count(std::string(c)));
  };
  uint32_t b = t.first_token;
  while (b > s.first_token && doc.tokens[b - 1].kind == TokenKind::kPunct && doc.tokens[b - 1].key == "\"") --b;
  bool opens = b == s.first_token || opener(b - 1);
  if (past_form) opens = b > s.first_token && opener(b - 1);
  // «أن أي محاولة خطف», «إن عملية اغتيال»: one head word of its noun phrase may come first.
  if (!opens && !past_form && b > s.first_token + 1 && doc.tokens[b - 1].kind == TokenKind::kWord && opener(b - 2)) opens = true;
  if (!opens && !past_form && b > s.first_token + 2 && quantifiers.count(doc.tokens[b - 2].key) && opener(b - 3)) opens = true;
  if (!opens) return false;
  const auto& rel = call_lexicon().new_clause;
  for (uint32_t k = t.end_token, words = 0; k < s.end_token && words < kSubjectReach; ++k) {
    const Token& tok = doc.tokens[k];
    if (tok.kind == TokenKind::kPunct) {
      if (tok.key == "\"") continue;
      return false;
    }
    ++words;
    if (future_shaped(doc, k) && !in_place_name(doc, k)) return true;
    if (rel.count(tok.key)) return false;
    if (trigger_starts_at(doc, k)) {
      // A verbal noun inside the subject («رفضا للاتفاق») is part of it; a finite verb is not.
      auto it = std::lower_bound(doc.triggers.begin(), doc.triggers.end(), k,
                                 [](const TriggerMention& m, uint32_t tok) { return m.first_token < tok; });
      if (it == doc.triggers.end() || it->first_token != k || !it->nominal) return false;
    }
  }
  return false;
}

// A deed under a negated «كان» whose verb carries «ل» (the denial «ما كان الجيش ليقصف المدينة»,
// «لم تكن الحكومة لتوقع الاتفاق») is said never to have been possible: no happening. The «ل» verb
// is the trigger's own first word, or a verbal noun trigger is its object at most one word on. Only
// the subject may stand between «كان» and that verb: at most kSubjectReach words, each definite or
// a demonstrative; an indefinite word there is the predicate and the «ل» a purpose («لم تكن
// مهيأة لتحمل»). «لن» is no verb: a verb after «ل» starts with «ي» or «ت».
bool denied_possibility(const Document& doc, const Sentence& s, const TriggerMention& t) {
  struct Words { StringSet kana, negation, demonstratives; };
  static const Words words = [] {
    Words w;
    const data::Table& t = data::table("events/denied_possibility");
    for (size_t r = 0; r < t.rows(); ++r) {
      const std::string_view kind = t.get(r, "kind");
      (kind == "kana" ? w.kana : kind == "negation" ? w.negation : w.demonstratives).insert(text::normalize_key(t.get(r, "word")));
    }
    return w;
  }();
  const auto& [kana, negation, demonstratives] = words;
  constexpr uint32_t kObjectGap = 1, kSubjectReach = 3;
  auto lam_verb = [&](uint32_t k) {
    const Token& tok = doc.tokens[k];
    return tok.kind == TokenKind::kWord && text::code_points(tok.key) >= 4 &&
           (tok.key.starts_with("\xD9\x84\xD9\x8A") || tok.key.starts_with("\xD9\x84\xD8\xAA"));  // لي لت
  };
  uint32_t v = t.first_token;
  if (t.nominal) {
    bool found = false;
    for (uint32_t k = t.first_token, n = 0; k-- > s.first_token && n <= kObjectGap; ++n) {
      if (doc.tokens[k].kind != TokenKind::kWord) return false;
      if (lam_verb(k)) { v = k; found = true; break; }
    }
    if (!found) return false;
  } else if (!lam_verb(v)) {
    return false;
  }
  for (uint32_t k = v, n = 0; k-- > s.first_token && n <= kSubjectReach; ++n) {
    const Token& tok = doc.tokens[k];
    if (tok.kind != TokenKind::kWord) return false;
    if (kana.count(tok.key)) return k > s.first_token && negation.count(doc.tokens[k - 1].key) > 0;
    if (!definite(tok) && !demonstratives.count(tok.key)) return false;
  }
  return false;
}

// The trigger's clause ends its sentence with a question mark. Looked for within kAskReach tokens:
// a question runs far shorter, and an unpunctuated text of many triggers stays linear.
bool asked(const Document& doc, const Sentence& s, const TriggerMention& t) {
  constexpr uint32_t kAskReach = 400;
  const uint32_t end = std::min(s.end_token, t.end_token + kAskReach);
  for (uint32_t k = t.end_token; k < end; ++k) {
    const Token& tok = doc.tokens[k];
    if (tok.kind != TokenKind::kPunct) continue;
    if (tok.key == "?" || tok.key == "\xD8\x9F") return true;  // ? ؟
    if (weak_boundary(tok) || tok.key == ".") return false;
  }
  return false;
}

}  // namespace

std::string_view status_name(Status s) {
  switch (s) {
    case Status::kReport: return "report";
    case Status::kReference: return "reference";
    case Status::kOld: return "old";
    case Status::kGeneric: return "generic";
    case Status::kHypothetical: return "hypothetical";
    case Status::kFuture: return "future";
    case Status::kTopic: return "topic";
  }
  return "report";
}

namespace {

StatusReading rules(const Document& doc, const TriggerMention& trigger, int32_t date_mention, bool objects);

// A verbal noun that is the object of a finite-verb trigger just before it (its subject or an
// adverb may stand between: at most kObjectReach words) shares the verb's generic, hypothetical
// or future reading: «أصبحوا يؤيدون قتل المدنيين» backs killing as a stance, it tells none.
// One step: the verb's own reading is taken without this look, so the cost stays bounded.
StatusReading verb_object(const Document& doc, const Sentence& s, const TriggerMention& t) {
  constexpr uint32_t kObjectReach = 2;
  if (!t.nominal || t.participle) return {};
  for (uint32_t k = t.first_token, n = 0; k-- > s.first_token && n <= kObjectReach; ++n) {
    if (doc.tokens[k].kind != TokenKind::kWord) return {};
    const TriggerMention* v = trigger_at(doc, k);
    if (!v) continue;
    if (v->nominal || v->participle || v->end_token > t.first_token) return {};
    StatusReading r = rules(doc, *v, -1, false);
    if (r.status == Status::kGeneric || r.status == Status::kHypothetical || r.status == Status::kFuture) return r;
    return {};
  }
  return {};
}

// A present verb joined by «و» to a present verb before it in the same clause shares that verb's
// generic reading: in «الجماعات التي تهاجم القرى وتقصف المدارس» the relative characterises both
// deeds. The first verb is the nearest finite-verb trigger back, within kConjunctReach words and
// no punctuation but one comma (verbal nouns between are its objects: «يتظاهرون بعد الاعتقالات
// ويرفضون»; a comma may close the first verb's object: «التي تهدد أمن البلاد، وتستهدف اقتصاد
// الجيران»).
// One step, as verb_object: the first verb's own reading is taken without this look.
StatusReading verb_conjunct(const Document& doc, const Sentence& s, const TriggerMention& t) {
  constexpr uint32_t kConjunctReach = 8;
  if (t.nominal || t.participle || !present_verb(t)) return {};
  const Token& own = doc.tokens[t.first_token];
  if (!(t.span.begin > own.span.begin && starts_with_waw_key(own.key))) return {};
  bool comma = false;
  for (uint32_t k = t.first_token, n = 0; k-- > s.first_token && n < kConjunctReach; ++n) {
    if (doc.tokens[k].kind != TokenKind::kWord) {
      if (comma || k + 1 != t.first_token || (doc.tokens[k].key != "," && doc.tokens[k].key != "\xD8\x8C")) return {};  // ، ,
      // After a comma a definite word right after the verb may be its own subject, a new clause
      // («، وتقصف الطائرات المدارس»): only a verb whose next word is indefinite stays joined.
      if (t.end_token < s.end_token && definite(doc.tokens[t.end_token])) return {};
      comma = true;
      continue;
    }
    const TriggerMention* v = trigger_at(doc, k);
    if (!v) {
      // A word shaped like a present verb that is no trigger («تجوع») is the verb joined to.
      std::string_view w = doc.tokens[k].key;
      if (!w.starts_with("ال") && !w.ends_with("ة") && text::code_points(w) >= 4 &&
          (w.starts_with("ي") || w.starts_with("ت") || w.starts_with("ن")))
        return {};
      continue;
    }
    if (v->nominal || v->participle) continue;
    if (v->end_token > t.first_token || !present_verb(*v)) return {};
    StatusReading r = rules(doc, *v, -1, false);
    if (r.status == Status::kGeneric) return r;
    return {};
  }
  return {};
}

StatusReading rules(const Document& doc, const TriggerMention& trigger, int32_t date_mention, bool objects) {
  if (trigger.first_token >= doc.tokens.size()) return {};
  const Sentence* s = sentence_at(doc, trigger.first_token);
  if (!s) return {};
  StatusReading governed = governing(doc, *s, trigger);
  // A reaction or adjunct names a deed whose own words may still say it is no one happening or is
  // yet to come («ندد بالاعتقالات الممنهجة», «بعد الاجتماع المرتقب»): those words win.
  if (governed.status != Status::kReport && governed.status != Status::kReference) return governed;
  if (StatusReading r = following(doc, *s, trigger); r.status != Status::kReport) return r;
  if (StatusReading r = present_relative(doc, *s, trigger); r.status != Status::kReport) return r;
  if (governed.status != Status::kReport) return governed;
  if (objects) {
    if (StatusReading r = verb_object(doc, *s, trigger); r.status != Status::kReport) return r;
    if (StatusReading r = verb_conjunct(doc, *s, trigger); r.status != Status::kReport) return r;
  }
  // A call's or an obligation's items are asked for; a purpose's are sought, yet to come.
  if (Head h = called_for(doc, *s, trigger); h != Head::kNone)
    return {h == Head::kPurpose ? Status::kFuture : Status::kHypothetical, trigger.span};
  if (subject_of_future(doc, *s, trigger)) return {Status::kHypothetical, trigger.span};
  if (future_relative(doc, *s, trigger)) return {Status::kFuture, trigger.span};
  if (future_object(doc, *s, trigger)) return {Status::kFuture, trigger.span};
  if (StatusReading r = in_clause(doc, *s, trigger); r.status != Status::kReport) return r;
  if (toll_of_a_period(doc, *s, trigger)) return {Status::kGeneric, trigger.span};
  if (dated_long_before(doc, trigger, date_mention))
    return {Status::kOld, doc.dates[static_cast<size_t>(date_mention)].span};
  if (dated_after(doc, trigger, *s)) return {Status::kFuture, trigger.span};
  if (asked(doc, *s, trigger)) return {Status::kHypothetical, trigger.span};
  if (denied_possibility(doc, *s, trigger)) return {Status::kHypothetical, trigger.span};
  return {};
}

}  // namespace

StatusReading rule_status(const Document& doc, const TriggerMention& trigger, int32_t date_mention) {
  return rules(doc, trigger, date_mention, true);
}

// The rules, then the learned classifier over their reading (status_model.h); a collector
// (training) records the rules' reading and leaves it.
StatusReading discourse_status(const Document& doc, const TriggerMention& trigger, int32_t date_mention,
                               const FilterModel* model) {
  StatusReading rule = rule_status(doc, trigger, date_mention);
  if (trigger.first_token >= doc.tokens.size()) return rule;
  if (StatusCollector* c = StatusCollector::active()) {
    if (!doc.triggers.empty() && &trigger >= &doc.triggers.front() && &trigger <= &doc.triggers.back())
      c->add({static_cast<uint32_t>(&trigger - &doc.triggers.front()), rule.status,
              status_features(doc, trigger, date_mention, rule.status)});
    return rule;
  }
  if (!model) return rule;
  return learned_status(*model, status_features(doc, trigger, date_mention, rule.status), trigger, rule);
}

}  // namespace rasd::events

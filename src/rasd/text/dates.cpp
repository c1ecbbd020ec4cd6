// Date recogniser and resolver. The words live in data tables (months, weekdays, relative_dates,
// date_words, date_parts, date_ordinals, date_exclusions); this file holds only the grammar that
// strings them together and the calendar arithmetic that resolves them against publication.
//
// One left-to-right pass: at each token every recogniser proposes a mention, the one reaching
// furthest wins and the scan resumes after it. Each recogniser looks at a bounded window, so the
// pass is linear in the number of tokens.
#include "rasd/text/dates.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "rasd/core/civil_date.h"
#include "rasd/core/hash.h"
#include "rasd/core/table.h"
#include "rasd/text/clitics.h"
#include "rasd/text/normalize.h"
#include "rasd/text/token_readings.h"

namespace rasd::text {
namespace {

enum class Unit { kWeek, kMonth, kYear };

// One reading of a token: the key itself or a proclitic-stripped form ("ال" restored when the
// clitic was the article). key_begin: where the reading starts in the key, so a mention's span
// can leave out «و»/«ب» («وأمس» -> «أمس») but keep the article («بالأمس» -> «الأمس»).
struct Form {
  std::string text;
  uint32_t key_begin = 0;
};

std::vector<Form> forms_of(const Document& doc, uint32_t i) {
  const Token& t = doc.tokens[i];
  std::vector<Form> out{{t.key, 0}};
  if (t.kind != TokenKind::kWord) return out;
  for (const CliticAnalysis& a : clitic_readings(doc, i)) {
    if (a.prefix.empty() || !a.suffix.empty() || a.future) continue;
    Form f;
    const bool lamlam = a.article && a.prefix.size() >= 4 && a.prefix.substr(a.prefix.size() - 4) == "لل";
    if (a.article && !lamlam) {  // prefix ends with ال: keep the article in the span
      f = {"ال" + std::string(a.stem), static_cast<uint32_t>(a.prefix.size() - 4)};
    } else {
      f = {(a.article ? "ال" : "") + std::string(a.stem), static_cast<uint32_t>(a.prefix.size())};
    }
    bool dup = false;
    for (const Form& g : out) dup |= g.text == f.text;
    if (!dup) out.push_back(std::move(f));
  }
  return out;
}

struct Hit {
  uint32_t len = 0;      // tokens matched; 0 = no match
  size_t row = 0;        // row of the table the phrase came from
  uint32_t key_begin = 0;
  explicit operator bool() const { return len > 0; }
};

class Ctx;

// Multi-word phrases from one table column, keyed by their first normalised word.
class Phrases {
 public:
  void add(std::string_view phrase, size_t row) {
    std::vector<std::string> words;
    std::string key = normalize_key(phrase);
    for (size_t b = 0; b < key.size();) {
      size_t e = key.find(' ', b);
      if (e == std::string::npos) e = key.size();
      if (e > b) words.push_back(key.substr(b, e - b));
      b = e + 1;
    }
    if (words.empty()) return;
    std::string first = words.front();
    by_first_[first].push_back({std::move(words), row});
  }
  Hit match(const Ctx& c, uint32_t i) const;
  template <typename F>
  void each_first(F f) const {
    for (const auto& [first, entries] : by_first_) f(first);
  }

 private:
  struct Entry { std::vector<std::string> words; size_t row; };
  StringMap<std::vector<Entry>> by_first_;
};

struct Lexicon {
  const data::Table& months = data::table("text/months");
  const data::Table& weekdays = data::table("text/weekdays");
  const data::Table& relative = data::table("text/relative_dates");
  const data::Table& words = data::table("text/date_words");
  const data::Table& parts = data::table("text/date_parts");
  const data::Table& ordinals = data::table("text/date_ordinals");
  const data::Table& durations = data::table("text/date_durations");
  Phrases month, weekday, deictic, ordinal, exclusion, duration;
  std::map<std::string, Phrases, std::less<>> role;  // date_words by role
  Phrases none;
  std::vector<bool> definite_ordinal;  // by date_ordinals row
  // Every phrase's first word, of every table: a token with no form here starts no phrase, and
  // most tokens are such, so one look-up spares the per-table ones (Ctx::may_start).
  StringSet firsts;

  static int num(std::string_view s) {
    int v = 0;
    std::from_chars(s.data() + (!s.empty() && s[0] == '+'), s.data() + s.size(), v);
    return v;
  }
  Lexicon() {
    for (size_t r = 0; r < months.rows(); ++r) month.add(months.get(r, "name"), r);
    for (size_t r = 0; r < weekdays.rows(); ++r) weekday.add(weekdays.get(r, "name"), r);
    for (size_t r = 0; r < relative.rows(); ++r) deictic.add(relative.get(r, "phrase"), r);
    for (size_t r = 0; r < ordinals.rows(); ++r) {
      ordinal.add(ordinals.get(r, "phrase"), r);
      definite_ordinal.push_back(normalize_key(ordinals.get(r, "phrase")).starts_with("ال"));
    }
    for (size_t r = 0; r < durations.rows(); ++r) duration.add(durations.get(r, "word"), r);
    const data::Table& ex = data::table("text/date_exclusions");
    for (size_t r = 0; r < ex.rows(); ++r) exclusion.add(ex.get(r, "phrase"), r);
    for (size_t r = 0; r < words.rows(); ++r) role[std::string(words.get(r, "role"))].add(words.get(r, "word"), r);
    auto collect = [&](const Phrases& p) { p.each_first([&](const std::string& w) { firsts.insert(w); }); };
    for (const Phrases* p : {&month, &weekday, &deictic, &ordinal, &exclusion, &duration}) collect(*p);
    for (const auto& [name, p] : role) collect(p);
  }
  const Phrases& of(std::string_view r) const {
    auto it = role.find(r);
    return it == role.end() ? none : it->second;
  }
  std::string_view value(const Hit& h) const { return words.get(h.row, "value"); }
  // The row of date_parts for (part, unit); -1 when the table has none.
  int part_row(std::string_view part, std::string_view unit) const {
    for (size_t r = 0; r < parts.rows(); ++r)
      if (parts.get(r, "part") == part && parts.get(r, "unit") == unit) return static_cast<int>(r);
    return -1;
  }
};

const Lexicon& lexicon() {
  static const Lexicon lex;
  return lex;
}

DatePrecision precision_named(std::string_view s) {
  if (s == "week") return DatePrecision::kWeek;
  if (s == "month") return DatePrecision::kMonth;
  if (s == "year") return DatePrecision::kYear;
  return DatePrecision::kDay;
}

// A proposed mention: tokens [first, end), resolved date when publication allows.
struct Cand {
  uint32_t first = 0, end = 0;
  uint32_t key_begin = 0;  // trim of the first token (see Form)
  std::optional<CivilDate> date;
  DatePrecision precision = DatePrecision::kDay;
  std::string kind;
  explicit operator bool() const { return end > first; }
};

// ---- calendar arithmetic ------------------------------------------------------------------

CivilDate on_or_before(CivilDate d, int wd) { return add_days(d, -((weekday(d) - wd + 7) % 7)); }
CivilDate after(CivilDate d, int wd) {
  CivilDate n = add_days(d, 1);
  return add_days(n, (wd - weekday(n) + 7) % 7);
}
CivilDate week_start(CivilDate d) { return add_days(d, -weekday(d)); }  // weeks start on Sunday
CivilDate add_months(CivilDate d, int n) {
  int m = d.year * 12 + (d.month - 1) + n;
  return {m / 12, m % 12 + 1, 1};
}

// Days after publication within which a day and month without a year is the coming one: news
// announces what is due within weeks («الانتخابات المقررة في 25 يوليو» in mid-July) far more
// often than it recalls the same day of last year.
constexpr int kComingDays = 31;

// The year for a day and month written without one. shift: nullopt = the coming one when it is
// within kComingDays, else the latest on or before publication (GUIDELINES' rule for weekdays);
// -1 = latest strictly before; 0 = publication's year; 1 = the next one strictly after. A 29
// February takes the nearest leap year in that direction.
std::optional<CivilDate> place_day(int month, int day, CivilDate pub, std::optional<int> shift) {
  int dir = shift.value_or(-1) < 0 ? -1 : 1;
  if (shift && *shift == 0) return CivilDate{pub.year, month, day};
  if (!shift)
    for (int year : {pub.year, pub.year + 1})
      if (CivilDate d{year, month, day}; is_valid_date(d) && pub < d && !(add_days(pub, kComingDays) < d)) return d;
  for (int k = 0; k < 8; ++k) {
    CivilDate d{pub.year + dir * k, month, day};
    if (!is_valid_date(d)) continue;
    if (dir < 0 && (shift ? d < pub : d <= pub)) return d;
    if (dir > 0 && d > pub) return d;
  }
  return std::nullopt;
}

std::optional<CivilDate> place_month(int month, CivilDate pub, std::optional<int> shift) {
  if (shift && *shift == 0) return CivilDate{pub.year, month, 1};
  if (shift && *shift > 0) return CivilDate{month > pub.month ? pub.year : pub.year + 1, month, 1};
  bool earlier = shift ? month < pub.month : month <= pub.month;
  return CivilDate{earlier ? pub.year : pub.year - 1, month, 1};
}

// A part of a period (date_parts.tsv) applied to the period's first day.
CivilDate apply_part(const Lexicon& lex, int row, Unit unit, CivilDate start, DatePrecision& prec) {
  int at = Lexicon::num(lex.parts.get(row, "at"));
  prec = precision_named(lex.parts.get(row, "precision"));
  switch (unit) {
    case Unit::kYear: return {start.year, at, 1};
    case Unit::kMonth: {
      int dim = days_in_month(start.year, start.month);
      int day = at > 0 ? std::min(at, dim) : dim + at + 1;
      return {start.year, start.month, day};
    }
    case Unit::kWeek: return add_days(start, at);
  }
  return start;
}

// ---- the scanning context -----------------------------------------------------------------

class Ctx {
 public:
  Ctx(const Document& d, const Lexicon& l) : doc(d), lex(l), n(static_cast<uint32_t>(d.tokens.size())) {
    // A word's forms depend on its key alone, and articles share most of their words: a
    // per-thread memo keeps each word's across articles (cleared only here, between articles,
    // so the pointers held below stay valid). Other tokens' single form is their key.
    WordsMemo& memo = words_memo();
    if (memo.size() >= (1u << 16)) memo.clear();  // bounded for a long-running process
    others.reserve(n);  // never grows past n: the pointers into it stay valid
    of_token.reserve(n);
    may_start.reserve(n);
    for (uint32_t i = 0; i < n; ++i) {
      const Token& t = d.tokens[i];
      const TokenForms* tf;
      if (t.kind == TokenKind::kWord) {
        auto it = memo.find(t.key);
        if (it == memo.end()) it = memo.emplace(t.key, forms_with_starts(d, i, l)).first;
        tf = &it->second;
      } else {
        tf = &others.emplace_back(forms_with_starts(d, i, l));
      }
      of_token.push_back(tf);
      may_start.push_back(tf->starts);
    }
    blocked.assign(n, false);  // sized before the exclusion pass, which reads it unset
    for (uint32_t i = 0; i < n; ++i)
      if (Hit h = lex.exclusion.match(*this, i))
        for (uint32_t k = 0; k < h.len; ++k) blocked[i + k] = true;
  }
  const Document& doc;
  const Lexicon& lex;
  const uint32_t n;
  struct TokenForms {
    std::vector<Form> forms;
    bool starts = false;  // a form is some phrase's first word
  };
  using WordsMemo = StringMap<TokenForms>;
  static WordsMemo& words_memo() {
    thread_local WordsMemo memo;
    return memo;
  }
  static TokenForms forms_with_starts(const Document& d, uint32_t i, const Lexicon& l) {
    TokenForms tf{forms_of(d, i), false};
    for (const Form& f : tf.forms) tf.starts = tf.starts || l.firsts.count(f.text) > 0;
    return tf;
  }
  std::vector<TokenForms> others;  // the forms of tokens other than words
  std::vector<const TokenForms*> of_token;
  const std::vector<Form>& forms(uint32_t i) const { return of_token[i]->forms; }
  std::vector<bool> blocked;  // tokens of an exclusion phrase (date_exclusions.tsv)
  std::vector<bool> may_start;  // a form of the token is some phrase's first word

  const Token& tok(uint32_t i) const { return doc.tokens[i]; }
  bool punct(uint32_t i, std::string_view key) const {
    return i < n && tok(i).kind != TokenKind::kWord && tok(i).key == key;
  }
  bool adjacent(uint32_t i) const { return i + 1 < n && tok(i).span.end == tok(i + 1).span.begin; }
  // An ASCII-digit number token (keys carry ASCII digits) with at most `max_digits` digits.
  std::optional<int> number(uint32_t i, size_t min_digits, size_t max_digits) const {
    if (i >= n || blocked[i] || tok(i).kind != TokenKind::kNumber) return std::nullopt;
    const std::string& k = tok(i).key;
    if (k.size() < min_digits || k.size() > max_digits) return std::nullopt;
    for (char ch : k) if (ch < '0' || ch > '9') return std::nullopt;
    return Lexicon::num(k);
  }
  std::optional<int> day_number(uint32_t i) const {
    auto v = number(i, 1, 2);
    return v && *v >= 1 && *v <= 31 ? v : std::nullopt;
  }
  std::optional<int> year_number(uint32_t i) const {
    auto v = number(i, 4, 4);
    return v && *v >= 1000 && *v <= 2200 ? v : std::nullopt;
  }
  Hit role(std::string_view r, uint32_t i) const {
    if (i >= n || !may_start[i]) return {};  // spares the role's map look-up; match() agrees
    return lex.of(r).match(*this, i);
  }
  std::optional<int> shift(uint32_t i) const {
    Hit h = role("shift", i);
    return h ? std::optional<int>(Lexicon::num(lex.value(h))) : std::nullopt;
  }
  int month_of(const Hit& h) const { return Lexicon::num(lex.months.get(h.row, "month")); }
  int weekday_of(const Hit& h) const { return Lexicon::num(lex.weekdays.get(h.row, "weekday")); }
};

Hit Phrases::match(const Ctx& c, uint32_t i) const {
  Hit best;
  if (i >= c.n || c.blocked[i] || !c.may_start[i]) return best;
  for (const Form& f : c.forms(i)) {
    auto it = by_first_.find(f.text);
    if (it == by_first_.end()) continue;
    for (const Entry& e : it->second) {
      uint32_t len = static_cast<uint32_t>(e.words.size());
      if (len <= best.len || i + len > c.n) continue;
      bool ok = true;
      for (uint32_t k = 1; k < len && ok; ++k) {
        ok = false;
        if (!c.blocked[i + k])
          for (const Form& g : c.forms(i + k)) ok |= g.text == e.words[k];
      }
      if (ok) best = {len, e.row, f.key_begin};
    }
  }
  return best;
}

// ---- recognisers --------------------------------------------------------------------------
// Each takes the scan position and returns the mention starting there, or an empty Cand.

class Recogniser {
 public:
  Recogniser(const Ctx& c, std::optional<CivilDate> pub) : c_(c), pub_(pub) {}

  Cand best_at(uint32_t i) const {
    Cand best;
    for (Cand cand : {numeric(i), explicit_day(i), month_name(i), year(i), period(i), weekday_name(i), deictic(i), duration(i)})
      if (cand && cand.end > best.end) best = std::move(cand);
    return best;
  }

 private:
  const Ctx& c_;
  std::optional<CivilDate> pub_;

  // «2022/01/07», «07/01/2022», «7-1-2022», «2022-01-07», «7.1.2022»: day-month-year unless the
  // year comes first. Parts must touch their separators, so a score «3 - 1» is not a date.
  Cand numeric(uint32_t i) const {
    if (i >= c_.n || c_.blocked[i] || c_.tok(i).kind != TokenKind::kNumber) return {};
    std::vector<std::string_view> parts;
    uint32_t end = i + 1;
    char sep = 0;
    const std::string& k = c_.tok(i).key;
    if (std::count(k.begin(), k.end(), '.') == 2) {  // the tokenizer keeps «7.1.2022» whole
      for (size_t b = 0, e; b <= k.size(); b = e + 1) {
        e = std::min(k.find('.', b), k.size());
        parts.push_back(std::string_view(k).substr(b, e - b));
      }
      sep = '.';
    } else {
      for (std::string_view s : {"/", "-"})
        if (c_.number(i, 1, 4) && c_.punct(i + 1, s) && c_.punct(i + 3, s) && c_.adjacent(i) && c_.adjacent(i + 1) &&
            c_.adjacent(i + 2) && c_.adjacent(i + 3) && c_.number(i + 2, 1, 2) && c_.number(i + 4, 1, 4)) {
          parts = {k, c_.tok(i + 2).key, c_.tok(i + 4).key};
          sep = s[0];
          end = i + 5;
        }
    }
    if (parts.size() != 3) return {};
    for (auto p : parts) if (p.empty() || p.size() > 4) return {};
    CivilDate d;
    if (parts[0].size() == 4) d = {Lexicon::num(parts[0]), Lexicon::num(parts[1]), Lexicon::num(parts[2])};
    else if (parts[2].size() == 4) d = {Lexicon::num(parts[2]), Lexicon::num(parts[1]), Lexicon::num(parts[0])};
    else return {};
    // Hijri years (14xx) are written the same way («12/2/1439»); Gregorian news years are later.
    if (!is_valid_date(d) || d.year < 1800) return {};
    if (c_.role("era", end)) return {};
    return {i, end, 0, d, DatePrecision::kDay, parts[0].size() == 4 && sep == '-' ? "iso" : "numeric"};
  }

  // After a month at j: «/آذار» or «(آذار)» naming the same month in the other series.
  uint32_t skip_pair(uint32_t j, int month) const {
    if (c_.punct(j, "/") || c_.punct(j, "-") || c_.punct(j, "\xE2\x80\x93")) {  // «مايو/أيار», «مايو - أيار», en dash
      if (Hit h = c_.lex.month.match(c_, j + 1); h && c_.month_of(h) == month) return j + 1 + h.len;
    } else if (c_.punct(j, "(")) {
      if (Hit h = c_.lex.month.match(c_, j + 1); h && c_.month_of(h) == month && c_.punct(j + 1 + h.len, ")"))
        return j + 2 + h.len;
    }
    return j;
  }

  // A year after a month or an intro word: [،] [من] [عام] 2022 [م|هـ]. Returns the end token.
  uint32_t year_after(uint32_t j, std::optional<int>& year, bool& hijri) const {
    uint32_t k = j;
    if (c_.punct(k, ",")) ++k;
    if (Hit h = c_.role("of", k)) k += h.len;
    if (Hit h = c_.role("year", k)) k += h.len;
    auto y = c_.year_number(k);
    if (!y) return j;
    year = y;
    ++k;
    if (Hit h = c_.role("era", k)) {
      hijri = c_.lex.value(h) == "hijri";
      k += h.len;
    }
    return k;
  }

  // Day and month: «10 مارس/آذار 2022», «3 تموز/يوليو المقبل», «الأول من يناير», «5 من الشهر المقبل».
  Cand explicit_day(uint32_t i) const {
    std::optional<int> day = c_.day_number(i);
    uint32_t j = i + 1, key_begin = 0;
    if (!day) {
      Hit o = c_.lex.ordinal.match(c_, i);
      if (!o) return {};
      day = Lexicon::num(c_.lex.ordinals.get(o.row, "day"));
      j = i + o.len;
      key_begin = o.key_begin;
    } else if (c_.punct(j, "-") && c_.adjacent(i)) {
      ++j;  // «28-نوفمبر»
    }
    if (Hit h = c_.role("of", j)) j += h.len;
    Hit m = c_.lex.month.match(c_, j);
    if (!m) {
      // «20 من الشهر القادم»: a day of a relative month.
      Cand p = period(j);
      if (!p || p.kind != "relative_month") return {};
      Cand out{i, p.end, key_begin, std::nullopt, DatePrecision::kDay, "explicit_relative"};
      if (p.date) out.date = CivilDate{p.date->year, p.date->month, *day};
      if (out.date && !is_valid_date(*out.date)) out.date.reset();
      return out;
    }
    int month = c_.month_of(m);
    uint32_t end = skip_pair(j + m.len, month);
    std::optional<int> year;
    bool hijri = false;
    end = year_after(end, year, hijri);
    std::optional<int> shift = year ? std::nullopt : c_.shift(end);
    if (shift) ++end;
    if (!year && !shift) {  // «5 يناير من العام الماضي»: the year is a relative one
      uint32_t k = end + c_.role("of", end).len;
      if (Cand p = period(k); p && p.kind == "relative_year") {
        end = p.end;
        if (p.date) year = p.date->year;
      }
    }
    Cand out{i, end, key_begin, std::nullopt, DatePrecision::kDay, "explicit"};
    if (hijri) out.kind = "hijri";
    else if (year) out.date = CivilDate{*year, month, *day};
    else if (pub_) out.date = place_day(month, *day, *pub_, shift);
    if (out.date && !is_valid_date(*out.date)) out.date.reset();
    return out;
  }

  // A month without a day: «في مارس الماضي», «مارس 2022», «مطلع مارس». A bare month name needs a
  // cue before it, since «آب» and «نيسان» are also ordinary words.
  Cand month_name(uint32_t i) const {
    uint32_t j = i;
    Hit part = c_.role("part", i);
    if (part) j += part.len;
    Hit intro = c_.role("month", j);
    if (intro) j += intro.len;
    Hit m = c_.lex.month.match(c_, j);
    if (!m) return {};
    int month = c_.month_of(m);
    uint32_t end = skip_pair(j + m.len, month);
    std::optional<int> year;
    bool hijri = false;
    end = year_after(end, year, hijri);
    std::optional<int> shift = year ? std::nullopt : c_.shift(end);
    if (shift) ++end;
    bool cued = i > 0 && (c_.role("cue", i - 1).len == 1 || c_.role("month", i - 1).len == 1);
    if (!part && !intro && !year && !shift && !cued && end == j + m.len) return {};
    Cand out{i, end, part ? part.key_begin : intro ? intro.key_begin : m.key_begin, std::nullopt,
             DatePrecision::kMonth, "month"};
    if (year && !hijri) out.date = CivilDate{*year, month, 1};
    else if (!year && pub_) out.date = place_month(month, *pub_, shift);
    if (part && out.date) narrow_to_part(out, part, Unit::kMonth, "month");
    return out;
  }

  // «مطلع», «منتصف», «نهاية» before a month or year: the part of it (date_parts.tsv).
  void narrow_to_part(Cand& out, const Hit& part, Unit unit, std::string_view unit_name) const {
    int row = c_.lex.part_row(c_.lex.value(part), unit_name);
    if (row >= 0) out.date = apply_part(c_.lex, row, unit, *out.date, out.precision);
    out.kind = "part_of_" + std::string(unit_name);
  }

  // A year: «عام 2020», «مطلع عام 2021», «منذ 2011» (a bare year only after a cue and not before
  // a word, so «في 2000 منزل» stays a count).
  Cand year(uint32_t i) const {
    uint32_t j = i;
    Hit part = c_.role("part", i);
    if (part) j += part.len;
    Hit intro = c_.role("year", j);
    if (intro) j += intro.len;
    if (!c_.year_number(j)) return {};
    std::optional<int> y;
    bool hijri = false;
    uint32_t end = year_after(j, y, hijri);
    if (!intro && !part) {
      bool cued = i > 0 && c_.role("cue", i - 1).len == 1;
      bool free = end >= c_.n || c_.tok(end).kind != TokenKind::kWord;
      if (!cued || !(free || end > j + 1)) return {};  // end > j + 1: an era word followed
    }
    Cand out{i, end, part ? part.key_begin : intro ? intro.key_begin : 0, std::nullopt, DatePrecision::kYear, "year"};
    if (hijri) out.kind = "hijri";
    else out.date = CivilDate{*y, 1, 1};
    if (part && out.date) narrow_to_part(out, part, Unit::kYear, "year");
    return out;
  }

  // A calendar period: [part] [هذا] unit [shift] — «الأسبوع الماضي», «هذا الشهر», «مطلع العام
  // الجاري», «نهاية الأسبوع». A bare unit is no date («العام» is also "public").
  Cand period(uint32_t i) const {
    uint32_t j = i;
    Hit part = c_.role("part", i);
    if (part) j += part.len;
    Hit dem = c_.role("this", j);
    if (dem) j += dem.len;
    Hit u = c_.role("unit", j);
    if (!u) return {};
    uint32_t end = j + u.len;
    std::optional<int> shift = c_.shift(end);
    if (shift) ++end;
    if (!part && !dem && !shift) return {};
    std::string_view uname = c_.lex.value(u);
    Unit unit = uname == "week" ? Unit::kWeek : uname == "month" ? Unit::kMonth : Unit::kYear;
    if (unit == Unit::kYear && !shift && c_.year_number(end)) return {};  // «مطلع العام 2020»: year()
    Cand out{i, end, part ? part.key_begin : dem ? dem.key_begin : u.key_begin, std::nullopt,
             precision_named(uname), std::string(part ? "part_of_" : "relative_") + std::string(uname)};
    // «الأسبوع المقبل يوم الجمعة», «هذا الأسبوع الجمعة»: a weekday of that week.
    std::optional<int> wd;
    if (unit == Unit::kWeek && !part) {
      uint32_t k = end + (c_.punct(end, ",") ? 1 : 0);
      k += c_.role("day", k).len;
      if (Hit w = c_.lex.weekday.match(c_, k)) {
        wd = c_.weekday_of(w);
        out.end = k + w.len;
        out.precision = DatePrecision::kDay;
        out.kind = "weekday_of_week";
      }
    }
    if (!pub_) return out;
    int s = shift.value_or(0);
    CivilDate p = *pub_;
    CivilDate start = unit == Unit::kWeek    ? add_days(week_start(p), 7L * s)
                      : unit == Unit::kMonth ? add_months(p, s)
                                             : CivilDate{p.year + s, 1, 1};
    out.date = start;
    if (part) {
      int row = c_.lex.part_row(c_.lex.value(part), uname);
      if (row >= 0) out.date = apply_part(c_.lex, row, unit, start, out.precision);
    }
    if (wd) out.date = add_days(start, *wd);
    return out;
  }

  // A duration from publication: «قبل يومين», «منذ 3 أسابيع», «بعد شهرين». Not when it counts
  // from another event («قبل يومين من الانتخابات») or a singular noun heads a phrase of its own
  // («منذ يوم الجمعة», «قبل شهر رمضان», «قبل عام 2011»).
  Cand duration(uint32_t i) const {
    Hit ago = c_.role("ago", i);
    if (!ago) return {};
    uint32_t j = i + ago.len;
    std::optional<int> count = c_.number(j, 1, 3);
    if (count) ++j;
    Hit d = c_.lex.duration.match(c_, j);
    if (!d) return {};
    int own = Lexicon::num(c_.lex.durations.get(d.row, "count"));
    if (count ? own > 1 : own == 0) return {};  // «قبل 3 يومين» / a vague «قبل أيام»
    int n = count.value_or(own);
    uint32_t end = j + d.len;
    if (!count && own == 1) end += c_.role("one", end).len;
    if (c_.role("anchor", end)) return {};
    if (end < c_.n && (c_.tok(end).kind == TokenKind::kNumber || c_.tok(end).key.starts_with("ال") ||
                       c_.lex.month.match(c_, end) || c_.lex.weekday.match(c_, end)))
      return {};
    // A bare singular before another word is usually a construct («قبل شهر رمضان»), so it
    // needs punctuation or the end of the text after it.
    if (!count && own == 1 && end < c_.n && c_.tok(end).kind == TokenKind::kWord) return {};
    std::string_view unit = c_.lex.durations.get(d.row, "unit");
    int dir = Lexicon::num(c_.lex.value(ago));
    Cand out{i, end, ago.key_begin, std::nullopt, precision_named(unit), dir < 0 ? "ago" : "from_now"};
    if (!pub_) return out;
    CivilDate p = *pub_;
    if (unit == "day") out.date = add_days(p, dir * n);
    else if (unit == "week") out.date = week_start(add_days(p, 7L * dir * n));  // the week it falls in
    else if (unit == "month") out.date = add_months(p, dir * n);
    else out.date = CivilDate{p.year + dir * n, 1, 1};
    return out;
  }

  // A weekday: alone (latest on or before publication), with a shift («الأحد الماضي», «الجمعة
  // المقبلة»), with a week («الجمعة من الأسبوع المقبل») or opening an explicit date.
  Cand weekday_name(uint32_t i) const {
    Hit w = c_.lex.weekday.match(c_, i);
    if (!w) return {};
    int wd = c_.weekday_of(w);
    uint32_t j = i + w.len;
    uint32_t k = c_.punct(j, ",") ? j + 1 : j;
    if (Hit link = c_.role("link", k)) k += link.len;
    if (Cand e = explicit_day(k); e && e.kind != "explicit_relative") {
      e.first = i;
      e.key_begin = w.key_begin;
      return e;
    }
    if (Cand n = numeric(k)) { n.first = i; n.key_begin = w.key_begin; return n; }
    Cand out{i, j, w.key_begin, std::nullopt, DatePrecision::kDay, "weekday"};
    uint32_t p = j + c_.role("of", j).len;
    if (Cand week = period(p); week && week.kind == "relative_week") {
      out.end = week.end;
      out.kind = "weekday_of_week";
      if (week.date) out.date = add_days(*week.date, wd);
      return out;
    }
    std::optional<int> shift = c_.shift(j);
    if (shift) { ++out.end; out.kind = *shift < 0 ? "weekday_past" : *shift > 0 ? "weekday_next" : "weekday_this"; }
    if (!pub_) return out;
    if (!shift) out.date = on_or_before(*pub_, wd);
    else if (*shift < 0) out.date = on_or_before(add_days(*pub_, -1), wd);
    else if (*shift > 0) out.date = after(*pub_, wd);
    else out.date = add_days(week_start(*pub_), wd);
    return out;
  }

  // «أمس», «اليوم», «غدا», «أول أمس» ...; a weekday after it («أمس الجمعة») must agree with the
  // offset, otherwise the weekday rule wins and the kind says so.
  Cand deictic(uint32_t i) const {
    Hit h = c_.lex.deictic.match(c_, i);
    if (!h) return {};
    uint32_t j = i + h.len;
    // «اليوم الأول», «اليوم الثالث»: a definite ordinal makes it a counted day of something, not
    // today; an indefinite one («اليوم أول أيام العيد») is a predicate about today.
    if (Hit o = c_.lex.ordinal.match(c_, j); o && c_.lex.definite_ordinal[o.row]) return {};
    int days = Lexicon::num(c_.lex.relative.get(h.row, "days"));
    Cand out{i, j, h.key_begin, std::nullopt, DatePrecision::kDay, std::string(c_.lex.relative.get(h.row, "kind"))};
    if (pub_) out.date = add_days(*pub_, days);
    uint32_t k = c_.punct(j, ",") ? j + 1 : j;
    if (Cand e = explicit_day(k); e && e.kind == "explicit") {  // «اليوم 6 مايو»: the date decides
      e.first = i;
      e.key_begin = h.key_begin;
      return e;
    }
    if (Hit w = c_.lex.weekday.match(c_, k)) {
      if (Cand full = weekday_name(k); full && full.date && full.kind.starts_with("explicit")) {
        full.first = i;  // «أمس الجمعة 7 يناير»: the written date decides
        full.key_begin = h.key_begin;
        return full;
      }
      out.end = k + w.len;
      int want = c_.weekday_of(w);
      if (out.date && rasd::weekday(*out.date) != want) {
        out.kind += "_weekday_mismatch";
        out.date = days > 0 ? after(*pub_, want) : on_or_before(*pub_, want);
      }
    }
    return out;
  }
};

}  // namespace

void find_dates(Document& doc) {
  doc.dates.clear();
  const Lexicon& lex = lexicon();
  Ctx ctx(doc, lex);
  Recogniser rec(ctx, doc.published);
  for (uint32_t i = 0; i < ctx.n;) {
    Cand c = rec.best_at(i);
    if (!c) { ++i; continue; }
    const Token& first = doc.tokens[c.first];
    uint32_t begin = first.span.begin;
    if (c.key_begin > 0) {  // leave the conjunction / preposition out of the span
      NormalizedText nt = normalize(first.span.of(doc.text));
      if (c.key_begin < nt.to_orig.size()) begin += nt.to_orig[c.key_begin];
    }
    DateMention m;
    m.span = {begin, doc.tokens[c.end - 1].span.end};
    m.date = c.date;
    m.precision = c.precision;
    m.kind = std::move(c.kind);
    m.first_token = c.first;
    m.end_token = c.end;
    doc.dates.push_back(std::move(m));
    i = c.end;
  }
}

}  // namespace rasd::text

#include "rasd/events/trigger_finder.h"
#include "rasd/core/hash.h"
#include "rasd/text/tokenize.h"

#include <algorithm>
#include <charconv>
#include <functional>
#include <map>
#include <set>
#include <span>
#include <unordered_map>
#include <unordered_set>

#include "rasd/core/table.h"
#include "rasd/text/clitics.h"
#include "rasd/text/normalize.h"
#include "rasd/text/token_readings.h"
#include "rasd/text/utf8.h"

namespace rasd::events {
namespace {

// Arabic affixes as they stand in a normalised key (alef and hamza folded, ى -> ي).
// This file is UTF-8; the literals are the letters named in the comments.
constexpr std::string_view kTaa = "ت", kWaAlef = "وا", kAlef = "ا", kTaaAlef = "تا", kNun = "ن",
                           kNa = "نا", kTum = "تم", kWaw = "و", kYaa = "ي", kOon = "ون", kAan = "ان",
                           kEen = "ين", kAat = "ات", kTaaMarbuta = "ة", kTayn = "تين", kTaan = "تان",
                           kHamza = "ء", kArticle = "ال", kFaa = "ف", kSeen = "س", kLam = "ل",
                           kKaf = "ك", kBaa = "ب";
// The present prefixes: he/she(you)/we/I.
constexpr std::string_view kPresentPrefixes[] = {"ي", "ت", "ن", "ا"};

constexpr int kDefaultWithin = 4;
constexpr int kDefaultUnlessWithin = 6;  // an `unless` word governed a little way on («في حادث سير»)

enum class Kind : uint8_t { kPast, kPresent, kNoun };

struct Row {
  std::string type, mode, lemma;
  bool nominal = false, participle = false, passive = false, block = false;
  bool cue = false;                // pos "cue": lends its mode to a modeless trigger nearby
  bool many_senses = false;        // `senses` "many": the trained event filter judges each match
  bool default_mode = false;       // mode written «heavy-weapons?»: a nearby cue may replace it
  int side = 0;                    // cue rows: +1 after the trigger only, -1 before only, 0 either
  std::vector<std::string> needs;  // bare stems (proclitics stripped); kProcliticMark + a proclitic
  int within = kDefaultWithin;     // words after the trigger; negative: before it
  std::vector<std::string> unless; // `unless`: words whose presence nearby is the other sense
  int unless_within = kDefaultUnlessWithin;  // words after (negative: before) where they are sought
  bool unless_both = false;        // «±N:»: on both sides
  std::vector<std::string> unless_domains;  // «@sport»: the sentence holds a word of that domain
  std::string where;               // "table:line" for problem reports
};

// A `needs` entry written as a proclitic with a tatweel («لـ») is met by a word that carries that
// proclitic («دعما للحكومة»); it is stored as this byte and the proclitic's key.
constexpr char kProcliticMark = '\x01';
constexpr std::string_view kTatweel = "\u0640";
constexpr int kMaxCueWithin = 12;
constexpr int kMaxNeedsWithin = 12;  // as far as an `unless` word: a warning's subject may stand long before «من»

struct Entry {
  uint32_t row = 0;
  Kind kind = Kind::kNoun;
  bool bound = false;              // only before an enclitic pronoun («اعتقلو» of «اعتقلوهم»)
  uint8_t base_letters = 0;        // letters of the row's base form (past verbs: passive by damma)
  uint8_t glued = 0;               // letters of a conjunction spelled into the key (see load_row)
  std::vector<std::string> rest;   // later phrase words, bare stems
};

struct Lexicon {
  std::vector<Row> rows;
  StringMap<std::vector<Entry>> by_first;
  StringMap<std::vector<Entry>> cues_by_first;
  std::vector<std::string> problems;
};

std::string cat(std::string_view a, std::string_view b) { return std::string(a) + std::string(b); }

// A later phrase word or a `needs` word as a stem: its proclitics off («بالسجن» -> «سجن»), the
// same greedy stem the tokenizer gives, which is always among a token's clitic analyses.
std::string bare(std::string_view w) { return std::string(text::proclitic_stem(w)); }

std::vector<std::string> split(std::string_view s, char sep) { return data::split_cell(s, sep); }

// The words of data/events/sense_domains.tsv whose `verdict` is yes, by key: each alone makes its
// sentence news of its domain for a row that names the domain in `unless` («@sport»).
using VerdictWords = StringMap<std::string>;
const VerdictWords& verdict_words() {
  static const VerdictWords words = [] {
    VerdictWords m;
    const data::Table& t = data::table("events/sense_domains");
    for (size_t r = 0; r < t.rows(); ++r)
      if (t.get(r, "verdict") == "yes") m.emplace(text::normalize_key(t.get(r, "word")), std::string(t.get(r, "domain")));
    return m;
  }();
  return words;
}

bool known_domain(std::string_view d) {
  for (const auto& [w, dom] : verdict_words()) if (dom == d) return true;
  return false;
}

// Whether a word takes a noun after it, never a finite verb (data/events/noun_context.tsv).
// Whether the verbal noun of this lemma takes its doer as genitive (data/events/genitive_roles.tsv,
// keyed by the lemma's first word, unvowelled).
bool agent_genitive(std::string_view lemma) {
  static const StringSet agents = [] {
    StringSet out;
    const auto& g = data::table("events/genitive_roles");
    for (size_t r = 0; r < g.rows(); ++r)
      if (g.get(r, "genitive") == "agent") out.insert(text::normalize_key(g.get(r, "noun")));
    return out;
  }();
  std::string_view first = lemma.substr(0, lemma.find(' '));
  return agents.count(text::normalize_key(first)) > 0;
}

// A conjunction and then a preposition may be spelled onto the word and govern alike: «وبعد قصف»,
// «بتهمة قتل», «لمحاولة طرد». Only those letters are peeled, never the article: «القرار» before a
// verb may be its subject.
bool noun_context(const Token& t) {
  static const StringSet words = [] {
    auto w = text::key_set("events/noun_context", "word");
    // A verb whose object is a verbal noun: «قرر طرد», «نفذ حكم». Forms with a pronoun are left
    // out: «شنه» is followed by its subject.
    for (auto x : text::key_set("events/control_verbs", "verb")) w.insert(x);
    const auto& sv = data::table("events/support_verbs");
    for (size_t r = 0; r < sv.rows(); ++r)
      if (sv.get(r, "object") != "yes") w.insert(text::normalize_key(sv.get(r, "verb")));
    return w;
  }();
  if (t.kind != TokenKind::kWord) return false;
  std::string_view k = t.key;
  if (words.count(std::string(k))) return true;
  if (k.starts_with(kWaw) || k.starts_with(kFaa)) {
    k.remove_prefix(kWaw.size());
    if (words.count(std::string(k))) return true;
  }
  // The future «س» on a present verb: «ستعيد فرض», «سيتم طرد» (not «سمع», whose rest is «مع»).
  if (k.starts_with(kSeen)) {
    std::string_view v = k.substr(kSeen.size());
    for (auto p : kPresentPrefixes)
      if (v.starts_with(p) && words.count(std::string(v))) return true;
  }
  for (auto p : {kBaa, kLam, kKaf})
    if (k.starts_with(p) && words.count(std::string(k.substr(p.size())))) return true;
  return false;
}

// A second type the same act counts under (data/events/companion_types.tsv): keyed by the trigger
// row's lemma; `needs` (bare stems) narrows it to some of the objects the row looks for.
struct Companion {
  std::string type, mode;
  std::vector<std::string> needs;
};

const StringMultimap<Companion>& companions() {
  static const auto table = [] {
    StringMultimap<Companion> out;
    const data::Table& t = data::table("events/companion_types");
    for (size_t r = 0; r < t.rows(); ++r) {
      Companion c{std::string(t.get(r, "type")), std::string(t.get(r, "mode")), {}};
      for (const auto& n : split(t.get(r, "needs"), '|')) c.needs.push_back(bare(text::normalize_key(n)));
      out.emplace(std::string(t.get(r, "lemma")), std::move(c));
    }
    return out;
  }();
  return table;
}

std::string chop_last(std::string_view w) {  // drop the final letter
  size_t i = w.size();
  text::prev(w, i);
  return std::string(w.substr(0, i));
}

// Full forms and bound forms of one word under a pattern. Unknown pattern -> false.
bool inflect_into(std::string_view x, std::string_view gen, std::vector<std::string>& full,
                  std::vector<std::string>& bound) {
  full.emplace_back(x);
  if (gen == "-") return true;
  if (gen == "past") {  // sound past, 3rd person and 1st plural: اعتقل اعتقلت اعتقلوا اعتقلا اعتقلتا اعتقلن اعتقلنا
    for (auto s : {kTaa, kWaAlef, kAlef, kTaaAlef, kNun, kNa, kTum}) full.push_back(cat(x, s));
    bound.push_back(cat(x, kWaw));  // اعتقلوه
    return true;
  }
  if (gen == "past_weak") {  // final alef or yaa: دعا دعت دعوا دعتا دعونا / نفى نفت نفوا نفيا نفينا
    std::string r = chop_last(x);
    for (auto s : {kTaa, kWaAlef, kTaaAlef}) full.push_back(cat(r, s));
    if (x.ends_with(kAlef)) full.push_back(r + std::string(kWaw) + std::string(kNa));
    else for (auto s : {kAlef, kNa}) full.push_back(cat(x, s));
    bound.push_back(cat(r, kWaw));
    return true;
  }
  if (gen == "present" || gen == "present_weak") {  // x is the 3ms imperfect: يعتقل / يدعو
    if (!x.starts_with(kYaa)) return false;
    std::string_view s = x.substr(kYaa.size());
    for (auto p : kPresentPrefixes) if (p != kYaa) full.push_back(cat(p, s));
    // Plural and dual persons: يعتقلون يعتقلوا يعتقلان يعتقلن / يدعون يدعوا يدعوان
    std::string pl = gen == "present" ? std::string(s) : chop_last(s);
    for (auto p : {std::string_view("ي"), std::string_view("ت")}) {
      std::string ps = cat(p, pl);
      full.push_back(ps + std::string(kOon));
      full.push_back(ps + std::string(kWaAlef));
      full.push_back(cat(cat(p, s), kAan));
      if (gen == "present") full.push_back(cat(cat(p, s), kNun));
      bound.push_back(ps + std::string(kWaw));
    }
    return true;
  }
  bool taa = x.ends_with(kTaaMarbuta);
  std::string stem = taa ? chop_last(x) : std::string(x);
  if (gen == "noun" || gen == "noun_pl") {
    // Indefinite accusative «هجوما», «دعما» (not after ة or hamza); ة opens to ت before a pronoun.
    if (!taa && !x.ends_with(kHamza) && !x.ends_with(kAlef)) full.push_back(cat(x, kAlef));
    if (taa) bound.push_back(cat(stem, kTaa));
    if (gen == "noun_pl") {  // sound feminine plural and the duals: غارات غارتين غارتان / انفجارين
      full.push_back(cat(stem, kAat));
      full.push_back(cat(taa ? cat(stem, kTaa) : stem, kEen));
      full.push_back(cat(taa ? cat(stem, kTaa) : stem, kAan));
    }
    return true;
  }
  if (gen == "participle") {  // متظاهر متظاهرة متظاهرون متظاهرين متظاهرات متظاهرا
    if (taa) return false;
    for (auto s : {kTaaMarbuta, kOon, kEen, kAat, kAlef, kAan}) full.push_back(cat(x, s));
    bound.push_back(cat(x, kTaa));
    return true;
  }
  full.clear();
  return false;
}

// PLOVER 2.0 types and their modes (../shared/notes/plover.md §1; NGEC additions noted there).
const std::map<std::string, std::set<std::string>, std::less<>>& plover_modes() {
  static const std::map<std::string, std::set<std::string>, std::less<>> m = {
      {"AGREE", {}}, {"SUPPORT", {}}, {"CONCEDE", {}}, {"COOPERATE", {}}, {"AID", {}},
      {"CONSULT", {"visit", "third-party", "multilateral", "phone"}},
      {"RETREAT", {"withdraw", "release", "disarm", "ceasefire", "access", "resign", "return"}},
      {"REQUEST", {"assist", "change", "yield", "meet"}},
      {"REJECT", {"assist", "change", "yield", "meet"}},
      {"ACCUSE", {"disapprove", "investigate", "allege"}},
      {"THREATEN", {"restrict", "arrest", "relations", "expel", "territory", "violence", "ban", "rights"}},
      {"PROTEST", {"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}},
      {"SANCTION", {"convict", "expel", "withdraw", "discontinue"}},
      {"MOBILIZE", {"troops", "weapons", "police", "militia"}},
      {"COERCE", {"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
                  "misinformation", "cyber", "ban"}},
      {"ASSAULT", {"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                   "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                   "unconventional"}},
  };
  return m;
}

void load_row(Lexicon& lex, const data::Table& t, size_t r) {
  std::string where = std::string(t.name) + ":" + std::to_string(t.lines[r]);
  auto problem = [&](std::string msg) { lex.problems.push_back(where + ": " + msg); };
  std::string_view pos = t.get(r, "pos"), gen = t.get(r, "gen"), type = t.get(r, "type");
  Row row;
  row.where = where;
  row.type = std::string(type);
  row.mode = std::string(t.get(r, "mode"));
  if (row.mode.ends_with('?')) {
    row.mode.pop_back();
    row.default_mode = true;
  }
  row.lemma = std::string(t.get(r, "lemma"));
  row.block = type == "-";
  row.nominal = pos != "verb";
  row.participle = pos == "participle";
  row.passive = t.get(r, "passive") == "yes";
  row.cue = pos == "cue";
  std::string_view senses = t.get(r, "senses");
  row.many_senses = senses == "many";
  if (senses != "one" && senses != "many" && senses != "-") problem("senses must be one, many or -");
  if (senses == "-" && !row.block && !row.cue) problem("a trigger row has one sense or many («-» is for non-event and cue rows)");
  if (pos != "verb" && pos != "noun" && pos != "participle" && pos != "cue") problem("unknown pos «" + std::string(pos) + "»");
  if (row.cue && (row.block || row.mode.empty())) problem("a cue row lends a mode: it needs a type and a mode");
  if (row.cue && !t.get(r, "needs").empty()) problem("a cue row has no `needs`");
  if (row.default_mode && (row.cue || row.mode.empty())) problem("only a trigger row's mode can be a default («mode?»)");
  if (t.get(r, "passive") != "yes" && t.get(r, "passive") != "no") problem("passive must be yes or no");
  if (t.get(r, "note").empty()) problem("row without a note");
  if (!row.block) {
    auto it = plover_modes().find(type);
    if (it == plover_modes().end()) problem("unknown type «" + row.type + "»");
    else if (!row.mode.empty() && !it->second.count(row.mode)) problem("mode «" + row.mode + "» is not a mode of " + row.type);
  }
  {
    // `unless`: «w1|w2» sought within 6 words after the trigger, «-3:w1|w2» within 3 before it,
    // «±6:w1|w2» within 6 on either side.
    std::string_view u = t.get(r, "unless");
    if (size_t colon = u.find(':'); colon != std::string_view::npos) {
      std::string_view n = u.substr(0, colon);
      constexpr std::string_view kBoth = "\u00b1";
      if (n.starts_with(kBoth)) {
        row.unless_both = true;
        n.remove_prefix(kBoth.size());
      }
      int v = 0;
      auto [ptr, ec] = std::from_chars(n.data(), n.data() + n.size(), v);
      if (ec != std::errc() || ptr != n.data() + n.size() || v == 0 || std::abs(v) > 12) problem("bad `unless` window «" + std::string(n) + "»");
      else row.unless_within = v;
      u.remove_prefix(colon + 1);
    }
    for (const auto& w : split(u, '|')) {
      if (w.starts_with('@')) {  // a domain of data/events/sense_domains.tsv, sought in the whole sentence
        std::string d = w.substr(1);
        if (!known_domain(d)) problem("unknown `unless` domain «" + w + "»");
        row.unless_domains.push_back(std::move(d));
        continue;
      }
      if (w.find(' ') != std::string::npos) problem("an `unless` word is one word: «" + w + "»");
      row.unless.push_back(bare(text::normalize_key(w)));
    }
    if ((!row.unless.empty() || !row.unless_domains.empty()) && (row.block || row.cue)) problem("`unless` is for trigger rows");
  }
  for (const auto& n : split(t.get(r, "needs"), '|')) {
    if (std::string_view(n).ends_with(kTatweel)) {  // «لـ»: a proclitic, not a word
      std::string k = text::normalize_key(std::string_view(n).substr(0, n.size() - kTatweel.size()));
      if (k.empty() || k.find(' ') != std::string::npos) problem("a proclitic `needs` is one proclitic: «" + n + "»");
      row.needs.push_back(std::string(1, kProcliticMark) + k);
      continue;
    }
    std::string k = text::normalize_key(n);
    if (k.find(' ') != std::string::npos) problem("a `needs` word is one word: «" + std::string(n) + "»");
    row.needs.push_back(bare(k));
  }
  if (std::string_view w = t.get(r, "within"); !w.empty()) {
    auto [p, ec] = std::from_chars(w.data() + (w[0] == '+'), w.data() + w.size(), row.within);
    int most = row.cue ? kMaxCueWithin : kMaxNeedsWithin;
    if (ec != std::errc() || p != w.data() + w.size() || row.within == 0 || std::abs(row.within) > most)
      problem("within must be a word count from -" + std::to_string(most) + " to " + std::to_string(most));
    // A cue reaches either side unless signed: «+3» after the trigger only, «-3» before only.
    if (row.cue) row.side = w[0] == '+' ? 1 : row.within < 0 ? -1 : 0;
    if (row.cue) row.within = std::abs(row.within);
  } else if (row.cue) {
    problem("a cue row needs its `within`");
  }
  Kind kind = gen.starts_with("past") ? Kind::kPast : gen.starts_with("present") ? Kind::kPresent : Kind::kNoun;
  if (row.cue && gen != "-" && kind != Kind::kNoun) problem("a cue row is a noun: gen noun, noun_pl or -");
  if (!row.cue && (kind == Kind::kNoun) != (pos != "verb") && gen != "-") problem("gen «" + std::string(gen) + "» does not fit pos " + std::string(pos));
  if (gen == "-" && pos == "verb") kind = Kind::kPast;  // a listed verb form: read as a finite verb

  std::vector<std::string> words = split(text::normalize_key(t.get(r, "form")), ' ');
  if (words.empty()) { problem("empty form"); return; }
  std::vector<std::string> full, bound_forms;
  if (!inflect_into(words[0], gen, full, bound_forms)) { problem("unknown gen «" + std::string(gen) + "»"); return; }
  Entry e;
  e.row = static_cast<uint32_t>(lex.rows.size());
  e.kind = kind;
  e.base_letters = static_cast<uint8_t>(std::min<size_t>(text::code_points(words[0]), 255));
  for (size_t i = 1; i < words.size(); ++i) e.rest.push_back(bare(words[i]));
  auto& index = row.cue ? lex.cues_by_first : lex.by_first;
  for (const auto& f : full) {
    index[f].push_back(e);
    // The clitic table keeps a stem of three letters after و/ف, so «وحث», «فصد» stay whole:
    // two-letter verb forms get their conjunction spelled in (and shed from the span).
    if (words.size() == 1 && text::code_points(f) == 2 && pos == "verb") {
      Entry g = e;
      g.glued = 1;
      for (auto c : {kWaw, kFaa}) lex.by_first[cat(c, f)].push_back(g);
    }
  }
  e.bound = true;
  for (const auto& f : bound_forms) index[f].push_back(e);
  lex.rows.push_back(std::move(row));
}

// Two rows without `needs` that give one form (same phrase) different readings: the matcher
// would choose by row order, which no reviewer sees. Such pairs must be settled in the data.
void check_conflicts(Lexicon& lex) {
  std::map<std::string, std::pair<std::string, std::string>> seen;  // form -> (type|mode, where)
  for (const auto& [first, entries] : lex.by_first)
    for (const Entry& e : entries) {
      const Row& row = lex.rows[e.row];
      if (e.bound || !row.needs.empty()) continue;
      std::string key = first;
      for (const auto& w : e.rest) key += " " + w;
      std::string reading = row.type + "|" + row.mode;
      auto [it, fresh] = seen.emplace(key, std::make_pair(reading, row.where));
      if (!fresh && it->second.first != reading)
        lex.problems.push_back(row.where + ": «" + key + "» reads " + reading + " here but " +
                               it->second.first + " at " + it->second.second);
    }
}

const Lexicon& lexicon() {
  static const Lexicon lex = [] {
    Lexicon l;
    for (const data::Table& t : data::all_tables()) {
      if (!t.name.starts_with("triggers/")) continue;
      bool complete = true;
      for (auto col : {"lemma", "form", "pos", "gen", "type", "mode", "passive", "needs", "within", "unless", "note", "senses"})
        if (t.column(col) < 0) {
          l.problems.push_back(std::string(t.name) + ": no column " + col);
          complete = false;
        }
      if (!complete) continue;
      for (size_t r = 0; r < t.rows(); ++r) load_row(l, t, r);
    }
    if (l.rows.empty()) l.problems.push_back("no rows in data/triggers/");
    check_conflicts(l);
    // A companion names a trigger row's lemma and a type and mode PLOVER knows.
    std::set<std::string> lemmas;
    for (const Row& row : l.rows) if (!row.block) lemmas.insert(row.lemma);
    for (const auto& [lemma, c] : companions()) {
      auto it = plover_modes().find(c.type);
      if (!lemmas.count(lemma)) l.problems.push_back("events/companion_types: no trigger row has the lemma «" + lemma + "»");
      if (it == plover_modes().end()) l.problems.push_back("events/companion_types: unknown type «" + c.type + "»");
      else if (!c.mode.empty() && !it->second.count(c.mode))
        l.problems.push_back("events/companion_types: mode «" + c.mode + "» is not a mode of " + c.type);
    }
    return l;
  }();
  return lex;
}

bool is_mark(char32_t c) { return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640; }

// A past verb written with a damma before its last radical is passive: «قُتل», «اعتُقل», «أُطلق»;
// «قتلُوا» (the damma of the plural ending on the last radical) is not.
bool damma_passive(std::string_view text, uint32_t begin, uint32_t end, size_t base_letters) {
  size_t i = begin;
  int letter = -1;
  while (i < end) {
    char32_t c = text::next(text, i);
    if (!is_mark(c)) ++letter;
    else if (c == 0x064F && letter >= 0 && static_cast<size_t>(letter) + 1 < base_letters) return true;
  }
  return false;
}

class Finder {
 public:
  Finder(Document& doc, const Lexicon& lex) : doc_(doc), lex_(lex) {}

  void run() {
    stems_at_.assign(doc_.tokens.size(), {0, 0});
    stems_.clear();
    used_.assign(doc_.tokens.size(), false);
    for (const Sentence& s : doc_.sentences) {
      if (s.kind == SentenceKind::kBoilerplate || s.kind == SentenceKind::kSourceLine) continue;
      for (uint32_t i = s.first_token; i < s.end_token && i < doc_.tokens.size(); ++i)
        if (doc_.tokens[i].kind == TokenKind::kWord) note_stems(i);
      domains_from_ = s.first_token;
      domains_to_ = std::min<uint32_t>(s.end_token, doc_.tokens.size());
      domains_noted_ = false;
      size_t first_trigger = doc_.triggers.size();
      for (uint32_t i = s.first_token; i < s.end_token && i < doc_.tokens.size();) i = match_at(i, s.first_token, s.end_token);
      drop_attacked_deployments(first_trigger);
      lend_modes(first_trigger, s.first_token, std::min<uint32_t>(s.end_token, doc_.tokens.size()));
    }
  }

 private:
  struct Best {
    const Entry* entry = nullptr;
    size_t reading = 0;
    uint32_t end = 0;        // one past the mention's last token (an adjacent `needs` word included)
    int32_t need_at = -1;    // the token that met `needs`
    uint32_t distance = 0;   // words between the trigger and its `needs` word
    bool proclitic_need = false;  // `needs` met by a proclitic («لـ»): that word stays free
  };

  // «استهدفت المدفعية تعزيزات للمسلحين»: a deployment noun that an attack verb just before it
  // takes as its object is the attack's target, not a deployment told (PLOVER codes the ASSAULT,
  // not also a MOBILIZE). The verb's subject may stand between; a clause break may not.
  void drop_attacked_deployments(size_t first_trigger) {
    constexpr int kObjectReach = 4;  // words between the verb and its object (a VSO subject)
    auto& ts = doc_.triggers;
    size_t out = first_trigger;
    bool prev_attack_verb = false;   // the trigger told just before is a finite ASSAULT verb
    uint32_t prev_end = 0;
    for (size_t t = first_trigger; t < ts.size(); ++t) {
      const TriggerMention& m = ts[t];
      bool target = prev_attack_verb && m.type == "MOBILIZE" && m.nominal &&
                    words_between(prev_end, m.first_token) <= kObjectReach;
      for (uint32_t k = prev_end; target && k < m.first_token; ++k) {
        const Token& tok = doc_.tokens[k];
        target = !(tok.kind == TokenKind::kPunct && (tok.key == "," || tok.key == ";" || tok.key == "."));
      }
      prev_attack_verb = m.type == "ASSAULT" && !m.nominal;
      prev_end = m.end_token;
      if (target) continue;
      if (out != t) ts[out] = std::move(ts[t]);
      ++out;
    }
    ts.resize(out);
  }

  // Words (punctuation aside) in tokens [a, b).
  int words_between(uint32_t a, uint32_t b) const {
    int n = 0;
    for (uint32_t k = a; k < b; ++k) n += doc_.tokens[k].kind == TokenKind::kWord;
    return n;
  }

  // Cue rows (pos "cue"): an instrument or content word near a trigger of the cue's type that has
  // no mode of its own lends it its mode («استهدفت مدفعية الجيش» -> heavy-weapons, «دعا أنصاره
  // إلى التدخل» -> assist). The nearest cue within its row's `within` words wins, after the
  // trigger on a tie. A trigger's own mode is never overridden: its row is the closer reading.
  void lend_modes(size_t first_trigger, uint32_t sent_begin, uint32_t sent_end) {
    if (first_trigger >= doc_.triggers.size() || lex_.cues_by_first.empty()) return;
    struct CueAt {
      uint32_t first = 0, end = 0;
      const Row* row = nullptr;
    };
    std::vector<CueAt> cues;
    for (uint32_t i = sent_begin; i < sent_end; ++i) {
      // A word taken as a trigger's `needs` is that trigger's object («أسقطت الدفاعات طائرة»:
      // the aircraft is the target, not the weapon).
      if (doc_.tokens[i].kind != TokenKind::kWord || used_[i]) continue;
      CueAt best;
      for (const auto& a : readings(i)) {
        auto it = lex_.cues_by_first.find(a.stem);
        if (it == lex_.cues_by_first.end()) continue;
        for (const Entry& e : it->second) {
          if (!reading_fits(e, a)) continue;
          uint32_t end = phrase_end(i, e, sent_end);
          if (end && (!best.row || end > best.end)) best = {i, end, &lex_.rows[e.row]};
        }
      }
      if (best.row) cues.push_back(best);
    }
    if (cues.empty()) return;
    // Word ranks make distances O(1); cues are in token order, so each trigger looks at the few
    // cues within kMaxCueWithin words on each side: the pass stays linear in the sentence.
    std::vector<int> rank(sent_end - sent_begin + 1, 0);
    for (uint32_t k = sent_begin; k < sent_end; ++k)
      rank[k - sent_begin + 1] = rank[k - sent_begin] + (doc_.tokens[k].kind == TokenKind::kWord);
    auto words = [&](uint32_t a, uint32_t b) { return rank[b - sent_begin] - rank[a - sent_begin]; };  // in [a, b)
    for (size_t t = first_trigger; t < doc_.triggers.size(); ++t) {
      TriggerMention& m = doc_.triggers[t];
      if (!m.mode.empty() && !default_mode_[t]) continue;
      const Row* pick = nullptr;
      int best_d = kMaxCueWithin + 1;
      auto consider = [&](const CueAt& c, int side, int d) {
        if (c.row->type != m.type || (c.row->side != 0 && c.row->side != side) || d >= c.row->within) return;
        if (d < best_d || (d == best_d && side > 0)) {  // within 1: the next word
          best_d = d;
          pick = c.row;
        }
      };
      auto after = std::lower_bound(cues.begin(), cues.end(), m.end_token,
                                    [](const CueAt& c, uint32_t tok) { return c.first < tok; });
      for (auto c = after; c != cues.end(); ++c) {
        int d = words(m.end_token, c->first);
        if (d >= kMaxCueWithin) break;
        consider(*c, 1, d);
      }
      for (auto c = after; c != cues.begin();) {
        --c;
        if (c->end > m.first_token) continue;  // overlaps the trigger
        int d = words(c->end, m.first_token);
        if (d >= kMaxCueWithin) break;
        consider(*c, -1, d);
      }
      if (pick) m.mode = pick->mode;
    }
  }

  // Whether token k meets one of the row's `needs` words (not only a proclitic one).
  bool has_word_need(const Row& row, int32_t k) const {
    for (const auto& n : row.needs)
      if (!n.starts_with(kProcliticMark) && has_stem(static_cast<uint32_t>(k), n)) return true;
    return false;
  }

  bool has_stem(uint32_t k, std::string_view stem) const {
    if (doc_.tokens[k].kind != TokenKind::kWord) return false;
    if (stem.starts_with(kProcliticMark)) return has_proclitic(k, stem.substr(1));
    for (uint32_t s = stems_at_[k].first; s < stems_at_[k].second; ++s)
      if (stems_[s] == stem) return true;
    return false;
  }

  // A word's clitic readings (the document's layer, text/token_readings.h); other tokens have none
  // here: no row's word is punctuation or a number.
  text::TokenReadings readings(uint32_t k) const {
    text::TokenReadings all = text::clitic_readings(doc_, k);
    if (doc_.tokens[k].kind == TokenKind::kWord) return all;
    return {all.key(), all.cuts(), all.cuts()};
  }

  // The stems has_stem meets token i by, once per token: the `needs`, `unless` and phrase words
  // ask the same tokens again and again. The stored stem is greedy (bare()): a word whose own
  // first letter is ب/ل/ك/ف/و («بنود» -> «نود») is met behind a preposition («ببنود») only by
  // reducing the reading's stem alike, so both stems are kept.
  void note_stems(uint32_t i) {
    uint32_t from = static_cast<uint32_t>(stems_.size());
    auto add = [&](std::string_view v) {
      for (uint32_t s = from; s < stems_.size(); ++s)
        if (stems_[s] == v) return;
      stems_.push_back(v);
    };
    for (const auto& a : readings(i)) {
      add(a.stem);
      add(text::proclitic_stem(a.stem));
    }
    stems_at_[i] = {from, static_cast<uint32_t>(stems_.size())};
  }

  // «اغتصاب وقتل الطفلة», «مقتل وجرح العشرات»: a bare verbal noun in construct, its genitive still
  // to come, and «و» coordinate two nouns sharing it; the past form after is the second noun. A
  // noun that is complete (its article, or a pronoun: «مصرعهم وجرح آخرون») ends its phrase, and a
  // form with its person suffix («وأطلقوا») is a verb whatever stands before.
  bool coordinated_noun(uint32_t i, const text::CliticAnalysis& a, const Entry& e) const {
    if (doc_.triggers.empty() || !a.prefix.starts_with(kWaw) || !a.suffix.empty()) return false;
    if (text::code_points(a.stem) != e.base_letters) return false;
    const TriggerMention& p = doc_.triggers.back();
    if (p.end_token != i || p.first_token + 1 != i || !p.nominal || p.participle) return false;
    for (const auto& r : readings(i - 1))
      if (r.article || !r.suffix.empty()) return false;
    return true;
  }

  // «أكد أن رفع العقوبات خطأ»: a bare «أن» not after a word of an_subjunctive.tsv is «أنّ», and
  // the word after it is its noun subject; a past form there in its bare base form (a person
  // suffix, «أن رفضت», is the verb of «أنْ») is the verbal noun. «وإن رفع» and an «إن» opening
  // a clause may be the conditional «إنْ» with a verb: left alone.
  bool after_anna(uint32_t i, const text::CliticAnalysis& a, const Entry& e) const {
    static const StringSet subjunctive = text::key_set("events/an_subjunctive", "word");
    if (i < 2 || !a.prefix.empty() || !a.suffix.empty() || text::code_points(a.stem) != e.base_letters) return false;
    const Token& an = doc_.tokens[i - 1];
    const Token& before = doc_.tokens[i - 2];
    if (an.kind != TokenKind::kWord || an.key != "\xD8\xA7\xD9\x86" || before.kind != TokenKind::kWord) return false;  // ان
    std::string_view k = before.key;
    if (subjunctive.count(std::string(k))) return false;
    if ((k.starts_with(kWaw) || k.starts_with(kFaa)) && subjunctive.count(std::string(k.substr(kWaw.size())))) return false;
    return true;
  }

  // Token k carries the proclitic p, a conjunction aside («وللحكومة» has ل).
  bool has_proclitic(uint32_t k, std::string_view p) const {
    for (const auto& a : readings(k)) {
      std::string_view q = a.prefix;
      if (q.starts_with(kWaw) || q.starts_with(kFaa)) q.remove_prefix(kWaw.size());
      if (q.starts_with(p)) return true;
    }
    return false;
  }

  // The token after entry e's phrase when its first word is token i and the rest follow in the
  // sentence (across hashtag joiners); 0 when they do not.
  uint32_t phrase_end(uint32_t i, const Entry& e, uint32_t sent_end) const {
    uint32_t end = i + 1;
    for (const auto& w : e.rest) {
      end = skip_joiners(end, sent_end);
      if (end >= sent_end || !has_stem(end, w)) return 0;
      ++end;
    }
    return end;
  }

  // Hashtags join words with «_» («#تحالف_دعم_الشرعية»): a phrase reads across it.
  uint32_t skip_joiners(uint32_t k, uint32_t sent_end) const {
    while (k < sent_end && doc_.tokens[k].kind == TokenKind::kPunct && doc_.tokens[k].key == "_") ++k;
    return k;
  }

  bool reading_fits(const Entry& e, const text::CliticAnalysis& a) const {
    if (e.bound && a.suffix.empty()) return false;  // «اعتقلو» only before «هم»; full forms take pronouns too
    if (e.kind == Kind::kNoun) {
      // «كتجنيد الأطفال»: a noun after the preposition ك («like, such as») gives an example or a
      // comparison, not a telling of a happening.
      std::string_view p = a.prefix;
      if (p.starts_with(kWaw) || p.starts_with(kFaa)) p.remove_prefix(kWaw.size());
      if (p.starts_with(kKaf)) return false;
      return !a.future && !(a.article && !a.suffix.empty());
    }
    if (a.article) return false;
    std::string_view p = a.prefix;
    if (p.starts_with(kWaw) || p.starts_with(kFaa)) p.remove_prefix(kWaw.size());
    return p.empty() || (e.kind == Kind::kPresent && (p == kSeen || p == kLam));
  }

  // The domains whose verdict words stand in tokens [a, b). A reading that takes a bare ف off
  // is not believed: «فكرة» (an idea) is no ف + «كرة» (a ball).
  void note_domains(uint32_t a, uint32_t b) {
    sentence_domains_.clear();
    const auto& words = verdict_words();
    for (uint32_t k = a; k < b; ++k)
      for (const auto& r : readings(k)) {
        if (!r.article && r.prefix.ends_with(kFaa)) continue;
        auto it = words.find(r.stem);
        if (it != words.end() && std::find(sentence_domains_.begin(), sentence_domains_.end(), it->second) == sentence_domains_.end())
          sentence_domains_.push_back(it->second);
      }
  }

  // Whether the sentence being read holds a word of one of `domains` («@sport» in `unless`: a
  // club's resignation or a coach's visit is sport news however far the sport word stands).
  // The sentence's domains are read at the first row that asks (few rows name one), from the
  // readings of its tokens, which are all in place before any row is matched.
  bool in_domain(const std::vector<std::string>& domains) {
    if (domains.empty()) return false;
    if (!domains_noted_) {
      note_domains(domains_from_, domains_to_);
      domains_noted_ = true;
    }
    for (const auto& d : domains)
      if (std::find(sentence_domains_.begin(), sentence_domains_.end(), d) != sentence_domains_.end()) return true;
    return false;
  }

  // Whether one of `words` (bare stems) stands within `within` words after the mention (before
  // it when negative), in the sentence.
  bool window_has(const std::vector<std::string>& words, int within, uint32_t first, uint32_t end, uint32_t sent_begin,
                  uint32_t sent_end) const {
    int left = std::abs(within);
    auto hit = [&](uint32_t k) {
      for (const auto& w : words) if (has_stem(k, w)) return true;
      return false;
    };
    if (within > 0) {
      for (uint32_t k = end; k < sent_end && left > 0; ++k) {
        if (doc_.tokens[k].kind == TokenKind::kPunct) continue;
        if (hit(k)) return true;
        --left;
      }
    } else {
      for (uint32_t k = first; k > sent_begin && left > 0; --k) {
        if (doc_.tokens[k - 1].kind == TokenKind::kPunct) continue;
        if (hit(k - 1)) return true;
        --left;
      }
    }
    return false;
  }

  // The token meeting the row's `needs` within its window (counted in words), or -1.
  int32_t need_token(const Row& row, uint32_t first, uint32_t end, uint32_t sent_begin, uint32_t sent_end) const {
    int left = std::abs(row.within);
    if (row.within > 0) {
      for (uint32_t k = end; k < sent_end && left > 0; ++k) {
        if (doc_.tokens[k].kind == TokenKind::kPunct) continue;
        for (const auto& n : row.needs) if (has_stem(k, n)) return static_cast<int32_t>(k);
        --left;
      }
    } else {
      for (uint32_t k = first; k > sent_begin && left > 0; --k) {
        if (doc_.tokens[k - 1].kind == TokenKind::kPunct) continue;
        for (const auto& n : row.needs) if (has_stem(k - 1, n)) return static_cast<int32_t>(k - 1);
        --left;
      }
    }
    return -1;
  }

  // Whether token k starts a row of another type whose `needs`, sought before k, fall in
  // [first, end): each row names the other's word, so both are told. «قضت المحكمة … بالسجن» is
  // the conviction (SANCTION) and the confinement it orders (COERCE arrest), as PLOVER codes it.
  bool needs_back(uint32_t k, const Row& by, uint32_t first, uint32_t end, uint32_t sent_begin,
                  uint32_t sent_end) const {
    for (const auto& a : readings(k)) {
      auto it = lex_.by_first.find(a.stem);
      if (it == lex_.by_first.end()) continue;
      for (const Entry& e : it->second) {
        const Row& row = lex_.rows[e.row];
        if (row.block || row.type == by.type || row.needs.empty() || row.within >= 0 || !reading_fits(e, a) ||
            !phrase_end(k, e, sent_end))
          continue;
        int32_t n = need_token(row, k, k + 1, sent_begin, sent_end);
        if (n >= static_cast<int32_t>(first) && n < static_cast<int32_t>(end)) return true;
      }
    }
    return false;
  }

  uint32_t match_at(uint32_t i, uint32_t sent_begin, uint32_t sent_end) {
    if (doc_.tokens[i].kind != TokenKind::kWord || used_[i]) return i + 1;
    Best best;
    // Longest mention; then a written phrase over a `needs` match of the same length («منع
    // التجول» curfew over «منع» + التجول); then a row whose `needs` hold over a default, the
    // nearer `needs` word first; then the shorter prefix; then table order.
    auto better = [&](const Best& b) {
      if (!best.entry) return true;
      if (b.end != best.end) return b.end > best.end;
      if (b.entry->rest.size() != best.entry->rest.size()) return b.entry->rest.size() > best.entry->rest.size();
      bool bn = b.need_at >= 0, cn = best.need_at >= 0;
      if (bn != cn) return bn;
      if (bn && b.distance != best.distance) return b.distance < best.distance;
      if (b.reading != best.reading) return b.reading < best.reading;
      return b.entry->row < best.entry->row;
    };
    const text::TokenReadings rs = readings(i);
    for (size_t ri = 0; ri < rs.size(); ++ri) {
      auto it = lex_.by_first.find(rs[ri].stem);
      if (it == lex_.by_first.end()) continue;
      for (const Entry& e : it->second) {
        if (!reading_fits(e, rs[ri])) continue;
        uint32_t end = phrase_end(i, e, sent_end);
        if (!end) continue;
        const Row& row = lex_.rows[e.row];
        int32_t need = -1;
        if (!row.needs.empty() && (need = need_token(row, i, end, sent_begin, sent_end)) < 0) continue;
        if (!row.unless.empty() && (window_has(row.unless, row.unless_within, i, end, sent_begin, sent_end) ||
                                    (row.unless_both && window_has(row.unless, -row.unless_within, i, end, sent_begin, sent_end))))
          continue;
        if (in_domain(row.unless_domains)) continue;
        Best b{&e, ri, end, need, 0};
        b.proclitic_need = need >= 0 && !has_word_need(row, need);
        if (need >= 0) {
          // «أطلق سراح»: the word joins the mention; a word met only by its proclitic does not.
          if (need == static_cast<int32_t>(end) && !b.proclitic_need) b.end = end + 1;
          b.distance = need >= static_cast<int32_t>(end) ? need - end : i - need;
        }
        if (better(b)) best = b;
      }
    }
    if (!best.entry) return i + 1;
    const Row& row = lex_.rows[best.entry->row];
    uint32_t end = best.end;
    // A distant `needs` word belongs to this trigger: it starts no mention of its own («حكمت
    // المحكمة بالإعدام» is one SANCTION, not also an ASSAULT «إعدام»), unless a row of its own
    // needs this trigger back (below).
    if (best.need_at >= static_cast<int32_t>(end) && !best.proclitic_need &&
        !needs_back(static_cast<uint32_t>(best.need_at), row, i, end, sent_begin, sent_end))
      used_[best.need_at] = true;
    if (row.block) return end;
    const auto& a = rs[best.reading];
    const Token& first = doc_.tokens[i];
    TriggerMention m;
    // Proclitics are left out, the article kept («والاحتجاجات» -> «الاحتجاجات»); in «للاحتجاجات»
    // the article has lost its alef to the ل and the mention starts at the stem.
    size_t shed = text::code_points(a.prefix) + best.entry->glued;
    if (a.article && a.prefix.ends_with(kArticle)) shed -= 2;
    m.span = {text::skip_key_letters(doc_.text, first, shed), doc_.tokens[end - 1].span.end};
    m.first_token = i;
    m.end_token = end;
    m.type = row.type;
    m.mode = row.mode;
    default_mode_.resize(doc_.triggers.size() + 1, false);
    default_mode_[doc_.triggers.size()] = row.default_mode;
    m.lemma = row.lemma;
    m.nominal = row.nominal;
    m.participle = row.participle;
    m.many_senses = row.many_senses;
    m.passive = row.passive || (best.entry->kind == Kind::kPast &&
                                damma_passive(doc_.text, m.span.begin, first.span.end, best.entry->base_letters));
    // «دعا إلى طرد السفير»: after a preposition the unvowelled past form is the verbal noun.
    if (!row.nominal && best.entry->kind == Kind::kPast && i > 0 &&
        (noun_context(doc_.tokens[i - 1]) || coordinated_noun(i, a, *best.entry) || after_anna(i, a, *best.entry))) {
      m.nominal = true;
      m.passive = false;
      // A verb's `needs` word joined its mention as its subject («تقدمت القوات»); after the noun
      // it is the genitive, its doer where genitive_roles.tsv says so («تقدم القوات»), left to the
      // arguments. An object need («رفع العقوبات») stays in the mention: a thing, not a party.
      if (best.need_at == static_cast<int32_t>(i) + 1 && m.end_token == i + 2 && best.entry->rest.empty() &&
          agent_genitive(row.lemma)) {
        m.end_token = i + 1;
        m.span.end = first.span.end;
      }
    }
    // «انسحبت الدولة من الاتفاق» is a REJECT and a SANCTION: the companion is the same mention.
    auto [lo, hi] = companions().equal_range(row.lemma);
    std::vector<TriggerMention> extra;
    for (auto it = lo; it != hi; ++it) {
      const Companion& c = it->second;
      bool met = c.needs.empty();
      for (const auto& n : c.needs)
        if (best.need_at >= 0 && has_stem(static_cast<uint32_t>(best.need_at), n)) met = true;
      if (!met) continue;
      TriggerMention twin = m;
      twin.type = c.type;
      twin.mode = c.mode;
      extra.push_back(std::move(twin));
    }
    doc_.triggers.push_back(std::move(m));
    for (auto& twin : extra) {
      default_mode_.resize(doc_.triggers.size() + 1, false);
      doc_.triggers.push_back(std::move(twin));
    }
    return end;
  }

  Document& doc_;
  const Lexicon& lex_;
  std::vector<std::string_view> stems_;  // has_stem's stems of every token read, views into Token::key
  std::vector<std::pair<uint32_t, uint32_t>> stems_at_;  // per token: its range in stems_
  std::vector<bool> used_;  // `needs` words taken by an earlier trigger
  std::vector<std::string_view> sentence_domains_;  // the sense domains of the sentence being read
  uint32_t domains_from_ = 0, domains_to_ = 0;  // its tokens
  bool domains_noted_ = false;                  // sentence_domains_ holds them
  std::vector<bool> default_mode_;  // per trigger: its mode is its row's default («mode?»)
};

}  // namespace

void find_triggers(Document& doc) {
  const Lexicon& lex = lexicon();
  doc.triggers.clear();  // idempotent: a second run replaces the first
  Finder(doc, lex).run();
}

std::vector<std::string> inflect(std::string_view form, std::string_view gen) {
  std::vector<std::string> full, bound_forms;
  if (!inflect_into(text::normalize_key(form), gen, full, bound_forms)) return {};
  return full;
}

std::vector<std::string> lexicon_problems() { return lexicon().problems; }

bool trigger_starts_at(const Document& doc, uint32_t k) {
  auto it = std::lower_bound(doc.triggers.begin(), doc.triggers.end(), k,
                             [](const TriggerMention& m, uint32_t tok) { return m.first_token < tok; });
  return it != doc.triggers.end() && it->first_token == k;
}

}  // namespace rasd::events

// Modality of one trigger: a bounded scan of its sentence around the trigger for the cues of
// data/events/modality_cues.tsv (see that file's header for the columns), plus two cues that are
// not words: the future س on the trigger verb itself and quotation marks around it.
//
// Why windows and clause boundaries: Arabic news chains clauses with «،» and «و», so a particle
// negates only the verb or verbal noun right after it; a cue reaches at most `window` tokens, and
// negation, future and hypothetical cues stop at a comma, a semicolon or a `boundary` row («بينما»,
// «لكن»). Attribution is sentence-wide («قال ... إن ...، مضيفا أن ...»), so report cues stop only at
// `boundary` rows. Every scan is bounded by kMaxScan tokens, so the cost per trigger is constant.
#include "rasd/events/modality.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "rasd/core/hash.h"
#include "rasd/core/table.h"
#include "rasd/events/argument_cues.h"
#include "rasd/events/trigger_finder.h"
#include "rasd/text/clitics.h"
#include "rasd/text/normalize.h"
#include "rasd/text/utf8.h"

namespace rasd::events {
namespace {

enum class Kind { kNegation, kDenial, kDeniedPart, kRather, kFuture, kHypothetical, kReport, kBoundary, kQuantifier, kNone };
enum class Scope { kBefore, kAfter, kClause };

struct Cue {
  std::vector<std::string> words;  // normalised keys
  std::string written_first;       // the first word as written, for `hamza`
  Kind kind = Kind::kNone;
  Scope scope = Scope::kBefore;
  int window = 0;
  bool need_verb = false, need_noun = false, need_hamza = false, need_bare_next = false;
  bool apodosis = false;  // a condition: the clause after its comma is its consequence, hypothetical too
};

// A few bits of a word (its length and two of its bytes) that index a bitmap of the cue first
// words: most tokens are no cue's first word and are turned away on one bit, unhashed.
size_t first_signature(std::string_view w) {
  size_t n = w.size();
  if (n == 0) return 0;
  auto byte = [&](size_t i) { return static_cast<size_t>(static_cast<unsigned char>(w[i]) & 63u); };
  return (n & 15u) << 12 | byte(n > 1 ? 1 : 0) << 6 | byte(n - 1);
}

struct Cues {
  std::vector<Cue> rows;
  StringMap<std::vector<size_t>> by_first;  // first word key -> rows
  std::vector<bool> may_be_first = std::vector<bool>(size_t{1} << 16);  // by first_signature
};

constexpr int kMaxScan = 40;       // tokens looked at on each side of a trigger
constexpr int kCarrySentences = 8; // how far back a dropped speaker («وأضاف») is looked for

Kind kind_of(std::string_view k) {
  if (k == "negation") return Kind::kNegation;
  if (k == "denial_verb") return Kind::kDenial;
  if (k == "denied_part") return Kind::kDeniedPart;
  if (k == "rather") return Kind::kRather;
  if (k == "future") return Kind::kFuture;
  if (k == "hypothetical") return Kind::kHypothetical;
  if (k == "report") return Kind::kReport;
  if (k == "boundary") return Kind::kBoundary;
  if (k == "quantifier") return Kind::kQuantifier;
  return Kind::kNone;
}

const Cues& cues() {
  static const Cues c = [] {
    Cues out;
    const data::Table& t = data::table("events/modality_cues");
    for (size_t r = 0; r < t.rows(); ++r) {
      Cue cue;
      std::string_view cell = t.get(r, "cue");
      for (size_t b = 0; b < cell.size();) {
        size_t e = cell.find(' ', b);
        if (e == std::string_view::npos) e = cell.size();
        if (e > b) {
          if (cue.words.empty()) cue.written_first = std::string(cell.substr(b, e - b));
          cue.words.push_back(text::normalize_key(cell.substr(b, e - b)));
        }
        b = e + 1;
      }
      if (cue.words.empty()) continue;
      cue.kind = kind_of(t.get(r, "kind"));
      std::string_view scope = t.get(r, "scope");
      cue.scope = scope == "after" ? Scope::kAfter : scope == "clause" ? Scope::kClause : Scope::kBefore;
      cue.window = std::atoi(std::string(t.get(r, "window")).c_str());
      std::string_view req = t.get(r, "requires");
      cue.need_verb = req.find("verb") != std::string_view::npos;
      cue.need_noun = req.find("noun") != std::string_view::npos;
      cue.need_hamza = req.find("hamza") != std::string_view::npos;
      cue.need_bare_next = req.find("bare_next") != std::string_view::npos;
      cue.apodosis = req.find("apodosis") != std::string_view::npos;
      out.by_first[cue.words.front()].push_back(out.rows.size());
      out.may_be_first[first_signature(cue.words.front())] = true;
      out.rows.push_back(std::move(cue));
    }
    return out;
  }();
  return c;
}

// The key without one leading conjunction («ولم» -> «لم»), or "" when it has none. Done here and
// not with analyse_clitics because its min_stem keeps two-letter particles («ولا») whole.
std::string_view without_conj(std::string_view key) {
  if (key.size() > 2 && (key.starts_with("و") || key.starts_with("ف"))) return key.substr(2);
  return {};
}

// A word that can only be a noun: the article, a final ة, or a verbal-noun trigger («إن استقالة
// الوزير تعد», emphatic «إنّ»; a conditional «إن» takes a verb: «إن هاجموا»).
bool noun_shaped(const Document& doc, uint32_t k) {
  const Token& tok = doc.tokens[k];
  if (tok.key.starts_with("ال") || tok.key.ends_with("ة")) return true;
  auto it = std::lower_bound(doc.triggers.begin(), doc.triggers.end(), k,
                             [](const TriggerMention& m, uint32_t t) { return m.first_token < t; });
  return it != doc.triggers.end() && it->first_token == k && it->nominal;
}

struct Hit {
  const Cue* cue = nullptr;
  uint32_t first = 0, len = 0;  // tokens
};

// The longest cue starting at token i whose words all lie before `limit`; `after` picks the rows
// read after a trigger (scope after) or the others, since one word may have a row of each.
Hit match_at(const Document& doc, uint32_t i, uint32_t limit, bool after = false) {
  const Cues& c = cues();
  const std::string& key = doc.tokens[i].key;
  Hit best;
  for (std::string_view first : {std::string_view(key), without_conj(key)}) {
    if (first.empty() || !c.may_be_first[first_signature(first)]) continue;
    auto it = c.by_first.find(first);
    if (it == c.by_first.end()) continue;
    for (size_t r : it->second) {
      const Cue& cue = c.rows[r];
      uint32_t n = cue.words.size();
      if (i + n > limit || n <= best.len || (cue.scope == Scope::kAfter) != after) continue;
      bool ok = true;
      for (uint32_t w = 1; w < n && ok; ++w) ok = doc.tokens[i + w].key == cue.words[w];
      if (ok && cue.need_hamza) {
        // The written word (conjunction aside) must begin with the cue's hamza letter.
        std::string_view orig = doc.tokens[i].span.of(doc.text);
        if (first.size() < key.size()) orig.remove_prefix(2);
        ok = orig.substr(0, 2) == std::string_view(cue.written_first).substr(0, 2);
      }
      if (ok && cue.need_bare_next) ok = i + 1 < doc.tokens.size() && !noun_shaped(doc, i + 1);
      if (ok) best = {&cue, i, n};
    }
  }
  return best;
}

// An unvowelled past-looking trigger right after a noun in construct (a final ة and no article:
// «هدد بإعادة فرض العقوبات», «دعا إلى مواصلة قصف») is that noun's genitive, a verbal noun: a
// finite verb does not follow a construct head. «ية» words are left out: they are mostly
// adjectives, after which a verb may start a clause («قالت مصادر أمنية قتل ...»).
bool construct_genitive(const Document& doc, const TriggerMention& t) {
  if (t.nominal || t.participle || t.first_token == 0) return false;
  if (text::normalize_key(t.lemma).starts_with("ي")) return false;
  const Token& prev = doc.tokens[t.first_token - 1];
  if (prev.kind != TokenKind::kWord || text::code_points(prev.key) < 4) return false;
  std::string_view w = prev.key;
  if (std::string_view c = without_conj(w); !c.empty()) w = c;
  if (w.starts_with("ال") || w.starts_with("بال") || w.starts_with("لل")) return false;
  return w.ends_with("ة") && !w.ends_with("ية");
}

bool requirements_hold(const Document& doc, const Cue& cue, const TriggerMention& t) {
  const bool nominal = t.nominal || (cue.need_noun && construct_genitive(doc, t));
  return !(cue.need_verb && nominal) && !(cue.need_noun && !nominal);
}

bool starts_with_conjunction(const Token& t) {
  return t.kind == TokenKind::kWord && (t.key.starts_with("\xD9\x88") || t.key.starts_with("\xD9\x81"));  // و ف
}

bool weak_boundary(const Token& t) {
  return t.kind == TokenKind::kPunct && (t.key == "," || t.key == ";");
}

const Sentence* sentence_of(const Document& doc, uint32_t token) {
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), token,
                             [](uint32_t tok, const Sentence& s) { return tok < s.end_token; });
  if (it == doc.sentences.end() || token < it->first_token) return nullptr;
  return &*it;
}

// A complementizer («إن», «أن», «بأن», «أنه»): what follows is the reported clause, so its subject
// is not the speaker.
bool complementizer(const Token& t) {
  std::string_view k = t.key;
  if (k.starts_with("و") || k.starts_with("ب")) k.remove_prefix(2);
  return k == "ان" || k.starts_with("انه") || k.starts_with("انها") || k == "انهم";
}

// The subject of a speech verb at tokens [v, v+len): the nearer of the actor starting within 3
// tokens after it (VSO «قالت وزارة الداخلية») with no complementizer between, and the one ending
// within 2 tokens before it (SVO «وزارة الداخلية قالت»); VSO on a tie.
int32_t speaker_of(const Document& doc, const Sentence& s, uint32_t v, uint32_t len) {
  const auto& a = doc.actors;
  auto it = std::lower_bound(a.begin(), a.end(), v, [](const ActorMention& m, uint32_t tok) {
    return m.first_token < tok;
  });
  int32_t vso = -1, svo = -1;
  uint32_t vso_gap = 99, svo_gap = 99;
  uint32_t stop = std::min<uint32_t>(s.end_token, v + len + 4);
  uint32_t comma = stop;
  for (uint32_t i = v + len; i < stop; ++i) {
    if (complementizer(doc.tokens[i])) { stop = i; break; }
    if (comma == stop && (doc.tokens[i].key == "\xD8\x8C" || doc.tokens[i].key == ",")) comma = i;  // ،
  }
  for (auto j = it; j != a.end() && j->first_token < stop; ++j)
    if (j->first_token >= v + len) {
      // Past a comma only a name set right after it renames a speaker in plain words («قال الطيار،
      // فلان»); one further on is a clause's own («بحسب المصادر، اعتقلت الشرطة ...»).
      if (j->first_token > comma + 1) break;
      vso = static_cast<int32_t>(j - a.begin());
      vso_gap = j->first_token - (v + len);
      break;
    }
  for (auto j = it; j != a.begin();) {
    --j;
    if (j->end_token + 2 < v) break;
    if (j->end_token <= v && j->first_token >= s.first_token) {
      svo = static_cast<int32_t>(j - a.begin());
      svo_gap = v - j->end_token;
      break;
    }
  }
  return vso >= 0 && vso_gap <= svo_gap ? vso : svo;
}

// The last named speaker in up to kCarrySentences sentences before token `before`: the speaker of
// a dropped-subject speech verb («وأضاف أن ...») or an unattributed quotation.
int32_t carried_speaker(const Document& doc, const Sentence& here, uint32_t before) {
  const Sentence* first = doc.sentences.data();
  const Sentence* s = &here;
  for (int n = 0; n <= kCarrySentences; ++n) {
    uint32_t lo = s->first_token, hi = n == 0 ? before : s->end_token;
    if (hi > lo + 4 * kMaxScan) lo = hi - 4 * kMaxScan;  // bound the scan of a long sentence
    for (uint32_t i = hi; i-- > lo;) {
      Hit h = match_at(doc, i, s->end_token);
      if (!h.cue || (h.cue->kind != Kind::kReport && h.cue->kind != Kind::kDenial)) continue;
      if (int32_t sp = speaker_of(doc, *s, i, h.len); sp >= 0) return sp;
    }
    if (s == first) break;
    --s;
  }
  return -1;
}

// The future س on the trigger word itself: the finder leaves proclitics out of the span, so the
// bytes between the token's start and the trigger's are its prefix («ستعتقل» -> «س» + «تعتقل»).
bool future_prefix(const Document& doc, const TriggerMention& t) {
  const Token& tok = doc.tokens[t.first_token];
  if (t.nominal || t.span.begin <= tok.span.begin) return false;
  std::string prefix = text::normalize_key(doc.text.substr(tok.span.begin, t.span.begin - tok.span.begin));
  if (!prefix.ends_with("س")) return false;
  for (const auto& a : text::analyse_clitics(tok.key))
    if (a.future) return true;
  return false;
}

// A future verb just before a verbal noun, its subject or object at most one word apart
// («وسيفتح تحريرها جبهة», «ستنظم النقابة إضرابا»): the noun names what is planned. Read from the
// word's shape (a conjunction aside): the future س, a present prefix (ي ت ن), at least three more
// letters, and no noun ending (ة ات ين ية: «سيارة», «سنوات», «سنتين»); a word that starts a
// trigger is read as that trigger («سيطرت على»). Returns the verb's token, or -1.
int32_t future_verb_before(const Document& doc, const Sentence& s, const TriggerMention& t) {
  // A finite verb carries its own س (future_prefix). A past-looking one right after a future verb
  // is its verbal-noun object: two finite verbs do not stand side by side («ستعيد فرض العقوبات»,
  // where unvowelled «فرض» reads as a verb too).
  const bool past_form = !t.nominal && !text::normalize_key(t.lemma).starts_with("ي");
  if (!t.nominal && !past_form) return -1;
  int words = 0;
  for (uint32_t k = t.first_token; k > s.first_token && words < (t.nominal ? 2 : 1);) {
    const Token& tok = doc.tokens[--k];
    // A quotation mark opening the object («ستركز على "فرض الحصار"») does not part it from its verb.
    if (tok.kind == TokenKind::kPunct && tok.key == "\"") continue;
    if (tok.kind == TokenKind::kPunct) return -1;
    if (tok.kind != TokenKind::kWord) continue;
    ++words;
    std::string_view w = tok.key;
    if (std::string_view c = without_conj(w); !c.empty() && c.starts_with("س")) w = c;
    if (!w.starts_with("س") || text::code_points(w) < 5) continue;
    std::string_view prefix = w.substr(2, 2);
    if (prefix != "ي" && prefix != "ت" && prefix != "ن") continue;
    if (w.ends_with("ة") || w.ends_with("ات") || w.ends_with("ين") || w.ends_with("ية")) continue;
    if (!trigger_starts_at(doc, k)) return static_cast<int32_t>(k);
  }
  return -1;
}

// «لم تقع أية اعتداءات»: a negation reaches the noun phrase a quantifier opens within its window
// («أي», «أية»: quantifier rows), the trigger at most kAfterQuantifier words into that phrase.
bool negation_past_quantifier(const Document& doc, const Hit& neg, const TriggerMention& t) {
  constexpr uint32_t kAfterQuantifier = 2;
  const uint32_t from = neg.first + neg.len;
  for (uint32_t q = from; q < t.first_token; ++q) {
    const Token& tok = doc.tokens[q];
    if (tok.kind == TokenKind::kPunct) return false;
    if (static_cast<int>(q - from) + 1 > neg.cue->window) return false;
    Hit h = match_at(doc, q, t.first_token);
    if (h.cue && h.cue->kind == Kind::kQuantifier) return t.first_token - (q + h.len) < kAfterQuantifier;
  }
  return false;
}

// «لم تعقد الحكومة اجتماعا», «لم يشن الجيش أي هجوم»: a negation right before a light or control
// verb (data/events/support_verbs.tsv, control_verbs.tsv; after «لم»/«لن» in its present form,
// «تعقد» for «عقد») reaches the verbal noun that verb takes as its deed, its subject, «على» or a
// quantifier at most kAfterLight words between, no punctuation and no other trigger. A verb that
// is no light one keeps the window of 2 («لم يعلق على اعتقال»: the arrest happened).
bool negation_past_light_verb(const Document& doc, const Hit& neg, const TriggerMention& t) {
  constexpr uint32_t kAfterLight = 3;
  if (!t.nominal || t.participle) return false;
  const uint32_t v = neg.first + neg.len;
  if (v >= t.first_token || trigger_starts_at(doc, v)) return false;
  const Token& verb = doc.tokens[v];
  if (verb.kind != TokenKind::kWord) return false;
  bool light = cues::support_verb(verb, false);
  if (!light && text::code_points(verb.key) >= 3) {
    // The present prefix off: «تعقد» -> «عقد», «ينفذوا» -> «نفذوا».
    std::string_view w = verb.key;
    for (std::string_view p : {"\xD9\x8A", "\xD8\xAA", "\xD9\x86"})  // ي ت ن
      if (w.starts_with(p)) {
        Token past = verb;
        past.key = std::string(w.substr(p.size()));
        past.stem = past.key;
        light = cues::support_verb(past, false);
        break;
      }
  }
  if (!light) return false;
  // An exceptive asserts the deed («لم يعقد سوى اجتماع واحد»): data/events/exceptives.tsv.
  static const StringSet exceptives = text::key_set("events/exceptives", "word");
  auto exceptive = [&](uint32_t q) { return q < doc.tokens.size() && exceptives.count(doc.tokens[q].key); };
  if (exceptive(t.end_token)) return false;
  for (uint32_t q = v + 1; q < t.first_token; ++q)
    if (doc.tokens[q].kind == TokenKind::kPunct || trigger_starts_at(doc, q) || exceptive(q)) return false;
  return t.first_token - (v + 1) <= kAfterLight;
}

Span cue_span(const Document& doc, const Hit& h) {
  return {doc.tokens[h.first].span.begin, doc.tokens[h.first + h.len - 1].span.end};
}

}  // namespace

Modality modality_of(const Document& doc, const TriggerMention& trigger) {
  Modality m;
  if (trigger.first_token >= doc.tokens.size()) return m;
  const Sentence* sp = sentence_of(doc, trigger.first_token);
  if (!sp) return m;
  const Sentence& s = *sp;
  const uint32_t t = trigger.first_token;
  const uint32_t t_end = std::min<uint32_t>(std::max(trigger.end_token, t + 1), s.end_token);

  Hit neg, hyp, fut, rep;  // the nearest cue of each class (a forward scan: later is nearer)
  // A condition («إذا هاجموا البلدة، سيرد الجيش»): its consequence is the clause after the comma
  // that ends it, hypothetical as the condition is; a second comma or a boundary ends it.
  Hit cond;
  bool in_consequence = false;
  // A speech verb met and no complementizer yet: the «إن» after it is «that», not «if»
  // («قال مسؤول، إن مسلحين هاجموا»), whatever follows it.
  bool said = false;

  // Before the trigger: one forward pass from the window start, longest match at each token.
  const uint32_t lo = t > s.first_token + kMaxScan ? t - kMaxScan : s.first_token;
  uint32_t clause_start = lo;
  for (uint32_t i = lo; i < t;) {
    const Token& tok = doc.tokens[i];
    if (weak_boundary(tok)) {
      clause_start = i + 1;
      // A denial verb's object may follow its subject set off by commas («نفى الوزير، أمس،
      // مقتل مدنيين»): the denial survives a comma not followed by a conjunction.
      bool apposition = neg.cue && neg.cue->kind == Kind::kDenial && trigger.nominal && i + 1 <= t &&
                        !starts_with_conjunction(doc.tokens[i + 1]);
      Hit kept = apposition ? neg : Hit{};
      if (cond.cue && !in_consequence) in_consequence = true;
      else cond = {}, in_consequence = false;
      // «، بل» goes on with the clause before: its frame (future, hypothetical) holds.
      Hit next = i + 1 < t ? match_at(doc, i + 1, t) : Hit{};
      if (next.cue && next.cue->kind == Kind::kRather) {
        neg = {};
      } else {
        neg = hyp = fut = {};
        neg = kept;
      }
      ++i;
      continue;
    }
    // A denial's object is the first trigger after it: «نفى مقتل مدنيين في المظاهرات» denies
    // the killing, not the protests it happened at.
    if (neg.cue && neg.cue->kind == Kind::kDenial && i > neg.first && trigger_starts_at(doc, i)) neg = {};
    Hit h = match_at(doc, i, t);
    if (!h.cue) {
      if (said && complementizer(tok)) said = false;
      ++i;
      continue;
    }
    const Cue& c = *h.cue;
    const int dist = static_cast<int>(t - (h.first + h.len)) + 1;
    if (c.kind == Kind::kReport || c.kind == Kind::kDenial) said = true;
    if (c.kind == Kind::kHypothetical && c.scope == Scope::kClause && said) {
      said = false;  // the speech verb's complementizer
      i += h.len;
      continue;
    }
    if (c.kind == Kind::kHypothetical && c.apodosis) cond = h, in_consequence = false;
    switch (c.kind) {
      case Kind::kBoundary:
        clause_start = i + h.len;
        neg = hyp = fut = rep = {};
        cond = {};
        in_consequence = false;
        said = false;
        break;
      case Kind::kNone: case Kind::kQuantifier: break;
      case Kind::kRather: neg = {}; break;  // «بل» affirms what follows
      case Kind::kDeniedPart:
        // «نفى الجيش تورط قواته في الانفجار»: what is denied is the part, the blast happened.
        if (neg.cue && neg.cue->kind == Kind::kDenial) {
          if (rep.cue == neg.cue && rep.first == neg.first) rep = {};
          neg = {};
        } else if (rep.cue && rep.cue->kind == Kind::kDenial) {
          rep = {};  // a part that is itself a trigger («نفى التهم في القصف») cleared the denial already
        }
        break;
      default: {
        if (c.scope == Scope::kAfter || !requirements_hold(doc, c, trigger)) break;
        if (dist > c.window && !(c.kind == Kind::kNegation && (negation_past_quantifier(doc, h, trigger) ||
                                                               negation_past_light_verb(doc, h, trigger))))
          break;
        if (c.scope == Scope::kClause && i != clause_start && i != s.first_token) break;
        if (c.kind == Kind::kNegation || c.kind == Kind::kDenial) neg = h;
        if (c.kind == Kind::kHypothetical) hyp = h;
        if (c.kind == Kind::kFuture) fut = h;
        if (c.kind == Kind::kReport || c.kind == Kind::kDenial) rep = h;
      }
    }
    i += h.len;
  }

  if (!hyp.cue && in_consequence) hyp = cond;

  // A denied charge was still laid («نفت الوزارة الاتهامات»): the denial answers the accusation
  // and is of its content, so a trigger that is itself a denied_part row clears the denial.
  if (neg.cue && neg.cue->kind == Kind::kDenial) {
    const Hit self = match_at(doc, t, s.end_token);
    if (self.cue && self.cue->kind == Kind::kDeniedPart) {
      if (rep.cue == neg.cue && rep.first == neg.first) rep = {};
      neg = {};
    }
  }

  // After the trigger: source phrases («..., بحسب الوزارة»), up to a boundary row.
  if (!rep.cue) {
    const uint32_t hi = std::min<uint32_t>(s.end_token, t_end + kMaxScan);
    for (uint32_t i = t_end; i < hi;) {
      Hit h = match_at(doc, i, s.end_token, true);
      if (!h.cue) h = match_at(doc, i, s.end_token);
      if (!h.cue) { ++i; continue; }
      if (h.cue->kind == Kind::kBoundary) break;
      if (h.cue->kind == Kind::kReport && h.cue->scope == Scope::kAfter &&
          static_cast<int>(i - t_end) + 1 <= h.cue->window) {
        rep = h;
        break;
      }
      i += h.len;
    }
  }

  // Inside a quotation: an odd number of double quote marks before the trigger in its sentence
  // and one after it. (Guillemets and curly quotes normalise to '"'; apostrophes are left out.)
  bool quoted = false;
  {
    int before = 0;
    const uint32_t qlo = t > s.first_token + 2 * kMaxScan ? t - 2 * kMaxScan : s.first_token;
    for (uint32_t i = qlo; i < t; ++i) before += doc.tokens[i].key == "\"";
    if (before % 2 == 1) {
      const uint32_t qhi = std::min<uint32_t>(s.end_token, t_end + 2 * kMaxScan);
      for (uint32_t i = t_end; i < qhi && !quoted; ++i) quoted = doc.tokens[i].key == "\"";
    }
  }

  // Who reports it: the speech verb's subject, else the last speaker named before.
  if (rep.cue || quoted) {
    int32_t who = -1;
    if (rep.cue) who = speaker_of(doc, s, rep.first, rep.len);
    if (who < 0 && quoted) {
      // A quotation's speaker verb may come after it («"..."، قال الوزير»).
      const uint32_t hi = std::min<uint32_t>(s.end_token, t_end + 2 * kMaxScan);
      for (uint32_t i = t_end; i < hi && who < 0; ++i)
        if (Hit h = match_at(doc, i, s.end_token); h.cue && h.cue->kind == Kind::kReport) {
          who = speaker_of(doc, s, i, h.len);
          if (!rep.cue) rep = h;
        }
    }
    if (who < 0) who = carried_speaker(doc, s, rep.cue ? rep.first : t);
    if (who >= 0) {
      m.reported_by = who;
      m.reported_by_name = doc.actors[who].name;
    }
  }

  const int32_t fut_verb = fut.cue ? -1 : future_verb_before(doc, s, trigger);
  const bool future = fut.cue || future_prefix(doc, trigger) || fut_verb >= 0;
  if (neg.cue) {
    m.modality = "negated";
    m.negated = true;
    m.cue = cue_span(doc, neg);
  } else if (hyp.cue) {
    m.modality = "hypothetical";
    m.cue = cue_span(doc, hyp);
  } else if (future) {
    m.modality = "future";
    m.cue = fut.cue        ? cue_span(doc, fut)
            : fut_verb >= 0 ? doc.tokens[static_cast<size_t>(fut_verb)].span
                            : Span{doc.tokens[t].span.begin, trigger.span.begin};
  } else if (rep.cue || quoted) {
    m.modality = "reported";
    m.cue = rep.cue ? cue_span(doc, rep) : trigger.span;
  }
  return m;
}

}  // namespace rasd::events

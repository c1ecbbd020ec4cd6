#include "rasd/events/argument_cues.h"

#include <algorithm>

#include "rasd/core/table.h"
#include "rasd/events/arguments.h"
#include "rasd/text/clitics.h"
#include "rasd/text/normalize.h"

namespace rasd::events::cues {
namespace {

constexpr size_t kLongestCue = 3;  // words in the longest cue phrase
// Punctuation that closes a clause: the Arabic comma and semicolon, the Latin ones.
constexpr std::string_view kClauseMarks[] = {"\xD8\x8C", "\xD8\x9B", ",", ";", ":"};

Role role_named(std::string_view r) {
  static const std::pair<std::string_view, Role> names[] = {
      {"agent", Role::kAgent}, {"target", Role::kTarget}, {"partner", Role::kPartner},
      {"between", Role::kBetween}, {"aside", Role::kAside}, {"lam", Role::kLam}, {"head", Role::kHead}, {"held", Role::kHeld},
      {"clause", Role::kClause}, {"speaker", Role::kSpeaker}, {"link", Role::kLink}};
  for (const auto& [n, role] : names)
    if (n == r) return role;
  return Role::kAside;  // an unknown role name takes no part (the table test names them all)
}

}  // namespace

// A phrase's words, each normalised, joined by one space (how cues are keyed).
std::string phrase_key(std::string_view phrase) {
  std::string out;
  size_t i = 0;
  while (i < phrase.size()) {
    size_t j = phrase.find(' ', i);
    if (j == std::string_view::npos) j = phrase.size();
    if (j > i) {
      if (!out.empty()) out += ' ';
      out += text::normalize_key(phrase.substr(i, j - i));
    }
    i = j + 1;
  }
  return out;
}

const Lexicon& lexicon() {
  static const Lexicon lx = [] {
    Lexicon l;
    const auto& c = data::table("events/argument_cues");
    for (size_t r = 0; r < c.rows(); ++r) {
      CueRow row{role_named(c.get(r, "role")), {}};
      std::string_view types = c.get(r, "types");
      for (size_t i = 0; i < types.size();) {
        size_t j = types.find(',', i);
        if (j == std::string_view::npos) j = types.size();
        if (types.substr(i, j - i) != "*") row.types.emplace(types.substr(i, j - i));
        i = j + 1;
      }
      std::string_view cue = c.get(r, "cue");
      // A proclitic row («ل-») is keyed by its letter and the dash.
      std::string key = cue.ends_with('-') ? text::normalize_key(cue.substr(0, cue.size() - 1)) + "-" : phrase_key(cue);
      l.cues[key].push_back(std::move(row));
    }
    const auto& g = data::table("events/genitive_roles");
    for (size_t r = 0; r < g.rows(); ++r) {
      std::string noun = text::normalize_key(g.get(r, "noun"));
      l.genitive_agent[noun] = g.get(r, "genitive") != "patient";
      if (g.get(r, "genitive") == "addressed") l.genitive_addressed.insert(noun);
    }
    const auto& v = data::table("events/support_verbs");
    for (size_t r = 0; r < v.rows(); ++r)
      (v.get(r, "object") == "yes" ? l.support_with_object : l.support_verbs).insert(text::normalize_key(v.get(r, "verb")));
    const auto& av = data::table("events/author_verbs");
    for (size_t r = 0; r < av.rows(); ++r) l.author_verbs.insert(text::normalize_key(av.get(r, "verb")));
    // A verb that governs a noun as its own deed («أقدم على», «حاول») names its doer as a light verb does.
    const auto& cv = data::table("events/control_verbs");
    for (size_t r = 0; r < cv.rows(); ++r) l.support_verbs.insert(text::normalize_key(cv.get(r, "verb")));
    const auto& op = data::table("events/object_pronouns");
    for (size_t r = 0; r < op.rows(); ++r) {
      std::string form = text::normalize_key(op.get(r, "form"));
      if (op.get(r, "kind") == "suffix") { l.object_pronouns[form] = op.get(r, "agreement"); continue; }
      if (op.get(r, "kind") == "carrier") l.pronoun_carriers.insert(form);
      std::string_view types = op.get(r, "types");
      for (size_t i = 0; i < types.size();) {
        size_t j = std::min(types.find(',', i), types.size());
        l.pronoun_preps.emplace(form, types.substr(i, j - i));
        i = j + 1;
      }
    }
    const auto& fn = data::table("events/fate_nouns");
    for (size_t r = 0; r < fn.rows(); ++r) l.fate_nouns.insert(text::normalize_key(fn.get(r, "noun")));
    const auto& s = data::table("events/victim_sectors");
    for (size_t r = 0; r < s.rows(); ++r) {
      l.victims.emplace(s.get(r, "type"), s.get(r, "sector"));
      l.victim_types.emplace(s.get(r, "type"));
    }
    const auto& nd = data::table("events/non_doer_sectors");
    for (size_t r = 0; r < nd.rows(); ++r) l.non_doers.emplace(nd.get(r, "type"), nd.get(r, "sector"));
    const auto& ag = data::table("events/agreement");
    for (size_t r = 0; r < ag.rows(); ++r) {
      std::string_view form = ag.get(r, "form");
      std::string agreement(ag.get(r, "agreement"));
      size_t dash = form.find('-');
      if (dash == std::string_view::npos) { l.noun_words[text::normalize_key(form)] = agreement; continue; }
      Lexicon::Affix a{text::normalize_key(form.substr(0, dash)), text::normalize_key(form.substr(dash + 1)), agreement};
      (ag.get(r, "word") == "verb" ? l.verb_affixes : l.noun_affixes).push_back(std::move(a));
    }
    for (auto* v : {&l.verb_affixes, &l.noun_affixes})
      std::stable_sort(v->begin(), v->end(), [](const auto& a, const auto& b) { return a.prefix.size() + a.suffix.size() > b.prefix.size() + b.suffix.size(); });
    const auto& fo = data::table("events/fired_objects");
    for (size_t r = 0; r < fo.rows(); ++r) l.fired_objects.insert(phrase_key(fo.get(r, "lemma")));
    const auto& aw = data::table("events/aim_words");
    for (size_t r = 0; r < aw.rows(); ++r) l.aim_words.insert(text::normalize_key(aw.get(r, "word")));
    const auto& pn = data::table("events/projectile_nouns");
    for (size_t r = 0; r < pn.rows(); ++r) l.projectiles.insert(text::normalize_key(pn.get(r, "word")));
    const auto& uv = data::table("events/undergo_verbs");
    for (size_t r = 0; r < uv.rows(); ++r) l.undergo_verbs.insert(text::normalize_key(uv.get(r, "verb")));
    const auto& pr = data::table("events/participle_roles");
    for (size_t r = 0; r < pr.rows(); ++r) l.participle_doer[text::normalize_key(pr.get(r, "lemma"))] = pr.get(r, "role") == "doer";
    const auto& dob = data::table("events/double_objects");
    for (size_t r = 0; r < dob.rows(); ++r) {
      auto& words = l.double_objects[text::normalize_key(dob.get(r, "lemma"))];
      std::string_view w = dob.get(r, "second");
      for (size_t i = 0; i < w.size();) {
        size_t j = w.find('|', i);
        if (j == std::string_view::npos) j = w.size();
        if (j > i) words.insert(text::normalize_key(w.substr(i, j - i)));
        i = j + 1;
      }
    }
    const auto& cs = data::table("events/count_subjects");
    for (size_t r = 0; r < cs.rows(); ++r) l.count_subject_types.emplace(cs.get(r, "type"));
    const auto& pp = data::table("events/party_plurals");
    for (size_t r = 0; r < pp.rows(); ++r) l.party_plurals.insert(text::normalize_key(pp.get(r, "word")));
    const auto& co = data::table("events/clause_openers");
    for (size_t r = 0; r < co.rows(); ++r) l.clause_openers.insert(text::normalize_key(co.get(r, "word")));
    const auto& sa = data::table("events/speech_acts");
    for (size_t r = 0; r < sa.rows(); ++r) l.speech_acts.emplace(sa.get(r, "type"));
    const auto& rt = data::table("events/reaction_types");
    for (size_t r = 0; r < rt.rows(); ++r) {
      l.reaction_types.emplace(rt.get(r, "type"));
      if (rt.get(r, "object_doer") == "yes") l.object_doer_reactions.emplace(rt.get(r, "type"));
      std::string_view own = rt.get(r, "own_deeds");
      for (size_t i = 0; i < own.size();) {
        size_t j = own.find(',', i);
        if (j == std::string_view::npos) j = own.size();
        if (j > i) l.reaction_own_deeds.emplace(std::string(rt.get(r, "type")), std::string(own.substr(i, j - i)));
        i = j + 1;
      }
    }
    const auto& ob = data::table("events/object_roles");
    for (size_t r = 0; r < ob.rows(); ++r) l.object_types.emplace(ob.get(r, "type"));
    const auto& rw = data::table("events/relative_words");
    for (size_t r = 0; r < rw.rows(); ++r) {
      std::string w = text::normalize_key(rw.get(r, "word"));
      (rw.get(r, "kind") == "relative" ? l.relatives : l.auxiliaries).insert(w);
      if (rw.get(r, "kind") == "copula") l.copulas.insert(w);
    }
    return l;
  }();
  return lx;
}

std::string_view without_conjunction(std::string_view key) {
  if ((key.starts_with(kWaw) || key.starts_with(kFa)) && key.size() > 4) return key.substr(kWaw.size());
  return {};
}

// The roles the cue phrase of words [first, end) gives, for events of `type`.
void roles_of(const Lexicon& lx, const std::string& key, const std::string& type, std::vector<Role>& out) {
  auto it = lx.cues.find(key);
  if (it == lx.cues.end()) return;
  for (const CueRow& row : it->second)
    if (row.types.empty() || row.types.count(type)) out.push_back(row.role);
}

// The roles of the longest cue phrase ending right before token `end` (no earlier than `floor`).
std::vector<Role> cue_before(const Document& doc, uint32_t end, uint32_t floor, const std::string& type) {
  const Lexicon& lx = lexicon();
  std::vector<Role> out;
  for (size_t n = std::min<size_t>(kLongestCue, end - floor); n >= 1; --n) {
    std::string rest;
    bool words = true;
    for (uint32_t k = end - static_cast<uint32_t>(n) + 1; k < end; ++k) {
      words &= doc.tokens[k].kind == TokenKind::kWord;
      rest += ' ';
      rest += doc.tokens[k].key;
    }
    const Token& first = doc.tokens[end - n];
    if (!words || first.kind != TokenKind::kWord) continue;
    roles_of(lx, first.key + rest, type, out);
    if (std::string_view bare = without_conjunction(first.key); out.empty() && !bare.empty())
      roles_of(lx, std::string(bare) + rest, type, out);
    if (!out.empty()) return out;
  }
  // A preposition written apart with a tatweel («مسنودة بـ "الطيران"», «بـ #الجيش»): the cue
  // before it is read as if the letter were on the mention («مسنودة بالطيران»).
  if (end > floor + 1) {
    const Token& sep = doc.tokens[end - 1];
    if (sep.kind == TokenKind::kWord && sep.key.size() == 2 && doc.text.substr(sep.span.begin, sep.span.end - sep.span.begin).ends_with("\u0640") &&
        (sep.key == "\u0628" || sep.key == "\u0644" || sep.key == "\u0643"))
      return cue_before(doc, end - 1, floor, type);
  }
  return out;
}

// The preposition proclitic on token k as a cue key («ل-», «ب-»), "" when none: its proclitics
// (the key less its stem, or the letters the mention's span leaves out) without a conjunction
// and without the article.
std::string preposition_of(const Document& doc, uint32_t k, const ActorMention* m) {
  const Token& t = doc.tokens[k];
  std::string prefix;
  if (m && m->span.begin > t.span.begin) prefix = text::normalize_key(doc.text.substr(t.span.begin, m->span.begin - t.span.begin));
  else if (t.key.size() > t.stem.size() && t.key.ends_with(t.stem)) prefix = t.key.substr(0, t.key.size() - t.stem.size());
  std::string_view p = prefix;
  if (p.starts_with(kWaw) || p.starts_with(kFa)) p.remove_prefix(kWaw.size());
  if (p.empty() || p.starts_with(kAlif)) return {};  // nothing, or the article alone
  return std::string(p.substr(0, kWaw.size())) + "-";  // Arabic letters are two bytes
}

// The gender and number a verb marks or a noun heads (agreement.tsv): fem, plural or masc. A verb
// is read without its conjunction, a noun by its stem (article and prepositions aside).
std::string_view agreement_of(const Token& t, bool verb) {
  const Lexicon& lx = lexicon();
  std::string_view w = verb ? std::string_view(t.key) : std::string_view(t.stem.empty() ? t.key : t.stem);
  if (verb) {
    if (std::string_view bare = without_conjunction(w); !bare.empty()) w = bare;
  } else if (auto it = lx.noun_words.find(std::string(w)); it != lx.noun_words.end()) {
    return it->second;
  }
  constexpr size_t kRootBytes = 4;  // two Arabic letters at least besides the affixes
  auto match = [&](std::string_view x) -> std::string_view {
    for (const auto& a : verb ? lx.verb_affixes : lx.noun_affixes)
      if (x.size() >= a.prefix.size() + a.suffix.size() + kRootBytes && x.starts_with(a.prefix) && x.ends_with(a.suffix))
        return a.agreement;
    return {};
  };
  if (std::string_view m = match(w); !m.empty()) return m;
  // «ويهددونهم»: a verb read without its object pronoun.
  if (verb)
    for (const auto& a : text::analyse_clitics(w))
      if (!a.suffix.empty() && a.prefix.empty())
        if (std::string_view m = match(a.stem); !m.empty()) return m;
  return "masc";
}

bool definite(const Token& t) {
  for (const auto& a : text::analyse_clitics(t.key))
    if (a.article) return true;
  return false;
}

uint32_t words_between(const Document& doc, uint32_t from, uint32_t to) {
  uint32_t n = 0;
  for (uint32_t k = from; k < to; ++k) n += doc.tokens[k].kind != TokenKind::kPunct;
  return n;
}

// Whether a clause mark stands among tokens [from, to): «قصف الجيش القرية، وقتل ...».
bool clause_break(const Document& doc, uint32_t from, uint32_t to) {
  for (uint32_t k = from; k < to; ++k)
    if (doc.tokens[k].kind == TokenKind::kPunct)
      for (std::string_view m : kClauseMarks)
        if (doc.tokens[k].key == m) return true;
  return false;
}

// Whether token k's key, or its key less a conjunction, is a light verb; with `pronoun`, whether
// it is one carrying an object pronoun («شنه», «نفذته»), or a verb that authors the noun it
// carries the pronoun of («أصدرته»; author_verbs.tsv).
bool support_verb(const Token& t, bool pronoun) {
  const Lexicon& lx = lexicon();
  if (t.kind != TokenKind::kWord) return false;
  if (!pronoun) return lx.support_verbs.count(t.key) || lx.support_verbs.count(t.stem);
  if (lx.support_with_object.count(t.key) || lx.support_with_object.count(t.stem)) return true;
  // A final «ى» is written «ا» before a pronoun («تبنى» -> «تبناه», «أجرى» -> «أجراها»).
  static const std::string kMaqsura = text::normalize_key("\xD9\x89");  // ى
  for (const auto& a : text::analyse_clitics(t.key)) {
    if (a.suffix.empty()) continue;
    std::string stem(a.stem);
    if (lx.support_verbs.count(stem) || lx.author_verbs.count(stem)) return true;
    if (stem.size() > kAlif.size() * 2 && std::string_view(stem).ends_with(kAlif) &&
        lx.support_verbs.count(stem.substr(0, stem.size() - kAlif.size()) + kMaqsura))
      return true;
  }
  return false;
}

// Whether actor a speaks a quote holding token t («قال الجيش إن مسلحين هاجموا»).
bool speaks_about(const Document& doc, int32_t a, uint32_t t) {
  auto it = std::upper_bound(doc.quotes.begin(), doc.quotes.end(), t,
                             [](uint32_t v, const Quote& q) { return v < q.first_token; });
  for (size_t n = 0; it != doc.quotes.begin() && n < kQuoteLookBack; ++n) {
    --it;
    if (it->speaker == a && it->first_token <= t && t < it->end_token) return true;
  }
  return false;
}

}  // namespace rasd::events::cues

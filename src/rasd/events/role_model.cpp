// The role chooser's features, choice and run-time hook (role_model.h). Every look is bounded by
// the candidates the finder gathered (within its window) and the tokens between each and the
// trigger, so the cost per telling is bounded.
#include "rasd/events/role_model.h"

#include <algorithm>
#include <unordered_map>

#include "rasd/events/argument_cues.h"
#include "rasd/events/party_words.h"
#include "rasd/text/normalize.h"

namespace rasd::events {
namespace {

thread_local RoleCollector* collector = nullptr;
thread_local const FilterModel* active_model = nullptr;

constexpr size_t kWordBytes = 8;  // a word before a candidate up to four letters is a function word, kept as itself
constexpr float kFillScore = 2;  // the score an actor needs where the rules named none (choose_roles)

std::string_view strength_name(ArgStrength s) {
  switch (s) {
    case ArgStrength::kStrong: return "strong";
    case ArgStrength::kMedium: return "medium";
    case ArgStrength::kWeak: return "weak";
    default: return "no";
  }
}

std::string_view cue_name(cues::Role r) {
  using cues::Role;
  switch (r) {
    case Role::kAgent: return "agent";
    case Role::kTarget: return "target";
    case Role::kPartner: return "partner";
    case Role::kBetween: return "between";
    case Role::kAside: return "aside";
    case Role::kLam: return "lam";
    case Role::kHead: return "head";
    case Role::kHeld: return "held";
    case Role::kClause: return "clause";
    case Role::kSpeaker: return "speaker";
    case Role::kLink: return "link";
  }
  return "?";
}

std::string_view origin_name(RoleCandidate::Origin o) {
  switch (o) {
    case RoleCandidate::Origin::kSentence: return "sentence";
    case RoleCandidate::Origin::kConjunct: return "conjunct";
    case RoleCandidate::Origin::kWords: return "words";
    case RoleCandidate::Origin::kFinder: break;
  }
  return "finder";
}

std::string form_of(const TriggerMention& tr) {
  std::string f = tr.participle ? "part" : tr.nominal ? "noun" : "verb";
  if (tr.passive) f += "-pass";
  return f;
}

std::string gap_bucket(uint32_t g) {
  if (g <= 2) return std::to_string(g);
  if (g <= 4) return "3-4";
  if (g <= 8) return "5-8";
  if (g <= 12) return "9-12";
  return "13+";  // beyond the finder's window
}

bool before(const RoleCandidate& c, const TriggerMention& tr) { return c.end <= tr.first_token; }

std::string kind_of(const Document& doc, const RoleCandidate& c) {
  switch (c.kind) {
    case RoleCandidate::Kind::kPlace: return "place";
    case RoleCandidate::Kind::kNisba: return "nisba";
    case RoleCandidate::Kind::kWords: return "words";
    case RoleCandidate::Kind::kMention: break;
  }
  const ActorMention& m = doc.actors[static_cast<size_t>(c.index)];
  if (m.entity < 0) return "unnamed";
  switch (doc.entities[static_cast<size_t>(m.entity)].type) {
    case EntityType::kPer: return "per";
    case EntityType::kOrg: return "org";
    case EntityType::kLoc: return "loc";
    default: return "named";
  }
}

bool comma(const Token& t) { return t.kind == TokenKind::kPunct && (t.key == "," || t.key == "\xD8\x8C"); }
bool quote_mark(const Token& t) {
  return t.kind == TokenKind::kPunct &&
         (t.key == "\"" || t.key == "\xC2\xAB" || t.key == "\xC2\xBB" || t.key == "\xE2\x80\x9C" || t.key == "\xE2\x80\x9D");
}

// Whether a trigger other than `tr` starts among tokens [lo, hi). Triggers are in text order.
bool trigger_among(const Document& doc, const TriggerMention& tr, uint32_t lo, uint32_t hi) {
  auto it = std::lower_bound(doc.triggers.begin(), doc.triggers.end(), lo,
                             [](const TriggerMention& t, uint32_t v) { return t.first_token < v; });
  for (; it != doc.triggers.end() && it->first_token < hi; ++it)
    if (&*it != &tr) return true;
  return false;
}

// What the model never takes, as the rules never guess it (written rule tests defend each): a
// plain held word with no holder («طوقت الشرطة المنزل»: a thing, no party); the one reporting the
// statement as the recipient, or as the doer across another trigger (the rules alone read the
// reporter: a self-report makes it the doer, a reaction to another's deed does not); a recipient
// right after another trigger or after its cue word (that trigger's: «حذر قبل الهجوم على X»).
// Held out, barring every party with a trigger between lost right fills on both halves.
bool barred(const Document& doc, const TriggerMention& tr, const RoleCandidate& c, RoleSlot slot) {
  if (c.kind == RoleCandidate::Kind::kWords && c.held) return true;
  bool bef = before(c, tr);
  uint32_t lo = bef ? c.end : std::min(c.lead, tr.end_token), hi = bef ? tr.first_token : c.lead;
  if (slot == RoleSlot::kActor) return c.speaker && lo < hi && trigger_among(doc, tr, lo, hi);
  if (c.speaker) return true;
  uint32_t cue = c.lead > 0 && !c.cues.empty() ? c.lead - 1 : c.lead;
  return !bef && cue > lo && trigger_among(doc, tr, cue - 1, cue);
}

// Plain words offered to the model alone fill a role only when a word list or their form says they
// can name a party (party_words.h: a title, an actor noun, an organisation head, a nationality, a
// counted-people noun, a count, a sound masculine plural): on 3,000 corpus articles most of the
// model's other plain-word fills were an ordinal, a participle, a verb or half a place name.
bool may_name_party(const Document& doc, const RoleCandidate& c) {
  if (c.kind != RoleCandidate::Kind::kWords || c.origin == RoleCandidate::Origin::kFinder) return true;
  static const std::string_view kParty[] = {"sign=title",      "sign=actor-noun", "sign=org-head",      "sign=nationality",
                                            "sign=count-noun", "sign=counted",    "sign=plural-people"};
  for (const std::string& sign : party_signs(doc, c.lead, c.end))
    if (std::find(std::begin(kParty), std::end(kParty), sign) != std::end(kParty)) return true;
  return false;
}

ArgStrength rules_strength(const RoleCandidate& c, RoleSlot slot) {
  return slot == RoleSlot::kActor ? c.as_actor : c.as_recipient;
}

// The index of the rules' choice for the slot, all.size() when none.
size_t rules_choice(const std::vector<RoleCandidate>& all, RoleSlot slot) {
  for (size_t i = 0; i < all.size(); ++i)
    if (rules_strength(all[i], slot) != ArgStrength::kNone) return i;
  return all.size();
}

// The ASCII and Arabic marks score.py's name match reads as spaces.
bool name_punct(char c) {
  return std::string_view(".,:;!?\"'()[]{}-/\\").find(c) != std::string_view::npos;
}

// score.py's norm() and strip_al(), over the engine's loose key (alef forms, «ى», «ة», diacritics
// and tatweel folded); «ؤ» and «ئ» fold as score.py folds them.
std::string name_key(std::string_view s) {
  std::string k = text::loose_key(s);
  std::string out;
  for (size_t i = 0; i < k.size();) {
    if (k.compare(i, 2, "\xD8\xA4") == 0) { out += "\xD9\x88"; i += 2; continue; }  // ؤ -> و
    if (k.compare(i, 2, "\xD8\xA6") == 0) { out += "\xD9\x8A"; i += 2; continue; }  // ئ -> ي
    if (k.compare(i, 2, "\xD8\x8C") == 0 || k.compare(i, 2, "\xD8\x9B") == 0 || k.compare(i, 2, "\xD8\x9F") == 0 ||
        k.compare(i, 2, "\xC2\xAB") == 0 || k.compare(i, 2, "\xC2\xBB") == 0) {
      out += ' ';
      i += 2;
      continue;
    }
    char c = k[i++];
    out += name_punct(c) || c == '\t' || c == '\n' ? ' ' : static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  }
  // Words, each without the article and a preposition glued to it (two letters at least left).
  static const std::string_view kArticles[] = {"\xD9\x88\xD8\xA7\xD9\x84", "\xD8\xA8\xD8\xA7\xD9\x84",
                                               "\xD9\x81\xD8\xA7\xD9\x84", "\xD9\x83\xD8\xA7\xD9\x84",
                                               "\xD9\x84\xD9\x84", "\xD8\xA7\xD9\x84"};
  std::string words = " ";
  size_t at = 0;
  while (at < out.size()) {
    size_t sp = out.find(' ', at);
    if (sp == std::string::npos) sp = out.size();
    std::string_view w(out.data() + at, sp - at);
    at = sp + 1;
    if (w.empty()) continue;
    for (std::string_view p : kArticles)
      if (w.starts_with(p) && w.size() - p.size() >= 4) {  // two Arabic letters at least
        w.remove_prefix(p.size());
        break;
      }
    words += std::string(w) + " ";
  }
  return words;
}

}  // namespace

std::vector<std::string> role_features(const Document& doc, const TriggerMention& tr, const Sentence& s,
                                       const std::vector<RoleCandidate>& all, size_t ci, RoleSlot slot) {
  const RoleCandidate& c = all[ci];
  const std::string p = slot == RoleSlot::kActor ? "a:" : "r:";
  const std::string form = form_of(tr);
  const std::string kind = kind_of(doc, c);
  std::vector<std::string> f;
  auto add = [&](const std::string& x) { f.push_back(p + x); };
  add("bias");
  add("kind=" + kind);
  add("kind=" + kind + "|" + form);
  if (c.kind == RoleCandidate::Kind::kMention) {
    const std::string& sector = doc.actors[static_cast<size_t>(c.index)].sector;
    add("sector=" + sector);
    add("sector=" + sector + "|type=" + tr.type);
  }
  bool bef = before(c, tr);
  bool inside = !bef && c.lead < tr.end_token;
  std::string side = bef ? "B" : inside ? "I" : "A";
  uint32_t lo = bef ? c.end : std::min(c.lead, tr.end_token), hi = bef ? tr.first_token : c.lead;
  uint32_t gap = lo < hi ? cues::words_between(doc, lo, hi) : 0;
  add("side=" + side + "|" + form);
  add("side=" + side + "|type=" + tr.type);
  add("side=" + side + "|gap=" + gap_bucket(gap));
  add("side=" + side + "|gap=" + gap_bucket(gap) + "|" + form);
  // Its rank among the finder's candidates on its side, nearest first (those offered to the model
  // alone are many, and would blur what rank 1 means).
  size_t rank = 1;
  for (size_t j = 0; j < all.size(); ++j) {
    if (j == ci || before(all[j], tr) != bef || all[j].origin != RoleCandidate::Origin::kFinder) continue;
    rank += bef ? all[j].lead > c.lead : all[j].lead < c.lead;
  }
  add("rank=" + side + std::to_string(std::min<size_t>(rank, 3)) + "|" + form);
  // What stands between it and the trigger.
  bool commas = false, quotes = false;
  for (uint32_t k = lo; k < hi; ++k) {
    commas |= comma(doc.tokens[k]);
    quotes |= quote_mark(doc.tokens[k]);
  }
  if (commas) add("between-comma|" + side);
  if (quotes) add("between-quote|" + side);
  if (lo < hi && cues::clause_break(doc, lo, hi)) add("between-clause|" + side);
  if (lo < hi && trigger_among(doc, tr, lo, hi)) add("between-trigger|" + side);
  // The clitic on its first word (a preposition, the article, a conjunction) and the word before it.
  if (c.lead < doc.tokens.size()) {
    const Token& t = doc.tokens[c.lead];
    std::string prefix = t.key.ends_with(t.stem) ? t.key.substr(0, t.key.size() - t.stem.size()) : "?";
    add("pre=" + prefix + "|" + side);
    add("pre=" + prefix + "|" + form);
    add(std::string(cues::definite(t) ? "def" : "indef") + "|" + side);
  }
  if (c.lead > s.first_token) {
    const Token& w = doc.tokens[c.lead - 1];
    std::string word = w.kind == TokenKind::kPunct ? "#p" + w.key
                       : w.kind != TokenKind::kWord ? "#other"
                       : w.key.size() <= kWordBytes ? w.key : "#long";
    add("prev=" + word + "|" + side);
  } else {
    add("prev=#start");
  }
  for (cues::Role cue : c.cues) {
    add("cue=" + std::string(cue_name(cue)));
    add("cue=" + std::string(cue_name(cue)) + "|" + form);
  }
  // Offered to the model alone: where it came from, against its position.
  if (c.origin != RoleCandidate::Origin::kFinder) {
    std::string o(origin_name(c.origin));
    add("src=" + o);
    add("src=" + o + "|" + side + "|" + form);
    add("src=" + o + "|gap=" + gap_bucket(gap));
  }
  // A finite verb's subject agrees with it in gender and number; its object need not.
  if (form == "verb" && c.lead < doc.tokens.size() && doc.tokens[c.lead].kind == TokenKind::kWord) {
    bool agrees = cues::agreement_of(doc.tokens[tr.first_token], true) == cues::agreement_of(doc.tokens[c.lead], false);
    add(std::string(agrees ? "agree|" : "disagree|") + side);
  }
  // Plain words: whether the word lists and the word's form say they can name a party at all.
  if (c.kind == RoleCandidate::Kind::kWords)
    for (const std::string& sign : party_signs(doc, c.lead, c.end)) add(sign);
  if (c.speaker) add("speaker|" + side);
  if (c.counted) add("counted");
  if (c.held && c.kind != RoleCandidate::Kind::kWords) add("held");  // a plain held word is barred (barred())
  ArgStrength self = rules_strength(c, slot);
  ArgStrength other = rules_strength(c, slot == RoleSlot::kActor ? RoleSlot::kRecipient : RoleSlot::kActor);
  add("rule=" + std::string(strength_name(self)));
  add("rule=" + std::string(strength_name(self)) + "|kind=" + kind);
  add("rule=" + std::string(strength_name(self)) + "|" + form);
  if (other != ArgStrength::kNone) add("rule-other=" + std::string(strength_name(other)));
  // A recipient's competitor is judged beside the rules' choice (nearer the trigger on its side,
  // further, across it), not alone. Not the actor's: held out, these moved right actors too.
  size_t r = rules_choice(all, slot);
  if (slot == RoleSlot::kActor) return f;
  if (r == all.size()) {
    add("vs-rule=empty|" + side);
  } else if (r != ci) {
    const RoleCandidate& rc = all[r];
    std::string where = before(rc, tr) != bef ? "across" : (bef ? c.lead > rc.lead : c.lead < rc.lead) ? "nearer" : "further";
    add("vs-rule=" + where + "|" + side);
    add("vs-rule=" + where + "|" + kind_of(doc, rc) + "|" + kind);
    add("vs-rule=" + where + "|" + std::string(strength_name(rules_strength(rc, slot))));
  }
  return f;
}

std::vector<std::string> none_features(const TriggerMention& tr, const std::vector<RoleCandidate>& all, RoleSlot slot) {
  const std::string p = slot == RoleSlot::kActor ? "a:" : "r:";
  size_t r = rules_choice(all, slot);
  std::string rule(r < all.size() ? strength_name(rules_strength(all[r], slot)) : "no");
  return {p + "none", p + "none|type=" + tr.type, p + "none|" + form_of(tr), p + "none|rule=" + rule,
          p + "none|candidates=" + std::to_string(std::min<size_t>(all.size(), 4))};
}

RoleChoice choose_roles(const FilterModel& model, const Document& doc, const TriggerMention& tr, const Sentence& s,
                        const std::vector<RoleCandidate>& all) {
  RoleChoice out{all.size(), all.size()};
  for (RoleSlot slot : {RoleSlot::kActor, RoleSlot::kRecipient}) {
    size_t rules = rules_choice(all, slot);
    size_t& pick = slot == RoleSlot::kActor ? out.actor : out.recipient;
    // The model fills a role the rules left empty and never moves theirs: held out (5 folds by
    // article, both halves), its replacements of the rules' choices were wrong more often than
    // right, while its fills of empty roles gained on every half.
    if (rules < all.size()) {
      pick = rules;
      continue;
    }
    float none = model.score(none_features(tr, all, slot));
    float best_score = none;
    size_t best = all.size();
    for (size_t i = 0; i < all.size(); ++i) {
      // No candidate takes both roles; a nationality adjective names no recipient (Arguments has none).
      if (slot == RoleSlot::kRecipient && (i == out.actor || all[i].kind == RoleCandidate::Kind::kNisba)) continue;
      // The rules' recipient is not taken for the actor: held out, the model's doer taken from the
      // recipient was wrong more often than right, and it left the recipient wrong too.
      if (slot == RoleSlot::kActor && all[i].as_recipient != ArgStrength::kNone) continue;
      if (slot == RoleSlot::kActor && all[i].no_actor) continue;  // the grammar bars it as the doer
      // Nor is the doer a mention or country of the sentence the finder did not keep (beyond its
      // window, or one it dropped): on the gold articles such a doer was a party of another
      // clause (gold actor 0.835 -> 0.847 without them), for 0.008 of the sentences' actors.
      if (slot == RoleSlot::kActor && all[i].origin == RoleCandidate::Origin::kSentence) continue;
      if (barred(doc, tr, all[i], slot)) continue;
      if (!may_name_party(doc, all[i])) continue;
      float sc = model.score(role_features(doc, tr, s, all, i, slot));
      if (sc > best_score) best_score = sc, best = i;
    }
    // A candidate fills the role when it beats "none" by the model's threshold; an actor needs a
    // score of kFillScore too: a doer the rules found no grammar for was often the reporter or a
    // party of another clause.
    if (best < all.size() && best_score - none >= model.threshold() &&
        (slot == RoleSlot::kRecipient || best_score >= kFillScore))
      pick = best;
  }
  return out;
}

void apply_choice(const std::vector<RoleCandidate>& all, RoleChoice choice, Arguments& out) {
  if (choice.actor != rules_choice(all, RoleSlot::kActor)) {
    out.actor = out.actor_place = out.actor_nisba = -1;
    out.actor_words = {};
    out.actor_strength = ArgStrength::kNone;
    if (choice.actor < all.size()) {
      const RoleCandidate& c = all[choice.actor];
      out.actor_strength = ArgStrength::kWeak;
      switch (c.kind) {
        case RoleCandidate::Kind::kMention: out.actor = c.index; break;
        case RoleCandidate::Kind::kPlace: out.actor_place = c.index; break;
        case RoleCandidate::Kind::kNisba: out.actor_nisba = c.index; break;
        case RoleCandidate::Kind::kWords: out.actor_words = {c.lead, c.end}; break;
      }
    }
  }
  size_t rules_recipient = rules_choice(all, RoleSlot::kRecipient);
  if (choice.recipient != rules_recipient) {
    out.recipient = out.recipient_place = -1;
    out.recipient_words = {};
    out.recipient_strength = ArgStrength::kNone;
    if (choice.recipient < all.size()) {
      const RoleCandidate& c = all[choice.recipient];
      out.recipient_strength = ArgStrength::kWeak;
      switch (c.kind) {
        case RoleCandidate::Kind::kMention: out.recipient = c.index; break;
        case RoleCandidate::Kind::kPlace: out.recipient_place = c.index; break;
        case RoleCandidate::Kind::kWords: out.recipient_words = {c.lead, c.end}; break;
        case RoleCandidate::Kind::kNisba: break;
      }
    }
  }
  // The second side of «بين X و Y» is neither role.
  if (out.actor_also >= 0 && (out.actor_also == out.actor || out.actor_also == out.recipient)) out.actor_also = -1;
  if (out.actor_also_place >= 0 && (out.actor_also_place == out.actor_place || out.actor_also_place == out.recipient_place))
    out.actor_also_place = -1;
}

void rechoose_roles(const Document& doc, const TriggerMention& tr, const Sentence& s, std::vector<RoleCandidate> all,
                    Arguments& out) {
  if (RoleCollector* c = RoleCollector::active()) {
    c->add({static_cast<uint32_t>(&tr - doc.triggers.data()), static_cast<uint32_t>(&s - doc.sentences.data()),
            std::move(all)});
    return;
  }
  const FilterModel* model = RoleModelScope::active();
  if (!model || all.empty()) return;
  RoleChoice choice = choose_roles(*model, doc, tr, s, all);
  // A role the rules held empty on purpose stays so: both sides of «بين» act and no third party
  // is the recipient (an empty choice held at a strength).
  bool held_empty = out.recipient < 0 && out.recipient_place < 0 && out.recipient_words.empty() &&
                    out.recipient_strength != ArgStrength::kNone;
  if (held_empty || out.actor_also >= 0 || out.actor_also_place >= 0) choice.recipient = rules_choice(all, RoleSlot::kRecipient);
  apply_choice(all, choice, out);
}

std::string default_role_model_path() { return shipped_model_path("role-model.txt"); }

const FilterModel* role_filter_model(const std::string& which, std::string* error) {
  return shared_model(which, "role-model.txt", error);
}

RoleModelScope::RoleModelScope(const FilterModel* model) : previous_(active_model) { active_model = model; }
RoleModelScope::~RoleModelScope() { active_model = previous_; }
const FilterModel* RoleModelScope::active() { return active_model; }

std::vector<std::string> candidate_names(const Document& doc, const RoleCandidate& c) {
  std::vector<std::string> out;
  if (c.end > c.lead && c.end <= doc.tokens.size())
    out.emplace_back(doc.text.substr(doc.tokens[c.lead].span.begin,
                                     doc.tokens[c.end - 1].span.end - doc.tokens[c.lead].span.begin));
  if (c.kind == RoleCandidate::Kind::kMention) {
    const ActorMention& m = doc.actors[static_cast<size_t>(c.index)];
    out.push_back(m.name);
    out.emplace_back(m.span.of(doc.text));
  } else if (c.kind == RoleCandidate::Kind::kPlace) {
    out.emplace_back(doc.places[static_cast<size_t>(c.index)].span.of(doc.text));
  }
  return out;
}

bool name_match(std::string_view pred, const std::vector<std::string>& golds) {
  std::string a = name_key(pred);
  if (a.size() <= 1) return false;
  for (const auto& g : golds) {
    std::string b = name_key(g);
    if (b.size() <= 1) continue;
    if (a.find(b) != std::string::npos || b.find(a) != std::string::npos) return true;
  }
  return false;
}

std::pair<uint32_t, uint32_t> locate_name(const Document& doc, const Sentence& s, const std::vector<std::string>& golds,
                                          uint32_t near) {
  constexpr uint32_t kRunWords = 8;
  constexpr size_t kMinKey = 6;  // two Arabic letters and the spaces around them
  std::vector<std::string> keys;
  for (const auto& g : golds) keys.push_back(name_key(g));
  std::pair<uint32_t, uint32_t> best{0, 0};
  uint32_t best_dist = UINT32_MAX;
  for (uint32_t i = s.first_token; i < s.end_token; ++i) {
    if (doc.tokens[i].kind != TokenKind::kWord) continue;
    for (uint32_t j = i + 1; j <= s.end_token && j <= i + kRunWords; ++j) {
      if (doc.tokens[j - 1].kind != TokenKind::kWord) continue;
      std::string k = name_key(std::string_view(doc.text).substr(doc.tokens[i].span.begin,
                                                                 doc.tokens[j - 1].span.end - doc.tokens[i].span.begin));
      if (k.size() < kMinKey ||
          std::none_of(keys.begin(), keys.end(), [&](const std::string& g) { return g.find(k) != std::string::npos; }))
        continue;
      uint32_t dist = j <= near ? near - j : i > near ? i - near : 0;
      if (j - i > best.second - best.first || (j - i == best.second - best.first && dist < best_dist)) {
        best = {i, j};
        best_dist = dist;
      }
    }
  }
  return best;
}

FilterModel train_role_ranker(const std::vector<RoleChoiceExample>& choices, const FilterTrainOptions& options) {
  std::unordered_map<std::string, int> seen;
  for (const auto& ch : choices)
    for (const auto& o : ch.options)
      for (const auto& x : o) ++seen[x];
  std::vector<std::string> names;
  for (const auto& [f, n] : seen)
    if (n >= options.min_count) names.push_back(f);
  std::sort(names.begin(), names.end());  // indices independent of hash order
  std::unordered_map<std::string, uint32_t> index;
  for (uint32_t i = 0; i < names.size(); ++i) index.emplace(names[i], i);
  std::vector<std::vector<std::vector<uint32_t>>> xs(choices.size());
  for (size_t i = 0; i < choices.size(); ++i)
    for (const auto& o : choices[i].options) {
      std::vector<uint32_t> x;
      for (const auto& f : o)
        if (auto it = index.find(f); it != index.end()) x.push_back(it->second);
      xs[i].push_back(std::move(x));
    }
  // w the current weights, u the weights times the step they changed at; the average is w - u / c.
  std::vector<double> w(names.size(), 0), u(names.size(), 0);
  double c = 1;
  std::vector<size_t> order(choices.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  uint64_t state = options.seed;
  auto next = [&state] {  // splitmix64: the same shuffles everywhere
    uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  };
  auto score = [&](const std::vector<uint32_t>& x) {
    double s = 0;
    for (uint32_t f : x) s += w[f];
    return s;
  };
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    for (size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[next() % i]);
    for (size_t i : order) {
      const auto& opts = xs[i];
      size_t best = 0, best_right = opts.size();
      double bs = -1e300, brs = -1e300;
      for (size_t k = 0; k < opts.size(); ++k) {
        double s = score(opts[k]);
        if (s > bs) bs = s, best = k;
        if (choices[i].right[k] && s > brs) brs = s, best_right = k;
      }
      if (best_right < opts.size() && !choices[i].right[best]) {
        for (uint32_t f : opts[best_right]) w[f] += 1, u[f] += c;
        for (uint32_t f : opts[best]) w[f] -= 1, u[f] -= c;
      }
      c += 1;
    }
  }
  StringMap<float> out;
  for (size_t f = 0; f < names.size(); ++f)
    if (float a = static_cast<float>(w[f] - u[f] / c); a != 0) out.emplace(names[f], a);
  return FilterModel::from_weights(std::move(out), options.threshold, options.description);
}

RoleCollector::RoleCollector() : previous_(collector) { collector = this; }
RoleCollector::~RoleCollector() { collector = previous_; }
RoleCollector* RoleCollector::active() { return collector; }

}  // namespace rasd::events

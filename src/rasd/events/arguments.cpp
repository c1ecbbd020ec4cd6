#include "rasd/events/arguments.h"

#include <algorithm>
#include <set>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "rasd/core/table.h"
#include "rasd/events/argument_cues.h"
#include "rasd/events/place_parties.h"
#include "rasd/events/role_model.h"
#include "rasd/text/lexicon.h"
#include "rasd/text/normalize.h"

namespace rasd::events {
namespace {

constexpr uint32_t kArgumentWindow = 12;  // tokens an argument may stand from its trigger
constexpr uint32_t kAdjacent = 1;         // words between a verb and a subject still read as next to it
constexpr uint32_t kHeadWords = 2;        // head words («مقاتلات») a phrase may start with
constexpr uint32_t kSupportReach = 8;     // tokens between a light verb and its verbal noun
constexpr uint32_t kPronounVerbReach = 2; // tokens between a noun and «شنه» after it
constexpr uint32_t kCountWords = 4;       // words of a count between a verb and the counted («أكثر من 70»)
constexpr uint32_t kCarryReach = 60;     // tokens back a dropped subject is looked for, in its paragraph
constexpr uint32_t kNisbaReach = 2;       // words from a noun to its nationality adjective («غارات جوية روسية»)
constexpr uint32_t kPhraseReach = 16;     // tokens a chained phrase («قوات من مقاتلي ...») may span
constexpr size_t kQuoteReach = 8;         // statements near a trigger that may be the one it is in
constexpr uint32_t kQuoteWordsReach = 32; // tokens after a trigger the words of its statement may start
constexpr uint32_t kTargetCueWords = 2;   // words of a target cue phrase («في صفوف»)
constexpr uint32_t kHolderReach = 4;      // tokens from a held thing to its holder («آليات وتجمعات للميليشيا»)

using namespace cues;

// A phrase that may name a party: head words, one or more chained mentions.
struct Candidate {
  int32_t party = -1;       // the mention naming the party: the later of a chain («قوات الجيش»)
  int32_t place = -1;       // or the country place mention naming it (party -1)
  int32_t nisba = -1;       // or the nationality adjective naming its country (a token)
  uint32_t lead = 0, end = 0;  // the phrase's tokens
  bool before = false;      // stands before the trigger
  uint32_t gap = 0;         // words between the phrase and the trigger (punctuation aside)
  std::vector<Role> cues;   // what the words right before the phrase say of it
  bool speaker = false;     // reports the statement the trigger is in
  bool counted = false;     // a count stands right before it («ثلاثة جنود»)
  bool held = false;        // headed by what the party holds («مواقع الحوثيين»): a patient, never the doer
  bool capital = false;     // a capital named for its government: a party by cue or grammar only
  bool has(Role r) const { return std::find(cues.begin(), cues.end(), r) != cues.end(); }
  // Taken by no cue phrase: free for the grammatical layers («ل» and «أن» still are).
  bool bare() const {
    for (Role r : cues)
      if (r != Role::kLam && r != Role::kClause && r != Role::kHead && r != Role::kLink) return false;
    return !speaker;
  }
};

class Finder {
 public:
  Finder(const Document& doc, const TriggerMention& tr, const Sentence& s, int32_t reporter)
      : doc_(doc), tr_(tr), s_(s), reporter_(reporter),
        // A finite verb whose mention spans the words its sense needs («نشرت الشرطة» for a
        // deployment) owns its first word alone: a party among the needed words is a candidate.
        own_end_(!tr.nominal && tr.end_token > tr.first_token ? tr.first_token + 1 : tr.end_token) {}

  Arguments run(std::span<const uint32_t> in_sentence) {
    gather(in_sentence);
    cues();
    grammar();
    speech_act();
    undergoer();
    guesses();
    carried_subject();
    victims();
    pronoun_patient();
    words();
    // «رفض الزعيم النتائج، داعيا ...»: a circumstantial participle's doer in plain words is the
    // definite subject right after the clause's verb (a trigger before it in the sentence); only
    // for speech acts («داعيا», «متهما», «محذرا»), the participles that go on the speaker's clause.
    if (hal_ && actor_.empty() && actor_words_.empty() && tr_.type != "CONSULT" && lexicon().speech_acts.count(tr_.type)) {
      WordPhrase w = clause_subject_words();
      if (!w.empty() && (recipient_words_.empty() || w.end <= recipient_words_.first || recipient_words_.end <= w.first))
        actor_words_ = w;
    }
    called_party();
    if (!patient_words_.empty()) {  // after the word layer, whose patient guesses it outranks
      recipient_ = {};
      recipient_words_ = patient_words_;
      if (!actor_words_.empty() && actor_words_.first < patient_words_.end && patient_words_.first < actor_words_.end)
        actor_words_ = {};
    }
    double_object();
    participle_party(in_sentence);
    // A surer doer found after the «بين» reading took the actor from its first side: the second
    // side is then the recipient again, as without that reading.
    if (between_first_ && (actor_.lead != between_first_->lead || actor_.end != between_first_->end)) {
      actor_also_ = actor_also_place_ = -1;
      if (two_sided_ && recipient_.empty()) {
        recipient_ = {};
        offer(recipient_, actor_, two_sided_, ArgStrength::kMedium);
      }
      two_sided_ = nullptr;
    }
    Arguments out;
    out.actor = actor_.party;
    out.actor_place = actor_.place;
    out.actor_nisba = actor_.nisba;
    out.actor_strength = actor_.strength;
    out.recipient = recipient_.party;
    out.recipient_place = recipient_.place;
    out.recipient_strength = recipient_.strength;
    out.actor_words = actor_words_;
    out.recipient_words = recipient_.empty() && two_sided_ ? WordPhrase{} : recipient_words_;
    if (actor_also_ >= 0 && actor_also_ != out.actor && actor_also_ != out.recipient) out.actor_also = actor_also_;
    else if (actor_also_place_ >= 0 && actor_also_place_ != out.actor_place && actor_also_place_ != out.recipient_place)
      out.actor_also_place = actor_also_place_;
    let_model_choose(out);
    return out;
  }

  // The learned role chooser (role_model.h) sees every candidate the layers had, the plain-word
  // parties they chose and the mention, place or nationality they took from outside the window,
  // each marked with the strength the rules gave it per role; with a model in force it may re-choose.
  void let_model_choose(Arguments& out) const {
    if (!RoleCollector::active() && !RoleModelScope::active()) return;  // off: no cost
    std::vector<RoleCandidate> all;
    auto add = [&](RoleCandidate::Kind kind, int32_t index, uint32_t lead, uint32_t end) -> RoleCandidate& {
      for (RoleCandidate& r : all)
        if (r.kind == kind && (kind == RoleCandidate::Kind::kWords ? r.lead == lead && r.end == end : r.index == index)) return r;
      RoleCandidate r;
      r.kind = kind;
      r.index = index;
      r.lead = lead;
      r.end = end;
      return all.emplace_back(std::move(r));
    };
    for (const Candidate& c : c_) {
      RoleCandidate& r = c.party >= 0 ? add(RoleCandidate::Kind::kMention, c.party, c.lead, c.end)
                         : c.place >= 0 ? add(RoleCandidate::Kind::kPlace, c.place, c.lead, c.end)
                                        : add(RoleCandidate::Kind::kNisba, c.nisba, c.lead, c.end);
      r.cues = c.cues;
      r.speaker = c.speaker;
      r.counted = c.counted;
      r.held = c.held;
    }
    auto mark = [&](int32_t party, int32_t place, int32_t nisba, const WordPhrase& words, ArgStrength st, bool actor) {
      RoleCandidate* r = nullptr;
      if (party >= 0) {
        const ActorMention& m = doc_.actors[static_cast<size_t>(party)];
        r = &add(RoleCandidate::Kind::kMention, party, m.first_token, m.end_token);
      } else if (place >= 0) {
        const PlaceMention& m = doc_.places[static_cast<size_t>(place)];
        r = &add(RoleCandidate::Kind::kPlace, place, m.first_token, m.end_token);
      } else if (nisba >= 0) {
        r = &add(RoleCandidate::Kind::kNisba, nisba, static_cast<uint32_t>(nisba), static_cast<uint32_t>(nisba) + 1);
      } else if (!words.empty()) {
        r = &add(RoleCandidate::Kind::kWords, -1, words.first, words.end);
      }
      if (r) (actor ? r->as_actor : r->as_recipient) = std::max(st, ArgStrength::kWeak);
    };
    mark(out.actor, out.actor_place, out.actor_nisba, out.actor_words, out.actor_strength, true);
    mark(out.recipient, out.recipient_place, -1, out.recipient_words, out.recipient_strength, false);
    rechoose_roles(doc_, tr_, s_, std::move(all), out);
  }

 private:
  struct Choice {
    int32_t party = -1;
    ArgStrength strength = ArgStrength::kNone;
    bool doer_sure = false;  // by an agent phrase or a subject before its verb (victims())
    int32_t place = -1;
    int32_t nisba = -1;
    uint32_t lead = 0, end = 0;  // the chosen phrase's tokens
    bool empty() const { return party < 0 && place < 0 && nisba < 0; }
  };

  int32_t entity_of(int32_t party, int32_t place) const {
    if (party >= 0) return doc_.actors[static_cast<size_t>(party)].entity;
    return place >= 0 ? place_entity(doc_, static_cast<size_t>(place)) : -1;
  }

  std::string_view sector_of(int32_t party) const {
    return party >= 0 ? std::string_view(doc_.actors[static_cast<size_t>(party)].sector) : std::string_view("GOV");
  }

  // Takes party c for `role` when that is surer than what it holds and the other role is not c
  // (nor another mention of its entity).
  void offer(Choice& role, const Choice& other, const Candidate* c, ArgStrength st, bool doer_sure = false) {
    if (!c || (c->party < 0 && c->place < 0 && c->nisba < 0) || st <= role.strength) return;
    if (&role == &actor_ && c->held) return;  // «قصفت مواقع الحوثيين»: the positions' holder suffered it
    if (&role == &actor_ && in_aside(*c)) return;  // «الوزير، وهو من الحزب، ...»: the party's description
    if (c->party >= 0 && c->party == actor_also_) return;  // the second side of «بين X و Y» acts
    if (c->party < 0 && c->place >= 0 && c->place == actor_also_place_) return;
    if (c->party >= 0 ? c->party == other.party : c->place >= 0 ? c->place == other.place : c->nisba == other.nisba) return;
    if (!other.empty()) {
      int32_t e = entity_of(c->party, c->place);
      if (e >= 0 && e == entity_of(other.party, other.place)) return;
    }
    role = {c->party, st, doer_sure, c->place, c->nisba, c->lead, c->end};
  }

  // Whether candidate c stands in an aside set off by commas and opened by «وهو»/«وهي»
  // (aside_openers.tsv) that does not hold the trigger: it describes the party before it
  // («الوزير، وهو من الحزب الحاكم، ...»), unless it opens the aside and so renames that party.
  bool in_aside(const Candidate& c) const {
    static const std::unordered_set<std::string> openers = [] {
      std::unordered_set<std::string> out;
      const auto& t = data::table("events/aside_openers");
      for (size_t r = 0; r < t.rows(); ++r) out.insert(text::normalize_key(t.get(r, "word")));
      return out;
    }();
    constexpr uint32_t kAsideWords = 12;  // tokens from the opener to the candidate
    auto comma = [&](uint32_t k) { return doc_.tokens[k].key == "\xD8\x8C" || doc_.tokens[k].key == ","; };
    uint32_t open = UINT32_MAX;
    for (uint32_t k = c.lead; k-- > s_.first_token + 1 && c.lead - k <= kAsideWords;) {
      if (comma(k)) break;
      if (openers.count(doc_.tokens[k].key) && comma(k - 1)) { open = k; break; }
    }
    // «أحد الأحزاب، وهو حزب الخضر، انسحب»: a party right after the opener renames the one before.
    if (open == UINT32_MAX || c.lead == open + 1) return false;
    uint32_t close = c.end;
    while (close < s_.end_token && !comma(close) && doc_.tokens[close].key != ".") ++close;
    return tr_.first_token < open || tr_.first_token >= close;
  }

  // Whether another trigger stands between the trigger and candidate c: a phrase there belongs
  // to it («أدانت الوزارة إطلاق قذائف من قبل المسلحين»: the launching's doer, not the
  // condemnation's). Triggers are in text order.
  bool trigger_between(const Candidate& c) const {
    uint32_t lo = c.before ? c.end : own_end_, hi = c.before ? tr_.first_token : c.lead;
    auto it = std::lower_bound(doc_.triggers.begin(), doc_.triggers.end(), lo,
                               [](const TriggerMention& t, uint32_t v) { return t.first_token < v; });
    return it != doc_.triggers.end() && it->first_token < hi && &*it != &tr_;
  }

  // Layer 0: the candidates, a chain of mentions one phrase («قوات الجيش», «مقاتلين من تنظيم
  // داعش»): its later mention names the party, unless the first is named.
  void gather(std::span<const uint32_t> in_sentence) {
    const Lexicon& lx = lexicon();
    // Only the mentions within reach of the trigger: a phrase of chained mentions ending in the
    // window may start before it, so the scan begins kPhraseReach tokens earlier, and stops past
    // the window once no mention can chain on.
    uint32_t from = tr_.first_token > kArgumentWindow + kPhraseReach ? tr_.first_token - kArgumentWindow - kPhraseReach : 0;
    auto lo = std::lower_bound(in_sentence.begin(), in_sentence.end(), from,
                               [&](uint32_t a, uint32_t t) { return doc_.actors[a].first_token < t; });
    for (uint32_t a : in_sentence.subspan(static_cast<size_t>(lo - in_sentence.begin()))) {
      const ActorMention& m = doc_.actors[a];
      if (m.first_token > own_end_ + kArgumentWindow + kHeadWords && (c_.empty() || m.first_token > c_.back().end + 1)) break;
      if (m.first_token < s_.first_token || m.end_token > s_.end_token) continue;
      // The trigger itself; among the words its sense needs only an unnamed party («نشرت الشرطة»):
      // a name read over them («أدانت محكمة ...») is the name finder's overreach.
      if (m.first_token < tr_.end_token && tr_.first_token < m.end_token && (m.first_token < own_end_ || m.entity >= 0))
        continue;
      if (!c_.empty() && m.first_token < c_.back().end) continue;                   // nested in the last
      if (!c_.empty() && c_.back().party >= 0 && chains(c_.back(), m)) {
        Candidate& last = c_.back();
        if (doc_.actors[static_cast<size_t>(last.party)].entity < 0 || m.entity >= 0) last.party = static_cast<int32_t>(a);
        last.end = m.end_token;
        last.speaker |= static_cast<int32_t>(a) == reporter_ || speaks_about(doc_, static_cast<int32_t>(a), tr_.first_token);
        continue;
      }
      Candidate c;
      c.party = static_cast<int32_t>(a);
      c.lead = m.first_token;
      c.end = m.end_token;
      // Head words lead the phrase: «لمقاتلات التحالف» carries its «ل» on the head.
      for (uint32_t n = 0; n < kHeadWords && c.lead > s_.first_token; ++n) {
        const Token& t = doc_.tokens[c.lead - 1];
        // A construct head drops its «ن» («مسلحو الحركة»): «مسلحون الشرطة» are subject and object.
        if (nominative_plural(doc_, c.lead - 1)) break;
        std::vector<Role> r;
        roles_of(lx, t.stem, tr_.type, r);
        bool held = std::find(r.begin(), r.end(), Role::kHeld) != r.end();
        if (!held && std::find(r.begin(), r.end(), Role::kHead) == r.end()) break;
        c.held |= held;
        --c.lead;
      }
      c.cues = cue_before(doc_, c.lead, s_.first_token, tr_.type);
      std::string prep = preposition_of(doc_, c.lead, c.lead == m.first_token ? &m : nullptr);
      if (!prep.empty()) roles_of(lx, prep, tr_.type, c.cues);
      c.speaker = static_cast<int32_t>(a) == reporter_ || speaks_about(doc_, static_cast<int32_t>(a), tr_.first_token);
      c.counted = counted_at(c.lead);
      c_.push_back(std::move(c));
    }
    add_places(lx);
    for (Candidate& c : c_) {
      // «على يد عناصر من الشرطة»: a partitive's plain head between a cue and the party passes
      // the cue on to it, over what «من» alone would say («مقتل 13 من الميليشيات»: victims).
      if (c.has(Role::kLink) && c.lead >= s_.first_token + 2 && doc_.tokens[c.lead - 2].kind == TokenKind::kWord &&
          preposition_of(doc_, c.lead - 2, nullptr).empty()) {
        std::vector<Role> outer;
        for (Role r : cue_before(doc_, c.lead - 2, s_.first_token, tr_.type))
          if (r == Role::kAgent || r == Role::kTarget) outer.push_back(r);
        if (!outer.empty()) {
          std::erase_if(c.cues, [](Role r) { return r == Role::kAgent || r == Role::kTarget; });
          c.cues.insert(c.cues.end(), outer.begin(), outer.end());
        }
      }
      c.before = c.end <= tr_.first_token;
      c.gap = c.before ? words_between(doc_, c.end, tr_.first_token) : words_between(doc_, own_end_, c.lead);
      // A target phrase follows its trigger: before it, «مئات من المتظاهرين أحرقوا» is the subject.
      if (c.before) std::erase(c.cues, Role::kTarget);
    }
    std::erase_if(c_, [&](const Candidate& c) {
      uint32_t d = c.before ? tr_.first_token - c.end : c.lead - own_end_;
      return d > kArgumentWindow;
    });
  }

  static std::string_view without_conjunction_or_self(std::string_view key) {
    std::string_view k = without_conjunction(key);
    return k.empty() ? key : k;
  }

  // Countries named in the sentence outside any actor mention, as parties of their own
  // (events/place_parties.h), with their cue words like any mention's.
  void add_places(const Lexicon& lx) {
    bool added = false;
    uint32_t from = tr_.first_token > kArgumentWindow + kPhraseReach ? tr_.first_token - kArgumentWindow - kPhraseReach : 0;
    auto lo = std::lower_bound(doc_.places.begin(), doc_.places.end(), std::max(from, s_.first_token),
                               [](const PlaceMention& m, uint32_t t) { return m.first_token < t; });
    for (size_t p = static_cast<size_t>(lo - doc_.places.begin()); p < doc_.places.size(); ++p) {
      const PlaceMention& m = doc_.places[p];
      if (m.first_token > own_end_ + kArgumentWindow) break;
      if (m.first_token < s_.first_token || m.end_token > s_.end_token) continue;
      if (m.first_token < own_end_ && tr_.first_token < m.end_token) continue;
      // «رفع العقوبات عن إيران»: a word that places a country elsewhere («عن سوريا»: a topic)
      // is this trigger's target cue (argument_cues.tsv), so the country is a party after all.
      // Not «من» nor «إلى»: before a country they tell where something comes from or goes
      // («صواريخ من سوريا», «نقل الجرحى إلى الأردن»), whatever they say before people.
      if (!country_party(doc_, p) &&
          !(country_named(doc_, p) && m.first_token > s_.first_token && m.first_token >= own_end_ &&
            doc_.tokens[m.first_token - 1].kind == TokenKind::kWord &&
            (without_conjunction_or_self(doc_.tokens[m.first_token - 1].key) != "\xD9\x85\xD9\x86" ||  // من
             asked_of(m.first_token - 1)) &&
            without_conjunction_or_self(doc_.tokens[m.first_token - 1].key) != "\xD8\xA7\xD9\x84\xD9\x8A" && [&] {  // الي (إلى)
              std::vector<Role> r;
              roles_of(lx, std::string(without_conjunction_or_self(doc_.tokens[m.first_token - 1].key)), tr_.type, r);
              return std::find(r.begin(), r.end(), Role::kTarget) != r.end();
            }()))
        continue;
      Candidate c;
      c.place = static_cast<int32_t>(p);
      c.capital = m.precision != PlacePrecision::kCountry;
      c.lead = m.first_token;
      c.end = m.end_token;
      c.cues = cue_before(doc_, c.lead, s_.first_token, tr_.type);
      const Token& t = doc_.tokens[m.first_token];
      if (m.span.begin > t.span.begin) {
        ActorMention at;  // preposition_of reads the letters a mention's span leaves out
        at.span = m.span;
        std::string prep = preposition_of(doc_, c.lead, &at);
        if (!prep.empty()) roles_of(lx, prep, tr_.type, c.cues);
      }
      c_.push_back(std::move(c));
      added = true;
    }
    if (added) std::stable_sort(c_.begin(), c_.end(), [](const Candidate& a, const Candidate& b) { return a.lead < b.lead; });
  }

  // «طلبت النرويج من فرنسا»: whether «من» at token k names the one asked, a target of
  // the trigger's type (argument_cues.tsv) right after the verb or its named subject; further on
  // it tells where from («طالب بسحب القوات من سوريا»).
  bool asked_of(uint32_t k) const {
    std::vector<Role> r;
    roles_of(lexicon(), doc_.tokens[k].key, tr_.type, r);
    // A speech act's «من» is the one asked; a deed's («طرد من فرنسا») is where from.
    if (std::find(r.begin(), r.end(), Role::kTarget) == r.end() || tr_.nominal || !lexicon().speech_acts.count(tr_.type))
      return false;
    if (k == own_end_) return true;
    for (const Candidate& c : c_)
      if (c.end == k && c.lead <= own_end_ + kAdjacent && c.lead >= own_end_) return true;
    return false;
  }

  // Whether a quantity ends right before token k. Quantities are in text order (text/quantities).
  bool counted_at(uint32_t k) const {
    auto it = std::lower_bound(doc_.quantities.begin(), doc_.quantities.end(), k,
                               [](const Quantity& q, uint32_t v) { return q.end_token < v; });
    return it != doc_.quantities.end() && it->end_token == k && it->unit.empty();
  }

  // Whether mention m continues the phrase of `last`: right after an indefinite head («قوات
  // الجيش»), or after «من» between them.
  bool chains(const Candidate& last, const ActorMention& m) const {
    const ActorMention& prev = doc_.actors[static_cast<size_t>(last.party)];
    // Only an unnamed one-word head: «الجيش الإسرائيلي الفصائل» are subject and object. A
    // construct head drops its «ن» («مسلحو الحركة»): «مسلحون قوات الأمن» are two phrases.
    if (m.first_token == last.end)
      return prev.entity < 0 && prev.end_token == prev.first_token + 1 && !definite(doc_.tokens[prev.first_token]) &&
             !nominative_plural(doc_, prev.first_token) &&
             preposition_of(doc_, m.first_token, &m).empty() && without_conjunction(doc_.tokens[m.first_token].key).empty();
    // «مقاتلين من الحركة»: an indefinite head; after a definite party «من» opens a phrase of its
    // own («طلب الجانب الأول من الجانب الثاني»).
    if (m.first_token == last.end + 1 && !definite(doc_.tokens[prev.first_token])) {
      std::vector<Role> r;
      roles_of(lexicon(), doc_.tokens[last.end].key, tr_.type, r);
      return std::find(r.begin(), r.end(), Role::kLink) != r.end();
    }
    return false;
  }

  // Candidates after (or before) the trigger, nearest first.
  std::vector<const Candidate*> side(bool before) const {
    std::vector<const Candidate*> out;
    for (const Candidate& c : c_)
      if (c.before == before) out.push_back(&c);
    if (before) std::reverse(out.begin(), out.end());
    return out;
  }

  // The deed a verb names right after it as its object, or with `content` its «ب» content (no
  // reaction itself), and the deed's first candidate after it when that has cue `role`, with no
  // further trigger nor clause break before it; null when none.
  const Candidate* deed_party(Role role, bool content) const {
    auto it = std::lower_bound(doc_.triggers.begin(), doc_.triggers.end(), own_end_,
                               [](const TriggerMention& t, uint32_t v) { return t.first_token < v; });
    while (it != doc_.triggers.end() && &*it == &tr_) ++it;
    if (it == doc_.triggers.end() || it->first_token >= s_.end_token || lexicon().reaction_types.count(it->type))
      return nullptr;
    // Right after the verb: a named subject between aside («هددت الحكومة بفرض عقوبات»).
    uint32_t gap = 0;
    for (uint32_t k = own_end_; k < it->first_token; ++k)
      gap += doc_.tokens[k].kind != TokenKind::kPunct &&
             std::none_of(c_.begin(), c_.end(), [&](const Candidate& c) { return c.lead <= k && k < c.end; });
    if (gap > kAdjacent) return nullptr;
    // A threat's content is its «ب» phrase («هدد بقصف», «بشن غارات»), not a deed named beside it.
    // A short light noun keeps its «ب» in the stem («بشن»): read off the word itself.
    if (content) {
      uint32_t k = it->first_token - (it->first_token > own_end_ && gap ? 1 : 0);
      std::string_view w = without_conjunction_or_self(doc_.tokens[k].key);
      if (preposition_of(doc_, k, nullptr) != "\xD8\xA8-" && !(k < it->first_token && w.starts_with("\xD8\xA8")))  // ب
        return nullptr;
    }
    auto next = std::next(it);
    for (const Candidate* c : side(false)) {
      if (c->lead < it->end_token) continue;
      if ((next != doc_.triggers.end() && next->first_token < c->lead) || clause_break(doc_, own_end_, c->lead)) return nullptr;
      if (c->has(role)) return c;
      // The deed's own patient may stand before its doer's cue («قصف المدنيين من قبل المسلحين»).
      if (!(role == Role::kAgent && c->bare())) return nullptr;  // else the deed's first party after it
    }
    return nullptr;
  }

  // «أدان المجلس القصف من قبل الميليشيات»: a reaction whose object is another's deed
  // (reaction_types.tsv, object_doer) points at the deed's doer, named by an agent cue after the
  // deed (argument_cues.tsv): the one condemned or asked. «هدد الجيش بقصف مواقع على المسلحين»:
  // a threat's content is the threatener's own deed, so its target is the one threatened.
  void deed_parties() {
    // A reaction noun's own agent cue names its own doer («اتهام من قبل الادعاء»): verbs only. The
    // cue names the condemned outright, over the deed's patient («أدان قصف المدنيين من قبل ...»).
    if (!tr_.nominal && lexicon().object_doer_reactions.count(tr_.type))
      offer(recipient_, actor_, deed_party(Role::kAgent, false), ArgStrength::kStrong);
    else if (recipient_.strength < ArgStrength::kMedium && tr_.type == "THREATEN")
      offer(recipient_, actor_, deed_party(Role::kTarget, true), ArgStrength::kMedium);
  }

  // Layer 1: cue phrases say outright who is who.
  void cues() {
    for (bool before : {false, true})
      for (const Candidate* c : side(before)) {
        if (trigger_between(*c)) break;
        if (c->has(Role::kAgent)) offer(actor_, recipient_, c, ArgStrength::kStrong, true);
        if (c->has(Role::kTarget) && !before && !inside_content(*c)) offer(recipient_, actor_, c, ArgStrength::kStrong);
        if (c->has(Role::kPartner)) offer(recipient_, actor_, c, ArgStrength::kMedium);
      }
    deed_parties();
    // «قتل ثلاثة شبان بنيران إسرائيلية»: an agent cue (argument_cues.tsv) right before a
    // nationality adjective names the doer's country, as before a party («بنيران الجيش»).
    if (actor_.strength < ArgStrength::kStrong)
      for (uint32_t k = own_end_ + 1; k < s_.end_token && k <= own_end_ + kArgumentWindow; ++k) {
        if (doc_.tokens[k].kind != TokenKind::kWord || nisba_country(doc_, k).empty()) continue;
        if (std::any_of(c_.begin(), c_.end(), [&](const Candidate& c) { return c.lead <= k && k < c.end; })) continue;
        std::vector<Role> r = cue_before(doc_, k, s_.first_token, tr_.type);
        if (std::find(r.begin(), r.end(), Role::kAgent) == r.end()) continue;
        Candidate n;
        n.nisba = static_cast<int32_t>(k);
        n.lead = k;
        n.end = k + 1;
        if (!trigger_between(n)) offer(actor_, recipient_, &n, ArgStrength::kStrong, true);
        break;
      }
    // «قتل ثلاثة جنود»: counted people after a violent verb are its victims (unvowelled «قتل» is
    // as often the passive «قُتل»), as after its noun («مقتل خمسة جنود»).
    if (lexicon().victim_types.count(tr_.type))
      for (const Candidate* c : side(false)) {
        if (c->gap > kCountWords || trigger_between(*c)) break;
        if (c->counted && c->bare()) { offer(recipient_, actor_, c, ArgStrength::kStrong); break; }
      }
    // «بين X و Y»: X and Y take part, the first named the doer.
    auto after = side(false);
    for (size_t i = 0; i < after.size() && !trigger_between(*after[i]); ++i)
      if (after[i]->has(Role::kBetween)) {
        offer(actor_, recipient_, after[i], ArgStrength::kMedium);
        // Both sides act (PLOVER: a two-sided clash or talks put both in actor).
        // A country or capital as either side acts as much as a named one («بين إيران وواشنطن»).
        bool first_acts = actor_.lead == after[i]->lead && actor_.end == after[i]->end;
        const Candidate* y = i + 1 < after.size() ? after[i + 1] : nullptr;
        if (y && first_acts && y->party >= 0 && y->party != actor_.party) actor_also_ = y->party;
        else if (y && first_acts && y->place >= 0 && y->place != actor_.place &&
                 (entity_of(-1, y->place) < 0 || entity_of(-1, y->place) != entity_of(actor_.party, actor_.place)))
          actor_also_place_ = y->place;
        else if (y) offer(recipient_, actor_, y, ArgStrength::kMedium);
        // Both sides act: a two-sided act has no third party as its recipient unless a surer cue
        // names one, so the guesses after this one hold off (an empty choice held as medium).
        if ((actor_also_ >= 0 || actor_also_place_ >= 0) && recipient_.strength < ArgStrength::kMedium) {
          recipient_ = {};
          recipient_.strength = ArgStrength::kMedium;
          two_sided_ = y;
        }
        between_first_ = after[i];
        break;
      }
    if (const Quote* q = announced_by()) {
      Candidate rep;
      rep.party = q->speaker;
      offer(actor_, recipient_, &rep, ArgStrength::kMedium, true);
    }
    // «أعلن التحالف أنه دمر»: the statement's speaker did it.
    if (reporter_ >= 0 && tr_.first_token > s_.first_token) {
      std::vector<Role> r = cue_before(doc_, tr_.first_token, s_.first_token, tr_.type);
      if (std::find(r.begin(), r.end(), Role::kSpeaker) != r.end()) {
        Candidate rep;
        rep.party = reporter_;
        offer(actor_, recipient_, &rep, ArgStrength::kStrong, true);
      }
    }
  }

  // Whether candidate c stands inside the content of a speech act, after its «ب» phrase («اتهم
  // الحزب الشرطة باستخدام القوة ضد المحتجين»): a target there is the content's, not the speech
  // act's (speech_acts.tsv types).
  bool inside_content(const Candidate& c) const {
    if (!lexicon().speech_acts.count(tr_.type) || c.before) return false;
    // «طالبوا برواتبهم من الحكومة»: «من» still names the one asked.
    if (c.lead > s_.first_token && doc_.tokens[c.lead - 1].key == "\xD9\x85\xD9\x86") return false;  // من
    for (uint32_t k = own_end_; k < c.lead; ++k)
      if (doc_.tokens[k].kind == TokenKind::kWord && preposition_of(doc_, k, nullptr) == "\xD8\xA8-") return true;  // ب-
    return false;
  }

  // «أعلنت الشرطة عن اعتقال خمسة»: a deed named as the object of a speech verb (its words open
  // with the verbal noun, not with «أن» or a quotation) is its announcer's, unless the noun tells
  // only what befell someone (fate_nouns.tsv: «أعلن المستشفى مقتل حارس»).
  const Quote* announced_by() const {
    if (!tr_.nominal || tr_.passive) return nullptr;
    std::string noun = text::normalize_key(std::string_view(tr_.lemma).substr(0, tr_.lemma.find(' ')));
    if (lexicon().fate_nouns.count(noun)) return nullptr;
    // «أعلنت الوزارة استنفار العشائر»: a doer's genitive names its own doer.
    if (auto it = lexicon().genitive_agent.find(noun); it != lexicon().genitive_agent.end() && it->second &&
        !genitive_phrase(past_lemma(tr_.end_token), s_.end_token).empty())
      return nullptr;
    const Quote* q = statement_of();
    if (!q || q->speaker < 0 || q->direct || q->first_token > tr_.first_token || tr_.first_token >= q->end_token) return nullptr;
    if (q->first_token <= s_.first_token) return nullptr;
    // «أدان الوزير قصف المدرسة»: a speech verb that is itself a reaction (reaction_types.tsv)
    // names another's deed: a trigger of such a type on the statement's cue. Triggers hold
    // disjoint token runs in text order, so their spans are ordered by end as by start: only the
    // run from the first ending after the cue's start can overlap it (a whole-document scan here
    // was quadratic in a long document's tellings).
    auto m = std::partition_point(doc_.triggers.begin(), doc_.triggers.end(),
                                  [&](const TriggerMention& t) { return t.span.end <= q->cue.begin; });
    for (; m != doc_.triggers.end() && m->span.begin < q->cue.end; ++m)
      if (&*m != &tr_ && q->cue.begin < m->span.end && lexicon().reaction_types.count(m->type) &&
          !lexicon().reaction_own_deeds.count({m->type, tr_.type}))
        return nullptr;
    // The words' first noun, or one joined to the list by «و» («عن إحباط الهجوم واعتقال»); a
    // noun inside another's phrase («إحباط الهجمات») is that noun's object, not the deed.
    const Token& own = doc_.tokens[tr_.first_token];
    if (tr_.first_token != q->first_token && !(tr_.span.begin > own.span.begin && !without_conjunction(own.key).empty()))
      return nullptr;
    const Token& opener = doc_.tokens[q->first_token - 1];
    if (opener.kind == TokenKind::kPunct) return nullptr;
    std::vector<Role> r = cue_before(doc_, q->first_token, s_.first_token, tr_.type);
    if (std::find(r.begin(), r.end(), Role::kClause) != r.end() || std::find(r.begin(), r.end(), Role::kSpeaker) != r.end())
      return nullptr;
    if (clause_break(doc_, q->first_token, tr_.first_token)) return nullptr;
    // A party named between the words' start and the noun may be the noun's own subject.
    for (const Candidate& c : c_)
      if (c.lead >= q->first_token && c.end <= tr_.first_token && c.bare()) return nullptr;
    return q;
  }

  // The nearest bare candidate on a side within `reach` words, without a «ل» when `no_lam`.
  const Candidate* nearest(bool before, uint32_t reach, bool no_lam) const {
    for (const Candidate* c : side(before)) {
      if (c->gap > reach) break;
      if (c->bare() && !(no_lam && c->has(Role::kLam))) return c;
    }
    return nullptr;
  }

  // The first bare candidate after `c` (after the trigger when null).
  const Candidate* next_after(const Candidate* c) const {
    for (const Candidate* n : side(false))
      if ((!c || n->lead >= c->end) && n->bare() && n != c) return n;
    return nullptr;
  }

  bool victim(const Candidate* c) const {
    if (!c) return false;
    return lexicon().victims.count({tr_.type, std::string(sector_of(c->party))}) > 0;
  }

  // Layer 2: the trigger's grammar.
  void grammar() {
    if (tr_.passive) {
      // «قُتل ثلاثة مدنيين», «أن شخصين قتلا»: the grammatical subject suffered it.
      const Candidate* subject = nearest(false, kAdjacent, true);
      if (!subject) subject = nearest(true, kAdjacent, true);
      if (!subject) subject = relative_antecedent();  // «الرجل الذي اعتقل»
      offer(recipient_, actor_, subject, ArgStrength::kStrong);
      return;
    }
    if (tr_.nominal || circumstantial()) {
      nominal();
      return;
    }
    // «الحركة التي كانت تطالب بالإفراج»: the relative's antecedent, when no subject follows the verb.
    // A verb carrying an object pronoun («الذي اعتقلته الشرطة») makes it the patient (pronoun_patient()).
    if (const Candidate* ante = relative_antecedent(); ante && !verb_pronoun()) {
      const Candidate* after = nearest(false, kAdjacent, true);
      if (!after || after->held || !agrees_after(*after) || relative_gap_subject()) {
        offer(actor_, recipient_, ante, ArgStrength::kStrong, true);
        guess_object(next_after(nullptr));
        return;
      }
    }
    // «مصر، التي تملك حقولا في البحر، حذرت تركيا»: a subject before its verb with a relative
    // clause set off by commas between them.
    if (const Candidate* subject = subject_before_relative_aside()) {
      offer(actor_, recipient_, subject, ArgStrength::kStrong, true);
      guess_object(next_after(nullptr));
      return;
    }
    // «الوحدات الكردية التي طردت التنظيم»: an antecedent in plain words, likewise.
    if (!relative_antecedent() && relative_gap_subject()) {
      // Only a party's kind of word heads it («الوحدات», «المسلحون»): «القرار الذي يدين ...»,
      // «المادة التي أصابت ...» name no doer.
      if (WordPhrase w = relative_words(); !w.empty() && (head_word(w.first) || nominative_plural(doc_, w.first) ||
                                                          agreement_of(doc_.tokens[w.first], false) == "plural")) {
        actor_words_ = w;
        guess_object(next_after(nullptr));
        return;
      }
    }
    // A finite verb: its subject right after it (VSO), or right before it (SVO) after «أن»
    // or when nothing stands right after it; its object after the subject.
    const Candidate* after = nearest(false, kAdjacent, true);
    const Candidate* before = nearest(true, kAdjacent, true);
    if (after && after->held) after = nullptr;  // «استهدفت مواقع الحوثيين»: the object, its subject dropped
    if (after && !agrees_after(*after)) after = nullptr;  // «أنذرت الأهالي»: the object, likewise
    if (after && feminine_country_after_masculine_verb(*after)) after = nullptr;  // «واتهم فرنسا»
    if (before && before->held) before = nullptr;
    // «الناشطين ثم أفرجت»: a subject before its verb agrees with it in full, so a plural of people
    // is no subject of a verb marked feminine singular.
    if (before && before->party >= 0 && agreement_of(doc_.tokens[tr_.first_token], true) == "fem" &&
        agreement_of(doc_.tokens[before->lead], false) == "plural")
      before = nullptr;
    // «دعا الملك حكومة البلاد», «زار الوزير الرياض»: plain words between the verb and the
    // mention are its subject, the mention its object; a place right after a visit verb is
    // where the visitor went.
    if (after && (tr_.type == "CONSULT" ? place_like(*after) : words_before(*after)) &&
        !(before && before->has(Role::kClause))) {
      word_subject_ = !place_like(*after);
      offer(recipient_, actor_, after, ArgStrength::kStrong);
      if (word_subject_) return;
      after = nullptr;
    }
    const Candidate* subject = after;
    // «الوزير يدعو الصين»: a party right before its verb, with nothing between, is its subject
    // (SVO) unless the verb opens a clause of its own with «و»; the party after is its object.
    const Token& vt = doc_.tokens[tr_.first_token];
    bool joined = tr_.span.begin > vt.span.begin && !without_conjunction(vt.key).empty();
    // «..., X، وأدانت ...»: past a clause mark a verb joined by «و» has no subject before it; the
    // earlier clause's may carry over when it agrees (carried_subject()).
    bool across = joined && before && !before->has(Role::kClause) && clause_break(doc_, before->end, tr_.first_token);
    if (before && !across && (before->has(Role::kClause) || !after || (auxiliaries_only(before->end, tr_.first_token) && !joined)))
      subject = before;
    bool svo = subject && subject == before;
    // A subject before its verb did it even when it is a victim's kind («المتظاهرون أحرقوا»), if
    // the verb marks a plural: a singular before an unvowelled verb is as often its passive
    // subject («أن طفلا قتل»).
    offer(actor_, recipient_, subject, ArgStrength::kStrong, svo && agreement_of(doc_.tokens[tr_.first_token], true) == "plural");
    const Candidate* object = next_after(svo ? nullptr : subject);
    // «اتهم الوزير، فلان، الحكومة»: a name set off by commas right after the subject is the
    // subject again (an apposition); the object follows it.
    if (object && subject && apposition(*subject, *object)) object = next_after(object);
    // «واتهمته إسرائيل»: a verb that carries its object as a pronoun takes no other; the party
    // after it is its subject, not a second object (pronoun_patient() finds what the pronoun stands for).
    if (!verb_pronoun()) guess_object(object);
  }

  // Whether tokens [from, to) hold nothing but auxiliaries without a conjunction («الحكومة قد
  // حذرت», «قطر لم تعترف»): a party before them is as adjacent to its verb as with none. «وقد»
  // opens a clause of its own.
  bool auxiliaries_only(uint32_t from, uint32_t to) const {
    for (uint32_t k = from; k < to; ++k)
      if (!lexicon().auxiliaries.count(doc_.tokens[k].key)) return false;
    return true;
  }

  // Whether candidate b, right after a past a comma and followed by one, renames a.
  bool apposition(const Candidate& a, const Candidate& b) const {
    auto comma = [&](uint32_t k) {
      return k < s_.end_token && (doc_.tokens[k].key == "\xD8\x8C" || doc_.tokens[k].key == ",");
    };
    return b.lead == a.end + 1 && comma(a.end) && comma(b.end) && b.bare();
  }

  // «انتقد النائب المعارض الحكومة»: whether the definite word at k, agreeing with the definite
  // subject ending at token `last`, is that subject's adjective because an object stands right
  // after it: a mention, or a definite word of another agreement (a definite noun heads no
  // genitive, so the three are subject, adjective, object). Words of one agreement there
  // («الوزير الرئيس السابق») may be an object and its adjective: not judged.
  bool subject_adjective(uint32_t k, uint32_t last, uint32_t lim) const {
    if (k + 1 >= lim || starts_mention(k)) return false;
    const Token& t = doc_.tokens[k];
    const Token& n = doc_.tokens[k + 1];
    if (t.kind != TokenKind::kWord || n.kind != TokenKind::kWord || !definite(t) || !definite(doc_.tokens[last]) ||
        !preposition_of(doc_, k, nullptr).empty() || !preposition_of(doc_, k + 1, nullptr).empty() || nisba_like(n))
      return false;
    std::string_view a = agreement_of(t, false);
    if (a != agreement_of(doc_.tokens[last], false)) return false;
    if (starts_mention(k + 1)) return true;
    return definite(n) && agreement_of(n, false) != a && !noun_phrase(doc_, k + 1, lim).empty();
  }

  // «انتقد النائب الجمهوري فلان وزير الخارجية»: a person's bare name at token `at`, right after
  // a finite verb's subject and its adjectives, renames the subject when a party or a definite
  // noun phrase follows it with no preposition: that is the object. Returns where the object
  // begins; a recipient guessed at the name is dropped.
  uint32_t past_subject_name(uint32_t at, uint32_t lim) {
    for (const Candidate& c : c_) {
      if (c.lead != at || c.party < 0 || c.end >= lim) continue;
      const ActorMention& m = doc_.actors[static_cast<size_t>(c.party)];
      if (m.entity < 0 || doc_.entities[static_cast<size_t>(m.entity)].type != EntityType::kPer || !m.role.empty())
        return at;
      if (tr_.nominal || !preposition_of(doc_, c.end, nullptr).empty()) return at;
      // A definite phrase, or an indefinite head with a definite genitive («إدارة الرئيس»).
      WordPhrase o = noun_phrase(doc_, c.end, lim);
      if (!starts_mention(c.end) &&
          (o.empty() || !(definite(doc_.tokens[c.end]) || (o.end > c.end + 1 && definite(doc_.tokens[c.end + 1])))))
        return at;
      if (recipient_.party == c.party) recipient_ = {};
      return c.end;
    }
    return at;
  }

  // Whether token t has the form of a definite passive participle of a three-letter root: ال + م
  // + two letters + و + a letter («المذكور», «المعروف»).
  static bool passive_participle(const Token& t) {
    std::string_view w = t.key;
    constexpr std::string_view kAlMim = "\xD8\xA7\xD9\x84\xD9\x85", kWawL = "\xD9\x88";  // الم و
    constexpr size_t kLetter = 2;  // bytes of an Arabic letter
    return w.size() == kAlMim.size() + 4 * kLetter && w.starts_with(kAlMim) &&
           w.substr(w.size() - 2 * kLetter, kLetter) == kWawL;
  }

  // Whether a definite noun phrase (or a nominative plural) fills the words between the verb and
  // candidate c: the subject in plain words, so that c is the verb's object («دعا الملك حكومة
  // البلاد»). A definite noun heads no genitive, so c does not continue it.
  bool words_before(const Candidate& c) const {
    if (c.gap == 0) return false;
    uint32_t k = past_lemma(tr_.end_token);
    if (k >= c.lead || doc_.tokens[k].kind != TokenKind::kWord || !preposition_of(doc_, k, nullptr).empty()) return false;
    if (!subject_after(k) || head_word(k)) return false;
    // An indefinite head may be the construct of the mention after it («عناصر الأمن») unless an
    // adjective closes it first («منظمات حقوقية القوات»).
    bool closed = definite(doc_.tokens[k]) || nominative_plural(doc_, k) ||
                  (c.lead > k + 1 && nisba_like(doc_.tokens[c.lead - 1]) && nisba_country(doc_, c.lead - 1).empty());
    if (!closed) return false;
    WordPhrase p = noun_phrase(doc_, k, c.lead);
    return !p.empty() && p.end == c.lead;
  }

  // The next mention after the verb and its subject as its object: a guess that plain words right
  // after them outrank (words()).
  void guess_object(const Candidate* c) {
    if (!c || recipient_.strength >= ArgStrength::kMedium) return;
    offer(recipient_, actor_, c, ArgStrength::kMedium);
    object_guess_ = recipient_.party == c->party && recipient_.place == c->place && !recipient_.empty();
  }

  // Whether unnamed candidate c right after the verb may be its subject (VSO): a verb marked
  // feminine takes no masculine singular («هاجمت الجيش») and no sound masculine plural
  // («اعتقلت المحتجين») after it; those are its object. Names are not judged: their gender is
  // not known.
  bool agrees_after(const Candidate& c) const {
    // «طالبوا الحكومة», «يتهمون الوزير»: a verb marking a plural subject holds it as a pronoun
    // (a verb before its named subject stays singular), so whatever follows is its object.
    if (agreement_of(doc_.tokens[tr_.first_token], true) == "plural") return false;
    if (c.party < 0 || doc_.actors[static_cast<size_t>(c.party)].entity >= 0) return true;
    // «أدانت المحكمة ضابطين»: a sound plural or dual in «ين» is accusative, the object.
    const Token& first = doc_.tokens[doc_.actors[static_cast<size_t>(c.party)].first_token];
    std::string_view hw = first.stem.empty() ? std::string_view(first.key) : std::string_view(first.stem);
    if (hw.ends_with("\xD9\x8A\xD9\x86") && hw.size() >= 10 && text::ArabicLexicon::get().known(first.span.of(doc_.text))) return false;
    // «أدانت المحكمة شابا»: an indefinite accusative («شابا», «ناشطا») is the object.
    if (!definite(first) && hw.ends_with(kAlif) && !hw.ends_with("\xD9\x8A\xD8\xA7") &&
        c.lead == doc_.actors[static_cast<size_t>(c.party)].first_token)
      return false;
    // A head word leads it, or a word between may be its head («استهدفت بوارج الجيش»).
    if (c.gap > 0 || c.lead != doc_.actors[static_cast<size_t>(c.party)].first_token) return true;
    const Token& head = doc_.tokens[c.lead];
    if (agreement_of(doc_.tokens[tr_.first_token], true) != "fem") return true;
    std::string_view a = agreement_of(head, false);
    // A plural by its ending (agreement.tsv: -ون, -ين), not a broken plural the table lists whole.
    std::string stem = head.stem.empty() ? head.key : head.stem;
    bool sound_plural = a == "plural" && !lexicon().noun_words.count(stem);
    return !(a == "masc" || sound_plural);
  }

  // Whether candidate c is a country or city of feminine form (no article, or ending in «ة» or
  // «ا»: «فرنسا», «مصر», «الولايات المتحدة») after a joined past verb marked masculine: a place takes a
  // feminine verb, so there it is the object («واتهم روسيا»). An imperfect verb is not judged
  // (its feminine «ت» is a prefix the agreement table does not read).
  bool feminine_country_after_masculine_verb(const Candidate& c) const {
    if (!place_like(c)) return false;
    // Only a verb joined by «و» to a clause before it («..., واتهم روسيا»): a bare «طلب»/«رفض» is
    // as often the verbal noun, whose genitive the country is.
    std::string_view v = doc_.tokens[tr_.first_token].key;
    std::string_view bare = without_conjunction(v);
    if (bare.empty() || tr_.span.begin <= doc_.tokens[tr_.first_token].span.begin) return false;
    v = bare;
    constexpr std::string_view kTa = "\xD8\xAA", kYa = "\xD9\x8A", kNun = "\xD9\x86";
    if (v.starts_with(kTa) || v.starts_with(kYa) || v.starts_with(kNun)) return false;
    if (agreement_of(doc_.tokens[tr_.first_token], true) != "masc") return false;
    const Token& head = doc_.tokens[c.lead];
    std::string_view w = head.stem.empty() ? std::string_view(head.key) : std::string_view(head.stem);
    constexpr std::string_view kTaa = "\xD8\xA9";
    uint32_t last = c.end > c.lead ? c.end - 1 : c.lead;
    std::string_view lw = doc_.tokens[last].key;
    return !definite(head) || w.ends_with(kAlif) || lw.ends_with(kTaa);
  }

  // The candidate right before the relative pronoun (and auxiliaries) before the trigger: the
  // antecedent («الوزير، الذي كان ...»), null when none.
  const Candidate* relative_antecedent() const {
    const Lexicon& lx = lexicon();
    uint32_t k = tr_.first_token;
    for (uint32_t n = 0; n < 2 && k > s_.first_token && lx.auxiliaries.count(doc_.tokens[k - 1].key); ++n) --k;
    if (k <= s_.first_token || !lx.relatives.count(doc_.tokens[k - 1].key)) return nullptr;
    uint32_t rel = k - 1;
    for (const Candidate* c : side(true)) {
      if (c->end == rel || (c->end + 1 == rel && doc_.tokens[c->end].kind == TokenKind::kPunct))
        return c->bare() && !c->held ? c : nullptr;
      if (c->end < rel) break;
    }
    return nullptr;
  }

  // The party before «، التي ...،» right before the verb (auxiliaries aside, no «و» on it) that
  // agrees with the verb; null when none.
  const Candidate* subject_before_relative_aside() const {
    const Lexicon& lx = lexicon();
    const Token& vt = doc_.tokens[tr_.first_token];
    if (tr_.span.begin > vt.span.begin && !without_conjunction(vt.key).empty()) return nullptr;
    auto comma = [&](uint32_t k) { return doc_.tokens[k].key == "\xD8\x8C" || doc_.tokens[k].key == ","; };
    uint32_t k = tr_.first_token;
    for (uint32_t n = 0; n < 2 && k > s_.first_token && lx.auxiliaries.count(doc_.tokens[k - 1].key); ++n) --k;
    if (k <= s_.first_token + 3 || !comma(k - 1)) return nullptr;
    constexpr uint32_t kAsideReach = 20;  // tokens of the relative clause
    uint32_t rel = UINT32_MAX;
    for (uint32_t j = k - 1; j-- > s_.first_token + 1 && k - j <= kAsideReach;) {
      if (comma(j)) return nullptr;
      if (lx.relatives.count(doc_.tokens[j].key) && comma(j - 1)) { rel = j - 1; break; }
    }
    if (rel == UINT32_MAX) return nullptr;
    for (const Candidate* c : side(true)) {
      if (c->end > rel) continue;
      if (c->end != rel || !c->bare() || c->held || c->counted) return nullptr;
      const ActorMention* m = c->party >= 0 ? &doc_.actors[static_cast<size_t>(c->party)] : nullptr;
      // A country without the article takes a feminine verb («مصر»), with it its form tells.
      const Token& head = doc_.tokens[c->lead];
      std::string_view a = c->party < 0 && !definite(head) ? std::string_view("fem") : agreement_of(head, false);
      if ((!m || m->entity < 0) && a != agreement_of(vt, true)) return nullptr;
      return c;
    }
    return nullptr;
  }

  // Whether the relative clause the trigger opens has its antecedent as its subject: no pronoun
  // on the verb stands for it as object, nor on a preposition right after the verb
  // (resumptive_prepositions.tsv): «الوحدات التي طردت التنظيم», not «القرية التي دخلها الجيش»
  // or «التي قصف فيها الجيش». A subject can follow the verb only when the antecedent is resumed.
  bool relative_gap_subject() const {
    static const std::unordered_set<std::string> preps = [] {
      std::unordered_set<std::string> out;
      const auto& t = data::table("events/resumptive_prepositions");
      for (size_t r = 0; r < t.rows(); ++r) out.insert(text::normalize_key(t.get(r, "word")));
      return out;
    }();
    if (tr_.nominal || tr_.passive || tr_.participle || verb_pronoun()) return false;
    const auto& pronouns = lexicon().object_pronouns;
    auto pronoun_of = [&](std::string_view key) {
      std::string_view best;
      for (const auto& [form, agreement] : pronouns)
        if (key.size() > form.size() && key.ends_with(form) && form.size() > best.size()) best = form;
      return best;
    };
    // The verb's own object pronoun («التي دخلتها»), unless its lemma ends in those letters.
    std::string_view verb = doc_.tokens[tr_.first_token].key;
    std::string lemma = text::normalize_key(std::string_view(tr_.lemma).substr(0, tr_.lemma.find(' ')));
    if (std::string_view f = pronoun_of(verb); !f.empty() && !std::string_view(lemma).ends_with(f)) return false;
    // A pronoun further on in the clause may resume the antecedent too («التي سمحت السلطات
    // بدخولها», «الذين فرضت الدولة عقوبات عليهم»): the subject may then follow the verb.
    constexpr uint32_t kClauseWords = 8;
    for (uint32_t k = tr_.end_token; k < s_.end_token && k < tr_.end_token + kClauseWords; ++k) {
      const Token& t = doc_.tokens[k];
      if (t.kind == TokenKind::kPunct) break;
      if (t.kind != TokenKind::kWord || std::any_of(c_.begin(), c_.end(), [&](const Candidate& c) { return c.lead <= k && k < c.end; }))
        continue;  // a name's own letters («حزب الله»)
      std::string_view f = pronoun_of(t.key);
      if (f.empty()) continue;
      std::string_view base = t.key.substr(0, t.key.size() - f.size());
      if (std::string_view b = without_conjunction(base); !b.empty()) base = b;
      constexpr size_t kStemBytes = 6;  // a noun or verb of three letters at least carries it
      if (preps.count(std::string(base)) || base.size() >= kStemBytes) return false;
    }
    return true;
  }

  // The plain-word phrase that ends right before the relative pronoun before the trigger, when
  // no subject follows the verb; empty otherwise.
  WordPhrase relative_words() const {
    const Lexicon& lx = lexicon();
    uint32_t k = tr_.first_token;
    for (uint32_t n = 0; n < 2 && k > s_.first_token && lx.auxiliaries.count(doc_.tokens[k - 1].key); ++n) --k;
    if (k <= s_.first_token || !lx.relatives.count(doc_.tokens[k - 1].key)) return {};
    uint32_t rel = k - 1;
    if (rel > s_.first_token && doc_.tokens[rel - 1].kind == TokenKind::kPunct) --rel;
    WordPhrase best;
    for (uint32_t j = rel; j-- > s_.first_token && rel - j <= kHeadWords + 1;) {
      WordPhrase p = noun_phrase(doc_, j, rel);
      if (p.end == rel) best = p;
    }
    return best;
  }

  // A verbal noun carrying a possessive pronoun («مطالبتها», «دعمه»): the pronoun is its doer, so
  // no genitive follows; its patient comes with «ل».
  bool possessed() const {
    if (tr_.end_token != tr_.first_token + 1) return false;
    std::string noun = text::normalize_key(std::string_view(tr_.lemma).substr(0, tr_.lemma.find(' ')));
    std::string_view w = doc_.tokens[tr_.first_token].stem;
    constexpr std::string_view kTaa = "\xD8\xA9", kTa = "\xD8\xAA";  // ة written ت before a pronoun
    if (noun.ends_with(kTaa)) noun = noun.substr(0, noun.size() - kTaa.size()) + std::string(kTa);
    if (!w.starts_with(noun)) return false;
    std::string_view rest = w.substr(noun.size());
    for (std::string_view p : {"\xD9\x87", "\xD9\x87\xD8\xA7", "\xD9\x87\xD9\x85", "\xD9\x87\xD9\x85\xD8\xA7", "\xD9\x86\xD8\xA7"})
      if (rest == p) return true;  // ه ها هم هما نا
    return false;
  }

  // A circumstantial participle («داعيا», «متهما», «مطالبا»): an indefinite accusative that
  // continues its clause; its doer is the clause's subject, the word after it its object.
  bool circumstantial() const {
    if (tr_.end_token != tr_.first_token + 1) return false;
    const Token& t = doc_.tokens[tr_.first_token];
    std::string noun = text::normalize_key(std::string_view(tr_.lemma).substr(0, tr_.lemma.find(' ')));
    std::string_view w = t.stem.empty() ? std::string_view(t.key) : std::string_view(t.stem);
    // فاعلا or مفعلا: «داعيا», «متهما»; not a verb's plural or dual ending («اعتقلوا», «قتلا»).
    constexpr std::string_view kMim = "\xD9\x85", kWawAlif = "\xD9\x88\xD8\xA7";
    bool pattern = w.starts_with(kMim) || w.substr(kAlif.size()).starts_with(kAlif);
    if (definite(t) || !pattern || w == noun || w.size() <= kAlif.size() * 4) return false;
    if (w.ends_with(kAlif)) return !w.ends_with(kWawAlif);
    // The feminine «متهمة», «داعية» (a feminine subject: a country, a ministry) writes no alif;
    // as often a noun («مطالبة»), so only right after a comma, where the clause goes on.
    constexpr std::string_view kTaaMarbuta = "\xD8\xA9";
    if (!w.ends_with(kTaaMarbuta) || tr_.first_token <= s_.first_token) return false;
    std::string_view prev = doc_.tokens[tr_.first_token - 1].key;
    return prev == "\xD8\x8C" || prev == ",";  // ، or ,
  }

  void nominal() {
    const Lexicon& lx = lexicon();
    if (circumstantial()) {
      // «داعيا الحركة إلى»: the object right after it; the clause's subject (its first bare
      // party before it, in the sentence) did it.
      const Candidate* object = nearest(false, 0, true);
      if (object && !trigger_between(*object)) offer(recipient_, actor_, object, ArgStrength::kStrong);
      std::vector<const Candidate*> before = side(true);
      for (auto it = before.rbegin(); it != before.rend(); ++it) {
        // The speaker of the clause counts: «وأكد الوزير ...، داعيا» is his call.
        const Candidate& c = **it;
        bool free = c.bare() || (c.speaker && std::all_of(c.cues.begin(), c.cues.end(), [](Role r) { return r == Role::kClause || r == Role::kHead; }));
        if (free && !c.held && !c.counted && !c.has(Role::kLam)) {
          offer(actor_, recipient_, &c, ArgStrength::kMedium);
          break;
        }
      }
      hal_ = true;
      return;
    }
    if (possessed()) {
      // «مطالبتها لمجلس الأمن», «دعمه الكامل للحكومة»: the «ل» phrase after it is its patient.
      for (const Candidate* c : side(false)) {
        if (c->gap > kHeadWords || trigger_between(*c)) break;
        if (c->has(Role::kLam)) { offer(recipient_, actor_, c, ArgStrength::kStrong); break; }
      }
      return;
    }
    // The genitive right after the noun: «غارات التحالف» its doer, «اعتقال المحتجين» its patient.
    const Candidate* genitive = nearest(false, 0, false);
    // «قدم اعتذارا للضحايا», «مهلة للمسلحين»: after a noun addressed to someone
    // (genitive_roles.tsv addressed) a «ل» phrase is whom it is for, not its doer.
    if (genitive && genitive->has(Role::kLam) && !trigger_between(*genitive) &&
        lx.genitive_addressed.count(text::normalize_key(std::string_view(tr_.lemma).substr(0, tr_.lemma.find(' '))))) {
      offer(recipient_, actor_, genitive, ArgStrength::kStrong);
      genitive = nullptr;
    }
    if (genitive && !trigger_between(*genitive)) {
      std::string noun = text::normalize_key(std::string_view(tr_.lemma).substr(0, tr_.lemma.find(' ')));
      auto it = lx.genitive_agent.find(noun);
      // A place after a doer's noun is where it went or what it struck («زيارة مصر», «قصف حلب»):
      // a town always, a country after a visit; a country after a statement or an attack is
      // its government, the doer («إدانة الكويت», «غارات إسرائيل»). A capital named for its
      // government (capitals.tsv) after a speech act's noun is that government too («رفض موسكو»,
      // «انسحاب طهران من الاتفاق»): nobody rejects or accuses a city.
      bool speaking = tr_.type != "CONSULT" && lx.speech_acts.count(tr_.type) && genitive->capital;
      bool went_to = place_like(*genitive) && (tr_.type == "CONSULT" || (!country_like(*genitive) && !speaking));
      bool agent = it != lx.genitive_agent.end() && it->second && !victim(genitive) && !genitive->held && !went_to;
      // «استهداف التنظيم للمساجد»: a «ل» phrase right after the genitive takes the patient, so
      // the genitive is the doer whatever the noun's row says.
      uint32_t lam = lam_after(genitive->end);
      if (!agent && lam != UINT32_MAX && !genitive->held && !went_to) {
        offer(actor_, recipient_, genitive, ArgStrength::kStrong);
        const Candidate* to = next_after(genitive);
        if (to && to->lead == lam && to->has(Role::kLam)) offer(recipient_, actor_, to, ArgStrength::kStrong);
        else lam_patient_ = lam;
      } else if (agent) {
        offer(actor_, recipient_, genitive, ArgStrength::kStrong);
        // «دعم روسيا للنظام»: a «ل» phrase after the doer is the patient.
        const Candidate* to = next_after(genitive);
        if (to && to->has(Role::kLam)) offer(recipient_, actor_, to, ArgStrength::kMedium);
      } else {
        offer(recipient_, actor_, genitive, ArgStrength::kStrong);
      }
    }
    // «غارة إسرائيلية», «الغارات الجوية الروسية»: a nationality adjective after a noun whose
    // genitive is its doer names the doer's country, as the genitive would («غارات روسيا»).
    if (!genitive) {
      std::string noun = text::normalize_key(std::string_view(tr_.lemma).substr(0, tr_.lemma.find(' ')));
      auto it = lx.genitive_agent.find(noun);
      if (it != lx.genitive_agent.end() && it->second)
        for (uint32_t k = tr_.end_token; k < s_.end_token && k < tr_.end_token + kNisbaReach; ++k) {
          if (doc_.tokens[k].kind != TokenKind::kWord) break;
          if (nisba_country(doc_, k).empty()) continue;
          Candidate n;
          n.nisba = static_cast<int32_t>(k);
          offer(actor_, recipient_, &n, ArgStrength::kStrong);
          break;
        }
    }
    // A light verb's subject is the noun's doer: «شنت طائرات التحالف غارات», «إن الجيش شن هجوما».
    for (uint32_t k = tr_.first_token; k-- > s_.first_token && tr_.first_token - k <= kSupportReach;) {
      if (!support_verb(doc_.tokens[k], false)) continue;
      const Candidate* subject = nullptr;
      for (const Candidate& c : c_)
        if (c.lead > k && c.end <= tr_.first_token && c.bare()) { subject = &c; break; }
      if (!subject)
        for (const Candidate* c : side(true))
          if (c->end <= k && words_between(doc_, c->end, k) <= kAdjacent && c->bare()) { subject = c; break; }
      offer(actor_, recipient_, subject, ArgStrength::kStrong);
      if (!subject) subjectless_verb_ = k;  // «كما شنت سلسلة غارات»: carried_subject()
      break;
    }
    // «هجوم شنه التنظيم»: the subject after a light verb with the noun's pronoun, past the
    // noun's adjectives, a closing quotation mark and a relative («"الهجوم" الذي نفذته قوات»).
    uint32_t from = past_adjectives(tr_.end_token, s_.end_token);
    for (uint32_t n = 0; n < kHeadWords + 1 && from < s_.end_token; ++n) {
      const Token& t = doc_.tokens[from];
      bool mark = t.kind == TokenKind::kPunct && t.key != "\xD8\x8C" && t.key != "," && t.key != "." && t.key != "(";
      if (!mark && !lx.relatives.count(t.key)) break;
      from = past_adjectives(from + 1, s_.end_token);
    }
    for (uint32_t k = from; k < s_.end_token && k - from <= kPronounVerbReach; ++k) {
      if (!support_verb(doc_.tokens[k], true)) continue;
      const Candidate* subject = nullptr;
      for (const Candidate* c : side(false))
        if (c->lead > k && words_between(doc_, k + 1, c->lead) <= kAdjacent && c->bare()) { subject = c; break; }
      if (subject) offer(actor_, recipient_, subject, ArgStrength::kStrong, true);
      else pronoun_verb_ = k;  // «التظاهرة التي نظمها الطلاب»: its subject in plain words (words())
      break;
    }
  }

  // Layer 2a: «تعرضت القافلة لهجوم», «المسؤول الذي يخضع لعقوبات», «يواجه الحزب اتهامات»: the
  // subject of a verb of undergoing (undergo_verbs.tsv) governing the verbal noun suffered it. The
  // subject stands between the verb and the noun (then the noun carries «ل» or follows the
  // subject's phrase), else right before the verb or before the relative that opens its clause.
  void undergoer() {
    constexpr uint32_t kUndergoReach = 8;  // tokens from the verb to the noun, a subject between
    if (!tr_.nominal || recipient_.strength >= ArgStrength::kStrong || tr_.first_token <= s_.first_token) return;
    const Lexicon& lx = lexicon();
    uint32_t verb = UINT32_MAX;
    for (uint32_t k = tr_.first_token; k-- > s_.first_token && tr_.first_token - k <= kUndergoReach;) {
      const Token& t = doc_.tokens[k];
      if (t.kind == TokenKind::kPunct && t.key != "\xD8\x8C" && t.key != ",") break;  // past a comma only
      if (t.kind == TokenKind::kWord && (lx.undergo_verbs.count(t.key) || lx.undergo_verbs.count(t.stem))) { verb = k; break; }
      auto tr = std::lower_bound(doc_.triggers.begin(), doc_.triggers.end(), k,
                                 [](const TriggerMention& m, uint32_t v) { return m.first_token < v; });
      if (tr != doc_.triggers.end() && tr->first_token == k) return;  // the verb governs that trigger, not this one
    }
    if (verb == UINT32_MAX) return;
    bool lam = preposition_of(doc_, tr_.first_token, nullptr) == "\xD9\x84-";  // ل-
    const Candidate* subject = nullptr;
    for (const Candidate& c : c_)
      if (c.lead > verb && c.end <= tr_.first_token && c.bare() && !c.held) { subject = &c; break; }
    WordPhrase words;
    if (!subject && verb + 1 < tr_.first_token) {
      words = noun_phrase(doc_, verb + 1, tr_.first_token);
      if (!lam && words.end != tr_.first_token) return;  // no «ل» and words of another kind between
    } else if (subject && !lam && (words_between(doc_, subject->end, tr_.first_token) > kHeadWords ||
                                   clause_break(doc_, subject->end, tr_.first_token))) {
      return;  // the subject's adjectives may stand between («يواجه الحزب الحاكم انتقادات»)
    }
    if (!subject && words.empty()) {
      // Before the verb: right before it, or before the relative (and a comma) that opens its clause.
      uint32_t at = verb;
      if (at > s_.first_token && lx.relatives.count(doc_.tokens[at - 1].key)) --at;
      if (at > s_.first_token && (doc_.tokens[at - 1].key == "\xD8\x8C" || doc_.tokens[at - 1].key == ",")) --at;
      // The antecedent may carry a preposition of the clause before («التقى بالسفير الذي يخضع»).
      for (const Candidate* c : side(true))
        if (c->end == at) { subject = !c->held && !c->speaker ? c : nullptr; break; }
      if (!subject)
        for (uint32_t j = at; j-- > s_.first_token && at - j <= kHeadWords + 1;)
          if (WordPhrase p = noun_phrase(doc_, j, at, true); !p.empty() && p.end == at) words = p;
    }
    if (subject) {
      bool same = subject->party >= 0 ? subject->party == actor_.party : subject->place >= 0 && subject->place == actor_.place;
      if (same) actor_ = {};
      offer(recipient_, actor_, subject, ArgStrength::kStrong);
    } else if (!words.empty()) {
      patient_words_ = words;
    }
  }

  // Layer 2b: a speech act without a subject of its own («وحذر من», «معبرا عن رفضه») is done by
  // the speaker of the statement its trigger opens or stands in, in its sentence.
  void speech_act() {
    if (actor_.strength >= ArgStrength::kMedium || !lexicon().speech_acts.count(tr_.type)) return;
    const Quote* q = statement_of();
    if (!q) return;
    // Inside the quoted words a finite verb joined by «و» continues the clause before it, whose
    // subject it shares («إن الحوثيين يعتقلون السجناء ويهددونهم»), not the speaker.
    const Token& t = doc_.tokens[tr_.first_token];
    bool joined = !without_conjunction(t.key).empty() && tr_.span.begin > t.span.begin;
    bool inside = q->span.begin <= tr_.span.begin && tr_.span.end <= q->span.end;
    if (!tr_.nominal && joined && inside && !first_person_plural()) return;
    // Inside the words, a party named in the trigger's clause between their start and the
    // trigger is the clause's own subject («أعلن الوزير أن حكومته ستطالب»): the speaker only
    // reports it. Past a comma the speaker goes on («..., معبرا عن رفضه»).
    // So is one in plain words, after the verb («بحسب الوكالة، انتقد الوزير الحكومة») or between
    // a clause particle and it («إن الوزير انتقد»).
    if (inside && !tr_.nominal && !tr_.participle && !tr_.passive) {
      if (word_subject_) return;
      if (WordPhrase w = subject_before(); !w.empty() && doc_.tokens[w.first].span.begin >= q->span.begin) return;
    }
    if (inside)
      for (const Candidate& c : c_)
        if (c.before && c.lead >= q->first_token && c.bare() && !c.held && !c.counted &&
            !clause_break(doc_, c.end, tr_.first_token))
          return;
    Candidate c;
    c.party = q->speaker;
    if (c.party < 0 && q->speaker_entity >= 0) c.party = latest_mention(q->speaker_entity);  // a carried speaker
    offer(actor_, recipient_, &c, ArgStrength::kMedium);
  }

  // Whether the trigger is an imperfect verb in the first person plural («ونطالب», «ندين»): its
  // «ي» (the lemma's) made «ن». Inside a statement it is the speaker's own side speaking.
  bool first_person_plural() const {
    if (tr_.nominal || tr_.passive || tr_.participle) return false;
    std::string_view w = doc_.tokens[tr_.first_token].key;
    if (std::string_view bare = without_conjunction(w); !bare.empty()) w = bare;
    std::string lemma = text::normalize_key(std::string_view(tr_.lemma).substr(0, tr_.lemma.find(' ')));
    constexpr std::string_view kNun = "\xD9\x86", kYa = "\xD9\x8A";  // ن ي
    return w.starts_with(kNun) && std::string_view(lemma).starts_with(kYa) && w.substr(kNun.size()) == std::string_view(lemma).substr(kYa.size());
  }

  // The quote whose speech verb is the trigger, else the last one whose verb stands before the
  // trigger in its sentence; null when none.
  // Statements are looked for among those whose words start near the trigger (a speech verb
  // stands a few words before or after its words), the nearest kQuoteReach before it.
  const Quote* statement_of() const {
    const Quote* last = nullptr;
    const Quote* over = nullptr;
    auto it = std::upper_bound(doc_.quotes.begin(), doc_.quotes.end(), tr_.end_token + kQuoteWordsReach,
                               [](uint32_t v, const Quote& q) { return v < q.first_token; });
    for (size_t n = 0; it != doc_.quotes.begin() && n < kQuoteReach;) {
      const Quote& q = *--it;
      n += q.first_token <= tr_.first_token;
      if (q.cue.begin >= tr_.span.end) continue;
      if (q.cue.end > tr_.span.begin) { over = &q; continue; }  // overlaps the trigger: the first such
      if (q.cue.begin >= s_.span.begin && (!last || q.cue.begin >= last->cue.begin)) last = &q;
    }
    return over ? over : last;
  }

  // The latest actor mention of entity e before the trigger, -1 when none: found through the
  // entity's mentions (in text order), each an actor mention's span or not.
  int32_t latest_mention(int32_t e) const {
    const auto& spans = doc_.entities[static_cast<size_t>(e)].mentions;
    auto it = std::lower_bound(spans.begin(), spans.end(), tr_.span.begin,
                               [](const Span& x, uint32_t v) { return x.begin < v; });
    while (it != spans.begin()) {
      uint32_t at = (--it)->begin;
      auto a = std::upper_bound(doc_.actors.begin(), doc_.actors.end(), at,
                                [](uint32_t v, const ActorMention& m) { return v < m.span.begin; });
      while (a != doc_.actors.begin() && (a - 1)->span.begin == at) {
        --a;
        if (a->entity == e && a->first_token < tr_.first_token) return static_cast<int32_t>(a - doc_.actors.begin());
      }
    }
    return -1;
  }

  // Layer 3: nearest mentions, weak: before a verbal noun its doer, after it its patient; a
  // finite verb's subject at a distance.
  void guesses() {
    const Candidate* before = nearest(true, kArgumentWindow, true);
    const Candidate* after = nearest(false, kArgumentWindow, false);
    // A capital is a city as often as a government: never a guess («شرطة كابول»).
    if (before && before->capital) before = nullptr;
    if (after && after->capital) after = nullptr;
    // A finite verb's nearest party across a clause mark is its subject only when it agrees
    // with it (carried_subject()): «وصل الوزير، واعتقلت ...» has no subject named.
    if (word_subject_) before = nullptr;  // the subject is in plain words after the verb (words())
    if (tr_.nominal && before && reaction_subject(*before)) before = nullptr;
    if (!tr_.passive && !tr_.nominal && before && actor_.empty() && clause_break(doc_, before->end, tr_.first_token)) {
      carried_subject();
      before = nullptr;
    }
    if (tr_.passive) {
      offer(recipient_, actor_, after ? after : before, ArgStrength::kWeak);
    } else if (tr_.nominal) {
      offer(actor_, recipient_, before, ArgStrength::kWeak);
      offer(recipient_, actor_, after, ArgStrength::kWeak);
    } else {
      offer(actor_, recipient_, before, ArgStrength::kMedium);
      offer(recipient_, actor_, after, ArgStrength::kWeak);
    }
  }

  // Whether c is the subject of a reaction verb (reaction_types.tsv) right before it, whose object
  // is the nominal trigger right after it: «رحبت الحكومة باعتقال المتهمين» — the government
  // welcomed the arrest, it did not make it.
  bool reaction_subject(const Candidate& c) const {
    if (!c.before || c.lead == 0 || words_between(doc_, c.end, tr_.first_token) > kAdjacent) return false;
    auto it = std::lower_bound(doc_.triggers.begin(), doc_.triggers.end(), c.lead,
                               [](const TriggerMention& m, uint32_t v) { return m.first_token < v; });
    if (it == doc_.triggers.begin()) return false;
    const TriggerMention& m = *(it - 1);
    if (m.first_token < s_.first_token || m.end_token > c.lead || words_between(doc_, m.end_token, c.lead) != 0 ||
        !lexicon().reaction_types.count(m.type) || lexicon().reaction_own_deeds.count({m.type, tr_.type}))
      return false;
    // «اتهمت الوزارة الحركة بتفجير الجسر»: before a «ب» deed the party may be the verb's object, its doer.
    return !(lexicon().object_doer_reactions.count(m.type) && preposition_of(doc_, tr_.first_token, nullptr) == "\xD8\xA8-");
  }

  // Layer 3b: a finite verb (or a light verb before a verbal noun) with no subject of its own
  // («... واستهدفت مواقع», «كما شنت سلسلة غارات») carries the subject of an earlier clause: the
  // nearest earlier party in its paragraph that agrees with the verb in gender and number
  // (agreement.tsv), outside any quote the verb is not in. Weak: any telling's own subject wins.
  void carried_subject() {
    if (!actor_.empty() || tr_.passive || word_subject_) return;
    uint32_t verb = tr_.nominal ? subjectless_verb_ : tr_.first_token;
    if (verb == UINT32_MAX || opens_clause(verb)) return;
    std::string_view want = agreement_of(doc_.tokens[verb], true);
    // The paragraph's first token, no further back than kCarryReach.
    size_t si = static_cast<size_t>(&s_ - doc_.sentences.data());
    uint32_t floor = s_.first_token;
    while (si > 0 && si < doc_.sentences.size() && doc_.sentences[si - 1].paragraph == s_.paragraph &&
           doc_.sentences[si - 1].first_token + kCarryReach >= verb)
      floor = doc_.sentences[--si].first_token;
    floor = std::max(floor, verb > kCarryReach ? verb - kCarryReach : 0);
    int32_t quote = quote_holding(verb);
    // The nearest agreeing mention: latest first token, then earliest in the layer.
    const ActorMention* best = nullptr;
    Candidate c;
    auto it = std::lower_bound(doc_.actors.begin(), doc_.actors.end(), verb,
                               [](const ActorMention& m, uint32_t v) { return m.first_token < v; });
    while (it != doc_.actors.begin()) {
      const ActorMention& m = *--it;
      if (m.first_token < floor || (best && m.first_token < best->first_token)) break;
      if (m.end_token > verb) continue;
      if (tr_.first_token < m.end_token && m.first_token < tr_.end_token) continue;
      Candidate x = phrase_at(static_cast<int32_t>(it - doc_.actors.begin()), floor);
      if (!x.bare() || x.held || x.counted || quote_holding(m.first_token) != quote) continue;
      if (agreement_of(doc_.tokens[x.lead], false) != want) continue;
      if (victim(&x) || lexicon().non_doers.count({tr_.type, std::string(sector_of(x.party))})) continue;
      best = &m;
      c = std::move(x);
    }
    // «ورفضت كوريا الشمالية النداءات، ودعت إلى»: a country named as a party is a subject to carry
    // too, nearer than the mention found. A country without the article takes a feminine verb
    // («إيران», «مصر»); with it, its form tells («السعودية» fem, «العراق» masc).
    uint32_t after = best ? best->end_token : floor;
    auto pl = std::lower_bound(doc_.places.begin(), doc_.places.end(), verb,
                               [](const PlaceMention& m, uint32_t v) { return m.first_token < v; });
    while (pl != doc_.places.begin()) {
      const PlaceMention& m = *--pl;
      if (m.first_token < after) break;
      if (m.end_token > verb || (tr_.first_token < m.end_token && m.first_token < tr_.end_token)) continue;
      size_t p = static_cast<size_t>(pl - doc_.places.begin());
      if (!country_party(doc_, p) || quote_holding(m.first_token) != quote) continue;
      const Token& head = doc_.tokens[m.first_token];
      std::string_view a = definite(head) ? agreement_of(head, false) : std::string_view("fem");
      if (a != want) continue;
      Candidate x;
      x.place = static_cast<int32_t>(p);
      x.lead = m.first_token;
      x.end = m.end_token;
      x.cues = cue_before(doc_, x.lead, floor, tr_.type);
      if (!x.bare() || victim(&x) || lexicon().non_doers.count({tr_.type, std::string(sector_of(-1))})) continue;
      // Only a country that was a subject: right after a finite verb trigger («رفضت كوريا») or
      // a clause particle («أن إيران»); a genitive («أبناء اليمن») is nobody's subject.
      auto tv = std::lower_bound(doc_.triggers.begin(), doc_.triggers.end(), m.first_token,
                                 [](const TriggerMention& t, uint32_t v) { return t.first_token < v; });
      bool after_verb = false;
      for (auto t = tv; t != doc_.triggers.begin();) {
        --t;
        if (t->end_token < m.first_token) break;
        if (t->end_token == m.first_token && !t->nominal && !t->passive && !t->participle) after_verb = true;
      }
      std::vector<Role> before = x.lead > floor ? cue_before(doc_, x.lead, floor, tr_.type) : std::vector<Role>{};
      if (!after_verb && std::find(before.begin(), before.end(), Role::kClause) == before.end()) continue;
      offer(actor_, recipient_, &x, ArgStrength::kWeak);
      return;
    }
    if (best) offer(actor_, recipient_, &c, ArgStrength::kWeak);
  }

  // The phrase of mention a read as a candidate: its head words («مدفعية الجيش»), or the unnamed
  // head mention right before it («قوات الجيش»), and its cue words (none before `floor`).
  Candidate phrase_at(int32_t a, uint32_t floor) const {
    const Lexicon& lx = lexicon();
    const ActorMention& m = doc_.actors[static_cast<size_t>(a)];
    Candidate c;
    c.party = a;
    c.lead = m.first_token;
    c.end = m.end_token;
    if (c.lead > 0)
      for (auto h = std::lower_bound(doc_.actors.begin(), doc_.actors.end(), c.lead - 1,
                                     [](const ActorMention& x, uint32_t v) { return x.first_token < v; });
           h != doc_.actors.end() && h->first_token == c.lead - 1; ++h)
        // Only an indefinite head («قوات الجيش»): a definite one is a party of its own («الشرطة الناشطين»).
        if (h->end_token == c.lead && h->entity < 0 && h->first_token >= floor && !definite(doc_.tokens[h->first_token])) {
          c.lead = h->first_token;
          break;
        }
    for (uint32_t n = 0; n < kHeadWords && c.lead > floor; ++n) {
      if (nominative_plural(doc_, c.lead - 1)) break;  // no construct head (gather())
      std::vector<Role> r;
      roles_of(lx, doc_.tokens[c.lead - 1].stem, tr_.type, r);
      bool held = std::find(r.begin(), r.end(), Role::kHeld) != r.end();
      if (!held && std::find(r.begin(), r.end(), Role::kHead) == r.end()) break;
      c.held |= held;
      --c.lead;
    }
    c.cues = cue_before(doc_, c.lead, floor, tr_.type);
    std::string prep = preposition_of(doc_, c.lead, c.lead == m.first_token ? &m : nullptr);
    if (!prep.empty()) roles_of(lx, prep, tr_.type, c.cues);
    c.speaker = a == reporter_ || speaks_about(doc_, a, tr_.first_token);
    c.counted = counted_at(c.lead);
    return c;
  }

  // Whether a clause opener («فيما», «بينما», clause_openers.tsv) stands right before verb k: its
  // clause tells a second fact, with a subject of its own («فيما اتهم بيان للحركة إسرائيل»).
  bool opens_clause(uint32_t k) const {
    if (k == 0 || k <= s_.first_token) return false;
    const auto& openers = lexicon().clause_openers;
    std::string_view w = doc_.tokens[k - 1].key;  // «فيما» itself begins with ف: try it whole first
    return openers.count(std::string(w)) || openers.count(std::string(without_conjunction(w)));
  }

  // The quote whose words hold token t, -1 when none.
  int32_t quote_holding(uint32_t t) const {
    auto it = std::upper_bound(doc_.quotes.begin(), doc_.quotes.end(), t,
                               [](uint32_t v, const Quote& q) { return v < q.first_token; });
    int32_t found = -1;
    for (size_t n = 0; it != doc_.quotes.begin() && n < kQuoteLookBack; ++n)
      if (--it; t < it->end_token) found = static_cast<int32_t>(it - doc_.quotes.begin());
    return found;
  }

  // Layer 4: civilians and refugees are guessed doers of violence only by an agent phrase or as
  // a subject before its verb («المتظاهرون أشعلوا النيران»); else they suffered it.
  void victims() {
    if (actor_.empty() || actor_.doer_sure) return;
    // A news outlet tells of the act; it neither did nor suffered it (non_doer_sectors.tsv).
    if (lexicon().non_doers.count({tr_.type, std::string(sector_of(actor_.party))})) { actor_ = {}; return; }
    if (!lexicon().victims.count({tr_.type, std::string(sector_of(actor_.party))})) return;
    if (recipient_.empty()) recipient_ = {actor_.party, actor_.strength, false, actor_.place, actor_.nisba, actor_.lead, actor_.end};
    actor_ = {};
  }

  // The agreement the pronoun standing for the trigger's patient asks for («اعتقلتهم»: plural;
  // «الهجوم عليها»: fem), "" when there is none (object_pronouns.tsv).
  std::string_view patient_pronoun() const {
    const Lexicon& lx = lexicon();
    // The longest pronoun the word ends with (its form), and the word without it.
    auto split = [&](std::string_view key, std::string_view& base) -> std::string_view {
      std::string_view best;
      for (const auto& [form, agreement] : lx.object_pronouns)
        if (key.size() > form.size() && key.ends_with(form) && form.size() > best.size()) best = form;
      base = key.substr(0, key.size() - best.size());
      return best;
    };
    std::string first = text::normalize_key(std::string_view(tr_.lemma).substr(0, tr_.lemma.find(' ')));
    bool patient_noun = false;
    if (tr_.nominal) {
      auto it = lx.genitive_agent.find(first);
      patient_noun = (it == lx.genitive_agent.end() || !it->second) && !lx.fate_nouns.count(first);
      // «تدميره للمدارس»: with a «ل» phrase after it the pronoun is the doer (possessed()).
      uint32_t k = past_lemma(tr_.end_token);
      if (k < s_.end_token && preposition_of(doc_, k, nullptr) == "\xD9\x84-") patient_noun = false;
    }
    // Glued to the trigger: an active verb's object, a patient noun's genitive («اعتقاله»).
    if ((!tr_.nominal && !tr_.passive && !tr_.participle && tr_.end_token == tr_.first_token + 1) || patient_noun) {
      std::string_view key = doc_.tokens[tr_.end_token - 1].key, base;
      std::string last = text::normalize_key(std::string_view(tr_.lemma).substr(tr_.lemma.rfind(' ') + 1));
      constexpr size_t kStemBytes = 6;  // three letters at least
      // A word whose lemma ends in the same letters («وجه») carries no pronoun there.
      if (std::string_view form = split(key, base); !form.empty() && base.size() >= kStemBytes && !std::string_view(last).ends_with(form))
        return lx.object_pronouns.find(std::string(form))->second;
    }
    // Glued to a preposition right after it («عليها», «ضده»), or to the trigger's own last word when
    // its row takes the preposition in («أفرجت عنهم»).
    uint32_t k = past_lemma(tr_.end_token);
    for (uint32_t at : {tr_.end_token > tr_.first_token + 1 ? tr_.end_token - 1 : k, k}) {
      if (at >= s_.end_token || doc_.tokens[at].kind != TokenKind::kWord) continue;
      std::string_view base;
      std::string_view key = doc_.tokens[at].key;
      if (std::string_view form = split(key, base); !form.empty() &&
          (lx.pronoun_preps.count({std::string(base), "*"}) || lx.pronoun_preps.count({std::string(base), tr_.type})))
        return lx.object_pronouns.find(std::string(form))->second;
    }
    return {};
  }

  // Whether the trigger is a finite verb carrying an object pronoun («اعتقلته», «أفرجت عنهم»).
  bool verb_pronoun() const { return !tr_.nominal && !tr_.passive && !tr_.participle && !patient_pronoun().empty(); }

  // «الناشط الذي اعتقلته الشرطة», «المعتقل، الذي أفرجت عنه السلطات»: in a relative clause the
  // object pronoun stands for the antecedent (a mention, with a preposition of the clause before or
  // not, or plain words); true when one was taken.
  bool relative_patient() {
    const Lexicon& lx = lexicon();
    uint32_t k = tr_.first_token;
    for (uint32_t n = 0; n < 2 && k > s_.first_token && lx.auxiliaries.count(doc_.tokens[k - 1].key); ++n) --k;
    if (k <= s_.first_token || !lx.relatives.count(doc_.tokens[k - 1].key)) return false;
    uint32_t at = k - 1;
    if (at > s_.first_token && (doc_.tokens[at - 1].key == "\xD8\x8C" || doc_.tokens[at - 1].key == ",")) --at;
    for (const Candidate* c : side(true)) {
      if (c->end < at) break;
      if (c->end != at || c->held || c->speaker) continue;
      if (c->party >= 0 && c->party == actor_.party) actor_ = {};
      Choice keep = recipient_;
      recipient_ = {};
      offer(recipient_, actor_, c, ArgStrength::kStrong);
      if (recipient_.empty()) { recipient_ = keep; return false; }
      object_guess_ = false;
      return true;
    }
    WordPhrase w = relative_words();
    if (w.empty()) return false;
    patient_words_ = w;
    return true;
  }

  // A patient told by a pronoun is the nearest earlier party that agrees with it, in the
  // paragraph («اعتقلت الشرطة الناشطين ثم أفرجت عنهم»), outside quotes the trigger is not in.
  void pronoun_patient() {
    if (recipient_.strength >= ArgStrength::kStrong && !object_guess_) return;
    std::string_view want = patient_pronoun();
    if (want.empty()) return;
    if (verb_pronoun() && relative_patient()) return;
    size_t si = static_cast<size_t>(&s_ - doc_.sentences.data());
    uint32_t floor = s_.first_token;
    while (si > 0 && si < doc_.sentences.size() && doc_.sentences[si - 1].paragraph == s_.paragraph &&
           doc_.sentences[si - 1].first_token + kCarryReach >= tr_.first_token)
      floor = doc_.sentences[--si].first_token;
    floor = std::max(floor, tr_.first_token > kCarryReach ? tr_.first_token - kCarryReach : 0);
    int32_t quote = quote_holding(tr_.first_token);
    auto it = std::lower_bound(doc_.actors.begin(), doc_.actors.end(), tr_.first_token,
                               [](const ActorMention& m, uint32_t v) { return m.first_token < v; });
    while (it != doc_.actors.begin()) {
      const ActorMention& m = *--it;
      if (m.first_token < floor) break;
      if (m.end_token > tr_.first_token) continue;
      Candidate x = phrase_at(static_cast<int32_t>(it - doc_.actors.begin()), floor);
      if (x.speaker || x.held || quote_holding(m.first_token) != quote) continue;
      std::string_view a = agreement_of(doc_.tokens[x.lead], false);
      // The doer is not its own patient, unless it was only guessed at a distance and does not
      // agree with the verb («اعتقلت الشرطة الناشطين ثم أفرجت عنهم»: the feminine verb's subject
      // is not «الناشطين»); then the verb's subject is carried from its clause instead.
      bool regained = false;
      if (x.party == actor_.party) {
        bool guessed = !actor_.doer_sure && actor_.strength <= ArgStrength::kMedium && !tr_.nominal && !tr_.passive &&
                       agreement_of(doc_.tokens[tr_.first_token], true) != a;
        if (!guessed) continue;
        regained = true;
      }
      if (a != want && !(want == "fem" && a == "plural")) continue;
      Choice keep = recipient_, keep_actor = actor_;
      recipient_ = {};
      if (regained) actor_ = {};
      offer(recipient_, actor_, &x, ArgStrength::kMedium);
      if (recipient_.empty()) { recipient_ = keep; actor_ = keep_actor; continue; }
      object_guess_ = false;
      if (regained) carried_subject();
      return;
    }
  }

  // «دعا المجلس الحركة إلى الانسحاب», «طالب الحكومة بالإفراج»: the party a request is made of
  // does what it asks for (PLOVER codes the asked-for act with it as the actor). The called
  // party stands between a request trigger and «إلى», or the «ب»/«ل» on the noun.
  void called_party() {
    constexpr uint32_t kCalledWords = 5;  // words of the called party's phrase
    if (!tr_.nominal || actor_.strength >= ArgStrength::kStrong || tr_.first_token <= s_.first_token) return;
    static const std::string kIla = text::normalize_key("\xD8\xA5\xD9\x84\xD9\x89");  // إلى
    uint32_t j = tr_.first_token;
    std::string prep = preposition_of(doc_, j, nullptr);
    if (doc_.tokens[j - 1].key == kIla) --j;
    else if (prep != "\xD8\xA8-" && prep != "\xD9\x84-") return;  // ب- ل-
    auto it = std::lower_bound(doc_.triggers.begin(), doc_.triggers.end(), j,
                               [](const TriggerMention& t, uint32_t v) { return t.first_token < v; });
    if (it == doc_.triggers.begin()) return;
    const TriggerMention& req = *--it;
    if (req.type != "REQUEST" || req.end_token >= j || j - req.end_token > kCalledWords || req.first_token < s_.first_token) return;
    for (const Candidate& c : c_)
      if (c.lead >= req.end_token && c.end <= j && c.bare() && !c.held) {
        if (!recipient_.empty() && recipient_.lead < c.end && c.lead < recipient_.end) recipient_ = {};  // a guess
        actor_ = {};
        actor_words_ = {};
        offer(actor_, recipient_, &c, ArgStrength::kMedium);
        return;
      }
    WordPhrase p = noun_phrase(doc_, req.end_token, j);
    if (p.empty() || p.end != j || p.first != req.end_token) return;
    if (!recipient_words_.empty() && recipient_words_.first < p.end && p.first < recipient_words_.end) return;
    if (!recipient_.empty() && recipient_.lead < p.end && p.first < recipient_.end) recipient_ = {};
    actor_ = {};
    actor_words_ = p;
  }

  // «وحمل الوزير الميليشيا المسؤولية»: a verb of two objects (double_objects.tsv) does its act to
  // the party right before its second object (a comma may stand between); a party between the
  // verb and that one is the subject. With nothing between, the recipient is unnamed.
  void double_object() {
    const auto& rows = lexicon().double_objects;
    if (rows.empty()) return;
    std::string lemma(tr_.lemma);
    if (size_t tag = lemma.find(" ("); tag != std::string::npos) lemma.resize(tag);
    auto it = rows.find(text::normalize_key(lemma));
    if (it == rows.end()) return;
    constexpr uint32_t kReach = 10;  // tokens from the verb to its second object
    uint32_t second = UINT32_MAX;
    for (uint32_t k = own_end_; k < s_.end_token && k < own_end_ + kReach; ++k) {
      const Token& t = doc_.tokens[k];
      if (t.kind != TokenKind::kWord) continue;
      std::string_view bare = without_conjunction(t.key);
      if (it->second.count(t.key) || (!bare.empty() && it->second.count(std::string(bare)))) { second = k; break; }
    }
    if (second == UINT32_MAX) return;
    // «حمّل الوزير المسؤولية للحكومة»: a «ل» phrase after the second object is the one blamed, so
    // the party before it is the subject (the other layers read that).
    for (uint32_t k = second + 1; k < s_.end_token && k <= second + kHeadWords; ++k) {
      if (doc_.tokens[k].kind != TokenKind::kWord) break;
      if (preposition_of(doc_, k, nullptr) == "\xD9\x84-") return;  // ل-
    }
    uint32_t e = second;
    while (e > own_end_ && (doc_.tokens[e - 1].key == "\xD8\x8C" || doc_.tokens[e - 1].key == ",")) --e;  // ، or ,
    if (e <= own_end_) return;
    const Candidate* object = nullptr;
    const Candidate* subject = nullptr;
    for (const Candidate& c : c_) {
      if (c.lead < own_end_ || c.end > e) continue;
      if (c.end == e) object = &c;
      else if (!subject && c.bare() && !c.held) subject = &c;
    }
    if (subject && object && subject->lead >= object->lead) subject = nullptr;
    uint32_t start = object ? object->lead : subject ? subject->end : own_end_;
    auto overlaps = [](uint32_t a0, uint32_t a1, uint32_t b0, uint32_t b1) { return a0 < b1 && b0 < a1; };
    if (!object) {
      // The object in plain words, after the subject when one is named («سيحمل الدولة الروسية المسؤولية»).
      if (!actor_words_.empty() && actor_words_.first >= own_end_ && actor_words_.end < e) start = std::max(start, actor_words_.end);
      WordPhrase p = noun_phrase(doc_, start, e);
      if (p.empty()) return;
      if (p.end != e) {
        // «وحملت النقابة الحوثيين المسؤولية»: a definite subject in plain words, then the object.
        WordPhrase q = noun_phrase(doc_, p.end, e);
        if (q.empty() || q.end != e || !actor_.empty() || !actor_words_.empty() || !subject_after(p.first)) return;
        actor_words_ = p;
        p = q;
      }
      recipient_ = {};
      recipient_words_ = {p.first, e};
    } else {
      recipient_ = {};
      recipient_words_ = {};
      offer(recipient_, Choice{}, object, ArgStrength::kStrong);
    }
    if (!actor_.empty() && overlaps(actor_.lead, actor_.end, start, e)) actor_ = {};
    if (!actor_words_.empty() && overlaps(actor_words_.first, actor_words_.end, start, e)) actor_words_ = {};
    if (subject) {
      actor_ = {};
      actor_words_ = {};
      offer(actor_, recipient_, subject, ArgStrength::kStrong, true);
    } else if (object && actor_.empty() && actor_words_.empty() && object->lead > own_end_) {
      // «وحمل الأهالي الحكومة المسؤولية»: a subject in plain words before the named object.
      if (WordPhrase q = noun_phrase(doc_, own_end_, object->lead); !q.empty() && q.end == object->lead) actor_words_ = q;
    }
  }

  // A trigger naming people by their part in the act (participle_roles.tsv) is that
  // party of its own event wherever it stands: «فرقت الشرطة المحتجين» is the police's act on
  // them, the protest is still theirs. The mention read over it («المحتجين الغاضبين»), else its
  // words and their adjectives, or a name in apposition right after, outrank any guess; a party
  // the layers found inside that phrase («محتجون أكراد»: the nationality) stays.
  void participle_party(std::span<const uint32_t> in_sentence) {
    const auto& roles = lexicon().participle_doer;
    // Its first word: the rows read in context («مُتَظاهِر (في الحَدَث)») are the same people.
    auto it = roles.find(text::normalize_key(std::string_view(tr_.lemma).substr(0, tr_.lemma.find(' '))));
    if (it == roles.end()) return;
    Choice& role = it->second ? actor_ : recipient_;
    Choice& other = it->second ? recipient_ : actor_;
    WordPhrase& words = it->second ? actor_words_ : recipient_words_;
    WordPhrase& other_words = it->second ? recipient_words_ : actor_words_;
    uint32_t end = tr_.end_token;
    while (end < s_.end_token && doc_.tokens[end].kind == TokenKind::kWord && nisba_like(doc_.tokens[end]) &&
           preposition_of(doc_, end, nullptr).empty())
      ++end;
    auto inside = [&](uint32_t lead, uint32_t stop) { return lead < end && tr_.first_token < stop; };
    if (!role.empty() && inside(role.lead, role.end)) return;
    int32_t self = -1;
    for (uint32_t a : in_sentence) {
      const ActorMention& m = doc_.actors[a];
      if (inside(m.first_token, m.end_token)) { self = static_cast<int32_t>(a); break; }
      // «الموقوف فلان»: a name in apposition right after it is who they are.
      // Not after a trigger that ends in its own preposition («المصابين بنيران الجيش»: the shooter).
      if (m.first_token == end && m.entity >= 0 && tr_.end_token == tr_.first_token + 1) { self = static_cast<int32_t>(a); break; }
    }
    // «المعلمين الموقوفين»: a definite patient participle right after a party is its adjective, so
    // the party is who is held. A name («الناشط خالد الموقوف») or an agreeing definite noun.
    bool adjective = !it->second && definite(doc_.tokens[tr_.first_token]) && tr_.first_token > s_.first_token;
    if (self < 0 && adjective)
      for (uint32_t a : in_sentence) {
        const ActorMention& m = doc_.actors[a];
        if (m.end_token != tr_.first_token) continue;
        const Token& last = doc_.tokens[m.end_token - 1];
        if (m.entity >= 0 || (definite(last) && agreement_of(last, false) == agreement_of(doc_.tokens[tr_.first_token], false)))
          self = static_cast<int32_t>(a);
        break;
      }
    if (self >= 0) {
      const ActorMention& m = doc_.actors[static_cast<size_t>(self)];
      role = {self, ArgStrength::kStrong, it->second, -1, -1, m.first_token, m.end_token};
      words = {};
    } else {
      role = {};
      words = {tr_.first_token, end};
      // The plain-word noun it describes («الصيادين الموقوفين») leads the phrase.
      if (adjective) {
        const Token& prev = doc_.tokens[tr_.first_token - 1];
        if (prev.kind == TokenKind::kWord && definite(prev) && preposition_of(doc_, tr_.first_token - 1, nullptr).empty() &&
            without_conjunction(prev.key).empty() && agreement_of(prev, false) == agreement_of(doc_.tokens[tr_.first_token], false))
          words.first = tr_.first_token - 1;
      }
    }
    if (other.party >= 0 && other.party == self) other = {};
    if (!other.empty() && inside(other.lead, other.end)) other = {};
    if (!other_words.empty() && inside(other_words.first, other_words.end)) other_words = {};
  }

  // Layer 5: plain words where the grammar points and no surer party stands (events/word_parties.h).
  void words() {
    const Lexicon& lx = lexicon();
    if (tr_.participle) return;  // «المحتجين» names the doers; it governs no object
    uint32_t lim = s_.end_token;
    // «يجب على البلدية أن ...»: a verb whose own words end in a target cue (argument_cues.tsv) lays
    // the act on the phrase right after it, which is no subject of it.
    if (!tr_.nominal && tr_.end_token > tr_.first_token + 1 && tr_.end_token < lim) {
      std::vector<Role> r = cue_before(doc_, tr_.end_token, tr_.first_token, tr_.type);
      if (std::find(r.begin(), r.end(), Role::kTarget) != r.end()) {
        if (recipient_.empty() && recipient_words_.empty()) recipient_words_ = noun_phrase(doc_, tr_.end_token, lim);
        if (!recipient_words_.empty()) return;
      }
    }
    bool active = !tr_.nominal && !tr_.passive;
    uint32_t at = past_lemma(tr_.end_token);  // where an object or a genitive begins
    if (tr_.nominal || tr_.end_token > tr_.first_token + 1) at = past_adjectives(at, lim);  // «ضربات جوية», «الهجوم الإرهابي»
    // «داعيا البلاد إلى الهدوء»: the words after a circumstantial participle are its object; its
    // doer is its clause's subject (nominal()), never the words after it.
    if (active && actor_.empty() && at < lim && !hal_) {
      uint32_t end = !recipient_.empty() && recipient_.lead > at ? recipient_.lead : lim;  // up to the object
      // «وانتشرت عناصر أمنية»: the subject among the words the verb's sense needs (own_end_).
      if (actor_words_.empty() && own_end_ < tr_.end_token && (nominative_plural(doc_, own_end_) || head_word(own_end_) || subject_after(own_end_)))
        actor_words_ = noun_phrase(doc_, own_end_, std::max(own_end_, std::min(at, end)));  // up to the object
      if (!actor_words_.empty()) {
        at = std::max(at, actor_words_.end);
      } else if (nominative_plural(doc_, at)) {
        // «هاجم مسلحون القرية»: a nominative plural right after an active verb is its subject.
        actor_words_ = noun_phrase(doc_, at, end);
      } else if (uint32_t n = nisba_after_head(at, lim); n != UINT32_MAX) {
        // «استهدفت طائرة أمريكية سيارة»: a doer's head word and its nationality.
        Candidate c;
        c.nisba = static_cast<int32_t>(n);
        offer(actor_, recipient_, &c, ArgStrength::kMedium);
        at = n + 1;
      } else if (head_word(at) || (!lx.victim_types.count(tr_.type) && subject_after(at))) {
        // «وقع البلدان», «أدانت محكمة»: the subject right after its verb (VSO), up to its object.
        actor_words_ = noun_phrase(doc_, at, end);
      }
      // «أن الوزير قدم اعتذارا»: the subject between a clause particle and its verb (SVO).
      // «الوفد الذي كان يطالب»: the relative's antecedent in plain words.
      if (actor_.empty() && actor_words_.empty()) actor_words_ = relative_words();
      // A singular before an unvowelled violent verb is as often its passive subject («أن طفلا قتل»).
      if (actor_.empty() && actor_words_.empty() &&
          (!lx.victim_types.count(tr_.type) || agreement_of(doc_.tokens[tr_.first_token], true) == "plural"))
        actor_words_ = subject_before();
      if (!actor_words_.empty() && !recipient_.empty() && actor_words_.first < recipient_.end && recipient_.lead < actor_words_.end)
        actor_words_ = {};
    }
    if (tr_.nominal && actor_.empty() && !lx.victim_types.count(tr_.type) && at < lim && preposition_of(doc_, at, nullptr).empty()) {
      // «زيارة الوزير», «اجتماع رؤساء الحكومات»: the genitive of a noun whose genitive is its doer.
      std::string noun = text::normalize_key(std::string_view(tr_.lemma).substr(0, tr_.lemma.find(' ')));
      if (auto it = lx.genitive_agent.find(noun); it != lx.genitive_agent.end() && it->second) {
        actor_words_ = genitive_phrase(at, lim);
        if (!actor_words_.empty()) at = actor_words_.end;
      }
    }
    if (pronoun_verb_ != UINT32_MAX && actor_.strength < ArgStrength::kStrong && actor_words_.empty()) {
      if (WordPhrase q = noun_phrase(doc_, pronoun_verb_ + 1, lim); !q.empty()) {
        actor_ = {};
        actor_words_ = q;
      }
    }
    // «ونفذت طائرات حربية غارات»: a light verb's subject in plain words between it and its noun.
    if (subjectless_verb_ != UINT32_MAX && actor_.empty() && actor_words_.empty() && subject_of_light_verb()) {
      uint32_t k = subjectless_verb_ + 1;
      WordPhrase q = noun_phrase(doc_, k, tr_.first_token);
      for (uint32_t j = q.first + 1; j < q.end; ++j)
        if (deed_measure(doc_.tokens[j])) q.end = j;  // no genitive of the subject («عناصر جملة»)
      uint32_t e = q.end;
      uint32_t end = e;
      while (!q.empty() && e < tr_.first_token && nisba_like(doc_.tokens[e]) && preposition_of(doc_, e, nullptr).empty()) end = ++e;
      // «شنت طائرات حربية سلسلة غارات», «عدة غارات»: a word measuring the deeds stands between.
      if (!q.empty() && e + 1 == tr_.first_token && e > q.first && (deed_measure(doc_.tokens[e]) || quantified_at(doc_, e))) ++e;
      if (!q.empty() && e == tr_.first_token) actor_words_ = {q.first, end};
    }
    counted_victims_before();
    if (recipient_.strength > ArgStrength::kWeak && !object_guess_) return;
    if (hal_) active = true;
    if (active) {
      if (!actor_words_.empty() && actor_words_.end < tr_.first_token) {
        // A subject before the verb («الوحدات التي طردت»): the object is read after the verb.
      } else if (!actor_words_.empty()) {
        at = actor_words_.end;
        if (at < lim && passive_participle(doc_.tokens[at]) && definite(doc_.tokens[at - 1]) &&
            agreement_of(doc_.tokens[at], false) == agreement_of(doc_.tokens[at - 1], false))
          ++at;  // «المصدر المذكور»: the subject's adjective (below)
        else if (subject_adjective(at, at - 1, lim))
          ++at;
        at = past_subject_name(at, lim);
      } else if (!actor_.empty() && actor_.lead >= at && words_between(doc_, at, actor_.lead) <= kAdjacent) {
        at = actor_.end;
        // The subject's own adjectives and a comma after it («قتل قناص حوثي، امرأة»).
        while (at < lim && doc_.tokens[at].kind == TokenKind::kWord && nisba_like(doc_.tokens[at]) &&
               preposition_of(doc_, at, nullptr).empty())
          ++at;
        // «طالب المصدر المذكور ... المجتمع الدولي»: a definite word agreeing with a definite subject
        // right after it is the subject's adjective when a party guessed as the object stands
        // further on, or when it has the passive participle's form (مفعول: «المذكور», «المعني»).
        if (at < lim && doc_.tokens[at].kind == TokenKind::kWord && definite(doc_.tokens[at]) &&
            definite(doc_.tokens[actor_.end - 1]) && preposition_of(doc_, at, nullptr).empty() &&
            agreement_of(doc_.tokens[at], false) == agreement_of(doc_.tokens[actor_.end - 1], false) &&
            ((object_guess_ && recipient_.lead > at + 1) || passive_participle(doc_.tokens[at])))
          ++at;
        else if (subject_adjective(at, actor_.end - 1, lim))
          ++at;
        // Only a subject told by its title alone («النائب الجمهوري») takes a name after it.
        if (actor_.party >= 0 && doc_.actors[static_cast<size_t>(actor_.party)].entity < 0 &&
            !doc_.actors[static_cast<size_t>(actor_.party)].role.empty())
          at = past_subject_name(at, lim);
        if (at < lim && (doc_.tokens[at].key == "\xD8\x8C" || doc_.tokens[at].key == ",")) {  // ، or ,
          ++at;
          // «اتهم الوزير، فلان، ...»: past a name set off by commas (apposition()).
          for (const Candidate& c : c_)
            if (c.lead == at && c.end < lim && (doc_.tokens[c.end].key == "\xD8\x8C" || doc_.tokens[c.end].key == ",")) {
              at = c.end + 1;
              break;
            }
        }
      }
      at = past_lemma(at);  // «ألقت الشرطة القبض على»
    }
    WordPhrase p;
    // «استهداف التنظيم لمساجد»: the «ل» phrase after a doer's genitive (nominal()).
    if (lam_patient_ != UINT32_MAX && recipient_.empty() && recipient_words_.empty()) {
      if (WordPhrase q = noun_phrase(doc_, lam_patient_, lim, true); !q.empty() && !held_word(q.first)) {
        recipient_words_ = q;
        return;
      }
    }
    // «هجوم على قرية», «ألقى القبض على المطلوب»: the target cue's phrase.
    // The cue starts right where the object would (a two-word cue «في صفوف» ends one word on).
    // A verbal noun's relation adjectives may stand before it («العقوبات الأمريكية على», «رسوم
    // جمركية على»); the other side of a joint act («محادثات مع») is the recipient too.
    uint32_t from = at;
    for (uint32_t k = at; k < lim && k < from + kTargetCueWords; ++k) {
      if (doc_.tokens[k].kind == TokenKind::kPunct) break;
      // «من» marks victims only after their count («مقتل 13 من»), which noun_phrase reads whole.
      if (doc_.tokens[k].key == "\xD9\x85\xD9\x86" && lx.victim_types.count(tr_.type)) continue;
      if (tr_.nominal && k < at + kHeadWords && k == from && nisba_like(doc_.tokens[k]) &&
          preposition_of(doc_, k, nullptr).empty()) {
        ++from;
        continue;
      }
      // «محادثات صعبة بين», «هدنة هشة بين»: the noun's indefinite adjective (or predicate) may
      // stand before «بين».
      if (tr_.nominal && k == from && k == at && k + 1 < lim && doc_.tokens[k + 1].key == "\xD8\xA8\xD9\x8A\xD9\x86" &&  // بين
          bare_indefinite(k)) {
        ++from;
        continue;
      }
      // «اعتدى المسلحون بوحشية على», «احتجت بشدة ضد»: a manner adverb («ب» and an indefinite
      // noun, no cue of its own) may stand before the target cue.
      if (k == from && k == at && k + 1 < lim && manner_adverb(k) && doc_.tokens[k + 1].key != "\xD9\x85\xD9\x86") {  // not «من»
        ++from;
        continue;
      }
      std::vector<Role> r = cue_before(doc_, k + 1, from, tr_.type);
      if (std::find(r.begin(), r.end(), Role::kTarget) != r.end() || std::find(r.begin(), r.end(), Role::kPartner) != r.end()) {
        p = noun_phrase(doc_, k + 1, lim);
        break;
      }
      // «محادثات بين الطرفين»: the sides in plain words act together (a dual names both).
      if (std::find(r.begin(), r.end(), Role::kBetween) != r.end()) {
        if (k + 1 < lim && k + 1 < from + kTargetCueWords && !cue_before(doc_, k + 2, from, tr_.type).empty()) continue;  // «بين صفوف»
        if (actor_.empty() && actor_words_.empty()) {
          actor_words_ = noun_phrase(doc_, k + 1, lim);
          if (!actor_words_.empty()) second_side_after_words();
        }
        break;
      }
      if (!r.empty() || !lexicon().cues.count(doc_.tokens[k].key)) break;  // a word of its own: no cue starts here
    }
    if (p.empty() && !active && possessed()) {
      // The trigger may end the document: nothing follows it then.
      if (at < lim && preposition_of(doc_, at, nullptr) == "\xD9\x84-") p = noun_phrase(doc_, at, lim, true);  // ل-
    } else if (p.empty() && !active) {
      // The genitive of a verbal noun whose genitive is its patient («اعتقال المطلوب», «مقتل ستة
      // أشخاص»), or the target of a violent one («قصف البلدة»); the subject of a passive.
      bool patient = true;
      if (tr_.nominal) {
        std::string noun = text::normalize_key(std::string_view(tr_.lemma).substr(0, tr_.lemma.find(' ')));
        auto it = lx.genitive_agent.find(noun);
        patient = it == lx.genitive_agent.end() || !it->second || lx.victim_types.count(tr_.type);
      }
      if (patient) p = genitive_phrase(at, lim);
    } else if (p.empty() && lx.object_types.count(tr_.type) && !verb_pronoun()) {
      p = noun_phrase(doc_, at, lim);  // the object
    }
    // «قصف مواقع لميليشيا»: what a party holds names no party; its holder, a mention, does. A
    // cue word («بحق») opens a phrase rather than heading one; a nationality adjective
    // («عقوبات أمريكية») names the doer's country.
    if (!p.empty() && held_word(p.first) && recipient_.empty()) {
      // «قصف آليات وتجمعات للميليشيا»: the holder named a few words on, after more held things.
      for (const Candidate& c : c_)
        if (!c.before && c.lead > p.first && c.lead <= p.first + kHolderReach && (c.held || c.has(Role::kLam)) &&
            !trigger_between(c)) {
          offer(recipient_, actor_, &c, ArgStrength::kMedium);
          break;
        }
      // «تفتيش منزل الوزير», «قصف مواقع المسلحين»: with no named holder, the genitive of the held
      // thing, in plain words, is its holder.
      if (recipient_.empty() && owner_words(p)) ++p.first;
    }
    if (!p.empty() && (held_word(p.first) || lexicon().cues.count(doc_.tokens[p.first].key) ||
                       !nisba_country(doc_, p.first).empty()))
      p = {};
    // Never the actor's own words.
    if (!p.empty() && !actor_.empty() && p.first < actor_.end && actor_.lead < p.end) p = {};
    if (!p.empty() && !actor_words_.empty() && p.first < actor_words_.end && actor_words_.first < p.end) p = {};
    if (p.empty()) return;
    // A guess further on (the nearest mention, the next one after the subject) gives way to the
    // phrase in the object's place.
    if (!recipient_.empty() && (recipient_.lead < p.end || (recipient_.strength > ArgStrength::kWeak && !object_guess_))) return;
    recipient_ = {};
    recipient_words_ = p;
  }

  // «بين الأوروبيين والصين»: a named or place second side joined by «و» right after the plain
  // first side acts with it; it is not the recipient, and no guess takes that role.
  void second_side_after_words() {
    for (const Candidate& c : c_) {
      if (c.before || c.lead != actor_words_.end) continue;
      std::string_view key = doc_.tokens[c.lead].key;
      if (!key.starts_with("\xD9\x88") || without_conjunction(key).empty()) return;  // «و» glued on
      if (c.party >= 0) actor_also_ = c.party;
      else if (c.place >= 0) actor_also_place_ = c.place;
      else return;
      if ((c.party >= 0 && recipient_.party == c.party) || (c.party < 0 && recipient_.place == c.place) ||
          recipient_.strength < ArgStrength::kMedium) {
        recipient_ = {};
        recipient_.strength = ArgStrength::kMedium;
        two_sided_ = &c;
      }
      return;
    }
  }

  // Whether token k is a bare indefinite word: no clitic, article, cue, party, place, count or
  // trigger of its own.
  bool bare_indefinite(uint32_t k) const {
    const Token& t = doc_.tokens[k];
    if (t.kind != TokenKind::kWord || definite(t) || !preposition_of(doc_, k, nullptr).empty() || t.stem != t.key) return false;
    if (lexicon().cues.count(t.key) || starts_mention(k) || starts_place(k) || quantified_at(doc_, k)) return false;
    // A verb's shape is no adjective («جرت», «ارتكبت», «يجري», «تجري»; «تاريخية» is one).
    std::string_view w = t.key;
    constexpr std::string_view kTa = "\xD8\xAA", kYa = "\xD9\x8A", kTaMarbuta = "\xD8\xA9";  // ت ي ة
    if (w.ends_with(kTa) || w.starts_with(kYa) || (w.starts_with(kTa) && !w.ends_with(kTaMarbuta) && !w.ends_with(kYa)))
      return false;
    auto it = std::lower_bound(doc_.triggers.begin(), doc_.triggers.end(), k,
                               [](const TriggerMention& m, uint32_t v) { return m.first_token < v; });
    return it == doc_.triggers.end() || it->first_token != k;
  }

  // Whether token k is a manner adverb: «ب» glued to an indefinite noun that is no cue, party,
  // place or trigger («بوحشية», «بشدة»).
  bool manner_adverb(uint32_t k) const {
    const Token& t = doc_.tokens[k];
    if (t.kind != TokenKind::kWord || preposition_of(doc_, k, nullptr) != "\xD8\xA8-" || definite(t)) return false;  // ب-
    if (lexicon().cues.count(t.key) || starts_mention(k) || starts_place(k) || quantified_at(doc_, k)) return false;
    // A plural («بارزون» is no «ب» at all; «بمسلحين» an instrument or a party) is no manner.
    for (std::string_view end : {"\xD9\x88\xD9\x86", "\xD9\x8A\xD9\x86", "\xD8\xA7\xD8\xAA"})  // ون ين ات
      if (std::string_view(t.key).ends_with(end)) return false;
    auto it = std::lower_bound(doc_.triggers.begin(), doc_.triggers.end(), k,
                               [](const TriggerMention& m, uint32_t v) { return m.first_token < v; });
    return it == doc_.triggers.end() || it->first_token != k;
  }

  // The token of a «ل» phrase starting at token k (past quotation marks), UINT32_MAX when none or
  // when it starts a deed of its own («زيارة الوزير لبحث التعاون»: a purpose, not a patient).
  uint32_t lam_after(uint32_t k) const {
    while (k < s_.end_token && doc_.tokens[k].kind == TokenKind::kPunct && doc_.tokens[k].key != "\xD8\x8C" &&
           doc_.tokens[k].key != "," && doc_.tokens[k].key != ".")
      ++k;
    if (k >= s_.end_token || preposition_of(doc_, k, nullptr) != "\xD9\x84-") return UINT32_MAX;
    auto t = std::lower_bound(doc_.triggers.begin(), doc_.triggers.end(), k,
                              [](const TriggerMention& m, uint32_t v) { return m.first_token < v; });
    if (t != doc_.triggers.end() && t->first_token == k) return UINT32_MAX;
    return k;
  }

  // The patient phrase after a verbal noun at token k: its genitive, which bears the article
  // after an indefinite noun («اعتقال المطلوب») or is counted («مقتل ستة أشخاص») — a bare
  // indefinite word there is an adjective of the noun — or a «ل» phrase («استهداف للمركز»).
  WordPhrase genitive_phrase(uint32_t k, uint32_t lim) const {
    if (k >= lim) return {};
    const Token& t = doc_.tokens[k];
    if (preposition_of(doc_, k, nullptr) == "\xD9\x84-") return noun_phrase(doc_, k, lim, true);  // ل-
    WordPhrase p = noun_phrase(doc_, k, lim);
    // A foreign name («زيارة ماكرون») bears no article either: the word list does not know it
    // (asked last: the look-up is the dearest test).
    // A held thing («منزل») is made definite by its holder's genitive («تفتيش منزل الوزير»).
    if (!p.empty() && !tr_.passive && !definite(t) && !quantified_at(doc_, k) && !owner_words(p) &&
        text::ArabicLexicon::get().known(t.span.of(doc_.text)))
      return {};
    return p;
  }

  // Whether the word right after the light verb before the noun may be its subject: the verb marks
  // no plural pronoun subject, and the word is no accusative (subject_after() read for that verb).
  // Whether token t measures the deeds a light verb brings («سلسلة», «موجة»; deed_measures.tsv).
  static bool deed_measure(const Token& t) {
    static const std::unordered_set<std::string> words = [] {
      std::unordered_set<std::string> out;
      const auto& m = data::table("events/deed_measures");
      for (size_t r = 0; r < m.rows(); ++r) out.insert(text::normalize_key(m.get(r, "word")));
      return out;
    }();
    if (t.kind != TokenKind::kWord) return false;
    std::string_view k = t.key;
    constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // ال
    return words.count(std::string(k)) || words.count(std::string(t.stem)) ||
           (k.starts_with(kAl) && words.count(std::string(k.substr(kAl.size()))));
  }

  bool subject_of_light_verb() const {
    uint32_t k = subjectless_verb_ + 1;
    if (k >= tr_.first_token) return false;
    const Token& v = doc_.tokens[subjectless_verb_];
    const Token& t = doc_.tokens[k];
    if (t.kind != TokenKind::kWord || agreement_of(v, true) == "plural" || quantified_at(doc_, k) || nisba_like(t)) return false;
    std::string_view w = t.stem.empty() ? std::string_view(t.key) : std::string_view(t.stem);
    if (!definite(t) && w.ends_with(kAlif)) return false;  // «شنت هجوما»: the noun's own accusative
    return preposition_of(doc_, k, nullptr).empty() && !held_word(k);
  }

  // Whether the word at token k, right after an active verb, may be its subject: the verb marks
  // no plural pronoun subject of its own («قتلوا»), and the word is no object by its form (an
  // accusative «شابا», a sound plural «المحتجين» with the article), no masculine noun after a
  // feminine verb, no place («زار الرياض»), no count («طرد 58»).
  bool subject_after(uint32_t k) const {
    const Token& t = doc_.tokens[k];
    // The verb is the trigger's first word («طالبوا بإقالة»), its last for a lemma led by a particle.
    if (t.kind != TokenKind::kWord || agreement_of(doc_.tokens[tr_.end_token - 1], true) == "plural" ||
        agreement_of(doc_.tokens[tr_.first_token], true) == "plural")
      return false;
    if (quantified_at(doc_, k) || nisba_like(t) || starts_place(k)) return false;
    std::string_view w = t.stem.empty() ? std::string_view(t.key) : std::string_view(t.stem);
    bool def = definite(t);
    if (!def && w.ends_with(kAlif)) return false;                          // «شابا»
    // A sound plural's stem has three letters at least before «ين»: «الأمين», «الدين» are singulars.
    constexpr size_t kPluralBytes = 10;
    if (w.ends_with("\xD9\x8A\xD9\x86") && w.size() >= kPluralBytes && text::ArabicLexicon::get().known(t.span.of(doc_.text)))
      return false;                                                         // «المحتجين», «ضابطين»
    if (agreement_of(doc_.tokens[tr_.end_token - 1], true) == "fem" && agreement_of(t, false) == "masc" &&
        text::ArabicLexicon::get().known(t.span.of(doc_.text)))
      return false;                                                         // «رفضت الاقتراح»
    return true;
  }

  bool starts_place(uint32_t k) const {
    auto it = std::lower_bound(doc_.places.begin(), doc_.places.end(), k,
                               [](const PlaceMention& m, uint32_t v) { return m.first_token < v; });
    return it != doc_.places.end() && it->first_token == k;
  }

  // The subject between a clause particle («أن», «إن», «لأن») and the verb, when it fills the
  // words between them («أن الوزير قدم»); empty otherwise.
  WordPhrase subject_before() const {
    constexpr uint32_t kReach = 6;  // words of a subject phrase
    for (uint32_t j = tr_.first_token; j-- > s_.first_token && tr_.first_token - j <= kReach;) {
      if (doc_.tokens[j].kind == TokenKind::kPunct) break;
      std::vector<Role> r = cue_before(doc_, j + 1, s_.first_token, tr_.type);
      if (std::find(r.begin(), r.end(), Role::kClause) == r.end()) continue;
      if (j + 1 >= tr_.first_token) break;
      WordPhrase p = noun_phrase(doc_, j + 1, tr_.first_token);
      // Adjectives with the article may follow it to the verb («أن الائتلاف الحاكم وافق»).
      uint32_t k = p.end;
      while (!p.empty() && k < tr_.first_token && definite(doc_.tokens[k]) && preposition_of(doc_, k, nullptr).empty()) ++k;
      if (!p.empty() && k == tr_.first_token) return {p.first, k};
      break;
    }
    return {};
  }

  // The subject in plain words right after the nearest active finite verb trigger before this one
  // in its sentence, empty when none.
  WordPhrase clause_subject_words() const {
    auto it = std::lower_bound(doc_.triggers.begin(), doc_.triggers.end(), tr_.first_token,
                               [](const TriggerMention& m, uint32_t v) { return m.first_token < v; });
    while (it != doc_.triggers.begin()) {
      const TriggerMention& v = *--it;
      if (v.first_token < s_.first_token) break;
      if (v.nominal || v.passive || v.participle || v.end_token >= tr_.first_token) continue;
      uint32_t k = v.end_token;
      const Token& t = doc_.tokens[k];
      if (t.kind != TokenKind::kWord || nisba_like(t) || !preposition_of(doc_, k, nullptr).empty()) return {};
      // A name has no article («هدد فلان بالانسحاب، داعيا»); an indefinite accusative («شابا») is
      // the verb's object.
      std::string_view w = t.stem.empty() ? std::string_view(t.key) : std::string_view(t.stem);
      if (!definite(t) && (w.ends_with(kAlif) || quantified_at(doc_, k))) return {};
      WordPhrase p = noun_phrase(doc_, k, tr_.first_token);
      return !p.empty() && p.first == k ? p : WordPhrase{};
    }
    return {};
  }

  // Token k past the adjectives of a verbal noun («ضربات جوية», «الهجوم الإرهابي»): nationality
  // and relation adjectives, and after a noun with the article any word with it (a definite noun
  // takes no genitive).
  uint32_t past_adjectives(uint32_t k, uint32_t lim) const {
    bool def = definite(doc_.tokens[tr_.end_token - 1]) || possessed();
    for (uint32_t n = 0; n < kHeadWords && k < lim; ++n, ++k) {
      const Token& t = doc_.tokens[k];
      if (t.kind != TokenKind::kWord || !preposition_of(doc_, k, nullptr).empty()) break;
      if (!nisba_like(t) && !(def && definite(t))) break;
      if (!nisba_country(doc_, k).empty()) break;  // «غارة إسرائيلية»: the doer's, kept for it
      if (starts_mention(k)) break;
    }
    return k;
  }

  bool starts_mention(uint32_t k) const {
    auto it = std::lower_bound(doc_.actors.begin(), doc_.actors.end(), k,
                               [](const ActorMention& m, uint32_t v) { return m.first_token < v; });
    return it != doc_.actors.end() && it->first_token == k;
  }

  // Token k past the words of the trigger's own lemma that follow it («ألقت ... القبض»).
  uint32_t past_lemma(uint32_t k) const {
    std::string_view lemma = tr_.lemma;
    size_t sp = lemma.find(' ');
    if (sp == std::string_view::npos) return k;
    std::string rest = " " + text::normalize_key(lemma.substr(sp + 1)) + " ";
    while (k < s_.end_token) {
      const Token& t = doc_.tokens[k];
      if (t.kind != TokenKind::kWord) break;
      if (rest.find(" " + t.key + " ") == std::string::npos && rest.find(" " + t.stem + " ") == std::string::npos) break;
      ++k;
    }
    return k;
  }

  // «أن ثلاثة أشخاص قتلوا»: counted people right before a violent verb suffered it (an unvowelled
  // verb is as often passive; a count of doers before their deed is rare in news).
  void counted_victims_before() {
    if (tr_.nominal || !lexicon().victim_types.count(tr_.type) || recipient_.strength >= ArgStrength::kStrong) return;
    constexpr uint32_t kReach = 6;  // words of a counted phrase
    for (uint32_t j = tr_.first_token; j-- > s_.first_token && tr_.first_token - j <= kReach;) {
      if (doc_.tokens[j].kind == TokenKind::kPunct) break;
      if (!quantified_at(doc_, j)) continue;
      WordPhrase p = noun_phrase(doc_, j, tr_.first_token);
      // «ستة من عناصر الجيش والشرطة قتلوا»: nouns joined by «و» to the counted one belong to it.
      for (uint32_t n = 0; n < kHeadWords && !p.empty() && p.end < tr_.first_token; ++n) {
        const Token& t = doc_.tokens[p.end];
        if (t.kind != TokenKind::kWord || without_conjunction(t.key).empty() || !preposition_of(doc_, p.end, nullptr).empty()) break;
        ++p.end;
      }
      if (p.end != tr_.first_token) break;
      recipient_ = {};
      recipient_words_ = p;
      if (!actor_.empty() && actor_.lead < p.end && p.first < actor_.end) actor_ = {};
      if (!actor_words_.empty() && actor_words_.first < p.end && p.first < actor_words_.end) actor_words_ = {};
      return;
    }
  }

  // Whether candidate c names a place: a country the place layer found, or a mention of a place entity.
  bool place_like(const Candidate& c) const {
    if (c.place >= 0) return true;
    if (c.party < 0) return false;
    int32_t e = doc_.actors[static_cast<size_t>(c.party)].entity;
    return e >= 0 && doc_.entities[static_cast<size_t>(e)].type == EntityType::kLoc;
  }

  // Whether candidate c names a country (the place layer's, or a place entity of country rank).
  bool country_like(const Candidate& c) const {
    if (c.place >= 0) return !c.capital;
    if (c.party < 0) return false;
    const ActorMention& m = doc_.actors[static_cast<size_t>(c.party)];
    auto it = std::lower_bound(doc_.places.begin(), doc_.places.end(), m.first_token,
                               [](const PlaceMention& p, uint32_t t) { return p.first_token < t; });
    for (; it != doc_.places.end() && it->first_token < m.end_token; ++it)
      if (it->precision == PlacePrecision::kCountry) return true;
    return false;
  }

  // Whether token k names what a party holds («مواقع», «تجمعا»: argument_cues.tsv, role held).
  bool held_word(uint32_t k) const {
    std::vector<Role> r;
    std::string_view w = doc_.tokens[k].stem;
    roles_of(lexicon(), std::string(w), tr_.type, r);
    if (r.empty() && w.ends_with(kAlif)) roles_of(lexicon(), std::string(w.substr(0, w.size() - kAlif.size())), tr_.type, r);  // «تجمعا»
    return std::find(r.begin(), r.end(), Role::kHeld) != r.end();
  }

  // Whether phrase p is a held thing and its holder in plain words, a definite genitive: «منزل
  // الوزير», «مواقع المسلحين». An indefinite one tells what is held («مخازن أسلحة»).
  bool owner_words(WordPhrase p) const {
    return p.end > p.first + 1 && held_word(p.first) && !held_word(p.first + 1) && definite(doc_.tokens[p.first + 1]);
  }

  // Whether token k is a doer's head word («الطائرات», «مقاتلات»: argument_cues.tsv, role head).
  bool head_word(uint32_t k) const {
    std::vector<Role> r;
    roles_of(lexicon(), doc_.tokens[k].stem, tr_.type, r);
    return std::find(r.begin(), r.end(), Role::kHead) != r.end();
  }

  // The nationality adjective after a doer's head word at token k («طائرة أمريكية», «قوات
  // روسية»): its token, UINT32_MAX when none.
  uint32_t nisba_after_head(uint32_t k, uint32_t lim) const {
    std::vector<Role> r;
    roles_of(lexicon(), doc_.tokens[k].stem, tr_.type, r);
    if (std::find(r.begin(), r.end(), Role::kHead) == r.end()) return UINT32_MAX;
    for (uint32_t n = k + 1; n < lim && n <= k + kNisbaReach; ++n) {
      if (doc_.tokens[n].kind != TokenKind::kWord) break;
      if (!nisba_country(doc_, n).empty()) return n;
    }
    return UINT32_MAX;
  }

  const Document& doc_;
  const TriggerMention& tr_;
  const Sentence& s_;
  int32_t reporter_;
  uint32_t own_end_;  // the end of the trigger's own words (the constructor)
  WordPhrase actor_words_, recipient_words_;
  bool object_guess_ = false;  // the recipient is the next mention after the verb's subject, a guess
  bool hal_ = false;           // the trigger is a circumstantial participle («داعيا»)
  bool word_subject_ = false;
  uint32_t lam_patient_ = UINT32_MAX;
  WordPhrase patient_words_;  // a plain-word patient the grammar is sure of: a verb of undergoing's subject, a relative's antecedent
  uint32_t pronoun_verb_ = UINT32_MAX;  // a light verb with the noun's pronoun and no named subject after it  // a «ل» phrase after a doer's genitive: the patient (words())  // plain words after the verb are its subject, a mention its object
  int32_t actor_also_ = -1;
  int32_t actor_also_place_ = -1;  // a country or capital as that second side
  const Candidate* two_sided_ = nullptr;  // the second side of «بين», when both act and no recipient was named
  const Candidate* between_first_ = nullptr;  // the first side of «بين»
  std::vector<Candidate> c_;  // in text order
  uint32_t subjectless_verb_ = UINT32_MAX;  // a light verb before the noun, with no subject found
  Choice actor_, recipient_;
};

}  // namespace


Arguments find_arguments(const Document& doc, const TriggerMention& tr, const Sentence& s,
                         std::span<const uint32_t> in_sentence, int32_t reporter) {
  return Finder(doc, tr, s, reporter).run(in_sentence);
}

}  // namespace rasd::events

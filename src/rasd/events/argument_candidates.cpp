// The candidates of Finder (argument_finder.h): gathering mentions and places into chained phrases,
// their cue words (layer 1), and offering a candidate for a role; lookups on them by position.
#include "rasd/events/argument_finder.h"

namespace rasd::events::argument_finding {

// Takes party c for `role` when that is surer than what it holds and the other role is not c
// (nor another mention of its entity).
void Finder::offer(Choice& role, const Choice& other, const Candidate* c, ArgStrength st, bool doer_sure) {
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
bool Finder::in_aside(const Candidate& c) const {
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
bool Finder::trigger_between(const Candidate& c) const {
  uint32_t lo = c.before ? c.end : own_end_, hi = c.before ? tr_.first_token : c.lead;
  auto it = std::lower_bound(doc_.triggers.begin(), doc_.triggers.end(), lo,
                             [](const TriggerMention& t, uint32_t v) { return t.first_token < v; });
  return it != doc_.triggers.end() && it->first_token < hi && &*it != &tr_;
}

// Layer 0: the candidates, a chain of mentions one phrase («قوات الجيش», «مقاتلين من تنظيم
// داعش»): its later mention names the party, unless the first is named.
void Finder::gather(std::span<const uint32_t> in_sentence) {
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
    // «طالب عدد من السكان البلدية»: a quantity and its partitive «من» are one party, the people
    // counted; the phrase leads at the quantity, and the word before it (not «من») tells its part.
    // Not after a verbal noun, whose genitive reading would take the quantity for its doer.
    bool partitive = !tr_.nominal && c.lead == m.first_token && c.lead >= s_.first_token + 2 &&
                     partitive_at(doc_, c.lead - 2);
    if (partitive) c.lead -= 2;
    c.cues = cue_before(doc_, c.lead, s_.first_token, tr_.type);
    std::string prep = preposition_of(doc_, c.lead, c.lead == m.first_token ? &m : nullptr);
    if (!prep.empty()) roles_of(lx, prep, tr_.type, c.cues);
    if (aimed_at(c.lead, lx) && !c.has(Role::kTarget)) c.cues.push_back(Role::kTarget);
    c.speaker = static_cast<int32_t>(a) == reporter_ || speaks_about(doc_, static_cast<int32_t>(a), tr_.first_token);
    c.counted = partitive || counted_at(c.lead);
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
    // But the addressee of a message («بعث رسالة إلى الوزير يطالبه»: a target cue ending in
    // «إلى», argument_cues.tsv) is the one a speech act after it asks.
    c.addressed = c.before && c.has(Role::kTarget) && c.lead > s_.first_token && lx.speech_acts.count(tr_.type) &&
                  without_conjunction_or_self(doc_.tokens[c.lead - 1].key) == "\xD8\xA7\xD9\x84\xD9\x8A";  // الي (إلى)
    if (c.before && !c.addressed) std::erase(c.cues, Role::kTarget);
  }
  std::erase_if(c_, [&](const Candidate& c) {
    uint32_t d = c.before ? tr_.first_token - c.end : c.lead - own_end_;
    return d > kArgumentWindow;
  });
}

// Where the trigger's own words end. A finite verb whose mention spans the words its sense needs
// («نشرت الشرطة» for a deployment) owns its first word alone: a party among the needed words is a
// candidate. So does a verbal noun whose mention took in the party its sense needs right after it
// («طرد السفير», «إعفاء المدير»): that party is its genitive, when its type takes a party as its
// patient (object_roles.tsv: not «إرسال قوات», whose troops are what is sent). A singular nisba
// read as a party («عمل إرهابي», «عملا إرهابيا») is the noun's adjective; a plural one
// («طرد دبلوماسيين») agrees with no singular noun, so it is the genitive.
uint32_t Finder::own_words_end(const Document& doc, const TriggerMention& tr) {
  if (tr.end_token <= tr.first_token + 1) return tr.end_token;
  if (!tr.nominal) return tr.first_token + 1;
  uint32_t k = tr.first_token + 1;
  if (tr.participle || tr.end_token != k + 1 || !lexicon().object_types.count(tr.type)) return tr.end_token;
  const Token& t = doc.tokens[k];
  std::string_view w = t.stem.empty() ? std::string_view(t.key) : std::string_view(t.stem);
  constexpr size_t kNisbaBytes = 8;  // four letters: shorter words ending in «ي» are seldom adjectives
  for (std::string_view end : {"\xD9\x8A", "\xD9\x8A\xD8\xA9", "\xD9\x8A\xD8\xA7"})  // ي ية يا
    if (w.size() >= kNisbaBytes && w.ends_with(end)) return tr.end_token;
  auto it = std::lower_bound(doc.actors.begin(), doc.actors.end(), k,
                             [](const ActorMention& m, uint32_t v) { return m.first_token < v; });
  return it != doc.actors.end() && it->first_token == k ? k : tr.end_token;
}

// The role chooser's wider candidate set (role_model.h, issue 20), offered to the model alone (the
// rules never weigh them): the parties a labelled event names that the finder's phrases miss.
// Every mention and country of the sentence outside them (beyond the window, or one the finder
// did not keep), the second conjunct of «X و Y» after a candidate, and the plain-word noun phrase
// (word_parties.h) at any free word of the window. Each with its cue words, as gather() reads them.
void Finder::more_candidates(std::vector<RoleCandidate>& all) const {
  const Lexicon& lx = lexicon();
  // Whether tokens [a, b) overlap the trigger or a candidate already offered.
  auto covered = [&](uint32_t a, uint32_t b) {
    return (a < tr_.end_token && tr_.first_token < b) ||
           std::any_of(all.begin(), all.end(), [&](const RoleCandidate& c) { return a < c.end && c.lead < b; });
  };
  auto offer_extra = [&](RoleCandidate::Kind kind, int32_t index, uint32_t lead, uint32_t end, RoleCandidate::Origin origin) {
    RoleCandidate r;
    r.kind = kind;
    r.index = index;
    r.lead = lead;
    r.end = end;
    r.origin = origin;
    const ActorMention* m = kind == RoleCandidate::Kind::kMention ? &doc_.actors[static_cast<size_t>(index)] : nullptr;
    r.cues = cue_before(doc_, lead, s_.first_token, tr_.type);
    std::string prep = preposition_of(doc_, lead, m);
    if (!prep.empty()) roles_of(lx, prep, tr_.type, r.cues);
    if (end <= tr_.first_token) std::erase(r.cues, Role::kTarget);  // a target phrase follows its trigger (gather())
    r.speaker = m && (index == reporter_ || speaks_about(doc_, index, tr_.first_token));
    r.counted = counted_at(lead);
    r.held = kind == RoleCandidate::Kind::kWords && held_word(lead);  // «المنزل» with no holder after it
    Candidate span;  // in_aside reads its tokens alone
    span.lead = lead;
    span.end = end;
    r.no_actor = in_aside(span);
    all.push_back(std::move(r));
  };
  auto first_at = [](const auto& v, uint32_t t) {
    return std::lower_bound(v.begin(), v.end(), t, [](const auto& x, uint32_t k) { return x.first_token < k; });
  };
  for (auto a = first_at(doc_.actors, s_.first_token); a != doc_.actors.end() && a->first_token < s_.end_token; ++a)
    if (a->end_token <= s_.end_token && !covered(a->first_token, a->end_token))
      offer_extra(RoleCandidate::Kind::kMention, static_cast<int32_t>(a - doc_.actors.begin()), a->first_token,
                  a->end_token, RoleCandidate::Origin::kSentence);
  for (auto p = first_at(doc_.places, s_.first_token); p != doc_.places.end() && p->first_token < s_.end_token; ++p) {
    auto at = static_cast<size_t>(p - doc_.places.begin());
    // Not a country the grammar places the deed in, as add_places() bars it («في X وY»: both).
    if (p->end_token <= s_.end_token && country_named(doc_, at) && place_party(at, lx) &&
        !covered(p->first_token, p->end_token))
      offer_extra(RoleCandidate::Kind::kPlace, static_cast<int32_t>(at), p->first_token, p->end_token,
                  RoleCandidate::Origin::kSentence);
  }
  // «X و Y»: the words after the conjunction that follows a candidate, standing alone or glued
  // to Y (a glued word is no noun phrase's head in word_parties.h: it is Y's head alone here).
  for (size_t i = 0, n = all.size(); i < n; ++i) {
    uint32_t k = all[i].end;
    if (k >= s_.end_token || doc_.tokens[k].kind != TokenKind::kWord) continue;
    WordPhrase y;
    if (doc_.tokens[k].key == "\xD9\x88") y = noun_phrase(doc_, k + 1, s_.end_token);  // و
    else if (!without_conjunction(doc_.tokens[k].key).empty()) y = {k, k + 1};
    if (!y.empty() && !covered(y.first, y.end))
      offer_extra(RoleCandidate::Kind::kWords, -1, y.first, y.end, RoleCandidate::Origin::kConjunct);
  }
  // The plain-word phrases of the window, each ending before the next candidate or the trigger.
  uint32_t lo = std::max(s_.first_token, tr_.first_token > kArgumentWindow ? tr_.first_token - kArgumentWindow : 0);
  uint32_t hi = std::min(s_.end_token, own_end_ + kArgumentWindow + 1);
  for (uint32_t k = lo; k < hi; ++k) {
    if (covered(k, k + 1)) continue;
    uint32_t limit = k + 1;
    while (limit < hi && !covered(limit, limit + 1)) ++limit;
    WordPhrase w = noun_phrase(doc_, k, limit, true);
    if (w.empty()) continue;
    offer_extra(RoleCandidate::Kind::kWords, -1, w.first, w.end, RoleCandidate::Origin::kWords);
    k = w.end - 1;
  }
}

std::string_view Finder::without_conjunction_or_self(std::string_view key) {
  std::string_view k = without_conjunction(key);
  return k.empty() ? key : k;
}

// Countries named in the sentence outside any actor mention, as parties of their own
// (events/place_parties.h), with their cue words like any mention's.
void Finder::add_places(const Lexicon& lx) {
  bool added = false;
  uint32_t from = tr_.first_token > kArgumentWindow + kPhraseReach ? tr_.first_token - kArgumentWindow - kPhraseReach : 0;
  auto lo = std::lower_bound(doc_.places.begin(), doc_.places.end(), std::max(from, s_.first_token),
                             [](const PlaceMention& m, uint32_t t) { return m.first_token < t; });
  for (size_t p = static_cast<size_t>(lo - doc_.places.begin()); p < doc_.places.size(); ++p) {
    const PlaceMention& m = doc_.places[p];
    if (m.first_token > own_end_ + kArgumentWindow) break;
    if (m.first_token < s_.first_token || m.end_token > s_.end_token) continue;
    if (m.first_token < own_end_ && tr_.first_token < m.end_token) continue;
    if (!place_party(p, lx)) continue;
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
    if (aimed_at(c.lead, lx) && !c.has(Role::kTarget)) c.cues.push_back(Role::kTarget);
    c_.push_back(std::move(c));
    added = true;
  }
  if (added) std::stable_sort(c_.begin(), c_.end(), [](const Candidate& a, const Candidate& b) { return a.lead < b.lead; });
}

// Whether the country of place p may be a party of the trigger: not where something is, went or came
// from (place_parties.h), unless the trigger takes the word before it as a target cue.
bool Finder::place_party(size_t p, const Lexicon& lx) const {
  if (country_party(doc_, p) || agent_country(p)) return true;
  if (country_named(doc_, p) && aimed_at(doc_.places[p].first_token, lx)) return true;  // fire aimed at it
  // «رفع العقوبات عن إيران»: a word that places a country elsewhere («عن سوريا»: a topic)
  // is this trigger's target cue (argument_cues.tsv), so the country is a party after all.
  // Not «من» nor «إلى»: before a country they tell where something comes from or goes
  // («صواريخ من سوريا», «نقل الجرحى إلى الأردن»), whatever they say before people; fire
  // aimed at a country (aimed_at) is the exception.
  const PlaceMention& m = doc_.places[p];
  if (!country_named(doc_, p) || m.first_token <= s_.first_token || m.first_token < own_end_ ||
      doc_.tokens[m.first_token - 1].kind != TokenKind::kWord)
    return false;
  std::string_view prev = without_conjunction_or_self(doc_.tokens[m.first_token - 1].key);
  if ((prev == "\xD9\x85\xD9\x86" && !asked_of(m.first_token - 1)) || prev == "\xD8\xA7\xD9\x84\xD9\x8A") return false;  // من، الي (إلى)
  std::vector<Role> r;
  roles_of(lx, std::string(prev), tr_.type, r);
  return std::find(r.begin(), r.end(), Role::kTarget) != r.end();
}

// «أطلقوا صاروخين صوب تركيا»: whether the phrase leading at token `lead` follows, past the trigger,
// a direction word (aim_words.tsv) of a trigger that fires something (fired_objects.tsv): it names
// where the fire is aimed, the target, where after any other trigger it is where something goes.
// Only what is fired (projectile_nouns.tsv), counts, adjectives, the doer's or source's mentions
// and their cues («من قبل», «من») stand between: any other word governs the direction word itself.
bool Finder::aimed_at(uint32_t lead, const Lexicon& lx) const {
  if (lead <= s_.first_token || lead <= own_end_ || doc_.tokens[lead - 1].kind != TokenKind::kWord) return false;
  if (!lx.fired_objects.count(phrase_key(tr_.lemma))) return false;
  if (!lx.aim_words.count(std::string(without_conjunction_or_self(doc_.tokens[lead - 1].key)))) return false;
  auto mentioned = [&](const auto& v, uint32_t j) {
    auto it = std::upper_bound(v.begin(), v.end(), j, [](uint32_t k, const auto& x) { return k < x.first_token; });
    for (size_t n = 0; it != v.begin() && n < 4; ++n)
      if ((--it)->end_token > j) return true;
    return false;
  };
  for (uint32_t j = own_end_; j + 1 < lead; ++j) {
    const Token& t = doc_.tokens[j];
    if (t.kind == TokenKind::kNumber || mentioned(doc_.actors, j) || mentioned(doc_.places, j)) continue;
    if (t.kind != TokenKind::kWord) return false;  // a comma or a bracket ends the phrase
    std::string_view key = without_conjunction_or_self(t.key);
    if (key.starts_with("\xD8\xA7\xD9\x84")) key.remove_prefix(4);  // ال
    if (lx.projectiles.count(std::string(key)) || nisba_like(t) || quantified_at(doc_, j) || key == "\xD9\x85\xD9\x86") continue;  // من
    std::vector<Role> r = cue_before(doc_, j + 1, own_end_, tr_.type);  // «من قبل»
    if (std::find(r.begin(), r.end(), Role::kAgent) == r.end()) return false;
  }
  return true;
}

// «هجوم من جانب إسرائيل», «مساعدات من الكويت», «بطلب من الأردن»: whether place mention p is a
// country after the trigger that an agent cue (argument_cues.tsv) names as the doer. A lone «من»
// (the giver of aid) only before a country right after the noun and its adjectives: further on it
// tells where from.
bool Finder::agent_country(size_t p) const {
  const PlaceMention& m = doc_.places[p];
  if (!country_named(doc_, p) || m.first_token <= s_.first_token || m.first_token < own_end_) return false;
  std::vector<Role> r = cue_before(doc_, m.first_token, s_.first_token, tr_.type);
  if (std::find(r.begin(), r.end(), Role::kAgent) == r.end()) return false;
  if (without_conjunction_or_self(doc_.tokens[m.first_token - 1].key) != "\xD9\x85\xD9\x86") return true;  // من
  uint32_t k = m.first_token - 1;
  std::vector<Role> lone = cue_before(doc_, m.first_token, k, tr_.type);  // «من» read alone
  if (std::find(lone.begin(), lone.end(), Role::kAgent) == lone.end()) return true;
  // A city after it is where the aid set out from («جسر جوي من العاصمة»), a country its giver.
  return m.precision == PlacePrecision::kCountry && words_between(doc_, own_end_, k) <= kHeadWords;
}

// «طلبت النرويج من فرنسا»: whether «من» at token k names the one asked, a target of
// the trigger's type (argument_cues.tsv) right after the verb or its named subject; further on
// it tells where from («طالب بسحب القوات من سوريا»).
bool Finder::asked_of(uint32_t k) const {
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
bool Finder::counted_at(uint32_t k) const {
  auto it = std::lower_bound(doc_.quantities.begin(), doc_.quantities.end(), k,
                             [](const Quantity& q, uint32_t v) { return q.end_token < v; });
  return it != doc_.quantities.end() && it->end_token == k && it->unit.empty();
}

// Whether mention m continues the phrase of `last`: right after an indefinite head («قوات
// الجيش»), or after «من» between them.
bool Finder::chains(const Candidate& last, const ActorMention& m) const {
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
std::vector<const Candidate*> Finder::side(bool before) const {
  std::vector<const Candidate*> out;
  for (const Candidate& c : c_)
    if (c.before == before) out.push_back(&c);
  if (before) std::reverse(out.begin(), out.end());
  return out;
}

// Layer 1: cue phrases say outright who is who.
void Finder::cues() {
  const Token& vt = doc_.tokens[tr_.first_token];
  bool joined = tr_.span.begin > vt.span.begin && !without_conjunction(vt.key).empty();  // «واتهم»
  for (bool before : {false, true})
    for (const Candidate* c : side(before)) {
      if (trigger_between(*c)) break;
      if (c->has(Role::kAgent)) offer(actor_, recipient_, c, ArgStrength::kStrong, true);
      if (c->has(Role::kTarget) && (!before || c->addressed) && !inside_content(*c)) offer(recipient_, actor_, c, ArgStrength::kStrong);
      // «العلاقات مع فرنسا جيدة، واتهم ...»: past a clause mark, a trigger joined by «و» opens a
      // clause of its own; a partner before it is another predicate's («العلاقات»), not the other
      // side of this act.
      if (c->has(Role::kPartner) && !(before && joined && clause_break(doc_, c->end, tr_.first_token)))
        offer(recipient_, actor_, c, ArgStrength::kMedium);
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

// The nearest bare candidate on a side within `reach` words, without a «ل» when `no_lam`.
const Candidate* Finder::nearest(bool before, uint32_t reach, bool no_lam) const {
  for (const Candidate* c : side(before)) {
    if (c->gap > reach) break;
    if (c->bare() && !(no_lam && c->has(Role::kLam))) return c;
  }
  return nullptr;
}

// The first bare candidate after `c` (after the trigger when null).
const Candidate* Finder::next_after(const Candidate* c) const {
  for (const Candidate* n : side(false))
    if ((!c || n->lead >= c->end) && n->bare() && n != c) return n;
  return nullptr;
}

bool Finder::victim(const Candidate* c) const {
  if (!c) return false;
  return lexicon().victims.count({tr_.type, std::string(sector_of(c->party))}) > 0;
}

// The latest actor mention of entity e before the trigger, -1 when none: found through the
// entity's mentions (in text order), each an actor mention's span or not.
int32_t Finder::latest_mention(int32_t e) const {
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

// The phrase of mention a read as a candidate: its head words («مدفعية الجيش»), or the unnamed
// head mention right before it («قوات الجيش»), and its cue words (none before `floor`).
Candidate Finder::phrase_at(int32_t a, uint32_t floor) const {
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

// The quote whose words hold token t, -1 when none.
int32_t Finder::quote_holding(uint32_t t) const {
  auto it = std::upper_bound(doc_.quotes.begin(), doc_.quotes.end(), t,
                             [](uint32_t v, const Quote& q) { return v < q.first_token; });
  int32_t found = -1;
  for (size_t n = 0; it != doc_.quotes.begin() && n < kQuoteLookBack; ++n)
    if (--it; t < it->end_token) found = static_cast<int32_t>(it - doc_.quotes.begin());
  return found;
}

bool Finder::starts_place(uint32_t k) const {
  auto it = std::lower_bound(doc_.places.begin(), doc_.places.end(), k,
                             [](const PlaceMention& m, uint32_t v) { return m.first_token < v; });
  return it != doc_.places.end() && it->first_token == k;
}

bool Finder::starts_mention(uint32_t k) const {
  auto it = std::lower_bound(doc_.actors.begin(), doc_.actors.end(), k,
                             [](const ActorMention& m, uint32_t v) { return m.first_token < v; });
  return it != doc_.actors.end() && it->first_token == k;
}

// Whether candidate c names a place: a country the place layer found, or a mention of a place entity.
bool Finder::place_like(const Candidate& c) const {
  if (c.place >= 0) return true;
  if (c.party < 0) return false;
  int32_t e = doc_.actors[static_cast<size_t>(c.party)].entity;
  return e >= 0 && doc_.entities[static_cast<size_t>(e)].type == EntityType::kLoc;
}

// Whether candidate c names a country (the place layer's, or a place entity of country rank).
bool Finder::country_like(const Candidate& c) const {
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
bool Finder::held_word(uint32_t k) const {
  std::vector<Role> r;
  std::string_view w = doc_.tokens[k].stem;
  roles_of(lexicon(), std::string(w), tr_.type, r);
  if (r.empty() && w.ends_with(kAlif)) roles_of(lexicon(), std::string(w.substr(0, w.size() - kAlif.size())), tr_.type, r);  // «تجمعا»
  return std::find(r.begin(), r.end(), Role::kHeld) != r.end();
}

// Whether token k is a doer's head word («الطائرات», «مقاتلات»: argument_cues.tsv, role head).
bool Finder::head_word(uint32_t k) const {
  std::vector<Role> r;
  roles_of(lexicon(), doc_.tokens[k].stem, tr_.type, r);
  return std::find(r.begin(), r.end(), Role::kHead) != r.end();
}

// The nationality adjective after a doer's head word at token k («طائرة أمريكية», «قوات
// روسية»): its token, UINT32_MAX when none.
uint32_t Finder::nisba_after_head(uint32_t k, uint32_t lim) const {
  std::vector<Role> r;
  roles_of(lexicon(), doc_.tokens[k].stem, tr_.type, r);
  if (std::find(r.begin(), r.end(), Role::kHead) == r.end()) return UINT32_MAX;
  for (uint32_t n = k + 1; n < lim && n <= k + kNisbaReach; ++n) {
    if (doc_.tokens[n].kind != TokenKind::kWord) break;
    if (!nisba_country(doc_, n).empty()) return n;
  }
  return UINT32_MAX;
}

}  // namespace rasd::events::argument_finding

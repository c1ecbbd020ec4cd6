// Guesses and reports in Finder (argument_finder.h): deeds named by reactions, speech acts and their
// speakers, nearest-mention guesses, carried subjects and victims.
#include "rasd/events/argument_finder.h"

namespace rasd::events::argument_finding {

// The deed a verb names right after it as its object, or with `content` its «ب» content (no
// reaction itself), and the deed's first candidate after it when that has cue `role`, with no
// further trigger nor clause break before it; null when none.
const Candidate* Finder::deed_party(Role role, bool content) const {
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
void Finder::deed_parties() {
  // A reaction noun's own agent cue names its own doer («اتهام من قبل الادعاء»): verbs only. The
  // cue names the condemned outright, over the deed's patient («أدان قصف المدنيين من قبل ...»).
  if (!tr_.nominal && lexicon().object_doer_reactions.count(tr_.type))
    offer(recipient_, actor_, deed_party(Role::kAgent, false), ArgStrength::kStrong);
  else if (recipient_.strength < ArgStrength::kMedium && tr_.type == "THREATEN")
    offer(recipient_, actor_, deed_party(Role::kTarget, true), ArgStrength::kMedium);
}

// Whether candidate c stands inside the content of a speech act, after its «ب» phrase («اتهم
// الحزب الشرطة باستخدام القوة ضد المحتجين»): a target there is the content's, not the speech
// act's (speech_acts.tsv types).
bool Finder::inside_content(const Candidate& c) const {
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
const Quote* Finder::announced_by() const {
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

// Layer 2b: a speech act without a subject of its own («وحذر من», «معبرا عن رفضه») is done by
// the speaker of the statement its trigger opens or stands in, in its sentence.
void Finder::speech_act() {
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
bool Finder::first_person_plural() const {
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
const Quote* Finder::statement_of() const {
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

// Layer 3: nearest mentions, weak: before a verbal noun its doer, after it its patient; a
// finite verb's subject at a distance.
void Finder::guesses() {
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
bool Finder::reaction_subject(const Candidate& c) const {
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
void Finder::carried_subject() {
  if (!actor_.empty() || tr_.passive || word_subject_) return;
  uint32_t verb = tr_.nominal ? subjectless_verb_ : tr_.first_token;
  if (verb == UINT32_MAX || opens_clause(verb)) return;
  // A circumstantial participle («مهددين») shows its doer's agreement as a noun does.
  std::string_view want = hal_ ? participle_agreement() : agreement_of(doc_.tokens[verb], true);
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
    if (past_patient_ && x.party == recipient_.party) continue;  // the verb's own patient («واتهمه»): its subject is further back
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

// Layer 4: civilians and refugees are guessed doers of violence only by an agent phrase or as
// a subject before its verb («المتظاهرون أشعلوا النيران»); else they suffered it.
void Finder::victims() {
  if (actor_.empty() || actor_.doer_sure) return;
  // A news outlet tells of the act; it neither did nor suffered it (non_doer_sectors.tsv).
  if (lexicon().non_doers.count({tr_.type, std::string(sector_of(actor_.party))})) { actor_ = {}; return; }
  if (!lexicon().victims.count({tr_.type, std::string(sector_of(actor_.party))})) return;
  if (recipient_.empty()) recipient_ = {actor_.party, actor_.strength, false, actor_.place, actor_.nisba, actor_.lead, actor_.end};
  actor_ = {};
}

// «أن ثلاثة أشخاص قتلوا»: counted people right before a violent verb suffered it (an unvowelled
// verb is as often passive; a count of doers before their deed is rare in news).
void Finder::counted_victims_before() {
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

}  // namespace rasd::events::argument_finding

// Plain-word parties in Finder (argument_finder.h): where the grammar points and no surer party
// stands, a phrase of plain words (events/word_parties.h) takes the role.
#include "rasd/events/argument_finder.h"
#include "rasd/text/clitics.h"

namespace rasd::events::argument_finding {

// Layer 5: plain words where the grammar points and no surer party stands (events/word_parties.h).
void Finder::words() {
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
  // doer is its clause's subject (nominal()), never the words after it. An act or a thing before
  // a relative pronoun («الغارات التي») is the subject: no words before or after stand for it.
  if (active && actor_.empty() && at < lim && !hal_ && !thing_subject_) {
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
    } else if (count_subject(at) != UINT32_MAX) {
      // «وانتقد نحو 40 نائبا الحكومة»: a count and the counted right after the verb (count_subject()).
      actor_words_ = noun_phrase(doc_, at, end);
    } else if (head_word(at) || (!lx.victim_types.count(tr_.type) && subject_after(at))) {
      // «وقع البلدان», «أدانت محكمة»: the subject right after its verb (VSO), up to its object.
      actor_words_ = noun_phrase(doc_, at, end);
    } else if (!lx.victim_types.count(tr_.type) && at + 1 < end && partitive_at(doc_, at) && !definite(doc_.tokens[at]) &&
               !std::string_view(doc_.tokens[at].key).ends_with("\xD8\xA7")) {  // not the accusative «عددا»
      // «طالب عشرات من المزارعين الوزارة»: a quantity and its «من» right after the verb are its
      // subject, the people counted, not its object (violence aside: «قتل عشرات من» are victims).
      // Not «المزيد من» (more of a thing asked for).
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
      // A light verb carrying the noun's pronoun ends the noun's phrase («حكم أصدرته محكمة»).
      actor_words_ = genitive_phrase(at, std::min(lim, pronoun_verb_));
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
    // «هدد الجناح العسكري للحركة بقتل الرهائن»: a «ل» phrase right after a definite subject in
    // plain words is that subject's genitive (the wing of the movement), not the verb's object;
    // the object is guessed past it. A genitive «ل» takes no conjunction before it.
    if (object_guess_ && !actor_words_.empty() && actor_words_.end > tr_.first_token && at == actor_words_.end &&
        recipient_.lead == at && definite(doc_.tokens[at - 1]) && std::string_view(doc_.tokens[at].key).starts_with("\xD9\x84")) {  // ل
      auto lam = std::find_if(c_.begin(), c_.end(), [&](const Candidate& c) { return c.lead == at && c.has(Role::kLam); });
      if (lam != c_.end()) {
        recipient_ = {};
        object_guess_ = false;
        guess_object(next_after(&*lam));
        at = lam->end;
      }
    }
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
    if (!p.empty() && tr_.nominal && lx.fired_objects.count(phrase_key(tr_.lemma))) p = fired_target(p, lim);
  } else if (p.empty() && lx.object_types.count(tr_.type) && !verb_pronoun()) {
    p = noun_phrase(doc_, at, lim);  // the object
    if (!p.empty() && lx.fired_objects.count(phrase_key(tr_.lemma))) p = fired_target(p, lim);
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
  if (p.empty() && tr_.type == "THREATEN" && recipient_.empty() && recipient_words_.empty()) threat_target(at, lim);
  if (p.empty()) return;
  // A guess further on (the nearest mention, the next one after the subject) gives way to the
  // phrase in the object's place.
  if (!recipient_.empty() && (recipient_.lead < p.end || (recipient_.strength > ArgStrength::kWeak && !object_guess_))) return;
  if (!recipient_.empty() && deed_doer_after(p)) return;
  recipient_ = {};
  recipient_words_ = p;
}

// «أدان الوزير الجرائم التي ترتكبها الميليشيات»: whether the guessed recipient is the subject
// of a relative clause right after object phrase p whose verb resumes p as its object: p is
// another's deed and a reaction to it (reaction_types.tsv, object_doer) is aimed at its doer.
bool Finder::deed_doer_after(WordPhrase p) const {
  if (tr_.nominal || !lexicon().object_doer_reactions.count(tr_.type) || recipient_.lead != p.end + 2 ||
      p.end + 2 >= s_.end_token || !lexicon().relatives.count(doc_.tokens[p.end].key))
    return false;
  const Token& verb = doc_.tokens[p.end + 1];
  if (verb.kind != TokenKind::kWord) return false;
  for (const auto& a : text::analyse_clitics(verb.key))
    if (!a.suffix.empty()) return true;
  return false;
}

// «هددت الحكومة بفرض رسوم على كل المصانع», «هدد الخاطفون بإعدام رهينة»: a threat's content, its
// «ب» phrase where the object would stand, is the threatener's own deed (deed_parties()), so the
// one it would befall is the one threatened: the deed's target-cue phrase, or the genitive of a
// deed whose genitive is its patient; a party there, or its plain words.
void Finder::threat_target(uint32_t at, uint32_t lim) {
  if (at >= lim) return;
  // The deed starts at the «ب» word or, after a light noun («بفرض عقوبات»), one word on; or right
  // after the trigger when its own words end in that light noun («مهددا بفرض عقوبات»).
  bool own = at == tr_.end_token && tr_.end_token > tr_.first_token + 1 &&
             preposition_of(doc_, tr_.end_token - 1, nullptr) == "\xD8\xA8-";  // ب-
  if (!own && preposition_of(doc_, at, nullptr) != "\xD8\xA8-") return;
  auto it = std::lower_bound(doc_.triggers.begin(), doc_.triggers.end(), at,
                             [](const TriggerMention& t, uint32_t v) { return t.first_token < v; });
  if (it == doc_.triggers.end() || &*it == &tr_ || it->first_token > at + (own ? 0 : 1) || !it->nominal) return;
  const Lexicon& lx = lexicon();
  uint32_t k = it->end_token;
  while (k < lim && doc_.tokens[k].kind == TokenKind::kWord && nisba_like(doc_.tokens[k]) &&
         preposition_of(doc_, k, nullptr).empty() && nisba_country(doc_, k).empty())
    ++k;  // «بشن غارات جوية»
  if (k >= lim) return;
  uint32_t from = UINT32_MAX;
  std::vector<Role> r = cue_before(doc_, k + 1, k, it->type);
  if (std::find(r.begin(), r.end(), Role::kTarget) != r.end()) {
    from = k + 1;
  } else if (r.empty() && preposition_of(doc_, k, nullptr).empty()) {
    std::string noun = text::normalize_key(std::string_view(it->lemma).substr(0, it->lemma.find(' ')));
    auto g = lx.genitive_agent.find(noun);
    if (g == lx.genitive_agent.end() || !g->second) from = k;
  }
  if (from >= lim) return;
  for (const Candidate& c : c_)
    if (c.lead == from && !c.held) {
      offer(recipient_, actor_, &c, ArgStrength::kMedium);
      return;
    }
  WordPhrase p = from == k ? genitive_phrase(k, lim) : noun_phrase(doc_, from, lim);
  if (p.empty() || held_word(p.first) || (!actor_words_.empty() && p.first < actor_words_.end && actor_words_.first < p.end)) return;
  recipient_words_ = p;
}

// «بين الأوروبيين والصين»: a named or place second side joined by «و» right after the plain
// first side acts with it; it is not the recipient, and no guess takes that role.
void Finder::second_side_after_words() {
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
bool Finder::bare_indefinite(uint32_t k) const {
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
bool Finder::manner_adverb(uint32_t k) const {
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
uint32_t Finder::lam_after(uint32_t k) const {
  while (k < s_.end_token && doc_.tokens[k].kind == TokenKind::kPunct && doc_.tokens[k].key != "\xD8\x8C" &&
         doc_.tokens[k].key != "," && doc_.tokens[k].key != ".")
    ++k;
  if (k >= s_.end_token || preposition_of(doc_, k, nullptr) != "\xD9\x84-") return UINT32_MAX;
  auto t = std::lower_bound(doc_.triggers.begin(), doc_.triggers.end(), k,
                            [](const TriggerMention& m, uint32_t v) { return m.first_token < v; });
  // A purpose is an indefinite verbal noun («لبحث التعاون»); a deed with the article is the
  // patient («قمع الشرطة للمظاهرات»).
  if (t != doc_.triggers.end() && t->first_token == k && !definite(doc_.tokens[k])) return UINT32_MAX;
  return k;
}

// The patient phrase after a verbal noun at token k: its genitive, which bears the article
// after an indefinite noun («اعتقال المطلوب») or is counted («مقتل ستة أشخاص») — a bare
// indefinite word there is an adjective of the noun — or a «ل» phrase («استهداف للمركز»).
WordPhrase Finder::genitive_phrase(uint32_t k, uint32_t lim) const {
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

// «أطلقوا صاروخين صوب البلدة», «إطلاق عشرات الصواريخ إلى داخل الأراضي»: the object of a verb that
// fires (fired_objects.tsv) is what it fires, no party; the target is the phrase after a target cue
// right past it and its adjectives. Empty when no such cue follows.
WordPhrase Finder::fired_target(WordPhrase fired, uint32_t lim) const {
  uint32_t k = fired.end;
  while (k < lim && doc_.tokens[k].kind == TokenKind::kWord && nisba_like(doc_.tokens[k]) && preposition_of(doc_, k, nullptr).empty())
    ++k;  // «صواريخ بالستية»
  if (k + 1 >= lim) return {};
  std::vector<Role> r = cue_before(doc_, k + 1, k, tr_.type);
  if (std::find(r.begin(), r.end(), Role::kTarget) == r.end()) return {};
  return noun_phrase(doc_, k + 1, lim);
}

// Whether phrase p is a held thing and its holder in plain words, a definite genitive: «منزل
// الوزير», «مواقع المسلحين». An indefinite one tells what is held («مخازن أسلحة»).
bool Finder::owner_words(WordPhrase p) const {
  return p.end > p.first + 1 && held_word(p.first) && !held_word(p.first + 1) && definite(doc_.tokens[p.first + 1]);
}

}  // namespace rasd::events::argument_finding

// The trigger's grammar in Finder (argument_finder.h): a finite verb's subject and object, agreement,
// relative clauses and their pronouns, requests and verbs of two objects.
#include "rasd/events/argument_finder.h"

namespace rasd::events::argument_finding {

// Layer 2: the trigger's grammar.
void Finder::grammar() {
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
  // «وكان الوزير، وهو من الحزب، قد انتقد الحكومة»: a copula's subject, an aside between it
  // and the verb; the party after the verb is its object. A singular subject before an
  // unvowelled verb may be its passive one («أن طفلا قتل»): sure of the doer only when plural.
  if (const Candidate* subject = subject_after_copula()) {
    offer(actor_, recipient_, subject, ArgStrength::kStrong, agreement_of(doc_.tokens[tr_.first_token], true) == "plural");
    guess_object(next_after(nullptr));
    return;
  }
  // Its subject in plain words: no mention nearby is carried in as the doer (word_subject_).
  if (WordPhrase w = copula_subject_words(); !w.empty()) {
    actor_words_ = w;
    word_subject_ = true;
    guess_object(next_after(nullptr));
    return;
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
    // «الغارات التي أصابت المدينة»: an act or a thing is the subject, no party; the party
    // after the verb is its object, not a subject (none follows an unresumed antecedent), and
    // no party is carried in as the doer (word_subject_: the subject is in words).
    if (thing_antecedent()) {
      word_subject_ = thing_subject_ = true;
      guess_object(next_after(nullptr));
      return;
    }
  }
  // A finite verb: its subject right after it (VSO), or right before it (SVO) after «أن»
  // or when nothing stands right after it; its object after the subject.
  const Candidate* after = nearest(false, kAdjacent, true);
  const Candidate* before = nearest(true, kAdjacent, true);
  // «وانتقد نحو 40 نائبا الحكومة»: a count right after the verb opens its subject.
  if (!after && count_subject(own_end_) != UINT32_MAX)
    for (const Candidate* c : side(false)) {
      if (c->lead == count_subject(own_end_) && c->bare() && !c->held) after = c;
      break;
    }
  if (after && after->held) after = nullptr;  // «استهدفت مواقع الحوثيين»: the object, its subject dropped
  if (after && !agrees_after(*after) && after->lead != count_subject(own_end_)) after = nullptr;  // «أنذرت الأهالي»: the object, likewise
  if (after && feminine_country_after_masculine_verb(*after)) after = nullptr;  // «واتهم فرنسا»
  if (before && before->held) before = nullptr;
  // «الناشطين ثم أفرجت»: a subject before its verb agrees with it in full, so a plural of people
  // is no subject of a verb marked feminine singular. Past a quantity leading the party («عددا من
  // الناشطين», gather()) the counted word is the one that agrees.
  if (before && before->party >= 0 && agreement_of(doc_.tokens[tr_.first_token], true) == "fem") {
    uint32_t head = before->lead;
    if (head + 2 < before->end && partitive_at(doc_, head)) head += 2;
    if (agreement_of(doc_.tokens[head], false) == "plural") before = nullptr;
  }
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
  if (object && subject && apposition(*subject, *object)) {
    // «زار الرئيس الفرنسي، فلان، الهند»: a subject told by its title alone is named by the
    // person's name set off after it; the actor is told by that name (run()).
    if (subject->party >= 0 && object->party >= 0) {
      const ActorMention& t = doc_.actors[static_cast<size_t>(subject->party)];
      const ActorMention& n = doc_.actors[static_cast<size_t>(object->party)];
      if (t.entity < 0 && !t.role.empty() && n.entity >= 0 && doc_.entities[static_cast<size_t>(n.entity)].type == EntityType::kPer)
        title_named_ = {subject->party, object->party};
    }
    object = next_after(object);
  }
  // «دعا المكتب الإعلامي للحزب الحكومة»: a «ل» phrase right after a subject that is a body is
  // that subject's genitive (the office of the party), not the object; a person's name heads no
  // genitive («انحاز فلان للمحتجين»). A genitive «ل» takes no conjunction before it: «فلسطينيين»
  // is no «ف» and «ل».
  if (object && subject && !svo && object->has(Role::kLam) && object->lead == subject->end && subject->party >= 0 &&
      std::string_view(doc_.tokens[object->lead].key).starts_with("\xD9\x84")) {  // ل
    int32_t e = doc_.actors[static_cast<size_t>(subject->party)].entity;
    if (e < 0 || doc_.entities[static_cast<size_t>(e)].type != EntityType::kPer) object = next_after(object);
  }
  // «واتهمته إسرائيل»: a verb that carries its object as a pronoun takes no other; the party
  // after it is its subject, not a second object (pronoun_patient() finds what the pronoun stands for).
  if (!verb_pronoun()) guess_object(object);
}

// Whether tokens [from, to) hold nothing but auxiliaries without a conjunction («الحكومة قد
// حذرت», «قطر لم تعترف»): a party before them is as adjacent to its verb as with none. «وقد»
// opens a clause of its own.
bool Finder::auxiliaries_only(uint32_t from, uint32_t to) const {
  for (uint32_t k = from; k < to; ++k)
    if (!lexicon().auxiliaries.count(doc_.tokens[k].key)) return false;
  return true;
}

// Whether candidate b, right after a past a comma and followed by one, renames a.
bool Finder::apposition(const Candidate& a, const Candidate& b) const {
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
bool Finder::subject_adjective(uint32_t k, uint32_t last, uint32_t lim) const {
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
uint32_t Finder::past_subject_name(uint32_t at, uint32_t lim) {
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
bool Finder::passive_participle(const Token& t) {
  std::string_view w = t.key;
  constexpr std::string_view kAlMim = "\xD8\xA7\xD9\x84\xD9\x85", kWawL = "\xD9\x88";  // الم و
  constexpr size_t kLetter = 2;  // bytes of an Arabic letter
  return w.size() == kAlMim.size() + 4 * kLetter && w.starts_with(kAlMim) &&
         w.substr(w.size() - 2 * kLetter, kLetter) == kWawL;
}

// Whether a definite noun phrase (or a nominative plural) fills the words between the verb and
// candidate c: the subject in plain words, so that c is the verb's object («دعا الملك حكومة
// البلاد»). A definite noun heads no genitive, so c does not continue it.
bool Finder::words_before(const Candidate& c) const {
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
void Finder::guess_object(const Candidate* c) {
  if (!c || recipient_.strength >= ArgStrength::kMedium) return;
  offer(recipient_, actor_, c, ArgStrength::kMedium);
  object_guess_ = recipient_.party == c->party && recipient_.place == c->place && !recipient_.empty();
}

// Whether unnamed candidate c right after the verb may be its subject (VSO): a verb marked
// feminine takes no masculine singular («هاجمت الجيش») and no sound masculine plural
// («اعتقلت المحتجين») after it; those are its object. Names are not judged: their gender is
// not known.
bool Finder::agrees_after(const Candidate& c) const {
  // «طالبوا الحكومة», «يتهمون الوزير»: a verb marking a plural subject holds it as a pronoun
  // (a verb before its named subject stays singular), so whatever follows is its object.
  if (agreement_of(doc_.tokens[tr_.first_token], true) == "plural") return false;
  if (c.party < 0 || doc_.actors[static_cast<size_t>(c.party)].entity >= 0) return true;
  // «طالب عدد من السكان البلدية»: a quantity leading the party (gather()) carries the case; the
  // counted word after «من» is genitive whatever its form. Only an indefinite quantity shows it:
  // «عددا من» is the object, «عدد من» the subject. A definite one («العديد»), a numeral or one
  // ending in «ة», «ات» or «ى» looks alike in both («أطلق سراح 3 من», «طرد سبعة من»): the
  // counted word is read as below.
  if (c.lead + 2 <= doc_.actors[static_cast<size_t>(c.party)].first_token && partitive_at(doc_, c.lead)) {
    const Token& q = doc_.tokens[c.lead];
    std::string_view qw = q.stem.empty() ? std::string_view(q.key) : std::string_view(q.stem);
    bool shows_case = q.kind == TokenKind::kWord && !definite(q) && !qw.empty() &&
                      !(static_cast<unsigned char>(qw[0]) < 0x80) && !qw.ends_with("\xD8\xA9") &&  // ة
                      !qw.ends_with("\xD8\xA7\xD8\xAA") && !qw.ends_with("\xD9\x89");         // ات ى
    // Only after a verb that cannot be its verbal noun («أعلنت طرد عدد من»): one joined by «و»
    // or marked for its subject (agreement.tsv).
    const Token& vt = doc_.tokens[tr_.first_token];
    bool verb = (tr_.span.begin > vt.span.begin && !without_conjunction(vt.key).empty()) ||
                agreement_of(vt, true) != "masc";
    if (shows_case && verb) return !qw.ends_with(kAlif);
  }
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
bool Finder::feminine_country_after_masculine_verb(const Candidate& c) const {
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

// Whether candidate c may be the subject of a verb or participle of agreement `want` (fem, plural
// or masc, agreement.tsv): a country without the article takes the feminine («مصر»), with it its
// form tells; a person's bare name may stand for either gender, singular (untitled_name()).
bool Finder::agrees_with(const Candidate& c, std::string_view want) const {
  const Token& head = doc_.tokens[c.lead];
  if (c.party < 0) return c.place < 0 || (definite(head) ? agreement_of(head, false) : std::string_view("fem")) == want;
  if (untitled_name(doc_.actors[static_cast<size_t>(c.party)], c)) return want != "plural";
  return agreement_of(head, false) == want;
}

// Whether mention m, read as candidate x, is a person's name with no title in it or leading its
// phrase: its gender is not known («فلانة» may end as a man's name does).
bool Finder::untitled_name(const ActorMention& m, const Candidate& x) const {
  return m.entity >= 0 && doc_.entities[static_cast<size_t>(m.entity)].type == EntityType::kPer && m.role.empty() &&
         x.lead == m.first_token;
}

// «وانتقد نحو 40 نائبا الحكومة», «وتظاهر مئات الطلاب»: a count at token k right after an active
// verb opens its subject (VSO); the counted noun's accusative «ا» (11 to 99) is the count's, not
// the object's. Returns the counted noun's token, UINT32_MAX when the count is no subject: after a
// verb marking a plural (its subject a pronoun) or feminine before a masculine noun, and after a
// verb of a type that takes counted people as its object as often (count_subjects.tsv lists the
// others: «طرد 23 دبلوماسيا», «قتل 20 مسلحا» are objects or the passive's subject).
uint32_t Finder::count_subject(uint32_t k) const {
  if (tr_.nominal || tr_.passive || tr_.participle || k >= s_.end_token ||
      !lexicon().count_subject_types.count(tr_.type))
    return UINT32_MAX;
  auto q = std::lower_bound(doc_.quantities.begin(), doc_.quantities.end(), k,
                            [](const Quantity& x, uint32_t v) { return x.first_token < v; });
  if (q == doc_.quantities.end() || q->first_token != k || !q->unit.empty() || q->end_token >= s_.end_token) return UINT32_MAX;
  uint32_t noun = q->end_token;
  const Token& verb = doc_.tokens[tr_.end_token - 1];
  const Token& t = doc_.tokens[noun];
  if (t.kind != TokenKind::kWord || !preposition_of(doc_, noun, nullptr).empty()) return UINT32_MAX;
  if (agreement_of(verb, true) == "plural" || agreement_of(doc_.tokens[tr_.first_token], true) == "plural") return UINT32_MAX;
  if (agreement_of(verb, true) == "fem" && agreement_of(t, false) == "masc") return UINT32_MAX;
  return noun;
}

// The candidate right before the relative pronoun (and auxiliaries) before the trigger: the
// antecedent («الوزير، الذي كان ...»), null when none.
const Candidate* Finder::relative_antecedent() const {
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
const Candidate* Finder::subject_before_relative_aside() const {
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

// The copula (relative_words.tsv, kind copula: «كان», «كانت») opening the trigger's clause when
// an aside set off by commas parts it from the verb, which only auxiliaries precede («وكان
// الجيش، بحسب شهود، قد اعتقل»): its token, and in *verb_at the first token of the auxiliaries
// and the verb. UINT32_MAX when the verb is not so framed: with nothing between, the party before
// the verb is read as adjacent to it (grammar()).
uint32_t Finder::copula_frame(uint32_t* verb_at) const {
  const Lexicon& lx = lexicon();
  if (lx.copulas.empty()) return UINT32_MAX;
  const Token& vt = doc_.tokens[tr_.first_token];
  if (tr_.span.begin > vt.span.begin && !without_conjunction(vt.key).empty()) return UINT32_MAX;  // «وانتقد»: a clause of its own
  uint32_t k = tr_.first_token;
  for (uint32_t n = 0; n < 2 && k > s_.first_token && lx.auxiliaries.count(doc_.tokens[k - 1].key) &&
                       !lx.copulas.count(doc_.tokens[k - 1].key);
       ++n)
    --k;
  if (k <= s_.first_token + 2 || !comma_at(k - 1)) return UINT32_MAX;
  constexpr uint32_t kFrameReach = 24;  // tokens from the copula to the verb, its aside included
  for (uint32_t j = k - 1; j-- > s_.first_token && tr_.first_token - j <= kFrameReach;) {
    const Token& t = doc_.tokens[j];
    if (t.kind == TokenKind::kPunct && !comma_at(j)) return UINT32_MAX;  // a quote, a bracket, a stop: not one aside
    if (t.kind == TokenKind::kWord && lx.copulas.count(std::string(without_conjunction_or_self(t.key)))) {
      *verb_at = k;
      return j;
    }
  }
  return UINT32_MAX;
}

bool Finder::comma_at(uint32_t k) const { return doc_.tokens[k].key == "\xD8\x8C" || doc_.tokens[k].key == ","; }

// The party right after a framing copula (copula_frame()) as its clause's subject; or the name
// right after it that renames it between commas («كان الرئيس، فلان، قد قرر»). Null when none.
const Candidate* Finder::subject_after_copula() const {
  uint32_t k = 0;
  uint32_t cop = copula_frame(&k);
  if (cop == UINT32_MAX) return nullptr;
  const Candidate* subject = nullptr;
  for (const Candidate& c : c_) {
    if (!c.before) continue;
    if (c.lead == cop + 1) subject = &c;
    else if (subject && apposition(*subject, c) && c.end == k - 1) return c.held ? nullptr : &c;
  }
  if (!subject || !subject->bare() || subject->held || subject->counted || !comma_at(subject->end)) return nullptr;
  return subject;
}

// «وكانت عشرات من روابط المزارعين، قد دعت»: the subject after a framing copula in plain words,
// when no party mention stands there: a phrase a party's kind of word heads (a doer's head word,
// a plural of people or of bodies, party_plurals.tsv) that ends at a comma and agrees with the
// verb. Past a quantity and its «من» the counted word is the one that heads and agrees.
WordPhrase Finder::copula_subject_words() const {
  uint32_t k = 0;
  uint32_t cop = copula_frame(&k);
  if (cop == UINT32_MAX) return {};
  WordPhrase p = noun_phrase(doc_, cop + 1, k - 1);
  if (p.empty() || p.first != cop + 1) return {};
  uint32_t e = p.end;  // adjectives with the article may follow it («المزارعين المستقلين»)
  while (e < k - 1 && definite(doc_.tokens[e]) && preposition_of(doc_, e, nullptr).empty()) ++e;
  if (!comma_at(e)) return {};
  if (!party_words_agree(p, agreement_of(doc_.tokens[tr_.first_token], true))) return {};
  return {p.first, e};
}

// Whether the relative clause the trigger opens has its antecedent as its subject: no pronoun
// on the verb stands for it as object, nor on a preposition right after the verb
// (resumptive_prepositions.tsv): «الوحدات التي طردت التنظيم», not «القرية التي دخلها الجيش»
// or «التي قصف فيها الجيش». A subject can follow the verb only when the antecedent is resumed.
bool Finder::relative_gap_subject() const {
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
    std::string_view base = std::string_view(t.key).substr(0, t.key.size() - f.size());  // a view of the token, not of a temporary copy
    if (std::string_view b = without_conjunction(base); !b.empty()) base = b;
    constexpr size_t kStemBytes = 6;  // a noun or verb of three letters at least carries it
    if (preps.count(std::string(base)) || base.size() >= kStemBytes) return false;
  }
  return true;
}

// Whether a relative pronoun (auxiliaries aside) stands right before the trigger after a word
// that ends no party's phrase: the antecedent is an act or a thing («الغارات التي», «القرار الذي»).
bool Finder::thing_antecedent() const {
  const Lexicon& lx = lexicon();
  uint32_t k = tr_.first_token;
  for (uint32_t n = 0; n < 2 && k > s_.first_token && lx.auxiliaries.count(doc_.tokens[k - 1].key); ++n) --k;
  if (k <= s_.first_token + 1 || !lx.relatives.count(doc_.tokens[k - 1].key)) return false;
  uint32_t rel = k - 1;
  if (doc_.tokens[rel - 1].kind != TokenKind::kWord) return false;  // «، التي»: an aside, its antecedent unsure
  for (const Candidate* c : side(true))
    if (c->lead < rel && c->end >= rel) return false;
  // A party or a place a cue keeps from the candidates («مع الحركة التي رفضت») is no thing either.
  // Both layers are in text order: only mentions starting a few words back can end at rel.
  constexpr uint32_t kNameWords = 12;
  uint32_t from = rel > kNameWords ? rel - kNameWords : 0;
  auto ends_at_rel = [&](const auto& items) {
    auto it = std::lower_bound(items.begin(), items.end(), from, [](const auto& m, uint32_t v) { return m.first_token < v; });
    for (; it != items.end() && it->first_token < rel; ++it)
      if (it->end_token == rel) return true;
    return false;
  };
  return !ends_at_rel(doc_.actors) && !ends_at_rel(doc_.places);
}

// The plain-word phrase that ends right before the relative pronoun before the trigger, when
// no subject follows the verb; empty otherwise.
WordPhrase Finder::relative_words() const {
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

// Whether a clause opener («فيما», «بينما», clause_openers.tsv) stands right before verb k: its
// clause tells a second fact, with a subject of its own («فيما اتهم بيان للحركة إسرائيل»).
bool Finder::opens_clause(uint32_t k) const {
  if (k == 0 || k <= s_.first_token) return false;
  const auto& openers = lexicon().clause_openers;
  std::string_view w = doc_.tokens[k - 1].key;  // «فيما» itself begins with ف: try it whole first
  return openers.count(std::string(w)) || openers.count(std::string(without_conjunction(w)));
}

// The agreement the pronoun standing for the trigger's patient asks for («اعتقلتهم»: plural;
// «الهجوم عليها»: fem), "" when there is none (object_pronouns.tsv). *sure tells whether it
// names a party for sure: on a later word of the lemma («إطلاق سراحهم») or on a preposition whose
// row is for the trigger's type («رفع العقوبات عنها»); «عليها» after a noun stands as often for a
// town or a thing. *object tells whether it is the verb's object for sure: glued to a finite verb
// or on a detached pronoun's carrier («متهما إياها»).
std::string_view Finder::patient_pronoun(bool* sure, bool* object) const {
  if (sure) *sure = false;
  if (object) *object = false;
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
  // Glued to the trigger: an active verb's object, a patient noun's genitive («اعتقاله»). A
  // finite verb is the mention's first word, whatever words its sense needs after it
  // («استدعتهم للتحقيق»); a noun's pronoun is on its last («إطلاق سراحهم»).
  bool finite = !tr_.nominal && !tr_.passive && !tr_.participle;
  if (finite || patient_noun) {
    std::string_view key = doc_.tokens[finite ? tr_.first_token : tr_.end_token - 1].key, base;
    std::string word = finite ? first : text::normalize_key(std::string_view(tr_.lemma).substr(tr_.lemma.rfind(' ') + 1));
    constexpr size_t kStemBytes = 6;  // three letters at least
    // A word whose lemma ends in the same letters («وجه») carries no pronoun there.
    std::string_view form = split(key, base);
    // Past a verb of several words, only one that shows its inflection («استدعتهم», «أدانته»): a
    // bare stem may be the verbal noun with its possessor («حكمها بإعدام»).
    if (finite && tr_.end_token > tr_.first_token + 1 && without_conjunction_or_self(base) == word) form = {};
    // Nor one whose «ت» may be a noun's «ة» before its possessor («سيطرتها على»: the noun is a word).
    if (finite && tr_.end_token > tr_.first_token + 1 && !form.empty()) {
      std::string_view surface = doc_.tokens[tr_.first_token].span.of(doc_.text);
      constexpr std::string_view kTa = "\xD8\xAA";
      if (surface.ends_with(form) && surface.substr(0, surface.size() - form.size()).ends_with(kTa)) {
        std::string noun(surface.substr(0, surface.size() - form.size() - kTa.size()));
        if (text::ArabicLexicon::get().known(noun + "\xD8\xA9")) form = {};  // ة
      }
    }
    if (!form.empty() && base.size() >= kStemBytes && !std::string_view(word).ends_with(form)) {
      if (sure) *sure = tr_.nominal && tr_.end_token > tr_.first_token + 1;
      if (object) *object = finite;
      return lx.object_pronouns.find(std::string(form))->second;
    }
  }
  // Glued to a preposition right after it («عليها», «ضده») or after a noun's relation adjectives
  // («رفع العقوبات الاقتصادية عنها»), or to the trigger's own last word when its row takes the
  // preposition in («أفرجت عنهم»).
  uint32_t k = past_lemma(tr_.end_token);
  // Only relation adjectives: a participle between («المفروضة عليها») takes the preposition itself.
  uint32_t past = k;
  for (uint32_t n = 0; tr_.nominal && n < kHeadWords && past < s_.end_token; ++n, ++past) {
    const Token& t = doc_.tokens[past];
    if (t.kind != TokenKind::kWord || !nisba_like(t) || !preposition_of(doc_, past, nullptr).empty() ||
        !nisba_country(doc_, past).empty())
      break;
  }
  for (uint32_t at : {tr_.end_token > tr_.first_token + 1 ? tr_.end_token - 1 : k, k, past}) {
    if (at >= s_.end_token || doc_.tokens[at].kind != TokenKind::kWord) continue;
    std::string_view base;
    std::string_view key = doc_.tokens[at].key;
    if (std::string_view form = split(key, base); !form.empty() &&
        (lx.pronoun_preps.count({std::string(base), "*"}) || lx.pronoun_preps.count({std::string(base), tr_.type}))) {
      if (sure) *sure = tr_.nominal && lx.pronoun_preps.count({std::string(base), tr_.type});
      if (object) *object = lx.pronoun_carriers.count(std::string(base)) > 0;
      return lx.object_pronouns.find(std::string(form))->second;
    }
  }
  return {};
}

// «الناشط الذي اعتقلته الشرطة», «المعتقل، الذي أفرجت عنه السلطات»: in a relative clause the
// object pronoun stands for the antecedent (a mention, with a preposition of the clause before or
// not, or plain words); true when one was taken.
bool Finder::relative_patient() {
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
void Finder::pronoun_patient() {
  if (recipient_.strength >= ArgStrength::kStrong && !object_guess_) return;
  bool sure = false, object = false;
  std::string_view want = patient_pronoun(&sure, &object);
  if (want.empty()) return;
  if (verb_pronoun() && relative_patient()) return;
  size_t si = static_cast<size_t>(&s_ - doc_.sentences.data());
  uint32_t floor = s_.first_token;
  while (si > 0 && si < doc_.sentences.size() && doc_.sentences[si - 1].paragraph == s_.paragraph &&
         doc_.sentences[si - 1].first_token + kCarryReach >= tr_.first_token)
    floor = doc_.sentences[--si].first_token;
  floor = std::max(floor, tr_.first_token > kCarryReach ? tr_.first_token - kCarryReach : 0);
  int32_t quote = quote_holding(tr_.first_token);
  // A verbal noun's doer guessed as the nearest party before it yields to a pronoun sure to be
  // its patient, when no other party before it in the sentence agrees: none lifted sanctions
  // from himself, but «أصدر الرئيس عفوا عنه» pardons someone named before the president.
  bool fallback_due = false, further = false;
  Candidate fallback;
  // Whether candidate x, whose head has agreement a, is taken as the patient (the guessed doer
  // only when `last`, nothing else being left).
  auto take = [&](const Candidate& x, std::string_view a, bool last) {
    if (x.speaker || x.held) return false;
    if (a != want && !(want == "fem" && a == "plural")) return false;
    // The doer is not its own patient, unless it was only guessed at a distance and does not
    // agree with the verb («اعتقلت الشرطة الناشطين ثم أفرجت عنهم»: the feminine verb's subject
    // is not «الناشطين»); then the verb's subject is carried from its clause instead.
    bool regained = false;
    if (x.party >= 0 ? x.party == actor_.party : x.place == actor_.place) {
      if (tr_.nominal && !last) {
        if (sure && !actor_.doer_sure && actor_.strength <= ArgStrength::kWeak) {
          fallback_due = true;
          fallback = x;
        }
        return false;
      }
      bool guessed = !actor_.doer_sure && !tr_.passive &&
                     (tr_.nominal || (actor_.strength <= ArgStrength::kMedium && agreement_of(doc_.tokens[tr_.first_token], true) != a));
      // A doer carried from an earlier clause yields to a pronoun sure to be the object, glued to
      // the verb or detached («واتهمه», «متهما إياه»): none does it to himself by a pronoun
      // («نفسه» says that), so the nearest agreeing party is the patient, when another agreeing
      // party further back can be the doer; else the patient is unnamed («إن المسلحين يعتقلون
      // السكان ويهددونهم»).
      // Only a verb joined by «و» opens a clause of its own whose subject is carried: an unjoined one
      // right after another word may be a verbal noun with its possessor («يعلن تنحيه»).
      const Token& vt = doc_.tokens[tr_.first_token];
      bool joined = tr_.span.begin > vt.span.begin && !without_conjunction(vt.key).empty();
      further = !guessed && !actor_.doer_sure && !tr_.passive && object && (joined || tr_.participle) &&
                actor_.strength <= ArgStrength::kWeak;
      if (!guessed && !further) return false;
      regained = true;
    }
    Choice keep = recipient_, keep_actor = actor_;
    bool keep_guess = object_guess_;
    recipient_ = {};
    if (regained) actor_ = {};
    offer(recipient_, actor_, &x, ArgStrength::kMedium);
    if (recipient_.empty()) { recipient_ = keep; actor_ = keep_actor; return false; }
    object_guess_ = false;
    past_patient_ = further;
    if (regained) carried_subject();
    past_patient_ = false;
    if (further && actor_.empty()) {
      recipient_ = keep;
      actor_ = keep_actor;
      object_guess_ = keep_guess;
      further = false;
      return false;
    }
    further = false;
    return true;
  };
  auto take_fallback = [&] {
    if (!fallback_due) return false;
    fallback_due = false;
    return take(fallback, want, true);
  };
  // «أن تزيد إيران إنتاجها فور رفع العقوبات عنها»: a country named as a party (outside any
  // mention) is the antecedent of a pronoun sure to name a party, for its government: one
  // without the article, whose form says it is feminine («إيران», «مصر»); with it the form
  // misleads («الكويت», «السودان»), not read.
  Candidate country;
  auto pl = std::lower_bound(doc_.places.begin(), doc_.places.end(), tr_.first_token,
                             [](const PlaceMention& m, uint32_t v) { return m.first_token < v; });
  while (pl != doc_.places.begin()) {
    const PlaceMention& m = *--pl;
    if (m.first_token < floor) break;
    size_t p = static_cast<size_t>(pl - doc_.places.begin());
    if (m.end_token > tr_.first_token || !country_party(doc_, p) || quote_holding(m.first_token) != quote) continue;
    if (!sure || want != "fem" || definite(doc_.tokens[m.first_token])) break;
    country.place = static_cast<int32_t>(p);
    country.lead = m.first_token;
    country.end = m.end_token;
    country.before = true;
    country.cues = cue_before(doc_, country.lead, floor, tr_.type);
    break;
  }
  auto it = std::lower_bound(doc_.actors.begin(), doc_.actors.end(), tr_.first_token,
                             [](const ActorMention& m, uint32_t v) { return m.first_token < v; });
  while (it != doc_.actors.begin()) {
    const ActorMention& m = *--it;
    if (m.first_token < floor) break;
    if (m.end_token > tr_.first_token) continue;
    if (country.place >= 0 && country.lead >= m.end_token) {  // the country is nearer
      if (take(country, "fem", false)) return;
      country.place = -1;
    }
    if (m.first_token < s_.first_token && take_fallback()) return;
    Candidate x = phrase_at(static_cast<int32_t>(it - doc_.actors.begin()), floor);
    if (quote_holding(m.first_token) != quote) continue;
    if (take(x, agreement_of(doc_.tokens[x.lead], false), false)) return;
  }
  if (country.place >= 0 && take(country, "fem", false)) return;
  take_fallback();
}

// «دعا المجلس الحركة إلى الانسحاب», «طالب الحكومة بالإفراج»: the party a request is made of
// does what it asks for (PLOVER codes the asked-for act with it as the actor). The called
// party stands between a request trigger and «إلى», or the «ب»/«ل» on the noun.
void Finder::called_party() {
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
void Finder::double_object() {
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

// Whether the word at token k, right after an active verb, may be its subject: the verb marks
// no plural pronoun subject of its own («قتلوا»), and the word is no object by its form (an
// accusative «شابا», a sound plural «المحتجين» with the article), no masculine noun after a
// feminine verb, no place («زار الرياض»), no count («طرد 58»).
bool Finder::subject_after(uint32_t k) const {
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

// The subject between a clause particle («أن», «إن», «لأن») and the verb, when it fills the
// words between them («أن الوزير قدم»); empty otherwise.
WordPhrase Finder::subject_before() const { return subject_before(tr_.first_token); }

// The same before the verb at token `verb` of the trigger's sentence, auxiliaries between them
// aside («أن الأحزاب لم تدعم»).
WordPhrase Finder::subject_before(uint32_t verb) const {
  constexpr uint32_t kReach = 6;  // words of a subject phrase
  uint32_t v = verb;
  if (verb != tr_.first_token)
    while (v > s_.first_token && lexicon().auxiliaries.count(doc_.tokens[v - 1].key)) --v;
  for (uint32_t j = v; j-- > s_.first_token && v - j <= kReach;) {
    if (doc_.tokens[j].kind == TokenKind::kPunct) break;
    std::vector<Role> r = cue_before(doc_, j + 1, s_.first_token, tr_.type);
    if (std::find(r.begin(), r.end(), Role::kClause) == r.end()) continue;
    if (j + 1 >= v) break;
    WordPhrase p = noun_phrase(doc_, j + 1, v);
    // Adjectives with the article may follow it to the verb («أن الائتلاف الحاكم وافق»).
    uint32_t k = p.end;
    while (!p.empty() && k < v && definite(doc_.tokens[k]) && preposition_of(doc_, k, nullptr).empty()) ++k;
    if (!p.empty() && k == v) return {p.first, k};
    break;
  }
  return {};
}

// Whether the phrase's head (past a quantity and its «من», the counted word) is a party's kind
// of word — a doer's head word, a plural of people or of bodies (party_plurals.tsv) — that agrees
// with agreement `want`, the verb's.
bool Finder::party_words_agree(WordPhrase p, std::string_view want) const {
  // An unvowelled violent verb with a singular subject is as often its passive («وكانت الطائرة،
  // ...، قد دمرت»: it was destroyed): sure of the doer only when the verb marks a plural.
  if (lexicon().victim_types.count(tr_.type) && want != "plural") return false;
  uint32_t head = p.first;
  if (head + 2 < p.end && partitive_at(doc_, head)) head += 2;
  const Token& h = doc_.tokens[head];
  std::string_view a = agreement_of(h, false);
  if (a != want) return false;
  return head_word(head) || nominative_plural(doc_, head) || a == "plural" ||
         lexicon().party_plurals.count(std::string(h.stem.empty() ? h.key : h.stem));
}

// The nearest active finite verb trigger before this one in its sentence, or null.
const TriggerMention* Finder::earlier_active_verb() const {
  auto it = std::lower_bound(doc_.triggers.begin(), doc_.triggers.end(), tr_.first_token,
                             [](const TriggerMention& m, uint32_t v) { return m.first_token < v; });
  while (it != doc_.triggers.begin()) {
    const TriggerMention& v = *--it;
    if (v.first_token < s_.first_token) break;
    if (!v.nominal && !v.passive && !v.participle && v.end_token < tr_.first_token) return &v;
  }
  return nullptr;
}

// «أن نقابات الأطباء رفضت القرار، وطالبت ...»: a verb joined by «و» past a clause mark, with no
// subject of its own, carries the earlier clause's subject when that is in plain words: the
// words right after the nearest earlier active verb trigger of the sentence, or between a clause
// particle and it, when they head a party and agree with this verb. Empty otherwise.
WordPhrase Finder::carried_subject_words() const {
  const Token& vt = doc_.tokens[tr_.first_token];
  if (tr_.nominal || tr_.passive || tr_.participle || hal_ || opens_clause(tr_.first_token)) return {};
  if (!(tr_.span.begin > vt.span.begin && !without_conjunction(vt.key).empty())) return {};  // «و» + verb
  const TriggerMention* found = earlier_active_verb();
  if (found) {
    const TriggerMention& v = *found;
    if (!clause_break(doc_, v.end_token, tr_.first_token)) return {};
    std::string_view want = agreement_of(vt, true);
    // The earlier verb agrees with its subject as this one must.
    if (agreement_of(doc_.tokens[v.first_token], true) != want) return {};
    WordPhrase w = subject_before(v.first_token);
    if (w.empty() && v.end_token < tr_.first_token) {
      const Token& t = doc_.tokens[v.end_token];
      std::string_view stem = t.stem.empty() ? std::string_view(t.key) : std::string_view(t.stem);
      // An indefinite accusative («شبانا») is the earlier verb's object.
      if (t.kind == TokenKind::kWord && !nisba_like(t) && preposition_of(doc_, v.end_token, nullptr).empty() &&
          (definite(t) || !stem.ends_with(kAlif))) {
        WordPhrase p = noun_phrase(doc_, v.end_token, tr_.first_token);
        if (!p.empty() && p.first == v.end_token) w = p;
      }
    }
    return !w.empty() && party_words_agree(w, want) ? w : WordPhrase{};
  }
  return {};
}

// The subject in plain words right after the nearest active finite verb trigger before this one
// in its sentence, empty when none.
WordPhrase Finder::clause_subject_words() const {
  if (const TriggerMention* found = earlier_active_verb()) {
    uint32_t k = found->end_token;
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

}  // namespace rasd::events::argument_finding

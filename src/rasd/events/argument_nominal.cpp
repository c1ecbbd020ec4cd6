// Nouns and participles in Finder (argument_finder.h): verbal nouns and their genitives, possessed
// nouns, light verbs, verbs of undergoing, circumstantial participles and participles naming a party.
#include "rasd/events/argument_finder.h"

namespace rasd::events::argument_finding {

// A verbal noun carrying a possessive pronoun («مطالبتها», «دعمه»): the pronoun is its doer, so
// no genitive follows; its patient comes with «ل».
bool Finder::possessed() const {
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
// continues its clause; its doer is the clause's subject, the word after it its object, or a
// detached pronoun in the mention («متهما إياها», object_pronouns.tsv carrier).
bool Finder::circumstantial() const {
  auto carrier = [&](uint32_t k) {
    std::string_view key = doc_.tokens[k].key;
    for (const auto& [form, agreement] : lexicon().object_pronouns)
      if (key.size() > form.size() && key.ends_with(form) && lexicon().pronoun_carriers.count(std::string(key.substr(0, key.size() - form.size()))))
        return true;
    return false;
  };
  if (tr_.end_token != tr_.first_token + 1 && !(tr_.end_token == tr_.first_token + 2 && carrier(tr_.first_token + 1))) return false;
  const Token& t = doc_.tokens[tr_.first_token];
  std::string noun = text::normalize_key(std::string_view(tr_.lemma).substr(0, tr_.lemma.find(' ')));
  std::string_view w = t.stem.empty() ? std::string_view(t.key) : std::string_view(t.stem);
  // فاعلا or مفعلا: «داعيا», «متهما»; not a verb's plural or dual ending («اعتقلوا», «قتلا»).
  constexpr std::string_view kMim = "\xD9\x85", kWawAlif = "\xD9\x88\xD8\xA7";
  bool pattern = w.starts_with(kMim) || w.substr(kAlif.size()).starts_with(kAlif);
  // «داهمها», «حاصرها»: a verb of the form فاعل carrying «ها» has the participle's look; it is
  // its lemma with an object pronoun.
  std::string_view bare = without_conjunction_or_self(t.key);
  if (!tr_.nominal && bare.size() > noun.size() && bare.starts_with(noun) &&
      lexicon().object_pronouns.count(std::string(bare.substr(noun.size()))))
    return false;
  if (definite(t) || !pattern || w == noun || w.size() <= kAlif.size() * 4) return false;
  if (w.ends_with(kAlif)) return !w.ends_with(kWawAlif);
  // The feminine «متهمة», «داعية» (a feminine subject: a country, a ministry) writes no alif;
  // as often a noun («مطالبة»), so only right after a comma, where the clause goes on.
  constexpr std::string_view kTaaMarbuta = "\xD8\xA9";
  if (!w.ends_with(kTaaMarbuta) || tr_.first_token <= s_.first_token) return false;
  std::string_view prev = doc_.tokens[tr_.first_token - 1].key;
  return prev == "\xD8\x8C" || prev == ",";  // ، or ,
}

// The agreement a circumstantial participle shows for its doer: the accusative alif of one man
// («داعيا», «متهما»: not the «-يا» of «ميليشيا»), else its ending as a noun's («متهمة» fem,
// «متهمين» plural; agreement.tsv).
std::string_view Finder::participle_agreement() const {
  const Token& t = doc_.tokens[tr_.first_token];
  std::string_view w = t.stem.empty() ? std::string_view(t.key) : std::string_view(t.stem);
  return w.ends_with(kAlif) ? std::string_view("masc") : agreement_of(t, false);
}

void Finder::nominal() {
  const Lexicon& lx = lexicon();
  if (circumstantial()) {
    // «داعيا الحركة إلى»: the object right after it; the clause's subject (its first bare
    // party before it, in the sentence) did it.
    const Candidate* object = nearest(false, 0, true);
    if (object && !trigger_between(*object)) offer(recipient_, actor_, object, ArgStrength::kStrong);
    std::vector<const Candidate*> before = side(true);
    // The participle agrees with its doer («مهددا» one man, «مهددة» one woman or a state, «مهددين»
    // several): a party of another agreement is no doer, and when none in reach agrees the doer
    // is carried from further back (carried_subject()).
    std::string_view want = participle_agreement();
    for (auto it = before.rbegin(); it != before.rend(); ++it) {
      // The speaker of the clause counts: «وأكد الوزير ...، داعيا» is his call.
      const Candidate& c = **it;
      bool free = c.bare() || (c.speaker && std::all_of(c.cues.begin(), c.cues.end(), [](Role r) { return r == Role::kClause || r == Role::kHead; }));
      if (free && !c.held && !c.counted && !c.has(Role::kLam) && agrees_with(c, want)) {
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
  // «تظاهرات لأنصار الحزب», «قمة للاتحاد»: a «ل» phrase right after a noun whose doer it names
  // (lam_doers.tsv) is left to lam_doer().
  if (genitive && genitive->has(Role::kLam) && lam_doer_noun()) genitive = nullptr;
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
    } else if (!agent && !genitive->held && !went_to && !victim(genitive) && !lx.fate_nouns.count(noun) &&
               object_after(genitive->end)) {
      // «اعتقال الشرطة 20 ناشطا»: the noun's own object after the genitive makes the genitive its
      // doer. Not after a noun of one's fate («مقتل», fate_nouns.tsv): it has no doer of its own.
      offer(actor_, recipient_, genitive, ArgStrength::kStrong);
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
  // A light verb that takes its deed through «ب» («قام بهجوم») carries the pronoun on the «ب»
  // («هجوم قامت به قوات»), right after the noun: past another noun the pronoun is that one's
  // («تهدئة بوساطة قامت بها»).
  auto carries_noun = [&](uint32_t k) {
    if (support_verb(doc_.tokens[k], true)) return true;
    if (k != from || k + 1 >= s_.end_token || !support_verb(doc_.tokens[k], false)) return false;
    std::string_view b = doc_.tokens[k + 1].key;
    constexpr std::string_view kBa = "\xD8\xA8";  // ب
    return b.size() > kBa.size() && b.starts_with(kBa) && lx.object_pronouns.count(std::string(b.substr(kBa.size())));
  };
  // A term after a sentence's noun («عقوبة بالسجن ثلاثة أعوام فرضها القاضي») is the noun's, as its adjectives are.
  auto q = std::lower_bound(doc_.quantities.begin(), doc_.quantities.end(), from,
                            [](const Quantity& x, uint32_t v) { return x.first_token < v; });
  if (q != doc_.quantities.end() && q->first_token == from && !q->unit.empty()) from = q->end_token;
  // Words are counted, not quotation marks («اتفاق تهدئة "مؤقت" أعلنته»).
  for (uint32_t k = from; k < s_.end_token && words_between(doc_, from, k) <= kPronounVerbReach; ++k) {
    if (!carries_noun(k)) continue;
    const Candidate* subject = nullptr;
    for (const Candidate* c : side(false))
      // A «ل» phrase there is where the deed went («زيارة قام بها للهند»), and a cue word before a
      // party («الاحتجاجات التي أصدرتها إلى السفارة») tells it is none of the doer: the subject
      // was dropped.
      if (c->lead > k && words_between(doc_, k + 1, c->lead) <= kAdjacent && c->bare() && !c->has(Role::kLam) &&
          !lx.cues.count(doc_.tokens[c->lead - 1].key)) {
        subject = c;
        break;
      }
    if (subject) offer(actor_, recipient_, subject, ArgStrength::kStrong, true);
    // «التظاهرة التي نظمها الطلاب»: its subject in plain words when no party was taken (words()).
    pronoun_verb_ = k;
    break;
  }
  // Last: a light verb's subject («عقد الوزيران الاجتماع الأول للجنة») is the doer before its ل phrase.
  if (!genitive) lam_doer();
}

namespace {
struct LamRows {
  std::unordered_set<std::string> lam, held, stance;  // nouns with a ل doer; held people before «لدى»; stances
};

const LamRows& lam_rows() {
  static const LamRows rows = [] {
    LamRows out;
    const auto& t = data::table("events/lam_doers");
    for (size_t r = 0; r < t.rows(); ++r)
      (t.get(r, "via") == "\xD9\x84" ? out.lam : t.get(r, "via") == "stance" ? out.stance : out.held)
          .insert(text::normalize_key(t.get(r, "word")));
    return out;
  }();
  return rows;
}
}  // namespace

// Whether the trigger is a noun whose doer a «ل» phrase after it names (lam_doers.tsv, via ل).
bool Finder::lam_doer_noun() const {
  return lam_rows().lam.count(text::normalize_key(std::string_view(tr_.lemma).substr(0, tr_.lemma.find(' ')))) > 0;
}

// «الغارة الليلية لسلاح الجو», «الإفراج عن المعتقلين لدى الجماعة»: a doer named with «ل» after a
// noun of an act done without an object of its own, past its adjectives (a definite noun takes no
// genitive), or with «لدى» after the held people the act is about (lam_doers.tsv). A party the act
// befalls by its sector, a place or what a party holds is never the doer.
void Finder::lam_doer() {
  const LamRows& rows = lam_rows();
  if (actor_.strength >= ArgStrength::kStrong) return;
  auto take = [&](uint32_t lead) {
    for (const Candidate* c : side(false)) {
      if (c->lead < lead) continue;
      if (c->lead == lead && c->bare() && c->party >= 0 && !c->held && !victim(c) && !place_like(*c) && !trigger_between(*c))
        offer(actor_, recipient_, c, ArgStrength::kStrong);
      return;
    }
  };
  std::string noun = text::normalize_key(std::string_view(tr_.lemma).substr(0, tr_.lemma.find(' ')));
  if (rows.lam.count(noun) && !possessed()) {
    uint32_t k = past_adjectives(tr_.end_token, s_.end_token);
    // An indefinite noun's own adjectives are not all relation adjectives («قمة صاخبة»,
    // «إضرابا واسعا», «اجتماع غير عادي»): a word or two echoing the noun's ending, or «غير»,
    // with no preposition and naming no party, may stand before its «ل».
    const Token& noun_word = doc_.tokens[tr_.end_token - 1];
    std::string_view nw = noun_word.stem.empty() ? std::string_view(noun_word.key) : std::string_view(noun_word.stem);
    constexpr std::string_view kTaa = "\xD8\xA9", kAt = "\xD8\xA7\xD8\xAA", kGhayr = "\xD8\xBA\xD9\x8A\xD8\xB1";  // ة ات غير
    auto echoes = [&](uint32_t j) {
      const Token& t = doc_.tokens[j];
      std::string_view w = t.stem.empty() ? std::string_view(t.key) : std::string_view(t.stem);
      if (nisba_like(t) || w == kGhayr || (j > tr_.end_token && doc_.tokens[j - 1].key == kGhayr)) return true;  // «غير مسبوق»
      if (nw.ends_with(kAt)) return w.ends_with(kTaa) || w.ends_with(kAt);  // «تظاهرات حاشدة»
      if (nw.ends_with(kTaa)) return w.ends_with(kTaa);
      return nw.ends_with(kAlif) && w.ends_with(kAlif);
    };
    for (uint32_t n = 0; n < kHeadWords && k < s_.end_token && !definite(noun_word); ++n, ++k) {
      if (lam_after(k) == k) break;
      const Token& t = doc_.tokens[k];
      if (t.kind != TokenKind::kWord || !preposition_of(doc_, k, nullptr).empty() || starts_mention(k) || starts_place(k) ||
          !echoes(k))
        return;
    }
    constexpr std::string_view kAl = "\xD8\xA7\xD9\x84";  // ال
    for (uint32_t j = tr_.end_token; j < k; ++j) {
      std::string_view w = doc_.tokens[j].key;
      if (rows.stance.count(std::string(w.starts_with(kAl) ? w.substr(kAl.size()) : w))) return;  // «المناوئة للحكومة»
    }
    if (k < s_.end_token && lam_after(k) == k) take(k);
    return;
  }
  // «المعتقلين لدى الجماعة»: the held word within a few words after the trigger, «لدى» right after.
  static const std::string kLada = text::normalize_key("\xD9\x84\xD8\xAF\xD9\x89");  // لدى, as keys write it
  for (uint32_t k = tr_.end_token; k + 2 < s_.end_token && k < tr_.end_token + kHeadWords + 2; ++k) {
    const Token& t = doc_.tokens[k];
    if (t.kind != TokenKind::kWord) return;
    if (!rows.held.count(t.key) && !rows.held.count(std::string(t.stem))) continue;
    if (doc_.tokens[k + 1].key == kLada) take(k + 2);
    return;
  }
}

// Layer 2a: «تعرضت القافلة لهجوم», «المسؤول الذي يخضع لعقوبات», «يواجه الحزب اتهامات»: the
// subject of a verb of undergoing (undergo_verbs.tsv) governing the verbal noun suffered it. The
// subject stands between the verb and the noun (then the noun carries «ل» or follows the
// subject's phrase), else right before the verb or before the relative that opens its clause.
void Finder::undergoer() {
  constexpr uint32_t kUndergoReach = 8;  // tokens from the verb to the noun, a subject between
  if (!tr_.nominal || recipient_.strength >= ArgStrength::kStrong || tr_.first_token <= s_.first_token) return;
  const Lexicon& lx = lexicon();
  uint32_t verb = UINT32_MAX;
  for (uint32_t k = tr_.first_token; k-- > s_.first_token && tr_.first_token - k <= kUndergoReach;) {
    const Token& t = doc_.tokens[k];
    if (t.kind == TokenKind::kPunct && t.key != "\xD8\x8C" && t.key != ",") break;  // past a comma only
    if (t.kind == TokenKind::kWord && (lx.undergo_verbs.count(t.key) || lx.undergo_verbs.count(t.stem) ||
                                       lx.undergo_verbs.count(std::string(without_conjunction(t.key))))) {
      verb = k;
      break;
    }
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
    // «..., ويتلقى مساعدة», «وقد تلقت دعما»: a verb opening a clause of its own with «و» (on it or
    // on its auxiliary) has no subject right before it; its clause carries the earlier one's.
    if (const Candidate* c = carried_undergoer(verb)) {
      bool same = c->party >= 0 && c->party == actor_.party;
      if (same) actor_ = {};
      offer(recipient_, actor_, c, ArgStrength::kMedium);
      return;
    }
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

// The subject a verb of undergoing at token `verb` carries from the clause before, when «و» joins
// it to that clause (on the verb or on an auxiliary before it): the nearest earlier bare party of
// the sentence that agrees with the verb (a name, whose gender is not known, always does); null
// when the verb is not so joined or none agrees.
const Candidate* Finder::carried_undergoer(uint32_t verb) const {
  const Lexicon& lx = lexicon();
  auto joined = [&](uint32_t k, const auto& words) {
    std::string_view bare = without_conjunction(doc_.tokens[k].key);
    return !bare.empty() && words.count(std::string(bare));
  };
  bool open = joined(verb, lx.undergo_verbs);
  uint32_t k = verb;
  for (uint32_t n = 0; n < 2 && k > s_.first_token; ++n) {
    const Token& t = doc_.tokens[k - 1];
    if (!lx.auxiliaries.count(t.key) && !joined(k - 1, lx.auxiliaries)) break;
    open = open || joined(k - 1, lx.auxiliaries);
    --k;
  }
  if (!open) return nullptr;
  std::string_view want = agreement_of(doc_.tokens[verb], true);
  for (const Candidate* c : side(true)) {
    if (c->end > k || c->party < 0 || !c->bare() || c->held || c->counted || c->speaker) continue;
    const ActorMention& m = doc_.actors[static_cast<size_t>(c->party)];
    if (m.entity >= 0 || agreement_of(doc_.tokens[c->lead], false) == want) return c;
  }
  return nullptr;
}

// A trigger naming people by their part in the act (participle_roles.tsv) is that
// party of its own event wherever it stands: «فرقت الشرطة المحتجين» is the police's act on
// them, the protest is still theirs. The mention read over it («المحتجين الغاضبين»), else its
// words and their adjectives, or a name in apposition right after, outrank any guess; a party
// the layers found inside that phrase («محتجون أكراد»: the nationality) stays.
void Finder::participle_party(std::span<const uint32_t> in_sentence) {
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
  // Only mentions that touch the trigger's words matter: they start at most a phrase's reach
  // before it and no later than its end. Bounding the scan keeps a sentence of thousands of
  // clauses linear (every clause's trigger would otherwise walk every mention before it).
  uint32_t from = tr_.first_token > kPhraseReach + kArgumentWindow ? tr_.first_token - kPhraseReach - kArgumentWindow : 0;
  auto lo = std::lower_bound(in_sentence.begin(), in_sentence.end(), from,
                             [&](uint32_t a, uint32_t t) { return doc_.actors[a].first_token < t; });
  auto near = in_sentence.subspan(static_cast<size_t>(lo - in_sentence.begin()));
  int32_t self = -1;
  for (uint32_t a : near) {
    if (doc_.actors[a].first_token > end) break;  // sorted by start: none later can touch it
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
    for (uint32_t a : near) {
      const ActorMention& m = doc_.actors[a];
      if (m.first_token >= tr_.first_token) break;
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

// Whether the word right after the light verb before the noun may be its subject: the verb marks
// no plural pronoun subject, and the word is no accusative (subject_after() read for that verb).
// Whether token t measures the deeds a light verb brings («سلسلة», «موجة»; deed_measures.tsv).
bool Finder::deed_measure(const Token& t) {
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

bool Finder::subject_of_light_verb() const {
  uint32_t k = subjectless_verb_ + 1;
  if (k >= tr_.first_token) return false;
  const Token& v = doc_.tokens[subjectless_verb_];
  const Token& t = doc_.tokens[k];
  if (t.kind != TokenKind::kWord || agreement_of(v, true) == "plural" || quantified_at(doc_, k) || nisba_like(t)) return false;
  std::string_view w = t.stem.empty() ? std::string_view(t.key) : std::string_view(t.stem);
  if (!definite(t) && w.ends_with(kAlif)) return false;  // «شنت هجوما»: the noun's own accusative
  return preposition_of(doc_, k, nullptr).empty() && !held_word(k);
}

// Whether the verbal noun's own object, a count of people, begins at token k past the genitive's
// relation adjectives («اعتقال الشرطة 20 ناشطا»): a verbal noun takes a genitive doer and an
// accusative object; a genitive patient is followed by none.
bool Finder::object_after(uint32_t k) const {
  while (k < s_.end_token && doc_.tokens[k].kind == TokenKind::kWord && nisba_like(doc_.tokens[k]) &&
         preposition_of(doc_, k, nullptr).empty())
    ++k;
  if (k >= s_.end_token) return false;
  auto q = std::lower_bound(doc_.quantities.begin(), doc_.quantities.end(), k,
                            [](const Quantity& x, uint32_t v) { return x.first_token < v; });
  // A definite number is the genitive's adjective («اعتقال الجنود الثلاثة»), and one joined by «و»
  // a second patient («إعفاء المدير وثلاثة آخرين»): no count of an object.
  // A number with no counted noun after it is the genitive's own («طرد دبلوماسيين اثنين»).
  return q != doc_.quantities.end() && q->first_token == k && q->unit.empty() && !definite(doc_.tokens[k]) &&
         without_conjunction(doc_.tokens[k].key).empty() && noun_phrase(doc_, k, s_.end_token).end > q->end_token &&
         preposition_of(doc_, q->end_token, nullptr).empty();
}

// Token k past the adjectives of a verbal noun («ضربات جوية», «الهجوم الإرهابي»): nationality
// and relation adjectives, and after a noun with the article any word with it (a definite noun
// takes no genitive).
uint32_t Finder::past_adjectives(uint32_t k, uint32_t lim) const {
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

// Token k past the words of the trigger's own lemma that follow it («ألقت ... القبض»).
uint32_t Finder::past_lemma(uint32_t k) const {
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

}  // namespace rasd::events::argument_finding

// Who speaks (see finder.h): the actor or source noun at a cue, a dropped subject carried from
// an earlier statement or taken from the sentence, and the speaker of a quotation on its own.
#include <algorithm>
#include <string>
#include <string_view>

#include "rasd/quotes/finder.h"
#include "rasd/text/normalize.h"

namespace rasd::quotes::detail {

// A word that describes a source noun: a describer row or a nisba adjective («أمني», «طبية»).
bool Finder::describes(uint32_t k) const {
  if (!is_word(k) || in_date_[k] || inside_[k] || comp_at(k) || function_word(k)) return false;
  std::string_view stem = doc_.tokens[k].stem;
  if (lex_.describers.count(std::string(stem)) || lex_.describers.count(doc_.tokens[k].key)) return true;
  return stem.size() > 6 && (stem.ends_with("\xD9\x8A") || stem.ends_with("\xD9\x8A\xD8\xA9") ||
                             stem.ends_with("\xD9\x8A\xD9\x88\xD9\x86") || stem.ends_with("\xD9\x8A\xD9\x8A\xD9\x86"));
}

// Where a token's text starts once its proclitics are off, keeping the article («لمصادرنا» ->
// «مصادرنا», «البيان» stays).
uint32_t Finder::stem_begin(uint32_t k) const {
  const Token& t = doc_.tokens[k];
  if (t.stem.size() >= t.key.size()) return t.span.begin;
  std::string_view removed = std::string_view(t.key).substr(0, t.key.size() - t.stem.size());
  size_t letters = 0;
  for (unsigned char c : removed) letters += (c & 0xC0) != 0x80;
  if (removed.ends_with(kAl)) letters -= 2;
  else if (removed.ends_with("\xD9\x84\xD9\x84")) letters = 0;  // لل: the article is folded in
  std::string_view w = t.span.of(doc_.text);
  size_t b = 0;
  for (size_t seen = 0; b < w.size() && seen < letters;) {
    ++b;
    while (b < w.size() && (static_cast<unsigned char>(w[b]) & 0xC0) == 0x80) ++b;
    ++seen;
    // Diacritics and tatweel after a letter stay with it.
    while (b + 1 < w.size() && ((w[b] == '\xD9' && static_cast<unsigned char>(w[b + 1]) >= 0x8B &&
                                 static_cast<unsigned char>(w[b + 1]) <= 0x92) ||
                                (w[b] == '\xD9' && w[b + 1] == '\x80')))
      b += 2;
  }
  return t.span.begin + static_cast<uint32_t>(std::min(b, w.size()));
}

// Past an outlet's name starting at k (text/news_agencies.tsv), the longest; else k.
uint32_t Finder::past_outlet(uint32_t k, uint32_t limit) const {
  uint32_t best = k;
  for (const auto& words : lex_.outlets) {
    if (k + words.size() > limit || k + words.size() <= best) continue;
    bool ok = true;
    for (size_t w = 0; w < words.size() && ok; ++w) ok = doc_.tokens[k + w].key == words[w];
    if (ok) best = k + static_cast<uint32_t>(words.size());
  }
  return best;
}

// A source noun at token g («مصدر أمني», «البيان»): its phrase as written.
bool Finder::speaker_noun(uint32_t g, uint32_t limit, Speaker& out) const {
  if (!is_word(g)) return false;
  // The whole word first, then without a conjunction, then the clitic stem («لمصادرنا»): the
  // stem alone would read «بيان» as ب + «يان» and «وسائل» as و + «سائل».
  const Token& t = doc_.tokens[g];
  uint32_t b = t.span.begin;
  auto it = lex_.speaker_nouns.find(std::string(t.key.starts_with(kAl) ? std::string_view(t.key).substr(kAl.size()) : std::string_view(t.key)));
  if (it == lex_.speaker_nouns.end()) {
    std::string_view bare = without_conj(t.key);
    if (bare.starts_with(kAl)) bare.remove_prefix(kAl.size());
    it = lex_.speaker_nouns.find(std::string(bare));
    if (it != lex_.speaker_nouns.end()) b = stem_begin(g);
  }
  if (it == lex_.speaker_nouns.end()) {
    it = lex_.speaker_nouns.find(std::string(t.stem));
    if (it != lex_.speaker_nouns.end()) b = stem_begin(g);
  }
  if (it == lex_.speaker_nouns.end()) return false;
  uint32_t e = g + 1;
  while (e < limit && e - g <= kNounWords && describes(e)) ++e;
  e = past_outlet(e, limit);  // «وكالة سبأ», «صحيفة واشنطن بوست»
  out = {};
  out.mention = {b, doc_.tokens[e - 1].span.end};
  out.name = std::string(out.mention.of(doc_.text));
  out.end = e;
  out.named = true;
  out.gender = it->second;
  return true;
}

char Finder::gender_of(const ActorMention& m) const {
  if (m.entity >= 0 && static_cast<size_t>(m.entity) < doc_.entities.size() &&
      doc_.entities[m.entity].type == EntityType::kPer)
    return 'm';
  // A place's gender is not in its shape («الصين», «البحرين», «العراق»).
  if (m.entity >= 0 && static_cast<size_t>(m.entity) < doc_.entities.size() &&
      doc_.entities[m.entity].type == EntityType::kLoc)
    return 0;
  std::string key = text::normalize_key(m.name);
  std::string_view head = std::string_view(key).substr(0, key.find(' '));
  if (head.starts_with(kAl)) head.remove_prefix(kAl.size());
  if (head.ends_with("\xD8\xA9") || head.ends_with("\xD8\xA7\xD8\xAA")) return 'f';  // ة, ات
  if (head.ends_with("\xD9\x88\xD9\x86") || head.ends_with("\xD9\x8A\xD9\x86")) return 'p';  // ون, ين
  return 0;  // a foreign or bare name («هيومن رايتس ووتش»): agreement says nothing
}

Speaker Finder::from_actor(int32_t a) const {
  Speaker sp;
  const ActorMention& m = doc_.actors[a];
  sp.actor = a;
  sp.entity = m.entity;
  sp.name = m.name.empty() ? std::string(m.span.of(doc_.text)) : m.name;
  sp.mention = m.span;
  sp.end = m.end_token;
  sp.named = true;
  sp.gender = gender_of(m);
  return sp;
}

// Whether tokens [a, b) are only dates and punctuation («أعلنت، الجمعة، كوريا»).
bool Finder::only_dates(uint32_t a, uint32_t b) const {
  for (uint32_t k = a; k < b; ++k)
    if (!in_date_[k] && doc_.tokens[k].kind != TokenKind::kPunct) return false;
  return true;
}

Speaker Finder::from_place(const PlaceMention& p) const {
  Speaker sp;
  sp.mention = p.span;
  sp.name = std::string(p.span.of(doc_.text));
  sp.end = p.end_token;
  sp.named = true;
  sp.gender = 'f';  // it spoke through a feminine verb: «وأضافت» carries it, «وأضاف» does not
  for (uint32_t at : {p.span.begin, p.name_span.begin}) {
    auto it = loc_entity_at_.find(at);
    if (it != loc_entity_at_.end() && (sp.entity < 0 || it->second < sp.entity)) sp.entity = it->second;
  }
  return sp;
}

// An organisation followed, past only commas, places and prepositions, by a person: the
// organisation was the complement of a title and the person speaks («ممثل المفوضية في سوريا
// فلان», «أركان اللواء في الجيش اليمني، العميد فلان»).
Speaker Finder::apposed_person(const Speaker& org, uint32_t limit) const {
  if (org.actor < 0) return org;
  for (uint32_t g = org.end; g < limit && g < org.end + 4; ++g) {
    int32_t a = actor_start_[g];
    if (a >= 0) {
      const ActorMention& m = doc_.actors[a];
      if (m.entity >= 0 && doc_.entities[m.entity].type == EntityType::kPer) return from_actor(a);
      return org;
    }
    if (!(is_punct(g, ",") || in_place_[g] || function_word(g))) return org;
  }
  return org;
}

// The author of the statement noun at g, named within three words («بيان للتحالف», «بيان أصدرته
// الكتائب»): the actor; a possessive right after the noun («في بيان لها») makes the author the
// verb's own subject, so `out` is left unfound but ends past the possessive and is `stated`.
Finder::Author Finder::statement_author(uint32_t g, uint32_t noun_end, uint32_t limit, Speaker& out) const {
  const std::string& key = doc_.tokens[g].key;
  std::string_view bare = without_conj(key).empty() ? std::string_view(key) : without_conj(key);
  if (!lex_.statements.count(std::string(bare))) return Author::kNone;
  if (noun_end < limit && lex_.possessives.count(doc_.tokens[noun_end].key)) {
    out = {};
    out.end = noun_end + 1;
    out.stated = true;
    return Author::kPronoun;
  }
  for (uint32_t a = g + 1; a < limit && a < g + 4; ++a) {
    if (comp_at(a) || is_mark(a) || is_stop(a) || is_punct(a, ":")) break;
    if (actor_start_[a] >= 0) {
      out = from_actor(actor_start_[a]);
      return Author::kActor;
    }
  }
  return Author::kNone;
}

// The subject after a cue: the first actor or source noun within reach, before anything that
// opens the quoted words; the tagger's name when the rules found none.
Speaker Finder::subject_after(const Hit& h, uint32_t limit) const {
  for (uint32_t g = h.end; g < limit && g < h.end + kSpeakerReach; ++g) {
    if (comp_at(g) || is_punct(g, ":") || is_mark(g) || is_stop(g) || inside_[g]) break;
    if (actor_start_[g] >= 0) {
      Speaker sp = from_actor(actor_start_[g]);
      if (sp.entity < 0 || doc_.entities[sp.entity].type != EntityType::kPer) sp = apposed_person(sp, limit);
      return sp;
    }
    // «تقول إسرائيل إن»: a country or city first after a feminine verb (a date aside) speaks for
    // its state. Most place names are feminine; after a masculine verb a place is as often the
    // object («حذر إيران من»); further on, a genitive («أفادت بالتزام إيران»).
    if (h.row->gender == 'f' && place_start_[g] >= 0 && only_dates(h.end, g)) {
      const PlaceMention& p = doc_.places[place_start_[g]];
      if (!governed(g, p.span)) return from_place(p);
    }
    Speaker sp;
    if (speaker_noun(g, limit, sp)) {
      Speaker author;
      switch (statement_author(g, sp.end, limit, author)) {
        case Author::kActor: return author;
        case Author::kPronoun: return author;  // not found: the verb's subject is dropped
        case Author::kNone: break;
      }
      return sp;
    }
    if (actor_cover_[g] >= 0) return from_actor(actor_cover_[g]);  // a clitic-led token
    if (cand_start_[g] >= 0) {
      const NameCandidate& c = doc_.name_candidates[cand_start_[g]];
      sp.mention = c.span;
      sp.name = std::string(c.span.of(doc_.text));
      sp.end = c.end_token;
      sp.named = true;
      return sp;
    }
    bool prep = false;
    for (const auto& p : h.row->preps) prep |= doc_.tokens[g].key == p;
    if (prep) break;
  }
  return {};
}

// The subject before a verb (SVO «وكانت مصادر طبية أعلنت أن»): an actor or source noun ending
// right before it, a copula («كان») aside, that agrees with the verb and is not the object of a
// preposition («نظمت لثلاثة عمال أعلنت أنهم»: the soldiers are not who reported).
Speaker Finder::subject_before(const Sentence& s, uint32_t v, char gender) const {
  if (actor_end_[v] >= 0 && doc_.actors[actor_end_[v]].first_token >= s.first_token) {
    const ActorMention& m = doc_.actors[actor_end_[v]];
    Speaker sp = from_actor(actor_end_[v]);
    if (governed(m.first_token, m.span) || !may_govern(gender, sp)) return {};
    return sp;
  }
  for (uint32_t g = v > s.first_token + 4 ? v - 4 : s.first_token; g < v; ++g) {
    Speaker sp;
    if (speaker_noun(g, v, sp) && sp.end == v)
      return governed(g, sp.mention) || !may_govern(gender, sp) ? Speaker{} : sp;
  }
  return {};
}

// Whether a verb of `gender` can have sp, written in its sentence, as its subject. A person's
// name does not show its gender ('m' is only a default for carrying speakers): «قالت يوليا».
bool Finder::may_govern(char gender, const Speaker& sp) const {
  if (sp.entity >= 0 && doc_.entities[sp.entity].type == EntityType::kPer) return true;
  return agrees(gender, sp.gender);
}

// Whether the noun written at `span` in token k is governed by a preposition: joined to it
// («لأربعة», «بالجيش»), right after one («في المدينة»), or counted after one («لأربعة جنود»).
bool Finder::governed(uint32_t k, const Span& span) const {
  if (k > 0 && quantity_of_[k - 1] >= 0) {
    const Quantity& q = doc_.quantities[quantity_of_[k - 1]];
    if (q.end_token == k) return governed(q.first_token, q.span);
  }
  const Token& t = doc_.tokens[k];
  if (span.begin > t.span.begin && span.begin <= t.span.end) {
    std::string_view pre = std::string_view(doc_.text).substr(t.span.begin, span.begin - t.span.begin);
    if (pre.starts_with(kWaw) || pre.starts_with(kFaa)) pre.remove_prefix(2);
    if (pre.starts_with(kBaa) || pre.starts_with(kLam) || pre.starts_with(kKaf)) return true;
  }
  return k > 0 && lex_.prepositions.count(doc_.tokens[k - 1].key) > 0;
}

// The last speaker within reach who agrees with the verb; the previous sentence's own subject
// when it is nearer («أمر الرئيس ... . وأضاف أن»).
Speaker Finder::carried(uint32_t si, char gender) const {
  Speaker best;
  uint32_t best_si = 0;
  // History runs in text order, so the last speaker who agrees is within reach iff every later one is.
  int32_t last = last_agreeing(gender);
  if (last >= 0 && history_[last].second <= si && si - history_[last].second <= kCarrySentences) {
    best = history_[last].first;
    best_si = history_[last].second;
  }
  if (si > 0 && (!best.found() || best_si + 1 < si)) {
    const Sentence& prev = doc_.sentences[si - 1];
    if (prev.kind == SentenceKind::kBody && prev.paragraph == doc_.sentences[si].paragraph) {
      int32_t g = first_actor(si - 1);
      if (g >= 0) {
        int32_t a = actor_start_[g];
        const ActorMention& m = doc_.actors[a];
        if (m.entity >= 0 && agrees(gender, gender_of(m))) best = from_actor(a);
      }
    }
  }
  best.named = false;
  return best;
}

// The first token of sentence si that starts an actor outside quotation marks, or -1 (memoised:
// a long sentence of cues would otherwise be read once per cue).
int32_t Finder::first_actor(uint32_t si) const {
  int32_t& memo = first_actor_[si];
  if (memo != -2) return memo;
  memo = -1;
  const Sentence& s = doc_.sentences[si];
  for (uint32_t g = s.first_token; g < s.end_token && g < n_; ++g)
    if (actor_start_[g] >= 0 && !inside_[g]) { memo = static_cast<int32_t>(g); break; }
  return memo;
}

int32_t Finder::last_agreeing(char gender) const {
  int slot = gender_slot(gender);
  if (slot >= 0) return last_agree_[slot];
  for (size_t i = history_.size(); i-- > 0;)
    if (agrees(gender, history_[i].first.gender)) return static_cast<int32_t>(i);
  return -1;
}

// A verb without a subject: opening a sentence it continues the last speaker; mid-sentence it
// is the sentence's own subject («تدخلت المديرية ... وذكرت»).
Speaker Finder::dropped_subject(uint32_t si, const Sentence& s, const Hit& h, const Speaker& here) const {
  char gender = h.row->gender;
  bool opens = h.first <= s.first_token + 1;
  Speaker sp;
  if (!opens && !here.found()) sp = sentence_subject(s, h.first, gender);
  if (!sp.found() && here.found() && agrees(gender, here.gender)) { sp = here; sp.named = false; }
  if (!sp.found()) sp = carried(si, gender);
  if (!sp.found() && opens) sp = sentence_subject(s, h.first, gender);
  return sp;
}

// The first actor or source noun of sentence s before token `before`, outside quotation marks.
// One that cannot be the subject of a verb of `gender` is passed over («تحدثت صحيفة ... عن
// جنازات أقيمت لجنود ذكرت»: the paper).
Speaker Finder::sentence_subject(const Sentence& s, uint32_t before, char gender) const {
  int slot = gender_slot(gender);
  if (slot < 0) return scan_subject(s.first_token, before, gender);
  // The scan with the sentence end as limit, kept per sentence and gender, answers every cue of
  // the sentence: a cue sees the same candidates up to the last one starting before it, and only
  // that one can differ (a source noun's phrase cut at the cue), so only it is read again.
  uint32_t si = sentence_of_[s.first_token];
  SubjectScan& sc = subject_scans_[static_cast<uint64_t>(si) * 4 + slot];
  if (!sc.started) { sc.started = true; sc.pos = s.first_token; }
  while (!sc.done && sc.pos < before) {
    uint32_t g = sc.pos;
    if (g >= s.end_token) { sc.done = true; break; }
    ++sc.pos;
    if (inside_[g]) continue;
    Speaker sp;
    bool noun = false;
    if (actor_start_[g] >= 0) sp = from_actor(actor_start_[g]);
    else if (!(noun = speaker_noun(g, s.end_token, sp))) continue;
    bool governs = may_govern(gender, sp);
    sc.cands.push_back({g, sp.end, noun, governs});
    if (governs) sc.done = true;
    else sc.pos = std::max(g + 1, sp.end);
  }
  auto it = std::lower_bound(sc.cands.begin(), sc.cands.end(), before,
                             [](const SubjectCand& c, uint32_t b) { return c.g < b; });
  if (it == sc.cands.begin()) return {};
  const SubjectCand& c = *(it - 1);
  if (c.noun && c.end > before) return scan_subject(c.g, before, gender);
  if (!c.governs) return {};
  Speaker sp;
  if (c.noun) speaker_noun(c.g, before, sp);
  else sp = from_actor(actor_start_[c.g]);
  sp.named = false;
  return sp;
}

Speaker Finder::scan_subject(uint32_t from, uint32_t before, char gender) const {
  for (uint32_t g = from; g < before; ++g) {
    if (inside_[g]) continue;
    Speaker sp;
    if (actor_start_[g] >= 0) sp = from_actor(actor_start_[g]);
    else if (!speaker_noun(g, before, sp)) continue;
    if (!may_govern(gender, sp)) {
      g = std::max(g, sp.end) - 1;
      continue;
    }
    sp.named = false;
    return sp;
  }
  return {};
}

void Finder::remember(const Speaker& sp, uint32_t si) {
  if (!sp.found()) return;
  if (!history_.empty() && history_.back().second == si && history_.back().first.name == sp.name) return;
  history_.emplace_back(sp, si);
  for (char g : {'\0', 'm', 'f', 'p'})
    if (agrees(g, sp.gender)) last_agree_[gender_slot(g)] = static_cast<int32_t>(history_.size() - 1);
}

// The speaker of the last quote before sentence si, within reach.
// Read from the last quote back: the first one from an earlier sentence decides, unless it is
// unnamed, when the search goes on. The quotes the cues found (before the standalone ones) are
// looked up through suffix minima of their sentences, so a long article is not read per mark.
Speaker Finder::speaker_before(uint32_t si) const {
  const auto& qs = doc_.quotes;
  auto found = [&](const Quote& q) {
    Speaker sp;
    sp.actor = q.speaker;
    sp.entity = q.speaker_entity;
    sp.name = q.speaker_name;
    sp.mention = q.speaker_span;
    return sp;
  };
  for (size_t j = qs.size(); j-- > cue_quotes_;) {
    uint32_t s = sentence_of_[qs[j].first_token];
    if (s >= si) continue;
    if (si - s > kCarrySentences) return {};
    if (!qs[j].speaker_name.empty()) return found(qs[j]);
  }
  // The last cue quote from an earlier sentence, the last named one, and the last one too far.
  auto last_below = [&](const std::vector<uint32_t>& suffix_min, uint32_t bound) -> int64_t {
    auto it = std::upper_bound(suffix_min.begin(), suffix_min.end(), bound,
                               [](uint32_t b, uint32_t v) { return b <= v; });
    return static_cast<int64_t>(it - suffix_min.begin()) - 1;  // largest j with suffix_min[j] < bound
  };
  int64_t named = last_below(named_min_, si);
  if (named < 0) return {};
  int64_t far = si > kCarrySentences ? last_below(all_min_, si - kCarrySentences) : -1;
  return named > far ? found(qs[named]) : Speaker{};
}

// Suffix minima of the cue quotes' sentences (all, and named only), before standalone ones.
void Finder::index_cue_quotes() {
  cue_quotes_ = doc_.quotes.size();
  all_min_.assign(cue_quotes_, UINT32_MAX);
  named_min_.assign(cue_quotes_, UINT32_MAX);
  for (size_t j = cue_quotes_; j-- > 0;) {
    uint32_t s = sentence_of_[doc_.quotes[j].first_token];
    uint32_t next_all = j + 1 < cue_quotes_ ? all_min_[j + 1] : UINT32_MAX;
    uint32_t next_named = j + 1 < cue_quotes_ ? named_min_[j + 1] : UINT32_MAX;
    all_min_[j] = std::min(next_all, s);
    named_min_[j] = doc_.quotes[j].speaker_name.empty() ? next_named : std::min(next_named, s);
  }
}

}  // namespace rasd::quotes::detail

#include "rasd/events/event_builder.h"

#include <algorithm>
#include <span>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "rasd/core/hash.h"
#include "rasd/events/argument_cues.h"
#include "rasd/events/arguments.h"
#include "rasd/events/place_parties.h"
#include "rasd/events/self_reports.h"
#include "rasd/events/counts.h"
#include "rasd/events/discourse_status.h"
#include "rasd/events/earlier_telling.h"
#include "rasd/events/modality.h"
#include "rasd/events/trigger_finder.h"
#include "rasd/core/table.h"
#include "rasd/geo/gazetteer.h"
#include "rasd/geo/place_finder.h"
#include "rasd/text/clitics.h"
#include "rasd/text/normalize.h"

namespace rasd::events {
namespace {

// How many later tellings an event is compared with when fusing.
constexpr size_t kFusionWindow = 200;
// Whether a place the gazetteer does not know may lie inside another telling's known place.
// (Only when it names something smaller: measured, gold F1 0.872 -> 0.847, 14 duplicates.)
constexpr bool kUnknownPlacesNest = true;
// Whether tellings with plainly different doers stay apart (actors_differ).
constexpr bool kActorsKeepApart = false;  // on: gold F1 0.819, 11 duplicates; off: 0.824, 8
// Whether a telling that only refers to a happening («أدان الهجوم», «بعد الانفجار») is background
// when no telling reports it, as the output contract reads. The labelled sentences call a recent
// referred happening asserted: on, sentence F1 fell 0.480 -> 0.470 and 0.463 -> 0.461 on the two
// halves (split by article), recall 0.572 -> 0.535. Off, it is background only when old.
constexpr bool kReferenceIsBackground = false;
// Whether tellings of one type with no conflicting argument fuse even when they share none.
constexpr bool kFuseWithoutSharedArgument = true;
// How many words before a lone participle a governor (participle_governors.tsv) may stand.
constexpr uint32_t kGovernorReach = 3;
// How many words may stand between a lone participle and a count of its people («عدد الموقوفين بلغ 30»).
constexpr uint32_t kCountReach = 2;

int32_t sentence_of(const Document& doc, uint32_t token) {
  auto it = std::upper_bound(doc.sentences.begin(), doc.sentences.end(), token,
                             [](uint32_t t, const Sentence& s) { return t < s.end_token; });
  if (it == doc.sentences.end() || token < it->first_token) return -1;
  return static_cast<int32_t>(it - doc.sentences.begin());
}

uint32_t distance(uint32_t a_begin, uint32_t a_end, uint32_t b_begin, uint32_t b_end) {
  if (a_end <= b_begin) return b_begin - a_end;
  if (b_end <= a_begin) return a_begin - b_end;
  return 0;
}

EventParty party(const Document& doc, int32_t a) {
  const ActorMention& m = doc.actors[static_cast<size_t>(a)];
  EventParty p;
  p.actor = a;
  p.entity = m.entity;
  p.name = m.entity >= 0 ? doc.entities[static_cast<size_t>(m.entity)].name : m.name;
  p.country = m.country;
  p.sector = m.sector;
  return p;
}

// A party named by plain words only (events/word_parties.h): no mention, entity or sector.
bool plain_words(const EventParty& p) { return p.actor < 0 && p.entity < 0 && p.sector.empty(); }

EventPlace place_of(const Document& doc, int32_t index) {
  const PlaceMention& m = doc.places[static_cast<size_t>(index)];
  EventPlace p;
  p.place = index;
  // «المنطقة» referring back is named by the mention it refers to.
  const PlaceMention& named = m.antecedent >= 0 ? doc.places[static_cast<size_t>(m.antecedent)] : m;
  p.name = std::string(named.span.of(doc.text));
  p.country = m.country;
  p.precision = precision_name(m.precision);
  int32_t ref = m.place >= 0 ? m.place : m.within;
  if (ref >= 0) {
    const auto& gp = geo::Gazetteer::get().place(ref);
    if (gp.geonames_id) p.geonames_id = gp.geonames_id;
    p.lat = gp.lat;
    p.lon = gp.lon;
    if (gp.country == p.country) p.admin1 = std::string(gp.admin1);
  }
  return p;
}

// Indices of a layer's items sorted by first token, so a sentence's items are one range: the
// argument search stays linear in the document however many triggers it has.
template <typename T>
std::vector<uint32_t> by_first_token(const std::vector<T>& items) {
  std::vector<uint32_t> order(items.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return items[a].first_token < items[b].first_token; });
  return order;
}

// The items (by index) whose first token lies in [first, end).
template <typename T>
std::span<const uint32_t> in_range(const std::vector<uint32_t>& order, const std::vector<T>& items,
                                   uint32_t first, uint32_t end) {
  auto lo = std::lower_bound(order.begin(), order.end(), first,
                             [&](uint32_t i, uint32_t t) { return items[i].first_token < t; });
  auto hi = std::lower_bound(lo, order.end(), end,
                             [&](uint32_t i, uint32_t t) { return items[i].first_token < t; });
  return {order.data() + (lo - order.begin()), static_cast<size_t>(hi - lo)};
}

class Builder {
 public:
  Builder(Document& doc, const FilterModel* status_model)
      : doc_(doc), status_model_(status_model), country_(geo::main_country(doc)), actors_(by_first_token(doc.actors)),
        places_(by_first_token(doc.places)), dates_(by_first_token(doc.dates)), report_date_(report_dates()),
        clause_opener_(clause_openers()), next_opener_(next_openers()) {}

  void run() {
    // A trigger word inside a place's name tells no event («مديرية أرحب» is no welcome), nor
    // one inside an organisation's name past its first word («هيئة تحرير الشام»).
    std::vector<bool> in_name(doc_.tokens.size(), false);
    for (const PlaceMention& m : doc_.places)
      for (uint32_t k = m.first_token; k < m.end_token && k < in_name.size(); ++k) in_name[k] = true;
    for (const ActorMention& a : doc_.actors)
      if (a.entity >= 0 && doc_.entities[static_cast<size_t>(a.entity)].type == EntityType::kOrg)
        for (uint32_t k = a.first_token + 1; k < a.end_token && k < in_name.size(); ++k) in_name[k] = true;
    std::vector<bool> place_ends(doc_.tokens.size() + 1, false);
    for (const PlaceMention& m : doc_.places)
      if (m.end_token < place_ends.size()) place_ends[m.end_token] = true;
    for (uint32_t t = 0; t < doc_.triggers.size(); ++t) {
      const TriggerMention& tr = doc_.triggers[t];
      if (tr.first_token < in_name.size() && in_name[tr.first_token]) continue;
      int32_t s = sentence_of(doc_, tr.first_token);
      if (s < 0) continue;
      Event e = from_trigger(t, doc_.sentences[static_cast<size_t>(s)]);
      sentence_.push_back(s);
      another_.push_back(introduces_another(tr));
      earlier_.push_back(told_earlier(doc_, tr, doc_.sentences[static_cast<size_t>(s)]) || describes_place(tr, place_ends));
      // «كما أصيب ثلاثة» adds to the toll of what was told; «كما قصفت الطائرات» tells a deed of its own.
      parallel_.push_back(opens_parallel(doc_.sentences[static_cast<size_t>(s)]) && !tr.passive &&
                          !e.actor.empty() && !plain_words(e.actor.front()));
      doc_.events.push_back(std::move(e));
    }
    fuse_within_sentences();
    drop_lone_participles();
    fuse_across_sentences();
    carry_doers_of_retold_acts();
    for (Event& e : doc_.events) drop_self_party(e);
  }

  // «قصفت طائرات الحلفاء بالغارات معسكرات ... وطالت الغارات أيضا قرية أخرى»: an event that
  // names no doer, told by a definite verbal noun («الغارات») repeating the word of the nearest
  // earlier event of its type, refers back to that event's act: the acts are the same side's
  // (the places may keep the two events apart). Its doer, named there, is carried as a guess.
  void carry_doers_of_retold_acts() {
    for (size_t j = 1; j < doc_.events.size(); ++j) {
      Event& e = doc_.events[j];
      if (!e.actor.empty()) continue;
      for (size_t i = j; i-- > 0 && j - i <= kFusionWindow;) {
        const Event& prev = doc_.events[i];
        if (prev.type != e.type || asserted(prev) != asserted(e)) continue;
        if (strength_of(prev.actor) >= static_cast<uint8_t>(ArgStrength::kMedium) && !plain_words(prev.actor.front()) &&
            retells_word(prev, e) &&
            (e.recipient.empty() || !same_side(prev.actor.front(), e.recipient.front()))) {
          e.actor = {prev.actor.front()};
          e.actor.front().strength = static_cast<uint8_t>(ArgStrength::kWeak);
          e.actor.front().tellings = 1;
        }
        break;  // only the nearest earlier event of the type and modality
      }
    }
  }

  // Whether b is told by a definite verbal noun whose word a tells too.
  bool retells_word(const Event& a, const Event& b) const {
    for (uint32_t y : b.triggers) {
      const TriggerMention& t = doc_.triggers[y];
      if (!t.nominal || t.participle || !cues::definite(doc_.tokens[t.first_token])) continue;
      for (uint32_t x : a.triggers)
        if (doc_.triggers[x].lemma == t.lemma || head_word(doc_.triggers[x]) == head_word(t)) return true;
    }
    return false;
  }

  // A trigger's first word without its clitics («والغارات» -> «غارات»): «الغارات الجوية» and
  // «الغارات» are one word told again.
  std::string_view head_word(const TriggerMention& t) const {
    const Token& k = doc_.tokens[t.first_token];
    return k.stem.empty() ? std::string_view(k.key) : std::string_view(k.stem);
  }

  static bool same_side(const EventParty& x, const EventParty& y) {
    return (x.entity >= 0 && x.entity == y.entity) || x.name == y.name;
  }

  // «المحتجين» names the people, not the act: a participle adds a mention to an event of its
  // sentence («تظاهر ... المحتجون»); alone it tells the act only as data/events/participle_acts.tsv
  // says: people who exist only while the act goes on (protesters) tell it by being named, people
  // who outlast it (those held) only by a count of them («25 موقوفا»). A word of
  // participle_governors.tsv just before («أهالي المعتقلين», «الإفراج عن المعتقلين») makes them a
  // group known from before: no event.
  void drop_lone_participles() {
    std::vector<bool> gone(doc_.events.size(), false);
    std::set<std::tuple<int32_t, std::string, std::string>> told;  // (sentence, type, modality) a non-participle tells
    std::vector<bool> lone(doc_.events.size(), true);
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      for (uint32_t t : doc_.events[i].triggers) lone[i] = lone[i] && doc_.triggers[t].participle;
      if (!lone[i]) told.emplace(sentence_[i], doc_.events[i].type, doc_.events[i].modality);
    }
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      if (!lone[i]) continue;
      // Beside a telling of its type and modality (kept apart by its mode: «رفع المعتصمون لافتات»)
      // it is that one's people; beside a planned one («يعتزمون مواصلة الاعتصام») it is today's.
      bool tells = !told.contains({sentence_[i], doc_.events[i].type, doc_.events[i].modality});
      if (tells) {
        tells = false;
        for (uint32_t t : doc_.events[i].triggers) tells |= participle_tells(doc_.triggers[t]);
      }
      gone[i] = !tells;
    }
    compact(gone);
  }

  // Whether a count stands right by the participle («25 موقوفا», «عدد الموقوفين بلغ 30»), not
  // further off where it counts something else («12 عائلة من عوائل المعتقلين»).
  bool counted(const TriggerMention& tr) const {
    for (const CountBinding& c : counts_for(doc_, tr))
      if (distance(c.quantity.first_token, c.quantity.end_token, tr.first_token, tr.end_token) <= kCountReach) return true;
    return false;
  }

  bool participle_tells(const TriggerMention& tr) const {
    static const StringMap<bool> acts = [] {  // lemma -> told by naming alone
      StringMap<bool> m;
      const auto& t = data::table("events/participle_acts");
      for (size_t r = 0; r < t.rows(); ++r) m[text::normalize_key(t.get(r, "lemma"))] = t.get(r, "tells") == "named";
      return m;
    }();
    static const StringSet governors = [] {
      StringSet g;
      const auto& t = data::table("events/participle_governors");
      for (size_t r = 0; r < t.rows(); ++r) g.insert(text::normalize_key(t.get(r, "word")));
      return g;
    }();
    if (!tr.participle) return false;
    auto it = acts.find(text::normalize_key(tr.lemma));
    if (it == acts.end() || !(it->second || counted(tr))) return false;
    // The governor may stand past a number or a preposition: «الإفراج عن 40 معتقلا».
    for (uint32_t k = tr.first_token, seen = 0; k > 0 && seen < kGovernorReach; --k) {
      const Token& w = doc_.tokens[k - 1];
      if (w.kind != TokenKind::kWord && w.kind != TokenKind::kNumber) break;
      ++seen;
      if (governors.contains(w.stem) || governors.contains(w.key)) return false;
      // «أهاليهم المتظاهرين», «زملائه المعتصمين»: the governor with a pronoun.
      for (std::string_view p : {"\xD9\x87\xD9\x85\xD8\xA7", "\xD9\x87\xD9\x85", "\xD9\x87\xD9\x86", "\xD9\x87\xD8\xA7", "\xD9\x87"})  // هما هم هن ها ه
        if (w.stem.size() > p.size() && w.stem.ends_with(p) &&
            governors.contains(w.stem.substr(0, w.stem.size() - p.size())))
          return false;
    }
    return true;
  }

 private:
  Event from_trigger(uint32_t t, const Sentence& s) {
    const TriggerMention& tr = doc_.triggers[t];
    Event e;
    e.type = tr.type;
    if (!tr.mode.empty()) e.modes.push_back(tr.mode);
    e.mentions.push_back(tr.span);
    e.triggers.push_back(t);
    Modality m = modality_of(doc_, tr);
    if (m.modality == "asserted" || m.modality == "reported") {
      // «لدعم الحكومة», «لاحتواء الاضطرابات»: a verbal noun after the purpose ل is what someone
      // means to do, not what happened.
      const Token& tok = doc_.tokens[tr.first_token];
      if (tr.nominal && !tr.participle && tr.span.begin > tok.span.begin && tok.key.starts_with("\xD9\x84") &&
          !lam_complement_before(tr.first_token))
        m.modality = "future";
    }
    e.modality = m.modality;
    e.negated = m.negated;
    e.reported_by = m.reported_by_name;
    arguments(e, tr, s, m.reported_by);
    location(e, tr, s);
    date(e, tr, s);
    // What the text says happened cannot have happened after publication («لقي الجنود مصرعهم
    // نهاية الأسبوع» told on a Monday: the weekend just past, which the date reader, knowing no
    // tense, reads as the coming one): such a day is no date of this telling.
    if (e.date && doc_.published && *e.date > *doc_.published && asserted(e) && !tr.participle) {
      e.date.reset();
      e.date_mention = -1;
    }
    for (const CountBinding& c : counts_for(doc_, tr)) e.counts.push_back({c.role, {c.quantity, c.evidence}});
    e.count_claims = e.counts;
    apply_status(e, tr);
    return e;
  }

  // Discourse status (events/discourse_status.h) of a telling the modality left asserted or
  // reported: no one happening or one not yet come changes its modality; a reference or an old
  // happening stays asserted but is background until a reporting telling joins it.
  void apply_status(Event& e, const TriggerMention& tr) const {
    if (!asserted(e)) return;
    switch (discourse_status(doc_, tr, e.date_mention, status_model_).status) {
      case Status::kReport: break;
      case Status::kGeneric: e.modality = "generic"; break;
      case Status::kHypothetical: e.modality = "hypothetical"; break;
      case Status::kFuture: e.modality = "future"; break;
      // An old episode still fuses with today's telling of it: the gold articles count an
      // episode retold with its date as the one happening (kept apart: F1 0.896 -> 0.892).
      case Status::kOld: e.background = true; break;
      case Status::kReference: e.background = kReferenceIsBackground; break;
      // What talk is about («حول الاتفاق») is named, not told: background unless a telling joins it.
      case Status::kTopic: e.background = true; break;
    }
  }

  // Actor and recipient (events/arguments.h), each with how surely it was found.
  void arguments(Event& e, const TriggerMention& tr, const Sentence& s, int32_t reporter) {
    Arguments a = find_arguments(doc_, tr, s, in_range(actors_, doc_.actors, s.first_token, s.end_token), reporter);
    if (a.actor >= 0 || a.actor_place >= 0 || a.actor_nisba >= 0) {
      e.actor.push_back(a.actor >= 0         ? party(doc_, a.actor)
                        : a.actor_place >= 0 ? place_party(doc_, static_cast<size_t>(a.actor_place))
                                             : nisba_party(doc_, static_cast<uint32_t>(a.actor_nisba)));
      e.actor.back().strength = static_cast<uint8_t>(a.actor_strength);
    }
    if ((a.recipient >= 0 && a.recipient != a.actor) || a.recipient_place >= 0) {
      e.recipient.push_back(a.recipient >= 0 ? party(doc_, a.recipient) : place_party(doc_, static_cast<size_t>(a.recipient_place)));
      e.recipient.back().strength = static_cast<uint8_t>(a.recipient_strength);
    }
    // Plain words (events/word_parties.h) where no mention fills a role; surer parties win at fusion.
    if (e.actor.empty() && !a.actor_words.empty()) e.actor.push_back(word_party(doc_, a.actor_words));
    if (e.recipient.empty() && !a.recipient_words.empty()) e.recipient.push_back(word_party(doc_, a.recipient_words));
    // «قالت القيادة إن غارات نُفذت»: a body reporting a deed of its office with no doer named did it.
    if (e.actor.empty() && !(a.recipient >= 0 && a.recipient == reporter) && reports_own_deed(doc_, tr, s, reporter, a.recipient)) {
      e.actor.push_back(party(doc_, reporter));
      e.actor.back().strength = static_cast<uint8_t>(ArgStrength::kWeak);
    }
    for (EventParty* p : {e.actor.empty() ? nullptr : &e.actor.back(), e.recipient.empty() ? nullptr : &e.recipient.back()})
      if (p && p->actor < 0 && p->entity < 0 && p->strength == 0) p->strength = static_cast<uint8_t>(ArgStrength::kWeak);
    if ((a.actor_also >= 0 || a.actor_also_place >= 0) && !e.actor.empty()) {
      e.actor.push_back(a.actor_also >= 0 ? party(doc_, a.actor_also) : place_party(doc_, static_cast<size_t>(a.actor_also_place)));
      e.actor.back().strength = e.actor.front().strength;
    }
  }

  // The place in the trigger's sentence nearest to it (after it first: «في/ب» phrases follow the
  // verb); else the article's country, named only by its code.
  static constexpr size_t kMaxNotScene = 8;

  void location(Event& e, const TriggerMention& tr, const Sentence& s) {
    // A clause opened after the trigger by «فيما/بينما» has its own scene (clause_openers).
    uint32_t clause_end = tr.end_token < next_opener_.size() ? std::min(s.end_token, next_opener_[tr.end_token]) : s.end_token;
    // The nearest place wins; one that names a party (party_not_scene, the costlier check) is
    // asked only once it wins, and the choice is made again without it.
    std::vector<uint32_t> not_scene;
    int32_t best = -1;
    std::span<const uint32_t> here = in_range(places_, doc_.places, s.first_token, s.end_token);
    // Places in text order; the search goes out from the trigger both ways and stops on a side
    // once the bare distance exceeds the best score (a score is never below it), so a sentence
    // of many places costs each trigger only its neighbours. Ties go to the earlier place.
    size_t pivot = static_cast<size_t>(std::lower_bound(here.begin(), here.end(), tr.first_token, [&](uint32_t i, uint32_t t) {
                                          return doc_.places[i].first_token < t;
                                        }) - here.begin());
    for (;;) {
      best = -1;
      uint32_t best_d = UINT32_MAX;
      auto consider = [&](uint32_t p) -> bool {  // false once this side can hold no better place
        const PlaceMention& m = doc_.places[p];
        uint32_t raw = distance(m.first_token, m.end_token, tr.first_token, tr.end_token);
        if (raw > best_d) return false;
        if (m.first_token < s.first_token || m.end_token > s.end_token) return true;
        if (m.first_token >= clause_end) return true;
        uint32_t d = raw;
        if (m.end_token <= tr.first_token) d += 2;  // a place after the trigger is likelier its location
        // Regions across countries (seas, «آسيا الوسطى») name settings, not scenes; a region inside
        // one country («الغوطة الشرقية») is as good as a province.
        if (m.precision == PlacePrecision::kRegion && m.country.empty()) d += 6;
        // A named place in the sentence beats its country, unless the country is what the trigger
        // governs with «في/ب» right after it («قتلوا في سوريا»; the town named before is elsewhere).
        if (m.precision == PlacePrecision::kCountry && !governed_right_after(tr, m)) d += 8;
        if (m.relative) d += 6;  // «في الغوطة الشرقية قرب دمشق»: the scene, not the landmark it is near
        bool better = d < best_d || (d == best_d && best >= 0 && m.first_token < doc_.places[static_cast<size_t>(best)].first_token);
        if (better && std::find(not_scene.begin(), not_scene.end(), p) == not_scene.end()) {
          best_d = d;
          best = static_cast<int32_t>(p);
        }
        return true;
      };
      for (size_t i = pivot; i < here.size() && consider(here[i]); ++i) {}
      for (size_t i = pivot; i > 0 && consider(here[i - 1]); --i) {}
      if (best < 0 || !party_not_scene(e, tr, s, doc_.places[static_cast<size_t>(best)], static_cast<uint32_t>(best))) break;
      not_scene.push_back(static_cast<uint32_t>(best));
      // Past a few parties' places nearer than any scene (a hostile run of «قصفت X ... X»), the
      // sentence names no scene worth the search: the article's country stands.
      if (not_scene.size() >= kMaxNotScene) { best = -1; break; }
    }
    if (best >= 0) {
      e.location = place_of(doc_, best);
    } else if (!country_.empty()) {
      EventPlace p;
      p.country = country_;
      p.precision = "country";
      int32_t c = geo::Gazetteer::get().country(country_);
      if (c >= 0) {
        const auto& gp = geo::Gazetteer::get().place(c);
        p.name = std::string(gp.name_ar);
        if (gp.geonames_id) p.geonames_id = gp.geonames_id;
      }
      e.location = p;
    }
  }

  // A place named as a party is no scene of an attack: the doer's country or capital («غارة نفذتها الولايات
  // المتحدة على سوريا», «أعلنت موسكو أنها قصفت»), a place inside the doer's name, one in an agent
  // or aside phrase (a sponsor «المدعومة من طهران», «من قبل إسرائيل»). Unless the trigger governs
  // it with «في/ب» right after it («قتلوا في سوريا»), it is left out of the choice.
  bool party_not_scene(const Event& e, const TriggerMention& tr, const Sentence& s, const PlaceMention& m,
                       uint32_t index) const {
    // A statement, demand or deal is made where its maker is: only acts done to someone somewhere
    // (attacks, coercion) have a scene apart from their doer.
    if (e.type != "ASSAULT" && e.type != "COERCE") return false;
    if (governed_right_after(tr, m)) return false;
    int32_t entity = entity_of_place(index);
    for (const EventParty& party : e.actor) {
      if (entity >= 0 && party.entity == entity) return true;
      if (party.actor >= 0) {
        const ActorMention& a = doc_.actors[static_cast<size_t>(party.actor)];
        if (m.span.begin >= a.span.begin && m.span.end <= a.span.end) return true;
      }
    }
    // An aside phrase other than the scene's own «في» (which the cue table lists as aside for
    // actors: «في X» is no party).
    if (m.first_token > s.first_token && without_waw(doc_.tokens[m.first_token - 1].key) != "\xD9\x81\xD9\x8A")
      for (cues::Role r : cues::cue_before(doc_, m.first_token, s.first_token, tr.type))
        if (r == cues::Role::kAgent || r == cues::Role::kAside) return true;
    return false;
  }

  // The LOC entity of each place mention, found once (place_entity searches the entities).
  int32_t entity_of_place(uint32_t p) const {
    if (place_entities_.empty() && !doc_.places.empty()) {
      place_entities_.resize(doc_.places.size());
      for (size_t i = 0; i < doc_.places.size(); ++i) place_entities_[i] = place_entity(doc_, i);
    }
    return place_entities_[p];
  }

  static std::string_view without_waw(std::string_view k) {
    if (k.starts_with("\xD9\x88") && k.size() > 2) k.remove_prefix(2);
    return k;
  }

  // Whether a place follows the trigger within a few words, after «في» or with the clitic ب.
  bool governed_right_after(const TriggerMention& tr, const PlaceMention& m) const {
    constexpr uint32_t kReach = 3;
    if (m.first_token < tr.end_token || m.first_token - tr.end_token > kReach) return false;
    const Token& first = doc_.tokens[m.first_token];
    std::string_view k = first.key;
    if (k.starts_with("\xD9\x88")) k.remove_prefix(2);  // و
    if (m.span.begin > first.span.begin && k.starts_with("\xD8\xA8")) return true;  // ب
    if (m.first_token == 0) return false;
    std::string_view prev = doc_.tokens[m.first_token - 1].key;
    if (prev.starts_with("\xD9\x88")) prev.remove_prefix(2);
    return prev == "\xD9\x81\xD9\x8A";  // في
  }

  // The date mention of the trigger's sentence nearest to it; none when the sentence has none.
  // A report's own date is not the event's («أفاد المرصد الأحد أن ...»), and a definite verbal
  // noun («إزاء الاحتجاجات») names an event told before: it takes only a date right beside it.
  // A participle names people («محتجون»), not an act: it dates nothing.
  void date(Event& e, const TriggerMention& tr, const Sentence& s) {
    constexpr uint32_t kRetoldReach = 3;
    if (tr.participle) return;
    bool retold = tr.nominal && cues::definite(doc_.tokens[tr.first_token]);
    uint32_t best_d = UINT32_MAX;
    for (uint32_t d : in_range(dates_, doc_.dates, s.first_token, s.end_token)) {
      const DateMention& m = doc_.dates[d];
      if (m.first_token < s.first_token || m.end_token > s.end_token) continue;
      if (report_date_[d]) continue;
      uint32_t dist = distance(m.first_token, m.end_token, tr.first_token, tr.end_token);
      // «اتسعت المظاهرات حين اقتحم الخميس طلاب»: the day is the storming's, told by the
      // trigger between.
      if (retold && (dist > kRetoldReach || trigger_between(tr, m))) continue;
      if (dist < best_d) {
        best_d = dist;
        e.date_mention = static_cast<int32_t>(d);
        e.date = m.precision == DatePrecision::kDay ? m.date : std::nullopt;
      }
    }
  }

  // «أدى لسقوط», «تعرض لهجوم»: a word before governs the ل (data/events/lam_complements.tsv).
  bool lam_complement_before(uint32_t first) const {
    return lam_governing_verb_before(first) || lam_head_noun_before(first) || lam_object_of_verbal_noun(first);
  }

  // A verb of the table's `verb` class right before or a few words back, its subject and a time
  // phrase between («تعرضت البلدة، في الرابع من نيسان، لغارة»), no other trigger in the way.
  bool lam_governing_verb_before(uint32_t first) const {
    constexpr uint32_t kGovernorReach = 10;  // words
    static const StringSet words = lam_words("verb");
    int32_t s = sentence_of(doc_, first);
    uint32_t floor = s >= 0 ? doc_.sentences[static_cast<size_t>(s)].first_token : 0;
    uint32_t seen = 0;
    for (uint32_t k = first; k-- > floor && seen < kGovernorReach;) {
      const Token& prev = doc_.tokens[k];
      if (prev.kind != TokenKind::kWord) continue;
      ++seen;
      std::string_view key = prev.key;
      if (words.count(std::string(key))) return true;
      if ((key.starts_with("\xD9\x88") || key.starts_with("\xD9\x81")) && words.count(std::string(key.substr(2))))  // و ف
        return true;
      if (trigger_starts_at(doc_, k)) return false;
    }
    return false;
  }

  // A noun of the `noun` class heading the phrase right before: «اللجنة العليا للإغاثة» names a
  // body by its remit, «الذكرى الأولى للتفجير» an occasion; only definite adjectives or a definite
  // genitive may stand between (a verb, or an indefinite object, makes the ل a purpose again:
  // «أرسلت اللجنة فريقا لتقييم الأضرار»).
  bool lam_head_noun_before(uint32_t first) const {
    constexpr uint32_t kPhraseReach = 3;  // the head and two definite words after it
    static const StringSet words = lam_words("noun");
    for (uint32_t k = first, seen = 0; k-- > 0 && seen < kPhraseReach; ++seen) {
      const Token& prev = doc_.tokens[k];
      if (prev.kind != TokenKind::kWord) return false;
      if (words.count(std::string(text::proclitic_stem(prev.key)))) return true;
      if (!cues::definite(prev) || trigger_starts_at(doc_, k)) return false;
    }
    return false;
  }

  // A verbal noun with its doer given ends its object with ل: «إدانته للتفجير», «دعم الناخبين
  // لرفض الخطة» — the doer takes the genitive, so the object cannot, and the ل marks it. No
  // purpose there: the ل phrase is what the condemning or supporting is about.
  bool lam_object_of_verbal_noun(uint32_t first) const {
    if (first == 0) return false;
    uint32_t k = first - 1;
    if (doc_.tokens[k].kind != TokenKind::kWord) return false;
    if (const TriggerMention* t = nominal_trigger_at(k); t && t->end_token == first) return has_enclitic(doc_.tokens[k]);
    if (k == 0 || !cues::definite(doc_.tokens[k]) || doc_.tokens[k - 1].kind != TokenKind::kWord) return false;
    const TriggerMention* t = nominal_trigger_at(k - 1);
    return t && t->end_token == k && !cues::definite(doc_.tokens[k - 1]);
  }

  const TriggerMention* nominal_trigger_at(uint32_t k) const {
    auto it = std::lower_bound(doc_.triggers.begin(), doc_.triggers.end(), k,
                               [](const TriggerMention& m, uint32_t tok) { return m.first_token < tok; });
    if (it == doc_.triggers.end() || it->first_token != k || !it->nominal || it->participle) return nullptr;
    return &*it;
  }

  // Whether the word ends in an enclitic pronoun («دعمها», «إدانته»). A bare ه counts only after
  // the ت an ة becomes before a pronoun: many nouns end in ه of their own («اتجاه»).
  static bool has_enclitic(const Token& tok) {
    static const std::string kHa = "\xD9\x87", kTaa = "\xD8\xAA";  // ه ت
    for (const auto& a : text::analyse_clitics(tok.key))
      if (!a.suffix.empty() && a.stem.size() >= 4 && (a.suffix != kHa || a.stem.ends_with(kTaa))) return true;
    return false;
  }

  static StringSet lam_words(std::string_view cls) {
    StringSet out;
    const data::Table& t = data::table("events/lam_complements");
    for (size_t r = 0; r < t.rows(); ++r)
      if (t.get(r, "class") == cls) out.insert(text::normalize_key(t.get(r, "word")));
    return out;
  }

  // Whether another trigger lies wholly between tr and the date. Triggers are in text order
  // (trigger_finder), so the candidates are one range found by binary search.
  bool trigger_between(const TriggerMention& tr, const DateMention& m) const {
    uint32_t lo = std::min(tr.end_token, m.end_token), hi = std::max(tr.first_token, m.first_token);
    auto it = std::lower_bound(doc_.triggers.begin(), doc_.triggers.end(), lo,
                               [](const TriggerMention& t, uint32_t v) { return t.first_token < v; });
    for (; it != doc_.triggers.end() && it->first_token < hi; ++it)
      if (&*it != &tr && it->end_token <= hi) return true;
    return false;
  }

  // Per date mention: whether it dates a report rather than what is reported, i.e. it follows a
  // speech verb within its subject's reach with no trigger between («حسب ما ذكرت الهيئة
  // الحقوقية السبت»).
  std::vector<bool> report_dates() const {
    constexpr uint32_t kSubjectReach = 7;  // tokens: a speech verb, its subject, then the date
    static const StringSet verbs = [] {
      StringSet v;
      const auto& t = data::table("quotes/speech_cues");  // the speech verbs: rows with actor = name
      for (size_t r = 0; r < t.rows(); ++r)
        if (t.get(r, "actor") == "name") v.insert(text::normalize_key(t.get(r, "cue")));
      const auto& w = data::table("events/report_words");
      for (size_t r = 0; r < w.rows(); ++r) v.insert(text::normalize_key(w.get(r, "word")));
      return v;
    }();
    // A light verb between («قال إنه شن ليل الأربعاء غارة») dates its verbal noun, not the report.
    static const StringSet light = text::key_set("events/support_verbs", "verb");
    std::vector<bool> trigger_at(doc_.tokens.size(), false);
    for (const TriggerMention& tr : doc_.triggers)
      for (uint32_t t = tr.first_token; t < tr.end_token && t < trigger_at.size(); ++t) trigger_at[t] = true;
    std::vector<bool> out(doc_.dates.size(), false);
    for (size_t d = 0; d < doc_.dates.size(); ++d) {
      uint32_t first = doc_.dates[d].first_token;
      int32_t s = sentence_of(doc_, first);
      uint32_t floor = s >= 0 ? doc_.sentences[static_cast<size_t>(s)].first_token : 0;
      for (uint32_t k = first; k-- > floor && first - k <= kSubjectReach;) {
        const Token& t = doc_.tokens[k];
        if (trigger_at[k] || (t.kind == TokenKind::kWord && (light.count(t.key) || light.count(t.stem)))) break;
        if (t.kind == TokenKind::kWord && (verbs.count(t.key) || verbs.count(t.stem))) {
          out[d] = true;
          break;
        }
      }
    }
    return out;
  }

  // «هجوم آخر», «غارة جديدة»: an indefinite trigger noun followed by a word of
  // data/events/another_markers.tsv tells a happening other than those before it.
  // «المدينة التي سيطر عليها المسلحون»: a verb in a relative clause on a place describes the
  // place (who holds it, what befell it) as background to the news; like a telling framed as
  // earlier it only fills a role today's happening left empty (merge).
  bool describes_place(const TriggerMention& tr, const std::vector<bool>& place_ends) const {
    const auto& relatives = cues::lexicon().relatives;  // relative_words.tsv, kind relative
    const uint32_t t = tr.first_token;
    if (tr.nominal || t < 2 || !place_ends[t - 1]) return false;
    std::string_view key = doc_.tokens[t - 1].key;
    if (relatives.count(std::string(key))) return true;
    std::string_view bare = cues::without_conjunction(key);
    return !bare.empty() && relatives.count(std::string(bare));
  }

  bool introduces_another(const TriggerMention& tr) const {
    static const StringSet words = text::key_set("events/another_markers", "word");
    if (!tr.nominal || tr.end_token >= doc_.tokens.size() || cues::definite(doc_.tokens[tr.first_token])) return false;
    const Token& next = doc_.tokens[tr.end_token];
    return next.kind == TokenKind::kWord && words.count(next.key);
  }

  // Whether the sentence opens with a word of data/events/parallel_openers.tsv («كما», «وعلى جبهة»).
  bool opens_parallel(const Sentence& s) const {
    static const std::vector<std::vector<std::string>> openers = [] {
      std::vector<std::vector<std::string>> out;
      const auto& t = data::table("events/parallel_openers");
      for (size_t r = 0; r < t.rows(); ++r) {
        std::vector<std::string> words;
        for (const auto& w : data::split_cell(t.get(r, "opener"), ' ')) words.push_back(text::normalize_key(w));
        if (!words.empty()) out.push_back(std::move(words));
      }
      return out;
    }();
    uint32_t first = s.first_token;
    while (first < s.end_token && doc_.tokens[first].kind != TokenKind::kWord) ++first;  // «- كما»
    for (const auto& words : openers) {
      if (first + words.size() > s.end_token) continue;
      bool ok = true;
      for (size_t w = 0; w < words.size() && ok; ++w) {
        std::string_view key = doc_.tokens[first + w].key;
        ok = key == words[w] || (w == 0 && key.size() > 2 && key.starts_with("و") && key.substr(2) == words[w]);
      }
      if (ok) return true;
    }
    return false;
  }

  // Per token: whether it opens a clause of its own (data/events/clause_openers.tsv).
  std::vector<bool> clause_openers() const {
    struct Opener { std::string first; StringSet not_next; };
    static const StringMap<Opener> openers = [] {
      StringMap<Opener> m;
      const auto& t = data::table("events/clause_openers");
      for (size_t r = 0; r < t.rows(); ++r) {
        Opener o{text::normalize_key(t.get(r, "first")), {}};
        for (const auto& w : data::split_cell(t.get(r, "not_next")))
          if (!w.empty()) o.not_next.insert(text::normalize_key(w));
        m.emplace(text::normalize_key(t.get(r, "word")), std::move(o));
      }
      return m;
    }();
    std::vector<bool> out(doc_.tokens.size(), false);
    for (uint32_t k = 0; k < doc_.tokens.size(); ++k) {
      const Token& t = doc_.tokens[k];
      if (t.kind != TokenKind::kWord) continue;
      std::string_view key = t.key;
      auto it = openers.find(std::string(key));
      if (it == openers.end() && key.starts_with("\xD9\x88")) it = openers.find(std::string(key.substr(2)));  // و
      if (it == openers.end()) continue;
      const Opener& o = it->second;
      if (!o.first.empty() && (k == 0 || doc_.tokens[k - 1].key != o.first)) continue;
      if (k + 1 < doc_.tokens.size() && o.not_next.count(doc_.tokens[k + 1].key)) continue;
      out[o.first.empty() ? k : k - 1] = true;
    }
    return out;
  }

  // Per token: the first clause opener at or after it (tokens.size() when none), so a trigger's
  // clause end is one look-up, not a scan (a huge run-on sentence would make it quadratic).
  std::vector<uint32_t> next_openers() const {
    std::vector<uint32_t> next(clause_opener_.size() + 1, static_cast<uint32_t>(clause_opener_.size()));
    for (size_t k = clause_opener_.size(); k-- > 0;) next[k] = clause_opener_[k] ? static_cast<uint32_t>(k) : next[k + 1];
    return next;
  }

  static bool asserted(const Event& e) {
    return !e.negated && e.modality != "negated" && e.modality != "future" && e.modality != "hypothetical" &&
           e.modality != "generic";
  }

  const Quantity* count(const Event& e, const std::string& role) const {
    for (const auto& [r, c] : e.counts)
      if (r == role) return &c.quantity;
    return nullptr;
  }

  // Whether the later telling j may join the earlier event i.
  // A telling first told in a sentence set beside the ones before (parallel_openers) joins no
  // event of an earlier sentence. (The pluperfect «وكان ... قد» was tried as such a separator: on
  // the gold articles it retells today's happening more often, F1 0.896 -> 0.888, 10 duplicates.)
  bool compatible(size_t i, size_t j) const {
    if (another_[j] || (parallel_[j] && sentence_[i] != sentence_[j])) return false;
    return compatible(doc_.events[i], doc_.events[j]);
  }

  bool compatible(const Event& a, const Event& b) const {
    if (a.type != b.type || asserted(a) != asserted(b)) return false;
    if (a.date && b.date && *a.date != *b.date) return false;
    if (months_differ(a, b)) return false;
    // Places keep tellings apart only when both name one below country level: a country near
    // the trigger is often the actor's («التحالف الذي تقوده السعودية»), not the scene. Two such
    // places differ when they are in different countries, or both are in the gazetteer and are
    // not the same; a place the gazetteer does not know («ضاحية البريهي») may lie in the other.
    if (specific_place(a) && specific_place(b)) {
      const auto& pa = *a.location;
      const auto& pb = *b.location;
      bool same = (pa.geonames_id && pa.geonames_id == pb.geonames_id) || pa.name == pb.name;
      bool maybe_inside = (kUnknownPlacesNest && (!pa.geonames_id || !pb.geonames_id) && !siblings(pa, pb)) ||
                          in_province(pa, pb) || in_province(pb, pa);
      if (pa.country != pb.country && !pa.country.empty() && !pb.country.empty()) return false;
      if (!same && !maybe_inside) return false;
    }
    if (kActorsKeepApart && actors_differ(a, b)) return false;
    if (modes_differ(a, b)) return false;
    if (one_and_many(a, b)) return false;
    if (aimed_at_doer(a, b)) return false;
    // Different counts do not keep tellings apart: tolls are updated and split by victim group
    // («26 مقاتلا» ... «تسعة روس») within one happening.
    return true;
  }

  // The later telling aims at the earlier one's doer, by name in both, and has another doer: a
  // blow and the answer to it (a country's raids, then rockets fired at that country) are two
  // happenings with their own sides, not one whose parties are fused across. One way only: a
  // later telling whose doer is the earlier one's recipient is as often that recipient read as
  // the doer of a passive («قُتل القائد بغارة»), and so is a mirror image of the earlier telling.
  static bool aimed_at_doer(const Event& a, const Event& b) {
    // Attacks only: a meeting, a call or an agreement told from either side is one happening.
    if (a.type != "ASSAULT" || a.actor.empty() || b.recipient.empty() || b.actor.empty()) return false;
    // The answer is told as fire (shells, rockets, raids, shots): a battle «معارك مع الجيش» told
    // from the other side is the same fighting.
    static constexpr std::string_view kFire[] = {"heavy-weapons", "aerial", "firearms", "explosives"};
    if (std::none_of(b.modes.begin(), b.modes.end(), [](const std::string& m) {
          return std::find(std::begin(kFire), std::end(kFire), m) != std::end(kFire);
        }))
      return false;
    if (!a.recipient.empty() && one_party(a.recipient.front(), b.actor.front())) return false;
    const EventParty& doer = a.actor.front();
    const EventParty& target = b.recipient.front();
    if (doer.strength < static_cast<uint8_t>(ArgStrength::kMedium) ||
        target.strength < static_cast<uint8_t>(ArgStrength::kMedium))
      return false;
    return one_party(doer, target) && !one_party(doer, b.actor.front());
  }

  // Tellings dated at a month or a year («في يوليو الماضي», «مطلع سبتمبر») that name different
  // ones are different happenings; a day and its month agree.
  bool months_differ(const Event& a, const Event& b) const {
    if (a.date_mention < 0 || b.date_mention < 0) return false;
    const DateMention& x = doc_.dates[static_cast<size_t>(a.date_mention)];
    const DateMention& y = doc_.dates[static_cast<size_t>(b.date_mention)];
    if (!x.date || !y.date || x.precision == DatePrecision::kWeek || y.precision == DatePrecision::kWeek) return false;
    bool year_only = x.precision == DatePrecision::kYear || y.precision == DatePrecision::kYear;
    return x.date->year != y.date->year || (!year_only && x.date->month != y.date->month);
  }

  // One telling counts a single dead or injured victim, the other several, both exactly: the
  // death of one commander is not the summary of three («ثلاثة من قياداتها لقوا مصرعهم» ...
  // «لقي مصرعه بغارة»). Differing tolls of several victims stay compatible (updated tolls).
  bool one_and_many(const Event& a, const Event& b) const {
    for (const char* role : {"dead", "injured"}) {
      const Quantity* x = count(a, role);
      const Quantity* y = count(b, role);
      if (!x || !y || !x->value || !y->value) continue;
      if (x->qualifier != Qualifier::kExact || y->qualifier != Qualifier::kExact) continue;
      if ((*x->value == 1) == (*y->value == 1)) continue;
      // «قتلت قوات الأمن أحدهما»: one of the group just counted is part of its toll.
      const Quantity* one = *x->value == 1 ? x : y;
      if (text::normalize_key(one->span.of(doc_.text)).starts_with("\xD8\xA7\xD8\xAD\xD8\xAF")) continue;  // احد
      return true;
    }
    return false;
  }

  // Both tellings carry a mode that names a kind of happening (data/events/separating_modes.tsv)
  // and they share none: a demonstration and a riot, arrests and a curfew.
  static std::set<std::string> separating_kinds(const Event& e) {
    static const std::map<std::pair<std::string, std::string>, std::string> separating = [] {
      std::map<std::pair<std::string, std::string>, std::string> s;
      const auto& t = data::table("events/separating_modes");
      for (size_t r = 0; r < t.rows(); ++r) {
        std::string_view kind = t.get(r, "kind");
        s.emplace(std::pair<std::string, std::string>(t.get(r, "type"), t.get(r, "mode")),
                  std::string(kind.empty() ? t.get(r, "mode") : kind));
      }
      return s;
    }();
    std::set<std::string> out;
    for (const auto& m : e.modes)
      if (auto it = separating.find({e.type, m}); it != separating.end()) out.insert(it->second);
    return out;
  }

  // A vague telling b that names its kind of act («قصفت مدفعية الجيش») retells no event a that
  // named none («المواجهات»): it is an act of its own. (Applied to fusion on shared
  // arguments too, gold F1 fell 0.868 -> 0.859 with 15 duplicates: only vague tellings use it.)
  static bool one_names_its_kind(const Event& a, const Event& b) {
    return separating_kinds(a).empty() && !separating_kinds(b).empty();
  }

  static bool modes_differ(const Event& a, const Event& b) {
    std::set<std::string> x = separating_kinds(a), y = separating_kinds(b);
    if (x.empty() || y.empty()) return false;
    for (const auto& m : x)
      if (y.count(m)) return false;
    return true;
  }

  // Two tellings whose doers are plainly different parties («استهدفت مقاتلات التحالف» and
  // «قصفت ميليشيات الحوثي») tell two happenings: both first told by a finite verb (its subject
  // is its doer; a verbal noun's nearest actor often is not), actors of different sectors or
  // countries, both known. The same entity, or a side unknown, never keeps them apart.
  bool actors_differ(const Event& a, const Event& b) const {
    if (a.actor.empty() || b.actor.empty() || a.triggers.empty() || b.triggers.empty()) return false;
    if (doc_.triggers[a.triggers.front()].nominal || doc_.triggers[b.triggers.front()].nominal) return false;
    const EventParty& x = a.actor.front();
    const EventParty& y = b.actor.front();
    if (x.entity >= 0 && x.entity == y.entity) return false;
    bool sectors = !x.sector.empty() && !y.sector.empty() && x.sector != "UNK" && y.sector != "UNK";
    bool countries = !x.country.empty() && !y.country.empty();
    return (sectors && x.sector != y.sector) || (countries && x.country != y.country);
  }

  // Two places the gazetteer does not know, introduced by the same type word under different
  // names («قرية آل الصقور», «قرية آل أحمد»): two villages, neither inside the other.
  bool siblings(const EventPlace& a, const EventPlace& b) const {
    if (a.geonames_id || b.geonames_id || a.place < 0 || b.place < 0) return false;
    const PlaceMention& x = doc_.places[static_cast<size_t>(a.place)];
    const PlaceMention& y = doc_.places[static_cast<size_t>(b.place)];
    if (x.span == x.name_span || y.span == y.name_span || x.precision != y.precision) return false;
    auto type_word = [&](const PlaceMention& m) { return text::normalize_key(doc_.text.substr(m.span.begin, m.name_span.begin - m.span.begin)); };
    return type_word(x) == type_word(y) && text::normalize_key(x.name_span.of(doc_.text)) != text::normalize_key(y.name_span.of(doc_.text));
  }

  // Whether inner lies in the province outer names («دير الزور» the city in «محافظة دير الزور»):
  // same country and GeoNames admin1 code. Two towns of one province stay apart: they are as
  // often two happenings («القصف على دوما» ... «القصف في حرستا»).
  bool in_province(const EventPlace& outer, const EventPlace& inner) const {
    int32_t go = gazetteer_place(outer), gi = gazetteer_place(inner);
    if (go < 0 || gi < 0) return false;
    const auto& o = geo::Gazetteer::get().place(go);
    const auto& i = geo::Gazetteer::get().place(gi);
    return o.precision == PlacePrecision::kAdmin1 && !o.admin1.empty() && o.country == i.country && o.admin1 == i.admin1;
  }

  // A province and the town it is named for («محافظة حماة», «مدينة حماة», «حماة»): news names
  // one scene either way, so the two share a place as one name would.
  bool province_and_its_town(const EventPlace& a, const EventPlace& b) const {
    if (a.place < 0 || b.place < 0 || !(in_province(a, b) || in_province(b, a))) return false;
    const PlaceMention& x = doc_.places[static_cast<size_t>(a.place)];
    const PlaceMention& y = doc_.places[static_cast<size_t>(b.place)];
    return text::normalize_key(x.name_span.of(doc_.text)) == text::normalize_key(y.name_span.of(doc_.text));
  }

  // Whether the two tellings' doers are of known, different sectors or countries.
  static bool two_sides(const Event& a, const Event& b) {
    if (a.actor.empty() || b.actor.empty()) return false;
    const EventParty& x = a.actor.front();
    const EventParty& y = b.actor.front();
    if ((x.entity >= 0 && x.entity == y.entity) || x.name == y.name) return false;
    bool sectors = !x.sector.empty() && !y.sector.empty() && x.sector != "UNK" && y.sector != "UNK";
    bool countries = !x.country.empty() && !y.country.empty();
    return (sectors && x.sector != y.sector) || (countries && x.country != y.country);
  }

  int32_t gazetteer_place(const EventPlace& p) const {
    if (p.place < 0) return -1;
    const PlaceMention& m = doc_.places[static_cast<size_t>(p.place)];
    return m.place >= 0 ? m.place : m.within;
  }

  // A specific argument both tellings share: the same count, the same place below country
  // level, or the same named actor.
  bool share(const Event& a, const Event& b) const {
    for (const char* role : {"dead", "injured", "arrested", "size"}) {
      const Quantity* qa = count(a, role);
      const Quantity* qb = count(b, role);
      if (qa && qb && qa->value == qb->value) return true;
    }
    if (a.location && b.location && a.location->place >= 0 && b.location->place >= 0 &&
        a.location->precision != "country" && a.location->precision != "region" &&
        ((a.location->geonames_id && a.location->geonames_id == b.location->geonames_id) ||
         a.location->name == b.location->name))
      return true;
    // A province is a wide scene, many sides act in it: its name binds tellings whose doers are
    // not plainly two sides.
    if (a.location && b.location && province_and_its_town(*a.location, *b.location) && !two_sides(a, b)) return true;
    // The same doer binds tellings not pinned to two different places: an army fights on many
    // fronts («تصدت قوات الجيش» at the front, «قصفت مدفعية الجيش» villages beyond it).
    if (!(specific_place(a) && specific_place(b)))
      for (const auto& x : a.actor)
        for (const auto& y : b.actor)
          if (x.entity >= 0 && x.entity == y.entity) return true;
    // The same word told again («الاحتجاجات» ... «الاحتجاجات»).
    for (uint32_t x : a.triggers)
      for (uint32_t y : b.triggers)
        if (doc_.triggers[x].lemma == doc_.triggers[y].lemma) return true;
    return false;
  }

  // How coarse a location is, for fusion: a province or anything finer (or a region inside one
  // country), then a country or a wider region, then the article's country; a place the scene
  // is only described from («قرب دمشق») after one of the same class. Tellings of one class keep
  // the earliest: the first full telling names the scene, later ones add places nearby or
  // inside it («حصيلة القتلى في الغوطة» ... «القصف في حرستا»).
  int rank(const EventPlace& p) const {
    if (p.place < 0) return 4;
    const PlaceMention& m = doc_.places[static_cast<size_t>(p.place)];
    bool wide = m.precision == PlacePrecision::kCountry || (m.precision == PlacePrecision::kRegion && m.country.empty());
    return (wide ? 2 : 0) + (m.relative ? 1 : 0);
  }

  // rank(), after every other place when it names the doer of an attack or coercion (a telling
  // that knew no doer when it chose its place: «قتل عشرة في غارة شنتها إسرائيل على جنوب لبنان»).
  int scene_rank(const Event& e, const EventPlace& p) const {
    if (p.place >= 0 && (e.type == "ASSAULT" || e.type == "COERCE")) {
      int32_t entity = entity_of_place(static_cast<uint32_t>(p.place));
      for (const EventParty& party : e.actor)
        if (entity >= 0 && party.entity == entity) return rank(p) + 5;
    }
    return rank(p);
  }

  static bool specific_place(const Event& e) {
    return e.location && e.location->place >= 0 && e.location->precision != "country" &&
           !(e.location->precision == "region" && e.location->country.empty());
  }

  // Neither telling is pinned to a place below country level: nothing tells them apart.
  static bool both_vague(const Event& a, const Event& b) {
    return !specific_place(a) && !specific_place(b) && (!a.date || !b.date || *a.date == *b.date);
  }

  // Moves event j into event i (merge), minding which of them only recalls an earlier deed.
  // A later telling framed as earlier (events/earlier_telling.h) from another sentence than
  // today's happening only fills a role it left empty: «وكان الجيش قد حرر المدينة في 2016» told
  // after today's raids does not displace their doer. Tellings naming the same doer retell one
  // deed and fuse as any. Measured on 3,000 corpus articles against fusing as any: lending nothing
  // at all, or today's telling's parties replacing an earlier event's, changed 47-59 records,
  // many a role emptied; letting the earlier telling displace a guess undid the fixes.
  void merge(size_t i, size_t j) {
    Event& a = doc_.events[i];
    Event& b = doc_.events[j];
    bool one_sentence = sentence_[i] == sentence_[j];
    bool same_doer = !a.actor.empty() && !b.actor.empty() && same_side(a.actor.front(), b.actor.front());
    bool fill_only = !one_sentence && !same_doer && earlier_[j] && !earlier_[i];
    merge(a, b, fill_only);
    // Tellings of one sentence are one telling: its pluperfect frame covers them all.
    earlier_[i] = one_sentence ? earlier_[i] || earlier_[j] : earlier_[i] && earlier_[j];
  }

  // Moves b into a: mentions, triggers, and every argument a lacks. `fill_only`: b's parties
  // only fill a role a left empty.
  void merge(Event& a, Event& b, bool fill_only) {
    a.mentions.insert(a.mentions.end(), b.mentions.begin(), b.mentions.end());
    a.triggers.insert(a.triggers.end(), b.triggers.begin(), b.triggers.end());
    for (const auto& m : b.modes)
      if (std::find(a.modes.begin(), a.modes.end(), m) == a.modes.end()) a.modes.push_back(m);
    if (!fill_only) {
      fuse_parties(a, b);  // the surer telling's actor and recipient (events/arguments.h)
    } else {
      if (a.actor.empty()) a.actor = b.actor;
      if (a.recipient.empty()) a.recipient = b.recipient;
    }
    // The fused doer's own country is the scene of its attack only when no telling names another.
    if (b.location && (!a.location || scene_rank(a, *b.location) < scene_rank(a, *a.location))) a.location = b.location;
    // A day beats a month («في مايو» ... «يوم 3 مايو»); a month is kept over nothing, so the
    // event still knows when it happened for later tellings (months_differ).
    if (!a.date && b.date) { a.date = b.date; a.date_mention = b.date_mention; }
    else if (a.date_mention < 0 && b.date_mention >= 0) a.date_mention = b.date_mention;
    if (a.reported_by.empty()) a.reported_by = b.reported_by;
    a.background = a.background && b.background;  // one reporting telling makes it news
    // A count a lacks is taken; a vague one («عشرات القتلى») gives way to a number («13 قتيلا»).
    for (const auto& [role, c] : b.counts) {
      auto it = std::find_if(a.counts.begin(), a.counts.end(), [&](const auto& rc) { return rc.first == role; });
      if (it == a.counts.end()) a.counts.push_back({role, c});
      else if (it->second.quantity.qualifier == Qualifier::kVague && c.quantity.qualifier != Qualifier::kVague)
        it->second = c;
    }
    // Tellings of one sentence read the same figure: a claim is a figure in the text, kept once.
    for (const auto& claim : b.count_claims)
      if (std::none_of(a.count_claims.begin(), a.count_claims.end(), [&](const auto& k) {
            return k.first == claim.first && k.second.quantity.span == claim.second.quantity.span;
          }))
        a.count_claims.push_back(claim);
  }

  void fuse(bool same_sentence_only) {
    std::vector<bool> gone(doc_.events.size(), false);
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      if (gone[i]) continue;
      // Bounded look-ahead keeps fusion linear in events: an article tells its happenings within
      // far fewer than kFusionWindow tellings of each other, a pathological text does not.
      size_t end = std::min(doc_.events.size(), i + 1 + kFusionWindow);
      for (size_t j = i + 1; j < end; ++j) {
        if (gone[j]) continue;
        Event& a = doc_.events[i];
        Event& b = doc_.events[j];
        bool same_sentence = sentence_[i] == sentence_[j];
        if (same_sentence_only && !same_sentence) break;  // a sentence's events are contiguous
        if (!compatible(i, j)) continue;
        if (!same_sentence_only && !share(a, b) && !(kFuseWithoutSharedArgument && both_vague(a, b))) continue;
        merge(i, j);
        gone[j] = true;
      }
    }
    compact(gone);
  }

  // A telling pinned to no place below country level («الهجوم», «القتلى») retells the nearest
  // earlier event of its type when nothing conflicts: news tells a happening, then comes back
  // to it without repeating where.
  void attach_vague_tellings() {
    std::vector<bool> gone(doc_.events.size(), false);
    for (size_t j = 1; j < doc_.events.size(); ++j) {
      if (specific_place(doc_.events[j])) continue;
      for (size_t i = j; i-- > 0 && j - i <= kFusionWindow;) {
        // A planned or denied event of the type in between is another matter: skip it.
        if (gone[i] || doc_.events[i].type != doc_.events[j].type ||
            asserted(doc_.events[i]) != asserted(doc_.events[j]))
          continue;
        if (compatible(i, j) && !one_names_its_kind(doc_.events[i], doc_.events[j])) {
          merge(i, j);
          gone[j] = true;
        }
        break;  // only the nearest earlier event of the type and modality
      }
    }
    compact(gone);
  }

  void compact(const std::vector<bool>& gone) {
    size_t w = 0;
    for (size_t i = 0; i < doc_.events.size(); ++i) {
      if (gone[i]) continue;
      if (w != i) {
        doc_.events[w] = std::move(doc_.events[i]);
        sentence_[w] = sentence_[i];
        another_[w] = another_[i];
        earlier_[w] = earlier_[i];
        parallel_[w] = parallel_[i];
      }
      ++w;
    }
    doc_.events.resize(w);
    sentence_.resize(w);
    another_.resize(w);
    earlier_.resize(w);
    parallel_.resize(w);
  }

  void fuse_within_sentences() { fuse(true); }
  void fuse_across_sentences() {
    fuse(false);
    attach_vague_tellings();
  }

  Document& doc_;
  mutable std::vector<int32_t> place_entities_;  // entity_of_place
  const FilterModel* status_model_;  // borrowed; nullptr: the status rules alone
  std::string country_;
  std::vector<uint32_t> actors_, places_, dates_;  // by first token (by_first_token)
  std::vector<bool> report_date_;                  // per date mention (report_dates)
  std::vector<bool> clause_opener_;                // per token (clause_openers)
  std::vector<uint32_t> next_opener_;              // per token (next_openers)
  std::vector<int32_t> sentence_;  // the first telling's sentence, per event
  std::vector<bool> another_;      // per event: first told as another happening (another_markers)
  std::vector<bool> earlier_;      // per event: every telling framed as earlier (events/earlier_telling.h)
  std::vector<bool> parallel_;     // per event: first told in a sentence opened by parallel_openers
};

}  // namespace

void build_events(Document& doc, const FilterModel* status_model) {
  doc.events.clear();
  Builder(doc, status_model).run();
}

}  // namespace rasd::events

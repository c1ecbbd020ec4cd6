// Who did it and to whom (events/arguments.h): the layers of class Finder run in order, then the
// learned role chooser may re-choose; the layers themselves live in the argument_*.cpp files.
#include "rasd/events/argument_finder.h"

namespace rasd::events::argument_finding {

Arguments Finder::run(std::span<const uint32_t> in_sentence) {
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
  // «..., وطالبت ...»: no subject named; the earlier clause's in plain words carries over.
  if (actor_.empty() && actor_words_.empty())
    if (WordPhrase w = carried_subject_words(); !w.empty() && (recipient_words_.empty() || w.end <= recipient_words_.first))
      actor_words_ = w;
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
  out.actor = actor_.party >= 0 && actor_.party == title_named_.first ? title_named_.second : actor_.party;
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
void Finder::let_model_choose(Arguments& out) const {
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
    r.no_actor = c.held || in_aside(c);
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
  more_candidates(all);
  rechoose_roles(doc_, tr_, s_, std::move(all), out);
}

}  // namespace rasd::events::argument_finding

namespace rasd::events {

Arguments find_arguments(const Document& doc, const TriggerMention& tr, const Sentence& s,
                         std::span<const uint32_t> in_sentence, int32_t reporter) {
  return argument_finding::Finder(doc, tr, s, reporter).run(in_sentence);
}

}  // namespace rasd::events

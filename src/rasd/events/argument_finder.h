// The argument finder of one telling (events/arguments.h), private to events/: class Finder,
// its layers defined by idea in argument_*.cpp. Not installed; included only by those files.
#pragma once

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

namespace rasd::events::argument_finding {

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
  bool addressed = false;   // before the trigger, after a message's «إلى»: the one the speech act is addressed to
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
        own_end_(own_words_end(doc, tr)) {}
  Arguments run(std::span<const uint32_t> in_sentence);
  void let_model_choose(Arguments& out) const;

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

  // Whether the trigger is a finite verb carrying an object pronoun («اعتقلته», «أفرجت عنهم»).
  bool verb_pronoun() const { return !tr_.nominal && !tr_.passive && !tr_.participle && !patient_pronoun().empty(); }

  // argument_candidates.cpp: gathering candidates, cue words, offering a role.
  void offer(Choice& role, const Choice& other, const Candidate* c, ArgStrength st, bool doer_sure = false);
  bool in_aside(const Candidate& c) const;
  bool trigger_between(const Candidate& c) const;
  void gather(std::span<const uint32_t> in_sentence);
  void more_candidates(std::vector<RoleCandidate>& all) const;
  static std::string_view without_conjunction_or_self(std::string_view key);
  static uint32_t own_words_end(const Document& doc, const TriggerMention& tr);
  void add_places(const Lexicon& lx);
  bool place_party(size_t p, const Lexicon& lx) const;
  bool aimed_at(uint32_t lead, const Lexicon& lx) const;
  bool asked_of(uint32_t k) const;
  bool agent_country(size_t p) const;
  uint32_t count_subject(uint32_t k) const;
  bool counted_at(uint32_t k) const;
  bool chains(const Candidate& last, const ActorMention& m) const;
  std::vector<const Candidate*> side(bool before) const;
  void cues();
  const Candidate* nearest(bool before, uint32_t reach, bool no_lam) const;
  const Candidate* next_after(const Candidate* c) const;
  bool victim(const Candidate* c) const;
  int32_t latest_mention(int32_t e) const;
  Candidate phrase_at(int32_t a, uint32_t floor) const;
  int32_t quote_holding(uint32_t t) const;
  bool starts_place(uint32_t k) const;
  bool starts_mention(uint32_t k) const;
  bool place_like(const Candidate& c) const;
  bool country_like(const Candidate& c) const;
  bool held_word(uint32_t k) const;
  bool head_word(uint32_t k) const;
  uint32_t nisba_after_head(uint32_t k, uint32_t lim) const;

  // argument_grammar.cpp: the trigger's grammar (verbs, agreement, relative clauses).
  void grammar();
  bool auxiliaries_only(uint32_t from, uint32_t to) const;
  bool apposition(const Candidate& a, const Candidate& b) const;
  bool subject_adjective(uint32_t k, uint32_t last, uint32_t lim) const;
  uint32_t past_subject_name(uint32_t at, uint32_t lim);
  static bool passive_participle(const Token& t);
  bool words_before(const Candidate& c) const;
  void guess_object(const Candidate* c);
  bool agrees_after(const Candidate& c) const;
  bool agrees_with(const Candidate& c, std::string_view want) const;
  bool untitled_name(const ActorMention& m, const Candidate& x) const;
  bool feminine_country_after_masculine_verb(const Candidate& c) const;
  const Candidate* relative_antecedent() const;
  const Candidate* subject_before_relative_aside() const;
  uint32_t copula_frame(uint32_t* verb_at) const;
  bool comma_at(uint32_t k) const;
  const Candidate* subject_after_copula() const;
  WordPhrase copula_subject_words() const;
  bool relative_gap_subject() const;
  WordPhrase relative_words() const;
  bool thing_antecedent() const;
  bool opens_clause(uint32_t k) const;
  std::string_view patient_pronoun(bool* sure = nullptr, bool* object = nullptr) const;
  bool relative_patient();
  void pronoun_patient();
  void called_party();
  void double_object();
  bool subject_after(uint32_t k) const;
  WordPhrase subject_before() const;
  WordPhrase subject_before(uint32_t verb) const;
  bool party_words_agree(WordPhrase p, std::string_view want) const;
  const TriggerMention* earlier_active_verb() const;
  WordPhrase carried_subject_words() const;
  WordPhrase clause_subject_words() const;

  // argument_nominal.cpp: verbal nouns, light verbs, participles.
  bool possessed() const;
  bool circumstantial() const;
  std::string_view participle_agreement() const;
  void nominal();
  void lam_doer();
  void undergoer();
  const Candidate* carried_undergoer(uint32_t verb) const;
  void participle_party(std::span<const uint32_t> in_sentence);
  static bool deed_measure(const Token& t);
  bool subject_of_light_verb() const;
  uint32_t past_adjectives(uint32_t k, uint32_t lim) const;
  bool lam_doer_noun() const;
  bool object_after(uint32_t k) const;
  uint32_t past_lemma(uint32_t k) const;

  // argument_guesses.cpp: deeds, speech acts, guesses, victims.
  const Candidate* deed_party(Role role, bool content) const;
  void deed_parties();
  bool inside_content(const Candidate& c) const;
  const Quote* announced_by() const;
  void speech_act();
  bool first_person_plural() const;
  const Quote* statement_of() const;
  void guesses();
  bool reaction_subject(const Candidate& c) const;
  void carried_subject();
  void victims();
  void counted_victims_before();

  // argument_words.cpp: plain-word phrases.
  void words();
  void second_side_after_words();
  bool deed_doer_after(WordPhrase p) const;
  bool bare_indefinite(uint32_t k) const;
  bool manner_adverb(uint32_t k) const;
  uint32_t lam_after(uint32_t k) const;
  WordPhrase genitive_phrase(uint32_t k, uint32_t lim) const;
  bool owner_words(WordPhrase p) const;
  WordPhrase fired_target(WordPhrase fired, uint32_t lim) const;
  void threat_target(uint32_t at, uint32_t lim);

  const Document& doc_;
  const TriggerMention& tr_;
  const Sentence& s_;
  int32_t reporter_;
  uint32_t own_end_;  // the end of the trigger's own words (the constructor)
  WordPhrase actor_words_, recipient_words_;
  bool object_guess_ = false;  // the recipient is the next mention after the verb's subject, a guess
  bool hal_ = false;           // the trigger is a circumstantial participle («داعيا»)
  bool past_patient_ = false;  // carried_subject() skips the recipient: its pronoun took the nearest party
  bool word_subject_ = false;
  bool thing_subject_ = false;  // a relative clause's antecedent is an act or a thing (thing_antecedent())
  uint32_t lam_patient_ = UINT32_MAX;
  WordPhrase patient_words_;  // a plain-word patient the grammar is sure of: a verb of undergoing's subject, a relative's antecedent
  uint32_t pronoun_verb_ = UINT32_MAX;  // a light verb with the noun's pronoun and no named subject after it  // a «ل» phrase after a doer's genitive: the patient (words())  // plain words after the verb are its subject, a mention its object
  std::pair<int32_t, int32_t> title_named_{-1, -1};  // a subject told by its title, and the name set off after it
  int32_t actor_also_ = -1;
  int32_t actor_also_place_ = -1;  // a country or capital as that second side
  const Candidate* two_sided_ = nullptr;  // the second side of «بين», when both act and no recipient was named
  const Candidate* between_first_ = nullptr;  // the first side of «بين»
  std::vector<Candidate> c_;  // in text order
  uint32_t subjectless_verb_ = UINT32_MAX;  // a light verb before the noun, with no subject found
  Choice actor_, recipient_;
};

}  // namespace rasd::events::argument_finding

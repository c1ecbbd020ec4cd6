// The argument finder's cue layer (events/arguments.cpp): the reviewed tables it reads
// (argument_cues, genitive_roles, support_verbs, victim_sectors, non_doer_sectors, agreement,
// clause_openers, party_plurals, count_subjects, speech_acts, object_roles, relative_words, undergo_verbs, participle_roles, double_objects) and the word-level readings its grammar is built from: cue phrases
// before a mention, a preposition on a word, the gender and number a verb marks or a noun heads.
#pragma once

#include <cstdint>
#include <set>
#include <utility>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "rasd/core/document.h"

namespace rasd::events::cues {

constexpr size_t kQuoteLookBack = 8;  // quotes before a token that may still hold it

// Letters the proclitic reading needs (UTF-8): a conjunction و/ف, the article's alif.
constexpr std::string_view kWaw = "\xD9\x88", kFa = "\xD9\x81", kAlif = "\xD8\xA7";

enum class Role : uint8_t { kAgent, kTarget, kPartner, kBetween, kAside, kLam, kHead, kHeld, kClause, kSpeaker, kLink };

struct CueRow {
  Role role;
  std::set<std::string, std::less<>> types;  // empty: every type
};

struct Lexicon {
  std::unordered_map<std::string, std::vector<CueRow>> cues;  // normalised phrase -> rows
  std::unordered_map<std::string, bool> genitive_agent;       // noun -> its genitive is the doer
  std::set<std::string, std::less<>> genitive_addressed;     // agent nouns whose «ل» phrase is the one addressed
  std::unordered_set<std::string> support_verbs;
  std::unordered_set<std::string> support_with_object;        // forms written with the pronoun («شنه»)
  std::unordered_set<std::string> author_verbs;               // light only with the noun's pronoun after it (author_verbs.tsv)
  std::unordered_map<std::string, std::string> object_pronouns;  // suffix -> agreement (object_pronouns.tsv)
  std::set<std::pair<std::string, std::string>> pronoun_preps;    // (preposition, type or "*")
  std::unordered_set<std::string> pronoun_carriers;           // a detached object pronoun's carrier («إيا»)
  std::unordered_set<std::string> fate_nouns;                 // what befell its genitive, no doer (fate_nouns.tsv)
  std::set<std::pair<std::string, std::string>> victims;      // (type, sector)
  std::set<std::string, std::less<>> victim_types;            // the types of those rows
  std::set<std::string, std::less<>> speech_acts;             // types a speaker does (speech_acts.tsv)
  std::set<std::string, std::less<>> reaction_types;          // speech acts naming another's deed (reaction_types.tsv)
  std::set<std::string, std::less<>> object_doer_reactions;   // those whose object before a «ب» deed does it
  std::set<std::pair<std::string, std::string>> reaction_own_deeds;  // (reaction, deed type) still the speaker's
  std::unordered_set<std::string> relatives, auxiliaries;    // relative_words.tsv
  std::unordered_set<std::string> copulas;                    // its auxiliaries of kind copula («كان»)
  std::set<std::string, std::less<>> object_types;            // types whose verb's object is the recipient (object_roles.tsv)
  std::set<std::pair<std::string, std::string>> non_doers;    // (type, sector): reporters, not doers
  struct Affix { std::string prefix, suffix, agreement; };
  std::vector<Affix> verb_affixes, noun_affixes;               // agreement.tsv, longest first
  std::unordered_map<std::string, std::string> noun_words;    // whole nouns -> agreement
  std::unordered_set<std::string> clause_openers;             // clause_openers.tsv words
  std::unordered_set<std::string> party_plurals;              // party_plurals.tsv words
  std::unordered_set<std::string> count_subject_types;        // types whose counted noun after the verb is its subject (count_subjects.tsv)
  std::unordered_set<std::string> fired_objects;              // their object is what they fire (fired_objects.tsv)
  std::unordered_set<std::string> aim_words;                  // after those, where fire is aimed (aim_words.tsv)
  std::unordered_set<std::string> projectiles;                // what they fire (projectile_nouns.tsv)
  std::unordered_set<std::string> undergo_verbs;              // their subject undergoes the noun (undergo_verbs.tsv)
  std::unordered_map<std::string, bool> participle_doer;      // participle lemma -> names the doer, else the patient (participle_roles.tsv)
  std::unordered_map<std::string, std::unordered_set<std::string>> double_objects;  // lemma -> words opening its second object (double_objects.tsv)
};

const Lexicon& lexicon();

// A phrase's words, each normalised, joined by one space (how cues are keyed).
std::string phrase_key(std::string_view phrase);
// The key without a leading conjunction و/ف, "" when it has none.
std::string_view without_conjunction(std::string_view key);
// The roles the cue phrase `key` gives for events of `type`, appended to `out`.
void roles_of(const Lexicon& lx, const std::string& key, const std::string& type, std::vector<Role>& out);
// The roles of the longest cue phrase ending right before token `end` (no earlier than `floor`).
std::vector<Role> cue_before(const Document& doc, uint32_t end, uint32_t floor, const std::string& type);
// The preposition proclitic on token k as a cue key («ل-», «ب-»), "" when none.
std::string preposition_of(const Document& doc, uint32_t k, const ActorMention* m);
// The gender and number a verb marks or a noun heads (agreement.tsv): fem, plural or masc.
std::string_view agreement_of(const Token& t, bool verb);
// Whether the token carries the article.
bool definite(const Token& t);
// Words (punctuation aside) among tokens [from, to).
uint32_t words_between(const Document& doc, uint32_t from, uint32_t to);
// Whether a clause mark stands among tokens [from, to).
bool clause_break(const Document& doc, uint32_t from, uint32_t to);
// Whether the token is a light verb («شن»); with `pronoun`, one carrying an object pronoun («شنه»).
bool support_verb(const Token& t, bool pronoun);
// Whether actor a speaks a quote holding token t («قال الجيش إن مسلحين هاجموا»).
bool speaks_about(const Document& doc, int32_t a, uint32_t t);

}  // namespace rasd::events::cues

// Private to src/rasd/geo: what the place finder's two stages share. Scanning
// (place_finder.cpp) turns tokens into candidates, each with every gazetteer place its name may
// be; resolving (place_resolver.cpp) chooses one per candidate with the article's context and
// writes Document::places and the LOC entities. A candidate's reading (place_candidate.cpp): the
// tables, a token's clitic readings, and whether a name may stand without a cue.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "rasd/core/document.h"
#include "rasd/core/hash.h"
#include "rasd/geo/gazetteer.h"

namespace rasd::geo::detail {

// A city smaller than this, known by a one-word name, needs a cue or a type word: small towns'
// names are often also words («الأساس», «حجة»).
constexpr uint64_t kStrongPopulation = 100000;

// What may follow a type word (the `follows` column of data/places/type_words.tsv).
enum class Follows : uint8_t { kName, kDefinite, kUnknown };

struct TypeWord {
  PlacePrecision precision;
  Follows follows;
  int hamzas = 0;  // hamza-bearing letters as the table writes the word
};

// Hamza-bearing letters (أ إ آ ؤ ئ ء) in UTF-8 text: the key folds them, the writing keeps them.
int hamza_count(std::string_view s);

struct Lexicons {
  StringMap<TypeWord> type_words;
  StringSet function_words, cues, relative_cues, heads, tails, list_heads;
  // Words after which a name is a person's: titles taking a name right after them
  // (data/actors/titles.tsv) and given names (data/actors/name_words.tsv).
  StringSet titles, given_names;
};

const Lexicons& lexicons();

constexpr std::string_view kArticle = "\xD8\xA7\xD9\x84";  // ال
constexpr std::string_view kTaaFolded = "\xD9\x8A\xD9\x87";  // يه: the folded ending ية of a nisba adjective

inline bool is_word(const Token& t) { return t.kind == TokenKind::kWord; }

// A reading of a token's start: the key it offers a gazetteer, the prefix letters it sheds, and
// whether the prefix was a locative preposition (ب «بألماتي», ل).
struct Reading {
  std::string key;
  size_t prefix_letters = 0;
  bool locative = false;
};

// Token k's readings as a place name (proclitics off, the article kept, no enclitic).
std::vector<Reading> readings(const Document& doc, uint32_t k);

struct Candidate {
  PlaceMention m;
  std::string key;              // the gazetteer key matched ("" when unknown to it)
  std::vector<int32_t> places;  // gazetteer candidates (empty: unknown to the gazetteer)
  bool needs_context = false;   // a small town's name after a cue: kept only when the article
                                // names that town's country elsewhere («في ثورة» in a Kazakh story)
  bool typed = false;           // found after a type word, or as the bare name of one found so
  std::string type_word;        // the type word's key («منطقه»), for «المنطقة» referring back
  int64_t antecedent_token = -1;  // an anaphor: the first token of the mention it refers to
  std::string context_country;  // the country this mention adds to the article's context
  int context_weight = 0;       // and how much as a named country or province (weigh_context)
  int context_cities = 0;       // or as a city
};

// A one-word name that may stand without a cue: a country, region or province, a city of
// kStrongPopulation or more, or the everyday reading the reviewed variants table gives.
// Names of three letters or fewer are often words or word pieces («أنا», «ليس», «ينا» of «فينا»):
// they stand alone only as countries, regions or cities of a million.
bool strong(const Gazetteer& g, std::string_view key, std::span<const int32_t> places);

bool is_country(std::span<const int32_t> places);

// The stages, in order: the candidates in text order (scanning), then Document::places and one
// LOC entity per place (resolving).
std::vector<Candidate> find_candidates(Document& doc);
void resolve_places(Document& doc, std::vector<Candidate>& found);

}  // namespace rasd::geo::detail

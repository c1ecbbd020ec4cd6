// The actor finder's reviewed tables (data/actors/*.tsv), loaded once into look-up maps, and the
// token readings every actor pattern shares. Immutable after first use; safe to share.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "rasd/core/document.h"
#include "rasd/core/hash.h"
#include "rasd/core/table.h"

namespace rasd::actors {

// Multi-word phrases of one table, keyed by their words' loose keys joined by spaces.
struct PhraseTable {
  const data::Table* table = nullptr;
  StringMap<int> rows;  // key -> table row
  // Every key's leading words (each prefix that a space follows in some key): match_phrase stops
  // growing a phrase as soon as no key goes on from it, instead of trying every length.
  StringSet continued;
  size_t max_words = 1;
  int slot = -1;  // this table's place in WordForm::first (the lexicon's four tables); -1: none
  std::string_view get(int row, std::string_view col) const { return table->get(static_cast<size_t>(row), col); }
};

struct Lexicon {
  PhraseTable titles;      // with the article as written («الرئيس», «رئيس»)
  PhraseTable heads;       // organisation heads, article stripped from every word
  PhraseTable orgs;        // named organisations, as written
  PhraseTable nouns;       // unnamed actor nouns, article stripped from every word
  StringMap<std::string> demonyms;  // every inflection, no article -> ISO
  StringSet given, particles, tails, adjectives, speech_verbs, function_words;
  StringSet title_qualifiers;  // data/actors/title_qualifiers.tsv: «في البلاد» between a title and a name
};

const Lexicon& lexicon();

// A loose word key (normalised, taa marbuta folded), as every actor table is keyed.
std::string word_key(std::string_view word);
// The key without a leading article («الجيش» -> «جيش»); unchanged when none or too short.
std::string_view drop_article(std::string_view key);
bool has_article(std::string_view key);

// One way to read a token's start: its key (article kept, «وبالجيش» -> «الجيش»), whether it has
// the article, and how many letters of proclitics the written mention sheds.
struct Reading {
  std::string key;
  bool article = false;
  size_t prefix_letters = 0;
  bool conj_only = true;  // the prefix is empty or only a conjunction (و, ف)
};
// What the patterns ask about a word form, worked out once per form and thread: its word_key,
// its readings and its demonym reading (as demonym_country). The patterns ask for the same
// token's many times, and most forms recur from article to article.
struct WordForm {
  std::string key;  // word_key(token key)
  std::vector<Reading> readings;
  std::string country;  // demonym_country's answer, "" when none
  bool country_definite = false;
  // match_phrase's one-word step per lexicon table and article stripping, reading by reading
  // (filled on first use): most phrase look-ups end at their first word, and the same forms are
  // asked of every table at almost every token.
  struct FirstWord {
    int row = -1;            // the row keyed by the word alone
    bool continued = false;  // some longer key starts with the word
  };
  static constexpr size_t kTableSlots = 8;  // 4 tables x strip
  mutable std::vector<FirstWord> first[kTableSlots];
  mutable uint8_t first_known = 0;  // bit s: first[s] is filled
};
// The reference stays valid until the next forget_readings() on this thread.
const WordForm& word_form(const Token& t);
inline const std::vector<Reading>& readings(const Token& t) { return word_form(t).readings; }
// Lets the memo go when it has grown past a bound; call only where no readings() reference is held
// (find_actors does, before each document). With `doc`, that document's tokens are then answered
// from a per-token table as well (it must outlive the asking; the next call forgets it).
void forget_readings(const Document* doc = nullptr);

// The longest phrase of `table` starting at token i (reading its first word through readings()),
// within [i, end). strip: the table is keyed without articles. Returns the row, or -1.
struct PhraseMatch {
  int row = -1;
  uint32_t end = 0;
  size_t prefix_letters = 0;
  bool definite = false;  // the first word had the article
};
PhraseMatch match_phrase(const PhraseTable& table, const Document& doc, uint32_t i, uint32_t end, bool strip);

// The country of a demonym token («الكازاخية», «والروس»); "" when not one. definite tells whether
// it had the article (a definite noun takes a definite adjective).
std::string demonym_country(const Token& t, bool* definite = nullptr);

}  // namespace rasd::actors

// The quotes layer's lexicon: the rows of data/quotes/*.tsv (speech cues, complementizers,
// speaker nouns, prepositions), text/function_words.tsv and the
// outlet names of text/news_agencies.tsv, read once and shared by every Finder.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "rasd/core/hash.h"

namespace rasd::quotes {

enum class Kind { kVerb, kAdverbial, kSource };

struct Row {
  std::vector<std::string> words;  // keys
  Kind kind = Kind::kVerb;
  bool comp = false, colon = false, mark = false, object = false, relay = false;
  std::vector<std::string> preps;  // keys
  char gender = 0;                 // 'm', 'f', 'p' or 0 (any)
};

struct Lexicon {
  std::vector<Row> rows;
  StringMap<std::vector<size_t>> by_first;
  StringSet comps, blockers, joiners, describers, function_words;
  StringSet prepositions;  // a noun right after one is not a subject
  StringMap<char> speaker_nouns;  // key -> gender
  StringSet statements;           // speaker nouns whose author speaks
  std::vector<std::vector<std::string>> outlets;         // text/news_agencies.tsv names, as word keys
  StringSet possessives;          // «لها» after a statement: its author is the verb's subject
};

const Lexicon& lexicon();

// The key without one leading conjunction («وقال» -> «قال»), or "" when it has none.
std::string_view without_conj(std::string_view key);

}  // namespace rasd::quotes

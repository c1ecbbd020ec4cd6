// Clitic analysis of one normalised word: the ways it splits into proclitics + stem + enclitic,
// from data/text/clitics.tsv. Matchers look every analysis up in their lexicon and keep the one
// that is known, so ambiguity is settled by the lexicon, not here:
// «بالماتي» -> {بالماتي} {ب|الماتي} {بال|ماتي}; the gazetteer knows «الماتي».
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rasd/core/document.h"

namespace rasd::text {

struct CliticAnalysis {
  std::string_view prefix;  // proclitics, e.g. "وب", "لل" is read as ل + ال
  std::string_view stem;
  std::string_view suffix;  // enclitic pronoun, possibly empty
  bool article = false;     // the prefix ends with the article ال (or the ل of لل)
  bool future = false;      // the prefix holds the future marker س (only right before a verb)
};

// Every analysis of `key` (a normalised word), the unsegmented word first, then by growing prefix.
// The views point into `key`, which must outlive them (never pass a temporary). The stem of a
// لل word is the word past "لل" («للشرطة» -> «شرطة», article set).
std::vector<CliticAnalysis> analyse_clitics(std::string_view key);

// The same analyses appended to `out`: a caller reading every token keeps them in one buffer
// instead of a vector per word.
void append_clitic_analyses(std::string_view key, std::vector<CliticAnalysis>& out);

// The same analyses as byte lengths (core/document.h CliticCut), for the per-token layer
// (text/token_readings.h), which keeps no views into keys that may move.
void append_clitic_cuts(std::string_view key, std::vector<CliticCut>& out);

// The analysis a cut makes of `key` (the key it was read from, or one of the same length and
// proclitics): views into `key`.
inline CliticAnalysis reading_of(std::string_view key, const CliticCut& c) {
  CliticAnalysis a{key.substr(0, c.prefix), key.substr(c.prefix, key.size() - c.prefix - c.suffix), {}, c.article,
                   c.future};
  if (c.suffix) a.suffix = key.substr(key.size() - c.suffix);
  return a;
}

// The default stem: proclitics (conjunction, preposition, article) stripped as far as min_stem
// allows, no enclitic and no future س removed (س begins too many words: «سيطرت»). «وبالشرطة» -> «شرطة», «وأضاف» -> «اضاف».
std::string_view proclitic_stem(std::string_view key);

}  // namespace rasd::text

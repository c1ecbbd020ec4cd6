// Tokens with byte spans into the text, normalised keys and clitic-stripped stems.
// Words are runs of letters and combining marks (diacritics, tatweel, ZWNJ/ZWJ inside a word
// stay inside it); numbers are digit runs of any script with inner separators («1,500», «2.5»,
// «٢٫٥»); each punctuation mark is a token of its own; white space and invisible marks
// between tokens are skipped.
#pragma once

#include <string_view>
#include <vector>

#include "rasd/core/document.h"

namespace rasd::text {

std::vector<Token> tokenize(std::string_view text);

}  // namespace rasd::text

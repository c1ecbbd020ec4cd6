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

// The tokens stage of a document: doc.tokens from doc.text, and every token's clitic readings
// beside them (text/token_readings.h), which the later stages read.
void tokenize(Document& doc);

// Byte offset in `text` after the first `letters` letters of token t's key: where a mention
// starts once proclitics are left out («بألماتي» -> «ألماتي»). Code points the key drops
// (diacritics, tatweel, invisible marks) stay with the letter before them.
uint32_t skip_key_letters(std::string_view text, const Token& t, size_t letters);

}  // namespace rasd::text

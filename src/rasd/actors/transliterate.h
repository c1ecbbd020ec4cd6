// A Latin form of an Arabic name for readers who do not read Arabic: ICU's Arabic-Latin
// transliterator followed by Latin-ASCII («توكاييف» -> "twkayyf"). A transliteration, not the
// name's English spelling; good enough to search and to tell entities apart.
#pragma once

#include <string>
#include <string_view>

namespace rasd::actors {

// "" when ICU cannot build the transliterator. Thread-safe (calls are serialised).
std::string to_latin(std::string_view arabic);

}  // namespace rasd::actors

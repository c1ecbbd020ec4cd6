// Names as a reader writes them. Hashtags carry names in news text («#قطاع_غزة», «#الجيش_اليمني»);
// the tokenizer already reads them as words, and the names the record gives (entities, parties,
// places, speakers) drop the marks too, so «قطاع غزة» from a hashtag is the same name as from
// prose. Offsets and evidence spans are untouched: they point at the text as written.
#pragma once

#include <string>
#include <string_view>

#include "rasd/core/document.h"

namespace rasd::text {

// «#قطاع_غزة» → «قطاع غزة»: '_' between words is a space, a '#' before a letter goes, runs of
// spaces become one, the ends are trimmed. Any other text comes back unchanged.
std::string readable_name(std::string_view name);

// Applies readable_name to every name the record writes (the pipeline's last step).
void make_names_readable(Document& doc);

}  // namespace rasd::text

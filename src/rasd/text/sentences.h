// Sentences and page structure: fills Document::sentences, ::boilerplate and ::source_line
// from Document::text and ::tokens.
#pragma once

#include "rasd/core/document.h"

namespace rasd::text {

void split_sentences(Document& doc);

}  // namespace rasd::text

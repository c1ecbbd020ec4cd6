// Quantities: digits of any script, number words, scale words, qualifiers and vague counts,
// each as value + min/max + qualifier + span. Fills Document::quantities from ::tokens.
#pragma once

#include "rasd/core/document.h"

namespace rasd::text {

void find_quantities(Document& doc);

}  // namespace rasd::text

// Date expressions resolved against the publication date. Fills Document::dates from ::tokens.
#pragma once

#include "rasd/core/document.h"

namespace rasd::text {

void find_dates(Document& doc);

}  // namespace rasd::text

// Related-story teasers: some pages (CNN Arabic most of all) end an article with the ledes of
// other stories, written as ordinary paragraphs. They are told apart by shape, not by words: a
// run of three or more closing paragraphs, each a long lede that opens without a connective
// (data/text/connectives.tsv, or the conjunction و/ف) and shares few content words with the
// story above it, after a story whose paragraphs mostly do open with one. Such paragraphs
// become boilerplate, so nothing is read out of them.
// Measured on the ANT corpus: the rule fires on 325 of 924 CNN articles of six paragraphs or
// more and on 10 of 11,200 from the four other outlets.
#pragma once

#include "rasd/core/document.h"

namespace rasd::text {

void mark_teasers(Document& doc);

}  // namespace rasd::text

// Sentences and page structure: fills Document::sentences, ::boilerplate and ::source_line
// from Document::text and ::tokens.
//
// Lines. LF, CRLF, lone CR, VT, FF, NEL, U+2028 and U+2029 end a line; every line with at least
// one token is a paragraph (Sentence::paragraph counts those lines from 0). A paragraph end ends
// every sentence and closes every quote.
//
// Sentences. A body line splits after . ! ? ؟ … ‼ (runs such as «؟!» or «...» end together),
// except:
//   - inside a number («2.5» is one token);
//   - after a one-letter abbreviation («د. أحمد», «U.S.»), unless a number precedes it
//     («عام 1436 هـ.» may end the sentence), and inside Latin words or addresses («aljazeera.net»);
//   - inside quotation marks or brackets: " “ ” „ ‟ ‘ ’ ‚ « » ‹ › ﴾ ﴿ ( ) [ ] { }. The curly
//     double and single quotes pair with the next mark of their family (Arabic texts write them
//     in either direction, ”…” and ’…‘); guillemets nest and pair with the opposite mark. Marks
//     left unpaired at the end of the paragraph were never quotes, so a missing closer cannot
//     swallow the paragraph. A sentence end inside a quote never ends the outer sentence, even
//     right before the closing mark («قال إن "نعم. سنعود." مضيفا» stays one); a straight or curly
//     double/single quote glued to the word before and not to the word after is a closer, glued
//     only to the word after an opener, and a stray closer is dropped. A bracket facing the wrong
//     way, as right-to-left copy-paste leaves «)رويترز(», pairs as the aside it was. A pair more
//     than 400 tokens apart (150 for brackets) protects nothing: a mark left open or pasted out
//     of order must not make a paragraph one sentence.
//   Dashes never end sentences, so a parenthetical «-في مؤتمر صحفي بواشنطن-» stays inside.
//
// Page furniture (data/text/boilerplate.tsv): a line whose normalised words are a table phrase
// (or start with a "prefix" phrase) is boilerplate; so are lines with no word at all («-----»),
// lines that are only an e-mail or web address, short non-Arabic lines right under furniture
// (a contact block), and the link titles under a "read also" heading (rows with block = yes).
// Boilerplate lines are one sentence of kind kBoilerplate and their whole trimmed line goes into
// Document::boilerplate, so no later stage reads anything out of them.
//
// The credit line (data/text/source_line.tsv, data/text/news_agencies.tsv): looked for in the
// last two non-furniture lines — a lead word («المصدر : الجزيرة + وكالات»), a list of known names
// («فرانس24/ أ ف ب», «(رويترز)») or a byline («الرياض - واس») — and in the first line, as a whole
// line («عين اليوم – متابعات») or as a dateline prefix («دبي، الإمارات العربية المتحدة (CNN)--»,
// «فلان- سبق- جدة:»; only the prefix is the credit, the rest of the line is story). outlets are
// the names as written (generic «وكالات» and «متابعات» excluded; in bylines only known names);
// agencies is true when «وكالات» or a named agency appears. A closing credit wins over an
// opening one for Document::source_line; both lines get kind kSourceLine.
//
// Subheadings: a line of at most 7 words without final punctuation (nor a final colon or comma),
// with prose after it, and not itself following another such short line. The first story line
// is never a subheading — it is the title or the lede (the HTML reader puts the title first) —
// nor is the last. Runs of short lines (lists, verse, bylines) are left as body.
//
// Linear in the tokens: table look-ups read only a line's first few words, quote pairing pushes
// and pops every mark once and looks down the open-mark stack a bounded distance.
#pragma once

#include "rasd/core/document.h"

namespace rasd::text {

void split_sentences(Document& doc);

}  // namespace rasd::text

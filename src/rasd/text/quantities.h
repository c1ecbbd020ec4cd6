// Quantities: digits of any script, number words, scale words, qualifiers and vague counts,
// each as value + min/max + qualifier + span. Fills Document::quantities from ::tokens.
//
// What is read (the words are rows of data/text/number_words.tsv and quantity_qualifiers.tsv):
// - digit runs «1,500» «2.5» «٢٫٥» «١،٢٣٤» (Arabic separators are unambiguous; a Latin ',' is a
//   thousands separator before groups of exactly three digits, else a decimal point: «٤,٨» 4.8).
//   A run whose separators make no number («192.168.1.2») gives one exact quantity per digit group.
// - number words in the order Arabic writes them: «ثلاثة عشر», «خمسة وعشرون», «مئة وستة عشر»,
//   «ثلاث مئة», «ثلاثة آلاف وخمسمئة»; a digit run takes scale words after it («2.5 مليون»,
//   «4 آلاف و500»), but two digit runs are never added up («5 و20» is two numbers).
// - vague counts «عشرات» 10, «مئات الآلاف» 100000, «بضعة آلاف» 3000..9000: qualifier vague, value =
//   min = the conservative reading of GUIDELINES.md.
// - qualifiers before («نحو»، «أكثر من»، «ما لا يقل عن»، «أقل من») or after («على الأقل», also past
//   one noun: «70 شخصا على الأقل»); ranges «بين 10 و20», «من 10 إلى 20», «10 - 20», «3 أو 4»
//   (value = the low end, min/max the ends; «بين 3 و5 آلاف» reads 3000..5000).
//
// Bounds: exact and approx set only value; at_least sets min, at_most max, range and vague both
// (vague max only where the table gives one).
//
// Units: a phrase next to the number may say what it measures (Quantity::unit): «%»/«في المئة»
// percent, currencies money, «عاما»/«أيام» duration, «كلم» length. Years and days of dates are
// still emitted, so every number in the text is accounted for, but tagged: an integer 1000..2100
// after «عام»/«سنة» or a month name has unit "year", an integer 1..31 before a month name unit
// "day"; a second year joined by و to a tagged one is a year too («بين عامي 1975 و1990»); a digit
// run in «14/5/2015» or «2022-01-05» has unit "date". A head count is a quantity with an empty
// unit; readers of counts skip the others.
// Ordinals («الأول»، «العشرين» with the article) are not read: the table has no ordinal forms and
// marks the forms whose article makes them ordinal, a weekday or a percent.
//
// Linear in the number of tokens: each token's number-word readings are looked up once, the
// parser only moves forward, and the phrase checks around a quantity are bounded by the tables.
#pragma once

#include "rasd/core/document.h"

namespace rasd::text {

void find_quantities(Document& doc);

}  // namespace rasd::text

// The rule-based actor layer: fills Document::actors (who does what, named or not, with a PLOVER
// sector and a country) and appends PER and ORG entities to Document::entities.
//
// Patterns, tried at each token of body text in this order (the first that matches wins):
//   1. a named organisation (data/actors/named_orgs.tsv): «رويترز», «الأمم المتحدة»;
//   2. a title (titles.tsv) + demonyms/adjectives + a name: «وزير الخارجية الفرنسي جان مارتان»;
//      without a name, a role description («الرئيس الكازاخي») coreference links to a person;
//   3. an organisation head (org_heads.tsv) and the name that runs on from it: «وزارة الداخلية
//      الكازاخية», «حركة المقاومة الإسلامية (حماس)»; a bare definite head («المنظمة») is a reference;
//   4. an Arabic name by its shape: a given name or عبد/أبو and more name words («محمد بن سلمان»);
//   5. a speech verb + words unknown to the Arabic lexicon: «وقال لافروف» (weak);
//   6. an unnamed actor noun (actor_nouns.tsv): «مسلحون مجهولون», «قوات الأمن», «المحتجين».
// Votes of the statistical tagger (Document::name_candidates, when filled) decide a name's extent
// after a title or a speech verb when the rules find none, and a candidate scoring at least
// kStrongVote stands alone. Countries: a demonym or country after the words, the tables, else
// (for domestic bodies) the article's main country. Linear in the number of tokens.
#pragma once

#include "rasd/core/document.h"

namespace rasd::actors {

// A tagger candidate this sure becomes an entity without a rule's support.
constexpr float kStrongVote = 5.0f;

void find_actors(Document& doc);

}  // namespace rasd::actors

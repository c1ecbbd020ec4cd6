// Document memory for the name tagger (notes/ner.md): a name tagged confidently once in an
// article keeps its type where the same words recur untagged in it, and a foreign surname
// («توكاييف») inherits the type of the full name it closes («قاسم جومارت توكاييف»). The tagger
// decides sentence by sentence; this pass lets an article's sure sentences help its unsure ones.
#pragma once

#include <string_view>
#include <vector>

namespace rasd::actors::ner {

struct TaggedSentence {
  std::vector<std::string_view> stems;  // per token: the tokenizer's stem; "" for punctuation
  // Per token: a word hunspell-ar does not know. Only read at the last token of a person's
  // name, so callers may fill it there only (mark_foreign_surnames).
  std::vector<bool> foreign;
  std::vector<int> tags;           // model tags (model.h), updated in place
  std::vector<float> margin;       // per token; a remembered token gets its source's score
};

// Spans whose weakest margin reaches `confident` are remembered by their stems; tokens
// elsewhere in the document that spell a remembered name (longest first) get its tags when each
// is O or in a span weaker than `confident` that lies inside the name (a club tagged as a city,
// a name cut in two). Returns the spans whose tags changed.
// Types a document gives one name in two ways are not remembered.
// Fills `foreign` at the last token of every PER span (hunspell look-ups are not free).
template <class Unknown>
void mark_foreign_surnames(TaggedSentence& s, Unknown&& unknown) {
  s.foreign.assign(s.tags.size(), false);
  for (size_t i = 0; i < s.tags.size(); ++i)
    if (s.tags[i] == 2 && (i + 1 == s.tags.size() || s.tags[i + 1] != 2)) s.foreign[i] = unknown(i);  // 2: I-PER
}

size_t remember_names(std::vector<TaggedSentence>& doc, float confident);

}  // namespace rasd::actors::ner

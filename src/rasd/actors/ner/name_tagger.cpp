#include "rasd/actors/ner/name_tagger.h"

#include <cstdlib>
#include <optional>

#include "rasd/actors/ner/features.h"
#include "rasd/actors/ner/memory.h"

#ifndef RASD_DATA_DIR
#define RASD_DATA_DIR "data"
#endif

namespace rasd::actors {
namespace {

using ner::TaggedSentence;

struct DefaultModel {
  std::optional<ner::Model> model;
  std::string error;
  DefaultModel() {
    model = ner::Model::load(name_model_path(), &error);
    if (model) error.clear();
  }
};

// A function-local static: built once, on first use, and C++ makes that initialisation
// thread-safe; the model is immutable afterwards.
const DefaultModel& default_state() {
  static const DefaultModel state;
  return state;
}

// Margin a name needs before the document remembers it: the actor finder's strong vote.
constexpr float kRememberMargin = 5.0f;

// One run of tokens [first, end) tagged, in the form document memory reads.
TaggedSentence tag_run(const Document& doc, const ner::Model& model, uint32_t first, uint32_t end,
                       std::vector<ner::TokenText>& tokens, std::vector<float>& emit) {
  TaggedSentence out;
  if (first >= end) return out;
  tokens.clear();
  for (uint32_t i = first; i < end; ++i) {
    const Token& t = doc.tokens[i];
    tokens.push_back({t.span.of(doc.text), t.key, t.stem, t.kind});
    bool word = t.kind == TokenKind::kWord || t.kind == TokenKind::kLatin;
    out.stems.push_back(word ? std::string_view(t.stem) : std::string_view());
  }
  ner::FeatureExtractor(model.lists()).emissions(tokens, model, emit);
  ner::Decoded d = ner::decode_emissions(emit, tokens.size(), model.transitions(), true);
  out.tags = std::move(d.tags);
  out.margin = std::move(d.margin);
  ner::mark_foreign_surnames(out, [&](size_t i) { return tokens[i].kind == TokenKind::kWord && !ner::lexicon_known(tokens[i]); });
  return out;
}

// The proposals of one tagged run starting at token `first`.
void propose(Document& doc, const TaggedSentence& d, uint32_t first) {
  for (size_t i = 0; i < d.tags.size();) {
    if (d.tags[i] == 0) { ++i; continue; }
    ner::NameType type = ner::type_of(d.tags[i]);
    size_t j = i + 1;
    while (j < d.tags.size() && ner::is_inside(d.tags[j])) ++j;  // Viterbi guarantees the same type
    if (type != ner::NameType::kMisc) {
      NameCandidate c;
      c.first_token = first + static_cast<uint32_t>(i);
      c.end_token = first + static_cast<uint32_t>(j);
      c.span = {doc.tokens[c.first_token].span.begin, doc.tokens[c.end_token - 1].span.end};
      c.type = type == ner::NameType::kPer ? EntityType::kPer : type == ner::NameType::kOrg ? EntityType::kOrg : EntityType::kLoc;
      // The weakest token decides: the span is only as sure as its least sure tag.
      float score = d.margin[i];
      for (size_t k = i + 1; k < j; ++k) score = std::min(score, d.margin[k]);
      c.score = score;
      doc.name_candidates.push_back(c);
    }
    i = j;
  }
}

}  // namespace

std::string name_model_path() {
  const char* env = std::getenv("RASD_DATA_DIR");
  std::string dir = env && *env ? env : RASD_DATA_DIR;
  return dir + "/models/ner-anercorp.bin";
}

const ner::Model* default_name_model() {
  const DefaultModel& s = default_state();
  return s.model ? &*s.model : nullptr;
}

const std::string& name_model_error() { return default_state().error; }

void tag_names(Document& doc) {
  doc.name_candidates.clear();
  if (const ner::Model* m = default_name_model()) tag_names(doc, *m);
}

void tag_names(Document& doc, const ner::Model& model) {
  doc.name_candidates.clear();
  std::vector<ner::TokenText> tokens;
  std::vector<float> emit;
  std::vector<std::pair<uint32_t, uint32_t>> runs;
  if (doc.sentences.empty()) runs.emplace_back(0, static_cast<uint32_t>(doc.tokens.size()));
  for (const Sentence& s : doc.sentences) runs.emplace_back(s.first_token, s.end_token);
  std::vector<TaggedSentence> tagged;
  for (auto [first, end] : runs) tagged.push_back(tag_run(doc, model, first, end, tokens, emit));
  ner::remember_names(tagged, kRememberMargin);
  for (size_t r = 0; r < runs.size(); ++r) propose(doc, tagged[r], runs[r].first);
}

}  // namespace rasd::actors

// The engine's entry point: a RawDocument in, a Document with every layer out. The CLI, the
// server and the Python module all call Pipeline::run, and nothing else does linguistics.
//
// Stage order (each reads only the layers before it; HACKING.md's table says what each writes):
//   sanitize (utf8, size limit) -> published date -> content check (empty, no Arabic) -> tokens
//   -> sentences & structure -> teasers -> quantities -> dates -> name tagger -> places (scan,
//   resolve) -> actors -> quotes -> triggers -> event filter (trained, many-sense triggers)
//   -> events (arguments, status, modality, counts, fusion) -> threats -> readable names
// A Pipeline is immutable after construction and safe to share between threads; run() never
// throws on bad input: problems become Document::errors.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "rasd/core/document.h"

namespace rasd {

namespace actors::ner { class Model; }
namespace events { class FilterModel; }

struct Options {
  // Texts longer than this are cut at the last code-point boundary before it (error
  // "document-truncated"); keeps every stage's memory bounded. (4 MiB: about 40 times the
  // longest article in the 50,219-article corpus.)
  size_t max_document_bytes = 4u << 20;
  // The statistical name tagger (actors/ner) votes for the actor finder's rules; off, the rules
  // stand alone, for measuring what each contributes.
  bool name_tagger = true;
  // A trained event filter (events/event_filter.h): "" or "none" off (the trigger tables alone;
  // none ships), else a model file written by `rasd train-events`.
  std::string event_model;
  // The status classifier (events/status_model.h): "" the shipped model, "none" off (the status
  // rules alone, as `rasd train-status` needs them), else a model file.
  std::string status_model;
  // The role chooser (events/role_model.h): "none" off (the argument rules alone: the default, as
  // it does not beat them cross-validated), "" the shipped model, else a model file.
  std::string role_model = "none";
};

// What a reader hands the pipeline: the bytes as given plus metadata, and any reader errors.
struct RawDocument {
  std::string id;
  std::string text;  // raw bytes, not yet validated
  std::optional<std::string> title, url, outlet, published;
  bool text_is_extracted = false;   // set by the HTML reader
  std::vector<RecordError> errors;  // reader problems (bad JSON, missing text, ...)
};

class Pipeline {
 public:
  // Looks the models up once, here, not per document: the shipped name model when the tagger is
  // on, and the event filter and status model Options::event_model and status_model name (one that cannot be loaded is left out;
  // rasd::Engine::create is the checked way to build a pipeline).
  explicit Pipeline(Options options = {});
  // With models the caller loaded and keeps alive (nullptr: that stage is off).
  Pipeline(Options options, const actors::ner::Model* name_model, const events::FilterModel* event_filter,
           const events::FilterModel* status_model = nullptr, const events::FilterModel* role_model = nullptr)
      : options_(std::move(options)), name_model_(name_model), event_filter_(event_filter), status_model_(status_model),
        role_model_(role_model) {}
  Document run(RawDocument raw) const;
  const Options& options() const { return options_; }

 private:
  Options options_;
  const actors::ner::Model* name_model_ = nullptr;       // borrowed
  const events::FilterModel* event_filter_ = nullptr;    // borrowed
  const events::FilterModel* status_model_ = nullptr;    // borrowed
  const events::FilterModel* role_model_ = nullptr;      // borrowed
};

}  // namespace rasd

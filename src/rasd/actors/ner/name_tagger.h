// Pipeline stage: the statistical name tagger (issue 4, "Recognition"). Proposes PER, ORG and LOC
// names as Document::name_candidates for the pattern-based actor finder to weigh; it never
// writes entities itself. Reads `tokens` and `sentences`; tags each sentence on its own, then
// lets the document's confident names fill their untagged repeats (ner/memory.h).
//
// The model (data/models/ner-anercorp.bin, see data/models/README.md) is loaded on first use,
// once per process, thread-safely: from $RASD_DATA_DIR/models/ when that variable is set, else
// from the source tree's data/ (RASD_DATA_DIR, set by CMake). A missing or bad model is not an
// error of the document: the stage then proposes nothing, and name_model_error() says why.
#pragma once

#include <string>

#include "rasd/actors/ner/model.h"
#include "rasd/core/document.h"

namespace rasd::actors {

// Fills doc.name_candidates (replacing what was there) with the default model's names.
void tag_names(Document& doc);
// The same with a given model (tests, benchmarks, evaluation of another model).
void tag_names(Document& doc, const ner::Model& model);

// The default model, loaded on first call; nullptr when it could not be loaded.
const ner::Model* default_name_model();
// Where the default model is looked for, and why it failed to load ("" when it loaded).
std::string name_model_path();
const std::string& name_model_error();

}  // namespace rasd::actors

// rasd's public C++ interface: Arabic news text in, one PLOVER 2.0 event record out.
//
// An Engine is made once (it loads and checks its models; a missing or malformed one is an error
// the caller sees, never a silently weaker engine) and then turns articles into records:
//
//   #include <rasd/rasd.h>
//
//   std::string error;
//   rasd::EngineOptions options;              // the shipped models, the name tagger on
//   std::unique_ptr<rasd::Engine> engine = rasd::Engine::create(options, &error);
//   if (!engine) { std::fprintf(stderr, "rasd: %s\n", error.c_str()); return 2; }
//   rasd::Article a;
//   a.id = "a1";
//   a.text = "...";                           // UTF-8 (bad bytes are repaired and reported)
//   a.published = "2024-05-01";               // resolves «أمس», «الثلاثاء الماضي», ...
//   std::string record = engine->extract_json(a);   // one JSON line, as `rasd extract` writes it
//
// Threads: every const member may be called from any number of threads at once on one Engine.
// What the calls share is read-only after create(): the options, the loaded models, the data
// tables compiled into the library, and the process-wide look-ups built once on first use
// (gazetteer, lexicons; the hunspell dictionary and ICU's transliterator sit behind a lock of
// their own). Each call builds its own Document; nothing of one call is seen by another.
//
// This header includes only the standard library: the engine's internals stay behind it, so
// bindings (python/, a server) depend on it alone. C++ callers that want the layers of a record
// (tokens, places, actors, events with their spans) include "rasd/core/document.h" as well and
// call extract().
#pragma once

#include <cstddef>
#include <memory>
#include <string>

namespace rasd {

struct Document;  // rasd/core/document.h: the text and every layer the stages wrote
class Pipeline;   // rasd/pipeline.h

struct EngineOptions {
  // Texts longer than this many bytes are cut (the record says "document-truncated").
  size_t max_document_bytes = 4u << 20;
  // The statistical name tagger; off, the actor rules stand alone.
  bool name_tagger = true;
  // The name tagger's model: "" the shipped one ($RASD_DATA_DIR/models/ner-anercorp.bin, else
  // the source tree's data/), or a file path. Read only when name_tagger is on.
  std::string name_model;
  // A trained event filter: "" or "none" off (the trigger tables alone: none ships, as it does
  // not beat them cross-validated), or a model file written by `rasd train-events`.
  std::string event_model;
  // The status classifier (which tellings tell one happening): "" the shipped model, "none" off
  // (the status rules alone), or a model file written by `rasd train-status`.
  std::string status_model;
  // The role chooser (who did it to whom, over the argument rules): "none" off (the default: it
  // does not beat the rules cross-validated), "" the shipped model, or a file written by
  // `rasd train-roles`.
  std::string role_model = "none";
  // The hunspell-ar dictionary tells ordinary words from names; without it the engine finds
  // fewer and different names, so create() refuses to run without it unless this is set.
  bool allow_missing_lexicon = false;
  // Put the text in every record (extract_json).
  bool include_text = false;
};

// One article. Empty strings are absent fields (no title, no date, ...).
struct Article {
  std::string id, text, published, title, url, outlet;
};

class Engine {
 public:
  // The engine, or nullptr with *error (when error is not null) saying what is missing or bad:
  // a model file that does not exist or does not parse, the dictionary, a zero size limit.
  static std::unique_ptr<Engine> create(const EngineOptions& options, std::string* error);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // The record of one article: one line of JSON ending in "\n", byte for byte what
  // `rasd extract --format jsonl` writes for the same fields. Never throws on bad input: its
  // problems are the record's "errors".
  std::string extract_json(const Article& article) const;
  // The same run, returning the Document (include "rasd/core/document.h" to use it).
  Document extract(const Article& article) const;
  // The JSON line of a Document this engine extracted (extract_json = to_json(extract(a))).
  std::string to_json(const Document& doc) const;

  const EngineOptions& options() const;
  // The engine's pipeline, for the library's own readers (rasd/io/extract.h).
  const Pipeline& pipeline() const;

 private:
  Engine();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rasd

// Stand-in for the public header include/rasd/rasd.h (issue 19, written on another branch), with
// its shape: EngineOptions, Engine::create returning null with a message, Article (empty strings
// are absent fields), extract_json (one JSON line with its newline), extract/to_json and
// pipeline() for the library's own readers. Only the subset the module uses is here, over today's
// Pipeline and JSON writer. When the header lands this file becomes
//   #include "rasd/rasd.h"
//   namespace rasd_python { using rasd::Article; using rasd::Engine; using rasd::EngineOptions; }
#pragma once

#include <cstddef>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <utility>

#include "rasd/actors/ner/name_tagger.h"
#include "rasd/events/event_filter.h"
#include "rasd/io/json_writer.h"
#include "rasd/pipeline.h"

namespace rasd_python {

struct EngineOptions {
  size_t max_document_bytes = rasd::Options{}.max_document_bytes;
  bool name_tagger = true;
  std::string event_model;    // "" the shipped event filter, "none" off, else a model file
  bool include_text = false;  // the text in every record
};

struct Article {
  std::string id, text, published, title, url, outlet;  // empty: absent
};

class Engine {
 public:
  // Null, with the reason in *error, when a model the options need cannot be loaded: the CLI
  // runs without it, and a library caller should hear about it.
  static std::unique_ptr<Engine> create(const EngineOptions& options, std::string* error) {
    auto fail = [&](std::string why) -> std::unique_ptr<Engine> {
      if (error) *error = std::move(why);
      return nullptr;
    };
    if (options.max_document_bytes == 0) return fail("max_document_bytes must be positive");
    if (options.name_tagger && !rasd::actors::default_name_model())
      return fail("the name tagger's model " + rasd::actors::name_model_path() +
                  " could not be loaded: " + rasd::actors::name_model_error());
    if (options.event_model != "none") {
      std::string why;
      if (!rasd::events::event_filter_model(options.event_model, &why))
        return fail("the event filter's model could not be loaded: " + why);
    }
    return std::unique_ptr<Engine>(new Engine(options));
  }

  // One JSON line ending in "\n", as `rasd extract --format jsonl` writes it for these fields.
  std::string extract_json(const Article& a) const { return to_json(extract(a)); }

  rasd::Document extract(const Article& a) const {
    rasd::RawDocument raw;
    raw.id = a.id;
    raw.text = a.text;
    auto field = [](const std::string& s) { return s.empty() ? std::nullopt : std::optional<std::string>(s); };
    raw.published = field(a.published);
    raw.title = field(a.title);
    raw.url = field(a.url);
    raw.outlet = field(a.outlet);
    // As io::Extractor::emit: a record too big for the memory at hand becomes an error record.
    try {
      return pipeline_.run(std::move(raw));
    } catch (const std::bad_alloc&) {
      rasd::Document doc;
      doc.id = a.id;
      doc.add_error("out-of-memory", "the record could not be processed within the memory available", std::nullopt, true);
      return doc;
    }
  }

  std::string to_json(const rasd::Document& doc) const {
    std::string out;
    rasd::io::write_record(doc, write_, out);
    return out;
  }

  const EngineOptions& options() const { return options_; }
  const rasd::Pipeline& pipeline() const { return pipeline_; }

 private:
  explicit Engine(const EngineOptions& o) : options_(o), pipeline_(pipeline_options(o)) {
    write_.include_text = o.include_text;
  }
  static rasd::Options pipeline_options(const EngineOptions& o) {
    rasd::Options p;
    p.max_document_bytes = o.max_document_bytes;
    p.name_tagger = o.name_tagger;
    p.event_model = o.event_model;
    return p;
  }

  EngineOptions options_;
  rasd::Pipeline pipeline_;
  rasd::io::WriteOptions write_;
};

}  // namespace rasd_python

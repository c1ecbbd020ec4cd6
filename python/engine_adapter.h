// Stand-in for the public header include/rasd/rasd.h (issue 19, written on another branch): the
// same shape (EngineOptions, Engine::create returning null with a message, Article,
// extract_json) over today's Pipeline and JSON writer, so the module depends on this one file.
// When the header lands, Engine::create/extract_json forward to it; extract_stream stays here
// unless the header gains a streaming call (it is the CLI's `rasd extract` path over any bytes).
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "rasd/actors/ner/name_tagger.h"
#include "rasd/events/event_filter.h"
#include "rasd/io/byte_source.h"
#include "rasd/io/extract.h"
#include "rasd/io/json_writer.h"
#include "rasd/pipeline.h"

namespace rasd_python {

struct EngineOptions {
  size_t max_document_bytes = rasd::Options{}.max_document_bytes;
  bool name_tagger = true;
  std::string event_model;      // "" the shipped event filter, "none" off, else a model file
  bool include_text = false;    // the text in every record
  bool include_layers = true;   // sentences, quantities, dates beside the contract's fields
};

struct Article {
  std::string id;
  std::string text;
  std::optional<std::string> published, title, url, outlet;
};

struct StreamStats {
  size_t records = 0, failed = 0, events = 0;
};

// One finished record: its JSON line (with the newline), its number of events, whether it failed.
using RecordCallback = std::function<void(const std::string& json, size_t events, bool failed)>;

class Engine {
 public:
  // Null, with the reason in *error, when a model the options need cannot be loaded: the CLI
  // would silently run without it, and a library caller should hear about it.
  static std::unique_ptr<Engine> create(const EngineOptions& options, std::string* error) {
    auto fail = [&](std::string why) -> std::unique_ptr<Engine> {
      if (error) *error = std::move(why);
      return nullptr;
    };
    if (options.max_document_bytes == 0) return fail("max_document_bytes must be positive");
    if (options.name_tagger && !rasd::actors::default_name_model())
      return fail("the name tagger's model " + rasd::actors::name_model_path() + " could not be loaded: " +
                  rasd::actors::name_model_error() + " (set RASD_DATA_DIR, or name_tagger=False)");
    if (options.event_model != "none") {
      std::string why;
      if (!rasd::events::event_filter_model(options.event_model, &why))
        return fail("the event filter's model could not be loaded: " + why + " (event_model='none' runs without it)");
    }
    return std::unique_ptr<Engine>(new Engine(options));
  }

  // The record of one article, without the trailing newline. Never throws on bad text.
  std::string extract_json(const Article& a) const {
    rasd::RawDocument raw;
    raw.id = a.id;
    raw.text = a.text;
    raw.published = a.published;
    raw.title = a.title;
    raw.url = a.url;
    raw.outlet = a.outlet;
    return extract_raw(std::move(raw));
  }

  // The same for what a reader made of its input (with the reader's errors), as the CLI runs it.
  std::string extract_raw(rasd::RawDocument raw) const {
    std::string out = write(run(std::move(raw)));
    if (!out.empty() && out.back() == '\n') out.pop_back();
    return out;
  }

  // Reads `in` exactly as `rasd extract --format <format>` reads a file named `name` (encoding
  // sniffing, bounded lines, fallback ids "name:line"), handing each record to `sink`; reading
  // stops after a record when `keep_going` says false (the caller's output failed).
  StreamStats extract_stream(rasd::io::ByteSource& in, std::string_view name, rasd::io::InputFormat format,
                             const RecordCallback& sink, const std::function<bool()>& keep_going) const {
    rasd::io::ExtractConfig config;
    config.format = format;
    StreamStats stats;
    rasd::io::Extractor* running = nullptr;
    rasd::io::Extractor extractor(pipeline_, config, [&](const rasd::Document& doc) {
      stats.events += doc.events.size();
      sink(write(doc), doc.events.size(), doc.failed());
      if (!keep_going()) running->stop();
    });
    running = &extractor;
    extractor.read(in, name);
    stats.records = extractor.stats().records;
    stats.failed = extractor.stats().failed;
    return stats;
  }

 private:
  explicit Engine(const EngineOptions& o) : pipeline_(pipeline_options(o)) {
    write_.include_text = o.include_text;
    write_.include_layers = o.include_layers;
  }
  static rasd::Options pipeline_options(const EngineOptions& o) {
    rasd::Options p;
    p.max_document_bytes = o.max_document_bytes;
    p.name_tagger = o.name_tagger;
    p.event_model = o.event_model;
    return p;
  }
  // As io::Extractor::emit: a record too big for the memory at hand becomes an error record.
  rasd::Document run(rasd::RawDocument raw) const {
    std::string id = raw.id;
    try {
      return pipeline_.run(std::move(raw));
    } catch (const std::bad_alloc&) {
      rasd::Document doc;
      doc.id = std::move(id);
      doc.add_error("out-of-memory", "the record could not be processed within the memory available", std::nullopt, true);
      return doc;
    }
  }
  std::string write(const rasd::Document& doc) const {
    std::string out;
    rasd::io::write_record(doc, write_, out);
    return out;
  }

  rasd::Pipeline pipeline_;
  rasd::io::WriteOptions write_;
};

}  // namespace rasd_python

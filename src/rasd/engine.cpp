// rasd::Engine (include/rasd/rasd.h): the checked way to build a pipeline. Everything that can be
// missing at run time (the two model files, the hunspell dictionary) is looked at here, once,
// and its absence is an error of create() rather than a quietly different engine.
#include "rasd/rasd.h"

#include <optional>
#include <utility>

#include "rasd/actors/ner/model.h"
#include "rasd/actors/ner/name_tagger.h"
#include "rasd/core/document.h"
#include "rasd/events/event_filter.h"
#include "rasd/events/role_model.h"
#include "rasd/events/status_model.h"
#include "rasd/io/extract.h"
#include "rasd/io/json_writer.h"
#include "rasd/pipeline.h"
#include "rasd/text/lexicon.h"

namespace rasd {

struct Engine::Impl {
  EngineOptions options;
  std::optional<actors::ner::Model> own_name_model;  // a name model given by path
  std::optional<Pipeline> pipeline;
  io::WriteOptions write;
};

Engine::Engine() : impl_(std::make_unique<Impl>()) {}
Engine::~Engine() = default;

std::unique_ptr<Engine> Engine::create(const EngineOptions& options, std::string* error) {
  auto fail = [&](std::string why) -> std::unique_ptr<Engine> {
    if (error) *error = std::move(why);
    return nullptr;
  };
  if (options.max_document_bytes == 0) return fail("max_document_bytes must be positive");
  if (!options.allow_missing_lexicon && !text::ArabicLexicon::get().available())
    return fail("the hunspell-ar dictionary (ar.aff, ar.dic) was not found in $RASD_HUNSPELL_DIR or "
                "/usr/share/hunspell; install the Debian package hunspell-ar");

  std::unique_ptr<Engine> engine(new Engine());
  Impl& impl = *engine->impl_;
  impl.options = options;

  const actors::ner::Model* name_model = nullptr;
  if (options.name_tagger) {
    if (options.name_model.empty()) {
      name_model = actors::default_name_model();
      if (!name_model)
        return fail("name tagger model " + actors::name_model_path() + ": " + actors::name_model_error());
    } else {
      std::string why;
      impl.own_name_model = actors::ner::Model::load(options.name_model, &why);
      if (!impl.own_name_model) return fail("name tagger model " + options.name_model + ": " + why);
      name_model = &*impl.own_name_model;
    }
  }

  const events::FilterModel* filter = nullptr;
  if (!options.event_model.empty() && options.event_model != "none") {
    std::string why;
    filter = events::event_filter_model(options.event_model, &why);  // loaded once per path, kept
    if (!filter) return fail("event filter model " + options.event_model + ": " + why);
  }

  const events::FilterModel* status = nullptr;
  if (options.status_model != "none") {
    std::string why;
    status = events::status_filter_model(options.status_model, &why);  // loaded once per path, kept
    if (!status) {
      std::string path = options.status_model.empty() ? events::default_status_model_path() : options.status_model;
      return fail("status model " + path + ": " + why);
    }
  }

  const events::FilterModel* roles = nullptr;
  if (options.role_model != "none") {
    std::string why;
    roles = events::role_filter_model(options.role_model, &why);  // loaded once per path, kept
    if (!roles) {
      std::string path = options.role_model.empty() ? events::default_role_model_path() : options.role_model;
      return fail("role model " + path + ": " + why);
    }
  }

  Options pipeline_options;
  pipeline_options.max_document_bytes = options.max_document_bytes;
  pipeline_options.name_tagger = options.name_tagger;
  pipeline_options.event_model = options.event_model;
  pipeline_options.status_model = options.status_model;
  pipeline_options.role_model = options.role_model;
  impl.pipeline.emplace(pipeline_options, name_model, filter, status, roles);
  impl.write.include_text = options.include_text;
  return engine;
}

Document Engine::extract(const Article& a) const {
  RawDocument raw;
  raw.id = a.id;
  raw.text = a.text;
  auto field = [](const std::string& s) { return s.empty() ? std::nullopt : std::optional<std::string>(s); };
  raw.published = field(a.published);
  raw.title = field(a.title);
  raw.url = field(a.url);
  raw.outlet = field(a.outlet);
  return io::run_record(*impl_->pipeline, std::move(raw));
}

std::string Engine::to_json(const Document& doc) const {
  std::string out;
  io::write_record(doc, impl_->write, out);
  return out;
}

std::string Engine::extract_json(const Article& article) const { return to_json(extract(article)); }

const EngineOptions& Engine::options() const { return impl_->options; }

const Pipeline& Engine::pipeline() const { return *impl_->pipeline; }

}  // namespace rasd

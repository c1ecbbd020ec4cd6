#include "rasd/pipeline.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

#include "rasd/actors/actor_finder.h"
#include "rasd/actors/ner/name_tagger.h"
#include "rasd/core/civil_date.h"
#include "rasd/events/event_builder.h"
#include "rasd/events/threats.h"
#include "rasd/events/event_filter.h"
#include "rasd/events/role_model.h"
#include "rasd/events/status_model.h"
#include "rasd/events/trigger_finder.h"
#include "rasd/geo/place_finder.h"
#include "rasd/quotes/quote_finder.h"
#include "rasd/text/dates.h"
#include "rasd/text/quantities.h"
#include "rasd/text/readable_names.h"
#include "rasd/text/sentences.h"
#include "rasd/text/teasers.h"
#include "rasd/text/tokenize.h"
#include "rasd/text/utf8.h"

namespace rasd {
namespace {

// Non-fatal notes on what a readable text holds (README, error table): nothing but white space
// ("empty-text", unless the HTML reader already said "empty-html"), or no Arabic letter at all
// ("no-arabic": the record is written, but the Arabic stages will find nothing in it).
void note_content(Document& doc) {
  bool visible = false;
  for (size_t i = 0; i < doc.text.size();) {
    char32_t c = text::next(doc.text, i);
    if (u_isUWhiteSpace(c) || c == 0xFEFF) continue;
    visible = true;
    UErrorCode status = U_ZERO_ERROR;
    if (u_isUAlphabetic(c) && uscript_getScript(c, &status) == USCRIPT_ARABIC) return;
  }
  if (!visible) {
    for (const auto& e : doc.errors)
      if (e.code == "empty-html") return;
    doc.add_error("empty-text", "the text is empty (or only white space); there is nothing to read");
  } else {
    doc.add_error("no-arabic", "the text has no Arabic letter; nothing was extracted from it");
  }
}

}  // namespace

Pipeline::Pipeline(Options options)
    : options_(std::move(options)),
      name_model_(options_.name_tagger ? actors::default_name_model() : nullptr),
      event_filter_(events::event_filter_model(options_.event_model)),
      status_model_(events::status_filter_model(options_.status_model)),
      role_model_(events::role_filter_model(options_.role_model)) {}

Document Pipeline::run(RawDocument raw) const {
  Document doc;
  doc.id = std::move(raw.id);
  doc.title = std::move(raw.title);
  doc.url = std::move(raw.url);
  doc.outlet = std::move(raw.outlet);
  doc.text_is_extracted = raw.text_is_extracted;
  doc.errors = std::move(raw.errors);

  // Stage 0: bytes -> valid UTF-8 within the size limit.
  const size_t limit = options_.max_document_bytes;
  const size_t given = raw.text.size();
  bool cut = false;
  if (raw.text.size() > limit) {
    raw.text.resize(text::floor_boundary(raw.text, limit));
    cut = true;
  }
  text::SanitizeResult clean = text::sanitize(raw.text);
  // Repair can grow the text (one stray byte becomes the 3-byte U+FFFD): cut again so the limit
  // holds for every later stage, and drop error positions that fell past the cut.
  if (clean.text.size() > limit) {
    clean.text.resize(text::floor_boundary(clean.text, limit));
    cut = true;
    for (auto& e : clean.errors)
      if (e.start && *e.start + 3 > clean.text.size()) e.start.reset();
  }
  if (cut)
    doc.add_error("document-truncated",
                  "text of " + std::to_string(given) + " bytes cut to the limit of " +
                      std::to_string(limit) + " bytes (after UTF-8 repair); the rest was not read",
                  std::nullopt);
  doc.text = std::move(clean.text);
  for (auto& e : clean.errors) doc.errors.push_back(std::move(e));

  // Publication date: as given; an unparseable one is reported and treated as unknown.
  if (raw.published && !raw.published->empty()) {
    doc.published_raw = raw.published;
    doc.published = parse_iso_date(*raw.published);
    if (!doc.published)
      doc.add_error("invalid-published-date",
                    "publication date '" + raw.published->substr(0, text::floor_boundary(*raw.published, 40)) +
                        "' is not a YYYY-MM-DD date; relative dates are left unresolved");
  }
  if (doc.failed()) return doc;
  note_content(doc);

  text::tokenize(doc);
  text::split_sentences(doc);
  text::mark_teasers(doc);
  text::find_quantities(doc);
  text::find_dates(doc);
  if (options_.name_tagger && name_model_) actors::tag_names(doc, *name_model_);
  geo::find_places(doc);
  actors::find_actors(doc);
  quotes::find_quotes(doc);
  events::find_triggers(doc);
  if (event_filter_) events::filter_triggers(doc, *event_filter_);
  {
    events::RoleModelScope roles(role_model_);  // the argument finder reads it (events/role_model.h)
    events::build_events(doc, status_model_);
  }
  events::read_threats(doc);
  text::make_names_readable(doc);
  return doc;
}

}  // namespace rasd

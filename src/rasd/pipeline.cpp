#include "rasd/pipeline.h"

#include "rasd/core/civil_date.h"
#include "rasd/text/dates.h"
#include "rasd/text/quantities.h"
#include "rasd/text/sentences.h"
#include "rasd/text/tokenize.h"
#include "rasd/text/utf8.h"

namespace rasd {

Document Pipeline::run(RawDocument raw) const {
  Document doc;
  doc.id = std::move(raw.id);
  doc.title = std::move(raw.title);
  doc.url = std::move(raw.url);
  doc.outlet = std::move(raw.outlet);
  doc.text_is_extracted = raw.text_is_extracted;
  doc.errors = std::move(raw.errors);

  // Stage 0: bytes -> valid UTF-8 within the size limit.
  if (raw.text.size() > options_.max_document_bytes) {
    size_t cut = text::floor_boundary(raw.text, options_.max_document_bytes);
    doc.add_error("document-truncated",
                  "text of " + std::to_string(raw.text.size()) + " bytes cut to the limit of " +
                      std::to_string(options_.max_document_bytes) + " bytes; the rest was not read",
                  std::nullopt);
    raw.text.resize(cut);
  }
  text::SanitizeResult clean = text::sanitize(raw.text);
  doc.text = std::move(clean.text);
  for (auto& e : clean.errors) doc.errors.push_back(std::move(e));

  // Publication date: as given; an unparseable one is reported and treated as unknown.
  if (raw.published && !raw.published->empty()) {
    doc.published_raw = raw.published;
    doc.published = parse_iso_date(*raw.published);
    if (!doc.published)
      doc.add_error("invalid-published-date",
                    "publication date '" + raw.published->substr(0, 40) +
                        "' is not a YYYY-MM-DD date; relative dates are left unresolved");
  }
  if (doc.failed()) return doc;

  doc.tokens = text::tokenize(doc.text);
  text::split_sentences(doc);
  text::find_quantities(doc);
  text::find_dates(doc);
  return doc;
}

}  // namespace rasd

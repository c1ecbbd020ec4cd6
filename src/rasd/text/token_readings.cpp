#include "rasd/text/token_readings.h"

#include <stdexcept>

namespace rasd::text {

void note_clitic_readings(Document& doc) {
  doc.clitic_cuts.clear();
  doc.clitic_first.clear();
  doc.clitic_cuts.reserve(doc.tokens.size() * 2);
  doc.clitic_first.reserve(doc.tokens.size() + 1);
  for (const Token& t : doc.tokens) {
    doc.clitic_first.push_back(static_cast<uint32_t>(doc.clitic_cuts.size()));
    // Only words hold the Arabic letters clitics are made of: any other token reads whole.
    if (t.kind == TokenKind::kWord) append_clitic_cuts(t.key, doc.clitic_cuts);
    else doc.clitic_cuts.push_back({});
  }
  doc.clitic_first.push_back(static_cast<uint32_t>(doc.clitic_cuts.size()));
}

void missing_clitic_readings() {
  throw std::logic_error("clitic readings not noted for this document's tokens (text/token_readings.h)");
}

}  // namespace rasd::text

// Quantities: spans in range and on boundaries, token ranges in range, finite numbers,
// min <= value <= max where set.
#include "fuzz_checks.h"
#include "rasd/text/quantities.h"
#include "rasd/text/sentences.h"
#include "rasd/text/tokenize.h"

using namespace rasd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Document doc;
  doc.text = text::sanitize(fuzz::bytes(data, size)).text;
  text::tokenize(doc);
  text::split_sentences(doc);  // the pipeline's order: quantities may read sentences
  text::find_quantities(doc);
  fuzz::check_document(doc);
  return 0;
}

// Sentences and structure: spans in range, ordered, non-overlapping; token ranges consistent with
// the spans; boilerplate and source-line spans in range.
#include "fuzz_checks.h"
#include "rasd/text/sentences.h"
#include "rasd/text/tokenize.h"

using namespace rasd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  Document doc;
  doc.text = text::sanitize(fuzz::bytes(data, size)).text;
  text::tokenize(doc);
  text::split_sentences(doc);
  fuzz::check_document(doc);
  return 0;
}

// The whole extract path on one plain-text document: exactly one record, every layer's
// invariants, valid JSON out with offsets within the text. The first byte picks the size limit and
// the --published value, so the cut path and the bad-date path are exercised.
#include <sstream>

#include "fuzz_checks.h"
#include "warm_up.h"
#include "rasd/io/extract.h"
#include "rasd/io/json_writer.h"

using namespace rasd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  unsigned mode = data[0];
  ++data;
  --size;
  static const Pipeline big;
  static const Pipeline small(Options{.max_document_bytes = 300});
  const Pipeline& pipeline = mode & 1 ? small : big;
  io::ExtractConfig config;
  config.format = io::InputFormat::kText;
  const char* dates[] = {"", "2022-01-08", "2024-02-29", "2022-13-45", "yesterday", "1999-12-31T23:59:59Z"};
  config.published = dates[(mode >> 1) % 6];
  size_t seen = 0;
  std::string out;
  io::Extractor extractor(pipeline, config, [&](const Document& doc) {
    ++seen;
    fuzz::check_document(doc);
    FUZZ_CHECK(doc.id == "doc");
    // Plain text is always readable, unless it is mostly control bytes (not text at all).
    bool binary = false;
    for (const RecordError& e : doc.errors) binary |= e.code == "binary-input";
    FUZZ_CHECK(doc.failed() == binary);
    FUZZ_CHECK(!binary || doc.tokens.empty());
    FUZZ_CHECK(doc.text.size() <= pipeline.options().max_document_bytes);
    bool bad_date = config.published == "2022-13-45" || config.published == "yesterday";
    bool reported = false;
    for (const RecordError& e : doc.errors) reported |= e.code == "invalid-published-date";
    FUZZ_CHECK(reported == bad_date);
    FUZZ_CHECK(doc.published.has_value() == (!config.published.empty() && !bad_date));
    io::WriteOptions opts;
    opts.include_text = mode & 0x80;
    out.clear();
    io::write_record(doc, opts, out);
    fuzz::check_record(out, doc, opts.include_text);
  });
  std::istringstream stream{std::string(fuzz::bytes(data, size))};
  extractor.read(stream, "doc");
  FUZZ_CHECK(seen == 1);
  return 0;
}

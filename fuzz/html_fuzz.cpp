// HTML input through the extract path: exactly one record, valid JSON out carrying the extracted
// text, offsets within that text.
#include <sstream>

#include "fuzz_checks.h"
#include "warm_up.h"
#include "rasd/io/extract.h"
#include "rasd/io/html_reader.h"
#include "rasd/io/json_writer.h"

using namespace rasd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in = fuzz::bytes(data, size);
  // The reader alone: never fails, marks its text as extracted.
  RawDocument raw = io::read_html(in, "page");
  FUZZ_CHECK(raw.text_is_extracted);
  FUZZ_CHECK(raw.id == "page");

  static const Pipeline pipeline;
  io::ExtractConfig config;
  config.format = io::InputFormat::kHtml;
  config.id = "page";
  size_t seen = 0;
  std::string out;
  io::Extractor extractor(pipeline, config, [&](const Document& doc) {
    ++seen;
    fuzz::check_document(doc);
    FUZZ_CHECK(doc.text_is_extracted);
    out.clear();
    io::write_record(doc, {}, out);
    fuzz::check_record(out, doc, /*expect_text=*/true);  // html records always carry their text
  });
  std::istringstream stream{std::string(in)};
  extractor.read(stream, "page");
  FUZZ_CHECK(seen == 1);
  FUZZ_CHECK(extractor.stats().records == 1);
  return 0;
}

// The whole extract path on JSON Lines bytes: one record per non-blank line (split as std::getline
// does, blank as io::is_blank_line says), each written record a valid UTF-8 JSON object whose
// offsets are within its text. A small size limit exercises the cut path too.
#include <sstream>

#include "fuzz_checks.h"
#include "warm_up.h"
#include "rasd/io/extract.h"
#include "rasd/io/json_writer.h"
#include "rasd/io/jsonl_reader.h"

using namespace rasd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in = fuzz::bytes(data, size);
  size_t expected = 0;
  std::string_view rest = in;  // the Extractor drops a byte-order mark at the start of the input
  if (rest.starts_with("\xEF\xBB\xBF")) rest.remove_prefix(3);
  fuzz::for_each_getline(rest, [&](std::string_view line) { expected += !io::is_blank_line(line); });

  Options options;
  options.max_document_bytes = 1024;
  static const Pipeline pipeline(options);
  io::ExtractConfig config;
  config.format = io::InputFormat::kJsonl;
  config.published = size % 3 == 0 ? "2022-13-45" : size % 3 == 1 ? "2023-03-15" : "";
  size_t seen = 0, failed = 0;
  std::string out;
  io::Extractor extractor(pipeline, config, [&](const Document& doc) {
    ++seen;
    failed += doc.failed();
    fuzz::check_document(doc);
    FUZZ_CHECK(doc.text.size() <= options.max_document_bytes);
    FUZZ_CHECK(!doc.id.empty());
    out.clear();
    io::write_record(doc, {}, out);
    fuzz::check_record(out, doc, /*expect_text=*/false);
    io::WriteOptions with_text;
    with_text.include_text = true;
    out.clear();
    io::write_record(doc, with_text, out);
    fuzz::check_record(out, doc, /*expect_text=*/true);
  });
  std::istringstream stream{std::string(in)};
  extractor.read(stream, "fuzz");
  if (seen != expected) std::fprintf(stderr, "records %zu, non-blank lines %zu\n", seen, expected);
  FUZZ_CHECK(seen == expected);
  FUZZ_CHECK(extractor.stats().records == seen);
  FUZZ_CHECK(extractor.stats().failed == failed);
  return 0;
}

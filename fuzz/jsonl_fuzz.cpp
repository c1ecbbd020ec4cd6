// The whole extract path on JSON Lines bytes: one record per non-blank line (LF, CR-LF or CR
// ends one; blank as io::is_blank_line says), each written record a valid UTF-8 JSON object whose
// offsets are within its text. A small size limit exercises the cut path too.
#include <sstream>

#include "fuzz_checks.h"
#include "warm_up.h"
#include "rasd/io/extract.h"
#include "rasd/io/json_writer.h"
#include "rasd/io/jsonl_reader.h"
#include "rasd/io/sniff.h"

using namespace rasd;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view in = fuzz::bytes(data, size);
  // One record per non-blank line; lines end at LF, CR-LF or CR, and a UTF-8 BOM opening a line
  // is not part of it. Input the sniffer takes for UTF-16/32 is decoded first: not counted here.
  size_t expected = 0;
  bool utf8 = io::sniff_encoding(in.substr(0, io::kSniffBytes)).charset.empty();
  for (size_t pos = 0; pos < in.size();) {
    size_t end = in.find_first_of("\r\n", pos);
    if (end == std::string_view::npos) end = in.size();
    std::string_view line = in.substr(pos, end - pos);
    if (line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
    expected += !io::is_blank_line(line);
    pos = end + (end + 1 < in.size() && in[end] == '\r' && in[end + 1] == '\n' ? 2 : 1);
  }

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
  if (utf8 && seen != expected) std::fprintf(stderr, "records %zu, non-blank lines %zu\n", seen, expected);
  FUZZ_CHECK(!utf8 || seen == expected);
  FUZZ_CHECK(extractor.stats().records == seen);
  FUZZ_CHECK(extractor.stats().failed == failed);
  return 0;
}

// The whole `extract` path as a library call, so the CLI, the tests, the bad-input table and the
// fuzzers all drive the same code: read inputs in a format, run each record through the
// pipeline, hand each finished record to a sink. One record in, one record out, always.
//
// Every read is bounded by the pipeline's size limit (Options::max_document_bytes): a text file
// is read up to the limit, an HTML page up to the limit plus kHtmlSlack for its markup, a JSON
// line up to kEscapeFactor times the limit plus kLineSlack. What lies beyond is not read (a text
// or page) or skipped without being kept (the rest of a line), so /dev/zero as input costs a
// bounded amount of memory and time, and the run goes on to the next input.
#pragma once

#include <functional>
#include <istream>
#include <set>
#include <string>
#include <string_view>

#include "rasd/core/document.h"
#include "rasd/pipeline.h"

namespace rasd::io {

class ByteSource;

enum class InputFormat { kText, kJsonl, kHtml };

// Parses "text" / "jsonl" / "html"; false when unknown.
bool parse_input_format(std::string_view name, InputFormat& out);

// Markup around an article: a page of 4 MiB of text plus 12 MiB of tags is read whole.
constexpr size_t kHtmlSlack = 12u << 20;
// A JSON string escapes an Arabic letter (2 bytes of UTF-8) as \uXXXX (6 bytes), as Python's
// json.dumps does by default: a line may be 3 times as long as its text, plus the other fields.
constexpr size_t kEscapeFactor = 3;
constexpr size_t kLineSlack = 64u << 10;

struct ExtractConfig {
  InputFormat format = InputFormat::kText;
  std::string published;  // for records without their own date; "" = none
  std::string id;         // for text and html input; "" = the source name
};

struct ExtractStats {
  size_t records = 0;  // records handed to the sink
  size_t failed = 0;   // of which failed (a fatal error: no text could be read)
};

using RecordSink = std::function<void(const Document&)>;

// The default name of a file input: its path without the extension ("news/a.txt" -> "news/a"),
// so files of the same name in different folders get different ids.
std::string source_name(std::string_view path);

class Extractor {
 public:
  Extractor(const Pipeline& pipeline, ExtractConfig config, RecordSink sink)
      : pipeline_(pipeline), config_(std::move(config)), sink_(std::move(sink)) {}

  // Reads one input (a file's bytes or standard input); `source` names it in ids and messages.
  // Default ids are unique within the run: a name met again gets "-2", "-3", ... appended.
  void read(ByteSource& in, std::string_view source);
  void read(std::istream& in, std::string_view source);
  // Opens and reads the file at `path` (named source_name(path)); a directory or a file that
  // cannot be opened yields one "file-unreadable" record, and the reason is returned ("" when
  // the file was read).
  std::string read_file(const std::string& path);
  // Emits the error record of an input that could not be opened.
  void unreadable(std::string_view source, std::string_view why);

  // Stops the run: reading ends at the next record (the sink calls it when output fails).
  void stop() { stopped_ = true; }
  bool stopped() const { return stopped_; }

  const ExtractStats& stats() const { return stats_; }

 private:
  class Input;
  void emit(RawDocument raw);
  void emit_unreadable(const std::string& name, std::string_view why);
  std::string unique_name(std::string_view source);
  std::string id_for(const std::string& name) const;
  void read_jsonl(Input& in, const std::string& name);
  void read_whole(Input& in, const std::string& name);

  const Pipeline& pipeline_;  // borrowed; outlives the Extractor
  ExtractConfig config_;
  RecordSink sink_;
  ExtractStats stats_;
  size_t inputs_ = 0;
  std::set<std::string> names_;  // names given so far (default ids are unique)
  bool stopped_ = false;
};

}  // namespace rasd::io

// The whole `extract` path as a library call, so the CLI, the tests, the bad-input table and the
// fuzzers all drive the same code: read inputs in a format, run each record through the
// pipeline, hand each finished record to a sink. One record in, one record out, always.
#pragma once

#include <functional>
#include <istream>
#include <string>
#include <string_view>

#include "rasd/core/document.h"
#include "rasd/pipeline.h"

namespace rasd::io {

enum class InputFormat { kText, kJsonl, kHtml };

// Parses "text" / "jsonl" / "html"; false when unknown.
bool parse_input_format(std::string_view name, InputFormat& out);

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

class Extractor {
 public:
  Extractor(const Pipeline& pipeline, ExtractConfig config, RecordSink sink)
      : pipeline_(pipeline), config_(std::move(config)), sink_(std::move(sink)) {}

  // Reads one input (a file's bytes or standard input); `source` names it in ids and messages.
  void read(std::istream& in, std::string_view source);
  // Emits the error record of an input that could not be opened.
  void unreadable(std::string_view source, std::string_view why);

  const ExtractStats& stats() const { return stats_; }

 private:
  void emit(RawDocument raw);
  std::string id_for(std::string_view source) const;

  const Pipeline& pipeline_;  // borrowed; outlives the Extractor
  ExtractConfig config_;
  RecordSink sink_;
  ExtractStats stats_;
  size_t inputs_ = 0;
};

}  // namespace rasd::io

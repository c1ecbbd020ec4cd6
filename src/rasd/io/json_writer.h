// The output record (../shared/spec/output-contract.md): one JSON object per Document, spans in
// code points. The writer is the only place where byte offsets become code-point offsets.
#pragma once

#include <string>

#include "rasd/core/document.h"

namespace rasd::io {

struct WriteOptions {
  bool include_text = false;    // always on for HTML input (the text is the engine's own)
  bool include_layers = true;   // sentences, quantities, dates (beyond the contract)
};

// Appends the record and a trailing newline to `out`. The output is valid UTF-8 JSON.
void write_record(const Document& doc, const WriteOptions& opts, std::string& out);

// JSON string literal of valid UTF-8 `s` (quotes included), appended to out.
void append_json_string(std::string& out, std::string_view s);

}  // namespace rasd::io

// Per-record errors: a stable kebab-case code (documented in the README's error table), a message
// a person understands, and where known the code-point position in the text.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace rasd {

struct RecordError {
  std::string code;               // stable, kebab-case: "invalid-utf8", "missing-text", ...
  std::string message;            // for people
  std::optional<uint32_t> start;  // BYTE offset into Document::text while in the engine
  bool fatal = false;             // the record's text could not be read at all
};

}  // namespace rasd

// JSON Lines input: one article object a line, {"id", "text", and optionally "title",
// "published", "url", "outlet"}. Each line is parsed on its own (simdjson on-demand over the
// line, every value visited, so the whole line is validated), after its bytes are repaired to
// valid UTF-8, so one bad line never costs the others. Any valid JSON is accepted: numbers of any
// size (simdjson's number parser stops at 64 bits and at double range, so numbers are checked
// by their grammar and kept as written), and escaped lone surrogates, which become U+FFFD with a
// "lone-surrogate" note.
#pragma once

#include <string>
#include <string_view>

#include "rasd/pipeline.h"

namespace rasd::io {

// True when the line holds only white space: such lines are skipped, not records (README).
bool is_blank_line(std::string_view line);

// Reads one non-blank line into a RawDocument. Never fails: a line that is not a usable record
// yields a RawDocument with a fatal error ("invalid-json", "not-an-object", "missing-text",
// "text-not-string") and id `fallback_id` unless the object carried one.
RawDocument read_jsonl_record(std::string_view line, std::string_view fallback_id);

// The same for a line that was cut at `kept` bytes (it was longer): what is open is closed
// (json_repair.h) and the record, if it still parses, carries a "document-truncated" error.
RawDocument read_cut_jsonl_record(std::string_view line, std::string_view fallback_id);

}  // namespace rasd::io

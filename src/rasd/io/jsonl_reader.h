// JSON Lines input: one article object a line, {"id", "text", and optionally "title",
// "published", "url", "outlet"}. Each line is parsed on its own (simdjson on-demand in its own
// padded buffer), after its bytes are repaired to valid UTF-8, so one bad line never costs the
// others: simdjson's streaming parser drops the whole batch on one invalid byte.
#pragma once

#include <string_view>

#include "rasd/pipeline.h"

namespace rasd::io {

// True when the line holds only white space: such lines are skipped, not records (README).
bool is_blank_line(std::string_view line);

// Reads one non-blank line into a RawDocument. Never fails: a line that is not a usable record
// yields a RawDocument with a fatal error ("invalid-json", "not-an-object", "missing-text",
// "text-not-string") and id `fallback_id` unless the object carried one.
RawDocument read_jsonl_record(std::string_view line, std::string_view fallback_id);

}  // namespace rasd::io

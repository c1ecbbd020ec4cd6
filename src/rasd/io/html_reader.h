// HTML input: the article's main text (title, headings, paragraphs, list items of the story),
// with navigation, related-article lists, scripts, styles and screen-reader furniture dropped.
// Parsed with gumbo (Debian libgumbo-dev, an HTML5 parser that never fails on tag soup).
#pragma once

#include <string_view>

#include "rasd/pipeline.h"

namespace rasd::io {

// The extracted text is one block per line (paragraph breaks as "\n"); raw.text_is_extracted is
// set so the writer includes the text the offsets refer to. Never fails: a page with no body
// text yields an empty text and an "empty-html" error. A page longer than `max_bytes` is cut
// there before parsing ("document-truncated").
constexpr size_t kMaxHtmlBytes = 16u << 20;
RawDocument read_html(std::string_view bytes, std::string_view id, size_t max_bytes = kMaxHtmlBytes);

}  // namespace rasd::io

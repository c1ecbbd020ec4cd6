// Code-point spans over a stored text: the API's offsets are code points (the output
// contract's), while std::string indexes bytes. One index per text, built once.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rasd::serve {

struct Span32 {
  uint32_t start = 0, end = 0;  // code points, end exclusive
};

class CodePoints {
 public:
  explicit CodePoints(std::string text);
  uint32_t size() const { return static_cast<uint32_t>(starts_.size()); }
  // The text of a span, clamped to the text (a stale span never reads out of bounds).
  std::string slice(Span32 s) const;
  // The sentence holding a span: from after the previous sentence end (. ! ? ؟ ؛ or a line break)
  // to the next one, trimmed of spaces.
  Span32 sentence_around(Span32 s) const;
  // Code point at index i (for tests and scans).
  char32_t at(uint32_t i) const;

 private:
  std::string text_;
  std::vector<uint32_t> starts_;  // byte offset of each code point
};

// The mentions of a stored event (its content JSON's "mentions"), as code-point spans.
std::vector<Span32> content_mentions(std::string_view content_json);

// A number as JSON: whole numbers without a fraction.
std::string io_number(double v);

}  // namespace rasd::serve

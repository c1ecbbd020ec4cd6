// Spans inside the engine are BYTE offsets into Document::text (valid UTF-8), half-open.
// Only the writers convert them to the code-point offsets the output contract promises
// (see core/offsets.h), so every stage works on bytes and nobody converts twice.
#pragma once

#include <cstdint>
#include <string_view>

namespace rasd {

struct Span {
  uint32_t begin = 0;  // first byte
  uint32_t end = 0;    // one past the last byte
  uint32_t size() const { return end - begin; }
  bool empty() const { return begin >= end; }
  bool contains(const Span& o) const { return begin <= o.begin && o.end <= end; }
  bool overlaps(const Span& o) const { return begin < o.end && o.begin < end; }
  std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }
  friend bool operator==(const Span&, const Span&) = default;
};

}  // namespace rasd

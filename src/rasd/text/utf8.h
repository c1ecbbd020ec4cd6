// UTF-8 validation and repair, and code-point stepping. Everything after this stage may assume
// valid UTF-8: sanitize() is the only place that looks at raw bytes from outside.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "rasd/core/error.h"

namespace rasd::text {

struct SanitizeResult {
  std::string text;                  // valid UTF-8, no NUL
  std::vector<RecordError> errors;   // at most one per problem kind, with the first position
  uint32_t invalid_sequences = 0;    // replaced by U+FFFD
  uint32_t nul_bytes = 0;            // replaced by U+FFFD
};

// Repairs `in` into valid UTF-8. Each maximal ill-formed subpart (Unicode's recommended practice,
// the same as Python's errors="replace") becomes one U+FFFD, so code-point offsets agree with a
// Python reader of the same bytes. NUL becomes U+FFFD too (one code point for one). Overlong forms,
// surrogates (ED A0..BF) and code points above U+10FFFF are ill-formed. A BOM, CR and LF are kept
// as they are: offsets are into the text as given; later stages treat them as space.
// Error positions are byte offsets into the repaired text.
SanitizeResult sanitize(std::string_view in);

// True when `s` is valid UTF-8 (no repair needed, NUL allowed).
bool is_valid(std::string_view s);

// Decodes the code point starting at s[i] (s valid UTF-8) and advances i past it.
char32_t next(std::string_view s, size_t& i);
// Decodes the code point ending just before s[i] and moves i to its first byte.
char32_t prev(std::string_view s, size_t& i);
// Appends the UTF-8 encoding of c.
void append(std::string& out, char32_t c);
// Number of bytes of the sequence led by byte b (1 for ASCII and for stray bytes).
inline int seq_len(unsigned char b) { return b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1; }
// Code points in valid UTF-8 `s` (the letters of a normalised key).
inline size_t code_points(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}
// Largest n <= max such that s[0,n) ends on a code-point boundary.
size_t floor_boundary(std::string_view s, size_t max);
// Length of `s` without a multi-byte sequence cut short at its very end (what a read that
// stopped at a byte count may leave), so the cut is not reported as invalid UTF-8.
size_t complete_prefix(std::string_view s);

}  // namespace rasd::text

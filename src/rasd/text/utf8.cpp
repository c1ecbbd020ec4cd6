#include "rasd/text/utf8.h"

namespace rasd::text {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Length of the well-formed sequence at in[i], or 0 when ill-formed; `bad` gets the length of the
// maximal ill-formed subpart to replace (Unicode 15, table 3-7 ranges).
size_t well_formed(std::string_view in, size_t i, size_t& bad) {
  const auto b = [&](size_t k) { return static_cast<unsigned char>(in[i + k]); };
  unsigned char c = b(0);
  bad = 1;
  if (c < 0x80) return 1;
  size_t need;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) need = 2;
  else if (c >= 0xE0 && c <= 0xEF) { need = 3; if (c == 0xE0) lo = 0xA0; if (c == 0xED) hi = 0x9F; }
  else if (c >= 0xF0 && c <= 0xF4) { need = 4; if (c == 0xF0) lo = 0x90; if (c == 0xF4) hi = 0x8F; }
  else return 0;  // C0, C1, F5..FF, or a lone continuation byte
  for (size_t k = 1; k < need; ++k) {
    if (i + k >= in.size()) { bad = k; return 0; }
    unsigned char x = b(k);
    unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
    if (x < l || x > h) { bad = k; return 0; }
  }
  return need;
}

}  // namespace

SanitizeResult sanitize(std::string_view in) {
  SanitizeResult r;
  r.text.reserve(in.size());
  size_t first_bad = SIZE_MAX, first_nul = SIZE_MAX;
  for (size_t i = 0; i < in.size();) {
    // A run of ASCII other than NUL, and of well-formed two-byte sequences (C2..DF, then a
    // continuation byte: what well_formed() accepts), is copied whole.
    size_t run = i;
    while (run < in.size()) {
      unsigned char c = static_cast<unsigned char>(in[run]);
      if (c != 0 && c < 0x80) {
        ++run;
      } else if (c >= 0xC2 && c <= 0xDF && run + 1 < in.size() && (static_cast<unsigned char>(in[run + 1]) & 0xC0) == 0x80) {
        run += 2;
      } else {
        break;
      }
    }
    if (run > i) {
      r.text.append(in.data() + i, run - i);
      i = run;
      continue;
    }
    size_t bad;
    size_t n = well_formed(in, i, bad);
    if (n == 1 && in[i] == '\0') {
      if (first_nul == SIZE_MAX) first_nul = r.text.size();
      ++r.nul_bytes;
      r.text += kReplacement;
      ++i;
    } else if (n) {
      r.text.append(in.data() + i, n);
      i += n;
    } else {
      if (first_bad == SIZE_MAX) first_bad = r.text.size();
      ++r.invalid_sequences;
      r.text += kReplacement;
      i += bad;
    }
  }
  if (r.invalid_sequences)
    r.errors.push_back({"invalid-utf8",
                        std::to_string(r.invalid_sequences) +
                            " invalid UTF-8 sequence(s) replaced by U+FFFD; the first is at the position given",
                        static_cast<uint32_t>(first_bad), false});
  if (r.nul_bytes)
    r.errors.push_back({"nul-byte", std::to_string(r.nul_bytes) + " NUL byte(s) replaced by U+FFFD",
                        static_cast<uint32_t>(first_nul), false});
  return r;
}

bool is_valid(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t bad;
    size_t n = well_formed(s, i, bad);
    if (!n) return false;
    i += n;
  }
  return true;
}

char32_t next(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  int n = seq_len(c);
  if (i + n > s.size()) { ++i; return 0xFFFD; }
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += n;
  return cp;
}

char32_t prev(std::string_view s, size_t& i) {
  size_t j = i;
  do { --j; } while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80);
  size_t k = j;
  char32_t cp = next(s, k);
  i = j;
  return cp;
}

void append(std::string& out, char32_t c) {
  if (c < 0x80) out += static_cast<char>(c);
  else if (c < 0x800) { out += static_cast<char>(0xC0 | (c >> 6)); out += static_cast<char>(0x80 | (c & 0x3F)); }
  else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12)); out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18)); out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F)); out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

size_t floor_boundary(std::string_view s, size_t max) {
  if (max >= s.size()) return s.size();
  while (max > 0 && (static_cast<unsigned char>(s[max]) & 0xC0) == 0x80) --max;
  return max;
}

size_t complete_prefix(std::string_view s) {
  size_t i = s.size(), continuation = 0;
  while (i > 0 && continuation < 3 && (static_cast<unsigned char>(s[i - 1]) & 0xC0) == 0x80) --i, ++continuation;
  if (i > 0 && static_cast<unsigned char>(s[i - 1]) >= 0xC0 &&
      static_cast<size_t>(seq_len(static_cast<unsigned char>(s[i - 1]))) > continuation + 1)
    return i - 1;
  return s.size();
}

}  // namespace rasd::text

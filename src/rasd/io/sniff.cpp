#include "rasd/io/sniff.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace rasd::io {
namespace {

// Which byte of each pair (0 or 1) is the high byte of UTF-16 text, or -1.
int utf16_high_byte(std::string_view head) {
  size_t pairs = std::min(head.size(), kSniffBytes) / 2;
  if (pairs < 8) return -1;
  std::array<std::array<size_t, 256>, 2> seen{};
  for (size_t i = 0; i < pairs * 2; ++i) ++seen[i % 2][static_cast<unsigned char>(head[i])];
  for (int hi = 0; hi < 2; ++hi) {
    const auto& h = seen[hi];
    const auto& lo = seen[1 - hi];
    // NUL low bytes (U+0100, U+0600, ...) are rare; NUL high bytes (ASCII: spaces, digits,
    // punctuation, line ends) are common in any text.
    if (lo[0] * 100 > pairs || h[0] * 16 < pairs) continue;
    std::array<size_t, 256> sorted = h;
    std::partial_sort(sorted.begin(), sorted.begin() + 4, sorted.end(), std::greater<>());
    if ((sorted[0] + sorted[1] + sorted[2] + sorted[3]) * 10 >= pairs * 9) return hi;
  }
  return -1;
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

Sniffed sniff_encoding(std::string_view head) {
  if (head.starts_with(std::string_view("\xFF\xFE\x00\x00", 4))) return {"UTF-32LE", 4};
  if (head.starts_with(std::string_view("\x00\x00\xFE\xFF", 4))) return {"UTF-32BE", 4};
  if (head.starts_with("\xFF\xFE")) return {"UTF-16LE", 2};
  if (head.starts_with("\xFE\xFF")) return {"UTF-16BE", 2};
  switch (utf16_high_byte(head)) {
    case 1: return {"UTF-16LE", 0};
    case 0: return {"UTF-16BE", 0};
    default: return {};
  }
}

std::string declared_html_charset(std::string_view page) {
  std::string head = lower(page.substr(0, kSniffBytes));
  for (size_t at = head.find("<meta"); at != std::string::npos; at = head.find("<meta", at + 5)) {
    size_t end = head.find('>', at);
    std::string_view tag(head.data() + at, (end == std::string::npos ? head.size() : end) - at);
    // Both forms carry "charset=": the attribute, and the parameter inside content="...".
    for (size_t c = tag.find("charset"); c != std::string_view::npos; c = tag.find("charset", c + 7)) {
      size_t i = c + 7;
      while (i < tag.size() && std::isspace(static_cast<unsigned char>(tag[i]))) ++i;
      if (i >= tag.size() || tag[i] != '=') continue;
      ++i;
      while (i < tag.size() && (std::isspace(static_cast<unsigned char>(tag[i])) || tag[i] == '"' || tag[i] == '\'')) ++i;
      size_t b = i;
      while (i < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[i])) || tag[i] == '-' || tag[i] == '_' ||
                                tag[i] == ':' || tag[i] == '.'))
        ++i;
      if (i > b) return std::string(tag.substr(b, i - b));
    }
  }
  return {};
}

bool mostly_utf8(std::string_view s) {
  size_t good = 0, bad = 0;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) { ++i; continue; }
    size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    size_t k = 1;
    while (len && k < len && i + k < s.size() && (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80) ++k;
    if (len && k == len) { ++good; i += len; }
    else { ++bad; ++i; }
  }
  return good > bad;
}

bool looks_binary(std::string_view head) {
  head = head.substr(0, 64 << 10);
  size_t controls = 0;
  for (unsigned char c : head)
    controls += (c < 0x20 && c != '\t' && c != '\n' && c != '\v' && c != '\f' && c != '\r') || c == 0x7F;
  return controls >= 16 && controls * 16 >= head.size();
}

}  // namespace rasd::io

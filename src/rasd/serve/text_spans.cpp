#include "rasd/serve/text_spans.h"

#include <cmath>
#include <cstdio>

#include <simdjson.h>

namespace rasd::serve {

CodePoints::CodePoints(std::string text) : text_(std::move(text)) {
  // Stored texts are valid UTF-8 (the pipeline sanitises them); continuation bytes are skipped.
  for (uint32_t i = 0; i < text_.size(); ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) starts_.push_back(i);
}

std::string CodePoints::slice(Span32 s) const {
  uint32_t n = size();
  uint32_t a = std::min(s.start, n), b = std::min(std::max(s.end, a), n);
  uint32_t ba = a < n ? starts_[a] : static_cast<uint32_t>(text_.size());
  uint32_t bb = b < n ? starts_[b] : static_cast<uint32_t>(text_.size());
  return text_.substr(ba, bb - ba);
}

char32_t CodePoints::at(uint32_t i) const {
  if (i >= size()) return 0;
  const auto* p = reinterpret_cast<const unsigned char*>(text_.data()) + starts_[i];
  // A sequence cut short (never in a stored text, which the pipeline sanitised) reads as its lead byte.
  size_t n = (i + 1 < size() ? starts_[i + 1] : text_.size()) - starts_[i];
  size_t need = p[0] < 0x80 ? 1 : p[0] < 0xE0 ? 2 : p[0] < 0xF0 ? 3 : 4;
  if (n < need) return p[0];
  if (p[0] < 0x80) return p[0];
  if (p[0] < 0xE0) return ((p[0] & 0x1F) << 6) | (p[1] & 0x3F);
  if (p[0] < 0xF0) return ((p[0] & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  return ((p[0] & 0x07) << 18) | ((p[1] & 0x3F) << 12) | ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

namespace {
bool ends_sentence(char32_t c) {
  return c == '.' || c == '!' || c == '?' || c == U'\u061F' || c == U'\u061B' || c == '\n' || c == '\r' ||
         c == U'\u06D4';
}
bool is_space(char32_t c) { return c == ' ' || c == '\t' || c == U'\u00A0'; }
}  // namespace

Span32 CodePoints::sentence_around(Span32 s) const {
  uint32_t n = size();
  uint32_t a = std::min(s.start, n), b = std::min(std::max(s.end, a), n);
  while (a > 0 && !ends_sentence(at(a - 1))) --a;
  while (b < n && !ends_sentence(at(b))) ++b;
  if (b < n && at(b) != '\n' && at(b) != '\r') ++b;  // keep the sentence's own mark
  while (a < b && is_space(at(a))) ++a;
  while (b > a && is_space(at(b - 1))) --b;
  return {a, b};
}

std::vector<Span32> content_mentions(std::string_view content_json) {
  std::vector<Span32> out;
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (parser.parse(content_json.data(), content_json.size()).get(doc)) return out;
  simdjson::dom::array mentions;
  if (doc["mentions"].get_array().get(mentions)) return out;
  for (simdjson::dom::element m : mentions) {
    int64_t a = 0, b = 0;
    if (m["start"].get_int64().get(a) || m["end"].get_int64().get(b) || a < 0 || b < a) continue;
    out.push_back({static_cast<uint32_t>(a), static_cast<uint32_t>(b)});
  }
  return out;
}

std::string io_number(double v) {
  if (!std::isfinite(v)) return "null";
  char buf[32];
  if (v == std::floor(v) && std::fabs(v) < 1e15) std::snprintf(buf, sizeof buf, "%.0f", v);
  else std::snprintf(buf, sizeof buf, "%.6g", v);
  return buf;
}

}  // namespace rasd::serve

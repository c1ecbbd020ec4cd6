#include "rasd/io/summary_writer.h"

#include <cstdio>

#include "rasd/core/civil_date.h"

namespace rasd::io {
namespace {

std::string clip(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  while (max_bytes > 0 && (static_cast<unsigned char>(s[max_bytes]) & 0xC0) == 0x80) --max_bytes;
  return std::string(s.substr(0, max_bytes)) + "…";
}

std::string number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, v == static_cast<long long>(v) ? "%.0f" : "%g", v);
  return buf;
}

}  // namespace

void write_summary(const Document& doc, std::string& out) {
  size_t subheads = 0, body = 0;
  for (const auto& s : doc.sentences) {
    if (s.kind == SentenceKind::kSubheading) ++subheads;
    if (s.kind == SentenceKind::kBody) ++body;
  }
  out += "== " + doc.id;
  out += doc.published ? "  (published " + to_iso(*doc.published) + ")" : "  (publication date unknown)";
  out += "\n   " + std::to_string(doc.text.size()) + " bytes, " + std::to_string(doc.tokens.size()) +
         " tokens, " + std::to_string(body) + " sentences, " + std::to_string(subheads) + " subheadings\n";
  for (const auto& s : doc.sentences)
    if (s.kind == SentenceKind::kSubheading) out += "   subheading: " + clip(s.span.of(doc.text), 80) + "\n";
  for (const auto& b : doc.boilerplate) out += "   furniture:  " + clip(b.of(doc.text), 80) + "\n";
  if (doc.source_line) {
    out += "   credit:     ";
    for (size_t i = 0; i < doc.source_line->outlets.size(); ++i)
      out += (i ? ", " : "") + doc.source_line->outlets[i];
    out += doc.source_line->agencies ? " (+ agencies)\n" : "\n";
  }
  for (const auto& q : doc.quantities) {
    out += "   quantity:   " + clip(q.span.of(doc.text), 60) + " = ";
    out += q.value ? number(*q.value) : "?";
    if (q.min || q.max)
      out += " [" + (q.min ? number(*q.min) : std::string("…")) + ", " + (q.max ? number(*q.max) : std::string("…")) + "]";
    if (!q.unit.empty()) out += " (" + q.unit + ")";
    out += "\n";
  }
  for (const auto& d : doc.dates)
    out += "   date:       " + clip(d.span.of(doc.text), 60) + " = " + (d.date ? to_iso(*d.date) : "unresolved") + "\n";
  for (const auto& e : doc.entities) {
    out += std::string("   ") + (e.type == EntityType::kLoc ? "place:      " : e.type == EntityType::kPer ? "person:     " : "org:        ");
    out += e.name;
    if (!e.canonical.empty() && e.canonical != e.name) out += " = " + e.canonical;
    if (e.type == EntityType::kLoc) {
      out += "  (" + e.precision + (e.country.empty() ? "" : ", " + e.country);
      if (e.geonames_id) out += ", geonames " + std::to_string(*e.geonames_id);
      out += ")";
    } else if (!e.country.empty()) {
      out += "  (" + e.country + ")";
    }
    if (e.mentions.size() > 1) out += "  ×" + std::to_string(e.mentions.size());
    out += "\n";
  }
  for (const auto& e : doc.errors) out += "   error:      " + e.code + ": " + e.message + "\n";
}

}  // namespace rasd::io

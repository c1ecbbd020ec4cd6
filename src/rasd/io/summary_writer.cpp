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

// A telling in its sentence, the trigger in brackets, cut to a few words on either side so the
// reader sees what the text says without the whole paragraph.
std::string in_context(const Document& doc, Span m) {
  Span sentence = m;
  for (const auto& s : doc.sentences)
    if (s.span.contains(m)) sentence = s.span;
  auto words_back = [&](size_t from, int n) {
    size_t i = from;
    while (i > sentence.begin && n > 0) {
      --i;
      if (doc.text[i] == ' ' && i + 1 < from) --n;
    }
    return n == 0 ? i + 1 : static_cast<size_t>(sentence.begin);
  };
  auto words_ahead = [&](size_t from, int n) {
    size_t i = from;
    while (i < sentence.end && n > 0) {
      if (doc.text[i] == ' ' && i > from) --n;
      if (n > 0) ++i;
    }
    return i;
  };
  size_t a = words_back(m.begin, 6), b = words_ahead(m.end, 6);
  std::string out = a > sentence.begin ? "…" : "";
  out += doc.text.substr(a, m.begin - a) + "[" + std::string(m.of(doc.text)) + "]" +
         doc.text.substr(m.end, b - m.end);
  if (b < sentence.end) out += "…";
  return out;
}

// "who → whom": the parties' names joined, "?" for a side the text does not name.
std::string parties(const std::vector<EventParty>& ps) {
  if (ps.empty()) return "?";
  std::string out;
  for (size_t i = 0; i < ps.size(); ++i) out += (i ? " + " : "") + ps[i].name;
  return out;
}

// The status an analyst filters on: what the text commits to, in one word.
std::string status(const Event& e) {
  if (e.negated) return "negated";
  return e.modality;
}

void write_event(const Document& doc, const Event& e, std::string& out) {
  out += "   event:      " + e.type;
  if (!e.modes.empty()) {
    out += " (";
    for (size_t i = 0; i < e.modes.size(); ++i) out += (i ? ", " : "") + e.modes[i];
    out += ")";
  }
  out += "  [" + status(e);
  if (e.background) out += ", background";
  if (!e.reported_by.empty()) out += ", by " + e.reported_by;
  out += "]\n";
  out += "      who:      " + parties(e.actor) + "  →  " + parties(e.recipient) + "\n";
  if (e.location) {
    out += "      where:    " + (e.location->name.empty() ? std::string("(the article's country)") : e.location->name);
    out += "  (" + e.location->precision + (e.location->country.empty() ? "" : ", " + e.location->country);
    if (e.location->geonames_id) out += ", geonames " + std::to_string(*e.location->geonames_id);
    out += ")\n";
  }
  if (e.date) out += "      when:     " + to_iso(*e.date) + "\n";
  for (const auto& [role, c] : e.counts) {
    out += "      " + role + ":" + std::string(role.size() < 9 ? 9 - role.size() : 1, ' ');
    out += c.quantity.value ? number(*c.quantity.value) : "?";
    out += "  «" + clip(c.evidence.of(doc.text), 40) + "»\n";
  }
  for (const auto& m : e.mentions) out += "      told:     " + in_context(doc, m) + "\n";
}

void write_quote(const Document& doc, const Quote& q, std::string& out) {
  out += "   quote:      " + (q.speaker_name.empty() ? std::string("(unknown speaker)") : q.speaker_name);
  out += q.direct ? " said «" : " said that «";
  out += clip(q.span.of(doc.text), 80) + "»\n";
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
  for (const auto& e : doc.events) write_event(doc, e, out);
  for (const auto& q : doc.quotes) write_quote(doc, q, out);
  for (const auto& e : doc.errors) out += "   error:      " + e.code + ": " + e.message + "\n";
}

}  // namespace rasd::io

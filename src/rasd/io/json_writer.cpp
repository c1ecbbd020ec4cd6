#include "rasd/io/json_writer.h"

#include <algorithm>

#include <cmath>
#include <cstdio>

#include "rasd/core/civil_date.h"
#include "rasd/core/offsets.h"
#include "rasd/core/names.h"
#include "rasd/text/utf8.h"

namespace rasd::io {
namespace {

const char* sentence_kind_name(SentenceKind k) {
  switch (k) {
    case SentenceKind::kBody: return "body";
    case SentenceKind::kSubheading: return "subheading";
    case SentenceKind::kBoilerplate: return "boilerplate";
    case SentenceKind::kSourceLine: return "source_line";
  }
  return "body";
}

// A tiny streaming writer: keeps commas right so callers only say what goes in.
class Json {
 public:
  explicit Json(std::string& out) : out_(out) {}
  void begin_object() { sep(); out_ += '{'; first_ = true; }
  void end_object() { out_ += '}'; first_ = false; }
  void begin_array() { sep(); out_ += '['; first_ = true; }
  void end_array() { out_ += ']'; first_ = false; }
  void key(std::string_view k) { sep(); append_json_string(out_, k); out_ += ':'; first_ = true; }
  void string(std::string_view s) { sep(); append_json_string(out_, s); }
  void null() { sep(); out_ += "null"; }
  void boolean(bool b) { sep(); out_ += b ? "true" : "false"; }
  void number(double v) {
    sep();
    if (!std::isfinite(v)) { out_ += "null"; return; }
    char buf[32];
    if (v == std::floor(v) && std::fabs(v) < 1e15) std::snprintf(buf, sizeof buf, "%.0f", v);
    else std::snprintf(buf, sizeof buf, "%.10g", v);
    out_ += buf;
  }
  void number(uint64_t v) { sep(); out_ += std::to_string(v); }
  void span(const CodePointIndex& cp, const Span& s) {
    key("start"); number(static_cast<uint64_t>(cp(s.begin)));
    key("end"); number(static_cast<uint64_t>(cp(s.end)));
  }

 private:
  void sep() { if (!first_) out_ += ','; first_ = false; }
  std::string& out_;
  bool first_ = true;
};

void write_parties(Json& j, const std::vector<EventParty>& parties) {
  j.begin_array();
  for (const EventParty& p : parties) {
    j.begin_object();
    j.key("name"); j.string(p.name);
    j.key("country");
    if (!p.country.empty()) j.string(p.country); else j.null();
    j.key("sector");
    if (!p.sector.empty()) j.string(p.sector); else j.null();
    j.end_object();
  }
  j.end_array();
}

void write_quantity(Json& j, const CodePointIndex& cp, const Quantity& q, const char* rule = nullptr) {
  j.begin_object();
  if (q.value) { j.key("value"); j.number(*q.value); }
  if (q.min) { j.key("min"); j.number(*q.min); }
  if (q.max) { j.key("max"); j.number(*q.max); }
  j.key("qualifier"); j.string(qualifier_name(q.qualifier));
  if (rule) { j.key("rule"); j.string(rule); }
  j.span(cp, q.span);
  j.end_object();
}

void write_event(Json& j, const CodePointIndex& cp, const Document& doc, const Event& e) {
  j.begin_object();
  j.key("type"); j.string(e.type);
  j.key("mode"); j.begin_array();
  for (const auto& m : e.modes) j.string(m);
  j.end_array();
  j.key("negated"); j.boolean(e.negated);
  j.key("modality"); j.string(e.modality);
  j.key("background"); j.boolean(e.background);
  if (!e.reported_by.empty()) {
    j.key("reported_by"); j.begin_object(); j.key("name"); j.string(e.reported_by); j.end_object();
  }
  j.key("actor"); write_parties(j, e.actor);
  j.key("recipient"); write_parties(j, e.recipient);
  j.key("location");
  if (e.location) {
    const EventPlace& p = *e.location;
    j.begin_object();
    j.key("name");
    if (!p.name.empty()) j.string(p.name); else j.null();
    j.key("geonames_id");
    if (p.geonames_id) j.number(static_cast<uint64_t>(*p.geonames_id)); else j.null();
    j.key("country");
    if (!p.country.empty()) j.string(p.country); else j.null();
    if (!p.admin1.empty()) { j.key("admin1"); j.string(p.admin1); }
    if (p.lat && p.lon) { j.key("lat"); j.number(*p.lat); j.key("lon"); j.number(*p.lon); }
    j.key("precision"); j.string(p.precision);
    if (p.place >= 0) j.span(cp, doc.places[static_cast<size_t>(p.place)].span);
    j.end_object();
  } else {
    j.null();
  }
  j.key("date"); j.begin_object();
  j.key("value");
  if (e.date) j.string(to_iso(*e.date)); else j.null();
  if (e.date_mention >= 0) {
    const DateMention& d = doc.dates[static_cast<size_t>(e.date_mention)];
    j.key("text"); j.string(d.span.of(doc.text));
    j.key("precision"); j.string(date_precision_name(d.precision));
    j.span(cp, d.span);
  }
  j.end_object();
  j.key("counts"); j.begin_object();
  for (const auto& [role, c] : e.counts) {
    j.key(role);
    write_quantity(j, cp, c.quantity, kCountRule);
  }
  j.end_object();
  // Several tellings gave figures for one role: every figure, in the order told, so a reader sees
  // the update or the dispute rather than one silently chosen number.
  if (e.count_claims.size() > e.counts.size()) {
    j.key("count_claims"); j.begin_array();
    for (const auto& [role, c] : e.count_claims) {
      j.begin_object();
      j.key("role"); j.string(role);
      j.key("text"); j.string(c.quantity.span.of(doc.text));
      j.key("figure"); write_quantity(j, cp, c.quantity);
      j.key("chosen");
      j.boolean(std::any_of(e.counts.begin(), e.counts.end(), [&](const auto& rc) {
        return rc.first == role && rc.second.quantity.span == c.quantity.span;
      }));
      j.end_object();
    }
    j.end_array();
  }
  j.key("mentions"); j.begin_array();
  for (const Span& m : e.mentions) { j.begin_object(); j.span(cp, m); j.end_object(); }
  j.end_array();
  j.end_object();
}

void optional_string(Json& j, std::string_view k, const std::optional<std::string>& v) {
  if (!v) return;
  j.key(k);
  j.string(*v);
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
  // The record is valid UTF-8 whatever a caller hands in (an --id or file name in another
  // encoding, a message quoting raw bytes): repair rather than write a broken line.
  std::string repaired;
  if (!text::is_valid(s)) s = repaired = text::sanitize(s).text;
  out += '"';
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) { char buf[8]; std::snprintf(buf, sizeof buf, "\\u%04x", c); out += buf; }
        else out += static_cast<char>(c);
    }
  }
  out += '"';
}

void write_record(const Document& doc, const WriteOptions& opts, std::string& out) {
  CodePointIndex cp(doc.text);
  Json j(out);
  j.begin_object();
  j.key("id"); j.string(doc.id);
  j.key("published");
  if (doc.published) j.string(to_iso(*doc.published)); else j.null();
  optional_string(j, "title", doc.title);
  optional_string(j, "url", doc.url);
  optional_string(j, "outlet", doc.outlet);
  if (opts.include_text || doc.text_is_extracted) { j.key("text"); j.string(doc.text); }

  j.key("events"); j.begin_array();
  for (const Event& e : doc.events) write_event(j, cp, doc, e);
  j.end_array();
  j.key("quotes"); j.begin_array();
  for (const Quote& q : doc.quotes) {
    j.begin_object();
    j.key("speaker"); j.begin_object();
    j.key("name"); j.string(q.speaker_name);
    // The whole mention as written («المتحدث باسم الجيش العميد سالم الراشد») when the name is less.
    if (!q.speaker_span.empty() && q.speaker_span.end <= doc.text.size() &&
        q.speaker_span.of(doc.text) != q.speaker_name) {
      j.key("text"); j.string(q.speaker_span.of(doc.text));
    }
    j.key("entity");
    if (q.speaker_entity >= 0 && static_cast<size_t>(q.speaker_entity) < doc.entities.size()) {
      j.number(static_cast<uint64_t>(q.speaker_entity));
      // The entity's reference form too, so a short written name («المالكي») reads as the full one.
      const Entity& e = doc.entities[static_cast<size_t>(q.speaker_entity)];
      if (!e.canonical.empty() && e.canonical != q.speaker_name) { j.key("canonical"); j.string(e.canonical); }
    } else {
      j.null();
    }
    j.end_object();
    j.span(cp, q.span);
    j.key("direct"); j.boolean(q.direct);
    j.key("cue"); j.begin_object(); j.span(cp, q.cue); j.end_object();
    if (opts.include_layers) { j.key("text"); j.string(q.span.of(doc.text)); }
    j.end_object();
  }
  j.end_array();
  j.key("entities"); j.begin_array();
  for (const Entity& e : doc.entities) {
    j.begin_object();
    j.key("type"); j.string(entity_type_name(e.type));
    j.key("name"); j.string(e.name);
    if (!e.canonical.empty()) { j.key("canonical"); j.string(e.canonical); }
    if (!e.name_latin.empty()) { j.key("name_latin"); j.string(e.name_latin); }
    j.key("mentions"); j.begin_array();
    for (const Span& m : e.mentions) { j.begin_object(); j.span(cp, m); j.end_object(); }
    j.end_array();
    if (e.type == EntityType::kLoc) {
      j.key("geonames_id");
      if (e.geonames_id) j.number(static_cast<uint64_t>(*e.geonames_id)); else j.null();
      j.key("country");
      if (!e.country.empty()) j.string(e.country); else j.null();
      if (!e.admin1.empty()) { j.key("admin1"); j.string(e.admin1); }
      if (e.lat && e.lon) { j.key("lat"); j.number(*e.lat); j.key("lon"); j.number(*e.lon); }
      j.key("precision"); j.string(e.precision);
    } else if (!e.country.empty()) {
      j.key("country"); j.string(e.country);
    }
    j.end_object();
  }
  j.end_array();

  j.key("source_line");
  if (doc.source_line) {
    j.begin_object();
    j.span(cp, doc.source_line->span);
    j.key("outlets"); j.begin_array();
    for (const auto& o : doc.source_line->outlets) j.string(o);
    j.end_array();
    j.key("agencies"); j.boolean(doc.source_line->agencies);
    j.end_object();
  } else {
    j.null();
  }
  j.key("boilerplate"); j.begin_array();
  for (const Span& s : doc.boilerplate) { j.begin_object(); j.span(cp, s); j.end_object(); }
  j.end_array();

  if (opts.include_layers) {
    j.key("sentences"); j.begin_array();
    for (const Sentence& s : doc.sentences) {
      j.begin_object(); j.span(cp, s.span);
      j.key("kind"); j.string(sentence_kind_name(s.kind));
      j.key("paragraph"); j.number(static_cast<uint64_t>(s.paragraph));
      j.end_object();
    }
    j.end_array();
    j.key("quantities"); j.begin_array();
    for (const Quantity& q : doc.quantities) {
      j.begin_object(); j.span(cp, q.span);
      j.key("text"); j.string(q.span.of(doc.text));
      if (q.value) { j.key("value"); j.number(*q.value); }
      if (q.min) { j.key("min"); j.number(*q.min); }
      if (q.max) { j.key("max"); j.number(*q.max); }
      j.key("qualifier"); j.string(qualifier_name(q.qualifier));
      if (!q.unit.empty()) { j.key("unit"); j.string(q.unit); }
      j.end_object();
    }
    j.end_array();
    j.key("dates"); j.begin_array();
    for (const DateMention& d : doc.dates) {
      j.begin_object(); j.span(cp, d.span);
      j.key("text"); j.string(d.span.of(doc.text));
      j.key("value");
      if (d.date) j.string(to_iso(*d.date)); else j.null();
      j.key("precision"); j.string(date_precision_name(d.precision));
      j.key("kind"); j.string(d.kind);
      j.end_object();
    }
    j.end_array();
  }

  j.key("errors"); j.begin_array();
  for (const RecordError& e : doc.errors) {
    j.begin_object();
    j.key("code"); j.string(e.code);
    j.key("message"); j.string(e.message);
    if (e.start) { j.key("start"); j.number(static_cast<uint64_t>(cp(*e.start))); }
    j.end_object();
  }
  j.end_array();
  j.end_object();
  out += '\n';
}

}  // namespace rasd::io

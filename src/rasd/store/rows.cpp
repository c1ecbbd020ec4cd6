#include "rasd/store/rows.h"

#include <nettle/sha2.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "rasd/core/civil_date.h"
#include "rasd/core/names.h"
#include "rasd/core/offsets.h"
#include "rasd/core/table.h"
#include "rasd/io/json_writer.h"
#include "rasd/store/quotes_sql.h"
#include "rasd/text/normalize.h"

#ifndef RASD_VERSION
#define RASD_VERSION "0.0.0"
#endif
#ifndef RASD_GIT_COMMIT
#define RASD_GIT_COMMIT ""
#endif

namespace rasd::store {
namespace {

Value text_or_null(std::string_view s) { return s.empty() ? Value{} : Value{std::string(s)}; }

// "a; b; c" of one field of each party; null when every one is empty (positions are kept
// otherwise, so the n-th country belongs to the n-th name).
template <class F>
Value join_parties(const std::vector<PartyRow>& parties, F field) {
  std::string out;
  bool any = false;
  for (size_t i = 0; i < parties.size(); ++i) {
    if (i) out += "; ";
    const std::string& v = field(parties[i]);
    any = any || !v.empty();
    out += v;
  }
  return any ? Value{out} : Value{};
}

void append_number(std::string& out, double v) {
  if (!std::isfinite(v)) { out += "null"; return; }
  char buf[32];
  if (v == std::floor(v) && std::fabs(v) < 1e15) std::snprintf(buf, sizeof buf, "%.0f", v);
  else std::snprintf(buf, sizeof buf, "%.10g", v);
  out += buf;
}

void append_parties(std::string& out, std::string_view key, const std::vector<PartyRow>& parties) {
  out += ",";
  io::append_json_string(out, key);
  out += ":[";
  for (size_t i = 0; i < parties.size(); ++i) {
    if (i) out += ',';
    out += "{\"name\":";
    io::append_json_string(out, parties[i].name);
    out += ",\"country\":";
    if (parties[i].country.empty()) out += "null"; else io::append_json_string(out, parties[i].country);
    out += ",\"sector\":";
    if (parties[i].sector.empty()) out += "null"; else io::append_json_string(out, parties[i].sector);
    out += '}';
  }
  out += ']';
}

// The roles the event columns hold (kEventColumns); claims keep the same ones.
bool is_count_role(std::string_view role) {
  return role == "dead" || role == "injured" || role == "arrested" || role == "size";
}

void append_claims(std::string& out, const std::vector<ClaimRow>& claims) {
  out += ",\"count_claims\":[";
  for (size_t i = 0; i < claims.size(); ++i) {
    const ClaimRow& c = claims[i];
    if (i) out += ',';
    out += "{\"role\":";
    io::append_json_string(out, c.role);
    out += ",\"text\":";
    io::append_json_string(out, c.text);
    // The record's shape (io/json_writer's count_claims): bounds only when known.
    out += ",\"figure\":{";
    for (auto [key, v] : {std::pair{"value", &c.value}, std::pair{"min", &c.min}, std::pair{"max", &c.max}}) {
      if (!*v) continue;
      out += '"';
      out += key;
      out += "\":";
      append_number(out, **v);
      out += ',';
    }
    out += "\"qualifier\":";
    io::append_json_string(out, c.qualifier);
    out += ",\"start\":" + std::to_string(c.start) + ",\"end\":" + std::to_string(c.end) + "},\"chosen\":";
    out += c.chosen ? "true}" : "false}";
  }
  out += ']';
}

EventRow flatten_event(const Document& doc, const Event& e, const CodePointIndex& cp) {
  EventRow r;
  r.at("type") = e.type;
  std::string modes;
  for (const auto& m : e.modes) modes += (modes.empty() ? "" : "; ") + m;
  r.at("modes") = text_or_null(modes);
  bool background = e.background;
  r.at("status") = event_status(e.modality, e.negated, background);
  r.at("modality") = e.modality;
  r.at("negated") = int64_t{e.negated};
  r.at("background") = int64_t{background};
  r.at("reported_by") = text_or_null(e.reported_by);
  if (e.date) r.at("event_date") = to_iso(*e.date);
  if (e.date_mention >= 0 && static_cast<size_t>(e.date_mention) < doc.dates.size()) {
    const DateMention& d = doc.dates[static_cast<size_t>(e.date_mention)];
    r.at("date_precision") = std::string(date_precision_name(d.precision));
    r.at("date_text") = std::string(d.span.of(doc.text));
  }
  if (e.location) {
    const EventPlace& p = *e.location;
    r.at("location") = text_or_null(p.name);
    r.at("country") = text_or_null(p.country);
    r.at("admin1") = text_or_null(p.admin1);
    if (p.geonames_id) r.at("geonames_id") = static_cast<int64_t>(*p.geonames_id);
    if (p.lat && p.lon) { r.at("latitude") = *p.lat; r.at("longitude") = *p.lon; }
    r.at("geo_precision") = text_or_null(p.precision);
  }
  for (const auto& [role, c] : e.counts) {
    if (!is_count_role(role)) continue;
    const Quantity& q = c.quantity;
    if (q.value) r.at(role) = *q.value;
    if (q.min) r.at(role + "_min") = *q.min;
    if (q.max) r.at(role + "_max") = *q.max;
    r.at(role + "_qualifier") = std::string(qualifier_name(q.qualifier));
  }
  r.count_rule = kCountRule;
  for (const auto& [role, c] : e.count_claims) {
    const Quantity& q = c.quantity;
    if (!is_count_role(role) || q.span.end > doc.text.size()) continue;
    ClaimRow k{role, std::string(q.span.of(doc.text)), q.value, q.min, q.max, std::string(qualifier_name(q.qualifier)),
               cp(q.span.begin), cp(q.span.end), false};
    // Chosen as the record says it (io/json_writer): the event's figure for the role is this one.
    k.chosen = std::any_of(e.counts.begin(), e.counts.end(),
                           [&](const auto& rc) { return rc.first == role && rc.second.quantity.span == q.span; });
    r.claims.push_back(std::move(k));
  }
  for (const EventParty& p : e.actor) r.actors.push_back({p.name, p.country, p.sector});
  for (const EventParty& p : e.recipient) r.recipients.push_back({p.name, p.country, p.sector});
  const char* roles[2] = {"actor", "recipient"};
  const std::vector<PartyRow>* lists[2] = {&r.actors, &r.recipients};
  for (int k = 0; k < 2; ++k) {
    std::string role = roles[k];
    r.at(role) = join_parties(*lists[k], [](const PartyRow& p) -> const std::string& { return p.name; });
    r.at(role + "_country") = join_parties(*lists[k], [](const PartyRow& p) -> const std::string& { return p.country; });
    r.at(role + "_sector") = join_parties(*lists[k], [](const PartyRow& p) -> const std::string& { return p.sector; });
    for (const PartyRow& p : *lists[k]) r.party_keys[k] += text::loose_key(p.name) + "\n";
  }
  for (const Span& m : e.mentions) {
    if (m.end > doc.text.size()) continue;
    r.mentions.push_back({cp(m.begin), cp(m.end), std::string(m.of(doc.text))});
  }
  r.at("mention_count") = static_cast<int64_t>(r.mentions.size());
  // Evidence: the sentence of the first telling, what an analyst reads to check the event
  // (the mention itself is often the trigger word alone).
  if (!e.mentions.empty() && e.mentions.front().end <= doc.text.size()) {
    const Span& m = e.mentions.front();
    Span sentence = m;
    for (const Sentence& s : doc.sentences)
      if (s.span.begin <= m.begin && m.end <= s.span.end) { sentence = s.span; break; }
    r.at("evidence") = std::string(sentence.of(doc.text));
  }
  return r;
}

std::string hex(const uint8_t* bytes, size_t n) {
  static const char digits[] = "0123456789abcdef";
  std::string out;
  out.reserve(n * 2);
  for (size_t i = 0; i < n; ++i) {
    out += digits[bytes[i] >> 4];
    out += digits[bytes[i] & 15];
  }
  return out;
}

}  // namespace

int event_column(std::string_view name) {
  for (size_t i = 0; i < kEventColumnCount; ++i)
    if (kEventColumns[i].name == name) return static_cast<int>(i);
  return -1;
}

std::string EventRow::type() const { return text("type"); }

std::string EventRow::text(std::string_view column) const {
  const Value& v = at(column);
  return std::holds_alternative<std::string>(v) ? std::get<std::string>(v) : std::string();
}

void append_json_value(std::string& out, const Value& v, Kind kind) {
  if (std::holds_alternative<std::monostate>(v)) out += "null";
  else if (const auto* s = std::get_if<std::string>(&v)) io::append_json_string(out, *s);
  else if (const auto* n = std::get_if<int64_t>(&v)) {
    if (kind == Kind::kBool) out += *n ? "true" : "false";
    else out += std::to_string(*n);
  } else {
    append_number(out, std::get<double>(v));
  }
}

std::string EventRow::content_json() const {
  std::string out = "{";
  for (size_t i = 0; i < kEventColumnCount; ++i) {
    if (i) out += ',';
    io::append_json_string(out, kEventColumns[i].name);
    out += ':';
    append_json_value(out, values[i], kEventColumns[i].kind);
  }
  out += ",\"mentions\":[";
  for (size_t i = 0; i < mentions.size(); ++i) {
    if (i) out += ',';
    out += "{\"start\":" + std::to_string(mentions[i].start) + ",\"end\":" + std::to_string(mentions[i].end) +
           ",\"text\":";
    io::append_json_string(out, mentions[i].text);
    out += '}';
  }
  out += ']';
  append_parties(out, "actors", actors);
  append_parties(out, "recipients", recipients);
  out += ",\"count_rule\":";
  if (count_rule.empty()) out += "null"; else io::append_json_string(out, count_rule);
  append_claims(out, claims);
  out += '}';
  return out;
}

std::string event_status(std::string_view modality, bool negated, bool background) {
  if (negated || modality == "negated") return "negated";
  if (modality == "future" || modality == "planned" || modality == "intended") return "future";
  if (modality == "hypothetical" || modality == "conditional") return "hypothetical";
  if (modality == "generic") return "generic";
  if (background) return "background";
  return "asserted";
}

std::string sha256_hex(std::string_view bytes) {
  sha256_ctx ctx;
  sha256_init(&ctx);
  sha256_update(&ctx, bytes.size(), reinterpret_cast<const uint8_t*>(bytes.data()));
  uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_digest(&ctx, SHA256_DIGEST_SIZE, digest);
  return hex(digest, SHA256_DIGEST_SIZE);
}

const std::string& engine_version() {
  static const std::string version = [] {
    sha256_ctx ctx;
    sha256_init(&ctx);
    for (const data::Table& t : data::all_tables()) {
      sha256_update(&ctx, t.name.size(), reinterpret_cast<const uint8_t*>(t.name.data()));
      sha256_update(&ctx, t.blob.size(), reinterpret_cast<const uint8_t*>(t.blob.data()));
    }
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_digest(&ctx, SHA256_DIGEST_SIZE, digest);
    std::string v = RASD_VERSION;
    std::string commit = RASD_GIT_COMMIT;
    if (!commit.empty()) v += "+g" + commit;
    return v + (commit.empty() ? "+" : ".") + "data." + hex(digest, 6);
  }();
  return version;
}

ArticleRow flatten(const Document& doc, std::string_view engine_version) {
  ArticleRow a;
  a.id = doc.id;
  a.outlet = doc.outlet;
  a.url = doc.url;
  a.title = doc.title;
  if (doc.published) a.published = to_iso(*doc.published);
  a.published_raw = doc.published_raw;
  a.text = doc.text;
  // A search for a word finds it whatever its spelling of hamza, taa marbuta or harakat.
  a.text_key = (doc.title ? text::loose_key(*doc.title) + "\n" : std::string()) + text::loose_key(doc.text);
  a.sha256 = sha256_hex(doc.text);
  // Everything the engine reads: a changed date re-dates events, so it is a change too.
  std::string input = doc.text;
  for (const auto* f : {&doc.published_raw, &doc.title, &doc.url, &doc.outlet}) {
    input += '\x1f';
    if (*f) input += "=" + **f;
  }
  a.input_sha256 = sha256_hex(input);
  a.engine_version = std::string(engine_version);
  a.failed = doc.failed();
  CodePointIndex cp(doc.text);
  // Page structure the other rows do not hold: boilerplate spans and the source line.
  a.boilerplate = "[";
  for (size_t i = 0; i < doc.boilerplate.size(); ++i) {
    const Span& b = doc.boilerplate[i];
    if (b.end > doc.text.size()) continue;
    if (a.boilerplate.size() > 1) a.boilerplate += ',';
    a.boilerplate += "{\"start\":" + std::to_string(cp(b.begin)) + ",\"end\":" + std::to_string(cp(b.end)) + "}";
  }
  a.boilerplate += ']';
  if (doc.source_line && doc.source_line->span.end <= doc.text.size()) {
    const SourceLine& l = *doc.source_line;
    std::string json = "{\"start\":" + std::to_string(cp(l.span.begin)) + ",\"end\":" + std::to_string(cp(l.span.end)) +
                       ",\"outlets\":[";
    for (size_t i = 0; i < l.outlets.size(); ++i) {
      if (i) json += ',';
      io::append_json_string(json, l.outlets[i]);
    }
    json += std::string("],\"agencies\":") + (l.agencies ? "true" : "false") + "}";
    a.source_line = json;
  }

  for (const Event& e : doc.events) a.events.push_back(flatten_event(doc, e, cp));
  for (const Entity& e : doc.entities) {
    EntityRow r;
    r.type = entity_type_name(e.type);
    r.name = e.name;
    r.canonical = e.canonical;
    r.country = e.country;
    r.admin1 = e.admin1;
    r.precision = e.precision;
    if (e.geonames_id) r.geonames_id = *e.geonames_id;
    r.lat = e.lat;
    r.lon = e.lon;
    r.mentions_json = "[";
    for (size_t i = 0; i < e.mentions.size(); ++i) {
      if (i) r.mentions_json += ',';
      r.mentions_json += "{\"start\":" + std::to_string(cp(e.mentions[i].begin)) +
                         ",\"end\":" + std::to_string(cp(e.mentions[i].end)) + "}";
    }
    r.mentions_json += ']';
    a.entities.push_back(std::move(r));
  }
  for (const Quote& q : doc.quotes) {
    if (q.span.end > doc.text.size()) continue;
    QuoteRow r{q.speaker_name, cp(q.span.begin), cp(q.span.end), q.direct, std::string(q.span.of(doc.text)), {}, {}, {}};
    if (q.cue.end > q.cue.begin && q.cue.end <= doc.text.size()) r.cue = std::string(q.cue.of(doc.text));
    quote_keys(r.speaker, r.text, r.speaker_key, r.text_key);
    a.quotes.push_back(std::move(r));
  }
  for (const RecordError& e : doc.errors) {
    ErrorRow r{e.code, e.message, std::nullopt};
    if (e.start && *e.start <= doc.text.size()) r.start = cp(*e.start);
    a.errors.push_back(std::move(r));
  }
  return a;
}

}  // namespace rasd::store

#include "rasd/store/export_meta.h"

#include <cstdio>

#include "rasd/io/json_writer.h"

namespace rasd::store {
namespace {

// Bumped when a member of the sidecar changes meaning or goes away.
constexpr int kMetaVersion = 1;

struct Credit {
  std::string_view name, licence, url, note;
};

// Whose data an export holds besides rasd's own output.
constexpr Credit kCredits[] = {
    {"GeoNames", "CC BY 4.0", "https://www.geonames.org",
     "place names, GeoNames ids, admin1 codes and coordinates"},
    {"iso-codes (Debian)", "LGPL-2.1-or-later", "https://salsa.debian.org/iso-codes-team/iso-codes",
     "country names and numeric and alpha-3 codes in the ACLED-style columns"},
    {"the articles' publishers", "their own terms", "",
     "evidence sentences, mention texts, titles and URLs are quoted from the stored articles"},
};

void key(std::string& out, std::string_view k, bool first = false) {
  if (!first) out += ",\n  ";
  io::append_json_string(out, k);
  out += ": ";
}

void str(std::string& out, std::string_view k, std::string_view v) {
  key(out, k);
  io::append_json_string(out, v);
}

void list(std::string& out, std::string_view k, const std::vector<std::string>& v) {
  key(out, k);
  out += '[';
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) out += ", ";
    io::append_json_string(out, v[i]);
  }
  out += ']';
}

void filters(std::string& out, const EventQuery& q) {
  out += "{";
  bool first = true;
  auto text = [&](std::string_view k, const std::string& v) {
    if (v.empty()) return;
    out += first ? "" : ", ";
    first = false;
    io::append_json_string(out, k);
    out += ": ";
    io::append_json_string(out, v);
  };
  auto many = [&](std::string_view k, const std::vector<std::string>& v) {
    if (v.empty()) return;
    out += first ? "" : ", ";
    first = false;
    io::append_json_string(out, k);
    out += ": [";
    for (size_t i = 0; i < v.size(); ++i) {
      if (i) out += ", ";
      io::append_json_string(out, v[i]);
    }
    out += ']';
  };
  text("date_from", q.date_from);
  text("date_to", q.date_to);
  text("published_from", q.published_from);
  text("published_to", q.published_to);
  many("types", q.types);
  many("countries", q.countries);
  text("actor", q.actor);
  text("recipient", q.recipient);
  text("article", q.article);
  many("modes", q.modes);
  many("admin1", q.admin1);
  std::vector<std::string> ids;
  for (int64_t id : q.geonames_ids) ids.push_back(std::to_string(id));
  many("geonames_ids", ids);
  if (q.bbox) {
    char buf[128];
    std::snprintf(buf, sizeof buf, "%.7g,%.7g,%.7g,%.7g", q.bbox->min_lon, q.bbox->min_lat, q.bbox->max_lon,
                  q.bbox->max_lat);
    text("bbox", buf);
  }
  text("text", q.text);
  if (q.min_dead) text("min_dead", std::to_string(static_cast<int64_t>(*q.min_dead)));
  // What the store applied: every status, the ones asked for, or asserted only (the default).
  if (q.all) many("statuses", {"all"});
  else many("statuses", q.statuses.empty() ? std::vector<std::string>{"asserted"} : q.statuses);
  out += '}';
}

}  // namespace

std::string export_meta_path(std::string_view export_path) { return std::string(export_path) + ".meta.json"; }

std::string export_meta_json(const ExportMeta& m) {
  std::string out = "{\n  ";
  key(out, "rasd_export_meta", true);
  out += std::to_string(kMetaVersion);
  key(out, "schema_version");
  out += std::to_string(kSchemaVersion);
  str(out, "engine_version", m.engine_version);
  str(out, "snapshot_time", m.snapshot_time);
  str(out, "format", m.format);
  str(out, "file", m.file);
  str(out, "encoding", m.excel_bom ? "UTF-8 with BOM" : "UTF-8");
  key(out, "rows");
  out += std::to_string(m.rows);
  key(out, "filters");
  filters(out, m.filters);
  list(out, "fields", m.fields);
  str(out, "offsets", "Unicode code points into the stored article text");
  key(out, "credits");
  out += '[';
  for (size_t i = 0; i < std::size(kCredits); ++i) {
    const Credit& c = kCredits[i];
    out += i ? ",\n    {" : "\n    {";
    out += "\"name\": ";
    io::append_json_string(out, c.name);
    out += ", \"licence\": ";
    io::append_json_string(out, c.licence);
    out += ", \"url\": ";
    if (c.url.empty()) out += "null"; else io::append_json_string(out, c.url);
    out += ", \"note\": ";
    io::append_json_string(out, c.note);
    out += '}';
  }
  out += "\n  ]\n}\n";
  return out;
}

}  // namespace rasd::store

#include "rasd/store/acled.h"

#include <simdjson.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "rasd/core/civil_date.h"
#include "rasd/core/table.h"
#include "rasd/store/export.h"

namespace rasd::store {
namespace {

struct Country {
  std::string name, numeric;
};

// ISO 3166-1 from iso-codes: alpha-2 -> English name (the common one where it has one) and
// numeric code. Empty when the package is missing: those columns stay empty.
const std::map<std::string, Country>& countries() {
  static const std::map<std::string, Country> table = [] {
    std::map<std::string, Country> out;
    simdjson::padded_string json;
    if (simdjson::padded_string::load("/usr/share/iso-codes/json/iso_3166-1.json").get(json)) return out;
    simdjson::dom::parser parser;
    simdjson::dom::element doc;
    if (parser.parse(json).get(doc)) return out;
    simdjson::dom::array list;
    if (doc["3166-1"].get_array().get(list)) return out;
    for (simdjson::dom::element c : list) {
      std::string_view a2, name, common, numeric;
      if (c["alpha_2"].get_string().get(a2) || c["name"].get_string().get(name)) continue;
      if (c["common_name"].get_string().get(common)) common = name;
      if (c["numeric"].get_string().get(numeric)) numeric = "";
      // ACLED's iso is a plain number: «004» -> 4.
      size_t nz = numeric.find_first_not_of('0');
      out[std::string(a2)] = {std::string(common), nz == std::string_view::npos ? "" : std::string(numeric.substr(nz))};
    }
    return out;
  }();
  return table;
}

std::vector<std::string> split(std::string_view joined) {
  std::vector<std::string> out;
  if (joined.empty()) return out;
  size_t start = 0;
  while (true) {
    size_t at = joined.find("; ", start);
    out.emplace_back(joined.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) break;
    start = at + 2;
  }
  return out;
}

std::string text(const StoredEvent& e, std::string_view column) {
  const Value& v = e.row.at(column);
  return std::holds_alternative<std::string>(v) ? std::get<std::string>(v) : std::string();
}

std::string number(const Value& v) {
  if (const auto* d = std::get_if<double>(&v)) {
    char buf[32];
    if (*d == std::floor(*d) && std::fabs(*d) < 1e15) std::snprintf(buf, sizeof buf, "%.0f", *d);
    else std::snprintf(buf, sizeof buf, "%.10g", *d);
    return buf;
  }
  if (const auto* n = std::get_if<int64_t>(&v)) return std::to_string(*n);
  return {};
}

// ACLED time_precision: 1 the day, 2 the week, 3 a longer period.
std::string time_precision(const std::string& precision, bool dated) {
  if (!dated) return {};
  if (precision == "week") return "2";
  if (precision == "month" || precision == "year") return "3";
  return "1";
}

// ACLED geo_precision: 1 a town or a spot in it, 2 a district or part of a region, 3 larger.
std::string geo_precision(const std::string& precision) {
  if (precision.empty()) return {};
  if (precision == "landmark" || precision == "village" || precision == "city") return "1";
  if (precision == "admin2") return "2";
  return "3";
}

// Seconds since 1970 of an ISO time "YYYY-MM-DDTHH:MM:SS...", or "" when it does not parse.
std::string unix_time(const std::string& iso) {
  auto d = parse_iso_date(iso);
  int h = 0, m = 0, s = 0;
  if (!d || iso.size() < 19 || std::sscanf(iso.c_str() + 11, "%2d:%2d:%2d", &h, &m, &s) != 3) return {};
  return std::to_string(days_from_civil(*d) * 86400L + h * 3600L + m * 60L + s);
}

void field(std::string& out, std::string_view v, bool first = false) {
  if (!first) out += ',';
  append_csv_field(out, v);
}

}  // namespace

AcledType acled_type(std::string_view plover_type, const std::vector<std::string>& modes, size_t actors,
                     size_t recipients) {
  const data::Table& t = data::table("store/acled_types");
  for (size_t r = 0; r < t.rows(); ++r) {
    if (t.get(r, "type") != plover_type) continue;
    std::string_view mode = t.get(r, "mode"), parties = t.get(r, "parties");
    if (mode != "*" && std::find(modes.begin(), modes.end(), mode) == modes.end()) continue;
    if (parties == "clash" && !(actors >= 2 && recipients == 0)) continue;
    return {std::string(t.get(r, "event_type")), std::string(t.get(r, "sub_event_type")),
            std::string(t.get(r, "disorder_type"))};
  }
  return {};
}

int acled_inter(std::string_view sector) {
  const data::Table& t = data::table("store/acled_inter");
  for (size_t r = 0; r < t.rows(); ++r)
    if (t.get(r, "sector") == sector) return std::stoi(std::string(t.get(r, "inter")));
  return 0;
}

int acled_interaction(int inter1, int inter2) {
  if (inter1 == 0) return 0;
  if (inter2 == 0) return inter1 * 10;
  return std::min(inter1, inter2) * 10 + std::max(inter1, inter2);
}

void write_acled_header(std::string& out) {
  out +=
      "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,"
      "actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,"
      "iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,"
      "source,source_scale,notes,fatalities,tags,timestamp,"
      // rasd's own, after ACLED's
      "rasd_event_id,rasd_cluster_id,rasd_cluster_articles,rasd_cluster_outlets,rasd_article_id,rasd_type,rasd_modes,rasd_status,geonames_id,admin1_code,"
      "country_code,mention_count,evidence,url,published\r\n";
}

bool write_event_acled(const StoredEvent& e, std::string& out) {
  std::vector<std::string> actors = split(text(e, "actor")), recipients = split(text(e, "recipient"));
  std::vector<std::string> modes = split(text(e, "modes"));
  AcledType type = acled_type(e.row.type(), modes, actors.size(), recipients.size());
  if (type.event_type.empty()) return false;
  std::vector<std::string> actor_sectors = split(text(e, "actor_sector"));
  std::vector<std::string> recipient_sectors = split(text(e, "recipient_sector"));
  int inter1 = actor_sectors.empty() ? 0 : acled_inter(actor_sectors[0]);
  int inter2 = recipient_sectors.empty() ? 0 : acled_inter(recipient_sectors[0]);
  auto code = [](int n) { return n ? std::to_string(n) : std::string(); };
  auto rest = [](const std::vector<std::string>& v) {
    std::string s;
    for (size_t i = 1; i < v.size(); ++i) s += (i > 1 ? "; " : "") + v[i];
    return s;
  };
  std::string cc = text(e, "country");
  auto it = countries().find(cc);
  Country country = it == countries().end() ? Country{} : it->second;
  std::string date = text(e, "event_date");
  const Value& dead = e.row.at("dead");
  // ACLED marks political violence whose target is civilians (inter code 7).
  bool violence = type.disorder_type.find("Political violence") != std::string::npos;
  bool civilians = inter2 == 7;
  // ACLED tags demonstrations with their crowd size.
  std::string tags;
  if (type.disorder_type.find("Demonstrations") != std::string::npos) {
    std::string size = number(e.row.at("size"));
    std::string qualifier = text(e, "size_qualifier");
    if (size.empty()) tags = "crowd size=no report";
    else if (qualifier == "approx" || qualifier == "vague") tags = "crowd size=around " + size;
    else if (qualifier == "at_least") tags = "crowd size=at least " + size;
    else if (qualifier == "at_most") tags = "crowd size=at most " + size;
    else tags = "crowd size=" + size;
  }

  field(out, e.event_id, true);
  field(out, date);
  field(out, date.size() >= 4 ? date.substr(0, 4) : "");
  field(out, time_precision(text(e, "date_precision"), !date.empty()));
  field(out, type.disorder_type);
  field(out, type.event_type);
  field(out, type.sub_event_type);
  field(out, actors.empty() ? "" : actors[0]);
  field(out, rest(actors));
  field(out, code(inter1));
  field(out, recipients.empty() ? "" : recipients[0]);
  field(out, rest(recipients));
  field(out, code(inter2));
  field(out, code(acled_interaction(inter1, inter2)));
  field(out, violence && civilians ? "Civilian targeting" : "");
  field(out, country.numeric);
  field(out, "");  // region
  field(out, country.name.empty() ? cc : country.name);
  field(out, "");  // admin1 (a name in ACLED; rasd has the GeoNames code, in admin1_code)
  field(out, "");  // admin2
  field(out, "");  // admin3
  field(out, text(e, "location"));
  field(out, number(e.row.at("latitude")));
  field(out, number(e.row.at("longitude")));
  field(out, geo_precision(text(e, "geo_precision")));
  field(out, e.outlet.value_or(""));
  field(out, "");  // source_scale
  field(out, text(e, "evidence"));
  field(out, std::holds_alternative<std::monostate>(dead) ? "0" : number(dead));
  field(out, tags);
  field(out, unix_time(e.updated_at));
  field(out, e.event_id);
  field(out, e.cluster_id.value_or(""));
  field(out, e.cluster_id ? std::to_string(e.cluster_articles) : "");
  field(out, e.cluster_id ? std::to_string(e.cluster_outlets) : "");
  field(out, e.article_id);
  field(out, e.row.type());
  field(out, text(e, "modes"));
  field(out, text(e, "status"));
  field(out, number(e.row.at("geonames_id")));
  field(out, text(e, "admin1"));
  field(out, cc);
  field(out, number(e.row.at("mention_count")));
  field(out, text(e, "evidence"));
  field(out, e.url.value_or(""));
  field(out, e.published.value_or(""));
  out += "\r\n";
  return true;
}

}  // namespace rasd::store

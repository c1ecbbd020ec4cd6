#include "rasd/serve/filters.h"

#include <charconv>
#include <cmath>

#include "rasd/core/civil_date.h"
#include "rasd/text/normalize.h"

namespace rasd::serve {
namespace {

// Each value is bounded: a filter is a short string, and a huge one is a mistake or an attack.
constexpr size_t kMaxValue = 200;
constexpr size_t kMaxListItems = 50;

std::vector<std::string> split_list(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    size_t comma = s.find(',', start);
    if (comma == std::string::npos) comma = s.size();
    std::string item = s.substr(start, comma - start);
    if (!item.empty()) out.push_back(item);
    start = comma + 1;
  }
  return out;
}

bool is_upper_word(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!((c >= 'A' && c <= 'Z') || c == '_')) return false;
  return true;
}

const std::set<std::string> kStatuses = {"asserted", "negated", "future", "hypothetical", "generic", "background"};
const std::set<std::string> kFilterNames = {"from",  "to",     "pub_from", "pub_to", "type", "country", "admin1",
                                            "actor", "recipient", "status", "all",  "article", "q", "min_dead",
                                            "cluster"};

double number_or(const store::Value& v, double fallback) {
  if (const auto* d = std::get_if<double>(&v)) return *d;
  if (const auto* i = std::get_if<int64_t>(&v)) return static_cast<double>(*i);
  return fallback;
}

const std::string* text_of(const store::Value& v) { return std::get_if<std::string>(&v); }

}  // namespace

std::optional<std::string> parse_filter(const Params& params, const std::set<std::string>& extra, EventFilter& out) {
  out = EventFilter{};
  std::set<std::string> seen;
  for (const auto& [name, value] : params) {
    if (!kFilterNames.count(name) && !extra.count(name)) return "unknown parameter '" + name + "'";
    if (!seen.insert(name).second) return "parameter '" + name + "' given twice; use a comma-separated list";
    if (value.size() > kMaxValue) return "parameter '" + name + "' is longer than " + std::to_string(kMaxValue);
  }
  auto date = [&](const char* name, std::string& field) -> std::optional<std::string> {
    std::string v = param(params, name);
    if (v.empty()) return std::nullopt;
    if (!parse_iso_date(v)) return std::string("'") + name + "' must be a YYYY-MM-DD date";
    field = v;
    return std::nullopt;
  };
  for (auto [name, field] : {std::pair{"from", &out.query.date_from}, std::pair{"to", &out.query.date_to},
                             std::pair{"pub_from", &out.query.published_from},
                             std::pair{"pub_to", &out.query.published_to}})
    if (auto e = date(name, *field)) return e;
  auto list = [&](const char* name, std::vector<std::string>& field) -> std::optional<std::string> {
    field = split_list(param(params, name));
    if (field.size() > kMaxListItems) return std::string("'") + name + "' lists too many values";
    return std::nullopt;
  };
  if (auto e = list("type", out.query.types)) return e;
  for (const auto& t : out.query.types)
    if (!is_upper_word(t)) return "'type' values are PLOVER types such as ASSAULT";
  if (auto e = list("country", out.query.countries)) return e;
  for (auto& c : out.query.countries) {
    if (c.size() != 2 || !std::isalpha(static_cast<unsigned char>(c[0])) || !std::isalpha(static_cast<unsigned char>(c[1])))
      return "'country' values are ISO 3166-1 alpha-2 codes such as YE";
    for (char& ch : c) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  }
  if (auto e = list("admin1", out.admin1)) return e;
  if (auto e = list("status", out.query.statuses)) return e;
  for (const auto& s : out.query.statuses)
    if (!kStatuses.count(s)) return "'status' values are asserted, negated, future, hypothetical, generic, background";
  std::string all = param(params, "all");
  if (!all.empty() && all != "0" && all != "1") return "'all' is 0 or 1";
  out.query.all = all == "1";
  out.query.actor = param(params, "actor");
  out.query.recipient = param(params, "recipient");
  out.query.article = param(params, "article");
  out.query.cluster = param(params, "cluster");
  if (std::string q = param(params, "q"); !q.empty()) {
    out.text_key = text::loose_key(q);
    if (out.text_key.empty()) return "'q' holds no letters or digits";
  }
  if (std::string m = param(params, "min_dead"); !m.empty()) {
    double v = 0;
    auto [p, ec] = std::from_chars(m.data(), m.data() + m.size(), v);
    if (ec != std::errc() || p != m.data() + m.size() || !std::isfinite(v) || v < 0)
      return "'min_dead' is a number of at least 0";
    out.min_dead = v;
  }
  return std::nullopt;
}

bool EventFilter::matches(const store::StoredEvent& e) const {
  if (!admin1.empty()) {
    const std::string* a = text_of(e.row.at("admin1"));
    bool hit = false;
    for (const auto& want : admin1) hit = hit || (a && *a == want);
    if (!hit) return false;
  }
  if (min_dead && number_or(e.row.at("dead"), 0) < *min_dead) return false;
  if (!text_key.empty()) {
    std::string hay;
    for (const char* col : {"evidence", "location", "actor", "recipient", "date_text"})
      if (const std::string* s = text_of(e.row.at(col))) hay += text::loose_key(*s) + " ";
    if (hay.find(text_key) == std::string::npos) return false;
  }
  return true;
}

store::Status select_events(store::Store& s, const EventFilter& f,
                            const std::function<void(const store::StoredEvent&)>& sink) {
  return s.query(f.query, [&](const store::StoredEvent& e) {
    if (f.matches(e)) sink(e);
  });
}

}  // namespace rasd::serve

#include "rasd/store/query_sql.h"

#include "rasd/text/normalize.h"

namespace rasd::store {

std::string event_select_sql() {
  std::string sql =
      "SELECT e.event_id, e.article_id, e.created_at, e.updated_at, e.deleted_at, e.content, "
      "a.outlet, a.url, a.published, a.title";
  for (const Column& c : kEventColumns) sql += ", e." + std::string(c.name);
  return sql + ", e.cluster_id, cl.events, cl.articles, cl.outlets, cl.first_report" + std::string(kEventFromSql);
}

std::string label_select_sql() {
  std::string sql = event_select_sql();
  // The grouping reads columns only: the content JSON and the article's url and title stay behind.
  for (auto [from, to] : {std::pair{"e.content,", "'{}' AS content,"}, std::pair{"a.url,", "NULL AS url,"},
                          std::pair{"a.title,", "NULL AS title,"}})
    sql.replace(sql.find(from), std::string_view(from).size(), to);
  return sql;
}

namespace {
// `text` for LIKE ... ESCAPE '\', its own % and _ taken literally.
std::string escape_like(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}
}  // namespace

std::string like_pattern(std::string_view text) { return "%" + escape_like(text) + "%"; }

SqlFilter event_filter_sql(const EventQuery& q, const std::function<std::string(size_t)>& marker) {
  SqlFilter f;
  f.sql = " WHERE e.deleted_at IS NULL";
  auto arg = [&](Value v) {
    f.args.push_back(std::move(v));
    return marker(f.args.size());
  };
  auto cond = [&](std::string_view clause_before, const std::string& value, std::string_view clause_after = "") {
    if (value.empty()) return;
    f.sql += " AND " + std::string(clause_before) + arg(value) + std::string(clause_after);
  };
  // column IN (...), or any of several clauses built per value.
  auto any_of = [&](const auto& values, const auto& clause) {
    if (values.empty()) return;
    f.sql += " AND (";
    for (size_t i = 0; i < values.size(); ++i) f.sql += (i ? " OR " : "") + clause(values[i]);
    f.sql += ")";
  };
  auto equals = [&](const char* column) {
    return [&, column](const auto& v) { return std::string(column) + " = " + arg(Value(v)); };
  };
  cond("e.event_date >= ", q.date_from);
  cond("e.event_date <= ", q.date_to);
  cond("a.published >= ", q.published_from);
  cond("a.published <= ", q.published_to);
  cond("e.article_id = ", q.article);
  cond("e.cluster_id = ", q.cluster);
  any_of(q.types, equals("e.type"));
  any_of(q.countries, equals("e.country"));
  // Modes are stored "a; b; c" in lower case: one of them, whole. Lower-cased here because
  // SQLite's LIKE ignores ASCII case and PostgreSQL's does not.
  any_of(q.modes, [&](const std::string& m) {
    std::string lower = m;
    for (char& c : lower) if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return "('; ' || e.modes || '; ') LIKE " + arg("%; " + escape_like(lower) + "; %") + " ESCAPE '\\'";
  });
  // GeoNames admin1 codes are unique within a country only: "SY.09" names one, "09" any country's.
  any_of(q.admin1, [&](const std::string& a) {
    size_t dot = a.find('.');
    if (dot == std::string::npos) return "e.admin1 = " + arg(a);
    std::string country = a.substr(0, dot), code = a.substr(dot + 1);
    std::string c1 = arg(country);
    return "(e.country = " + c1 + " AND e.admin1 = " + arg(code) + ")";
  });
  any_of(q.geonames_ids, [&](int64_t id) { return "e.geonames_id = " + arg(id); });
  if (q.bbox) {
    const BoundingBox& b = *q.bbox;
    std::string lat = "e.latitude BETWEEN " + arg(b.min_lat) + " AND " + arg(b.max_lat);
    std::string lon = b.min_lon <= b.max_lon
                          ? "e.longitude BETWEEN " + arg(b.min_lon) + " AND " + arg(b.max_lon)
                          : "(e.longitude >= " + arg(b.min_lon) + " OR e.longitude <= " + arg(b.max_lon) + ")";
    f.sql += " AND " + lat + " AND " + lon;
  }
  if (!q.actor.empty()) cond("e.actor_key LIKE ", like_pattern(text::loose_key(q.actor)), " ESCAPE '\\'");
  if (!q.recipient.empty()) cond("e.recipient_key LIKE ", like_pattern(text::loose_key(q.recipient)), " ESCAPE '\\'");
  if (!q.text.empty()) cond("a.text_key LIKE ", like_pattern(text::loose_key(q.text)), " ESCAPE '\\'");
  if (q.min_dead) f.sql += " AND e.dead >= " + arg(*q.min_dead);
  if (!q.all) any_of(q.statuses.empty() ? std::vector<std::string>{"asserted"} : q.statuses, equals("e.status"));
  return f;
}

std::string_view event_order_sql() {
  return " ORDER BY e.event_date IS NULL, e.event_date, a.published, e.article_id, e.ord";
}

}  // namespace rasd::store

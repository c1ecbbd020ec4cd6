// The SQL both database backends run for EventQuery: the event columns selected, the WHERE
// clause of every filter and the order. One definition, so a filter means the same on SQLite
// and PostgreSQL; only the parameter marker differs ("?n" or "$n").
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "rasd/store/rows.h"
#include "rasd/store/store.h"

namespace rasd::store {

// "SELECT e.event_id, e.article_id, e.created_at, e.updated_at, e.deleted_at, e.content,
// a.outlet, a.url, a.published, a.title, <kEventColumns>, e.cluster_id, cl.events, cl.articles,
// cl.outlets, cl.first_report FROM events e JOIN articles a ... LEFT JOIN clusters cl ...":
// the first kEventSelectFixed columns, the event columns in kEventColumns order, then the
// cluster's kEventSelectCluster columns from kEventSelectFixed + kEventColumnCount on.
std::string event_select_sql();
inline constexpr int kEventSelectFixed = 10;
// The same columns for the cluster labels (cluster_labels.h), without the content, url and title
// they do not read (empty and null in their places).
std::string label_select_sql();
inline constexpr int kEventSelectCluster = 5;
inline constexpr std::string_view kEventFromSql =
    " FROM events e JOIN articles a ON a.id = e.article_id LEFT JOIN clusters cl ON cl.cluster_id = e.cluster_id";

struct SqlFilter {
  std::string sql;          // " WHERE ..." (never empty: tombstones are always left out)
  std::vector<Value> args;  // in marker order
};

// The filters of `q`; marker(n) is the n-th parameter's marker (1-based), numbered: C++ leaves
// the order of a + chain's operands open, so markers may appear in the SQL out of order.
SqlFilter event_filter_sql(const EventQuery& q, const std::function<std::string(size_t)>& marker);

// " ORDER BY ...": event date (undated last), publication date, article, the article's order.
std::string_view event_order_sql();

// "%text%" for LIKE ... ESCAPE '\', with the user's own % and _ taken literally.
std::string like_pattern(std::string_view text);

}  // namespace rasd::store

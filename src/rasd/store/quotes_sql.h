// The SQL both database backends run for QuoteQuery (store.h): one definition, so a quote filter
// means the same on SQLite and PostgreSQL; only the parameter marker differs ("?n" or "$n").
#pragma once

#include <functional>
#include <string>

#include "rasd/store/query_sql.h"
#include "rasd/store/store.h"

namespace rasd::store {

// "SELECT q.article_id, q.ord, speaker, cue, q.cp_start, q.cp_end, q.direct, q.text, a.outlet,
// a.url, a.title, a.published FROM quotes q JOIN articles a ...", the WHERE clause of q's filters
// and `after`, the order, then LIMIT/OFFSET. An empty speaker or cue is selected as null.
SqlFilter quote_select_sql(const QuoteQuery& q, const std::function<std::string(size_t)>& marker);
inline constexpr int kQuoteSelectColumns = 12;

// "SELECT COUNT(*) ..." over the same filters and `after`, without offset and limit.
SqlFilter quote_count_sql(const QuoteQuery& q, const std::function<std::string(size_t)>& marker);

// Schema 3 -> 4 (schema.h): the rows whose keys the migration fills, and the keys of one row.
inline constexpr const char* kQuotesWithoutKeysSql =
    "SELECT article_id, ord, speaker, text FROM quotes WHERE speaker_key IS NULL OR text_key IS NULL";
void quote_keys(const std::string& speaker, const std::string& text, std::string& speaker_key, std::string& text_key);

}  // namespace rasd::store

#include "rasd/store/quotes_sql.h"

#include <cstdint>

#include "rasd/text/normalize.h"

namespace rasd::store {
namespace {

constexpr std::string_view kQuoteFromSql = " FROM quotes q JOIN articles a ON a.id = q.article_id";

// The WHERE clause of the filters and the keyset position, appended to f.
void where(const QuoteQuery& q, const std::function<std::string(size_t)>& marker, SqlFilter& f) {
  auto arg = [&](Value v) {
    f.args.push_back(std::move(v));
    return marker(f.args.size());
  };
  std::string sql;
  auto add = [&](const std::string& clause) { sql += (sql.empty() ? " WHERE " : " AND ") + clause; };
  if (!q.published_from.empty()) add("a.published >= " + arg(q.published_from));
  if (!q.published_to.empty()) add("a.published <= " + arg(q.published_to));
  if (!q.article.empty()) add("q.article_id = " + arg(q.article));
  if (!q.outlets.empty()) {
    std::string any;
    for (const std::string& o : q.outlets) any += (any.empty() ? "" : " OR ") + std::string("a.outlet = ") + arg(o);
    add("(" + any + ")");
  }
  // A substring of the loose key, as the events' actor and text filters match.
  if (!q.speaker.empty()) add("q.speaker_key LIKE " + arg(like_pattern(text::loose_key(q.speaker))) + " ESCAPE '\\'");
  if (!q.text.empty()) add("q.text_key LIKE " + arg(like_pattern(text::loose_key(q.text))) + " ESCAPE '\\'");
  if (q.after) {
    // After (published, article, ord) in the order below: undated articles come last.
    const QuoteQuery::Position& p = *q.after;
    std::string id1 = arg(p.article_id), id2 = arg(p.article_id), ord = arg(p.ord);
    std::string later_in_article = "(q.article_id > " + id1 + " OR (q.article_id = " + id2 + " AND q.ord > " + ord + "))";
    if (p.published) {
      std::string p1 = arg(*p.published), p2 = arg(*p.published);
      add("(a.published IS NULL OR a.published > " + p1 + " OR (a.published = " + p2 + " AND " + later_in_article + "))");
    } else {
      add("(a.published IS NULL AND " + later_in_article + ")");
    }
  }
  f.sql += sql;
}

}  // namespace

SqlFilter quote_select_sql(const QuoteQuery& q, const std::function<std::string(size_t)>& marker) {
  SqlFilter f;
  f.sql = "SELECT q.article_id, q.ord, NULLIF(q.speaker, ''), NULLIF(q.cue, ''), q.cp_start, q.cp_end, q.direct, "
          "q.text, a.outlet, a.url, a.title, a.published" +
          std::string(kQuoteFromSql);
  where(q, marker, f);
  f.sql += " ORDER BY a.published IS NULL, a.published, q.article_id, q.ord";
  // SQLite takes OFFSET only after a LIMIT and PostgreSQL no negative one: "all" is the largest.
  if (q.limit || q.offset) f.sql += " LIMIT " + std::to_string(q.limit ? q.limit : size_t{INT64_MAX});
  if (q.offset) f.sql += " OFFSET " + std::to_string(q.offset);
  return f;
}

SqlFilter quote_count_sql(const QuoteQuery& q, const std::function<std::string(size_t)>& marker) {
  SqlFilter f;
  f.sql = "SELECT COUNT(*)" + std::string(kQuoteFromSql);
  where(q, marker, f);
  return f;
}

void quote_keys(const std::string& speaker, const std::string& text, std::string& speaker_key, std::string& text_key) {
  speaker_key = text::loose_key(speaker);
  text_key = text::loose_key(text);
}

}  // namespace rasd::store

// GET /api/v1/quotes: stored quotes across articles (who said what, when, in which outlet).
//
//   pub_from, pub_to    the article's publication date, YYYY-MM-DD, inclusive
//   article             one article's quotes
//   outlet              the article's outlet as stored, comma-separated, any of
//   speaker             text in the speaker's name (normalised)
//   q                   text in the quoted words (normalised)
//   limit, cursor       paging as for events: `limit` ≤ 1000, `next_cursor` → `cursor`
//
// Paging is by position, not by count: a cursor names the page's last quote (publication date,
// quote's place, article id) and the next page starts after it in the store's order, so articles
// stored while a client pages move nothing under it, and a page is read with the store's LIMIT
// rather than by reading every match.
#include <algorithm>
#include <charconv>
#include <set>

#include "rasd/core/civil_date.h"
#include "rasd/io/json_writer.h"
#include "rasd/serve/api.h"
#include "rasd/store/quote_formats.h"

namespace rasd::serve {
namespace {

constexpr size_t kMaxValue = 200;
const std::set<std::string> kQuoteParams = {"pub_from", "pub_to", "article", "outlet", "speaker", "q", "limit", "cursor"};

std::string cursor_of(const store::StoredQuote& q) {
  return q.published.value_or("") + ":" + std::to_string(q.ord) + ":" + q.article_id;
}

std::optional<store::QuoteQuery::Position> parse_cursor(const std::string& c) {
  size_t first = c.find(':');
  if (first == std::string::npos) return std::nullopt;
  size_t second = c.find(':', first + 1);
  if (second == std::string::npos || second + 1 >= c.size()) return std::nullopt;
  store::QuoteQuery::Position p;
  std::string published = c.substr(0, first);
  if (!published.empty()) {
    if (!parse_iso_date(published)) return std::nullopt;
    p.published = published;
  }
  auto [end, ec] = std::from_chars(c.data() + first + 1, c.data() + second, p.ord);
  if (ec != std::errc() || end != c.data() + second || p.ord < 0) return std::nullopt;
  p.article_id = c.substr(second + 1);
  return p;
}

}  // namespace

Reply quotes_list(StorePool& pool, const Params& p) {
  std::set<std::string> seen;
  for (const auto& [name, value] : p) {
    if (!kQuoteParams.count(name)) return error_reply(400, "unknown parameter '" + name + "'");
    if (!seen.insert(name).second) return error_reply(400, "parameter '" + name + "' given twice; use a comma-separated list");
    if (value.size() > kMaxValue) return error_reply(400, "parameter '" + name + "' is longer than " + std::to_string(kMaxValue));
  }
  store::QuoteQuery q;
  for (auto [name, field] : {std::pair{"pub_from", &q.published_from}, std::pair{"pub_to", &q.published_to}}) {
    *field = param(p, name);
    if (!field->empty() && !parse_iso_date(*field)) return error_reply(400, std::string("'") + name + "' must be a YYYY-MM-DD date");
  }
  q.article = param(p, "article");
  const std::string outlets = param(p, "outlet");
  for (size_t start = 0, comma = 0; start <= outlets.size(); start = comma + 1) {
    comma = std::min(outlets.find(',', start), outlets.size());
    if (comma > start) q.outlets.push_back(outlets.substr(start, comma - start));
  }
  q.speaker = param(p, "speaker");
  q.text = param(p, "q");
  size_t limit = 0;
  if (auto e = parse_limit(p, limit)) return error_reply(400, *e);
  if (std::string c = param(p, "cursor"); !c.empty()) {
    q.after = parse_cursor(c);
    if (!q.after) return error_reply(400, "'cursor' is not a cursor this API gave");
  }
  int64_t total = 0, remaining = 0;
  std::vector<store::StoredQuote> page;
  store::Status st = pool.with([&](store::Store& s) {
    store::QuoteQuery all = q;
    all.after.reset();
    store::Status c = s.quote_count(all, total);
    if (c && q.after) c = s.quote_count(q, remaining);
    else remaining = total;
    if (!c) return c;
    store::QuoteQuery one_more = q;
    one_more.limit = limit + 1;  // tells whether another page follows
    return s.quotes(one_more, [&](const store::StoredQuote& x) { page.push_back(x); });
  });
  if (!st) return error_reply(500, "store: " + st.message);
  bool more = page.size() > limit;
  if (more) page.resize(limit);
  Reply r;
  r.body = "{\"api_version\":" + std::to_string(kApiVersion) + ",\"schema_version\":" +
           std::to_string(store::kSchemaVersion) + ",\"total\":" + std::to_string(total) +
           ",\"offset\":" + std::to_string(total - remaining) + ",\"limit\":" + std::to_string(limit) + ",\"items\":[";
  for (size_t i = 0; i < page.size(); ++i) {
    if (i) r.body += ',';
    store::append_quote_json(page[i], r.body);
  }
  r.body += "],\"next_cursor\":";
  if (more) io::append_json_string(r.body, cursor_of(page.back()));
  else r.body += "null";
  r.body += "}\n";
  return r;
}

}  // namespace rasd::serve

// GET /api/v1/events and /api/v1/events/{id}.
//
// Paging: query() streams every match in the store's order, so a page is cut here. The cursor is
// "<offset>:<event_id of the page's last item>": the next page starts after that event, found
// again by its id when the data moved under the client (a re-ingest), so no event is skipped or
// repeated because of an insertion before it. A cursor whose event is gone is a 409: start again.
#include <algorithm>
#include <charconv>

#include <simdjson.h>

#include "rasd/io/json_writer.h"
#include "rasd/serve/api.h"
#include "rasd/serve/filters.h"
#include "rasd/serve/text_spans.h"
#include "rasd/store/event_content.h"
#include "rasd/store/export.h"

namespace rasd::serve {
namespace {

const std::set<std::string> kListParams = {"limit", "cursor", "sort", "order"};

// Columns the table may sort by (the API's names → the store's columns).
const std::vector<std::pair<std::string, std::string>> kSortKeys = {
    {"date", "event_date"}, {"type", "type"},         {"country", "country"},   {"place", "location"},
    {"dead", "dead"},       {"injured", "injured"},   {"arrested", "arrested"}, {"mentions", "mention_count"},
    {"actor", "actor"},     {"status", "status"},
};

// Nulls sort last in both directions: an undated event is never "the newest".
bool less_value(const store::Value& a, const store::Value& b, bool desc) {
  bool an = std::holds_alternative<std::monostate>(a), bn = std::holds_alternative<std::monostate>(b);
  if (an || bn) return !an && bn;
  auto num = [](const store::Value& v) {
    if (const auto* d = std::get_if<double>(&v)) return *d;
    if (const auto* i = std::get_if<int64_t>(&v)) return static_cast<double>(*i);
    return 0.0;
  };
  const auto* as = std::get_if<std::string>(&a);
  const auto* bs = std::get_if<std::string>(&b);
  if (as && bs) return desc ? *bs < *as : *as < *bs;
  return desc ? num(b) < num(a) : num(a) < num(b);
}

// A conservative count's figure as JSON, or null.
void count_json(const store::Value& v, std::string& out) {
  if (const auto* d = std::get_if<double>(&v)) out += io_number(*d);
  else out += "null";
}

// The happening the event tells across articles: the cluster's figures and every other member
// with its outlet and count claims side by side (each telling's own figure; none is chosen here).
void append_cluster(const store::StoredEvent& e, const std::vector<store::StoredEvent>& siblings, std::string& out) {
  if (!e.cluster_id) {
    out += "null";
    return;
  }
  out += "{\"id\":";
  io::append_json_string(out, *e.cluster_id);
  out += ",\"events\":" + std::to_string(e.cluster_events) + ",\"articles\":" + std::to_string(e.cluster_articles) +
         ",\"outlets\":" + std::to_string(e.cluster_outlets) + ",\"first_report\":";
  if (e.first_report) io::append_json_string(out, *e.first_report);
  else out += "null";
  out += ",\"siblings\":[";
  for (size_t i = 0; i < siblings.size(); ++i) {
    const store::StoredEvent& s = siblings[i];
    if (i) out += ',';
    out += "{\"event_id\":";
    io::append_json_string(out, s.event_id);
    out += ",\"article_id\":";
    io::append_json_string(out, s.article_id);
    for (auto [key, v] : {std::pair{"outlet", &s.outlet}, std::pair{"published", &s.published}, std::pair{"title", &s.title}}) {
      out += ",\"" + std::string(key) + "\":";
      if (*v) io::append_json_string(out, **v);
      else out += "null";
    }
    out += ",\"event_date\":";
    if (const auto* d = std::get_if<std::string>(&s.row.at("event_date"))) io::append_json_string(out, *d);
    else out += "null";
    out += ",\"location\":";
    if (const auto* l = std::get_if<std::string>(&s.row.at("location"))) io::append_json_string(out, *l);
    else out += "null";
    out += ",\"counts\":{";
    bool first = true;
    for (const char* role : {"dead", "injured", "arrested", "size"}) {
      const store::Value& v = s.row.at(role);
      if (std::holds_alternative<std::monostate>(v)) continue;
      if (!first) out += ',';
      first = false;
      out += "\"" + std::string(role) + "\":{\"value\":";
      count_json(v, out);
      out += ",\"qualifier\":";
      if (const auto* q = std::get_if<std::string>(&s.row.at(std::string(role) + "_qualifier")))
        io::append_json_string(out, *q);
      else out += "null";
      out += '}';
    }
    out += "}}";
  }
  out += "]}";
}

}  // namespace

std::optional<std::string> parse_limit(const Params& p, size_t& limit) {
  limit = kDefaultPage;
  std::string v = param(p, "limit");
  if (v.empty()) return std::nullopt;
  unsigned long long n = 0;
  auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), n);
  if (ec != std::errc() || end != v.data() + v.size() || n < 1) return "'limit' is a whole number of at least 1";
  limit = static_cast<size_t>(std::min<unsigned long long>(n, kMaxPage));
  return std::nullopt;
}

std::string event_json(const store::StoredEvent& e) {
  std::string s;
  store::write_event_jsonl(e, s);
  if (!s.empty() && s.back() == '\n') s.pop_back();
  return s;
}

Reply events_list(StorePool& pool, const Params& p) {
  EventFilter f;
  if (auto e = parse_filter(p, kListParams, f)) return error_reply(400, *e);
  size_t limit = 0;
  if (auto e = parse_limit(p, limit)) return error_reply(400, *e);
  std::string sort = param(p, "sort"), order = param(p, "order");
  if (order.empty()) order = "asc";
  if (order != "asc" && order != "desc") return error_reply(400, "'order' is asc or desc");
  std::string column;
  if (!sort.empty()) {
    for (const auto& [name, col] : kSortKeys)
      if (name == sort) column = col;
    if (column.empty()) return error_reply(400, "'sort' is one of date, type, country, place, dead, injured, arrested, mentions, actor, status");
  }
  std::vector<store::StoredEvent> all;
  store::Status st = pool.with([&](store::Store& s) {
    return select_events(s, f, [&](const store::StoredEvent& e) { all.push_back(e); });
  });
  if (!st) return error_reply(500, "store: " + st.message);
  if (!column.empty()) {
    bool desc = order == "desc";
    int c = store::event_column(column);
    std::stable_sort(all.begin(), all.end(), [&](const store::StoredEvent& a, const store::StoredEvent& b) {
      return less_value(a.row.values[c], b.row.values[c], desc);
    });
  } else if (order == "desc") {
    std::reverse(all.begin(), all.end());
  }
  size_t start = 0;
  if (std::string cursor = param(p, "cursor"); !cursor.empty()) {
    size_t colon = cursor.find(':');
    size_t offset = 0;
    auto [end, ec] = std::from_chars(cursor.data(), cursor.data() + (colon == std::string::npos ? 0 : colon), offset);
    if (colon == std::string::npos || ec != std::errc() || end != cursor.data() + colon || offset == 0)
      return error_reply(400, "'cursor' is not a cursor this API gave");
    std::string last = cursor.substr(colon + 1);
    if (offset <= all.size() && all[offset - 1].event_id == last) {
      start = offset;
    } else {
      auto it = std::find_if(all.begin(), all.end(), [&](const store::StoredEvent& e) { return e.event_id == last; });
      if (it == all.end()) return error_reply(409, "the cursor's event is no longer in the results; start again");
      start = static_cast<size_t>(it - all.begin()) + 1;
    }
  }
  size_t stop = std::min(all.size(), start + limit);
  Reply r;
  r.body = "{\"api_version\":" + std::to_string(kApiVersion) +
           ",\"schema_version\":" + std::to_string(store::kSchemaVersion) + ",\"total\":" + std::to_string(all.size()) +
           ",\"offset\":" + std::to_string(start) + ",\"limit\":" + std::to_string(limit) + ",\"items\":[";
  for (size_t i = start; i < stop; ++i) {
    if (i > start) r.body += ',';
    r.body += event_json(all[i]);
  }
  r.body += "],\"next_cursor\":";
  if (stop < all.size()) io::append_json_string(r.body, std::to_string(stop) + ":" + all[stop - 1].event_id);
  else r.body += "null";
  r.body += "}\n";
  return r;
}

Reply event_one(StorePool& pool, std::string_view id, const Params& p) {
  if (!p.empty()) return error_reply(400, "events/{id} takes no parameters");
  std::optional<store::StoredEvent> found;
  std::optional<std::string> text;
  std::vector<store::StoredEvent> siblings;  // the other events of its cluster
  store::Status st = pool.with([&](store::Store& s) {
    store::EventQuery q;
    q.all = true;  // an id names one event whatever its status
    store::Status qs = s.query(q, [&](const store::StoredEvent& e) {
      if (!found && e.event_id == id) found = e;
    });
    if (!qs || !found) return qs;
    if (found->cluster_id && found->cluster_events > 1) {
      store::EventQuery c;
      c.all = true;
      c.cluster = *found->cluster_id;
      qs = s.query(c, [&](const store::StoredEvent& e) {
        if (e.event_id != found->event_id) siblings.push_back(e);
      });
      if (!qs) return qs;
    }
    return s.article_text(found->article_id, text);
  });
  if (!st) return error_reply(500, "store: " + st.message);
  if (!found) return error_reply(404, "no event with this id");
  Reply r;
  r.body = "{\"api_version\":" + std::to_string(kApiVersion) +
           ",\"schema_version\":" + std::to_string(store::kSchemaVersion) + ",\"event\":" + event_json(*found);
  // Each telling (a sentence that mentions the event) with its mentions, for the dispute panel:
  // the figures a reader compares are in those sentences, and the event's own count is the
  // conservative reading of them.
  r.body += ",\"tellings\":[";
  std::vector<Span32> mentions = content_mentions(found->content);
  CodePoints cps(text ? *text : std::string());
  std::vector<std::pair<Span32, std::vector<Span32>>> tellings;
  for (const Span32& m : mentions) {
    Span32 sent = cps.sentence_around(m);
    if (tellings.empty() || tellings.back().first.start != sent.start) tellings.push_back({sent, {}});
    tellings.back().second.push_back(m);
  }
  for (size_t i = 0; i < tellings.size(); ++i) {
    const auto& [sent, spans] = tellings[i];
    if (i) r.body += ',';
    r.body += "{\"start\":" + std::to_string(sent.start) + ",\"end\":" + std::to_string(sent.end) + ",\"sentence\":";
    io::append_json_string(r.body, cps.slice(sent));
    r.body += ",\"mentions\":[";
    for (size_t k = 0; k < spans.size(); ++k) {
      if (k) r.body += ',';
      r.body += "{\"start\":" + std::to_string(spans[k].start) + ",\"end\":" + std::to_string(spans[k].end) +
                ",\"text\":";
      io::append_json_string(r.body, cps.slice(spans[k]));
      r.body += '}';
    }
    r.body += "],\"outlet\":";
    if (found->outlet) io::append_json_string(r.body, *found->outlet);
    else r.body += "null";
    r.body += '}';
  }
  // The event's own figures (its columns) with the rule that chose each among the tellings'
  // figures (event.count_claims, stored with it; null for an event stored before claims were).
  store::EventContent content;
  std::optional<std::string> rule;
  if (store::parse_event_content(found->content, content)) rule = content.count_rule;
  r.body += "],\"counts\":{";
  bool first = true;
  for (const char* role : {"dead", "injured", "arrested", "size"}) {
    const store::Value& v = found->row.at(role);
    if (std::holds_alternative<std::monostate>(v)) continue;
    if (!first) r.body += ',';
    first = false;
    std::string name(role);
    r.body += "\"" + name + "\":{";
    const char* parts[] = {"", "_min", "_max", "_qualifier"};
    const char* keys[] = {"value", "min", "max", "qualifier"};
    for (int k = 0; k < 4; ++k) {
      if (k) r.body += ',';
      r.body += std::string("\"") + keys[k] + "\":";
      const store::Value& x = found->row.at(name + parts[k]);
      if (const auto* d = std::get_if<double>(&x)) r.body += io_number(*d);
      else if (const auto* s = std::get_if<std::string>(&x)) io::append_json_string(r.body, *s);
      else r.body += "null";
    }
    r.body += ",\"rule\":";
    if (rule) io::append_json_string(r.body, *rule);
    else r.body += "null";
    r.body += '}';
  }
  r.body += "},\"cluster\":";
  append_cluster(*found, siblings, r.body);
  r.body += "}\n";
  return r;
}

}  // namespace rasd::serve

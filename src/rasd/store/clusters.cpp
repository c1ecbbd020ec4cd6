#include "rasd/store/clusters.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>

#include "rasd/actors/actor_lexicon.h"
#include "rasd/core/civil_date.h"
#include "rasd/text/normalize.h"

namespace rasd::store {
namespace {

// "; "-joined party names -> their loose keys, and whether each is collective.
void party_keys(const std::string& joined, std::vector<std::string>& keys, std::vector<bool>& collective) {
  size_t at = 0;
  while (at <= joined.size()) {
    size_t end = joined.find("; ", at);
    if (end == std::string::npos) end = joined.size();
    std::string_view name = std::string_view(joined).substr(at, end - at);
    std::string key = text::loose_key(name);
    if (!key.empty()) {
      keys.push_back(std::move(key));
      collective.push_back(collective_party(name));
    }
    at = end + 2;
  }
}

// A word that only qualifies the noun before it: a demonym, a listed adjective, a nisba
// adjective (-ي, -ية, -يون, -يين: actor_lexicon's reading of adjectives), or another unnamed-actor noun.
bool qualifier_word(const std::string& bare) {
  const actors::Lexicon& lex = actors::lexicon();
  if (lex.demonyms.count(bare) || lex.adjectives.count(bare) || lex.nouns.rows.count(bare)) return true;
  for (std::string_view end : {"\xD9\x8A", "\xD9\x8A\xD9\x87", "\xD9\x8A\xD8\xA9", "\xD9\x8A\xD9\x88\xD9\x86",
                               "\xD9\x8A\xD9\x8A\xD9\x86"})  // ي يه ية يون يين
    if (bare.size() > end.size() + 4 && bare.ends_with(end)) return true;
  return false;
}

// How fine a place is: 3 a named spot (city, village, landmark, district), 2 a province, 1 a
// country; 0 no place or a multi-country region, which vouches for nothing.
int level(const ClusterEvent& e) {
  if (e.country.empty()) return 0;
  const std::string& p = e.geo_precision;
  if (p == "country") return 1;
  if (p == "admin1") return 2;
  if (p == "region") return 0;
  return 3;
}

// Place compatibility: 0 incompatible; else a score, higher for a closer match.
int place_score(const ClusterEvent& a, const ClusterEvent& b) {
  int la = level(a), lb = level(b);
  if (la == 0 || lb == 0) return 1;  // one side has no place: the place neither joins nor parts them
  if (a.country != b.country) return 0;
  if (a.geonames_id && b.geonames_id && *a.geonames_id == *b.geonames_id) return 5;
  if (la == 3 && lb == 3)  // the same unknown spot named twice, else two spots
    return !a.geonames_id && !b.geonames_id && !a.location.empty() && a.location == b.location ? 5 : 0;
  if (la == 1 || lb == 1) return 2;  // a country holds any place of its own
  // A province and a spot in it, or the same province twice (ids differ only for namesakes).
  if (!a.admin1.empty() && a.admin1 == b.admin1) return 3;
  return 0;
}

bool flag(const std::vector<bool>& v, size_t i) { return i < v.size() && v[i]; }

// 2: a named party is in both; 1: only a collective one is (the shared words are the shorter
// name: «الجيش» in «الجيش الإسرائيلي»); 0: none.
int share_key(const std::vector<std::string>& a, const std::vector<bool>& ca, const std::vector<std::string>& b,
              const std::vector<bool>& cb) {
  int best = 0;
  for (size_t i = 0; i < a.size(); ++i)
    for (size_t j = 0; j < b.size(); ++j) {
      const std::string &x = a[i], &y = b[j];
      // A whole-word run of one inside the other.
      bool x_in_y = (" " + y + " ").find(" " + x + " ") != std::string::npos;
      bool y_in_x = (" " + x + " ").find(" " + y + " ") != std::string::npos;
      if (!x_in_y && !y_in_x) continue;
      bool collective = x_in_y ? flag(ca, i) : flag(cb, j);
      best = std::max(best, collective ? 1 : 2);
    }
  return best;
}

// Parties of one role: -1 they contradict, 0 nothing to say, 1 they agree. `same_stated_day`:
// both texts date the event to one day (not the publication day standing in for a date).
int party_score(const ClusterEvent& ea, const ClusterEvent& eb, bool actors, bool same_stated_day) {
  const auto& a = actors ? ea.actors : ea.recipients;
  const auto& b = actors ? eb.actors : eb.recipients;
  const std::string& ca = actors ? ea.actor_country : ea.recipient_country;
  const std::string& cb = actors ? eb.actor_country : eb.recipient_country;
  if (a.empty() || b.empty()) return 0;
  int shared = share_key(a, actors ? ea.actors_collective : ea.recipients_collective, b,
                         actors ? eb.actors_collective : eb.recipients_collective);
  if (shared == 2) return 1;
  // «The army» or «gunmen» in both: many such act in a province on a day, so they tie two
  // tellings only when both texts name that very day; else they neither tie nor part.
  if (shared == 1) return same_stated_day ? 1 : 0;
  // Different names of one country's parties («the army», «government forces») neither tie nor
  // part two tellings: in a civil war both sides are of one country. Different countries part them.
  if (!ca.empty() && !cb.empty()) return ca == cb ? 0 : -1;
  return -1;
}

struct Day {
  long day = 0;
  bool known = false;     // any date at all
  bool fallback = false;  // only the publication date
};

Day day_of(const ClusterEvent& e) {
  if (auto d = parse_iso_date(e.date); d && e.date_precision != "month" && e.date_precision != "year")
    return {days_from_civil(*d), true, false};
  if (auto d = parse_iso_date(e.published)) return {days_from_civil(*d), true, true};
  return {};
}

// The pairwise score; 0 when the two cannot be one happening.
int match_score(const ClusterEvent& a, const Day& da, const ClusterEvent& b, const Day& db, const ClusterOptions& o) {
  if (a.article_id == b.article_id) return 0;  // the pipeline already kept them apart
  if (a.type != b.type || a.status != b.status) return 0;
  if (!da.known || !db.known) return 0;
  long apart = std::labs(da.day - db.day);
  if (apart > (da.fallback || db.fallback ? o.max_days_fallback : o.max_days)) return 0;
  int place = place_score(a, b);
  if (place == 0) return 0;
  bool same_stated_day = apart == 0 && !da.fallback && !db.fallback;
  int actor = party_score(a, b, true, same_stated_day);
  int recipient = party_score(a, b, false, same_stated_day);
  if (actor < 0 || recipient < 0) return 0;
  // Only one spot named by both ties two tellings by itself. A province or a country holds many
  // happenings of a type a day (two raids in one province, two decrees in one country): there a
  // party named by both must tie them too, and so where either names no place.
  bool same_spot = place == 5 && level(a) == 3 && level(b) == 3;
  // The same sentence word for word is one report printed twice (a wire copy, an article in two
  // sections): it ties them as a spot does.
  bool same_words = !a.evidence.empty() && a.evidence == b.evidence;
  if (!same_spot && !same_words && actor + recipient == 0) return 0;
  return place * 10 + (actor + recipient) * 4 + (apart == 0 ? 2 : 0);
}

}  // namespace

bool collective_party(std::string_view name) {
  const actors::Lexicon& lex = actors::lexicon();
  std::vector<std::string> words;
  size_t at = 0;
  while (at < name.size()) {
    size_t end = name.find(' ', at);
    if (end == std::string_view::npos) end = name.size();
    if (end > at) words.emplace_back(actors::drop_article(actors::word_key(name.substr(at, end - at))));
    at = end + 1;
  }
  // The longest unnamed-actor noun phrase the name starts with.
  size_t head = 0;
  for (size_t n = std::min(words.size(), lex.nouns.max_words); n >= 1 && !head; --n) {
    std::string key;
    for (size_t i = 0; i < n; ++i) key += (i ? " " : "") + words[i];
    if (lex.nouns.rows.count(key)) head = n;
  }
  if (!head) return false;
  for (size_t i = head; i < words.size(); ++i)
    if (!qualifier_word(words[i])) return false;
  return true;
}

ClusterEvent ClusterEvent::from(const EventRow& row, std::string event_id, std::string article_id,
                                std::string outlet, std::string published) {
  ClusterEvent e;
  e.event_id = std::move(event_id);
  e.article_id = std::move(article_id);
  e.outlet = std::move(outlet);
  e.published = std::move(published);
  e.type = row.text("type");
  e.status = row.text("status");
  e.date = row.text("event_date");
  e.date_precision = row.text("date_precision");
  e.country = row.text("country");
  e.admin1 = row.text("admin1");
  e.geo_precision = row.text("geo_precision");
  e.location = text::loose_key(row.text("location"));
  if (const int64_t* id = std::get_if<int64_t>(&row.at("geonames_id"))) e.geonames_id = *id;
  party_keys(row.text("actor"), e.actors, e.actors_collective);
  party_keys(row.text("recipient"), e.recipients, e.recipients_collective);
  e.actor_country = row.text("actor_country");
  e.recipient_country = row.text("recipient_country");
  e.evidence = text::loose_key(row.text("evidence"));
  return e;
}

std::optional<long> cluster_day(const ClusterEvent& e) {
  Day d = day_of(e);
  return d.known ? std::optional<long>(d.day) : std::nullopt;
}

bool same_happening(const ClusterEvent& a, const ClusterEvent& b, const ClusterOptions& options) {
  return match_score(a, day_of(a), b, day_of(b), options) > 0;
}

std::vector<Cluster> cluster_events(std::span<const ClusterEvent> events, const ClusterOptions& options) {
  const size_t n = events.size();
  std::vector<Day> days(n);
  for (size_t i = 0; i < n; ++i) days[i] = day_of(events[i]);
  // First reports first; ties by article and event id, so the order (and the ids) are the input's
  // content, not its order.
  std::vector<size_t> order(n);
  std::iota(order.begin(), order.end(), size_t{0});
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const ClusterEvent& x = events[a];
    const ClusterEvent& y = events[b];
    return std::tie(x.published, x.article_id, x.event_id) < std::tie(y.published, y.article_id, y.event_id);
  });
  std::vector<Cluster> clusters;
  // Open clusters by (type, status, day of each member): candidates are found by day, not by a scan.
  std::map<std::tuple<std::string, std::string, long>, std::vector<size_t>> by_day;
  const long reach = std::max(options.max_days, options.max_days_fallback);
  for (size_t i : order) {
    const ClusterEvent& e = events[i];
    size_t best = SIZE_MAX;
    int best_score = 0;
    if (days[i].known) {
      std::set<size_t> seen;
      for (long d = days[i].day - reach; d <= days[i].day + reach; ++d) {
        auto it = by_day.find({e.type, e.status, d});
        if (it == by_day.end()) continue;
        for (size_t c : it->second) {
          if (!seen.insert(c).second || clusters[c].members.size() >= options.max_members) continue;
          // Complete linkage: compatible with every member; the cluster's score is its weakest pair.
          int weakest = INT32_MAX;
          for (size_t m : clusters[c].members) {
            weakest = std::min(weakest, match_score(e, days[i], events[m], days[m], options));
            if (weakest == 0) break;
          }
          if (weakest > best_score) best_score = weakest, best = c;
        }
      }
    }
    if (best == SIZE_MAX) {
      best = clusters.size();
      clusters.push_back(Cluster{e.event_id, {}, 0, 0, {}});
    }
    clusters[best].members.push_back(i);
    if (days[i].known) {
      auto& list = by_day[{e.type, e.status, days[i].day}];
      if (list.empty() || list.back() != best) list.push_back(best);
    }
  }
  for (Cluster& c : clusters) {
    std::set<std::string> articles, outlets;
    for (size_t m : c.members) {
      const ClusterEvent& e = events[m];
      articles.insert(e.article_id);
      outlets.insert(e.outlet.empty() ? "\x01" + e.article_id : e.outlet);
      if (!e.published.empty() && (c.first_report.empty() || e.published < c.first_report)) c.first_report = e.published;
    }
    c.articles = articles.size();
    c.outlets = outlets.size();
  }
  return clusters;
}

}  // namespace rasd::store

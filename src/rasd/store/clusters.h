// Events across articles: the same happening told by several articles shares a cluster. Each
// article's events are already one per happening (the pipeline fuses its tellings); here events
// of different articles are grouped when they are of one type and status, their dates lie within
// a day (two when a date is only the publication date), their places can be the same place (equal,
// or one inside the other: a city in the province or country the other names) and their parties
// do not contradict each other. Clustering labels; it never merges or deletes events (ICEWS
// counted one occurrence 150 times, GDELT one kidnapping hundreds: the rows stay, the label
// lets an analyst count happenings instead of reports).
//
// Grouping is complete-linkage: an event joins a cluster only when it is compatible with every
// member, so a chain of near neighbours (city A ~ its province ~ city B) never joins A and B.
// Among the clusters it may join it takes the best match (same place before same province before
// same country; a shared party; the nearest date). Events are taken in order of first report,
// so the same events always give the same clusters; a cluster's id is its first event's id.
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "rasd/store/rows.h"

namespace rasd::store {

struct ClusterEvent {
  std::string event_id, article_id;
  std::string outlet;     // "" when unknown: each unknown outlet counts as its article's own
  std::string published;  // the article's publication date or time (ISO); "" when unknown
  std::string type, status;
  std::string date;       // the event's date (ISO day); "" when the text gives none
  std::string date_precision;
  std::string country, admin1, geo_precision;  // geo_precision: landmark|village|city|admin2|admin1|country|region
  std::string location;   // loose key of the place's name (tells two unknown places apart)
  std::optional<int64_t> geonames_id;
  std::vector<std::string> actors, recipients;  // loose keys of the parties' names
  // Per party above: named only by what it is (collective_party); missing entries count as named.
  std::vector<bool> actors_collective, recipients_collective;
  std::string actor_country, recipient_country;
  std::string evidence;   // loose key of the sentence holding its first mention

  // From a flattened row and its article's provenance.
  static ClusterEvent from(const EventRow& row, std::string event_id, std::string article_id,
                           std::string outlet, std::string published);
};

struct ClusterOptions {
  int max_days = 1;           // apart, when both dates come from the text
  int max_days_fallback = 1;  // when a side has only its publication date (the event may be the day before)
  size_t max_members = 200;   // a cluster this large takes no more (a runaway label is worse than two)
};

struct Cluster {
  std::string id;                // its first event's id
  std::vector<size_t> members;   // indexes into the input, in order of first report
  size_t articles = 0, outlets = 0;
  std::string first_report;      // the earliest publication time among its articles
};

// Whether a party's name says only what it is: an unnamed-actor noun (data/actors/actor_nouns.tsv:
// «القوات», «مسلحون», «قوات الأمن») followed by nothing but demonyms, adjectives or more such
// nouns («الجيش الإسرائيلي», «رجال الشرطة المحلية»). Many such parties act in one province on
// one day, so two tellings naming one are tied by it only when both texts state that day; a
// proper name ties them within the usual day apart.
bool collective_party(std::string_view name);

// The day an event is placed on for grouping (days since 1970-01-01): its own date when the
// text gives a day, else its article's publication day; nullopt when neither (it groups with none).
std::optional<long> cluster_day(const ClusterEvent& e);
// How many days apart two events of one cluster may lie at most.
inline long cluster_reach(const ClusterOptions& o) { return std::max(o.max_days, o.max_days_fallback); }

// Whether two events may be one happening (the pairwise test; symmetric).
bool same_happening(const ClusterEvent& a, const ClusterEvent& b, const ClusterOptions& options = {});

// Groups the events; every event is in exactly one cluster (most are alone).
std::vector<Cluster> cluster_events(std::span<const ClusterEvent> events, const ClusterOptions& options = {});

}  // namespace rasd::store

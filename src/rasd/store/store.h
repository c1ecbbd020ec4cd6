// The event store: processed articles and their events in a database that queries, exports and
// a change feed read. This header is the interface every backend implements (SQLite,
// PostgreSQL); `open_store` picks one from a URL. Backends share the rows (rows.h) and the
// identity rules (identity.h), so they behave the same.
//
// Writes happen in batches: begin(), put() per article, commit(). A batch is one transaction:
// a crash at any moment leaves the store as it was after the last commit, and a rerun of the
// same input then gives the store an uninterrupted run would have.
//
// Library code never throws from here: every call returns a Status. A Store is used by one
// thread at a time; several processes may read while one writes (SQLite: WAL), and writers take
// turns batch by batch.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rasd/store/rows.h"

namespace rasd::store {

struct [[nodiscard]] Status {
  bool ok = true;
  std::string message;  // for people: what failed and why
  static Status error(std::string m) { return {false, std::move(m)}; }
  explicit operator bool() const { return ok; }
};

struct StoreOptions {
  bool read_only = false;
  // The clock for processed_at / created_at / updated_at / the change feed; ISO 8601 UTC with
  // milliseconds ("2026-12-06T18:40:01.123Z"). Tests pin it; by default the system clock.
  std::function<std::string()> clock;
};

// What put() did with one article.
enum class ArticleFate { kNew, kUpdated, kUnchanged };

struct PutResult {
  ArticleFate fate = ArticleFate::kNew;
  size_t events_added = 0, events_updated = 0, events_deleted = 0, events_unchanged = 0;
};

// A longitude/latitude box in GeoJSON's order (RFC 7946 §5). A box whose west edge lies east of
// its east edge crosses the antimeridian.
struct BoundingBox {
  double min_lon = 0, min_lat = 0, max_lon = 0, max_lat = 0;
};

// Event filters; empty fields do not filter. Dates are ISO "YYYY-MM-DD"; ranges are inclusive.
// Several values of one filter match any of them; different filters must all match.
struct EventQuery {
  std::string date_from{}, date_to{};            // the event's date (undated events drop out)
  std::string published_from{}, published_to{};  // the article's publication date
  std::vector<std::string> types{};              // PLOVER types, any of
  std::vector<std::string> modes{};              // PLOVER modes (one of the event's), any of
  std::vector<std::string> countries{};          // ISO 3166-1 alpha-2 of the event's place, any of
  std::vector<std::string> admin1{};             // GeoNames admin1: "CC.code" (one country's) or "code", any of
  std::vector<int64_t> geonames_ids{};           // the GeoNames id of the event's place, any of
  std::optional<BoundingBox> bbox{};             // the event's point inside (events without one drop out)
  std::string actor{}, recipient{};              // text in a party's name (normalised, as a substring)
  std::string text{};                            // text in the article's title or body (normalised, as a substring)
  std::optional<double> min_dead{};              // at least this many dead (the event's conservative figure)
  std::vector<std::string> statuses{};           // default: {"asserted"}
  bool all = false;                              // every status (negated, future, background, ...)
  std::string article{};                         // one article's events
  std::string cluster{};                         // one cluster's events (its cluster_id)
};

struct StoredEvent {
  std::string event_id, article_id;
  std::string created_at, updated_at;
  std::optional<std::string> deleted_at;
  EventRow row;         // columns only (mentions and parties are in content)
  std::string content;  // EventRow::content_json() as stored
  std::optional<std::string> outlet, url, published, title;
  // The happening it tells, as the store labelled it (clusters.h): the cluster's id (its first
  // report's event id; the event's own when no other article tells it), how many events,
  // articles and outlets tell it, and the earliest publication time among them. None for a tombstone.
  std::optional<std::string> cluster_id, first_report;
  int64_t cluster_events = 0, cluster_articles = 0, cluster_outlets = 0;
};

struct Change {
  int64_t seq = 0;       // strictly increasing; a cursor for the next poll
  std::string at;        // when (StoreOptions::clock)
  std::string kind;      // added | updated | deleted
  std::string event_id, article_id;
  std::optional<StoredEvent> event;  // the event as it is now; none once deleted
};

// One stored article as its tables hold it (everything but the text: article_text gives that).
// Nullable columns are optional; JSON columns (boilerplate, source_line, an entity's mentions)
// are the stored JSON text, unparsed.
struct StoredArticle {
  struct Entity {
    std::string type, name;
    std::optional<std::string> canonical;
    std::optional<int64_t> geonames_id;
    std::optional<std::string> country, admin1;
    std::optional<double> lat, lon;
    std::optional<std::string> precision;
    std::string mentions;  // JSON
  };
  struct Quote {
    std::optional<std::string> speaker;
    int64_t start = 0, end = 0;  // code points
    bool direct = false;
    std::string text;
  };
  struct Error {
    std::string code, message;
    std::optional<int64_t> start;  // code point, when the error has a place
  };
  std::string id;
  std::optional<std::string> outlet, url, title, published, published_raw;
  std::string sha256, engine_version, processed_at;
  bool failed = false;
  std::string boilerplate;                 // JSON
  std::optional<std::string> source_line;  // JSON
  std::vector<Entity> entities;            // in stored order
  std::vector<Quote> quotes;
  std::vector<Error> errors;
};

// Quote filters (Store::quotes): who said what, when, in which outlet. Empty fields do not
// filter; dates are ISO "YYYY-MM-DD", inclusive, on the article's publication date.
struct QuoteQuery {
  std::string published_from{}, published_to{};
  std::string article{};                // one article's quotes
  std::vector<std::string> outlets{};   // the article's outlet as stored, any of
  std::string speaker{}, text{};        // text in the speaker's name / the quoted words (normalised, as a substring)
  // Keyset paging: only quotes after this one in the order (publication date, undated last;
  // article id; the quote's place in its article), so a page never repeats or skips a quote
  // because articles were stored under the reader.
  struct Position {
    std::optional<std::string> published;
    std::string article_id;
    int64_t ord = 0;
  };
  std::optional<Position> after{};
  size_t offset = 0;  // then skip this many
  size_t limit = 0;   // and give at most this many; 0: all
};

struct StoredQuote {
  std::string article_id;
  int64_t ord = 0;                          // its place among the article's quotes
  std::optional<std::string> speaker, cue;  // the speaker as written; the speech verb or cue phrase
  int64_t start = 0, end = 0;               // the quoted words, code points into the article's text
  bool direct = false;                      // in quotation marks
  std::string text;
  std::optional<std::string> outlet, url, title, published;
  QuoteQuery::Position position() const { return {published, article_id, ord}; }
};

class Store {
 public:
  virtual ~Store() = default;

  virtual Status begin() = 0;
  virtual Status commit() = 0;
  virtual void rollback() = 0;
  // Stores one processed article inside a batch: new, updated in place (events keep their ids,
  // removed ones become tombstones), or unchanged when its input and engine version are the same.
  virtual Status put(const ArticleRow& article, PutResult& result, bool force = false) = 0;

  virtual Status query(const EventQuery& q, const std::function<void(const StoredEvent&)>& sink) = 0;
  // Changes after cursor `since`: a number is a sequence cursor (changes with seq > it), anything
  // else an ISO time (changes at or after it). In order.
  virtual Status changes(std::string_view since, const std::function<void(const Change&)>& sink) = 0;
  // The stored article's text, or nullopt.
  virtual Status article_text(std::string_view id, std::optional<std::string>& text) = 0;
  // The stored article's record (metadata, entities, quotes, errors), or nullopt.
  virtual Status article(std::string_view id, std::optional<StoredArticle>& out) = 0;
  // Quotes of every stored article that pass the filters, in the order QuoteQuery describes.
  virtual Status quotes(const QuoteQuery& q, const std::function<void(const StoredQuote&)>& sink) = 0;
  // How many quotes pass the filters (and `after`), offset and limit aside.
  virtual Status quote_count(const QuoteQuery& q, int64_t& total) = 0;
};

// "PATH", "sqlite:PATH" or "sqlite://PATH": the SQLite store (created when missing unless
// read_only). "postgresql://..." or "postgres://..." (a libpq connection URI): the PostgreSQL
// store in that database (its tables created when missing unless read_only). Other schemes are
// an error naming what is supported.
Status open_store(std::string_view url, const StoreOptions& options, std::unique_ptr<Store>& out);

// The current UTC time as ISO 8601 with milliseconds.
std::string utc_now();

// A change-feed cursor in the store's form: a sequence number as it is; "YYYY-MM-DD",
// "YYYY-MM-DDTHH:MM", "...:SS" or "...:SS.f" (UTC, optional "Z") as "YYYY-MM-DDTHH:MM:SS.fffZ",
// so it compares with stored times as text. nullopt when it is neither.
std::optional<std::string> change_cursor(std::string_view since);

// "min_lon,min_lat,max_lon,max_lat" in degrees; nullopt unless four numbers in range with
// min_lat <= max_lat.
std::optional<BoundingBox> parse_bbox(std::string_view text);

// Schema version of the stored data; bumped when a table or column changes.
// 2: articles.text_key (the full-text filter). 3: events.cluster_id and the clusters table.
// 4: quotes.cue, speaker_key and text_key (the quotes query).
inline constexpr int kSchemaVersion = 4;
// The oldest version a store opened for writing is migrated from (schema.h migration_sql).
inline constexpr int kOldestMigratedSchema = 2;

}  // namespace rasd::store

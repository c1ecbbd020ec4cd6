// Writers for what `rasd query` prints from the store: events as JSON Lines (one flat object per
// event, its mentions and parties kept) or CSV (RFC 4180: a header row, CRLF line ends, quoted
// fields where needed, UTF-8 without a BOM, ISO dates), and the change feed as JSON Lines.
#pragma once

#include <string>
#include <string_view>

#include "rasd/store/store.h"

namespace rasd::store {

// One JSON object and a newline: event_id, article_id, the event's columns, mentions, actors,
// recipients, then outlet, url, published, created_at, updated_at and the cluster's members.
void write_event_jsonl(const StoredEvent& e, std::string& out);

// The cluster's members, each after a comma: cluster_id, cluster_events, cluster_articles,
// cluster_outlets, cluster_first_report (null when the event has no label).
void append_cluster_json(const StoredEvent& e, std::string& out);

// The CSV header and rows: event_id, article_id, every event column (rows.h), outlet, url,
// published, title, created_at, updated_at, cluster_id, cluster_articles, cluster_outlets.
void write_csv_header(std::string& out);
void write_event_csv(const StoredEvent& e, std::string& out);

// One change: {"seq", "at", "change", "event_id", "article_id", "event": {...} or null}.
void write_change_jsonl(const Change& c, std::string& out);

// An RFC 4180 field: quoted (quotes doubled) when it holds a comma, a quote, CR or LF, or
// starts or ends with white space.
void append_csv_field(std::string& out, std::string_view field);

}  // namespace rasd::store

#include "rasd/store/ingest.h"

namespace rasd::store {

Ingester::Ingester(Store& store, const Pipeline& pipeline, IngestOptions options)
    : store_(store),
      options_(std::move(options)),
      extractor_(pipeline, options_.extract, [this](const Document& doc) { put(doc); }) {
  if (options_.engine_version.empty()) options_.engine_version = engine_version();
  if (options_.batch_size == 0) options_.batch_size = 1;
}

Ingester::~Ingester() {
  if (in_batch_) store_.rollback();
}

void Ingester::read(std::istream& in, std::string_view source) { extractor_.read(in, source); }

void Ingester::unreadable(std::string_view source, std::string_view why) { extractor_.unreadable(source, why); }

void Ingester::put(const Document& doc) {
  if (!status_.ok) return;  // after a store error nothing more is written
  if (in_batch_ == 0) {
    status_ = store_.begin();
    if (!status_.ok) return;
  }
  PutResult r;
  status_ = store_.put(flatten(doc, options_.engine_version), r, options_.force);
  if (!status_.ok) {
    store_.rollback();
    in_batch_ = 0;
    pending_ = {};
    return;
  }
  ++in_batch_;
  ++pending_.articles;
  if (doc.failed()) ++pending_.failed;
  else if (r.fate == ArticleFate::kNew) ++pending_.added;
  else if (r.fate == ArticleFate::kUpdated) ++pending_.updated;
  else ++pending_.unchanged;
  pending_.events_added += r.events_added;
  pending_.events_updated += r.events_updated;
  pending_.events_deleted += r.events_deleted;
  if (options_.after_article) options_.after_article(stats_.articles + pending_.articles);
  if (in_batch_ >= options_.batch_size) commit_batch();
}

void Ingester::commit_batch() {
  in_batch_ = 0;
  status_ = store_.commit();
  if (!status_.ok) {
    store_.rollback();
  } else {
    // Only what is committed is counted: a rolled-back batch was never stored.
    stats_.articles += pending_.articles;
    stats_.added += pending_.added;
    stats_.updated += pending_.updated;
    stats_.unchanged += pending_.unchanged;
    stats_.failed += pending_.failed;
    stats_.events_added += pending_.events_added;
    stats_.events_updated += pending_.events_updated;
    stats_.events_deleted += pending_.events_deleted;
  }
  pending_ = {};
}

Status Ingester::finish() {
  if (status_.ok && in_batch_) commit_batch();
  return status_;
}

std::string summary_line(const IngestStats& s) {
  return std::to_string(s.articles) + " articles: " + std::to_string(s.added) + " new, " +
         std::to_string(s.updated) + " updated, " + std::to_string(s.unchanged) + " unchanged, " +
         std::to_string(s.failed) + " failed; events: " + std::to_string(s.events_added) + " added, " +
         std::to_string(s.events_updated) + " updated, " + std::to_string(s.events_deleted) + " deleted";
}

}  // namespace rasd::store

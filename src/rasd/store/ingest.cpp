#include "rasd/store/ingest.h"

namespace rasd::store {

Ingester::Ingester(Store& store, const Pipeline& pipeline, IngestOptions options)
    : store_(store),
      options_(std::move(options)),
      extractor_(pipeline, options_.extract, [this](const Document& doc) { put(doc); }) {
  if (options_.engine_version.empty()) options_.engine_version = engine_version();
  if (options_.batch_size == 0) options_.batch_size = 1;
}

Ingester::~Ingester() = default;

void Ingester::read(std::istream& in, std::string_view source) { extractor_.read(in, source); }

void Ingester::unreadable(std::string_view source, std::string_view why) { extractor_.unreadable(source, why); }

void Ingester::put(const Document& doc) {
  if (!status_.ok) return;  // after a store error nothing more is written
  batch_.push_back(flatten(doc, options_.engine_version));
  if (options_.after_article) options_.after_article(stats_.articles + batch_.size());
  if (batch_.size() >= options_.batch_size) flush();
}

void Ingester::flush() {
  if (batch_.empty() || !status_.ok) return;
  // The batch is written in one short transaction after its articles were processed, so the
  // write lock is held for the writes alone and not while the pipeline runs.
  IngestStats done;
  status_ = store_.begin();
  for (size_t i = 0; status_.ok && i < batch_.size(); ++i) {
    PutResult r;
    status_ = store_.put(batch_[i], r, options_.force);
    ++done.articles;
    if (batch_[i].failed) ++done.failed;
    else if (r.fate == ArticleFate::kNew) ++done.added;
    else if (r.fate == ArticleFate::kUpdated) ++done.updated;
    else ++done.unchanged;
    done.events_added += r.events_added;
    done.events_updated += r.events_updated;
    done.events_deleted += r.events_deleted;
  }
  if (status_.ok) status_ = store_.commit();
  batch_.clear();
  if (!status_.ok) {
    store_.rollback();  // only what is committed is counted: a rolled-back batch was never stored
    return;
  }
  stats_.articles += done.articles;
  stats_.added += done.added;
  stats_.updated += done.updated;
  stats_.unchanged += done.unchanged;
  stats_.failed += done.failed;
  stats_.events_added += done.events_added;
  stats_.events_updated += done.events_updated;
  stats_.events_deleted += done.events_deleted;
}

Status Ingester::finish() {
  flush();
  return status_;
}

std::string summary_line(const IngestStats& s) {
  return std::to_string(s.articles) + " articles: " + std::to_string(s.added) + " new, " +
         std::to_string(s.updated) + " updated, " + std::to_string(s.unchanged) + " unchanged, " +
         std::to_string(s.failed) + " failed; events: " + std::to_string(s.events_added) + " added, " +
         std::to_string(s.events_updated) + " updated, " + std::to_string(s.events_deleted) + " deleted";
}

}  // namespace rasd::store

// `rasd ingest` as a library call: read inputs (io/extract), run the pipeline, and write every
// `batch_size` processed articles into a Store in one transaction. One record in, one article stored, even
// when extraction failed (its errors are stored with it). After a store error nothing more is
// written and the open batch is rolled back, so the store is never half-written.
#pragma once

#include <functional>
#include <istream>
#include <string>
#include <string_view>
#include <vector>

#include "rasd/io/extract.h"
#include "rasd/pipeline.h"
#include "rasd/store/store.h"

namespace rasd::store {

struct IngestOptions {
  io::ExtractConfig extract;
  size_t batch_size = 100;     // articles per transaction
  std::string engine_version;  // "" = engine_version()
  bool force = false;          // reprocess and rewrite unchanged articles too
  // Called after each processed article with the number processed so far (progress; tests use
  // it to stop a process in the middle of a batch).
  std::function<void(size_t)> after_article;
};

struct IngestStats {
  size_t articles = 0;
  size_t added = 0, updated = 0, unchanged = 0, failed = 0;  // articles; failed = extraction failed
  size_t events_added = 0, events_updated = 0, events_deleted = 0;
};

class Ingester {
 public:
  Ingester(Store& store, const Pipeline& pipeline, IngestOptions options);
  ~Ingester();  // a batch finish() did not write is dropped

  void read(std::istream& in, std::string_view source);
  void unreadable(std::string_view source, std::string_view why);
  // Commits the open batch. The status is the first store error, if any.
  Status finish();

  // What was committed (a rolled-back batch is not counted).
  const IngestStats& stats() const { return stats_; }
  const Status& status() const { return status_; }

 private:
  void put(const Document& doc);
  void flush();  // writes the batch in one transaction

  Store& store_;
  IngestOptions options_;
  io::Extractor extractor_;
  IngestStats stats_;                // committed
  std::vector<ArticleRow> batch_;    // processed, not yet written
  Status status_;
};

// "N articles: a new, b updated, c unchanged, d failed; events: x added, y updated, z deleted"
std::string summary_line(const IngestStats& s);

}  // namespace rasd::store

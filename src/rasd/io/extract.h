// The whole `extract` path as a library call, so the CLI, the tests, the bad-input table and the
// fuzzers all drive the same code: read inputs in a format, run each record through the
// pipeline, hand each finished record to a sink. One record in, one record out, always, in input
// order; with ExtractConfig::threads > 1 records run on several threads at once (the pipeline is
// shared read-only) inside a bounded window, and the output is the same byte for byte.
//
// Every read is bounded by the pipeline's size limit (Options::max_document_bytes): a text file
// is read up to the limit, an HTML page up to the limit plus kHtmlSlack for its markup, a JSON
// line up to kEscapeFactor times the limit plus kLineSlack. What lies beyond is not read (a text
// or page) or skipped without being kept (the rest of a line), so /dev/zero as input costs a
// bounded amount of memory and time, and the run goes on to the next input.
#pragma once

#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <istream>
#include <optional>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "rasd/core/document.h"
#include "rasd/pipeline.h"

namespace rasd::io {

class ByteSource;

enum class InputFormat { kText, kJsonl, kHtml };

// Parses "text" / "jsonl" / "html"; false when unknown.
bool parse_input_format(std::string_view name, InputFormat& out);

// Markup around an article: a page of 4 MiB of text plus 12 MiB of tags is read whole.
constexpr size_t kHtmlSlack = 12u << 20;
// A JSON string escapes an Arabic letter (2 bytes of UTF-8) as \uXXXX (6 bytes), as Python's
// json.dumps does by default: a line may be 3 times as long as its text, plus the other fields.
constexpr size_t kEscapeFactor = 3;
constexpr size_t kLineSlack = 64u << 10;

struct ExtractConfig {
  InputFormat format = InputFormat::kText;
  std::string published;  // for records without their own date; "" = none
  std::string id;         // for text and html input; "" = the source name
  // Threads running the pipeline, the reading thread among them (it reads, hands records out in
  // input order, and runs records itself while the window is full); 1 = all on the reading
  // thread, one record after the other. Output is the same byte for byte at any count.
  unsigned threads = 1;
  // Records read but not yet handed out, at most (0 = 4 per thread): bounds the memory a run
  // holds whatever the input, and how far reading runs ahead of output.
  size_t window = 0;
};

struct ExtractStats {
  size_t records = 0;  // records handed to the sink
  size_t failed = 0;   // of which failed (a fatal error: no text could be read)
};

// Gets each finished record, in input order, one at a time (with threads > 1, on whichever of
// the extractor's threads finished the records before it: it must not assume the reading thread).
using RecordSink = std::function<void(const Document&)>;

// Output in two halves, so that the costly one runs in parallel: `render` turns a finished
// record into bytes on whichever thread ran it (concurrently: it must be thread-safe), and
// `write` gets those bytes in input order, one call at a time (as a sink does). The Document is freed once
// rendered, so a window of records in flight holds their output, not their layers.
struct RecordOutput {
  std::function<void(const Document&, std::string& out)> render;
  std::function<void(std::string_view bytes)> write;
};

// The pipeline run on one record, as every reader does it: a record too big for the memory at
// hand becomes a record with the fatal error "out-of-memory" instead of ending the run.
Document run_record(const Pipeline& pipeline, RawDocument raw);

// The default name of a file input: its path without the extension ("news/a.txt" -> "news/a"),
// so files of the same name in different folders get different ids.
std::string source_name(std::string_view path);

class Extractor {
 public:
  Extractor(const Pipeline& pipeline, ExtractConfig config, RecordSink sink)
      : pipeline_(pipeline), config_(std::move(config)), sink_(std::move(sink)) {}
  Extractor(const Pipeline& pipeline, ExtractConfig config, RecordOutput output)
      : pipeline_(pipeline), config_(std::move(config)), output_(std::move(output)) {}
  // Waits for the workers; records still in flight are dropped (call finish() to have them).
  ~Extractor();
  Extractor(const Extractor&) = delete;
  Extractor& operator=(const Extractor&) = delete;

  // Reads one input (a file's bytes or standard input); `source` names it in ids and messages.
  // Default ids are unique within the run: a name met again gets "-2", "-3", ... appended.
  void read(ByteSource& in, std::string_view source);
  void read(std::istream& in, std::string_view source);
  // Opens and reads the file at `path` (named source_name(path)); a directory or a file that
  // cannot be opened yields one "file-unreadable" record, and the reason is returned ("" when
  // the file was read).
  std::string read_file(const std::string& path);
  // Emits the error record of an input that could not be opened.
  void unreadable(std::string_view source, std::string_view why);

  // Hands out the records still in flight (with threads > 1) and stops the workers: call it after
  // the last read(). Reading again afterwards starts them again.
  void finish();

  // Stops the run: reading ends at the next record and no later record is handed out (the sink
  // calls it when output fails).
  void stop() { stopped_ = true; }
  bool stopped() const { return stopped_; }

  // Records handed out so far (all of them after finish()).
  const ExtractStats& stats() const { return stats_; }

 private:
  class Input;
  // One record on its way: read, then run (on a worker or the reading thread), then handed out.
  struct Slot {
    RawDocument raw;
    std::optional<Document> doc;  // kept for a RecordSink
    std::string bytes;            // rendered for a RecordOutput
    bool failed = false;
    bool done = false;             // guarded by mu_
    std::exception_ptr error;      // an exception of the run, rethrown on the reading thread
  };
  void emit(RawDocument raw);
  void process(Slot& slot) const;
  void deliver(Slot& slot);
  bool deliver_done(std::unique_lock<std::mutex>& lock, bool reader);
  bool run_one_queued(std::unique_lock<std::mutex>& lock);
  void start_workers();
  void stop_workers();
  void work();
  void emit_unreadable(const std::string& name, std::string_view why);
  std::string unique_name(std::string_view source);
  std::string id_for(const std::string& name) const;
  void read_jsonl(Input& in, const std::string& name);
  void read_whole(Input& in, const std::string& name);

  const Pipeline& pipeline_;  // borrowed; outlives the Extractor
  ExtractConfig config_;
  RecordSink sink_;
  RecordOutput output_;
  ExtractStats stats_;
  // With threads > 1: the window of records in input order, the ones no thread has taken yet,
  // and the workers (threads - 1 of them; the reading thread is the last).
  std::deque<std::unique_ptr<Slot>> window_;
  std::deque<Slot*> queue_;
  std::vector<std::thread> workers_;
  std::mutex mu_;
  std::condition_variable work_cv_, done_cv_;
  bool closing_ = false;
  bool delivering_ = false;           // a thread is handing records out
  std::exception_ptr failure_;        // thrown by the sink on a worker, for the reading thread
  size_t inputs_ = 0;
  std::set<std::string> names_;  // names given so far (default ids are unique)
  std::atomic<bool> stopped_ = false;  // set by the sink, on whichever thread hands out
};

}  // namespace rasd::io

#include "rasd/io/extract.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <new>
#include <optional>
#include <utility>
#include <vector>

#include "rasd/io/byte_source.h"
#include "rasd/io/encoding.h"
#include "rasd/io/html_reader.h"
#include "rasd/io/jsonl_reader.h"
#include "rasd/io/line_reader.h"
#include "rasd/io/sniff.h"
#include "rasd/text/utf8.h"

namespace rasd::io {

bool parse_input_format(std::string_view name, InputFormat& out) {
  if (name == "text") out = InputFormat::kText;
  else if (name == "jsonl") out = InputFormat::kJsonl;
  else if (name == "html") out = InputFormat::kHtml;
  else return false;
  return true;
}

std::string source_name(std::string_view path) {
  size_t slash = path.find_last_of('/');
  size_t base = slash == std::string_view::npos ? 0 : slash + 1;
  size_t dot = path.find_last_of('.');
  if (dot == std::string_view::npos || dot <= base) return std::string(path);  // ".profile" keeps its dot
  return std::string(path.substr(0, dot));
}

// One input's bytes, decoded to UTF-8 when its head shows another encoding (sniff.h).
class Extractor::Input {
 public:
  explicit Input(ByteSource& in) : stream_(in) {
    // One read: on a pipe, the first record may be all there is for now.
    std::string head(kSniffBytes, '\0');
    head.resize(stream_.read(head.data(), head.size()));
    Sniffed s = sniff_encoding(head);
    head.erase(0, s.bom);
    whole_.emplace(std::move(head), stream_);
    charset_ = s.charset;
    if (!charset_.empty()) decoder_.emplace(*whole_, charset_);
  }
  ByteSource& bytes() { return decoder_ ? static_cast<ByteSource&>(*decoder_) : *whole_; }
  const std::string& charset() const { return charset_; }  // "" = UTF-8
  // Bytes replaced by U+FFFD while decoding since the last call.
  size_t newly_replaced() {
    if (!decoder_) return 0;
    size_t n = decoder_->replaced() - reported_;
    reported_ = decoder_->replaced();
    return n;
  }

 private:
  ByteSource& stream_;  // borrowed
  std::optional<PrefixSource> whole_;
  std::optional<DecodingSource> decoder_;
  std::string charset_;
  size_t reported_ = 0;
};

namespace {

RecordError invalid_encoding(size_t n, const std::string& charset) {
  return {"invalid-encoding",
          std::to_string(n) + " byte sequence(s) not valid in the input's encoding (" + charset +
              ") were replaced by U+FFFD",
          std::nullopt, false};
}

RecordError binary_input() {
  return {"binary-input",
          "the input is mostly control bytes (an executable, an archive, random data), not text; it was not read",
          std::nullopt, true};
}

}  // namespace

Document run_record(const Pipeline& pipeline, RawDocument raw) {
  std::string id = raw.id;
  try {
    return pipeline.run(std::move(raw));
  } catch (const std::bad_alloc&) {
    // One record too big for the memory at hand must not end the run.
    Document doc;
    doc.id = std::move(id);
    doc.add_error("out-of-memory", "the record could not be processed within the memory available", std::nullopt, true);
    return doc;
  }
}

Extractor::~Extractor() {
  std::unique_lock<std::mutex> lock(mu_);
  queue_.clear();  // not started: dropped
  lock.unlock();
  stop_workers();
}

void Extractor::process(Slot& slot) const {
  try {
    Document doc = run_record(pipeline_, std::move(slot.raw));
    slot.failed = doc.failed();
    if (output_.render) {
      try {
        output_.render(doc, slot.bytes);
      } catch (const std::bad_alloc&) {
        Document small;
        small.id = doc.id;
        small.add_error("out-of-memory", "the record could not be written within the memory available", std::nullopt, true);
        slot.failed = true;
        slot.bytes.clear();
        output_.render(small, slot.bytes);
      }
    } else {
      slot.doc.emplace(std::move(doc));
    }
  } catch (...) {
    slot.error = std::current_exception();
  }
}

void Extractor::deliver(Slot& slot) {
  if (slot.error) std::rethrow_exception(slot.error);
  ++stats_.records;
  if (slot.failed) ++stats_.failed;
  if (output_.write) output_.write(slot.bytes);
  else sink_(*slot.doc);
}

void Extractor::emit(RawDocument raw) {
  if (!config_.published.empty() && !raw.published) raw.published = config_.published;
  if (config_.threads <= 1) {
    Slot slot;
    slot.raw = std::move(raw);
    process(slot);
    deliver(slot);
    return;
  }
  if (stopped_) return;
  if (workers_.empty()) start_workers();
  const size_t window = config_.window ? config_.window : 4 * size_t{config_.threads};
  std::unique_lock<std::mutex> lock(mu_);
  auto slot = std::make_unique<Slot>();
  slot->raw = std::move(raw);
  queue_.push_back(slot.get());
  window_.push_back(std::move(slot));
  work_cv_.notify_one();
  // A full window: hand out what is done, else run a waiting record here, else wait.
  while (!stopped_ && window_.size() >= window) {
    if (deliver_done(lock, true)) continue;
    if (run_one_queued(lock)) continue;
    done_cv_.wait(lock);
  }
}

// Hands out the finished records at the head of the window, in input order and one thread at a
// time, unlocking around the sink. Workers call it too, so a record goes out as soon as it and
// those before it are done, even while the reading thread waits for input. Only the reading
// thread (`reader`) may rethrow a record's exception or one the sink threw on a worker.
bool Extractor::deliver_done(std::unique_lock<std::mutex>& lock, bool reader) {
  if (reader && failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
  if (delivering_) return false;
  delivering_ = true;
  bool any = false;
  while (!stopped_ && !window_.empty() && window_.front()->done && (reader || !window_.front()->error)) {
    std::unique_ptr<Slot> slot = std::move(window_.front());
    window_.pop_front();
    lock.unlock();
    std::exception_ptr thrown;
    try {
      deliver(*slot);
    } catch (...) {
      thrown = std::current_exception();
    }
    slot.reset();
    lock.lock();
    any = true;
    if (thrown) {
      delivering_ = false;
      done_cv_.notify_all();
      if (reader) std::rethrow_exception(thrown);
      failure_ = thrown;
      return true;
    }
  }
  delivering_ = false;
  if (any) done_cv_.notify_all();  // room in the window for a waiting reader
  return any;
}

// Runs the oldest record no worker has taken on this thread; false when there is none.
bool Extractor::run_one_queued(std::unique_lock<std::mutex>& lock) {
  if (queue_.empty()) return false;
  Slot* slot = queue_.front();
  queue_.pop_front();
  lock.unlock();
  process(*slot);
  lock.lock();
  slot->done = true;
  return true;
}

void Extractor::work() {
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    work_cv_.wait(lock, [&] { return closing_ || !queue_.empty(); });
    if (queue_.empty()) return;  // closing, nothing left
    Slot* slot = queue_.front();
    queue_.pop_front();
    lock.unlock();
    process(*slot);
    lock.lock();
    slot->done = true;
    deliver_done(lock, false);
    done_cv_.notify_all();
  }
}

void Extractor::start_workers() {
  closing_ = false;
  for (unsigned i = 1; i < config_.threads; ++i) workers_.emplace_back([this] { work(); });
}

void Extractor::stop_workers() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    closing_ = true;
  }
  work_cv_.notify_all();
  for (auto& t : workers_) t.join();
  workers_.clear();
}

void Extractor::finish() {
  if (config_.threads <= 1) return;
  std::unique_lock<std::mutex> lock(mu_);
  while (!stopped_ && !window_.empty()) {
    if (deliver_done(lock, true)) continue;
    if (run_one_queued(lock)) continue;
    done_cv_.wait(lock);
  }
  queue_.clear();  // stopped: what no thread took is dropped
  lock.unlock();
  stop_workers();  // also waits for a worker still handing out the last record
  window_.clear();
  if (failure_) std::rethrow_exception(std::exchange(failure_, nullptr));
}

std::string Extractor::unique_name(std::string_view source) {
  std::string name(source);
  for (size_t k = 2; !names_.insert(name).second; ++k) name = std::string(source) + "-" + std::to_string(k);
  return name;
}

std::string Extractor::id_for(const std::string& name) const {
  if (config_.id.empty()) return name;
  // Several inputs under one --id get numbered ids, so no two records share one.
  return inputs_ <= 1 ? config_.id : config_.id + "-" + std::to_string(inputs_);
}

void Extractor::unreadable(std::string_view source, std::string_view why) {
  ++inputs_;
  emit_unreadable(unique_name(source), why);
}

void Extractor::emit_unreadable(const std::string& name, std::string_view why) {
  RawDocument raw;
  raw.id = id_for(name);
  raw.errors.push_back({"file-unreadable", "cannot read '" + name + "': " + std::string(why), std::nullopt, true});
  emit(std::move(raw));
}

std::string Extractor::read_file(const std::string& path) {
  std::string why;
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  struct stat st;
  if (fd < 0) why = std::strerror(errno);
  else if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) why = "it is a directory";
  if (!why.empty()) {
    if (fd >= 0) ::close(fd);
    unreadable(source_name(path), why);
    return why;
  }
  FdSource file(fd);
  read(file, source_name(path));
  if (file.failed()) why = std::strerror(file.error());
  ::close(fd);
  return why;
}

void Extractor::read(std::istream& in, std::string_view source) {
  StreamSource stream(in);
  read(stream, source);
}

void Extractor::read(ByteSource& in, std::string_view source) {
  if (stopped_) return;
  ++inputs_;
  std::string name = unique_name(source);
  try {
    Input input(in);
    if (config_.format == InputFormat::kJsonl) read_jsonl(input, name);
    else read_whole(input, name);
  } catch (const std::bad_alloc&) {
    RawDocument raw;
    raw.id = id_for(name);
    raw.errors.push_back({"out-of-memory", "the input could not be read within the memory available", std::nullopt, true});
    emit(std::move(raw));
  }
}

void Extractor::read_jsonl(Input& input, const std::string& name) {
  const size_t limit = pipeline_.options().max_document_bytes;
  const size_t max_line = kEscapeFactor * limit + kLineSlack;
  LineReader lines(input.bytes(), max_line, 16 * max_line);
  Line line;
  while (!stopped_ && lines.next(line)) {
    size_t replaced = input.newly_replaced();
    if (is_blank_line(line.bytes)) continue;  // documented: blank lines are not records
    std::string fallback = name + ":" + std::to_string(line.number);
    RawDocument raw;
    try {
      raw = line.cut ? read_cut_jsonl_record(line.bytes, fallback) : read_jsonl_record(line.bytes, fallback);
    } catch (const std::bad_alloc&) {
      raw = RawDocument{};
      raw.id = fallback;
      raw.errors.push_back({"out-of-memory", "the line could not be parsed within the memory available", std::nullopt, true});
    }
    if (replaced) raw.errors.push_back(invalid_encoding(replaced, input.charset()));
    if (line.abandoned)
      raw.errors.push_back({"document-truncated",
                            "the line did not end within " + std::to_string(16 * max_line) +
                                " more bytes; the rest of the input was not read",
                            std::nullopt, false});
    emit(std::move(raw));
  }
  if (!stopped_ && input.bytes().failed()) emit_unreadable(name, "read error");
}

void Extractor::read_whole(Input& input, const std::string& name) {
  const size_t limit = pipeline_.options().max_document_bytes;
  const bool html = config_.format == InputFormat::kHtml;
  const size_t bound = html ? limit + kHtmlSlack : limit;
  std::string bytes;
  bool more = read_at_most(input.bytes(), bound, bytes);
  if (input.bytes().failed()) {
    emit_unreadable(name, "read error");
    return;
  }
  if (more) bytes.resize(text::complete_prefix(bytes));
  RawDocument raw;
  raw.id = id_for(name);
  std::vector<RecordError> notes;
  if (more)
    notes.push_back({"document-truncated",
                     "the input is longer than " + std::to_string(bound) + " bytes" +
                         (html ? " (the size limit plus " + std::to_string(kHtmlSlack) + " for markup)" : "") +
                         "; only its first bytes up to there were read",
                     std::nullopt, false});
  if (size_t n = input.newly_replaced()) notes.push_back(invalid_encoding(n, input.charset()));
  std::string charset = input.charset();
  if (html && charset.empty()) {
    // A declared legacy charset is honoured unless the bytes are (mostly) UTF-8 anyway: a page
    // re-encoded on its way often keeps its old declaration (sniff.h, mostly_utf8).
    std::string declared = declared_html_charset(bytes);
    std::string canonical = canonical_charset(declared);
    if (!declared.empty() && canonical.empty()) {
      notes.push_back({"unknown-charset",
                       "the page declares the charset '" + declared.substr(0, 40) + "', which is not known; read as UTF-8",
                       std::nullopt, false});
    } else if (!canonical.empty() && canonical != "UTF-8" && canonical.rfind("UTF-16", 0) != 0 &&
               canonical.rfind("UTF-32", 0) != 0 && !mostly_utf8(bytes)) {
      Decoded d = decode(bytes, canonical);
      if (d.ok) {
        bytes = std::move(d.text);
        charset = canonical;
        if (d.replaced) notes.push_back(invalid_encoding(d.replaced, canonical));
      }
    }
  }
  if (looks_binary(bytes)) {
    raw.text_is_extracted = html;  // an HTML record always carries its (here empty) text
    raw.errors = std::move(notes);
    raw.errors.push_back(binary_input());
    emit(std::move(raw));
    return;
  }
  if (html) {
    // Repair first, as for JSON Lines: the HTML parser would replace bad bytes silently, and the
    // record should say that its page had them (positions are in the page, not in the text).
    text::SanitizeResult clean = text::sanitize(bytes);
    std::string().swap(bytes);
    raw = read_html(clean.text, raw.id, std::max(bound, clean.text.size()));
    for (auto& e : clean.errors) {
      e.start.reset();
      e.message += " (in the HTML page)";
      raw.errors.insert(raw.errors.begin(), std::move(e));
    }
  } else {
    raw.text = std::move(bytes);
    // Decoded text is the engine's own: the record carries it, so its offsets can be checked.
    raw.text_is_extracted = !charset.empty();
  }
  raw.errors.insert(raw.errors.begin(), notes.begin(), notes.end());
  emit(std::move(raw));
}

}  // namespace rasd::io

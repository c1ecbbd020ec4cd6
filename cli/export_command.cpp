#include "export_command.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string>

#include <unistd.h>

#include "event_filters.h"
#include "rasd/store/event_formats.h"
#include "rasd/store/export_meta.h"
#include "rasd/store/store.h"

namespace rasd::cli {
namespace {

struct ExportArgs {
  std::string db = "rasd.db";
  std::string format;  // empty: from the --out extension
  std::string out;
  bool excel = false;
  EventFilterArgs filters;
};

// The format a file name's extension names, or nullopt.
std::optional<store::ExportFormat> format_of(const std::string& path) {
  size_t dot = path.find_last_of('.'), slash = path.find_last_of('/');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return std::nullopt;
  std::string ext = path.substr(dot + 1);
  if (ext == "csv") return store::ExportFormat::kCsv;
  if (ext == "geojson") return store::ExportFormat::kGeojson;
  if (ext == "geojsonl" || ext == "geojsons") return store::ExportFormat::kGeojsonSeq;
  if (ext == "jsonl") return store::ExportFormat::kJsonl;
  return std::nullopt;
}

// Writes `path` whole or not at all: into a temporary file beside it, renamed over it at the end.
class AtomicFile {
 public:
  explicit AtomicFile(std::string path) : path_(std::move(path)), tmp_(path_ + ".tmp-" + std::to_string(getpid())) {
    file_ = std::fopen(tmp_.c_str(), "wb");
    if (!file_) error_ = std::strerror(errno);
  }
  ~AtomicFile() {
    if (file_) std::fclose(file_);
    if (!done_) std::remove(tmp_.c_str());
  }
  bool write(const std::string& bytes) {
    if (!file_) return false;
    if (!bytes.empty() && std::fwrite(bytes.data(), 1, bytes.size(), file_) != bytes.size()) {
      error_ = std::strerror(errno);
      return false;
    }
    return true;
  }
  bool commit() {
    if (!file_) return false;
    bool ok = std::fflush(file_) == 0 && fsync(fileno(file_)) == 0;
    if (!ok) error_ = std::strerror(errno);
    ok = std::fclose(file_) == 0 && ok;
    file_ = nullptr;
    if (ok && std::rename(tmp_.c_str(), path_.c_str()) != 0) {
      error_ = std::strerror(errno);
      ok = false;
    }
    done_ = ok;
    return ok;
  }
  const std::string& error() const { return error_; }

 private:
  std::string path_, tmp_, error_;
  std::FILE* file_ = nullptr;
  bool done_ = false;
};

int run(ExportArgs a) {
  if (int rc = check_event_filters(a.filters, "rasd export")) return rc;
  std::optional<store::ExportFormat> format =
      a.format.empty() ? format_of(a.out) : store::parse_export_format(a.format);
  if (!format) {
    std::fprintf(stderr, "rasd export: name a --format (the extension of '%s' names none)\n", a.out.c_str());
    return 2;
  }
  // Renaming the export over the store would lose it.
  std::string db_path = a.db;
  for (std::string_view scheme : {"sqlite://", "sqlite:"})
    if (db_path.starts_with(scheme)) { db_path.erase(0, scheme.size()); break; }
  std::error_code ec;
  if (std::filesystem::equivalent(a.out, db_path, ec)) {
    std::fprintf(stderr, "rasd export: --out '%s' is the store itself\n", a.out.c_str());
    return 2;
  }
  std::unique_ptr<store::Store> db;
  store::StoreOptions options;
  options.read_only = true;
  if (store::Status s = store::open_store(a.db, options, db); !s) {
    std::fprintf(stderr, "rasd export: %s\n", s.message.c_str());
    return 3;
  }
  store::ExportMeta meta;
  meta.snapshot_time = store::utc_now();
  AtomicFile file(a.out);
  if (!file.error().empty()) {
    std::fprintf(stderr, "rasd export: cannot write '%s': %s\n", a.out.c_str(), file.error().c_str());
    return 4;
  }
  store::EventWriter writer(*format, {.excel_bom = a.excel});
  std::string buffer;
  bool write_ok = true;
  writer.begin(buffer);
  store::Status status = db->query(a.filters.q, [&](const store::StoredEvent& e) {
    writer.add(e, buffer);
    if (buffer.size() > (1u << 16)) {
      write_ok = write_ok && file.write(buffer);
      buffer.clear();
    }
  });
  writer.end(buffer);
  if (!status) {
    std::fprintf(stderr, "rasd export: %s (nothing written)\n", status.message.c_str());
    return 3;
  }
  if (!(write_ok && file.write(buffer) && file.commit())) {
    std::fprintf(stderr, "rasd export: cannot write '%s': %s (nothing written)\n", a.out.c_str(),
                 file.error().c_str());
    return 4;
  }
  size_t slash = a.out.find_last_of('/');
  meta.file = slash == std::string::npos ? a.out : a.out.substr(slash + 1);
  meta.format = std::string(store::export_format_name(*format));
  meta.engine_version = store::engine_version();
  meta.filters = a.filters.q;
  meta.rows = writer.rows();
  meta.excel_bom = a.excel;
  meta.fields = store::export_format_fields(*format);
  AtomicFile sidecar(store::export_meta_path(a.out));
  if (!(sidecar.write(store::export_meta_json(meta)) && sidecar.commit())) {
    std::fprintf(stderr, "rasd export: cannot write '%s': %s\n", store::export_meta_path(a.out).c_str(),
                 sidecar.error().c_str());
    return 4;
  }
  std::fprintf(stderr, "rasd export: %zu events to %s (and %s)\n", writer.rows(), a.out.c_str(),
               store::export_meta_path(a.out).c_str());
  return 0;
}

}  // namespace

void add_export_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ExportArgs>();
  CLI::App* cmd =
      app.add_subcommand("export", "Write stored events (filtered) to a file, with FILE.meta.json beside it");
  cmd->footer(
      "The filters and formats of `rasd query`. FILE.meta.json records the schema and engine\n"
      "versions, the snapshot time, the filters, the row count, the field names and the data\n"
      "credits. The file is written whole or not at all. Without --format the extension of\n"
      "--out decides: .csv, .geojson, .geojsonl/.geojsons, .jsonl.\n"
      "Exit status: 0 written; 2 usage error (--out naming the store too); 3 store error; 4 the file\n"
      "could not be written (nothing is left half-written).");
  cmd->add_option("--db", args->db, "Store: a SQLite file PATH or sqlite:PATH")->capture_default_str();
  cmd->add_option("--format", args->format, "jsonl, csv, acled, geojson, geojsonseq, plover or table (see rasd query)")
      ->check(CLI::IsMember(store::export_format_names()));
  cmd->add_option("--out", args->out, "The file to write")->required();
  cmd->add_flag("--excel", args->excel, "Start a CSV with a UTF-8 byte-order mark, for Excel (pandas and readr do "
                                        "not want one)");
  add_event_filters(cmd, args->filters);
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace rasd::cli

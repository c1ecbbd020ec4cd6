#include "ingest_command.h"

#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "rasd/core/civil_date.h"
#include "rasd/pipeline.h"
#include "rasd/rasd.h"
#include "rasd/store/ingest.h"
#include "rasd/store/ingest_progress.h"

namespace rasd::cli {
namespace {

struct IngestArgs {
  std::string db = "rasd.db";
  std::string format = "text";
  std::string published;
  std::string id;
  size_t batch = 100;
  bool force = false;
  bool no_name_tagger = false;
  std::vector<std::string> files;
};

std::string file_stem(const std::string& path) {
  size_t slash = path.find_last_of('/');
  std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = base.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? base : base.substr(0, dot);
}

int run(const IngestArgs& a) {
  if (!a.published.empty() && !parse_iso_date(a.published))
    std::fprintf(stderr, "rasd ingest: --published '%s' is not a YYYY-MM-DD date; relative dates stay unresolved\n",
                 a.published.c_str());
  // The public engine: a missing or malformed model or dictionary stops the run here, before a
  // store fills with events of a lesser engine.
  EngineOptions options;
  options.name_tagger = !a.no_name_tagger;
  std::string error;
  std::unique_ptr<Engine> engine = Engine::create(options, &error);
  if (!engine) {
    std::fprintf(stderr, "rasd ingest: %s\n", error.c_str());
    return 2;
  }
  const Pipeline& pipeline = engine->pipeline();
  std::unique_ptr<store::Store> db;
  if (store::Status s = store::open_store(a.db, {}, db); !s) {
    std::fprintf(stderr, "rasd ingest: %s\n", s.message.c_str());
    return 3;
  }
  store::IngestOptions io;
  io::parse_input_format(a.format, io.extract.format);  // validated by CLI11
  io.extract.published = a.published;
  io.extract.id = a.id;
  io.batch_size = a.batch;
  io.force = a.force;
  // The rules-only engine writes different events: a different engine version.
  io.engine_version = store::engine_version() + (a.no_name_tagger ? "+rules" : "");
  // A progress line on a terminal only (redrawn at most five times a second); quiet when stderr
  // is a file or a pipe. Time left comes from the bytes read of the files named.
  bool tty = isatty(STDERR_FILENO);
  auto start = std::chrono::steady_clock::now();
  auto last_draw = start - std::chrono::seconds(1);  // the first article draws at once
  uint64_t total = 0, done_before = 0;  // bytes: of all files; of the files finished
  std::istream* current = nullptr;
  for (const std::string& path : a.files) {
    struct stat st;
    if (path != "-" && stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) total += st.st_size;
  }
  if (tty) {
    io.after_article = [&](size_t n) {
      auto now = std::chrono::steady_clock::now();
      if (now - last_draw < std::chrono::milliseconds(200)) return;
      last_draw = now;
      store::ProgressSample p;
      p.articles = n;
      p.seconds = std::chrono::duration<double>(now - start).count();
      std::streamoff at = current ? std::streamoff(current->tellg()) : std::streamoff(-1);
      p.bytes_total = current && at >= 0 ? total : 0;
      p.bytes_done = done_before + (at > 0 ? static_cast<uint64_t>(at) : 0);
      std::fprintf(stderr, "\r\033[K%s", store::progress_line(p).c_str());
    };
  }
  store::Ingester ingester(*db, pipeline, io);
  std::ios::sync_with_stdio(false);
  if (a.files.empty()) ingester.read(std::cin, "stdin");
  for (const std::string& path : a.files) {
    if (!ingester.status().ok) break;
    if (path == "-") { ingester.read(std::cin, "stdin"); continue; }
    std::ifstream file(path, std::ios::binary);
    if (!file) {
      std::fprintf(stderr, "%srasd ingest: cannot open '%s'\n", tty ? "\r\033[K" : "", path.c_str());
      ingester.unreadable(file_stem(path), "cannot open");
      continue;
    }
    current = &file;
    ingester.read(file, file_stem(path));
    current = nullptr;
    struct stat st;
    if (stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode)) done_before += st.st_size;
  }
  store::Status status = ingester.finish();
  if (tty) std::fprintf(stderr, "\r\033[K");
  const store::IngestStats& s = ingester.stats();
  if (!status) {
    std::fprintf(stderr, "rasd ingest: store error, the last batch was not written: %s\n", status.message.c_str());
    std::fprintf(stderr, "rasd ingest: stored before the error: %s\n", store::summary_line(s).c_str());
    return 3;
  }
  std::printf("rasd ingest: %s\n", store::summary_line(s).c_str());
  if (tty)
    std::fprintf(stderr, "rasd ingest: took %s\n",
                 store::duration_text(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count())
                     .c_str());
  return s.failed ? 1 : 0;
}

}  // namespace

void add_ingest_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<IngestArgs>();
  CLI::App* cmd = app.add_subcommand("ingest", "Extract articles and keep their events in a store");
  cmd->footer(
      "Input as for `rasd extract` (--format text|jsonl|html). Every article is stored, failed ones\n"
      "with their errors. An article already stored with the same input and engine version is\n"
      "left as it is; a changed one is updated in place, its events keeping their ids.\n"
      "Each batch of articles is one transaction: an interrupted ingest can simply be rerun.\n"
      "Exit status: 0 every record was read; 1 at least one record failed (it is stored with its\n"
      "errors); 2 usage error; 3 store error (nothing of the failing batch was written).");
  cmd->add_option("files", args->files, "Input files (standard input when none, or '-')");
  cmd->add_option("--db", args->db, "Store: a SQLite file PATH or sqlite:PATH, or postgresql://... (libpq URI)")
      ->capture_default_str();
  cmd->add_option("--format", args->format, "Input format")->check(CLI::IsMember({"text", "jsonl", "html"}))->capture_default_str();
  cmd->add_option("--published", args->published, "Publication date YYYY-MM-DD (for records that carry none)");
  cmd->add_option("--id", args->id, "Document id for text and html input (default: the file name)");
  cmd->add_option("--batch", args->batch, "Articles per transaction")->capture_default_str()->check(CLI::PositiveNumber);
  cmd->add_flag("--force", args->force, "Reprocess articles even when their input and engine are unchanged");
  cmd->add_flag("--no-name-tagger", args->no_name_tagger, "Actors from the rules alone (stored as another engine version)");
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace rasd::cli

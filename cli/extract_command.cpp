#include "extract_command.h"

#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <string>
#include <thread>

// Under AddressSanitizer the process ends the ordinary way, so LeakSanitizer still checks at
// exit that run() let go of everything it took (the CI's sanitizer step runs the CLI tests).
#if defined(__SANITIZE_ADDRESS__)
#define RASD_LEAK_CHECKED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define RASD_LEAK_CHECKED 1
#endif
#endif
#include <vector>

#include "rasd/core/civil_date.h"
#include "rasd/io/byte_source.h"
#include "rasd/io/extract.h"
#include "rasd/io/fd_writer.h"
#include "rasd/io/json_writer.h"
#include "rasd/io/summary_writer.h"
#include "rasd/pipeline.h"
#include "rasd/rasd.h"

namespace rasd::cli {
namespace {

constexpr int kOutputFailed = 3;  // README: the output could not be written

struct ExtractArgs {
  std::string format = "text";
  std::string output = "jsonl";
  std::string published;
  std::string id;
  size_t max_bytes = Options{}.max_document_bytes;
  bool include_text = false;
  bool no_name_tagger = false;
  std::string event_model;  // "" or "none" off (no filter ships), else a model file
  std::string status_model;  // "" the shipped status classifier, "none" off, else a model file
  std::string role_model = "none";  // "none" the argument rules alone, "" the shipped role chooser, else a model file
  unsigned threads = 0;     // 0 = every core
  std::vector<std::string> files;
};

int run(const ExtractArgs& a) {
  // First of all: the next file opened would otherwise take descriptor 1 and become "stdout".
  if (!io::FdWriter::is_open(STDOUT_FILENO)) {
    std::fprintf(stderr, "rasd extract: standard output is closed; nothing can be written\n");
    return kOutputFailed;
  }
  if (!a.published.empty() && !parse_iso_date(a.published))
    std::fprintf(stderr, "rasd extract: --published '%s' is not a YYYY-MM-DD date; relative dates stay unresolved\n",
                 a.published.c_str());
  EngineOptions options;
  options.max_document_bytes = a.max_bytes;
  options.name_tagger = !a.no_name_tagger;
  options.event_model = a.event_model;
  options.status_model = a.status_model;
  options.role_model = a.role_model;
  options.include_text = a.include_text;
  std::string error;
  std::unique_ptr<Engine> engine = Engine::create(options, &error);
  if (!engine) {
    std::fprintf(stderr, "rasd extract: %s\n", error.c_str());
    return 2;
  }
  io::ExtractConfig config;
  io::parse_input_format(a.format, config.format);  // validated by CLI11
  config.published = a.published;
  config.id = a.id;
  config.threads = a.threads ? a.threads : std::max(1u, std::thread::hardware_concurrency());
  io::WriteOptions write;
  write.include_text = a.include_text;
  // Records go out one write each, unbuffered: a killed run leaves whole lines only, and a
  // failed write (full disk, closed pipe) is named and ends the run at once (exit 3). Records
  // are rendered on the threads that ran them and written here, in input order.
  io::FdWriter out(STDOUT_FILENO);
  bool summary = a.output == "summary";
  io::Extractor* running = nullptr;
  io::RecordOutput output;
  output.render = [&](const Document& doc, std::string& buffer) {
    if (summary) io::write_summary(doc, buffer);
    else io::write_record(doc, write, buffer);
  };
  output.write = [&](std::string_view bytes) {
    if (!out.write(bytes)) running->stop();
  };
  io::Extractor extractor(engine->pipeline(), config, output);
  running = &extractor;
  io::FdSource stdin_source(STDIN_FILENO);
  if (a.files.empty()) extractor.read(stdin_source, "stdin");
  for (const std::string& path : a.files) {
    if (extractor.stopped()) break;
    if (path == "-") { extractor.read(stdin_source, "stdin"); continue; }
    std::string why = extractor.read_file(path);
    if (!why.empty()) std::fprintf(stderr, "rasd extract: cannot read '%s': %s\n", path.c_str(), why.c_str());
  }
  extractor.finish();
  if (out.failed()) {
    std::fprintf(stderr, "rasd extract: cannot write the output: %s; stopped at record %zu\n",
                 out.error().c_str(), extractor.stats().records);
    return kOutputFailed;
  }
  const auto& s = extractor.stats();
  if (s.failed) std::fprintf(stderr, "rasd extract: %zu of %zu records failed\n", s.failed, s.records);
  return s.failed ? 1 : 0;
}

}  // namespace

void add_extract_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<ExtractArgs>();
  CLI::App* cmd = app.add_subcommand("extract", "Read articles and write one JSON record per article");
  cmd->footer(
      "Input: --format text (one article per file), jsonl (one JSON object per line with id, text\n"
      "and optionally title, published, url, outlet; blank lines are skipped), or html.\n"
      "Output: one JSON object per article on standard output, in input order; a record that\n"
      "cannot be read still yields a record, with its errors.\n"
      "Exit status: 0 every record was read; 1 at least one record failed (its errors say why);\n"
      "2 usage error; 3 the output could not be written (the message names the error; the run\n"
      "stopped there).");
  cmd->add_option("files", args->files, "Input files (standard input when none, or '-')");
  cmd->add_option("--format", args->format, "Input format")->check(CLI::IsMember({"text", "jsonl", "html"}))->capture_default_str();
  cmd->add_option("--output", args->output, "jsonl: records; summary: a readable account")->check(CLI::IsMember({"jsonl", "summary"}))->capture_default_str();
  cmd->add_option("--published", args->published, "Publication date YYYY-MM-DD (for records that carry none)");
  cmd->add_option("--id", args->id, "Document id for text and html input (default: the path without its extension, made unique)");
  cmd->add_option("--max-bytes", args->max_bytes, "Cut texts longer than this many bytes")->capture_default_str()->check(CLI::PositiveNumber);
  cmd->add_flag("--include-text", args->include_text, "Put the text in every record (always for html)");
  cmd->add_option("--event-model", args->event_model,
                  "A trained event filter (rasd train-events): a model file, or 'none' for the trigger tables alone (the default: no filter ships)");
  cmd->add_option("--status-model", args->status_model,
                  "The trained status classifier: a model file, or 'none' for the status rules alone (default: the shipped model)");
  cmd->add_option("--role-model", args->role_model,
                  "The trained role chooser (rasd train-roles): a model file, '' for the shipped one, or 'none' for the argument rules alone (the default)");
  cmd->add_option("--threads", args->threads, "Threads running the engine (default: every core); the output is the same at any count")
      ->check(CLI::NonNegativeNumber);
  cmd->add_flag("--no-name-tagger", args->no_name_tagger, "Actors from the rules alone, without the statistical tagger's votes");
  // The run over, the process ends here: its output went out unbuffered (FdWriter) and nothing
  // an extract opens outlives run(), so what exit() would still do is free the engine's tables and
  // each thread's word memos one node at a time (~84M instructions after 300 articles, more as the
  // memos grow), for memory the system takes back at once.
  cmd->callback([args, &exit_code] {
    exit_code = run(*args);
#ifndef RASD_LEAK_CHECKED
    std::fflush(nullptr);
    std::_Exit(exit_code);
#endif
  });
}

}  // namespace rasd::cli

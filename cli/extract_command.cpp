#include "extract_command.h"

#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "rasd/core/civil_date.h"
#include "rasd/io/html_reader.h"
#include "rasd/io/json_writer.h"
#include "rasd/io/jsonl_reader.h"
#include "rasd/io/summary_writer.h"
#include "rasd/pipeline.h"

namespace rasd::cli {
namespace {

struct ExtractArgs {
  std::string format = "text";
  std::string output = "jsonl";
  std::string published;
  std::string id;
  size_t max_bytes = Options{}.max_document_bytes;
  bool include_text = false;
  std::vector<std::string> files;
};

class Runner {
 public:
  explicit Runner(const ExtractArgs& a) : args_(a), pipeline_(make_options(a)) {
    write_.include_text = a.include_text;
  }

  // Runs one raw document and writes its record; returns false when the record failed.
  bool emit(RawDocument raw) {
    if (!args_.published.empty() && !raw.published) raw.published = args_.published;
    Document doc = pipeline_.run(std::move(raw));
    buffer_.clear();
    if (args_.output == "summary") io::write_summary(doc, buffer_);
    else io::write_record(doc, write_, buffer_);
    std::fwrite(buffer_.data(), 1, buffer_.size(), stdout);
    ++records_;
    if (doc.failed()) { ++failed_; return false; }
    return true;
  }

  size_t failed() const { return failed_; }

 private:
  static Options make_options(const ExtractArgs& a) {
    Options o;
    o.max_document_bytes = a.max_bytes;
    return o;
  }
  const ExtractArgs& args_;
  Pipeline pipeline_;
  io::WriteOptions write_;
  std::string buffer_;
  size_t records_ = 0, failed_ = 0;
};

std::string file_stem(const std::string& path) {
  size_t slash = path.find_last_of('/');
  std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  size_t dot = base.find_last_of('.');
  return dot == std::string::npos || dot == 0 ? base : base.substr(0, dot);
}

// A whole input as bytes; false when it cannot be read.
bool slurp(std::istream& in, std::string& out) {
  std::ostringstream ss;
  ss << in.rdbuf();
  out = std::move(ss).str();
  return !in.bad();
}

RawDocument unreadable(const std::string& id, const std::string& path) {
  RawDocument raw;
  raw.id = id;
  raw.errors.push_back({"file-unreadable", "cannot read '" + path + "'", std::nullopt, true});
  return raw;
}

void run_jsonl(std::istream& in, const std::string& source, Runner& r) {
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (io::is_blank_line(line)) continue;
    r.emit(io::read_jsonl_record(line, source + ":" + std::to_string(line_no)));
  }
}

int run(const ExtractArgs& a) {
  if (!a.published.empty() && !parse_iso_date(a.published)) {
    // Not fatal: every record carries the error and relative dates stay unresolved.
    std::fprintf(stderr, "rasd extract: --published '%s' is not a YYYY-MM-DD date\n", a.published.c_str());
  }
  Runner r(a);
  std::vector<std::string> files = a.files;
  bool use_stdin = files.empty();
  if (use_stdin) files.push_back("-");
  for (size_t i = 0; i < files.size(); ++i) {
    const std::string& path = files[i];
    std::string id = !a.id.empty() ? (files.size() == 1 ? a.id : a.id + "-" + std::to_string(i + 1))
                                   : (path == "-" ? "stdin" : file_stem(path));
    std::ifstream file;
    std::istream* in = &std::cin;
    if (path != "-") {
      file.open(path, std::ios::binary);
      if (!file) {
        std::fprintf(stderr, "rasd extract: cannot open '%s'\n", path.c_str());
        r.emit(unreadable(id, path));
        continue;
      }
      in = &file;
    }
    if (a.format == "jsonl") {
      run_jsonl(*in, path == "-" ? "stdin" : file_stem(path), r);
      continue;
    }
    std::string bytes;
    if (!slurp(*in, bytes)) { r.emit(unreadable(id, path)); continue; }
    if (a.format == "html") {
      r.emit(io::read_html(bytes, id));
    } else {
      RawDocument raw;
      raw.id = id;
      raw.text = std::move(bytes);
      r.emit(std::move(raw));
    }
  }
  std::fflush(stdout);
  return r.failed() ? 1 : 0;
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
      "2 usage error.");
  cmd->add_option("files", args->files, "Input files (standard input when none)");
  cmd->add_option("--format", args->format, "Input format")->check(CLI::IsMember({"text", "jsonl", "html"}))->capture_default_str();
  cmd->add_option("--output", args->output, "jsonl: records; summary: a readable account")->check(CLI::IsMember({"jsonl", "summary"}))->capture_default_str();
  cmd->add_option("--published", args->published, "Publication date YYYY-MM-DD (for records that carry none)");
  cmd->add_option("--id", args->id, "Document id for text and html input (default: the file name)");
  cmd->add_option("--max-bytes", args->max_bytes, "Cut texts longer than this many bytes")->capture_default_str()->check(CLI::PositiveNumber);
  cmd->add_flag("--include-text", args->include_text, "Put the text in every record (always for html)");
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace rasd::cli

#include "quotes_command.h"

#include <cstdio>
#include <memory>
#include <string>

#include "rasd/core/civil_date.h"
#include "rasd/store/quote_formats.h"
#include "rasd/store/store.h"

namespace rasd::cli {
namespace {

struct QuotesArgs {
  std::string db = "rasd.db";
  std::string format = "jsonl";
  store::QuoteQuery q;
};

int run(QuotesArgs a) {
  for (const std::string* d : {&a.q.published_from, &a.q.published_to}) {
    if (!d->empty() && !parse_iso_date(*d)) {
      std::fprintf(stderr, "rasd quotes: '%s' is not a YYYY-MM-DD date\n", d->c_str());
      return 2;
    }
  }
  std::unique_ptr<store::Store> db;
  store::StoreOptions options;
  options.read_only = true;
  if (store::Status s = store::open_store(a.db, options, db); !s) {
    std::fprintf(stderr, "rasd quotes: %s\n", s.message.c_str());
    return 3;
  }
  std::string buffer;
  auto flush = [&] {
    std::fwrite(buffer.data(), 1, buffer.size(), stdout);
    buffer.clear();
  };
  store::QuoteWriter writer(*store::parse_quote_format(a.format));  // validated by CLI11
  writer.begin(buffer);
  store::Status status = db->quotes(a.q, [&](const store::StoredQuote& q) {
    writer.add(q, buffer);
    if (buffer.size() > (1u << 16)) flush();
  });
  if (status) writer.end(buffer);
  flush();
  std::fflush(stdout);
  if (!status) {
    std::fprintf(stderr, "rasd quotes: %s\n", status.message.c_str());
    return 3;
  }
  return 0;
}

}  // namespace

void add_quotes_command(CLI::App& app, int& exit_code) {
  auto args = std::make_shared<QuotesArgs>();
  CLI::App* cmd = app.add_subcommand("quotes", "Print stored quotes across articles: who said what, where, when");
  cmd->footer(
      "Quotes are listed by the article's publication date (undated articles last), then article\n"
      "id, then their place in the article. --speaker and --text match a part of the speaker's name\n"
      "or of the quoted words in normalised spelling (hamza forms, taa marbuta and diacritics aside).\n"
      "Exit status: 0 done; 2 usage error; 3 store error (no such store, not a rasd store).");
  cmd->add_option("--db", args->db, "Store: a SQLite file PATH or sqlite:PATH, or postgresql://... (libpq URI)")
      ->capture_default_str();
  cmd->add_option("--format", args->format,
                  "jsonl: one JSON object per quote; csv: RFC 4180 with a header row; table: a short table for "
                  "the terminal")
      ->check(CLI::IsMember(store::quote_format_names()))->capture_default_str();
  store::QuoteQuery& q = args->q;
  cmd->add_option("--published-from", q.published_from, "Articles published on or after this date");
  cmd->add_option("--published-to", q.published_to, "Articles published on or before this date");
  cmd->add_option("--article", q.article, "Only this article's quotes");
  cmd->add_option("--outlet", q.outlets, "The article's outlet as stored (several: any of)")->delimiter(',');
  cmd->add_option("--speaker", q.speaker, "Text in the speaker's name");
  cmd->add_option("--text", q.text, "Text in the quoted words");
  cmd->add_option("--limit", q.limit, "At most this many quotes (0: all)")->check(CLI::NonNegativeNumber);
  cmd->add_option("--offset", q.offset, "Skip this many quotes first")->check(CLI::NonNegativeNumber);
  cmd->callback([args, &exit_code] { exit_code = run(*args); });
}

}  // namespace rasd::cli

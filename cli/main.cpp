// rasd: Arabic news in, PLOVER event records out. The command dispatcher; each subcommand lives
// in its own file and calls the rasd_core library.
#include <CLI/CLI.hpp>

#include "clusters_command.h"
#include "export_command.h"
#include "extract_command.h"
#include "ingest_command.h"
#include "query_command.h"
#include "quotes_command.h"
#include "serve_command.h"
#include "train_events_command.h"
#include "train_ner_command.h"
#include "train_roles_command.h"
#include "train_status_command.h"

int main(int argc, char** argv) {
  CLI::App app{"rasd — reads Arabic news and writes verifiable structured event data"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "rasd 0.1.0");
  int exit_code = 0;
  rasd::cli::add_extract_command(app, exit_code);
  rasd::cli::add_train_ner_command(app, exit_code);
  rasd::cli::add_ingest_command(app, exit_code);
  rasd::cli::add_query_command(app, exit_code);
  rasd::cli::add_quotes_command(app, exit_code);
  rasd::cli::add_export_command(app, exit_code);
  rasd::cli::add_clusters_command(app, exit_code);
  rasd::cli::add_train_events_command(app, exit_code);
  rasd::cli::add_train_status_command(app, exit_code);
  rasd::cli::add_train_roles_command(app, exit_code);
  rasd::cli::add_serve_command(app, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  return exit_code;
}

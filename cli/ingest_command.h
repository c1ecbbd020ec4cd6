// `rasd ingest`: extract articles and store them (rasd/store/ingest.h).
#pragma once

#include <CLI/CLI.hpp>

namespace rasd::cli {

// Registers the subcommand on `app`; when it runs, `exit_code` gets its status.
void add_ingest_command(CLI::App& app, int& exit_code);

}  // namespace rasd::cli

// `rasd extract`: read articles, run the pipeline, write one record per article.
#pragma once

#include <CLI/CLI.hpp>

namespace rasd::cli {

// Registers the subcommand on `app`; when it runs, `exit_code` gets its status.
void add_extract_command(CLI::App& app, int& exit_code);

}  // namespace rasd::cli

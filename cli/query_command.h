// `rasd query`: events from a store, filtered, as JSON Lines or CSV; or its change feed.
#pragma once

#include <CLI/CLI.hpp>

namespace rasd::cli {

// Registers the subcommand on `app`; when it runs, `exit_code` gets its status.
void add_query_command(CLI::App& app, int& exit_code);

}  // namespace rasd::cli

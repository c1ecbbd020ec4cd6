// `rasd train-events`: trains the event filter (src/rasd/events/event_filter.h) on labelled
// sentences (../shared/gold/SENTENCES.md format) and writes its model (data/models/README.md).
#pragma once

#include <CLI/CLI.hpp>

namespace rasd::cli {

// Registers the subcommand on `app`; when it runs, `exit_code` gets its status.
void add_train_events_command(CLI::App& app, int& exit_code);

}  // namespace rasd::cli

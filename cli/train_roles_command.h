// `rasd train-roles`: trains the role chooser (src/rasd/events/role_model.h) on labelled sentences
// and writes its model (data/models/README.md).
#pragma once

#include <CLI/CLI.hpp>

namespace rasd::cli {

// Registers the subcommand on `app`; when it runs, `exit_code` gets its status.
void add_train_roles_command(CLI::App& app, int& exit_code);

}  // namespace rasd::cli

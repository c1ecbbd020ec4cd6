// `rasd train-ner`: trains the statistical name tagger (src/rasd/actors/ner) on a BIO file and
// prints its scores on a held-out part of that file and on a development file.
#pragma once

#include <CLI/CLI.hpp>

namespace rasd::cli {

// Registers the subcommand on `app`; when it runs, `exit_code` gets its status.
void add_train_ner_command(CLI::App& app, int& exit_code);

}  // namespace rasd::cli

// `rasd quotes`: stored quotes across articles (who said what, when, in which outlet), filtered.
#pragma once

#include <CLI/CLI.hpp>

namespace rasd::cli {

void add_quotes_command(CLI::App& app, int& exit_code);

}  // namespace rasd::cli

// `rasd clusters`: the happenings several articles tell, grouped from a store's events.
#pragma once

#include <CLI/CLI.hpp>

namespace rasd::cli {

void add_clusters_command(CLI::App& app, int& exit_code);

}  // namespace rasd::cli

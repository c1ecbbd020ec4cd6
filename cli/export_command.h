#pragma once

#include <CLI/CLI.hpp>

namespace rasd::cli {

// `rasd export [--db URL] [filters] --format F --out FILE [--excel]`: the events `rasd query`
// would print, written to FILE with FILE.meta.json beside it.
void add_export_command(CLI::App& app, int& exit_code);

}  // namespace rasd::cli

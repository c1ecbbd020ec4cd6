#pragma once

#include <CLI/CLI.hpp>

namespace rasd::cli {
void add_serve_command(CLI::App& app, int& exit_code);
}

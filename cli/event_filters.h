// The event filters `rasd query` and `rasd export` share (one list, so both accept the same).
#pragma once

#include <CLI/CLI.hpp>

#include "rasd/store/store.h"

namespace rasd::cli {

void add_event_filters(CLI::App* cmd, store::EventQuery& q);

// 0, or 2 after printing "<command>: '<d>' is not a YYYY-MM-DD date".
int check_event_filters(const store::EventQuery& q, const char* command);

}  // namespace rasd::cli

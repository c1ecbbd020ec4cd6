// The event filters `rasd query` and `rasd export` share (one list, so both accept the same).
#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "rasd/store/store.h"

namespace rasd::cli {

// The query, plus the options that arrive as text and are checked before they become part of it.
struct EventFilterArgs {
  store::EventQuery q;
  std::string bbox;     // min_lon,min_lat,max_lon,max_lat
  double min_dead = -1;  // -1: no minimum
};

void add_event_filters(CLI::App* cmd, EventFilterArgs& f);

// Completes f.q from the text options. 0, or 2 after printing "<command>: ..." (a date that is
// not YYYY-MM-DD, a bounding box that is not four degrees).
int check_event_filters(EventFilterArgs& f, const char* command);

}  // namespace rasd::cli

// What the sense-row tests of the trigger tables share: a sentence's triggers from the tables
// alone, a listing of them for failure messages, and whether one of a type is there.
#pragma once

#include <string>

#include "rasd/events/trigger_finder.h"
#include "run_pipeline.h"

namespace rasd::test_support {

inline Document triggers_of(const std::string& text) {
  Document d = run_pipeline(text, "2023-06-10");
  events::find_triggers(d);
  return d;
}

inline std::string trigger_listing(const Document& d) {
  std::string s;
  for (const auto& t : d.triggers) s += " [" + std::string(t.span.of(d.text)) + " " + t.type + "]";
  return s.empty() ? " (none)" : s;
}

inline bool has_trigger_type(const Document& d, const std::string& type) {
  for (const auto& t : d.triggers)
    if (t.type == type) return true;
  return false;
}

}  // namespace rasd::test_support

// What the sense-row tests of the trigger tables share: a sentence's triggers from the tables
// alone, a listing of them for failure messages, whether one of a type is there, and the check
// that a row fires in its event sense only.
#pragma once

#include <gtest/gtest.h>

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
  for (const auto& t : d.triggers) s += " [" + std::string(t.span.of(d.text)) + " " + t.type + "/" + t.mode + "]";
  return s.empty() ? " (none)" : s;
}

// Whether a trigger of `type` (and of `mode`, when one is given) is there.
inline bool has_trigger_type(const Document& d, const std::string& type, const std::string& mode = "") {
  for (const auto& t : d.triggers)
    if (t.type == type && (mode.empty() || t.mode == mode)) return true;
  return false;
}

// A trigger row with a sentence written for its test that tells its event and one where the same
// words name something else.
struct SenseRow {
  const char* row;
  const char* type;
  const char* event;  // tells the event: a trigger of `type`
  const char* other;  // the other sense: no trigger of `type`
};

template <typename Rows>
void expect_event_sense_only(const Rows& rows) {
  for (const SenseRow& r : rows) {
    Document e = triggers_of(r.event);
    EXPECT_TRUE(has_trigger_type(e, r.type)) << r.row << ": «" << r.event << "»" << trigger_listing(e);
    Document o = triggers_of(r.other);
    EXPECT_FALSE(has_trigger_type(o, r.type)) << r.row << ": «" << r.other << "»" << trigger_listing(o);
  }
}

}  // namespace rasd::test_support

// The whole pipeline on a sentence written for a test: the fixture most stage tests start from.
#pragma once

#include <string>

#include "rasd/pipeline.h"

namespace rasd::test_support {

inline Document run_pipeline(const std::string& text, const char* published = "2023-06-10") {
  static const Pipeline pipeline;
  RawDocument raw;
  raw.id = "t";
  raw.text = text;
  raw.published = published;
  return pipeline.run(raw);
}

// The same with the trigger tables alone (no trained event filter): for tests of the stages after
// the triggers, whose subject is not whether a many-sense word is meant in its event sense.
inline Document run_pipeline_unfiltered(const std::string& text, const char* published = "2023-06-10") {
  static const Pipeline pipeline = [] {
    Options o;
    o.event_model = "none";
    return Pipeline(o);
  }();
  RawDocument raw;
  raw.id = "t";
  raw.text = text;
  raw.published = published;
  return pipeline.run(raw);
}

}  // namespace rasd::test_support

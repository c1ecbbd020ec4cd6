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

// The trigger tables alone: what the engine runs by default now that no event filter ships
// (data/models/README.md); kept as a name for the stage tests that rely on it.
inline Document run_pipeline_unfiltered(const std::string& text, const char* published = "2023-06-10") {
  return run_pipeline(text, published);
}

}  // namespace rasd::test_support

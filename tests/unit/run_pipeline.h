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

}  // namespace rasd::test_support

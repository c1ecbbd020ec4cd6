// The module's engine is the public one (include/rasd/rasd.h): the CLI, the server and Python
// run the same code. The library's own headers come along for the module's file reader
// (extract_file drives rasd/io/extract.h with the engine's pipeline).
#pragma once

#include "rasd/core/document.h"
#include "rasd/io/json_writer.h"
#include "rasd/pipeline.h"
#include "rasd/rasd.h"

namespace rasd_python {
using rasd::Article;
using rasd::Engine;
using rasd::EngineOptions;
}  // namespace rasd_python

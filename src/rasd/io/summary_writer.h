// A readable account of one Document for people at a terminal (`rasd extract --output summary`).
#pragma once

#include <string>

#include "rasd/core/document.h"

namespace rasd::io {

void write_summary(const Document& doc, std::string& out);

}  // namespace rasd::io

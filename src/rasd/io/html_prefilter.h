// Bounds on an HTML page applied before gumbo parses it, where gumbo's own work is not linear.
//
// Attributes: gumbo checks every new attribute of a tag against the ones before it (duplicates
// are dropped), so one tag with 160,000 distinct attributes costs minutes. Real tags carry a
// handful; a linear pre-scan keeps the first kMaxAttributes of each start tag and drops the
// rest. A page within the bound is returned untouched (no copy).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace rasd::io {

inline constexpr size_t kMaxAttributes = 256;

// Fills `out` and returns true when some tag had attributes dropped; `html` is left as is.
bool bound_attributes(std::string_view html, std::string& out);

}  // namespace rasd::io

// What the train-* commands share when they read the labelled sentences and gold articles: which
// outlets a shipped model may learn from (one list, so a licence decision is made once) and small
// readers of the JSON records and option lists.
#pragma once

#include <simdjson.h>

#include <algorithm>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "file_text.h"

namespace rasd::cli {

// The outlets whose texts a shipped model may learn from: the ANT corpus's (Apache-2.0).
// SaudiNewsNet's (CC BY-NC-SA) serve measurement only (SENTENCES.md).
inline constexpr const char* kFreeOutlets = "skynews,france24,CNN,BBC,alarabia,Jawhara FM";

// A string field of a record, empty when absent or not a string.
template <class Json>
std::string_view str_field(Json o, std::string_view key) {
  std::string_view v;
  if (o.at_key(key).get(v) != simdjson::SUCCESS) return {};
  return v;
}

// The strings of an array field («types»), empty when absent.
inline std::vector<std::string> strings_of(simdjson::dom::element e, std::string_view key) {
  std::vector<std::string> out;
  simdjson::dom::array a;
  if (e.at_key(key).get(a) == simdjson::SUCCESS)
    for (auto x : a) if (std::string_view v; x.get(v) == simdjson::SUCCESS) out.emplace_back(v);
  return out;
}

// The items of a comma-separated option («--outlets a,b»), empty items dropped.
inline std::set<std::string> comma_set(const std::string& list) {
  std::set<std::string> out;
  for (size_t at = 0; at <= list.size();) {
    size_t comma = std::min(list.find(',', at), list.size());
    if (comma > at) out.insert(list.substr(at, comma - at));
    at = comma + 1;
  }
  return out;
}

// The lines of a file as a set (article ids to exclude); false when it cannot be read.
inline bool read_line_set(const std::string& path, std::set<std::string>& out) {
  return for_each_line(path, [&](const std::string& line, size_t) { return out.insert(line), true; });
}

}  // namespace rasd::cli

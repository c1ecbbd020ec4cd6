// Reading a training or list file for the CLI's developer commands (train-ner, train-events):
// whole, with its lines. Extraction input goes through io/ (bounded reads); these are the
// project's own data files.
#pragma once

#include <cstddef>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>

namespace rasd::cli {

// The file's bytes, or nullopt when it cannot be opened.
inline std::optional<std::string> slurp(const std::string& path) {
  std::ifstream f(path, std::ios::binary);
  if (!f) return std::nullopt;
  std::ostringstream buf;
  buf << f.rdbuf();
  return buf.str();
}

// Calls fn(line, line_number) for every line that holds more than white space; stops early when
// fn returns false. False when the file cannot be opened or fn stopped.
template <class Fn>
bool for_each_line(const std::string& path, Fn&& fn) {
  auto text = slurp(path);
  if (!text) return false;
  std::istringstream in(*text);
  size_t line_no = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    if (!fn(line, line_no)) return false;
  }
  return true;
}

}  // namespace rasd::cli

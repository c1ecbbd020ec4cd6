// The shared gold set (../shared/gold: the seed's *.gold.json beside its text file, and
// dev.gold.jsonl with texts inline), for the tests that measure a stage against it. Measurement
// only: nothing read here feeds a table. Header-only, included by the *_gold_test.cpp files.
#pragma once

#include <gtest/gtest.h>
#include <simdjson.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

namespace rasd::gold {

inline std::filesystem::path shared_dir() {
  if (const char* e = std::getenv("RASD_SHARED_DIR"); e && *e) return e;
  return std::filesystem::path(RASD_SOURCE_DIR) / ".." / "shared";
}

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::string field(simdjson::dom::element e, std::string_view key) {
  std::string_view v;
  if (e.at_key(key).get(v) != simdjson::SUCCESS) return {};
  return std::string(v);
}

using Visitor = std::function<void(const std::string& text, const std::string& published, simdjson::dom::element gold)>;

// Calls `visit` with every gold record and its article text; false when the gold set is absent
// (the caller skips). A record that does not parse is a test failure.
inline bool for_each_gold(const Visitor& visit) {
  namespace fs = std::filesystem;
  fs::path dir = shared_dir() / "gold";
  if (!fs::exists(dir / "dev.gold.jsonl")) return false;
  simdjson::dom::parser parser;
  auto one = [&](const std::string& json, const fs::path& base, bool text_inline) {
    simdjson::dom::element gold;
    if (parser.parse(json).get(gold) != simdjson::SUCCESS) {
      ADD_FAILURE() << "gold record does not parse under " << base;
      return;
    }
    simdjson::dom::element doc = gold.at_key("doc").value();
    std::string text = text_inline ? field(doc, "text") : slurp(base / field(doc, "file"));
    visit(text, field(doc, "published"), gold);
  };
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.path().extension() == ".json") one(slurp(entry.path()), dir, false);
  std::ifstream dev(dir / "dev.gold.jsonl");
  for (std::string line; std::getline(dev, line);)
    if (!line.empty()) one(line, dir, true);
  return true;
}

}  // namespace rasd::gold

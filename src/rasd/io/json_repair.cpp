#include "rasd/io/json_repair.h"

#include <cctype>
#include <vector>

namespace rasd::io {
namespace {

// The code unit of the \uXXXX escape at json[i] (json[i] == '\\'), or -1.
long escape_at(const std::string& json, size_t i) {
  if (i + 6 > json.size() || json[i] != '\\' || json[i + 1] != 'u') return -1;
  long v = 0;
  for (size_t k = i + 2; k < i + 6; ++k) {
    if (!std::isxdigit(static_cast<unsigned char>(json[k]))) return -1;
    v = v * 16 + (std::isdigit(static_cast<unsigned char>(json[k])) ? json[k] - '0' : (std::tolower(json[k]) - 'a' + 10));
  }
  return v;
}

}  // namespace

size_t repair_lone_surrogates(std::string& json) {
  size_t repaired = 0;
  bool in_string = false;
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (!in_string) { in_string = c == '"'; continue; }
    if (c == '"') { in_string = false; continue; }
    if (c != '\\') continue;
    long u = escape_at(json, i);
    if (u < 0xD800 || u > 0xDFFF) { ++i; continue; }  // another escape (or a bad one): skip its letter
    long next = escape_at(json, i + 6);
    if (u <= 0xDBFF && next >= 0xDC00 && next <= 0xDFFF) { i += 11; continue; }  // a pair
    json.replace(i + 2, 4, "FFFD");
    ++repaired;
    i += 5;
  }
  return repaired;
}

void close_json_prefix(std::string& json) {
  std::vector<char> open;    // closers of the open containers
  bool in_string = false, key = false;
  bool expect_key = false;   // in an object, where a key (not a value) comes next
  bool pending_key = false;  // a key has closed and its colon has not come yet
  size_t escape_start = std::string::npos;
  for (size_t i = 0; i < json.size(); ++i) {
    char c = json[i];
    if (in_string) {
      if (c == '\\') { escape_start = i; i += i + 1 < json.size() && json[i + 1] == 'u' ? 5 : 1; continue; }
      if (c == '"') in_string = false, pending_key = key;
      continue;
    }
    switch (c) {
      case '{': open.push_back('}'); expect_key = true; pending_key = false; break;
      case '[': open.push_back(']'); expect_key = false; pending_key = false; break;
      case '}': case ']': if (!open.empty()) open.pop_back(); expect_key = false; pending_key = false; break;
      case ',': expect_key = !open.empty() && open.back() == '}'; pending_key = false; break;
      case ':': expect_key = false; pending_key = false; break;
      case '"': in_string = true; key = expect_key; escape_start = std::string::npos; break;
      default: break;
    }
  }
  if (in_string) {
    // A cut inside an escape drops the escape: the string ends before its backslash.
    if (escape_start != std::string::npos) {
      bool unicode = escape_start + 1 < json.size() && json[escape_start + 1] == 'u';
      if (escape_start + (unicode ? 6 : 2) > json.size()) json.resize(escape_start);
    }
    json += '"';
    pending_key = key;
  } else {
    // Drop a cut number or literal and what then dangles: white space and a trailing comma.
    while (!json.empty()) {
      unsigned char b = static_cast<unsigned char>(json.back());
      if (std::isalnum(b) || b == '.' || b == '-' || b == '+' || std::isspace(b)) json.pop_back();
      else break;
    }
    if (!json.empty() && json.back() == ',') json.pop_back();
    if (!json.empty() && json.back() == ':') json += "null";
  }
  if (pending_key) json += ":null";
  for (size_t k = open.size(); k-- > 0;) json += open[k];
}

}  // namespace rasd::io

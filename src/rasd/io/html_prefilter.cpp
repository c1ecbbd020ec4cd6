// Bounds before parsing (see html_prefilter.h). The scan follows the HTML tokenizer far enough
// to find attributes: comments and raw-text elements (script, style, ...) are skipped whole, a
// tag's attributes are names separated by white space or '/', each with an optional
// '=' value, quoted or bare.
#include "rasd/io/html_prefilter.h"

#include <cctype>

namespace rasd::io {
namespace {

bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool ieq_at(std::string_view s, size_t i, std::string_view word) {
  if (i + word.size() > s.size()) return false;
  for (size_t k = 0; k < word.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(s[i + k])) != word[k]) return false;
  return true;
}

bool raw_text(std::string_view name) {
  for (std::string_view n : {"script", "style", "textarea", "title", "xmp", "noembed", "noframes"})
    if (name.size() == n.size() && ieq_at(name, 0, n)) return true;
  return false;
}

}  // namespace

bool bound_attributes(std::string_view s, std::string& out) {
  bool changed = false;
  size_t copied = 0;  // s[0, copied) is in out (once changed)
  for (size_t i = 0; i < s.size();) {
    if (s[i] != '<') { ++i; continue; }
    if (ieq_at(s, i, "<!--")) {
      size_t e = s.find("-->", i + 4);
      i = e == std::string_view::npos ? s.size() : e + 3;
      continue;
    }
    bool end_tag = i + 1 < s.size() && s[i + 1] == '/';  // gumbo reads (and checks) its attributes too
    size_t n = i + (end_tag ? 2 : 1);
    if (n >= s.size() || !std::isalpha(static_cast<unsigned char>(s[n]))) { ++i; continue; }
    size_t name_end = n;
    while (name_end < s.size() && !space(s[name_end]) && s[name_end] != '/' && s[name_end] != '>') ++name_end;
    std::string_view name = s.substr(n, name_end - n);
    // Attributes up to '>': a name, then optionally '=' and a value.
    size_t count = 0, cut = std::string_view::npos;
    size_t k = name_end;
    while (k < s.size() && s[k] != '>') {
      if (space(s[k]) || s[k] == '/') { ++k; continue; }
      if (++count == kMaxAttributes + 1) cut = k;
      ++k;  // a name's first character may be anything, even '='
      while (k < s.size() && !space(s[k]) && s[k] != '/' && s[k] != '>' && s[k] != '=') ++k;
      while (k < s.size() && space(s[k])) ++k;
      if (k < s.size() && s[k] == '=') {
        ++k;
        while (k < s.size() && space(s[k])) ++k;
        if (k < s.size() && (s[k] == '"' || s[k] == '\'')) {
          size_t close = s.find(s[k], k + 1);
          k = close == std::string_view::npos ? s.size() : close + 1;
        } else {
          while (k < s.size() && !space(s[k]) && s[k] != '>') ++k;
        }
      }
    }
    if (cut != std::string_view::npos) {
      if (!changed) { out.reserve(s.size()); changed = true; }
      out.append(s.substr(copied, cut - copied));
      copied = k;  // the '>' (or the end) stays
    }
    i = k < s.size() ? k + 1 : s.size();
    if (!end_tag && raw_text(name)) {
      // No tags inside until the matching end tag.
      std::string lower(name);
      for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      while (i < s.size() && !(s[i] == '<' && i + 1 < s.size() && s[i + 1] == '/' && ieq_at(s, i + 2, lower)))
        ++i;
    }
  }
  if (changed) out.append(s.substr(copied));
  return changed;
}

}  // namespace rasd::io

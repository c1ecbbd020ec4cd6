#include "rasd/serve/static_files.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <system_error>

namespace rasd::serve {
namespace {
constexpr uintmax_t kMaxFile = 32u << 20;  // the largest vendored asset is a few MB
}

std::string StaticFiles::open(const std::string& dir) {
  std::error_code ec;
  std::filesystem::path p = std::filesystem::canonical(dir, ec);
  if (ec || !std::filesystem::is_directory(p, ec)) return "the dashboard folder '" + dir + "' is not a folder";
  root_ = p.string();
  return "";
}

std::string StaticFiles::content_type(std::string_view name) {
  static const std::pair<std::string_view, std::string_view> kTypes[] = {
      {".html", "text/html; charset=utf-8"},  {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"}, {".css", "text/css; charset=utf-8"},
      {".json", "application/json; charset=utf-8"}, {".geojson", "application/geo+json"},
      {".topojson", "application/json"},      {".woff2", "font/woff2"},
      {".woff", "font/woff"},                 {".ttf", "font/ttf"},
      {".svg", "image/svg+xml"},              {".png", "image/png"},
      {".ico", "image/x-icon"},               {".txt", "text/plain; charset=utf-8"},
  };
  for (const auto& [ext, type] : kTypes)
    if (name.ends_with(ext)) return std::string(type);
  return "application/octet-stream";
}

std::string StaticFiles::find(std::string_view path, File& out) const {
  if (root_.empty()) return "no dashboard folder";
  if (path.empty() || path.front() != '/') return "not found";
  std::string rel(path.substr(1));
  if (rel.empty() || rel.back() == '/') rel += "index.html";
  // Segment by segment: no empty, dot-led ("." / ".." / hidden) or escaped segment.
  if (rel.find('\\') != std::string::npos || rel.find('%') != std::string::npos ||
      rel.find('\0') != std::string::npos || rel.find(':') != std::string::npos)
    return "not found";
  size_t start = 0;
  while (start <= rel.size()) {
    size_t slash = rel.find('/', start);
    if (slash == std::string::npos) slash = rel.size();
    std::string_view seg(rel.data() + start, slash - start);
    if (seg.empty() || seg.front() == '.') return "not found";
    start = slash + 1;
  }
  std::error_code ec;
  std::filesystem::path full = std::filesystem::canonical(std::filesystem::path(root_) / rel, ec);
  if (ec) return "not found";
  std::string fs = full.string();
  if (!fs.starts_with(root_ + "/")) return "not found";
  if (!std::filesystem::is_regular_file(full, ec) || ec) return "not found";
  uintmax_t size = std::filesystem::file_size(full, ec);
  if (ec || size > kMaxFile) return "not found";
  std::ifstream in(full, std::ios::binary);
  if (!in) return "not found";
  out.body.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  out.content_type = content_type(fs);
  return "";
}

}  // namespace rasd::serve

// The dashboard's files: only regular files inside one folder, by a path that cannot leave it.
// The request path arrives percent-decoded once; anything that could still climb out or be
// decoded again (a "..", a backslash, a "%", an empty or hidden segment, a NUL) is refused
// before the file system is touched, and the resolved path (symlinks followed) must still lie
// inside the folder.
#pragma once

#include <string>
#include <string_view>

namespace rasd::serve {

class StaticFiles {
 public:
  struct File {
    std::string body, content_type;
  };
  // The folder; returns an error message, "" when it is a readable folder.
  std::string open(const std::string& dir);
  // The file for a decoded request path ("/" is index.html); returns an error message or "".
  std::string find(std::string_view path, File& out) const;
  // The MIME type of a file name ("application/octet-stream" when unknown).
  static std::string content_type(std::string_view name);

 private:
  std::string root_;  // canonical, no trailing slash
};

}  // namespace rasd::serve

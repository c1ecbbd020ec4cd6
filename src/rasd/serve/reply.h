// What an API handler answers, independent of the HTTP library: a status, a body (or a stream
// for exports) and extra headers. Keeping handlers free of cpp-httplib lets tests call them
// directly and keeps the library's quirks in one file (server.cpp).
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rasd::serve {

// The query string, decoded; the same type as httplib::Params so no copy is needed.
using Params = std::multimap<std::string, std::string>;

struct Reply {
  int status = 200;
  std::string content_type = "application/json; charset=utf-8";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
  // A streamed body (exports): called once; `write` returns false when the client went away.
  // Returns false when the stream failed part way (the connection is then cut, so a client
  // never takes a truncated export for a whole one).
  std::function<bool(const std::function<bool(std::string_view)>& write)> stream;
};

// {"status": N, "message": "..."}: every error the API gives, so a client never parses HTML
// or an empty body.
Reply error_reply(int status, std::string_view message);

// The one value of a parameter; "" when absent. `present` tells "absent" from "empty".
std::string param(const Params& p, const std::string& name, bool* present = nullptr);

}  // namespace rasd::serve

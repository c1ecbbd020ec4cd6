#include "rasd/serve/reply.h"

#include "rasd/io/json_writer.h"

namespace rasd::serve {

Reply error_reply(int status, std::string_view message) {
  Reply r;
  r.status = status;
  r.body = "{\"status\":" + std::to_string(status) + ",\"message\":";
  io::append_json_string(r.body, message);
  r.body += "}\n";
  return r;
}

std::string param(const Params& p, const std::string& name, bool* present) {
  auto it = p.find(name);
  if (present) *present = it != p.end();
  return it == p.end() ? std::string() : it->second;
}

}  // namespace rasd::serve

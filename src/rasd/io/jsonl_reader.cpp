#include "rasd/io/jsonl_reader.h"

#include <simdjson.h>

#include <string>

#include "rasd/text/utf8.h"

namespace rasd::io {
namespace {

// Deeper input fails with DEPTH_ERROR ("invalid-json"); articles are flat objects.
constexpr size_t kMaxDepth = 1024;

// A string field, or a number given where a string was expected (ids often are numbers).
std::optional<std::string> optional_string(const simdjson::dom::object& obj, std::string_view key,
                                           RawDocument& doc) {
  simdjson::dom::element v;
  if (obj.at_key(key).get(v) != simdjson::SUCCESS || v.is_null()) return std::nullopt;
  if (v.is_string()) return std::string(std::string_view(v));
  if (v.is_int64()) return std::to_string(int64_t(v));
  if (v.is_uint64()) return std::to_string(uint64_t(v));
  doc.errors.push_back({"field-not-string", "field '" + std::string(key) + "' is not a string; ignored",
                        std::nullopt, false});
  return std::nullopt;
}

}  // namespace

bool is_blank_line(std::string_view line) {
  for (char c : line)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v') return false;
  return true;
}

RawDocument read_jsonl_record(std::string_view line, std::string_view fallback_id) {
  RawDocument doc;
  doc.id = std::string(fallback_id);
  // Repair first: simdjson rejects the whole line on one invalid byte, and we want the record.
  text::SanitizeResult clean = text::sanitize(line);
  for (auto& e : clean.errors) {
    e.start.reset();  // positions in the JSON line are not positions in the text
    e.message += " (in the JSON line)";
    doc.errors.push_back(std::move(e));
  }
  auto fail = [&](std::string code, std::string msg) {
    doc.errors.push_back({std::move(code), std::move(msg), std::nullopt, true});
    return std::move(doc);
  };
  // The DOM parser validates the whole line (structure, depth, strings) before we read a field.
  simdjson::dom::parser parser;
  if (parser.allocate(std::max<size_t>(clean.text.size(), 64), kMaxDepth) != simdjson::SUCCESS)
    return fail("invalid-json", "the line is too large to parse");
  simdjson::dom::element root;
  if (auto err = parser.parse(clean.text).get(root); err != simdjson::SUCCESS)
    return fail("invalid-json", std::string("the line is not valid JSON: ") + simdjson::error_message(err));
  simdjson::dom::object obj;
  if (root.get_object().get(obj) != simdjson::SUCCESS)
    return fail("not-an-object", "the line is JSON but not an object");

  if (auto id = optional_string(obj, "id", doc); id && !id->empty()) doc.id = *id;
  doc.title = optional_string(obj, "title", doc);
  doc.published = optional_string(obj, "published", doc);
  doc.url = optional_string(obj, "url", doc);
  doc.outlet = optional_string(obj, "outlet", doc);

  simdjson::dom::element text;
  if (obj.at_key("text").get(text) != simdjson::SUCCESS)
    return fail("missing-text", "the object has no \"text\" field");
  if (!text.is_string()) return fail("text-not-string", "the \"text\" field is not a string");
  doc.text = std::string(std::string_view(text));
  return doc;
}

}  // namespace rasd::io

#include "rasd/io/jsonl_reader.h"

#include <simdjson.h>

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "rasd/io/json_repair.h"
#include "rasd/text/utf8.h"

namespace rasd::io {
namespace {

namespace od = simdjson::ondemand;
using simdjson::error_code;
using simdjson::SUCCESS;

// Deeper input fails ("invalid-json"); articles are flat objects.
constexpr size_t kMaxDepth = 1024;

// RFC 8259's number grammar (simdjson's raw token may carry the white space after it).
bool is_json_number(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  size_t i = 0;
  auto digits = [&] { size_t b = i; while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i; return i - b; };
  if (i < s.size() && s[i] == '-') ++i;
  if (i < s.size() && s[i] == '0') ++i;
  else if (digits() == 0) return false;
  if (i < s.size() && s[i] == '.') { ++i; if (digits() == 0) return false; }
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    if (digits() == 0) return false;
  }
  return i == s.size();
}

std::string_view trim_token(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Visits (and so validates) a whole value.
error_code check_value(od::value v, size_t depth) {
  if (depth > kMaxDepth) return simdjson::DEPTH_ERROR;
  od::json_type type;
  if (auto e = v.type().get(type)) return e;
  switch (type) {
    case od::json_type::object: {
      od::object obj;
      if (auto e = v.get_object().get(obj)) return e;
      for (auto field : obj) {
        std::string_view key;
        if (auto e = field.unescaped_key().get(key)) return e;
        od::value fv;
        if (auto e = field.value().get(fv)) return e;
        if (auto e = check_value(fv, depth + 1)) return e;
      }
      return SUCCESS;
    }
    case od::json_type::array: {
      od::array arr;
      if (auto e = v.get_array().get(arr)) return e;
      for (auto item : arr) {
        od::value iv;
        if (auto e = item.get(iv)) return e;
        if (auto e = check_value(iv, depth + 1)) return e;
      }
      return SUCCESS;
    }
    case od::json_type::string: {
      std::string_view s;
      return v.get_string().get(s);
    }
    case od::json_type::number:
      return is_json_number(v.raw_json_token()) ? SUCCESS : simdjson::NUMBER_ERROR;
    case od::json_type::boolean: {
      bool b;
      return v.get_bool().get(b);
    }
    case od::json_type::null: {
      bool n = false;
      if (auto e = v.is_null().get(n)) return e;
      return n ? SUCCESS : simdjson::N_ATOM_ERROR;
    }
  }
  return simdjson::INCORRECT_TYPE;
}

// A string, true/false or null document (simdjson has no value handle for a scalar document).
error_code check_scalar_document(od::document& doc, od::json_type type) {
  switch (type) {
    case od::json_type::string: { std::string_view s; return doc.get_string().get(s); }
    case od::json_type::boolean: { bool b; return doc.get_bool().get(b); }
    case od::json_type::null: { bool n = false; if (auto e = doc.is_null().get(n)) return e; return n ? SUCCESS : simdjson::N_ATOM_ERROR; }
    default: return simdjson::INCORRECT_TYPE;
  }
}

// True once the whole document was consumed (simdjson 3.0's documents have no at_end()).
bool at_end(od::document& doc) {
  const char* p = nullptr;
  return doc.current_location().get(p) == simdjson::OUT_OF_BOUNDS;
}

bool is_integer_token(std::string_view t) {
  return !t.empty() && t.find_first_of(".eE") == std::string_view::npos;
}

struct Fields {
  std::optional<std::string> id, title, published, url, outlet;
  std::optional<std::string> text;
  bool has_text = false;
  std::vector<RecordError> notes;
};

std::optional<std::string>* slot(Fields& f, std::string_view key) {
  if (key == "id") return &f.id;
  if (key == "title") return &f.title;
  if (key == "published") return &f.published;
  if (key == "url") return &f.url;
  if (key == "outlet") return &f.outlet;
  return nullptr;
}

// Reads one field of the record object (validating its value whatever it is).
error_code read_field(std::string_view key, od::value v, Fields& f, std::set<std::string_view>& seen) {
  od::json_type type;
  if (auto e = v.type().get(type)) return e;
  bool first = seen.insert(key).second;  // duplicate keys: the first one counts
  std::optional<std::string>* out = first ? slot(f, key) : nullptr;
  bool is_text = first && key == "text";
  if (type == od::json_type::string && (out || is_text)) {
    std::string_view s;
    if (auto e = v.get_string().get(s)) return e;
    if (is_text) f.text = std::string(s), f.has_text = true;
    else *out = std::string(s);
    return SUCCESS;
  }
  if (is_text) f.has_text = true;  // present but not a string: text stays empty
  if (out && type == od::json_type::number && is_integer_token(trim_token(v.raw_json_token()))) {
    // Ids are often numbers; kept as written, however long.
    std::string_view t = trim_token(v.raw_json_token());
    if (!is_json_number(t)) return simdjson::NUMBER_ERROR;
    *out = std::string(t);
    return SUCCESS;
  }
  if (out && type != od::json_type::null)
    f.notes.push_back({"field-not-string", "field '" + std::string(key) + "' is not a string; ignored", std::nullopt, false});
  return check_value(v, 1);
}

}  // namespace

bool is_blank_line(std::string_view line) {
  for (char c : line)
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v') return false;
  return true;
}

namespace {

RawDocument parse_line(std::string json, std::string_view fallback_id, std::vector<RecordError> errors) {
  RawDocument doc;
  doc.id = std::string(fallback_id);
  doc.errors = std::move(errors);
  auto fail = [&](std::string code, std::string msg) {
    doc.errors.push_back({std::move(code), std::move(msg), std::nullopt, true});
    return std::move(doc);
  };
  if (size_t n = repair_lone_surrogates(json))
    doc.errors.push_back({"lone-surrogate",
                          std::to_string(n) + " escaped lone surrogate(s) (\\uD800-\\uDFFF without their pair) "
                                              "replaced by U+FFFD",
                          std::nullopt, false});
  json.reserve(json.size() + simdjson::SIMDJSON_PADDING);
  od::parser parser;
  if (parser.allocate(std::max<size_t>(json.size(), 64), kMaxDepth) != SUCCESS)
    return fail("invalid-json", "the line is too large to parse");
  od::document root;
  auto invalid = [&](error_code e) {
    return fail("invalid-json", std::string("the line is not valid JSON: ") + simdjson::error_message(e));
  };
  if (auto e = parser.iterate(simdjson::padded_string_view(json.data(), json.size(), json.capacity())).get(root))
    return invalid(e);
  od::json_type type;
  if (auto e = root.type().get(type)) return invalid(e);
  Fields f;
  if (type != od::json_type::object) {
    error_code e = SUCCESS;
    if (type == od::json_type::array) {
      od::value v;
      e = root.get_value().get(v);
      if (!e) e = check_value(v, 0);
      if (!e && !at_end(root)) e = simdjson::TRAILING_CONTENT;
    } else if (type == od::json_type::number) {
      // Reading a number's raw token does not consume it: the token must reach the line's end.
      std::string_view raw;
      e = root.raw_json_token().get(raw);
      if (!e && !is_json_number(raw)) e = simdjson::NUMBER_ERROR;
      if (!e && raw.data() + raw.size() != json.data() + json.size()) e = simdjson::TRAILING_CONTENT;
    } else {
      e = check_scalar_document(root, type);
      if (!e && !at_end(root)) e = simdjson::TRAILING_CONTENT;
    }
    if (e) return invalid(e);
    return fail("not-an-object", "the line is JSON but not an object");
  }
  od::object obj;
  if (auto e = root.get_object().get(obj)) return invalid(e);
  std::set<std::string_view> seen;
  for (auto field : obj) {
    std::string_view key;
    if (auto e = field.unescaped_key().get(key)) return invalid(e);
    od::value v;
    if (auto e = field.value().get(v)) return invalid(e);
    if (auto e = read_field(key, v, f, seen)) return invalid(e);
  }
  if (!at_end(root)) return invalid(simdjson::TRAILING_CONTENT);

  if (f.id && !f.id->empty()) doc.id = *f.id;
  doc.title = std::move(f.title);
  doc.published = std::move(f.published);
  doc.url = std::move(f.url);
  doc.outlet = std::move(f.outlet);
  for (auto& n : f.notes) doc.errors.push_back(std::move(n));
  if (!f.has_text) return fail("missing-text", "the object has no \"text\" field");
  if (!f.text) return fail("text-not-string", "the \"text\" field is not a string");
  doc.text = std::move(*f.text);
  return doc;
}

// Repair first: simdjson rejects the whole line on one invalid byte, and we want the record.
std::string repaired(std::string_view line, std::vector<RecordError>& errors) {
  text::SanitizeResult clean = text::sanitize(line);
  for (auto& e : clean.errors) {
    e.start.reset();  // positions in the JSON line are not positions in the text
    e.message += " (in the JSON line)";
    errors.push_back(std::move(e));
  }
  return std::move(clean.text);
}

}  // namespace

RawDocument read_jsonl_record(std::string_view line, std::string_view fallback_id) {
  std::vector<RecordError> errors;
  std::string json = repaired(line, errors);
  return parse_line(std::move(json), fallback_id, std::move(errors));
}

RawDocument read_cut_jsonl_record(std::string_view line, std::string_view fallback_id) {
  std::vector<RecordError> errors;
  std::string json = repaired(line.substr(0, text::complete_prefix(line)), errors);
  close_json_prefix(json);
  RawDocument doc = parse_line(std::move(json), fallback_id, std::move(errors));
  doc.errors.insert(doc.errors.begin(), {"document-truncated",
                        "the JSON line is longer than " + std::to_string(line.size()) +
                            " bytes; it was read up to there and closed (later fields and the rest of the text are lost)",
                        std::nullopt, false});
  return doc;
}

}  // namespace rasd::io

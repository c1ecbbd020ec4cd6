#include "rasd/io/extract.h"

#include <sstream>

#include "rasd/io/html_reader.h"
#include "rasd/io/jsonl_reader.h"

namespace rasd::io {

bool parse_input_format(std::string_view name, InputFormat& out) {
  if (name == "text") out = InputFormat::kText;
  else if (name == "jsonl") out = InputFormat::kJsonl;
  else if (name == "html") out = InputFormat::kHtml;
  else return false;
  return true;
}

void Extractor::emit(RawDocument raw) {
  if (!config_.published.empty() && !raw.published) raw.published = config_.published;
  Document doc = pipeline_.run(std::move(raw));
  ++stats_.records;
  if (doc.failed()) ++stats_.failed;
  sink_(doc);
}

std::string Extractor::id_for(std::string_view source) const {
  if (config_.id.empty()) return std::string(source);
  // Several inputs under one --id get numbered ids, so no two records share one.
  return inputs_ <= 1 ? config_.id : config_.id + "-" + std::to_string(inputs_);
}

void Extractor::unreadable(std::string_view source, std::string_view why) {
  ++inputs_;
  RawDocument raw;
  raw.id = id_for(source);
  raw.errors.push_back({"file-unreadable", "cannot read '" + std::string(source) + "': " + std::string(why),
                        std::nullopt, true});
  emit(std::move(raw));
}

void Extractor::read(std::istream& in, std::string_view source) {
  ++inputs_;
  if (config_.format == InputFormat::kJsonl) {
    std::string line;
    size_t line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (is_blank_line(line)) continue;  // documented: blank lines are not records
      emit(read_jsonl_record(line, std::string(source) + ":" + std::to_string(line_no)));
    }
    if (in.bad()) unreadable(source, "read error");
    return;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) { unreadable(source, "read error"); return; }
  std::string bytes = std::move(ss).str();
  if (config_.format == InputFormat::kHtml) {
    emit(read_html(bytes, id_for(source)));
    return;
  }
  RawDocument raw;
  raw.id = id_for(source);
  raw.text = std::move(bytes);
  emit(std::move(raw));
}

}  // namespace rasd::io

#include "rasd/io/extract.h"

#include <sstream>

#include "rasd/io/html_reader.h"
#include "rasd/io/jsonl_reader.h"
#include "rasd/text/utf8.h"

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
      // A byte-order mark (Windows tools write one) marks the file, it is not part of a record.
      if (line_no == 1 && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
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
    // Repair first, as for JSON Lines: the HTML parser would replace bad bytes silently, and the
    // record should say that its page had them (positions are in the page, not in the text).
    text::SanitizeResult clean = text::sanitize(bytes);
    RawDocument raw = read_html(clean.text, id_for(source));
    for (auto& e : clean.errors) {
      e.start.reset();
      e.message += " (in the HTML page)";
      raw.errors.insert(raw.errors.begin(), std::move(e));
    }
    emit(std::move(raw));
    return;
  }
  RawDocument raw;
  raw.id = id_for(source);
  raw.text = std::move(bytes);
  emit(std::move(raw));
}

}  // namespace rasd::io

#include "rasd/store/quote_formats.h"

#include "rasd/io/json_writer.h"
#include "rasd/store/export.h"
#include "rasd/store/table_export.h"

namespace rasd::store {
namespace {

constexpr std::string_view kLrm = "\u200E";

// published, outlet, speaker, cue, quote: 10 + 14 + 18 + 8 + 40 cells and four spaces = 94,
// inside a 100-column terminal; the quote is the last cell and is not padded.
constexpr size_t kOutlet = 14, kSpeaker = 18, kCue = 8, kQuote = 40;

// Control characters (a line break inside a quote) would break the row: shown as spaces.
std::string one_line(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  return out;
}

std::string cell(const std::optional<std::string>& v, size_t width) {
  return fit(one_line(v && !v->empty() ? std::string_view(*v) : std::string_view("-")), width) + std::string(kLrm);
}

void json_field(std::string& out, std::string_view key, const std::optional<std::string>& v) {
  out += ",\"";
  out += key;
  out += "\":";
  if (v) io::append_json_string(out, *v);
  else out += "null";
}

void csv_field(std::string& out, const std::optional<std::string>& v) {
  out += ',';
  if (v) append_csv_field(out, *v);
}

}  // namespace

const std::vector<std::string>& quote_format_names() {
  static const std::vector<std::string> names = {"jsonl", "csv", "table"};
  return names;
}

std::optional<QuoteFormat> parse_quote_format(std::string_view name) {
  if (name == "jsonl") return QuoteFormat::kJsonl;
  if (name == "csv") return QuoteFormat::kCsv;
  if (name == "table") return QuoteFormat::kTable;
  return std::nullopt;
}

const std::vector<std::string>& quote_fields() {
  static const std::vector<std::string> fields = {"article_id", "ord",   "published", "outlet", "speaker", "cue",
                                                  "direct",     "start", "end",       "text",   "title",   "url"};
  return fields;
}

void append_quote_json(const StoredQuote& q, std::string& out) {
  out += "{\"article_id\":";
  io::append_json_string(out, q.article_id);
  out += ",\"ord\":" + std::to_string(q.ord);
  json_field(out, "published", q.published);
  json_field(out, "outlet", q.outlet);
  json_field(out, "speaker", q.speaker);
  json_field(out, "cue", q.cue);
  out += ",\"direct\":";
  out += q.direct ? "true" : "false";
  out += ",\"start\":" + std::to_string(q.start) + ",\"end\":" + std::to_string(q.end);
  json_field(out, "text", q.text);
  json_field(out, "title", q.title);
  json_field(out, "url", q.url);
  out += '}';
}

void QuoteWriter::begin(std::string& out) {
  if (format_ == QuoteFormat::kCsv) {
    for (size_t i = 0; i < quote_fields().size(); ++i) out += (i ? "," : "") + quote_fields()[i];
    out += "\r\n";
  } else if (format_ == QuoteFormat::kTable) {
    out += fit("published", 10) + " " + fit("outlet", kOutlet) + " " + fit("speaker", kSpeaker) + " " +
           fit("cue", kCue) + " quote\n";
  }
}

void QuoteWriter::add(const StoredQuote& q, std::string& out) {
  ++rows_;
  switch (format_) {
    case QuoteFormat::kJsonl:
      append_quote_json(q, out);
      out += '\n';
      return;
    case QuoteFormat::kCsv:
      append_csv_field(out, q.article_id);
      out += ',' + std::to_string(q.ord);
      csv_field(out, q.published);
      csv_field(out, q.outlet);
      csv_field(out, q.speaker);
      csv_field(out, q.cue);
      out += q.direct ? ",true" : ",false";
      out += ',' + std::to_string(q.start) + ',' + std::to_string(q.end);
      csv_field(out, q.text);
      csv_field(out, q.title);
      csv_field(out, q.url);
      out += "\r\n";
      return;
    case QuoteFormat::kTable: {
      out += fit(q.published ? one_line(*q.published) : "-", 10) + " ";
      out += cell(q.outlet, kOutlet) + " " + cell(q.speaker, kSpeaker) + " " + cell(q.cue, kCue) + " ";
      // Direct words inside «», reported ones bare: the difference is visible without a column.
      std::string words = fit(one_line(q.text), q.direct ? kQuote - 2 : kQuote);
      words.erase(words.find_last_not_of(' ') + 1);
      out += q.direct ? "«" + words + "»" : words;
      out += '\n';
      return;
    }
  }
}

void QuoteWriter::end(std::string& out) {
  if (format_ == QuoteFormat::kTable) out += std::to_string(rows_) + (rows_ == 1 ? " quote\n" : " quotes\n");
}

}  // namespace rasd::store

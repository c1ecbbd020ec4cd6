// What `rasd quotes` prints and GET /api/v1/quotes serves: stored quotes as JSON Lines (one flat
// object per quote), CSV (RFC 4180 like the events': header row, CRLF, UTF-8 without a BOM) or a
// table for a terminal (published, outlet, speaker, cue, the quote shortened; built like the
// events' table, table_export.h: Latin column first, each Arabic cell but the last closed by a
// left-to-right mark so a bidi terminal keeps every cell in its column).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rasd/store/store.h"

namespace rasd::store {

enum class QuoteFormat { kJsonl, kCsv, kTable };

const std::vector<std::string>& quote_format_names();  // jsonl, csv, table
std::optional<QuoteFormat> parse_quote_format(std::string_view name);

// The fields of a quote, in CSV column order: article_id, ord, published, outlet, speaker, cue,
// direct, start, end, text, title, url.
const std::vector<std::string>& quote_fields();

// {"article_id":..,...} without a newline.
void append_quote_json(const StoredQuote& q, std::string& out);

class QuoteWriter {
 public:
  explicit QuoteWriter(QuoteFormat format) : format_(format) {}
  void begin(std::string& out);  // the CSV or table header
  void add(const StoredQuote& q, std::string& out);
  void end(std::string& out);    // the table's count line
  size_t rows() const { return rows_; }

 private:
  QuoteFormat format_;
  size_t rows_ = 0;
};

}  // namespace rasd::store

// Reviewed data tables (data/**/*.tsv), compiled into the library at build time by
// tools/embed_tsv.cpp. This header owns the schema; the generated file holds only rows.
//
// A table file: lines starting with '#' are comments; the first other line names the columns
// (tab-separated); every following non-blank line is one row with exactly that many cells.
// A column named "note" is for reviewers and is never read by code. The generator rejects
// wrong cell counts, cells with stray surrounding spaces and exact duplicate rows, so a bad
// edit fails the build rather than the run.
#pragma once

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rasd::data {

struct Table {
  std::string_view name;                      // path under data/ without ".tsv", e.g. "text/number_words"
  std::span<const std::string_view> columns;  // header cells
  // Cells are stored as one blob and offsets (row-major, columns.size() cells a row): one string
  // literal compiles in a fraction of the time of 100,000 separate ones (the gazetteer is large).
  std::string_view blob;
  std::span<const uint32_t> offsets;          // cell i is blob[offsets[i], offsets[i+1])
  std::span<const int> lines;                 // source line of each row, for error messages

  size_t cells() const { return offsets.empty() ? 0 : offsets.size() - 1; }
  size_t rows() const { return columns.empty() ? 0 : cells() / columns.size(); }
  std::string_view at(size_t row, size_t col) const {
    size_t i = row * columns.size() + col;
    return blob.substr(offsets[i], offsets[i + 1] - offsets[i]);
  }
  // Index of the named column; -1 when absent.
  int column(std::string_view col_name) const;
  // Cell by column name; empty when the column is absent.
  std::string_view get(size_t row, std::string_view col_name) const;
};

// The table compiled from data/<name>.tsv. A missing name is a programming error: it prints the
// name and aborts, whatever the input.
const Table& table(std::string_view name);

// A cell holding several values («يتعلق|يخص»), split on sep; empty values are dropped.
std::vector<std::string> split_cell(std::string_view cell, char sep = '|');

// All compiled tables, for tools and tests that check every table.
std::span<const Table> all_tables();

}  // namespace rasd::data

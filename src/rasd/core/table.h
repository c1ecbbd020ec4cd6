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
#include <string_view>

namespace rasd::data {

struct Table {
  std::string_view name;                      // path under data/ without ".tsv", e.g. "text/number_words"
  std::span<const std::string_view> columns;  // header cells
  std::span<const std::string_view> cells;    // row-major, columns.size() cells a row
  std::span<const int> lines;                 // source line of each row, for error messages

  size_t rows() const { return columns.empty() ? 0 : cells.size() / columns.size(); }
  std::string_view at(size_t row, size_t col) const { return cells[row * columns.size() + col]; }
  // Index of the named column; -1 when absent.
  int column(std::string_view col_name) const;
  // Cell by column name; empty when the column is absent.
  std::string_view get(size_t row, std::string_view col_name) const;
};

// The table compiled from data/<name>.tsv. A missing name is a programming error: it returns an
// empty table (no columns, no rows), which every table's unit test catches.
const Table& table(std::string_view name);

// All compiled tables, for tools and tests that check every table.
std::span<const Table> all_tables();

}  // namespace rasd::data

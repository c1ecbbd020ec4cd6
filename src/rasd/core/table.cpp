#include "rasd/core/table.h"

#include <cstdio>
#include <cstdlib>

namespace rasd::data {

int Table::column(std::string_view col_name) const {
  for (size_t i = 0; i < columns.size(); ++i)
    if (columns[i] == col_name) return static_cast<int>(i);
  return -1;
}

std::string_view Table::get(size_t row, std::string_view col_name) const {
  int c = column(col_name);
  return c < 0 ? std::string_view{} : at(row, static_cast<size_t>(c));
}

std::vector<std::string> split_cell(std::string_view cell, char sep) {
  std::vector<std::string> out;
  size_t b = 0;
  while (b <= cell.size()) {
    size_t e = cell.find(sep, b);
    if (e == std::string_view::npos) e = cell.size();
    if (e > b) out.emplace_back(cell.substr(b, e - b));
    b = e + 1;
  }
  return out;
}

const Table& table(std::string_view name) {
  for (const Table& t : all_tables())
    if (t.name == name) return t;
  // Names are literals in the code: a missing one is a renamed or deleted file, a bug no input can
  // cause. An empty table would let a stage run without its knowledge and print plausible output.
  std::fprintf(stderr, "rasd: internal error: no data table '%.*s' is compiled in (data/%.*s.tsv)\n",
               static_cast<int>(name.size()), name.data(), static_cast<int>(name.size()), name.data());
  std::abort();
}

}  // namespace rasd::data
